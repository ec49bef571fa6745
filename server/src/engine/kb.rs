//! The knowledge base: the facts of every document merged by meeting year, forum year, list and
//! person. Agreeing sources add evidence to one value; disagreeing sources each keep theirs.

use std::collections::BTreeMap;

use super::extract::{self, list_key as lists_key};
use super::model::*;
use super::{Stats, YEAR_RANGE};

/// Everything the corpus says, merged.
#[derive(Debug, Default)]
pub struct KnowledgeBase {
    pub meetings: BTreeMap<i32, Meeting>,
    pub forums: BTreeMap<i32, Forum>,
    pub lists: Vec<PublishedList>,
    pub people: BTreeMap<String, Person>,
    pub reports: Vec<DocReport>,
    pub documents: usize,
}

/// The year of the first 长三角一体化发展高层论坛 (首届, 芜湖): held every year since, beside the meeting.
const FIRST_FORUM_YEAR: i32 = 2019;

impl KnowledgeBase {
    pub fn build(docs: &[SourceDocument]) -> KnowledgeBase {
        let mut kb = KnowledgeBase { documents: docs.len(), ..Default::default() };
        let mut undated = Vec::new();
        let mut undated_meetings = Vec::new();
        for doc in docs {
            let mut facts = extract::extract(doc);
            undated.append(&mut facts.undated_forums);
            undated_meetings.append(&mut facts.undated_meetings);
            kb.merge(facts);
        }
        for m in undated_meetings {
            kb.merge_undated_meeting(m);
        }
        for f in undated {
            kb.merge_undated_forum(f);
        }
        for m in kb.meetings.values_mut() {
            absorb_days(&mut m.dates);
        }
        kb.build_people();
        kb
    }

    fn merge(&mut self, facts: extract::DocFacts) {
        for (year, m) in facts.meetings {
            if !YEAR_RANGE.contains(&year) {
                continue;
            }
            let into = self.meetings.entry(year).or_insert_with(|| Meeting::new(year));
            merge_meeting(into, m);
        }
        for (year, f) in facts.forums {
            if !YEAR_RANGE.contains(&year) {
                continue;
            }
            let into = self.forums.entry(year).or_insert_with(|| Forum { year, ..Default::default() });
            merge_forum(into, f);
        }
        for l in facts.lists {
            match self.lists.iter_mut().find(|x| x.year == l.year && lists_key(&x.title) == lists_key(&l.title)) {
                Some(into) => {
                    if l.title.chars().count() > into.title.chars().count() {
                        into.title = l.title;
                    }
                    merge_claims(&mut into.item_count, l.item_count);
                    for item in l.items {
                        if !into.items.iter().any(|i| i.heading == item.heading) {
                            into.items.push(item);
                        }
                    }
                    for e in l.evidence {
                        if !into.evidence.contains(&e) {
                            into.evidence.push(e);
                        }
                    }
                }
                None => self.lists.push(l),
            }
        }
        self.reports.push(facts.report);
    }

    /// A forum whose document names no year, dated by its edition: the year of the forum of the
    /// same edition, else the one every dated edition implies (the forum is annual) when they
    /// all agree, else the series' own count from its first edition. When dated editions
    /// disagree its year is unknown and it is left out.
    /// A forum with no edition either is dated by its theme, when that is the theme of one year's
    /// forum or meeting only (the forum is held beside the meeting, often under its theme).
    fn merge_undated_forum(&mut self, f: Forum) {
        let Some(&edition) = f.edition.get().filter(|_| !f.edition.is_conflicting()) else {
            if let Some(year) = self.year_of_theme(&f) {
                self.merge_forum_of(f, year);
            }
            return;
        };
        let dated: Vec<(i32, u32)> = self
            .forums
            .iter()
            .filter_map(|(y, g)| g.edition.get().filter(|_| !g.edition.is_conflicting()).map(|e| (*y, *e)))
            .collect();
        let same = dated.iter().find(|(_, e)| *e == edition).map(|(y, _)| *y);
        let offsets: std::collections::BTreeSet<i64> = dated.iter().map(|(y, e)| *y as i64 - *e as i64).collect();
        let implied = (offsets.len() == 1).then(|| offsets.first().map(|o| o + edition as i64)).flatten();
        // Nothing in the corpus dates an edition: the series itself does (首届, 2019, one a year).
        let series = FIRST_FORUM_YEAR as i64 - 1 + edition as i64;
        let implied = if dated.is_empty() { Some(series) } else { implied };
        let Some(year) = same.or(implied.and_then(|y| i32::try_from(y).ok())).filter(|y| YEAR_RANGE.contains(y)) else {
            return;
        };
        self.merge_forum_of(f, year);
    }

