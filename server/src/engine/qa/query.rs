//! The typed query a question becomes before it is evaluated, and its evaluator. A question is
//! one ask (answered by the intent rules from its reading), several asks of one subject
//! (`在哪开的、谁主持的`; `…在哪举行？当时的安徽省委书记是谁？`), a count totalled over meetings
//! (`两次座谈会一共审议了几份文件`), or the days between two meetings (`开幕日相隔多少天`).
//! [`Query::read`] builds it from the reading; [`eval`] computes it; `--explain` prints it.
//!
//! A later ask with no time of its own asks of the meetings the earlier ask named (`阮青作主旨演讲
//! 的那届论坛是第几届、在哪里举行`): its years are the earlier reply's, not re-read from its text.

use std::fmt;

use super::reading::{Event, Reading, read};
use super::reply::{Reply, meeting_name};
use super::tagger::{self, cue};
use super::text::{Scan, is_cjk, join, years_text};
use super::{AnswerStatus, Ctx};
use crate::engine::model::{Evidence, MeetingDoc, Sourced};

/// What a question asks, as a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// One ask, answered by the intent rules from the reading.
    Ask,
    /// Asks of one subject, each from its own part of the question, in order.
    Each(Vec<String>),
    /// One ask of two subjects joined before 分别 (`2414年的座谈会和当年的高层论坛分别是哪天举行的`,
    /// `首次和第八次座谈会分别在哪个城市举行`), one part each: the same intent twice is the point.
    Both([String; 2]),
    /// A count of the meetings' own things, summed over `years`.
    Total { counted: Counted, years: Vec<i32> },
    /// Days from the first day of the meeting of `from` to the first day of the meeting of `to`.
    DaysApart { from: i32, to: i32 },
    /// Which of two meetings has more of a counted thing (或 the same number).
    More { counted: Counted, years: [i32; 2] },
}

/// What a [`Query::Total`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// The documents each meeting acted on (as the question's verb selects them).
    Documents,
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Query::Ask => write!(f, "Ask"),
            Query::Each(parts) => {
                let parts: Vec<String> = parts.iter().map(|p| format!("Ask({p})")).collect();
                write!(f, "Each[{}]", parts.join(", "))
            }
            Query::Total { counted, years } => write!(f, "Total({counted:?}, years={years:?})"),
            Query::Both([a, b]) => write!(f, "Both[Ask({a}), Ask({b})]"),
            Query::DaysApart { from, to } => write!(f, "DaysApart({from} → {to})"),
            Query::More { counted, years: [a, b] } => write!(f, "More({counted:?}, {a} vs {b})"),
        }
    }
}

/// The separators between two asks: `,` `、` `?` `;` once the question is normalised.
const PART_BREAKS: [char; 4] = [',', '、', '?', ';'];

impl Query {
    pub fn read(r: &Reading) -> Query {
        let t = r.scan();
        if let Some(q) = Query::total(r, &t).or_else(|| Query::days_apart(r, &t)).or_else(|| Query::more(r, &t)) {
            return q;
        }
        if let Some(both) = two_subjects(&r.text) {
            return Query::Both(both);
        }
        match parts(&r.text) {
            Some(parts) => Query::Each(parts),
            None => Query::Ask,
        }
    }

    fn total(r: &Reading, t: &Scan) -> Option<Query> {
        let summed = t.has(cue::SUMMED) && r.asks.has(cue::ASKS_COUNT) && r.years.len() >= 2 && !r.range;
        let documents = r.asks.has(cue::DOCS) || r.asks.has(cue::COUNT_DOCS);
        (summed && documents && r.event == Event::Meeting)
            .then(|| Query::Total { counted: Counted::Documents, years: r.years.clone() })
    }

    fn more(r: &Reading, t: &Scan) -> Option<Query> {
        let documents = r.asks.has(cue::DOCS) || r.asks.has(cue::COUNT_DOCS);
        match r.years[..] {
            [a, b] if t.has(cue::WHICH_MORE) && documents && r.event == Event::Meeting => {
                Some(Query::More { counted: Counted::Documents, years: [a, b] })
            }
            _ => None,
        }
    }

