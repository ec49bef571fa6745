//! Question answering: reads a free Chinese question into an intent and slots, and computes the
//! answer from the knowledge base with its evidence. Never guesses: what the corpus does not say
//! is NOT_FOUND, and so is what is not about these meetings (intent `out_of_domain`).
//!
//! The pipeline, one module each: `text` normalises (NFKC, traditional → simplified, numeral
//! years); `lexicon` holds what the reader knows, built once from the knowledge base; `reading`
//! finds years, relative references, entities, documents, themes and question words, the last
//! through `tagger`, which finds every cue word of `cues.toml` in one pass; `route`
//! picks the intent; `resolve` turns relative references and identifying facts into years; the
//! handlers (`meeting`, `people`, `forum`, `lists`, `aggregate`, `series`, `compare`) compute the reply; `reply`
//! holds the reply type and the shared wording; `premise` checks the premises a question states
//! (a place, a month, a decided year, a role, a first) whatever rule answers it; `unread` has the
//! last word on a question no rule read. This file keeps the public types and `Reader`.

mod aggregate;
mod asks;
mod chain;
mod compare;
mod days;
mod focus;
mod forum;
mod lexicon;
mod lists;
mod meeting;
mod people;
mod premise;
mod query;
mod reading;
mod reply;
mod resolve;
mod route;
mod said;
mod series;
mod settle;
mod tagger;
#[cfg(test)]
mod tests;
mod text;
mod unread;

use super::kb::KnowledgeBase;
use super::model::{Date, Evidence};

/// A question as the caller sent it.
#[derive(Debug, Clone, Default)]
pub struct Question {
    pub text: String,
    /// ISO date or empty.
    pub as_of: String,
    pub explain: bool,
}

impl Question {
    pub fn new(text: impl Into<String>) -> Self {
        Question { text: text.into(), ..Default::default() }
    }
}

/// How a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerStatus {
    Answered,
    NotFound,
    NotUnderstood,
    Ambiguous,
}

/// The slots a question was resolved to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slots {
    pub year: Option<i32>,
    pub years: Vec<i32>,
    pub province: Option<String>,
    pub city: Option<String>,
    pub person: Option<String>,
    pub role: Option<String>,
    pub document: Option<String>,
    pub edition: Option<u32>,
    pub topic: Option<String>,
}

/// An entity recognised in the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecognizedEntity {
    pub kind: &'static str,
    pub text: String,
    pub canonical: String,
    pub fuzzy: bool,
}

/// How the question was read.
#[derive(Debug, Clone, Default)]
pub struct Explanation {
    pub normalized: String,
    pub tokens: Vec<String>,
    pub entities: Vec<RecognizedEntity>,
    pub rule: String,
    pub as_of: String,
    /// The cue words found, in the question's order, as `KIND:name word` (`ASK:where 哪里`).
    pub cues: Vec<String>,
    /// The typed query evaluated (`Ask`, `Each[…]`, `Total(Documents, years=[2023, 2024])`).
    pub query: String,
}

/// The reply.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: AnswerStatus,
    /// Only the facts asked for; empty unless answered.
    pub answer: String,
    /// A whole Chinese reply.
    pub sentence: String,
    pub intent: String,
    pub slots: Slots,
    pub evidence: Vec<Evidence>,
    pub candidates: Vec<String>,
    pub explanation: Option<Explanation>,
}

/// What every handler reads: the knowledge base, the lexicon, the question's reading, `as_of`.
pub(crate) struct Ctx<'a> {
    pub kb: &'a KnowledgeBase,
    pub lex: &'a lexicon::Lexicon,
    pub r: &'a reading::Reading,
    pub as_of: Date,
}

/// One ask answered: the premises that decide a reply on their own, else the intent rules; then
/// the unit and premise checks on the reply.
fn ask(ctx: &Ctx) -> reply::Reply {
    let reply = premise::before(ctx).unwrap_or_else(|| route::dispatch(ctx));
    let reply = settle::unit_check(ctx.r, settle::settle(ctx.r, reply));
    unread::unread(ctx, focus::guard(ctx, premise::after(ctx, reply)))
}

