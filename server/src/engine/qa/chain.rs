//! Chained questions: a clause names the meeting by something said of it, and the question asks
//! another fact of that meeting. 吴政隆参加的那次座谈会在哪开, 易炼红通报成果的那次会议确定下一届
//! 在哪, 袁家军讲话的那次高层论坛是哪天: the person's part picks the years, the rest of the question
//! is asked of them. 决定2025年度座谈会由江苏承办的会议在哪开: the decision picks the meeting of the
//! year before, not the year it names.

use super::Ctx;
use super::reading::Event;
use super::reply::{Reply, meeting_name};
use super::tagger::{self, cue};
use super::text::{Scan, join};
use crate::engine::model::Evidence;

/// The fact asked of the meetings a clause names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    Next,
    Docs,
    Theme,
    WhereWhen,
    Where,
    When,
}

/// Words that make a clause before them name an event (的那次, 那届, 的座谈会, 的论坛).
fn names_an_event(t: &Scan) -> bool {
    t.has(cue::NAMES_EVENT)
}

impl Ctx<'_> {
    /// The one fact the rest of the question asks, if it is one a meeting (or forum) has.
    fn chained_ask(&self) -> Option<Asked> {
        let c = self.r.asks;
        if c.has(cue::ASKS_YES_NO) || c.has(cue::ASKS_WHO) || c.has(cue::ASKS_COUNT) && !c.has(cue::DOCS) {
            return None;
        }
        if (c.has(cue::NEXT) || c.has(cue::DECIDE)) && self.r.event != Event::Forum {
            return Some(Asked::Next);
        }
        self.asked_of_the_meeting(true)
    }

    /// The meeting's own fact the question asks: its documents (unless they are the clause, not
    /// the ask), theme, place or days.
    fn asked_of_the_meeting(&self, docs_asked: bool) -> Option<Asked> {
        let c = self.r.asks;
        let when = (c.has(cue::WHEN) || c.has(cue::DURATION)) && !c.has(cue::WHICH_YEAR);
        Some(if c.has(cue::DOCS) && docs_asked {
            Asked::Docs
        } else if c.has(cue::THEME) {
            Asked::Theme
        } else if c.has(cue::WHERE) && when {
            Asked::WhereWhen
        } else if c.has(cue::WHERE) {
            Asked::Where
        } else if when {
            Asked::When
        } else {
            return None;
        })
    }

    /// 吴政隆参加的那次座谈会在哪个城市开, 李强主持成果发布会是在哪个城市, 郑栅洁在哪天的论坛上讲话:
    /// the meetings the person's part names, and the fact asked of them (for each when several).
    pub fn person_chained(&self, name: &str) -> Option<Reply> {
        let r = self.r;
        let c = r.asks;
        let asked = self.chained_ask()?;
        // 下一届 is what is asked of the meeting named, not the meeting itself.
        let rel_asked = asked == Asked::Next && r.rel == Some(super::reading::Rel::Next);
        // A year, a relative word, an edition or a host city names the meeting already.
        if !r.years.is_empty()
            || r.rel.is_some() && !rel_asked
            || r.edition.is_some()
            || r.place_event
            || r.city().is_some()
            || r.people.len() > 1 && r.text.contains("还是")
            || !r.docs.is_empty()
            || !r.themes.is_empty()
        {
            return None;
        }
        // The person's part comes before what is asked of it: 吴政隆参加的那次…在哪.
        let at = self.name_at(name)?;
        if r.text[..at].contains('哪') || r.text[..at].contains("什么") {
            return None;
        }
        let press_act = c.has(cue::PRESIDE) || c.has(cue::ASKS_REPORT);
        // 李强主持成果发布会是在哪个城市: presiding names the press conference, and so its meeting.
        if !(press_act && r.event == Event::Press || names_an_event(&Scan::new(&r.text[at..]))) {
            return None;
        }
        let (years, ev) = if r.event == Event::Forum {
            self.person_forum_years(name)
        } else if r.people.len() > 1 {
            self.clauses_years()
        } else if press_act {
            let found = self.press_by_person(name);
            (found.years.clone(), found.evidence)
        } else {
            self.person_meeting_years(name, c.has(cue::SPEAK) || c.has(cue::KEYNOTE))
        };
        if years.is_empty() {
            let what = if r.event == Event::Forum { "高层论坛" } else { "座谈会" };
            let sentence = if r.people.len() > 1 {
                format!("语料中没有{}都如问题所说参加的{what}。", join(&r.people))
            } else {
                format!("语料中没有{name}这样参加{what}的记录。")
            };
            return Some(Reply::not_found("person.chained", sentence).person(name).rule("person.chained"));
        }
        let reply = if r.event == Event::Forum {
            self.forum_of_years(&years, false)
        } else if r.event == Event::Press && matches!(asked, Asked::When | Asked::Where) && self.press_asked_of() {
            // 易炼红主持的那次成果发布会是哪天: the press conference's own day; its place, when not
            // reported apart, is the meeting's.
            let own = self.forum_of_years(&years, true);
            if own.status != super::AnswerStatus::Answered && asked == Asked::Where {
                self.asked_of_meetings(asked, &years)
            } else {
                own
            }
        } else {
            self.asked_of_meetings(asked, &years)
        };
        Some(reply.evidence(&ev).person(name).rule("person.chained"))
    }

    /// Where the question writes `name` (as a byte offset), misspelt or not (梁言舜参加的那次).
    fn name_at(&self, name: &str) -> Option<usize> {
        let r = self.r;
        r.text.find(name).or_else(|| {
            let h = r.hits.iter().find(|h| self.lex.entities[h.entity].canonical == name)?;
            r.text.char_indices().nth(h.start).map(|(i, _)| i)
        })
    }

    /// Whether what is asked of is the press conference itself: its word is the last event word
    /// (易炼红主持的那次成果发布会是哪天), not 座谈会 (易炼红主持成果发布会的那次座谈会是哪几天).
    fn press_asked_of(&self) -> bool {
        let t = &self.r.text;
        let press = t.rfind("发布会");
        let meeting = ["座谈会", "会议"].iter().filter_map(|w| t.rfind(w)).max();
        press.is_some() && press > meeting
    }

    /// 决定2025年度座谈会由江苏承办的会议在哪个城市开的: the meeting whose decision named the year.
    pub fn decider_chained(&self) -> Option<Reply> {
        let r = self.r;
        let c = r.asks;
        if !c.has(cue::DECIDE) || !r.people.is_empty() {
            return None;
        }
        let asked = self.chained_ask_beyond_next()?;
        // The decision comes first and the clause ends in the meeting it names: 决定…的会议.
        let decided_at = ["决定", "确定", "商定", "明确"].iter().filter_map(|w| r.text.find(w)).min()?;
        if !names_an_event(&Scan::new(&r.text[decided_at..])) {
            return None;
        }
        let by: Vec<i32> = match (&r.years[..], r.rel) {
            ([y], None) => {
                if r.text.find(&y.to_string())? < decided_at {
                    return None;
                }
                vec![self.decider_of(*y)?]
            }
            // 确定下一届在江苏召开的那次会议: the meetings that chose the province named.
            ([], None | Some(super::reading::Rel::Next)) if r.city().is_none() => {
                let p = r.places.iter().find(|p| p.is_province)?;
                if r.text.find(&p.name)? < decided_at {
                    return None;
                }
                let by: Vec<i32> = self
                    .kb
                    .meetings
                    .values()
                    .filter(|m| m.next.get().is_some_and(|n| n.province == p.province))
                    .map(|m| m.year)
                    .collect();
                if by.is_empty() {
                    return None;
                }
                by
            }
            _ => return None,
        };
        Some(self.asked_of_meetings(asked, &by).rule("next.decider_chained"))
    }

    /// As [`Self::chained_ask`], where the documents are the clause: what else is asked, if anything.
    fn chained_ask_beyond_docs(&self) -> Asked {
        self.asked_of_the_meeting(false).unwrap_or(Asked::Docs)
    }

    /// As [`Self::chained_ask`], where the decision is the clause and not what is asked.
    fn chained_ask_beyond_next(&self) -> Option<Asked> {
        let c = self.r.asks;
        if c.has(cue::ASKS_YES_NO) || c.has(cue::ASKS_WHO) {
            return None;
        }
        self.asked_of_the_meeting(true)
    }

    fn asked_of_meetings(&self, asked: Asked, years: &[i32]) -> Reply {
        match asked {
            Asked::Next => self.each_meeting(years, |y| self.next_host(y)),
            Asked::Docs => self.documents(years, self.r.asks.has(cue::ASKS_COUNT)),
            Asked::Theme => self.theme(years),
            Asked::WhereWhen if years.len() == 1 => self.summary(years[0]),
            Asked::WhereWhen | Asked::Where => self.location(years),
            Asked::When => self.date(years, self.r.asks.has(cue::DURATION)),
        }
    }

    /// One reply per year, joined with each year named; the first that fails stops it.
    fn each_meeting(&self, years: &[i32], one: impl Fn(i32) -> Reply) -> Reply {
        if let [y] = years[..] {
            return one(y);
        }
        let mut answers = Vec::new();
        let mut sentence = String::new();
        let mut ev = Vec::new();
        let mut all = Vec::new();
        let mut intent = "meeting.next";
        for &y in years {
            let reply = one(y);
            if reply.status != super::AnswerStatus::Answered {
                return reply;
            }
            intent = reply.extra.intent;
            answers.push(format!("{y}年度：{}", reply.answer));
            sentence.push_str(&reply.sentence);
            ev.extend(reply.evidence);
            all.extend(reply.years);
        }
        Reply::answered(intent, answers.join("；"), sentence).years(&all).evidence(&ev)
    }

    /// The meetings `name` attended (in the office the question names: 作为江苏省长), or, for
    /// `spoke`, the ones whose press conference they spoke at.
    fn person_meeting_years(&self, name: &str, spoke: bool) -> (Vec<i32>, Vec<Evidence>) {
        let office = self.capacity_asked();
        let provinces = self.r.provinces();
        // 当东道主书记的那次: the meetings held in the person's own province.
        let as_host = self.r.scan().has(cue::HOME_HOST);
        let mut years = Vec::new();
        let mut ev = Vec::new();
        for role in self.lex.roles.iter().filter(|x| x.name == name) {
            let event_fits = role.event == "meeting" || spoke && role.event == "press";
            let office_fits = office
                .is_none_or(|o| o.matches(&role.role) && (provinces.is_empty() || provinces.contains(&role.province)));
            let Some(m) = self.kb.meetings.get(&role.year) else { continue };
            let host_fits = !as_host || m.place.get().is_some_and(|p| p.province == role.province);
            if event_fits && office_fits && host_fits {
                if !years.contains(&role.year) {
                    years.push(role.year);
                }
                ev.extend(role.evidence.iter().cloned());
            }
        }
        years.sort_unstable();
        (years, ev)
    }

    /// 王清宪代表安徽讲话、易炼红主持发布会的那年: each person's own clause (from their name to the
    /// next one's) picks years, and the meeting is the one all of them name.
    fn clauses_years(&self) -> (Vec<i32>, Vec<Evidence>) {
        let r = self.r;
        let mut starts: Vec<(usize, &str)> =
            r.people.iter().filter_map(|p| self.name_at(p).map(|i| (i, p.as_str()))).collect();
        starts.sort_unstable();
        let mut years: Option<Vec<i32>> = None;
        let mut ev = Vec::new();
        for (k, &(at, name)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(r.text.len(), |s| s.0);
            let clause = Scan::new(&r.text[at..end]);
            let (ys, e) = if clause.has(cue::PRESIDE) {
                self.press_role_years(name, false)
            } else if clause.has(cue::REPORT_WORD) {
                self.press_role_years(name, true)
            } else {
                self.person_meeting_years(name, clause.has(cue::SPOKE))
            };
            years = Some(match years {
                None => ys,
                Some(before) => before.into_iter().filter(|y| ys.contains(y)).collect(),
            });
            ev.extend(e);
        }
        (years.unwrap_or_default(), ev)
    }

    /// The years `name` presided over (or, for `report`, reported at) a press conference.
    fn press_role_years(&self, name: &str, report: bool) -> (Vec<i32>, Vec<Evidence>) {
        let mut years = Vec::new();
        let mut ev = Vec::new();
        for m in self.kb.meetings.values() {
            let claims = if report { &m.press.reporter } else { &m.press.presider };
            if let Some(s) = claims.values.iter().find(|s| s.value == name) {
                years.push(m.year);
                ev.extend(s.evidence.iter().cloned());
            }
        }
        (years, ev)
    }

    fn person_forum_years(&self, name: &str) -> (Vec<i32>, Vec<Evidence>) {
        let mut years = Vec::new();
        let mut ev = Vec::new();
        for role in self.lex.roles.iter().filter(|x| x.name == name && x.event == "forum") {
            if !years.contains(&role.year) {
                years.push(role.year);
            }
            ev.extend(role.evidence.iter().cloned());
        }
        years.sort_unstable();
        (years, ev)
    }

    /// The forum (or, for `press`, the press conference) handler, asked of `years` with the
    /// person's part read away.
    fn forum_of_years(&self, years: &[i32], press: bool) -> Reply {
        let mut r = self.r.clone();
        r.years = years.to_vec();
        r.people.clear();
        for tag in [cue::ATTEND, cue::SPEAK, cue::KEYNOTE, cue::PRESIDE, cue::ASKS_REPORT, cue::ROLE] {
            r.asks.remove(tag);
        }
        let ctx = Ctx { kb: self.kb, lex: self.lex, r: &r, as_of: self.as_of };
        let reply = if press { ctx.press(years) } else { ctx.forum() };
        if reply.status == super::AnswerStatus::Answered && years.len() > 1 && !reply.answer.contains('年') {
            let labels: Vec<String> = years.iter().map(|y| format!("{y}年")).collect();
            let answer = format!("{}（{}）", reply.answer, join(&labels));
            return Reply { answer, ..reply };
        }
        reply
    }
}