    fn days_apart(r: &Reading, t: &Scan) -> Option<Query> {
        match r.years[..] {
            [from, to] if t.has(cue::DAYS_APART) && r.event == Event::Meeting && !r.text.contains("论坛") => {
                Some(Query::DaysApart { from, to })
            }
            _ => None,
        }
    }
}

/// The parts of a question that each ask something, when there are two or three: a piece that
/// asks nothing (`2024年度座谈会,`) belongs to the piece after it.
fn parts(text: &str) -> Option<Vec<String>> {
    if let Some(two) = conjoined(text) {
        return Some(two);
    }
    let body = text.trim_end_matches(|c: char| !is_cjk(c));
    if !body.contains(PART_BREAKS) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut pending = String::new();
    for piece in body.split(PART_BREAKS) {
        pending.push_str(piece);
        // `报道的几次座谈会中,哪一次…`: a phrase of scope (…中, …里, …之间) asks nothing itself.
        let scope = ["中", "里", "之间"].iter().any(|w| piece.ends_with(w));
        if !scope && tagger::tag(&pending).has(cue::PART_ASKS) {
            out.push(std::mem::take(&mut pending));
        } else if !pending.is_empty() {
            pending.push(',');
        }
    }
    if !pending.is_empty() {
        // Words after the last ask (`…,请说明`) stay with it.
        match out.last_mut() {
            Some(last) => last.push_str(pending.trim_end_matches(',')),
            None => return None,
        }
    }
    (2..=3).contains(&out.len()).then_some(out)
}

/// `2365年座谈会的主题和主持人分别是什么`: two things of one subject joined by 和 before 分别: one
/// ask of each (`…的主题是什么`, `…的主持人是什么`).
fn conjoined(text: &str) -> Option<Vec<String>> {
    // (A forum's hosts and organisers, 主办单位和承办单位分别是谁, are one ask of their own.)
    if text.contains("论坛") {
        return None;
    }
    let at = ["分别是", "各是", "分别为"].iter().find_map(|w| text.find(w))?;
    let head = &text[..at];
    let of = head.rfind('的')? + '的'.len_utf8();
    let (a, b) = ["和", "与", "及"].iter().find_map(|w| head[of..].split_once(w))?;
    let short = |x: &str| (1..=6).contains(&x.chars().count()) && x.chars().all(is_cjk);
    if !short(a) || !short(b) {
        return None;
    }
    let subject = &head[..of];
    Some(vec![format!("{subject}{a}是什么"), format!("{subject}{b}是什么")])
}

/// `A和B…分别X`: two subjects of one ask, when each is an event or a meeting's ordinal:
/// `2414年的座谈会和当年的高层论坛分别是哪天举行的` → `2414年的座谈会是哪天举行的`,
/// `当年的高层论坛是哪天举行的`; `首次和第八次座谈会分别在哪…` → `首次座谈会在哪…`, `第八次座谈会在哪…`.
fn two_subjects(text: &str) -> Option<[String; 2]> {
    let at = text.find("分别")?;
    let (head, ask) = (&text[..at], &text[at + "分别".len()..]);
    let (a, b) = ["和", "与", "以及", "及"].iter().find_map(|w| head.split_once(w))?;
    let event = |x: &str| ["座谈会", "论坛", "发布会"].iter().find(|e| x.ends_with(**e)).copied();
    let ordinal = |x: &str| {
        let x = x.trim_start_matches("第");
        // (Two years, `2411年和2413年座谈会`, are read as the years of one ask.)
        x == "首次" || x == "首届" || x.ends_with('次') || x.ends_with('届')
    };
    let short = |x: &str| (1..=12).contains(&x.chars().count()) && x.chars().all(is_cjk_or_digit);
    if !short(a) || !short(b) || ask.is_empty() {
        return None;
    }
    match (event(a), event(b)) {
        // Two events, each named whole.
        (Some(ea), Some(eb)) if ea != eb => Some([format!("{a}{ask}"), format!("{b}{ask}")]),
        // Two of one event's meetings, the head said once after the second.
        (None, Some(e)) if ordinal(a) && ordinal(b.strip_suffix(e)?.trim_end_matches('的')) => {
            Some([format!("{a}{e}{ask}"), format!("{b}{ask}")])
        }
        _ => None,
    }
}