    /// A meeting whose document names no year, dated by the one dated meeting that has its theme,
    /// or its city and its days; otherwise left out, never guessed.
    fn merge_undated_meeting(&mut self, mut m: Meeting) {
        let theme = m.theme.get().filter(|_| !m.theme.is_conflicting());
        let city = m.place.get().filter(|_| !m.place.is_conflicting()).and_then(|p| p.city.clone());
        let days = m.dates.get().filter(|_| !m.dates.is_conflicting()).map(|d| {
            let md = |x: &Date| (x.month, x.day);
            (md(&d.start), md(&d.end))
        });
        let years: Vec<i32> = self
            .meetings
            .values()
            .filter(|k| {
                let same_theme = theme.is_some_and(|t| k.theme.values.iter().any(|v| &v.value == t));
                let same_city = city.is_some()
                    && k.place.get().filter(|_| !k.place.is_conflicting()).and_then(|p| p.city.clone()) == city;
                let same_days = days.is_some()
                    && k.dates.get().filter(|_| !k.dates.is_conflicting()).map(|d| {
                        let md = |x: &Date| (x.month, x.day);
                        (md(&d.start), md(&d.end))
                    }) == days;
                same_theme || (same_city && same_days)
            })
            .map(|k| k.year)
            .collect();
        let [year] = years[..] else { return };
        m.year = year;
        for d in m.dates.values.iter_mut() {
            d.value.start.year = year;
            d.value.end.year = year;
        }
        for d in m.press.date.values.iter_mut() {
            d.value.year = year;
        }
        let into = self.meetings.entry(year).or_insert_with(|| Meeting::new(year));
        merge_meeting(into, m);
    }

    /// The one year whose forum or meeting has the theme of `f`, if only one has it.
    fn year_of_theme(&self, f: &Forum) -> Option<i32> {
        let theme = f.theme.get().filter(|_| !f.theme.is_conflicting())?;
        let has = |c: &Claims<String>| c.values.iter().any(|v| &v.value == theme);
        let years: std::collections::BTreeSet<i32> = self
            .forums
            .iter()
            .filter(|(_, g)| has(&g.theme))
            .map(|(y, _)| *y)
            .chain(self.meetings.iter().filter(|(_, m)| has(&m.theme)).map(|(y, _)| *y))
            .collect();
        (years.len() == 1).then(|| years.first().copied()).flatten()
    }

    fn merge_forum_of(&mut self, mut f: Forum, year: i32) {
        f.year = year;
        for d in f.date.values.iter_mut() {
            d.value.year = year;
        }
        let into = self.forums.entry(year).or_insert_with(|| Forum { year, ..Default::default() });
        merge_forum(into, f);
    }

    /// Each person's roles by year, from the meetings, their press conferences and the forums.
    fn build_people(&mut self) {
        let mut people: BTreeMap<String, Person> = BTreeMap::new();
        let mut record = |a: &Sourced<Attendee>, year: i32, event: &'static str| {
            let p = people
                .entry(a.value.name.clone())
                .or_insert_with(|| Person { name: a.value.name.clone(), roles: vec![] });
            if a.value.role.is_empty() {
                return;
            }
            if !p.roles.iter().any(|r| r.year == year && r.role == a.value.role && r.event == event) {
                p.roles.push(RoleRecord {
                    year,
                    role: a.value.role.clone(),
                    province: a.value.province.clone(),
                    event,
                    evidence: a.evidence[0].clone(),
                });
            }
        };
        for m in self.meetings.values() {
            m.attendees.iter().for_each(|a| record(a, m.year, "meeting"));
            m.press.speakers.iter().for_each(|a| record(a, m.year, "press"));
        }
        for f in self.forums.values() {
            f.speakers.iter().chain(&f.attendees).for_each(|a| record(a, f.year, "forum"));
            for k in &f.keynotes {
                let a = Sourced {
                    value: Attendee { name: k.value.name.clone(), role: k.value.role.clone(), province: String::new() },
                    evidence: k.evidence.clone(),
                };
                record(&a, f.year, "forum");
            }
        }
        for p in people.values_mut() {
            p.roles.sort_by(|a, b| a.year.cmp(&b.year).then(a.event.cmp(b.event)));
        }
        self.people = people;
    }

    pub fn stats(&self) -> Stats {
        Stats {
            documents: self.documents,
            meetings: self.meetings.len(),
            forums: self.forums.len(),
            facts: self.reports.iter().map(|r| r.facts).sum(),
            load_ms: 0.0,
        }
    }

    /// The last dated event in the corpus (meeting, forum or press conference).
    pub fn reference_date(&self) -> Date {
        let meeting_ends = self.meetings.values().filter_map(|m| m.dates.get().map(|d| d.end));
        let press = self.meetings.values().filter_map(|m| m.press.date.get().copied());
        let forum_days = self.forums.values().filter_map(|f| f.date.get().copied());
        meeting_ends.chain(press).chain(forum_days).max().unwrap_or(Date::new(2026, 1, 1))
    }
}

