//! Answers across meetings: which years a city or province hosted (and how often, or whether
//! ever), every location by year, how many meetings the corpus knows; and the document
//! questions that cross years: which meeting adopted a document, and whether a given meeting did.

use super::Ctx;
use super::reading::PlaceRef;
use super::reply::{Reply, meeting_name};
use super::resolve::held_by;
use super::text::{join, years_text};
use crate::engine::gazetteer;
use crate::engine::model::Evidence;

impl Ctx<'_> {
    fn hosted(&self, place: &PlaceRef) -> (Vec<i32>, Vec<i32>, Vec<Evidence>) {
        let years = self.years_hosted_by(&place.name, place.is_province);
        // 2271年到2276年间上海承办过几次, 2022年以来: the years the question bounds.
        let r = self.r;
        let years: Vec<i32> = if r.range {
            years.into_iter().filter(|y| (r.years[0]..=r.years[1]).contains(y)).collect()
        } else if r.since {
            years.into_iter().filter(|y| *y >= r.years[0]).collect()
        } else {
            years
        };
        let mut held = Vec::new();
        let mut planned = Vec::new();
        let mut ev = Vec::new();
        for y in years {
            let m = &self.kb.meetings[&y];
            if let Some(p) = m.place.primary() {
                ev.extend(p.evidence.iter().cloned());
            }
            if held_by(m, self.as_of) && !m.is_decided_only() { held.push(y) } else { planned.push(y) }
        }
        (held, planned, ev)
    }

    fn place_label(place: &PlaceRef) -> String {
        if place.is_province { gazetteer::province_full(&place.name) } else { gazetteer::city_full(&place.name) }
    }

    /// Which years a place hosted (or, with `count`, how many times; with `check`, whether ever).
    /// 座谈会每年都在上海开吗: whether every meeting held was held at `place`.
    pub fn hosted_every(&self, place: &PlaceRef) -> Reply {
        const INTENT: &str = "aggregate.hosted_every";
        let (held, _, ev) = self.hosted(place);
        let label = Self::place_label(place);
        let all: Vec<i32> = self.kb.meetings.values().filter(|m| !m.is_decided_only()).map(|m| m.year).collect();
        if all.is_empty() {
            return Reply::not_found(INTENT, self.known_meetings());
        }
        let elsewhere: Vec<i32> = all.iter().copied().filter(|y| !held.contains(y)).collect();
        let (answer, sentence) = if elsewhere.is_empty() {
            ("是".to_string(), format!("语料记载的座谈会（{}）都在{label}举行。", years_text(&all)))
        } else if held.is_empty() {
            (super::reply::NO.to_string(), format!("语料记载的座谈会没有一次在{label}举行。"))
        } else {
            (
                format!("否（不是），只有{}在{label}", years_text(&held)),
                format!("不是。在{label}举行的是{}；{}在别处举行。", years_text(&held), years_text(&elsewhere)),
            )
        };
        Reply::answered(INTENT, answer, sentence).years(&held).evidence(&ev).rule(INTENT)
    }

    pub fn years_by_place(&self, place: &PlaceRef, count: bool, check: bool) -> Reply {
        let intent = match (count, check) {
            (true, _) => "aggregate.host_count",
            (_, true) => "aggregate.hosted_check",
            _ => "meeting.year_by_place",
        };
        let (held, planned, ev) = self.hosted(place);
        let label = Self::place_label(place);
        let detail = |ys: &[i32]| -> String {
            ys.iter()
                .map(|y| {
                    let p = self.kb.meetings[y].place.get().map(|p| p.full_name()).unwrap_or_default();
                    if place.is_province && p != label { format!("{y}年（{p}）") } else { format!("{y}年") }
                })
                .collect::<Vec<_>>()
                .join("、")
        };
        let planned_note = if planned.is_empty() {
            String::new()
        } else {
            format!(
                "另已确定{}年度座谈会在{label}召开。",
                planned.iter().map(|y| y.to_string()).collect::<Vec<_>>().join("、")
            )
        };
        if held.is_empty() && planned.is_empty() {
            let answer = if count {
                "0次".to_string()
            } else if check {
                super::reply::NO.to_string()
            } else {
                String::new()
            };
            let sentence = format!("语料中没有在{label}举行的长三角地区主要领导座谈会。{}", self.known_meetings());
            if count || check {
                return Reply::answered(intent, answer, sentence).rule("aggregate.place");
            }
            return Reply::not_found(intent, sentence);
        }
        let all: Vec<i32> = held.iter().chain(&planned).copied().collect();
        // 2501—2508年间上海第三次承办座谈会是哪一年: the nth of the years held there, or a false
        // premise when the place hosted fewer.
        if !count
            && !check
            && let Some(n) = super::text::hosting_ordinal(&self.r.text)
        {
            let sentence = format!("语料记载在{label}举行的座谈会：{}，共{}次", detail(&held), held.len());
            return match held.get(n as usize - 1) {
                Some(&y) => Reply::answered(intent, format!("{y}年"), format!("{sentence}；第{n}次是{y}年。"))
                    .years(&[y])
                    .evidence(
                        self.kb.meetings[&y].place.primary().map(|p| p.evidence.clone()).unwrap_or_default().iter(),
                    )
                    .rule("aggregate.place_nth"),
                None => Reply::not_found(intent, format!("问题的前提有误：{sentence}，没有第{n}次。"))
                    .years(&held)
                    .evidence(&ev)
                    .rule("aggregate.place_nth"),
            };
        }
        let answer = if count {
            // What the corpus records, never presented as the series' total.
            if planned.is_empty() {
                format!("语料记载{}次（{}）", held.len(), detail(&held))
            } else if held.is_empty() {
                format!("语料记载0次，另已确定{}", years_text(&planned))
            } else {
                format!("语料记载{}次（{}），另已确定{}", held.len(), detail(&held), years_text(&planned))
            }
        } else if check {
            if held.is_empty() {
                format!("尚未举办，已确定{}", detail(&planned))
            } else {
                format!("是，{}", detail(&held))
            }
        } else {
            detail(&all)
        };
        let sentence = if held.is_empty() {
            planned_note.clone()
        } else {
            format!(
                "语料记载在{label}举行的座谈会：{}，共{}次；历届总数语料未载。{planned_note}",
                detail(&held),
                held.len()
            )
        };
        Reply::answered(intent, answer, sentence).years(&all).evidence(&ev).rule("aggregate.place")
    }

    /// 资料中报道了哪几个年度的座谈会: the meetings the corpus records, as what it records.
    pub fn years_recorded(&self) -> Reply {
        const INTENT: &str = "aggregate.years";
        let held: Vec<i32> = self.kb.meetings.values().filter(|m| !m.is_decided_only()).map(|m| m.year).collect();
        if held.is_empty() {
            return Reply::not_found(INTENT, self.known_meetings());
        }
        let answer = held.iter().map(|y| format!("{y}年度")).collect::<Vec<_>>().join("、");
        Reply::answered(INTENT, answer, self.known_meetings()).years(&held).rule("aggregate.years")
    }

    /// Every meeting's place, by year.
    pub fn all_locations(&self) -> Reply {
        const INTENT: &str = "aggregate.locations";
        let mut parts = Vec::new();
        let mut ev = Vec::new();
        let mut years = Vec::new();
        for m in self.kb.meetings.values() {
            let Some(p) = m.place.primary() else { continue };
            years.push(m.year);
            ev.extend(p.evidence.iter());
            let note = if m.is_decided_only() { "（已确定，城市未载）" } else { "" };
            parts.push(format!("{}年：{}{note}", m.year, p.value.full_name()));
        }
        if parts.is_empty() {
            return Reply::not_found(INTENT, self.known_meetings());
        }
        let sentence = format!("历年长三角地区主要领导座谈会的举办地：{}。", parts.join("；"));
        Reply::answered(INTENT, parts.join("；"), sentence).years(&years).evidence(ev).rule("aggregate.locations")
    }

    /// How many meetings the corpus knows (held by `as_of`, and decided).
    pub fn meeting_count(&self) -> Reply {
        const INTENT: &str = "aggregate.meeting_count";
        let held: Vec<i32> = self
            .kb
            .meetings
            .values()
            .filter(|m| !m.is_decided_only() && held_by(m, self.as_of))
            .map(|m| m.year)
            .collect();
        let sentence = format!("语料记载了{}次座谈会（{}）。{}", held.len(), years_text(&held), self.known_meetings());
        Reply::answered(INTENT, format!("{}次", held.len()), sentence).years(&held).rule("aggregate.count")
    }

    /// The meeting that adopted the document the question names.
    /// 2024年座谈会审议通过的三年行动计划全称是什么: the titles of the documents named.
    pub fn document_titles(&self) -> Reply {
        const INTENT: &str = "document.title";
        let mut docs: Vec<_> = self.r.docs.iter().map(|&i| &self.lex.docs[i]).collect();
        if !self.r.years.is_empty() && docs.iter().any(|d| self.r.years.contains(&d.year)) {
            docs.retain(|d| self.r.years.contains(&d.year));
        }
        let mut titles: Vec<String> = Vec::new();
        for d in &docs {
            let t = format!("《{}》", d.title);
            if !titles.contains(&t) {
                titles.push(t);
            }
        }
        let sentences: String = docs
            .iter()
            .map(|d| {
                format!("{}{}《{}》。", meeting_name(d.year), if d.action.is_some() { "审议" } else { "提及" }, d.title)
            })
            .collect();
        let years: Vec<i32> = docs.iter().map(|d| d.year).collect();
        Reply::answered(INTENT, join(&titles), sentences)
            .years(&years)
            .evidence(docs.iter().flat_map(|d| d.evidence.iter()))
            .rule(INTENT)
    }

    /// `《…协议》是在哪一年的论坛上签的`: a document signed at a forum, the one forum whose report
    /// tells it.
    pub fn document_forum(&self, title: &str) -> Option<Reply> {
        if !self.r.text.contains("论坛") {
            return None;
        }
        let told = self.deed_years()?;
        let [(y, e)] = &told[..] else { return None };
        let label = self.kb.forums.get(y).map(|f| self.forum_label(f)).unwrap_or_else(|| format!("{y}年论坛"));
        // 代表江苏签署《…》的是谁: who signed it is in the passage, not the forum's name.
        let answer = if super::said::deed_asked(&self.r.text).is_some() { e.quote.to_string() } else { label.clone() };
        Some(
            Reply::answered("document.forum", answer, format!("据{label}的报道：{}", e.quote))
                .years(&[*y])
                .evidence([e])
                .document(title)
                .rule("document.forum"),
        )
    }

    pub fn document_meeting(&self) -> Reply {
        const INTENT: &str = "document.meeting";
        let docs: Vec<_> = self.r.docs.iter().map(|&i| &self.lex.docs[i]).collect();
        let title = docs.first().map(|d| d.title.clone()).unwrap_or_default();
        let acted: Vec<_> = docs.iter().filter(|d| d.action.is_some()).collect();
        if acted.is_empty()
            && let Some(reply) = self.document_forum(&title)
        {
            return reply;
        }
        if acted.is_empty() {
            let cited: Vec<i32> = docs.iter().map(|d| d.year).collect();
            return Reply::not_found(
                INTENT,
                format!(
                    "语料中没有哪次座谈会审议通过《{title}》；{}只是引用了它。",
                    join(&cited.iter().map(|&y| meeting_name(y)).collect::<Vec<_>>())
                ),
            )
            .document(&title)
            .evidence(docs.iter().flat_map(|d| d.evidence.iter()));
        }
        let years: Vec<i32> = acted.iter().map(|d| d.year).collect();
        let sentences: Vec<String> = acted
            .iter()
            .map(|d| {
                let verb = if d.verb.is_empty() { "审议了" } else { d.verb.as_str() };
                format!("{}{verb}《{}》。", meeting_name(d.year), d.title)
            })
            .collect();
        let answer = join(&years.iter().map(|y| format!("{y}年度座谈会")).collect::<Vec<_>>());
        Reply::answered(INTENT, answer, sentences.concat())
            .years(&years)
            .evidence(acted.iter().flat_map(|d| d.evidence.iter()))
            .document(&title)
            .rule("document.meeting")
    }

    /// Whether the meeting of `year` adopted the document the question names.
    pub fn document_check(&self, year: i32) -> Reply {
        const INTENT: &str = "document.check";
        if let Err(r) = self.meeting(year, INTENT) {
            return r;
        }
        let docs: Vec<_> = self.r.docs.iter().map(|&i| &self.lex.docs[i]).collect();
        let title = docs.first().map(|d| d.title.clone()).unwrap_or_default();
        let here = docs.iter().find(|d| d.year == year && d.action.is_some());
        if let Some(d) = here {
            let passed = d.action.is_some_and(|a| a.is_passed());
            let verb = if d.verb.is_empty() { "审议了" } else { d.verb.as_str() };
            let answer = if passed || !self.r.text.contains("通过") {
                "是".to_string()
            } else {
                "只审议，未说通过".to_string()
            };
            return Reply::answered(INTENT, answer, format!("是的，{}{verb}《{}》。", meeting_name(year), d.title))
                .years(&[year])
                .evidence(&d.evidence)
                .document(&d.title)
                .rule("document.check");
        }
        let elsewhere: Vec<_> = docs.iter().filter(|d| d.action.is_some()).collect();
        let cited_here = docs.iter().any(|d| d.year == year && d.action.is_none());
        let mut answer = super::reply::NO.to_string();
        let mut sentence = format!("否（不是），{}没有审议通过《{title}》", meeting_name(year));
        if cited_here {
            sentence.push_str("（会上只是引用了它）");
        }
        let mut years = vec![year];
        if !elsewhere.is_empty() {
            let ys: Vec<i32> = elsewhere.iter().map(|d| d.year).collect();
            answer = format!(
                "否（不是），该文件是{}通过的",
                join(&ys.iter().map(|y| format!("{y}年度座谈会")).collect::<Vec<_>>())
            );
            let said: Vec<String> = elsewhere
                .iter()
                .map(|d| {
                    format!("{}{}", meeting_name(d.year), if d.verb.is_empty() { "审议了" } else { d.verb.as_str() })
                })
                .collect();
            sentence.push_str(&format!("；它是由{}的。", join(&said)));
            years.extend(ys);
        } else {
            sentence.push('。');
        }
        Reply::answered(INTENT, answer, sentence)
            .years(&years)
            .evidence(docs.iter().flat_map(|d| d.evidence.iter()))
            .document(&title)
            .rule("document.check")
    }
}