impl Ctx<'_> {
    /// 2022年上海市委书记是李强还是陈吉宁: the question asked without its options, and the options
    /// its answer names; neither, when the answer names someone else.
    pub fn person_choice(&self) -> Option<Reply> {
        let r = self.r;
        let or_at = r.text.find("还是")?;
        if r.people.len() < 2 {
            return None;
        }
        let before = r.people.iter().any(|p| r.text[..or_at].contains(p.as_str()));
        let after = r.people.iter().any(|p| r.text[or_at..].contains(p.as_str()));
        if !(before && after) {
            return None;
        }
        let mut open = r.clone();
        open.people.clear();
        open.asks.remove(cue::ASKS_YES_NO);
        let ctx = Ctx { kb: self.kb, lex: self.lex, r: &open, as_of: self.as_of };
        let reply = super::route::dispatch(&ctx);
        if reply.status != super::AnswerStatus::Answered {
            return Some(reply);
        }
        let chosen: Vec<&String> = r.people.iter().filter(|p| reply.answer.contains(p.as_str())).collect();
        let answer = if chosen.is_empty() { format!("都不是，{}", reply.answer) } else { join(&chosen) };
        Some(Reply { answer, ..reply }.rule("choice.people"))
    }
}

impl Ctx<'_> {
    /// 温州会议通过的三年行动计划覆盖哪几年: titles that tie on their words, one of which the meeting
    /// the place names acted on; the question is then about that one.
    pub fn ties_narrowed_by_place(&self) -> Option<Reply> {
        let r = self.r;
        if r.doc_ties.is_empty() || !r.place_event || !r.years.is_empty() {
            return None;
        }
        let held = self.years_by_fact(false, true, true);
        if held.is_empty() {
            return None;
        }
        let picked: Vec<usize> = (0..self.lex.docs.len())
            .filter(|&i| {
                let d = &self.lex.docs[i];
                d.action.is_some() && held.contains(&d.year) && r.doc_ties.contains(&d.title)
            })
            .collect();
        let first = picked.first().map(|&i| &self.lex.docs[i].title)?;
        if picked.iter().any(|&i| &self.lex.docs[i].title != first) {
            return None;
        }
        let mut narrowed = r.clone();
        narrowed.docs = picked;
        narrowed.doc_ties.clear();
        let ctx = Ctx { kb: self.kb, lex: self.lex, r: &narrowed, as_of: self.as_of };
        Some(super::route::dispatch(&ctx))
    }

    /// 陈吉宁在第八届论坛上以什么身份致辞: the person's office at the forums the question names.
    pub fn forum_role(&self, name: &str) -> Option<Reply> {
        let r = self.r;
        let c = r.asks;
        if r.event != Event::Forum
            || !c.has(cue::ROLE)
            || c.has(cue::ASKS_YES_NO)
            || c.has(cue::WHICH_YEAR)
            || r.people.len() > 1
        {
            return None;
        }
        if !r.scan().has(cue::WHAT_KIND) {
            return None;
        }
        let years: Vec<i32> = self
            .kb
            .forums
            .values()
            .filter(|f| {
                r.edition.is_none_or(|e| f.edition.values.iter().any(|s| s.value == e))
                    && (r.years.is_empty() || r.years.contains(&f.year))
            })
            .map(|f| f.year)
            .collect();
        if years.is_empty() {
            return None;
        }
        Some(self.person_roles(name, &years).rule("forum.person_role"))
    }
}