fn is_cjk_or_digit(c: char) -> bool {
    is_cjk(c) || c.is_ascii_digit()
}

/// The reply to `query`; `ask` answers one reading with the intent rules and the premise checks.
pub fn eval(ctx: &Ctx, query: &Query, ask: &dyn Fn(&Ctx) -> Reply) -> Reply {
    match query {
        Query::Ask => ask(ctx),
        Query::Each(parts) => match each(ctx, parts, ask, false) {
            Ok(reply) => reply,
            // A part the corpus cannot answer (在江苏哪个城市、哪天召开 of a meeting known only by its
            // province) is not answered by the whole question's summary of what else is known.
            // A part asking of an event it only inherited (哪天开的 after 李强主持发布会的那次) is
            // no such refusal.
            Err(Some(refused)) => {
                let whole = Some(ask(ctx)).filter(|whole| {
                    !(whole.extra.intent.ends_with(".summary") && refused.extra.intent.starts_with("meeting."))
                });
                match whole {
                    Some(w) if w.status == AnswerStatus::Answered || is_premise(&w) => w,
                    // A false premise in a part, which the whole question did not answer past.
                    _ if is_premise(&refused) => refused,
                    // 下一届是哪个省？具体哪个城市？: the parts answered, the rest said to be unrecorded.
                    // (A place the meeting was not held at, named in any part, still refuses all.)
                    _ => ctx.venue_conflict().unwrap_or_else(|| each(ctx, parts, ask, true).unwrap_or(refused)),
                }
            }
            Err(None) => ask(ctx),
        },
        Query::Both(parts) => match both(ctx, parts, ask) {
            Some(reply) => reply,
            None => ask(ctx),
        },
        Query::Total { counted: Counted::Documents, years } => ctx.documents_total(years),
        Query::DaysApart { from, to } => ctx.days_apart(*from, *to),
        Query::More { counted: Counted::Documents, years } => ctx.documents_more(*years),
    }
}

/// Every part answered, with the whole question's event, years and entities where a part names
/// none of its own; `Err` (one ask after all) unless each part is answered by a different intent,
/// holding the first part the corpus could not answer, if one was understood.
/// A reply refusing a false premise, which no other part's answer may stand beside.
fn is_premise(reply: &Reply) -> bool {
    reply.extra.intent.contains("premise") || reply.sentence.starts_with("问题的前提有误")
}

