//! Conversions at the gRPC boundary: a request into the engine's `Question`, and the engine's
//! answers and facts into `yrdqa.v1` messages. Unknown values become the proto3 defaults (empty
//! string, 0) the contracts document; facts on which sources disagree become `Conflict`s.

use std::collections::HashSet;

use yrdqa_proto::v1 as pb;

use super::live::Reloaded;
use crate::engine::{
    Answer, AnswerStatus, Attendee, Claims, Date, DateSpan, DocReport, Engine, Evidence, Explanation, Forum, Keynote,
    ListItem, Meeting, MeetingDoc, PressConference, PublishedList, Question, RecognizedEntity, Slots, Sourced,
};

impl From<pb::AskRequest> for Question {
    fn from(r: pb::AskRequest) -> Question {
        Question { text: r.question, as_of: r.as_of, explain: r.explain }
    }
}

impl From<&Evidence> for pb::Evidence {
    fn from(e: &Evidence) -> pb::Evidence {
        pb::Evidence {
            document_id: e.document_id.to_string(),
            quote: e.quote.to_string(),
            start: offset(e.start),
            end: offset(e.end),
        }
    }
}

/// Character offsets fit in u32 for any document the server accepts; saturate rather than wrap
/// should one ever not.
fn offset(chars: usize) -> u32 {
    u32::try_from(chars).unwrap_or(u32::MAX)
}

fn count(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// The most evidence one reply carries: a pathological document (the same sentence thousands of
/// times, or thousands of matching ones) must not turn one `Ask` into a reply of megabytes.
pub const MAX_EVIDENCE: usize = 64;
/// The longest quote, in characters; a longer sentence is cut (its span still covers it whole).
pub const MAX_QUOTE_CHARS: usize = 1000;

/// The evidence of `items` in order, each sentence once (the same text at two places of a document is one),
/// at most [`MAX_EVIDENCE`] of them, each quote at most [`MAX_QUOTE_CHARS`].
fn evidence<'a>(items: impl IntoIterator<Item = &'a Evidence>) -> Vec<pb::Evidence> {
    let mut seen = HashSet::new();
    let mut quotes = HashSet::new();
    items
        .into_iter()
        .filter(|e| seen.insert(*e) && quotes.insert((&*e.document_id, &*e.quote)))
        .take(MAX_EVIDENCE)
        .map(|e| {
            let mut evidence = pb::Evidence::from(e);
            if let Some((cut, _)) = evidence.quote.char_indices().nth(MAX_QUOTE_CHARS) {
                evidence.quote.truncate(cut);
                evidence.quote.push('…');
            }
            evidence
        })
        .collect()
}

/// The evidence of the best-attested value of a fact.
fn primary_evidence<T: PartialEq>(claims: &Claims<T>) -> &[Evidence] {
    claims.primary().map(|s| s.evidence.as_slice()).unwrap_or_default()
}

fn all_evidence<T>(list: &[Sourced<T>]) -> impl Iterator<Item = &Evidence> {
    list.iter().flat_map(|s| &s.evidence)
}

fn strings(list: &[Sourced<String>]) -> Vec<String> {
    list.iter().map(|s| s.value.clone()).collect()
}

fn converted<'a, T: 'a, P: From<&'a T>>(list: &'a [Sourced<T>]) -> Vec<P> {
    list.iter().map(|s| P::from(&s.value)).collect()
}

fn iso(date: Option<&Date>) -> String {
    date.map(Date::iso).unwrap_or_default()
}

fn text(claims: &Claims<String>) -> String {
    claims.get().cloned().unwrap_or_default()
}

/// `2023-06-05/2023-06-06` (an ISO 8601 interval), or one date for a one-day span.
fn span_iso(span: &DateSpan) -> String {
    if span.start == span.end { span.start.iso() } else { format!("{}/{}", span.start.iso(), span.end.iso()) }
}

/// A `Conflict` when the sources disagree on `claims`; one evidence per value, in value order.
fn conflict<T: PartialEq>(field: &str, claims: &Claims<T>, show: impl Fn(&T) -> String) -> Option<pb::Conflict> {
    claims.is_conflicting().then(|| pb::Conflict {
        field: field.to_string(),
        values: claims.values.iter().map(|s| show(&s.value)).collect(),
        evidence: claims
            .values
            .iter()
            .map(|s| s.evidence.first().map(pb::Evidence::from).unwrap_or_default())
            .collect(),
    })
}

impl From<AnswerStatus> for pb::AnswerStatus {
    fn from(s: AnswerStatus) -> pb::AnswerStatus {
        match s {
            AnswerStatus::Answered => pb::AnswerStatus::Answered,
            AnswerStatus::NotFound => pb::AnswerStatus::NotFound,
            AnswerStatus::NotUnderstood => pb::AnswerStatus::NotUnderstood,
            AnswerStatus::Ambiguous => pb::AnswerStatus::Ambiguous,
        }
    }
}