impl Ctx<'_> {
    /// 首次设置边会的那次座谈会在哪开, 设置边会的那届主题是什么: the side sessions name the meetings
    /// (the first that held them, for 首次), and the rest asks of those.
    pub fn side_session_chained(&self) -> Option<Reply> {
        let r = self.r;
        // 首次设置边会活动的那次座谈会,江苏省长是谁: an office asked of that meeting (its province
        // is the office's, not a place of the meeting).
        let role = super::people::RoleAsk::read(r).filter(|_| r.asks.has(cue::ASKS_WHO));
        if !r.years.is_empty() || !r.people.is_empty() || !r.places.is_empty() && role.is_none() {
            return None;
        }
        let side_at = r.text.find("边会")?;
        let t = Scan::new(&r.text[side_at..]);
        if !names_an_event(&t) {
            return None;
        }
        // (确定下一届在哪: the side sessions never name a meeting by what it decided.)
        let asked = self.chained_ask();
        if asked.is_none() && role.is_none() {
            return None;
        }
        let mut years: Vec<i32> = self
            .kb
            .meetings
            .values()
            .filter(|m| m.side_events.iter().any(|s| s.value.contains("边会")))
            .map(|m| m.year)
            .collect();
        if years.is_empty() {
            return None;
        }
        if tagger::tag(&r.text[..side_at]).has(cue::FIRST_TIME) {
            years.truncate(1);
        }
        let ev: Vec<Evidence> = years
            .iter()
            .filter_map(|y| self.kb.meetings.get(y))
            .flat_map(|m| m.side_events.iter().filter(|s| s.value.contains("边会")).flat_map(|s| s.evidence.clone()))
            .collect();
        let reply = match (asked, role) {
            (Some(asked), _) => self.asked_of_meetings(asked, &years),
            (None, Some(role)) => self.role_holder(role, &years),
            (None, None) => return None,
        };
        Some(reply.evidence(&ev).rule("side.chained"))
    }
}