/// A day inside a run of days another report gives (`今天` of a broadcast on the second day of
/// `5月28日至29日`) is part of that run, not a rival date: its evidence goes to the run.
fn absorb_days(dates: &mut Claims<DateSpan>) {
    let mut i = 0;
    while i < dates.values.len() {
        let d = dates.values[i].value;
        let run = dates.values.iter().position(|r| {
            let r = r.value;
            r.start != r.end && d.start == d.end && r.start.year == d.start.year && r.covers(d.start.month, d.start.day)
        });
        match run {
            Some(j) => {
                let day = dates.values.remove(i);
                let j = if j > i { j - 1 } else { j };
                for e in day.evidence {
                    if !dates.values[j].evidence.contains(&e) {
                        dates.values[j].evidence.push(e);
                    }
                }
            }
            None => i += 1,
        }
    }
}

fn merge_claims<T: PartialEq + Clone>(into: &mut Claims<T>, from: Claims<T>) {
    for s in from.values {
        for e in s.evidence {
            into.add(s.value.clone(), e);
        }
    }
}

fn merge_list<T: PartialEq + Clone>(into: &mut Vec<Sourced<T>>, from: Vec<Sourced<T>>) {
    for s in from {
        for e in s.evidence {
            add_sourced(into, s.value.clone(), e);
        }
    }
}

/// A place known only by its province and the same province with a city are one place.
fn merge_places(into: &mut Claims<Place>, from: Claims<Place>) {
    for s in from.values {
        for e in s.evidence {
            add_place(into, s.value.clone(), e);
        }
    }
}

/// Adds a place, refining a province-only claim with a city rather than contradicting it.
pub fn add_place(claims: &mut Claims<Place>, place: Place, ev: Evidence) {
    if place.city.is_some()
        && let Some(i) = claims.values.iter().position(|v| v.value.province == place.province && v.value.city.is_none())
    {
        claims.values[i].value = place.clone();
    }
    if place.city.is_none()
        && let Some(v) = claims.values.iter_mut().find(|v| v.value.province == place.province && v.value.city.is_some())
    {
        if !v.evidence.contains(&ev) {
            v.evidence.push(ev);
        }
        return;
    }
    // Two claims may now be equal (a refined one and an existing one with the city): fold them.
    claims.add(place, ev);
    let mut i = 0;
    while i < claims.values.len() {
        if let Some(j) = (0..i).find(|&j| claims.values[j].value == claims.values[i].value) {
            let dup = claims.values.remove(i);
            for e in dup.evidence {
                if !claims.values[j].evidence.contains(&e) {
                    claims.values[j].evidence.push(e);
                }
            }
        } else {
            i += 1;
        }
    }
}

fn merge_meeting(into: &mut Meeting, m: Meeting) {
    merge_places(&mut into.place, m.place);
    merge_claims(&mut into.dates, m.dates);
    merge_claims(&mut into.theme, m.theme);
    merge_claims(&mut into.signed_total, m.signed_total);
    merge_claims(&mut into.invested, m.invested);
    merge_list(&mut into.speakers, m.speakers);
    merge_claims(&mut into.reporter, m.reporter);
    merge_list(&mut into.attendees, m.attendees);
    merge_list(&mut into.invited, m.invited);
    merge_list(&mut into.documents, m.documents);
    merge_list(&mut into.cited, m.cited);
    merge_list(&mut into.focus_areas, m.focus_areas);
    merge_claims(&mut into.next, m.next);
    merge_claims(&mut into.decided_by, m.decided_by);
    merge_claims(&mut into.press.date, m.press.date);
    merge_places(&mut into.press.place, m.press.place);
    merge_claims(&mut into.presider, m.presider);
    merge_claims(&mut into.press.presider, m.press.presider);
    merge_claims(&mut into.press.reporter, m.press.reporter);
    merge_list(&mut into.press.speakers, m.press.speakers);
    merge_list(&mut into.side_events, m.side_events);
    merge_claims(&mut into.series, m.series);
    merge_said(&mut into.said, m.said);
}

fn merge_said(into: &mut Vec<Evidence>, from: Vec<Evidence>) {
    let mut seen: std::collections::HashSet<std::sync::Arc<str>> = into.iter().map(|e| e.quote.clone()).collect();
    for e in from {
        if seen.insert(e.quote.clone()) {
            into.push(e);
        }
    }
}