impl From<Slots> for pb::Slots {
    fn from(s: Slots) -> pb::Slots {
        pb::Slots {
            year: s.year.unwrap_or_default(),
            years: s.years,
            province: s.province.unwrap_or_default(),
            city: s.city.unwrap_or_default(),
            person: s.person.unwrap_or_default(),
            role: s.role.unwrap_or_default(),
            document: s.document.unwrap_or_default(),
            edition: s.edition.map(count).unwrap_or_default(),
            topic: s.topic.unwrap_or_default(),
        }
    }
}

impl From<RecognizedEntity> for pb::RecognizedEntity {
    fn from(e: RecognizedEntity) -> pb::RecognizedEntity {
        pb::RecognizedEntity { kind: e.kind.to_string(), text: e.text, canonical: e.canonical, fuzzy: e.fuzzy }
    }
}

impl From<Explanation> for pb::Explanation {
    fn from(e: Explanation) -> pb::Explanation {
        pb::Explanation {
            normalized: e.normalized,
            tokens: e.tokens,
            entities: e.entities.into_iter().map(Into::into).collect(),
            rule: e.rule,
            as_of: e.as_of,
            cues: e.cues,
            query: e.query,
        }
    }
}

impl From<Answer> for pb::AskResponse {
    fn from(a: Answer) -> pb::AskResponse {
        pb::AskResponse {
            status: pb::AnswerStatus::from(a.status).into(),
            answer: a.answer,
            sentence: a.sentence,
            intent: a.intent,
            slots: Some(a.slots.into()),
            evidence: evidence(&a.evidence),
            candidates: a.candidates,
            explanation: a.explanation.map(Into::into),
        }
    }
}

impl From<&Attendee> for pb::Attendee {
    fn from(a: &Attendee) -> pb::Attendee {
        pb::Attendee { name: a.name.clone(), role: a.role.clone(), province: a.province.clone() }
    }
}

impl From<&Keynote> for pb::Keynote {
    fn from(k: &Keynote) -> pb::Keynote {
        pb::Keynote { name: k.name.clone(), role: k.role.clone(), topic: k.topic.clone() }
    }
}

impl From<&Sourced<MeetingDoc>> for pb::MeetingDocument {
    fn from(d: &Sourced<MeetingDoc>) -> pb::MeetingDocument {
        pb::MeetingDocument {
            title: d.value.title.clone(),
            action: d.value.action.as_str().to_string(),
            verb: d.value.verb.clone(),
            evidence: evidence(&d.evidence),
        }
    }
}

impl From<&PressConference> for pb::PressConference {
    fn from(p: &PressConference) -> pb::PressConference {
        let stated = primary_evidence(&p.date)
            .iter()
            .chain(primary_evidence(&p.presider))
            .chain(primary_evidence(&p.reporter))
            .chain(all_evidence(&p.speakers));
        pb::PressConference {
            date: iso(p.date.get()),
            presider: text(&p.presider),
            reporter: text(&p.reporter),
            speakers: converted(&p.speakers),
            evidence: evidence(stated),
        }
    }
}

impl From<&Forum> for pb::Forum {
    fn from(f: &Forum) -> pb::Forum {
        let place = f.place.get();
        let stated = primary_evidence(&f.edition)
            .iter()
            .chain(primary_evidence(&f.date))
            .chain(primary_evidence(&f.place))
            .chain(primary_evidence(&f.theme))
            .chain(all_evidence(&f.speakers))
            .chain(all_evidence(&f.attendees))
            .chain(all_evidence(&f.keynotes))
            .chain(all_evidence(&f.hosts))
            .chain(all_evidence(&f.organizers))
            .chain(all_evidence(&f.releases));
        pb::Forum {
            edition: f.edition.get().copied().map(count).unwrap_or_default(),
            date: iso(f.date.get()),
            province: place.map(|p| p.province.clone()).unwrap_or_default(),
            city: place.and_then(|p| p.city.clone()).unwrap_or_default(),
            theme: text(&f.theme),
            speakers: converted(&f.speakers),
            attendees: converted(&f.attendees),
            keynotes: converted(&f.keynotes),
            hosts: strings(&f.hosts),
            organizers: strings(&f.organizers),
            releases: strings(&f.releases),
            evidence: evidence(stated),
        }
    }
}

impl From<&ListItem> for pb::ListItem {
    fn from(i: &ListItem) -> pb::ListItem {
        pb::ListItem { heading: i.heading.clone(), figures: i.figures.clone(), evidence: Some((&i.evidence).into()) }
    }
}

