//! Golden question sets (`tests/golden/*.jsonl`) and how a reply is judged against one case.
//!
//! One JSON object a line: `id`, `tier` (core, hard or stretch), `q`, `answerable`, `expect`,
//! `forbid`, and optionally `status` and `intent`. An answerable case must be ANSWERED with every
//! `expect` item in the concise `answer` (an item that is itself a list is satisfied by any one of
//! its alternatives); no `forbid` item may appear there. An unanswerable case must be NOT_FOUND,
//! unless its `status` names another (OUT_OF_DOMAIN for a question about something else): a
//! question about these meetings answered NOT_UNDERSTOOD is a failure, not a refusal. `status`
//! (a name such as `"NOT_FOUND"`, or a list of names any of which passes) and `intent` (such as
//! `"meeting.location"`) are checked when present. Texts are compared after NFKC normalisation
//! with all whitespace removed, so full-width digits and stray spaces in either the case or the
//! reply do not decide the outcome.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use yrdqa_proto::v1::{AnswerStatus, AskResponse};

use crate::{Error, status_name};

/// How much a case is expected to pass: core cases gate the build, the others are goals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Core,
    Hard,
    Stretch,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Core => "core",
            Tier::Hard => "hard",
            Tier::Stretch => "stretch",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the answer must contain: one text, or any one of several.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Expect {
    Text(String),
    AnyOf(Vec<String>),
}

impl Expect {
    fn alternatives(&self) -> &[String] {
        match self {
            Expect::Text(t) => std::slice::from_ref(t),
            Expect::AnyOf(ts) => ts,
        }
    }
}

/// The statuses a case accepts: `"NOT_FOUND"` or `["NOT_FOUND", "OUT_OF_DOMAIN"]`, names as
/// `yrdqa` prints them (the enum's without `ANSWER_STATUS_`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "Expect")]
pub struct Statuses(Vec<AnswerStatus>);

impl Statuses {
    pub fn accepts(&self, status: AnswerStatus) -> bool {
        self.0.contains(&status)
    }

    fn names(&self) -> String {
        self.0.iter().map(|s| status_name(*s as i32)).collect::<Vec<_>>().join(" or ")
    }
}

impl TryFrom<Expect> for Statuses {
    type Error = String;

