//! Events found by their day: `2022年8月17日在上海举行了什么会议`, `座谈会开完的第二天举行了什么活动`,
//! `8月16日在上海举行的是哪一年的座谈会`. A day names one year's meeting, forum or press conference
//! exactly, so it picks among them where a year or a place alone would name several.

use super::Ctx;
use super::reading::Event;
use super::reply::{Reply, forum_name, meeting_name};
use super::tagger::cue;
use crate::engine::model::{Date, Evidence};

/// Whether the question asks which event was held, not a fact of one named.
pub fn asks_event(t: &str) -> bool {
    ["什么会", "什么活动", "哪个会", "哪些活动", "哪场会", "哪一场", "什么论坛", "哪些会", "什么重要活动"]
        .iter()
        .any(|w| t.contains(w))
}

/// The day after the meeting closed, asked as 开完的第二天, 结束后的次日.
fn day_after_meeting(t: &str) -> bool {
    ["第二天", "次日", "后一天", "翌日", "隔天"].iter().any(|w| t.contains(w))
        && ["开完", "结束", "闭幕", "之后", "以后", "后的"].iter().any(|w| t.contains(w))
}

fn next_day(d: Date) -> Date {
    let leap = d.year % 4 == 0 && (d.year % 100 != 0 || d.year % 400 == 0);
    let len = match d.month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match (d.day < len, d.month < 12) {
        (true, _) => Date { day: d.day + 1, ..d },
        (false, true) => Date { month: d.month + 1, day: 1, ..d },
        (false, false) => Date { year: d.year + 1, month: 1, day: 1 },
    }
}

impl Ctx<'_> {
    /// The day the question names: a year with its month and day, or the day after that year's meeting.
    fn named_day(&self) -> Option<Date> {
        let r = self.r;
        let [y] = r.years[..] else { return None };
        if let Some((month, day)) = r.month_day {
            return Some(Date { year: y, month, day });
        }
        if r.event == Event::Meeting && day_after_meeting(&r.text) {
            return self.kb.meetings.get(&y)?.dates.get().map(|s| next_day(s.end));
        }
        None
    }

    /// What was held on the day named: the meeting, its press conference, the forum.
    pub fn events_on_day(&self) -> Option<Reply> {
        if !asks_event(&self.r.text) {
            return None;
        }
        let day = self.named_day()?;
        let mut names = Vec::new();
        let mut ev: Vec<&Evidence> = Vec::new();
        if let Some(m) = self.kb.meetings.get(&day.year) {
            if let Some(s) = m.dates.primary()
                && s.value.start <= day
                && day <= s.value.end
            {
                names.push(meeting_name(day.year));
                ev.extend(s.evidence.iter());
            }
            if let Some(p) = m.press.date.primary()
                && p.value == day
            {
                names.push(format!("{}的成果发布会", meeting_name(day.year)));
                ev.extend(p.evidence.iter());
            }
        }
        if let Some(f) = self.kb.forums.get(&day.year)
            && let Some(d) = f.date.primary()
            && d.value == day
        {
            names.push(forum_name(day.year, f.edition.get().copied()));
            ev.extend(d.evidence.iter());
        }
        if names.is_empty() {
            return Some(
                Reply::not_found(
                    "event.by_day",
                    format!("语料中没有{}年{}月{}日举行的活动。", day.year, day.month, day.day),
                )
                .years(&[day.year])
                .rule("day.events_none"),
            );
        }
        let answer = super::text::join(&names);
        let sentence = format!("{}年{}月{}日举行的有：{answer}。", day.year, day.month, day.day);
        Some(Reply::answered("event.by_day", answer, sentence).years(&[day.year]).evidence(ev).rule("day.events"))
    }

    /// 8月16日在上海举行的是哪一年的座谈会: the meetings whose days include the one named, at the
    /// place named if any.
    pub fn meeting_years_by_day(&self) -> Option<Reply> {
        let r = self.r;
        let (mo, d) = r.month_day?;
        if !r.asks.has(cue::WHICH_YEAR) || !r.years.is_empty() || r.event != Event::Meeting {
            return None;
        }
        let place = self.r.places.first();
        let ys: Vec<i32> = self
            .kb
            .meetings
            .values()
            .filter(|m| {
                m.dates.get().is_some_and(|s| s.covers(mo, d))
                    && place.is_none_or(|p| m.place.get().is_some_and(|pl| p.is_at(pl)))
            })
            .map(|m| m.year)
            .collect();
        if ys.is_empty() && place.is_some() {
            // Both the day and the place were named and no meeting had both: answering from the
            // place alone would give a meeting held on another day.
            return Some(Reply::not_found(
                "meeting.year_by_day",
                format!("语料中没有{mo}月{d}日在该地举行的座谈会。{}", self.known_meetings()),
            ));
        }
        (!ys.is_empty()).then(|| self.date(&ys, false))
    }
}