impl From<&PublishedList> for pb::PublishedList {
    fn from(l: &PublishedList) -> pb::PublishedList {
        pb::PublishedList {
            title: l.title.clone(),
            item_count: l.item_count.get().copied().map(count).unwrap_or_default(),
            items: l.items.iter().map(Into::into).collect(),
            evidence: evidence(&l.evidence),
        }
    }
}

impl From<&DocReport> for pb::ExtractionReport {
    fn from(r: &DocReport) -> pb::ExtractionReport {
        pb::ExtractionReport {
            document_id: r.document_id.clone(),
            in_genre: r.in_genre,
            meeting_years: r.meeting_years.clone(),
            forum_years: r.forum_years.clone(),
            facts: r.facts.try_into().unwrap_or(u32::MAX),
            lines: r.lines.clone(),
            warnings: r.warnings.clone(),
        }
    }
}

impl From<Reloaded> for pb::ReloadCorpusResponse {
    fn from(r: Reloaded) -> pb::ReloadCorpusResponse {
        let n = |count: usize| u32::try_from(count).unwrap_or(u32::MAX);
        pb::ReloadCorpusResponse {
            documents: n(r.stats.documents),
            meetings: n(r.stats.meetings),
            facts: n(r.stats.facts),
            reports: r.reports.iter().map(Into::into).collect(),
        }
    }
}

/// A meeting with what the engine keeps beside it: the forum and the lists of the same year.
pub struct MeetingView<'a> {
    pub meeting: &'a Meeting,
    pub forum: Option<&'a Forum>,
    pub lists: Vec<&'a PublishedList>,
}

impl<'a> MeetingView<'a> {
    pub fn of(engine: &'a Engine, meeting: &'a Meeting) -> Self {
        MeetingView { meeting, forum: engine.forum(meeting.year), lists: engine.lists(meeting.year).collect() }
    }

    /// Every fact of the meeting, its forum and its lists on which the sources disagree.
    fn conflicts(&self) -> Vec<pb::Conflict> {
        let m = self.meeting;
        let mut found = vec![
            conflict("place", &m.place, |p| p.full_name()),
            conflict("dates", &m.dates, span_iso),
            conflict("theme", &m.theme, String::clone),
            conflict("next_meeting", &m.next, |n| format!("{}年度{}", n.year, n.province)),
            conflict("decided_by_year", &m.decided_by, i32::to_string),
            conflict("press_conference.date", &m.press.date, Date::iso),
            conflict("press_conference.presider", &m.press.presider, String::clone),
            conflict("press_conference.reporter", &m.press.reporter, String::clone),
        ];
        if let Some(f) = self.forum {
            found.extend([
                conflict("forum.edition", &f.edition, u32::to_string),
                conflict("forum.date", &f.date, Date::iso),
                conflict("forum.place", &f.place, |p| p.full_name()),
                conflict("forum.theme", &f.theme, String::clone),
            ]);
        }
        for l in &self.lists {
            found.push(conflict(&format!("published_lists[{}].item_count", l.title), &l.item_count, u32::to_string));
        }
        found.into_iter().flatten().collect()
    }
}