impl Ctx<'_> {
    /// 2023年成果发布会出席但没讲话的书记有谁: the meeting's attendees (in the office named) less
    /// those who spoke or reported at its press conference.
    pub fn silent_attendees(&self) -> Option<Reply> {
        let r = self.r;
        let c = r.asks;
        if !(c.has(cue::ASKS_WHO) || c.has(cue::ITEMS))
            || !r.people.is_empty()
            || !matches!(r.event, Event::Press | Event::Meeting)
        {
            return None;
        }
        // Every negation is written with one of these: most questions are ruled out here.
        if !r.text.contains(['没', '未', '不']) {
            return None;
        }
        let t = r.scan();
        let silent = t.has(cue::SILENT);
        if !silent || !t.has(cue::ATTENDED) {
            return None;
        }
        let years = self.meeting_years();
        if years.is_empty() {
            return None;
        }
        let office = super::people::RoleAsk::read(r);
        let mut parts = Vec::new();
        let mut sentences = String::new();
        let mut ev = Vec::new();
        for &y in &years {
            let m = self.kb.meetings.get(&y)?;
            if m.attendees.is_empty() || m.press.speakers.is_empty() {
                return Some(
                    Reply::not_found("press.silent", format!("语料没有{}的出席和讲话名单。", meeting_name(y)))
                        .years(&[y]),
                );
            }
            let spoke = |n: &str| {
                m.press.speakers.iter().any(|s| s.value.name == n)
                    || m.press.reporter.values.iter().any(|s| s.value == n)
            };
            let names: Vec<String> = m
                .attendees
                .iter()
                .filter(|a| !spoke(&a.value.name) && office.is_none_or(|o| o.matches(&a.value.role)))
                .map(|a| {
                    ev.extend(a.evidence.iter().cloned());
                    a.value.name.clone()
                })
                .collect();
            ev.extend(m.press.speakers.iter().flat_map(|s| s.evidence.iter().cloned()));
            parts.push(self.with_year(y, years.len(), join(&names)));
            sentences.push_str(&format!(
                "{}出席而未在成果发布会上讲话或通报成果的有{}。",
                meeting_name(y),
                if names.is_empty() { "无".to_string() } else { join(&names) }
            ));
        }
        Some(
            Reply::answered("press.silent", parts.join("；"), sentences)
                .years(&years)
                .evidence(&ev)
                .rule("press.silent"),
        )
    }
}

impl Ctx<'_> {
    /// 通过2023年度工作计划的那次座谈会确定下一届在哪, 通过三年行动计划那次会议的主题: the meeting
    /// that acted on the document, and the fact asked of it.
    pub fn doc_chained(&self) -> Option<Reply> {
        let r = self.r;
        // 在哪年的座谈会上通过: which meeting is what is asked, not a fact of it.
        if r.docs.is_empty()
            || !r.years.is_empty()
            || !r.people.is_empty()
            || r.place_event
            || r.asks.has(cue::WHICH_YEAR)
        {
            return None;
        }
        let asked = match self.chained_ask()? {
            // The title's own words (方案, 计划) read as asking for documents.
            Asked::Docs => self.chained_ask_beyond_docs(),
            asked => asked,
        };
        let rel_ok = r.rel.is_none() || asked == Asked::Next && r.rel == Some(super::reading::Rel::Next);
        if !rel_ok || !names_an_event(&r.scan()) {
            return None;
        }
        let years = self.years_by_fact(true, true, false);
        let years = if years.is_empty() { self.years_acted_on() } else { years };
        if years.is_empty() {
            return None;
        }
        Some(self.asked_of_meetings(asked, &years).rule("document.chained"))
    }
}