fn each(ctx: &Ctx, parts: &[String], ask: &dyn Fn(&Ctx) -> Reply, partial: bool) -> Result<Reply, Option<Reply>> {
    let whole = ctx.r;
    let mut replies: Vec<Reply> = Vec::new();
    let mut event = whole.event;
    // Whether the part before named its meetings by year or edition.
    let mut named_by_year = false;
    for text in parts {
        let mut p = read(ctx.lex, ctx.kb, text);
        // A part that names no event asks of the one the part before it named (第几届、在哪里举行).
        let names_event = text.contains("论坛") || p.scan().has(cue::PRESS_EVENT) || p.scan().has(cue::MEETING_WORD);
        if names_event {
            event = p.event;
        } else {
            p.event = event;
        }
        let timed = !p.years.is_empty() || p.rel.is_some() || p.edition.is_some();
        let this_named_by_year = !p.years.is_empty() || p.edition.is_some();
        if !timed {
            // The meetings the earlier ask named by an act, a person or a place (首次设置边会的是
            //哪年的座谈会，在哪开的), else the whole question's time.
            // 那年在哪开的 after 哪一年…最多: the year the earlier ask picked, though it was asked
            // among years the question named.
            let refers_back =
                ["那年", "那一年", "当年", "那次", "那一次", "那届", "那一届", "该年"].iter().any(|w| text.contains(w));
            match replies.last().filter(|r| {
                let subjects = if r.extra.intent == "meeting.next" { 1 } else { r.years.len() };
                !r.years.is_empty() && (!named_by_year || refers_back && subjects == 1)
            }) {
                // 确定的下一届在哪举行，主题是什么: a decided host's meeting is what the next part
                // asks of, not the meeting that decided it.
                Some(prev) if prev.extra.intent == "meeting.next" && prev.years.len() == 2 => {
                    p.years = prev.years[1..].to_vec()
                }
                Some(prev) => p.years = prev.years.clone(),
                None => {
                    p.years = whole.years.clone();
                    p.rel = whole.rel;
                    p.edition = whole.edition;
                    p.offsets = whole.offsets.clone();
                }
            }
            if p.people.is_empty() && p.places.is_empty() && p.docs.is_empty() && replies.is_empty() {
                p.people = whole.people.clone();
                p.places = whole.places.clone();
                p.docs = whole.docs.clone();
            }
        }
        // 无锡会议发布了什么清单？有多少项？: a part asking of the list the part before named is
        // read against that list's year.
        if p.event == Event::List && p.list.is_none() && !names_event {
            p.list = super::reading::match_list(ctx.lex, ctx.kb, &p.chars, &p.years);
        }
        for tag in [cue::MEETING_WORD, cue::DOMAIN_WORD] {
            if whole.asks.has(tag) {
                p.asks.insert(tag);
            }
        }
        let mut reply = ask(&Ctx { kb: ctx.kb, lex: ctx.lex, r: &p, as_of: ctx.as_of });
        // 2026年度…主题是什么？会议确定2027年度…在哪: a part's own year may be what the meeting
        // the earlier part named decided; asked with both years, the premise rules read the pair.
        if reply.status != AnswerStatus::Answered
            && timed
            && let Some(prev) = replies.last()
            && prev.years.iter().any(|y| !p.years.contains(y))
        {
            let mut both = p.clone();
            both.years = prev.years.iter().filter(|y| !p.years.contains(y)).chain(&p.years).copied().collect();
            reply = ask(&Ctx { kb: ctx.kb, lex: ctx.lex, r: &both, as_of: ctx.as_of });
        }
        // 2288年会上定的下一届是哪个省？具体哪个城市？: a later part the corpus cannot answer, after
        // one it did, is said to be unrecorded beside that answer (a false premise still refuses all).
        if partial && reply.status == AnswerStatus::NotFound && !replies.is_empty() && !is_premise(&reply) {
            let mut unrecorded = reply;
            unrecorded.answer = "语料未载".to_string();
            replies.push(unrecorded);
            continue;
        }
        if reply.status != AnswerStatus::Answered {
            let understood = reply.status == AnswerStatus::NotFound && !reply.extra.intent.starts_with("out_of");
            return Err(understood.then_some(reply));
        }
        named_by_year = this_named_by_year || named_by_year && !timed;
        replies.push(reply);
    }
    let intents: Vec<&str> = replies.iter().map(|r| r.extra.intent).collect();
    if intents.iter().enumerate().any(|(i, a)| intents[..i].contains(a)) {
        return Err(None);
    }
    let answers: Vec<String> = replies.iter().map(|r| r.answer.clone()).collect();
    Ok(joined(replies[0].extra.intent, &answers, &replies).rule("each"))
}