impl From<MeetingView<'_>> for pb::Meeting {
    fn from(view: MeetingView<'_>) -> pb::Meeting {
        let m = view.meeting;
        let place = m.place.get();
        let dates = m.dates.get();
        let core = primary_evidence(&m.place)
            .iter()
            .chain(primary_evidence(&m.dates))
            .chain(all_evidence(&m.attendees))
            .chain(primary_evidence(&m.theme));
        pb::Meeting {
            year: m.year,
            province: place.map(|p| p.province.clone()).unwrap_or_default(),
            city: place.and_then(|p| p.city.clone()).unwrap_or_default(),
            start_date: iso(dates.map(|d| &d.start)),
            end_date: iso(dates.map(|d| &d.end)),
            theme: text(&m.theme),
            attendees: converted(&m.attendees),
            invited: strings(&m.invited),
            documents: m.documents.iter().map(Into::into).collect(),
            focus_areas: strings(&m.focus_areas),
            next_meeting: m.next.primary().map(|n| pb::NextMeeting {
                year: n.value.year,
                province: n.value.province.clone(),
                evidence: evidence(&n.evidence),
            }),
            press_conference: (!m.press.is_empty()).then(|| (&m.press).into()),
            forum: view.forum.map(Into::into),
            evidence: evidence(core),
            decided_by_year: m.decided_by.get().copied().unwrap_or_default(),
            side_events: strings(&m.side_events),
            published_lists: view.lists.iter().map(|l| (*l).into()).collect(),
            conflicts: view.conflicts(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn evidence_is_deduplicated_by_text_and_capped_in_count_and_length() {
        let long: String = "长".repeat(MAX_QUOTE_CHARS + 50);
        let mut items: Vec<Evidence> = (0..10_000)
            .map(|i| Evidence {
                document_id: "d".into(), quote: "同一句话。".into(), start: i * 5, end: i * 5 + 5
            })
            .collect();
        items.extend((0..200).map(|i| Evidence {
            document_id: "d".into(),
            quote: format!("{long}{i}").into(),
            start: 0,
            end: long.chars().count() + 1,
        }));
        let out = evidence(&items);
        assert_eq!(out.len(), MAX_EVIDENCE);
        assert_eq!(out.iter().filter(|e| e.quote == "同一句话。").count(), 1, "one sentence repeated is one evidence");
        assert!(out.iter().all(|e| e.quote.chars().count() <= MAX_QUOTE_CHARS + 1));
        let same_text_elsewhere = [
            Evidence { document_id: "a".into(), quote: "句。".into(), start: 0, end: 2 },
            Evidence { document_id: "b".into(), quote: "句。".into(), start: 0, end: 2 },
        ];
        assert_eq!(evidence(&same_text_elsewhere).len(), 2, "another document's evidence stays");
    }
    use crate::engine::{NextMeeting, Place};

    fn ev(doc: &str, quote: &str, start: usize) -> Evidence {
        Evidence { document_id: Arc::from(doc), quote: Arc::from(quote), start, end: start + quote.chars().count() }
    }

    fn place(province: &str, city: &str) -> Place {
        Place { province: province.into(), city: Some(city.into()) }
    }

    /// A meeting as two articles that disagree on the city might leave it.
    fn meeting() -> Meeting {
        let opening = ev("a", "6月5日至6日，2023年度座谈会在安徽省合肥市举行。", 10);
        let mut m = Meeting::new(2023);
        m.place.add(place("安徽", "合肥"), opening.clone());
        m.place.add(place("安徽", "合肥"), ev("b", "座谈会在合肥举行。", 3));
        m.place.add(place("安徽", "芜湖"), ev("c", "座谈会在芜湖举行。", 7));
        let span = DateSpan { start: Date::new(2023, 6, 5), end: Date::new(2023, 6, 6) };
        m.dates.add(span, opening.clone());
        m.next.add(NextMeeting { year: 2024, province: "浙江".into() }, ev("a", "会议确定……在浙江省召开。", 90));
        m
    }

    fn view(m: &Meeting) -> pb::Meeting {
        MeetingView { meeting: m, forum: None, lists: Vec::new() }.into()
    }

    #[test]
    fn a_meeting_carries_short_forms_iso_dates_and_each_core_sentence_once() {
        let m = view(&meeting());
        assert_eq!((m.year, m.province.as_str(), m.city.as_str()), (2023, "安徽", "合肥"));
        assert_eq!((m.start_date.as_str(), m.end_date.as_str()), ("2023-06-05", "2023-06-06"));
        // Place and dates share the opening sentence: it is listed once.
        let quotes: Vec<_> = m.evidence.iter().map(|e| (e.document_id.as_str(), e.start)).collect();
        assert_eq!(quotes, [("a", 10), ("b", 3)]);
        let opening = &m.evidence[0];
        assert_eq!((opening.end - opening.start) as usize, opening.quote.chars().count());
        let next = m.next_meeting.expect("next meeting");
        assert_eq!((next.year, next.province.as_str(), next.evidence.len()), (2024, "浙江", 1));
        assert!(m.press_conference.is_none() && m.forum.is_none());
    }

    #[test]
    fn disagreeing_sources_become_one_conflict_with_evidence_per_value() {
        let m = view(&meeting());
        assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
        let c = &m.conflicts[0];
        assert_eq!(c.field, "place");
        assert_eq!(c.values.len(), 2);
        assert!(c.values[0].contains("合肥") && c.values[1].contains("芜湖"), "{:?}", c.values);
        let docs: Vec<_> = c.evidence.iter().map(|e| e.document_id.as_str()).collect();
        assert_eq!(docs, ["a", "c"]);
    }

    #[test]
    fn an_answer_keeps_its_status_and_unset_slots_are_proto_defaults() {
        let answer = Answer {
            status: AnswerStatus::NotFound,
            answer: String::new(),
            sentence: "这个问题与长三角地区主要领导座谈会无关。".into(),
            intent: String::new(),
            slots: Slots { years: vec![2022, 2026], edition: Some(8), ..Default::default() },
            evidence: vec![ev("a", "x", 0), ev("a", "x", 0)],
            candidates: Vec::new(),
            explanation: None,
        };
        let r = pb::AskResponse::from(answer);
        assert_eq!(r.status(), pb::AnswerStatus::NotFound);
        let slots = r.slots.expect("slots");
        assert_eq!((slots.year, slots.years, slots.edition, slots.city), (0, vec![2022, 2026], 8, String::new()));
        assert_eq!(r.evidence.len(), 1);
        assert!(r.explanation.is_none());
    }
}