    fn try_from(names: Expect) -> Result<Statuses, String> {
        let statuses = names
            .alternatives()
            .iter()
            .map(|name| match AnswerStatus::from_str_name(&format!("ANSWER_STATUS_{name}")) {
                Some(s) if s != AnswerStatus::Unspecified => Ok(s),
                _ => Err(format!(
                    "unknown status {name:?} (ANSWERED, NOT_FOUND, NOT_UNDERSTOOD, OUT_OF_DOMAIN, AMBIGUOUS)"
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        if statuses.is_empty() {
            return Err("`status` lists no status".into());
        }
        Ok(Statuses(statuses))
    }
}

/// One question of a golden set.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    pub tier: Tier,
    /// The question.
    pub q: String,
    pub answerable: bool,
    #[serde(default)]
    pub expect: Vec<Expect>,
    #[serde(default)]
    pub forbid: Vec<String>,
    /// The statuses that pass; without it ANSWERED when answerable, NOT_FOUND otherwise.
    #[serde(default)]
    pub status: Option<Statuses>,
    /// The intent the reply must carry, e.g. `meeting.location`.
    #[serde(default)]
    pub intent: Option<String>,
}

/// NFKC with every whitespace character removed: the form answers are compared in.
pub fn normalize(text: &str) -> String {
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

impl Case {
    /// Parses one line of a golden file; a `status` that contradicts `answerable` is an error.
    pub fn parse(line: &str) -> Result<Case, serde_json::Error> {
        use serde::de::Error as _;
        let case: Case = serde_json::from_str(line)?;
        if let Some(status) = &case.status
            && status.accepts(AnswerStatus::Answered) != case.answerable
        {
            let wrong = if case.answerable {
                "an answerable case must accept ANSWERED"
            } else {
                "an unanswerable case cannot accept ANSWERED"
            };
            return Err(serde_json::Error::custom(format!("{}: `status` {}: {wrong}", case.id, status.names())));
        }
        Ok(case)
    }

    /// Judges `reply`: `Ok` when it passes, otherwise every reason it does not.
    pub fn check(&self, reply: &AskResponse) -> Result<(), Vec<String>> {
        let got = reply.status();
        let answered = got == AnswerStatus::Answered;
        let answer = normalize(&reply.answer);
        let mut problems = Vec::new();
        match &self.status {
            Some(status) if !status.accepts(got) => {
                problems.push(format!("status is {}, expected {}", status_name(reply.status), status.names()));
            }
            Some(_) => {}
            None if self.answerable && !answered => {
                problems.push(format!("status is {}, expected ANSWERED", status_name(reply.status)));
            }
            None if !self.answerable && answered => {
                problems.push("ANSWERED a question the corpus cannot answer".to_string());
            }
            // The corpus does not say: the reader must say so, not that it could not read the question.
            None if !self.answerable && got != AnswerStatus::NotFound => {
                problems.push(format!("status is {}, expected NOT_FOUND", status_name(reply.status)));
            }
            None => {}
        }
        if let Some(intent) = &self.intent
            && reply.intent != *intent
        {
            problems.push(format!("intent is {:?}, expected {intent:?}", reply.intent));
        }
        if self.answerable {
            for expect in &self.expect {
                let alternatives = expect.alternatives();
                if !alternatives.iter().any(|a| answer.contains(&normalize(a))) {
                    problems.push(format!("answer lacks {}", alternatives.join(" or ")));
                }
            }
        }
        for forbidden in &self.forbid {
            if answer.contains(&normalize(forbidden)) {
                problems.push(format!("answer contains forbidden {forbidden}"));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems) }
    }
}

/// Every case of a golden file; blank lines are skipped.
pub fn read_cases(path: &Path) -> Result<Vec<Case>, Error> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: shown.clone(), source })?;
    let lines = text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty());
    lines
        .map(|(n, line)| {
            Case::parse(line).map_err(|e| Error::Case { path: shown.clone(), line: n + 1, reason: e.to_string() })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: AnswerStatus, answer: &str) -> AskResponse {
        AskResponse { status: status.into(), answer: answer.into(), ..Default::default() }
    }

    fn case(line: &str) -> Case {
        Case::parse(line).expect("case")
    }

    #[test]
    fn every_expected_item_must_be_in_the_answer_and_no_forbidden_one() {
        let c =
            case(r#"{"id":"x","tier":"core","q":"?","answerable":true,"expect":["2024","温州"],"forbid":["合肥"]}"#);
        assert_eq!(c.check(&reply(AnswerStatus::Answered, "2024年（浙江省温州市）")), Ok(()));
        let problems = c.check(&reply(AnswerStatus::Answered, "2024年，合肥")).unwrap_err();
        assert_eq!(problems, ["answer lacks 温州", "answer contains forbidden 合肥"]);
    }

    #[test]
    fn a_list_item_is_satisfied_by_any_alternative_after_nfkc() {
        let c = case(r#"{"id":"x","tier":"core","q":"?","answerable":true,"expect":[["十","10"]],"forbid":[]}"#);
        assert_eq!(c.check(&reply(AnswerStatus::Answered, "１０ 项")), Ok(()));
        assert_eq!(c.check(&reply(AnswerStatus::Answered, "9项")).unwrap_err(), ["answer lacks 十 or 10"]);
    }

    #[test]
    fn an_answerable_case_needs_answered_status() {
        let c = case(r#"{"id":"x","tier":"core","q":"?","answerable":true,"expect":[]}"#);
        let problems = c.check(&reply(AnswerStatus::NotFound, "")).unwrap_err();
        assert_eq!(problems, ["status is NOT_FOUND, expected ANSWERED"]);
    }

    #[test]
    fn an_unanswerable_case_passes_only_with_not_found() {
        let c = case(r#"{"id":"una","tier":"core","q":"?","answerable":false}"#);
        assert_eq!(c.check(&reply(AnswerStatus::NotFound, "")), Ok(()));
        assert_eq!(
            c.check(&reply(AnswerStatus::Answered, "上海")).unwrap_err(),
            ["ANSWERED a question the corpus cannot answer"]
        );
        assert_eq!(
            c.check(&reply(AnswerStatus::NotUnderstood, "")).unwrap_err(),
            ["status is NOT_UNDERSTOOD, expected NOT_FOUND"]
        );
        assert_eq!(
            c.check(&reply(AnswerStatus::OutOfDomain, "")).unwrap_err(),
            ["status is OUT_OF_DOMAIN, expected NOT_FOUND"]
        );
    }

    #[test]
    fn a_stated_status_is_the_one_that_passes() {
        let c = case(r#"{"id":"ood","tier":"core","q":"?","answerable":false,"status":"OUT_OF_DOMAIN"}"#);
        assert_eq!(c.check(&reply(AnswerStatus::OutOfDomain, "")), Ok(()));
        assert_eq!(
            c.check(&reply(AnswerStatus::NotFound, "")).unwrap_err(),
            ["status is NOT_FOUND, expected OUT_OF_DOMAIN"]
        );
        let either =
            case(r#"{"id":"x","tier":"core","q":"?","answerable":false,"status":["NOT_UNDERSTOOD","OUT_OF_DOMAIN"]}"#);
        assert_eq!(either.check(&reply(AnswerStatus::NotUnderstood, "")), Ok(()));
        assert_eq!(either.check(&reply(AnswerStatus::OutOfDomain, "")), Ok(()));
        assert_eq!(
            either.check(&reply(AnswerStatus::NotFound, "")).unwrap_err(),
            ["status is NOT_FOUND, expected NOT_UNDERSTOOD or OUT_OF_DOMAIN"]
        );
    }

    #[test]
    fn a_stated_intent_must_be_the_replys() {
        let c = case(
            r#"{"id":"x","tier":"core","q":"?","answerable":true,"status":"ANSWERED","intent":"meeting.location","expect":["上海"]}"#,
        );
        let mut r = reply(AnswerStatus::Answered, "上海");
        r.intent = "meeting.location".into();
        assert_eq!(c.check(&r), Ok(()));
        r.intent = "meeting.date".into();
        assert_eq!(c.check(&r).unwrap_err(), [r#"intent is "meeting.date", expected "meeting.location""#]);
    }

    #[test]
    fn a_status_that_contradicts_answerable_or_is_unknown_is_refused() {
        let contradicts = r#"{"id":"x","tier":"core","q":"?","answerable":true,"status":"NOT_FOUND"}"#;
        assert!(Case::parse(contradicts).unwrap_err().to_string().contains("must accept ANSWERED"));
        let answered = r#"{"id":"x","tier":"core","q":"?","answerable":false,"status":"ANSWERED"}"#;
        assert!(Case::parse(answered).unwrap_err().to_string().contains("cannot accept ANSWERED"));
        let unknown = r#"{"id":"x","tier":"core","q":"?","answerable":false,"status":"LOST"}"#;
        assert!(Case::parse(unknown).unwrap_err().to_string().contains("unknown status \"LOST\""));
    }

    #[test]
    fn the_dev_set_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/dev.jsonl");
        let cases = read_cases(&path).expect("dev set");
        assert!(cases.iter().any(|c| c.tier == Tier::Core && c.answerable));
        assert!(cases.iter().any(|c| !c.answerable));
    }
}
