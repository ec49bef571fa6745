//! Questions over the series of meetings the corpus records, each answered as what the corpus
//! records and never as a rule of the series: whether every meeting was held in one month or
//! lasted so many days (每年都在6月举行吗, 是不是每次都开两天), which month they are usually held in
//! (一般在几月), and which meeting had the most or fewest leaders attending (哪次出席的人最多).

use super::reading::Event;
use super::reply::Reply;
use super::resolve::held_by;
use super::tagger::cue;
use super::text::{join, years_text};
use super::{Ctx, settle};
use crate::engine::model::{DateSpan, Meeting};

/// Days a meeting lasted, both ends counted.
fn days(span: &DateSpan) -> i64 {
    super::meeting::day_count(span.start, span.end)
}

impl Ctx<'_> {
    /// The meetings held by `as_of` whose dates are known.
    fn dated(&self) -> Vec<(&Meeting, &DateSpan)> {
        self.kb.meetings.values().filter(|m| held_by(m, self.as_of)).filter_map(|m| Some((m, m.dates.get()?))).collect()
    }

    pub fn series(&self) -> Option<Reply> {
        let r = self.r;
        // 按月份算哪年开得最早: 最早 is the date within the year, not the first meeting.
        let within_year = matches!(r.rel, Some(super::reading::Rel::First | super::reading::Rel::Latest))
            && r.scan().has(cue::WITHIN_YEAR);
        if r.event != Event::Meeting || !r.years.is_empty() || (r.rel.is_some() && !within_year) || !r.places.is_empty()
        {
            return None;
        }
        let t = r.scan();
        let every = t.has(cue::EVERY_TIME);
        if every && r.asks.has(cue::ASKS_YES_NO) {
            if let Some(month) = r.month {
                return self.every_in_month(month);
            }
            if let Some((n, _)) = settle::counts(&settle::digits(&r.text)).into_iter().find(|&(_, u)| u == '天') {
                return self.every_lasting(n as i64);
            }
        }
        let usual = t.has(cue::USUAL);
        if usual && t.has(cue::MONTH_ASKED) && r.month.is_none() {
            // 最常在哪个月: the month most of them were held in, asked as such.
            let mode = ["最常", "最多"].iter().any(|w| r.text.contains(w));
            return Some(self.usual_month(mode));
        }
        // 按月份算哪一年开得最晚: the date within its year, not the year.
        let extreme = t.has(cue::EXTREME);
        if extreme && t.has(cue::WITHIN_YEAR) {
            return self.latest_in_year(t.has(cue::LATEST_IN_YEAR));
        }
        let most = t.has(cue::MOST);
        let which = t.has(cue::WHICH_MEETING);
        let people = t.has(cue::ATTENDANCE);
        // 哪一年应邀出席的中央部门最多: the bodies invited, counted per meeting.
        if most && which && r.asks.has(cue::INVITED) {
            return Some(self.most_invited(!r.text.contains("最少")));
        }
        if most && which && people {
            return Some(self.most_attendees(!r.text.contains("最少")));
        }
        None
    }

    /// 长三角地区主要领导座谈会每年都在6月举行吗.
    fn every_in_month(&self, month: u32) -> Option<Reply> {
        const INTENT: &str = "aggregate.every_month";
        let dated = self.dated();
        if dated.len() < 2 {
            return None;
        }
        let (inside, outside): (Vec<_>, Vec<_>) =
            dated.iter().partition(|(_, d)| d.start.month == month || d.end.month == month);
        let each: Vec<String> = dated.iter().map(|(m, d)| format!("{}年{}", m.year, d.chinese())).collect();
        let (answer, verdict) = if outside.is_empty() {
            ("是".to_string(), format!("语料记载的{}次座谈会都在{month}月举行", dated.len()))
        } else {
            let ys: Vec<i32> = inside.iter().map(|(m, _)| m.year).collect();
            let lead = if ys.is_empty() {
                super::reply::NO.to_string()
            } else {
                format!("否（不是），只有{}在{month}月", years_text(&ys))
            };
            (
                lead,
                format!(
                    "不是。语料记载的{}次座谈会中，{}在{month}月举行",
                    dated.len(),
                    if ys.is_empty() { "没有一次".to_string() } else { years_text(&ys) }
                ),
            )
        };
        let ev = dated.iter().filter_map(|(m, _)| m.dates.primary()).flat_map(|p| p.evidence.iter());
        let years: Vec<i32> = dated.iter().map(|(m, _)| m.year).collect();
        Some(
            Reply::answered(INTENT, answer, format!("{verdict}（{}）。", join(&each)))
                .years(&years)
                .evidence(ev)
                .rule(INTENT),
        )
    }

    /// 按月份算，哪一年的座谈会开得最晚: the meeting whose start falls latest (or earliest) in its year.
    fn latest_in_year(&self, latest: bool) -> Option<Reply> {
        const INTENT: &str = "aggregate.latest_in_year";
        let dated = self.dated();
        let key = |d: &DateSpan| (d.start.month, d.start.day);
        let pick =
            if latest { dated.iter().map(|(_, d)| key(d)).max()? } else { dated.iter().map(|(_, d)| key(d)).min()? };
        let top: Vec<i32> = dated.iter().filter(|(_, d)| key(d) == pick).map(|(m, _)| m.year).collect();
        let each: Vec<String> = dated.iter().map(|(m, d)| format!("{}年{}", m.year, d.chinese())).collect();
        let word = if latest { "最晚" } else { "最早" };
        let ev = dated
            .iter()
            .filter(|(m, _)| top.contains(&m.year))
            .filter_map(|(m, _)| m.dates.primary())
            .flat_map(|p| p.evidence.iter());
        Some(
            Reply::answered(
                INTENT,
                format!("{}（{}月{}日）", years_text(&top), pick.0, pick.1),
                format!("按一年中的日期，语料记载的座谈会里{}的开得{word}（{}）。", years_text(&top), join(&each)),
            )
            .years(&top)
            .evidence(ev)
            .rule(INTENT),
        )
    }

    /// 座谈会是不是每次都开两天.
    fn every_lasting(&self, n: i64) -> Option<Reply> {
        const INTENT: &str = "aggregate.every_duration";
        let dated = self.dated();
        if dated.len() < 2 {
            return None;
        }
        let other: Vec<String> = dated
            .iter()
            .filter(|(_, d)| days(d) != n)
            .map(|(m, d)| format!("{}年开了{}天（{}）", m.year, days(d), d.chinese()))
            .collect();
        let each: Vec<String> = dated.iter().map(|(m, d)| format!("{}年{}天", m.year, days(d))).collect();
        let (answer, sentence) = if other.is_empty() {
            ("是".to_string(), format!("语料记载的{}次座谈会都开了{n}天（{}）。", dated.len(), join(&each)))
        } else {
            (format!("否（不是），{}", join(&other)), format!("不是。语料记载的座谈会会期：{}。", join(&each)))
        };
        let ev = dated.iter().filter_map(|(m, _)| m.dates.primary()).flat_map(|p| p.evidence.iter());
        let years: Vec<i32> = dated.iter().map(|(m, _)| m.year).collect();
        Some(Reply::answered(INTENT, answer, sentence).years(&years).evidence(ev).rule(INTENT))
    }

    /// 座谈会一般在几月召开: one month only when every recorded meeting was held in it.
    fn usual_month(&self, mode: bool) -> Reply {
        const INTENT: &str = "aggregate.usual_month";
        let dated = self.dated();
        let each: Vec<String> = dated.iter().map(|(m, d)| format!("{}年{}", m.year, d.chinese())).collect();
        let mut months: Vec<u32> = dated.iter().map(|(_, d)| d.start.month).collect();
        months.sort_unstable();
        months.dedup();
        let held_in = |month: u32| -> Vec<i32> {
            dated.iter().filter(|(_, d)| d.start.month == month).map(|(m, _)| m.year).collect()
        };
        let most = months.iter().map(|&m| held_in(m).len()).max().unwrap_or(0);
        let modes: Vec<u32> = months.iter().copied().filter(|&m| held_in(m).len() == most).collect();
        if mode
            && months.len() >= 2
            && let [m] = modes[..]
            && most >= 2
        {
            let ys = held_in(m);
            return Reply::answered(
                INTENT,
                format!("{m}月"),
                format!(
                    "语料记载的{}次座谈会中，{m}月举行的最多（{}次：{}）；报道没有说这是固定的惯例。各次日期：{}。",
                    dated.len(),
                    ys.len(),
                    super::text::years_text(&ys),
                    join(&each)
                ),
            )
            .years(&ys)
            .rule(INTENT);
        }
        match months[..] {
            [] => Reply::not_found(INTENT, self.known_meetings()),
            [m] if dated.len() >= 2 => Reply::answered(
                INTENT,
                format!("{m}月"),
                format!(
                    "语料记载的{}次座谈会都在{m}月举行（{}）；报道没有说这是固定的惯例。",
                    dated.len(),
                    join(&each)
                ),
            )
            .years(&dated.iter().map(|(m, _)| m.year).collect::<Vec<_>>())
            .rule(INTENT),
            _ => Reply::not_found(
                INTENT,
                format!("报道没有说座谈会固定在哪个月召开，语料记载的各次也不在同一个月：{}。", join(&each)),
            )
            .rule(INTENT),
        }
    }

    /// The meetings a count is recorded for (`count` is `None` where the report records nothing),
    /// and the years holding the most (or the fewest).
    fn extreme_by<F: Fn(&Meeting) -> Option<usize>>(&self, count: F, most: bool) -> Option<Extreme> {
        let counted: Vec<(i32, usize)> = self.kb.meetings.values().filter_map(|m| Some((m.year, count(m)?))).collect();
        let best = if most { counted.iter().map(|c| c.1).max() } else { counted.iter().map(|c| c.1).min() }?;
        let top: Vec<i32> = counted.iter().filter(|c| c.1 == best).map(|c| c.0).collect();
        Some(Extreme { counted, top, best })
    }

    /// 哪次座谈会应邀出席的中央部门最多: the bodies each report names as invited.
    fn most_invited(&self, most: bool) -> Reply {
        const INTENT: &str = "aggregate.most_invited";
        let Some(Extreme { counted, top, best }) =
            self.extreme_by(|m| (!m.invited.is_empty()).then_some(m.invited.len()), most)
        else {
            return Reply::not_found(INTENT, "语料记载的座谈会报道中没有应邀出席的中央部门。");
        };
        let each: Vec<String> = counted
            .iter()
            .map(|(y, _)| {
                let bodies: Vec<String> = self.kb.meetings[y].invited.iter().map(|i| i.value.clone()).collect();
                format!("{y}年：{}", join(&bodies))
            })
            .collect();
        let word = if most { "最多" } else { "最少" };
        let unrecorded = self.kb.meetings.values().any(|m| !m.attendees.is_empty() && m.invited.is_empty());
        let sentence = format!(
            "语料记载的报道中，{}的座谈会应邀出席的中央部门{word}，{best}个（{}）{}。",
            years_text(&top),
            each.join("；"),
            if unrecorded { "；其余各次的报道没有记载应邀出席的部门" } else { "" }
        );
        let ev = top.iter().flat_map(|y| self.kb.meetings[y].invited.iter().flat_map(|i| i.evidence.iter()));
        Reply::answered(INTENT, format!("{}（{best}个）", years_text(&top)), sentence)
            .years(&top)
            .evidence(ev)
            .rule(INTENT)
    }

    /// 哪次座谈会出席的人最多: the leaders each report lists as attending, counted per meeting.
    fn most_attendees(&self, most: bool) -> Reply {
        const INTENT: &str = "aggregate.most_attendees";
        let Some(Extreme { counted, top, best }) =
            self.extreme_by(|m| (!m.attendees.is_empty()).then_some(m.attendees.len()), most)
        else {
            return Reply::not_found(INTENT, self.known_meetings());
        };
        let each: Vec<String> = counted.iter().map(|(y, n)| format!("{y}年{n}人")).collect();
        let word = if most { "最多" } else { "最少" };
        let (answer, sentence) = if top.len() == counted.len() && counted.len() > 1 {
            (
                format!("各次人数相同（{}，各{best}人）", years_text(&top)),
                format!("语料记载的出席名单中，各次座谈会出席的领导人数相同，都是{best}人（{}）。", join(&each)),
            )
        } else {
            (
                format!("{}（{best}人）", years_text(&top)),
                format!(
                    "语料记载的出席名单中，{}的座谈会出席的领导{word}，{best}人（{}）。",
                    years_text(&top),
                    join(&each)
                ),
            )
        };
        let ev = top.iter().flat_map(|y| self.kb.meetings[y].attendees.iter().flat_map(|a| a.evidence.iter()));
        Reply::answered(INTENT, answer, sentence).years(&top).evidence(ev).rule(INTENT)
    }
}

/// A count per meeting, and the meetings at its extreme.
struct Extreme {
    /// (year, count) of every meeting with a count, in year order.
    counted: Vec<(i32, usize)>,
    /// The years at the extreme.
    top: Vec<i32>,
    /// The extreme count.
    best: usize,
}