/// Both subjects answered, each part read on its own (a part with no time of its own, `当年的
/// 高层论坛`, takes the first part's years); `None`, one ask after all, unless both are answered.
fn both(ctx: &Ctx, parts: &[String; 2], ask: &dyn Fn(&Ctx) -> Reply) -> Option<Reply> {
    let first = read(ctx.lex, ctx.kb, &parts[0]);
    let a = ask(&Ctx { kb: ctx.kb, lex: ctx.lex, r: &first, as_of: ctx.as_of });
    let mut second = read(ctx.lex, ctx.kb, &parts[1]);
    if second.years.is_empty() && second.edition.is_none() && (second.rel.is_none() || parts[1].contains("当年")) {
        second.years = first.years.clone();
        second.rel = None;
    }
    let b = ask(&Ctx { kb: ctx.kb, lex: ctx.lex, r: &second, as_of: ctx.as_of });
    if a.status != AnswerStatus::Answered || b.status != AnswerStatus::Answered {
        return None;
    }
    let answers = [a.answer.clone(), b.answer.clone()];
    let intent = a.extra.intent;
    Some(joined(intent, &answers, &[a, b]).rule("both"))
}

/// One reply holding several: `answers` joined by `；`, with every sentence, year and piece of
/// evidence of `replies`.
pub(super) fn joined(intent: &'static str, answers: &[String], replies: &[Reply]) -> Reply {
    let sentence: String = replies.iter().map(|r| r.sentence.as_str()).collect();
    let years: Vec<i32> = replies.iter().flat_map(|r| r.years.iter().copied()).collect();
    let evidence: Vec<Evidence> = replies.iter().flat_map(|r| r.evidence.iter().cloned()).collect();
    Reply::answered(intent, answers.join("；"), sentence).years(&years).evidence(&evidence)
}

impl Ctx<'_> {
    /// The documents each meeting of `years` acted on (as the question's verb selects them), in
    /// order; the reply naming the first meeting that is unknown or has no such record.
    fn acted_per_meeting(&self, years: &[i32], intent: &'static str) -> Result<Vec<Vec<&Sourced<MeetingDoc>>>, Reply> {
        years
            .iter()
            .map(|&y| {
                let acted = self.asked_documents(self.meeting(y, intent)?);
                if acted.is_empty() { Err(self.missing(intent, y, "审议文件记录")) } else { Ok(acted) }
            })
            .collect()
    }

    /// How many documents the meetings of `years` acted on in all, each meeting's share said.
    fn documents_total(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.document_count";
        let per = match self.acted_per_meeting(years, INTENT) {
            Ok(per) => per,
            Err(reply) => return reply,
        };
        let total: usize = per.iter().map(Vec::len).sum();
        let shares: Vec<String> = years
            .iter()
            .zip(&per)
            .map(|(&y, acted)| {
                let titles: String = acted.iter().map(|d| format!("《{}》", d.value.title)).collect();
                format!("{}{}个（{titles}）", meeting_name(y), acted.len())
            })
            .collect();
        let evidence: Vec<Evidence> = per.iter().flatten().flat_map(|d| d.evidence.iter().cloned()).collect();
        let sentence = format!("{}，合计{total}个。", join(&shares));
        Reply::answered(INTENT, format!("{total}个（{}合计）", years_text(years)), sentence)
            .years(years)
            .evidence(&evidence)
            .rule("total.documents")
    }

    /// Which of two meetings acted on more documents, each one's count said.
    fn documents_more(&self, years: [i32; 2]) -> Reply {
        const INTENT: &str = "meeting.document_compare";
        let per = match self.acted_per_meeting(&years, INTENT) {
            Ok(per) => per,
            Err(reply) => return reply,
        };
        let evidence: Vec<Evidence> = per.iter().flatten().flat_map(|d| d.evidence.iter().cloned()).collect();
        let [a, b] = years;
        let (na, nb) = (per[0].len(), per[1].len());
        let answer = match na.cmp(&nb) {
            std::cmp::Ordering::Equal => format!("一样多，均为{na}个"),
            std::cmp::Ordering::Greater => format!("{a}年度更多（{na}个，{b}年度{nb}个）"),
            std::cmp::Ordering::Less => format!("{b}年度更多（{nb}个，{a}年度{na}个）"),
        };
        let sentence = format!("{}审议的文件{na}个，{}{nb}个。", meeting_name(a), meeting_name(b));
        Reply::answered(INTENT, answer, sentence).years(&years).evidence(&evidence).rule("more.documents")
    }

    /// The days from one meeting's first day to another's, each meeting's dates said.
    fn days_apart(&self, from: i32, to: i32) -> Reply {
        const INTENT: &str = "meeting.days_apart";
        let mut starts = Vec::new();
        let mut evidence = Vec::new();
        for y in [from, to] {
            let m = match self.meeting(y, INTENT) {
                Ok(m) => m,
                Err(reply) => return reply,
            };
            let Some(dates) = m.dates.primary() else {
                return self.missing(INTENT, y, "日期");
            };
            starts.push((y, dates.value.start));
            evidence.extend(dates.evidence.iter().cloned());
        }
        let [(a, da), (b, db)] = [starts[0], starts[1]];
        let days = (super::meeting::day_count(da, db) - 1).abs();
        let sentence = format!(
            "{}于{}年{}月{}日开幕，{}于{}年{}月{}日开幕，相隔{days}天。",
            meeting_name(a),
            da.year,
            da.month,
            da.day,
            meeting_name(b),
            db.year,
            db.month,
            db.day
        );
        Reply::answered(INTENT, format!("{days}天"), sentence).years(&[a, b]).evidence(&evidence).rule("days_apart")
    }
}