fn merge_forum(into: &mut Forum, f: Forum) {
    merge_claims(&mut into.edition, f.edition);
    merge_claims(&mut into.date, f.date);
    merge_places(&mut into.place, f.place);
    merge_claims(&mut into.venue, f.venue);
    merge_claims(&mut into.theme, f.theme);
    merge_list(&mut into.speakers, f.speakers);
    merge_list(&mut into.attendees, f.attendees);
    merge_list(&mut into.presiders, f.presiders);
    merge_list(&mut into.keynotes, f.keynotes);
    merge_list(&mut into.hosts, f.hosts);
    merge_list(&mut into.organizers, f.organizers);
    merge_list(&mut into.releases, f.releases);
    merge_claims(&mut into.signed_total, f.signed_total);
    merge_claims(&mut into.invested, f.invested);
    merge_said(&mut into.said, f.said);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> SourceDocument {
        SourceDocument { id: id.into(), text: text.into() }
    }

    const BRIEF: &str = "新华社合肥6月27日电 第三十一届长三角一体化发展高层论坛27日在安徽省安庆市举行。\n";

    #[test]
    fn an_undated_forum_takes_the_year_its_edition_implies() {
        let dated = doc("a", "本报讯 2047年6月13日,第二十九届长三角一体化发展高层论坛在浙江省台州市举行。\n");
        let kb = KnowledgeBase::build(&[dated, doc("b", BRIEF)]);
        let f = &kb.forums[&2049];
        assert_eq!(f.place.get().map(Place::full_name).as_deref(), Some("安徽省安庆市"));
        assert_eq!(f.date.get(), Some(&Date::new(2049, 6, 27)));
    }

    #[test]
    fn an_undated_forum_is_dated_by_the_series_when_nothing_else_dates_its_edition() {
        let kb = KnowledgeBase::build(&[doc("b", BRIEF)]);
        assert_eq!(kb.forums.keys().copied().collect::<Vec<_>>(), [2049]);
        // Dated editions that disagree leave it unknown: no guess.
        let a = doc("a", "本报讯 2047年6月13日,第二十九届长三角一体化发展高层论坛在浙江省台州市举行。\n");
        let c = doc("c", "本报讯 2045年6月13日,第二十五届长三角一体化发展高层论坛在浙江省台州市举行。\n");
        let kb = KnowledgeBase::build(&[a, c, doc("b", BRIEF)]);
        assert!(!kb.forums.contains_key(&2049));
    }

    #[test]
    fn a_forum_with_no_year_and_no_edition_is_dated_by_the_theme_of_one_year_only() {
        let meeting = doc(
            "m",
            "6月5日至6日,2063年度长三角地区主要领导座谈会在安徽合肥举行。会议以“同心协力、共创未来”为主题。\n",
        );
        let forum = doc(
            "f",
            "6月6日上午,长三角一体化发展高层论坛在安徽省合肥市举行。三省一市主要领导围绕“同心协力、共创未来”的主题进行了深入交流。\n",
        );
        let kb = KnowledgeBase::build(&[meeting.clone(), forum.clone()]);
        let f = &kb.forums[&2063];
        assert_eq!(f.date.get(), Some(&Date::new(2063, 6, 6)));
        // The theme of two years dates nothing.
        let other =
            doc("o", "6月3日,2064年度长三角地区主要领导座谈会在江苏南京举行。会议以“同心协力、共创未来”为主题。\n");
        let kb = KnowledgeBase::build(&[meeting, other, forum]);
        assert!(kb.forums.is_empty(), "{:?}", kb.forums.keys());
    }

    #[test]
    fn a_meeting_with_no_year_is_dated_by_one_dated_meetings_city_and_days_or_theme() {
        let dated = doc("d", "本报讯 2066年6月12日至13日,2066年度长三角地区主要领导座谈会在安徽安庆举行。\n");
        let brief = doc(
            "b",
            "据悉,今年的长三角地区主要领导座谈会于6月12日至13日在安徽安庆举行,会议以“山水相依、协同共进”为主题。\n",
        );
        let kb = KnowledgeBase::build(&[dated.clone(), brief.clone()]);
        assert_eq!(kb.meetings.keys().copied().collect::<Vec<_>>(), [2066]);
        assert_eq!(kb.meetings[&2066].theme.get().map(String::as_str), Some("山水相依、协同共进"));
        // Alone, or beside a meeting of other days, it dates nothing.
        let kb = KnowledgeBase::build(std::slice::from_ref(&brief));
        assert!(kb.meetings.is_empty());
        let other = doc("o", "本报讯 2067年6月2日,2067年度长三角地区主要领导座谈会在安徽安庆举行。\n");
        let kb = KnowledgeBase::build(&[other, brief]);
        assert_eq!(kb.meetings.keys().copied().collect::<Vec<_>>(), [2067]);
        assert!(kb.meetings[&2067].theme.is_empty());
    }
}
