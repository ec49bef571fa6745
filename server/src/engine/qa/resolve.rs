//! Which meeting (or forum) a question means: explicit years, relative references read against
//! `as_of` (最近一次 = the last meeting held by then, 下一届 = the first after it, 今年 / 明年,
//! 2024年之后的一届), or an identifying fact (温州那次, the meeting that adopted 《…》, the one
//! whose theme was …). Also says, for NOT_FOUND replies, what the corpus does know.

use super::Ctx;
use super::reading::Rel;
use super::reply::meeting_name;
use super::tagger::cue;
use super::text::join;
use crate::engine::gazetteer;
use crate::engine::model::{Date, Meeting};

/// Whether the meeting had taken place by `as_of`.
pub fn held_by(m: &Meeting, as_of: Date) -> bool {
    match m.dates.get() {
        Some(d) => d.end <= as_of,
        None => m.year < as_of.year,
    }
}

impl Ctx<'_> {
    /// The meeting a report states was the series' first (`首次长三角地区主要领导座谈会在…举行`),
    /// when exactly one is.
    pub fn stated_first(&self) -> Option<i32> {
        let firsts: Vec<i32> = self
            .kb
            .meetings
            .values()
            .filter(|m| m.series.values.iter().any(|s| s.value.nth == 1))
            .map(|m| m.year)
            .collect();
        match firsts[..] {
            [y] => Some(y),
            _ => None,
        }
    }

    /// The meetings `name` chaired, or whose results conference they chaired: either names the
    /// meeting (`鲁定安主持的那次座谈会`).
    pub fn years_chaired(&self, name: &str) -> Vec<i32> {
        self.kb
            .meetings
            .values()
            .filter(|m| m.presider.values.iter().chain(&m.press.presider.values).any(|p| p.value == name))
            .map(|m| m.year)
            .collect()
    }

    /// The meeting years the question is about.
    pub fn meeting_years(&self) -> Vec<i32> {
        let r = self.r;
        let kb = self.kb;
        if r.range {
            return kb.meetings.range(r.years[0]..=r.years[1]).map(|(y, _)| *y).collect();
        }
        // 2022年以来: the meetings held since, not those only decided.
        if r.since {
            return kb.meetings.range(r.years[0]..).filter(|(_, m)| !m.is_decided_only()).map(|(y, _)| *y).collect();
        }
        if let Some(n) = r.last_n
            && r.years.is_empty()
        {
            let held: Vec<i32> = kb.meetings.values().filter(|m| held_by(m, self.as_of)).map(|m| m.year).collect();
            return held[held.len().saturating_sub(n as usize)..].to_vec();
        }
        if !r.years.is_empty() {
            let years = match r.rel {
                Some(Rel::After)
                    if ["后一年", "之后一年", "下一年"].iter().any(|w| r.text.contains(w))
                        && !r.text.contains("下一年度") =>
                {
                    r.years.iter().map(|&y| y + 1).collect()
                }
                // 2022年之后第一次在安徽召开的: the first the place hosted after the year named.
                Some(Rel::After) if r.asks.has(cue::FIRST_MEETING) && !r.places.is_empty() => {
                    let hosted = match (r.city(), r.province()) {
                        (Some(c), _) => self.years_hosted_by(&c.name, false),
                        (None, Some(p)) => self.years_hosted_by(p, true),
                        _ => Vec::new(),
                    };
                    r.years.iter().filter_map(|&y| hosted.iter().copied().find(|&h| h > y)).collect()
                }
                Some(Rel::After) => r.years.iter().filter_map(|&y| self.meeting_after(y)).collect(),
                // 2022年度座谈会之前一年: the year before, known or not; 前一届: the meeting before.
                Some(Rel::Before) if ["前一年", "之前一年", "上一年"].iter().any(|w| r.text.contains(w)) => {
                    r.years.iter().map(|&y| y - 1).collect()
                }
                Some(Rel::Shift(k)) => r.years.iter().map(|&y| y + k).collect(),
                Some(Rel::Before) => {
                    r.years.iter().filter_map(|&y| kb.meetings.range(..y).next_back().map(|(k, _)| *k)).collect()
                }
                _ => r.years.clone(),
            };
            return years;
        }
        if !r.offsets.is_empty() {
            return r.offsets.iter().map(|k| self.as_of.year + k).collect();
        }
        match r.rel {
            Some(Rel::Latest) => return self.latest_held().into_iter().collect(),
            Some(Rel::Next) => {
                let latest = self.latest_held();
                let next = match latest {
                    Some(y) => self.meeting_after(y),
                    None => kb.meetings.keys().next().copied(),
                };
                return next.into_iter().collect();
            }
            // 首次在温州召开: the first of the meetings a place hosted.
            Some(Rel::First) => {
                // 最早那次座谈会的安徽省委书记: a province named with an office is the office's.
                let office =
                    r.asks.has(cue::ASKS_SECRETARY) || r.asks.has(cue::GOVERNOR) || r.asks.has(cue::DEPUTY_SECRETARY);
                let hosted = match (r.city(), r.province()) {
                    (Some(c), _) => Some(self.years_hosted_by(&c.name, false)),
                    (None, Some(p)) if !office => Some(self.years_hosted_by(p, true)),
                    _ => None,
                };
                // 历史上第一次在安徽召开: the history, which a corpus of some years cannot tell.
                let history = ["历史上", "史上", "有史以来", "历届中", "历来"].iter().any(|w| r.text.contains(w));
                return match hosted {
                    Some(_) if history => Vec::new(),
                    Some(ys) => ys.first().copied().into_iter().collect(),
                    // The series' first, as a report states it (首次…座谈会在翠岑举行), else the
                    // corpus's earliest.
                    None => self.stated_first().or_else(|| kb.meetings.keys().next().copied()).into_iter().collect(),
                };
            }
            Some(Rel::Offset(k)) => return vec![self.as_of.year + k],
            // 温州开座谈会那年的前一年: from the year the place names.
            Some(Rel::Shift(k)) => return self.years_by_fact(false, true, true).iter().map(|&y| y + k).collect(),
            _ => {}
        }
        Vec::new()
    }

    /// The years identified by a fact the question names (a host city, a document, a theme),
    /// when no year is given.
    pub fn years_by_fact(&self, skip_place: bool, skip_theme: bool, skip_doc: bool) -> Vec<i32> {
        let r = self.r;
        if !skip_place && let Some(city) = r.city() {
            let ys = self.years_hosted_by(&city.name, false);
            if !ys.is_empty() {
                return ys;
            }
        }
        // A province names meetings only as the venue (上海那次, 在浙江召开的座谈会).
        if !skip_place
            && r.city().is_none()
            && r.place_event
            && let Some(p) = r.province()
        {
            let ys = self.years_hosted_by(p, true);
            if !ys.is_empty() {
                return ys;
            }
        }
        if !skip_theme && !r.themes.is_empty() {
            let mut ys: Vec<i32> = r.themes.iter().map(|&i| self.lex.themes[i].year).collect();
            ys.dedup();
            return ys;
        }
        if !skip_doc && !r.docs.is_empty() {
            let mut ys: Vec<i32> = r
                .docs
                .iter()
                .map(|&i| &self.lex.docs[i])
                .filter(|d| d.action.is_some_and(|a| a.is_passed()))
                .map(|d| d.year)
                .collect();
            ys.dedup();
            return ys;
        }
        Vec::new()
    }

    /// The meetings that acted on the documents the question names in any way (审议, 通过).
    pub fn years_acted_on(&self) -> Vec<i32> {
        let mut ys: Vec<i32> =
            self.r.docs.iter().map(|&i| &self.lex.docs[i]).filter(|d| d.action.is_some()).map(|d| d.year).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    }

    /// Meetings held (or decided) in a city or province.
    pub fn years_hosted_by(&self, name: &str, province: bool) -> Vec<i32> {
        self.kb
            .meetings
            .values()
            .filter(|m| {
                m.place.get().is_some_and(
                    |p| {
                        if province { p.province == name } else { p.city.as_deref() == Some(name) }
                    },
                )
            })
            // 在青浦开的那次: of Shanghai's meetings, those a report puts in that district.
            .filter(|m| match self.r.district {
                Some(d) if !province && name == "上海" => {
                    m.place.primary().and_then(|p| super::meeting::shanghai_district(&p.evidence)).as_deref() == Some(d)
                }
                _ => true,
            })
            .map(|m| m.year)
            .collect()
    }

    /// The last meeting held by `as_of`.
    pub fn latest_held(&self) -> Option<i32> {
        self.kb.meetings.values().filter(|m| held_by(m, self.as_of)).map(|m| m.year).max()
    }

    /// The meeting after `year`: the one it decided, else the next year the corpus knows.
    pub fn meeting_after(&self, year: i32) -> Option<i32> {
        if let Some(m) = self.kb.meetings.get(&year)
            && let Some(n) = m.next.get()
        {
            return Some(n.year);
        }
        self.kb.meetings.range(year + 1..).next().map(|(k, _)| *k)
    }

    /// What the corpus knows about meetings, for a NOT_FOUND reply.
    pub fn known_meetings(&self) -> String {
        let held: Vec<String> =
            self.kb.meetings.values().filter(|m| !m.is_decided_only()).map(|m| format!("{}年度", m.year)).collect();
        let decided: Vec<String> = self
            .kb
            .meetings
            .values()
            .filter(|m| m.is_decided_only())
            .map(|m| match m.place.get() {
                Some(p) => format!("{}年度（仅知在{}召开）", m.year, gazetteer::province_full(&p.province)),
                None => format!("{}年度", m.year),
            })
            .collect();
        match (held.is_empty(), decided.is_empty()) {
            (true, true) => "语料中还没有任何座谈会的记录。".to_string(),
            (false, true) => format!("语料记载的座谈会有：{}。", join(&held)),
            (true, false) => format!("语料只记载了{}。", join(&decided)),
            (false, false) => format!("语料记载的座谈会有：{}；另有{}。", join(&held), join(&decided)),
        }
    }

    /// What the corpus knows about a meeting that lacks the fact asked.
    pub fn known_about(&self, year: i32) -> String {
        let Some(m) = self.kb.meetings.get(&year) else {
            return format!("语料中没有{}的记录。{}", meeting_name(year), self.known_meetings());
        };
        if m.is_decided_only() {
            let place = m.place.get().map(|p| p.full_name()).unwrap_or_default();
            let by = m.decided_by.get().copied().or_else(|| {
                self.kb.meetings.values().find(|x| x.next.get().is_some_and(|n| n.year == year)).map(|x| x.year)
            });
            return match by {
                Some(b) => {
                    format!("语料只知道{}确定{year}年度座谈会在{place}召开，其余情况未见报道。", meeting_name(b))
                }
                None => format!("语料只知道{year}年度座谈会在{place}召开，其余情况未见报道。"),
            };
        }
        let mut known = Vec::new();
        if let Some(p) = m.place.get() {
            known.push(format!("举办地（{}）", p.full_name()));
        }
        if let Some(d) = m.dates.get() {
            known.push(format!("日期（{}）", d.chinese()));
        }
        if !m.theme.is_empty() {
            known.push("主题".to_string());
        }
        if !m.attendees.is_empty() {
            known.push("出席人员".to_string());
        }
        if !m.documents.is_empty() {
            known.push("审议的文件".to_string());
        }
        format!("语料关于{}记载了{}。", meeting_name(year), join(&known))
    }
}