#[cfg(test)]
mod tests {
    use super::parts;
    use crate::engine::model::Date;

    #[test]
    fn days_apart_span_years() {
        let days = |a: Date, b: Date| super::super::meeting::day_count(a, b) - 1;
        assert_eq!(Date::new(1970, 1, 1).serial(), 0);
        assert_eq!(days(Date::new(2024, 6, 5), Date::new(2026, 5, 20)), 714);
        assert_eq!(days(Date::new(2022, 8, 16), Date::new(2023, 6, 5)), 293);
        assert_eq!(days(Date::new(2024, 2, 28), Date::new(2024, 3, 1)), 2);
        // A meeting's length, inclusive, across a new year too.
        assert_eq!(super::super::meeting::day_count(Date::new(2023, 12, 31), Date::new(2024, 1, 1)), 2);
    }

    #[test]
    fn two_asks_are_two_parts() {
        let p = parts("2024年度座谈会在哪开的、成果发布会由谁主持?").unwrap();
        assert_eq!(p, ["2024年度座谈会在哪开的", "成果发布会由谁主持"]);
        let p = parts("2023年度座谈会在哪个城市举行?当时的安徽省委书记是谁?").unwrap();
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn a_piece_that_asks_nothing_joins_the_next() {
        assert_eq!(parts("2024年度座谈会,在哪开的?"), None);
        let p = parts("2022年座谈会,在哪开的,主题是什么").unwrap();
        assert_eq!(p, ["2022年座谈会,在哪开的", "主题是什么"]);
    }

    #[test]
    fn two_subjects_of_one_ask() {
        use super::two_subjects;
        assert_eq!(
            two_subjects("2414年的座谈会和当年的高层论坛分别是哪天举行的?").unwrap(),
            ["2414年的座谈会是哪天举行的?", "当年的高层论坛是哪天举行的?"]
        );
        assert_eq!(
            two_subjects("首次和第八次座谈会分别在哪个城市举行?").unwrap(),
            ["首次座谈会在哪个城市举行?", "第八次座谈会在哪个城市举行?"]
        );
        // Two things of one subject, or names, are no two subjects.
        assert_eq!(two_subjects("2365年座谈会的主题和主持人分别是什么"), None);
        assert_eq!(two_subjects("龚正和王浩分别是什么职务"), None);
    }

    #[test]
    fn a_list_of_names_is_one_ask() {
        assert_eq!(parts("龚正、王浩出席了2024年的座谈会吗?"), None);
        assert_eq!(parts("2024年座谈会在哪开的?"), None);
    }
}