/// Reads questions against one knowledge base. Built once per knowledge base: the lexicon (names,
/// documents, themes, roles, typo index) and the jieba segmenter live here.
pub struct Reader {
    lex: lexicon::Lexicon,
}

impl Reader {
    pub fn new(kb: &KnowledgeBase) -> Self {
        // Build hanconv's converter now rather than on the first question.
        let _ = text::normalize("長");
        // And the cue words' automaton.
        let _ = tagger::tag("");
        Reader { lex: lexicon::Lexicon::build(kb) }
    }

    pub fn answer(&self, kb: &KnowledgeBase, text: &str, as_of: Date, explain: bool) -> Answer {
        let normalized = text::normalize(text);
        let r = reading::read(&self.lex, kb, &normalized);
        let ctx = Ctx { kb, lex: &self.lex, r: &r, as_of };
        let query = query::Query::read(&r);
        let reply = query::eval(&ctx, &query, &ask);
        let slots = Slots {
            year: reply.years.first().copied().or(r.years.first().copied()),
            years: reply.years.clone(),
            province: r.province().map(str::to_string).or_else(|| r.places.first().map(|p| p.province.clone())),
            city: r.city().map(|p| p.name.clone()),
            person: reply.extra.person.clone().or_else(|| r.people.first().cloned()),
            role: reply.extra.role.clone(),
            document: reply.extra.document.clone().or_else(|| r.docs.first().map(|&i| self.lex.docs[i].title.clone())),
            edition: r.edition,
            topic: reply.extra.topic.clone(),
        };
        let explanation = explain.then(|| self.explain(&r, &query, &reply, as_of));
        Answer {
            status: reply.status,
            answer: reply.answer,
            sentence: reply.sentence,
            intent: reply.extra.intent.to_string(),
            slots,
            evidence: reply.evidence,
            candidates: reply.extra.candidates.clone(),
            explanation,
        }
    }

    fn explain(&self, r: &reading::Reading, query: &query::Query, reply: &reply::Reply, as_of: Date) -> Explanation {
        let tokens = self.lex.jieba.cut(&r.text, true).into_iter().map(|t| t.word.to_string()).collect();
        let mut entities: Vec<RecognizedEntity> = r
            .hits
            .iter()
            .map(|h| {
                let e = &self.lex.entities[h.entity];
                RecognizedEntity {
                    kind: e.kind.label(),
                    text: r.chars[h.start..h.start + h.len].iter().collect(),
                    canonical: e.canonical.clone(),
                    fuzzy: h.fuzzy,
                }
            })
            .collect();
        for y in &r.years {
            entities.push(RecognizedEntity {
                kind: "year",
                text: y.to_string(),
                canonical: y.to_string(),
                fuzzy: false,
            });
        }
        if let Some(rel) = r.rel {
            let s = format!("{rel:?}");
            entities.push(RecognizedEntity { kind: "relative", text: s.clone(), canonical: s, fuzzy: false });
        }
        if let Some(e) = r.edition {
            entities.push(RecognizedEntity {
                kind: "edition",
                text: format!("第{e}届"),
                canonical: e.to_string(),
                fuzzy: false,
            });
        }
        for &i in &r.docs {
            let d = &self.lex.docs[i];
            entities.push(RecognizedEntity {
                kind: "document",
                text: d.title.clone(),
                canonical: format!("{}@{}", d.title, d.year),
                fuzzy: false,
            });
        }
        for &i in &r.themes {
            let t = &self.lex.themes[i];
            entities.push(RecognizedEntity {
                kind: "theme",
                text: t.theme.clone(),
                canonical: t.year.to_string(),
                fuzzy: false,
            });
        }
        Explanation {
            normalized: r.text.clone(),
            tokens,
            entities,
            rule: format!("{} [event={:?}]", reply.extra.rule, r.event),
            as_of: as_of.iso(),
            cues: tagger::explain(&r.text).into_iter().chain(tagger::explain_tags(&r.asks)).collect(),
            query: query.to_string(),
        }
    }
}
