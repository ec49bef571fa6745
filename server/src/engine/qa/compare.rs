//! Two meetings compared, each named by its year or by the place that hosted it: whether they
//! were held in the same province or city, how many years apart they were, and which came first
//! (2023年和2024年座谈会在同一个省吗, 2022年座谈会和2026年座谈会隔了几年, 合肥那次和温州那次哪个先开).
//! The meeting and the forum compared are `forum`'s.

use super::reading::Event;
use super::reply::{Reply, meeting_name};
use super::tagger::cue;
use super::{Ctx, premise};
use crate::engine::model::{Meeting, Place};

enum Asked {
    SameProvince,
    SameCity,
    Gap,
    First,
    SameDates,
    SameTheme,
}

impl Ctx<'_> {
    /// The two meetings the question names, in the order it names them.
    fn two_meetings(&self) -> Option<[&Meeting; 2]> {
        let r = self.r;
        let years: Vec<i32> = if r.years.len() == 2 {
            r.years.clone()
        } else if r.years.is_empty() {
            let places = premise::naming_places(self);
            let held: Vec<i32> = places
                .iter()
                .filter_map(|(p, _)| match premise::hosted(self, p)[..] {
                    [y] => Some(y),
                    _ => None,
                })
                .collect();
            if held.len() != places.len() {
                return None;
            }
            held
        } else {
            return None;
        };
        let [a, b] = years[..] else { return None };
        if a == b {
            return None;
        }
        Some([self.kb.meetings.get(&a)?, self.kb.meetings.get(&b)?])
    }

    /// 2023年和2024年出席座谈会的领导有变化吗, 两年论坛上讲话的书记有没有重复的人: who came (or
    /// spoke) at two meetings or forums, compared as sets of names.
    pub fn people_compared(&self) -> Option<Reply> {
        let r = self.r;
        const CHANGE: [&str; 11] = [
            "有变化",
            "变化吗",
            "有没有变化",
            "变了吗",
            "换人",
            "重复",
            "重合",
            "同一批",
            "一样吗",
            "相同吗",
            "是否相同",
        ];
        if r.years.len() != 2 || !CHANGE.iter().any(|w| r.text.contains(w)) || r.years[0] == r.years[1] {
            return None;
        }
        let t = r.scan();
        let forum = r.event == Event::Forum;
        let speak = t.has(cue::SPEAK);
        // (主要领导座谈会 names the meeting, not its people; 主题一样吗 compares another thing.)
        let bare = r.text.replace("主要领导人座谈会", "").replace("主要领导座谈会", "");
        let other_thing = t.has(cue::THEME) || t.has(cue::WHERE) || t.has(cue::WHEN) || t.has(cue::DOCS);
        if other_thing
            || !(t.has(cue::ATTEND) || speak || ["领导", "书记", "省长", "人"].iter().any(|w| bare.contains(w)))
        {
            return None;
        }
        // 都出席了的省(市)委书记: the office asked narrows both lists.
        let secretaries = bare.contains("书记") && !bare.contains("省长") && !bare.contains("市长");
        let governors = bare.contains("省长") || bare.contains("市长");
        let holds = |role: &str| {
            let governor = role.contains("省长") || role.contains("市长");
            (!secretaries || role.ends_with("书记") && !governor) && (!governors || governor)
        };
        let names = |y: i32| -> Option<Vec<String>> {
            let people: Vec<&crate::engine::model::Sourced<crate::engine::model::Attendee>> = if forum {
                let f = self.kb.forums.get(&y)?;
                let people = if speak && !f.speakers.is_empty() { &f.speakers } else { &f.attendees };
                people.iter().collect()
            } else {
                self.kb.meetings.get(&y)?.attendees.iter().collect()
            };
            let list: Vec<String> =
                people.iter().filter(|a| holds(&a.value.role)).map(|a| a.value.name.clone()).collect();
            (!list.is_empty()).then_some(list)
        };
        let (a, b) = (r.years[0], r.years[1]);
        let intent = if forum { "forum.compare" } else { "meeting.compare" };
        let (Some(na), Some(nb)) = (names(a), names(b)) else {
            let missing = if names(a).is_none() { a } else { b };
            return Some(Reply::not_found(intent, format!("语料没有{missing}年的这份名单。")).years(&[missing]));
        };
        let both: Vec<&String> = na.iter().filter(|n| nb.contains(n)).collect();
        let only_a: Vec<&String> = na.iter().filter(|n| !nb.contains(n)).collect();
        let only_b: Vec<&String> = nb.iter().filter(|n| !na.contains(n)).collect();
        let list = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("、");
        let asks_overlap = ["重复", "重合"].iter().any(|w| r.text.contains(w));
        let (answer, sentence) = if asks_overlap {
            if both.is_empty() {
                (
                    "没有重复".to_string(),
                    format!("{a}年与{b}年的名单没有重复的人：{a}年{}；{b}年{}。", na.join("、"), nb.join("、")),
                )
            } else {
                (format!("有重复：{}", list(&both)), format!("{a}年与{b}年都在名单上的有{}。", list(&both)))
            }
        } else if only_a.is_empty() && only_b.is_empty() {
            ("没有变化，相同".to_string(), format!("{a}年与{b}年的名单相同：{}。", na.join("、")))
        } else {
            (
                format!("有变化：{a}年有而{b}年没有的是{}；{b}年新出现的是{}", list(&only_a), list(&only_b)),
                format!(
                    "{a}年与{b}年的名单不同：{a}年有而{b}年没有的是{}；{b}年新出现的是{}。",
                    list(&only_a),
                    list(&only_b)
                ),
            )
        };
        Some(Reply::answered(intent, answer, sentence).years(&[a, b]).rule("compare.people"))
    }

    /// 2143年的论坛比座谈会早几天: one year's forum day against its meeting's first day;
    /// 2143年的论坛比2141年的晚几届: two forums' editions apart.
    pub fn forum_gap(&self) -> Option<Reply> {
        let r = self.r;
        // 晚了几天, 早了多少天: the aspect particle changes nothing asked.
        let t = &r.text.replace('了', "");
        const HOW_FAR: [&str; 8] = ["早几", "晚几", "早多少", "晚多少", "相差几", "相差多少", "相隔几", "差几"];
        if !t.contains("论坛") || !HOW_FAR.iter().any(|w| t.contains(w)) {
            return None;
        }
        // (`两届论坛签约的项目数相差多少个`: two forums' counts, not how far apart they are.)
        if ["几届", "多少届"].iter().any(|w| t.contains(w)) && r.years.len() == 2 {
            let (a, b) = (r.years[0], r.years[1]);
            let ea = self.kb.forums.get(&a)?.edition.primary()?;
            let eb = self.kb.forums.get(&b)?.edition.primary()?;
            let gap = ea.value.abs_diff(eb.value);
            return Some(
                Reply::answered(
                    "forum.compare",
                    format!("{gap}届"),
                    format!("{a}年是第{}届，{b}年是第{}届，相差{gap}届。", ea.value, eb.value),
                )
                .years(&[a, b])
                .evidence(ea.evidence.iter().chain(&eb.evidence))
                .rule("compare.editions"),
            );
        }
        // (相隔几天 between a meeting and its forum is the meetings' comparison's, which says 同期.)
        let early_late = ["早几", "晚几", "早多少", "晚多少"].iter().any(|w| t.contains(w));
        if !(early_late && t.contains('天') && (t.contains("座谈会") || t.contains("会议"))) {
            return None;
        }
        let [y] = r.years[..] else { return None };
        let f = self.kb.forums.get(&y)?.date.primary()?;
        let m = self.kb.meetings.get(&y)?.dates.primary()?;
        let days = super::meeting::day_count(f.value, m.value.start) - 1;
        let (word, n) = if days >= 0 { ("早", days) } else { ("晚", -days) };
        let gap = if n == 0 { "同一天".to_string() } else { format!("{word}{n}天") };
        let answer = format!("{gap}（论坛{}）", f.value.month_day());
        Some(
            Reply::answered(
                "forum.compare",
                answer.clone(),
                format!(
                    "{y}年的论坛于{}举行，座谈会于{}开幕：论坛{gap}。",
                    f.value.month_day(),
                    m.value.start.month_day()
                ),
            )
            .years(&[y])
            .evidence(f.evidence.iter().chain(&m.evidence))
            .rule("compare.forum_day"),
        )
    }

    pub fn meetings_compared(&self) -> Option<Reply> {
        let r = self.r;
        if r.event != Event::Meeting || r.text.contains("论坛") {
            return None;
        }
        let t = r.scan();
        let asked = if t.has(cue::SAME_PROVINCE) {
            Asked::SameProvince
        } else if t.has(cue::SAME_CITY) {
            Asked::SameCity
        } else if t.has(cue::YEARS_APART) {
            Asked::Gap
        } else if t.has(cue::WHICH_FIRST) {
            Asked::First
        } else if t.has(cue::SAME_GENERIC) && t.has(cue::WHEN) {
            Asked::SameDates
        } else if t.has(cue::SAME_GENERIC) && t.has(cue::THEME) {
            Asked::SameTheme
        } else if t.has(cue::SAME_GENERIC) && (t.has(cue::VENUE_NOUN) || t.has(cue::WHERE)) {
            // 举办地相同吗: the place as reported, to the city.
            Asked::SameCity
        } else {
            return None;
        };
        let [a, b] = self.two_meetings()?;
        Some(match asked {
            Asked::SameProvince | Asked::SameCity => self.same_place(a, b, matches!(asked, Asked::SameCity)),
            Asked::Gap => {
                let gap = (b.year - a.year).abs();
                Reply::answered(
                    "meeting.compare",
                    format!("{gap}年"),
                    format!("{}与{}相隔{gap}年。", meeting_name(a.year.min(b.year)), meeting_name(a.year.max(b.year))),
                )
                .years(&[a.year, b.year])
                .rule("compare.gap")
            }
            Asked::First => self.first_of(a, b),
            Asked::SameDates => self.same_dates(a, b),
            Asked::SameTheme => self.same_theme(a, b),
        })
    }

    fn same_place(&self, a: &Meeting, b: &Meeting, city: bool) -> Reply {
        const INTENT: &str = "meeting.compare";
        let (Some(pa), Some(pb)) = (a.place.primary(), b.place.primary()) else {
            let missing = if a.place.get().is_none() { a.year } else { b.year };
            return Reply::not_found(INTENT, self.known_about(missing)).years(&[missing]);
        };
        let ev = pa.evidence.iter().chain(&pb.evidence);
        let (p, q): (&Place, &Place) = (&pa.value, &pb.value);
        let each = format!("{}年{}，{}年{}", a.year, p.full_name(), b.year, q.full_name());
        let same = if city {
            match (&p.city, &q.city) {
                (Some(x), Some(y)) => Some(x == y && p.province == q.province),
                // A city not recorded is neither the same nor another, unless the provinces differ.
                _ if p.province != q.province => Some(false),
                _ => None,
            }
        } else {
            Some(p.province == q.province)
        };
        let Some(same) = same else {
            return Reply::not_found(INTENT, format!("语料只记载了{each}，其中一次的城市未载。"))
                .years(&[a.year, b.year])
                .evidence(ev);
        };
        let what = if city { "城市" } else { "省份" };
        let (answer, sentence) = if same {
            (format!("是，{each}"), format!("是同一个{what}：{each}。"))
        } else {
            (format!("否（不是），{each}"), format!("不是同一个{what}：{each}。"))
        };
        Reply::answered(INTENT, answer, sentence).years(&[a.year, b.year]).evidence(ev).rule("compare.place")
    }

    /// 2023年度和2024年度座谈会的日期一样吗: the days of the year, compared (the years differ).
    fn same_dates(&self, a: &Meeting, b: &Meeting) -> Reply {
        const INTENT: &str = "meeting.compare";
        let (Some(da), Some(db)) = (a.dates.primary(), b.dates.primary()) else {
            let missing = if a.dates.get().is_none() { a.year } else { b.year };
            return Reply::not_found(INTENT, self.known_about(missing)).years(&[missing]);
        };
        let days = |d: &crate::engine::model::DateSpan| (d.start.month, d.start.day, d.end.month, d.end.day);
        let same = days(&da.value) == days(&db.value);
        let each = format!("{}年{}，{}年{}", a.year, da.value.chinese(), b.year, db.value.chinese());
        let (answer, sentence) = if same {
            (format!("是，一样：{each}"), format!("两次座谈会的日期相同：{each}。"))
        } else {
            (format!("否（不是），不一样：{each}"), format!("两次座谈会的日期不同：{each}。"))
        };
        Reply::answered(INTENT, answer, sentence)
            .years(&[a.year, b.year])
            .evidence(da.evidence.iter().chain(&db.evidence))
            .rule("compare.dates")
    }

    /// 2023年和2024年座谈会的主题一样吗: the themes as reported, compared word for word.
    fn same_theme(&self, a: &Meeting, b: &Meeting) -> Reply {
        const INTENT: &str = "meeting.compare";
        let (Some(ta), Some(tb)) = (a.theme.primary(), b.theme.primary()) else {
            let missing = if a.theme.get().is_none() { a.year } else { b.year };
            return Reply::not_found(INTENT, self.known_about(missing)).years(&[missing]);
        };
        let each = format!("{}年“{}”，{}年“{}”", a.year, ta.value, b.year, tb.value);
        let (answer, sentence) = if ta.value == tb.value {
            (format!("是，一样：{each}"), format!("两次座谈会的主题相同：{each}。"))
        } else {
            (format!("否（不是），不一样：{each}"), format!("两次座谈会的主题不同：{each}。"))
        };
        Reply::answered(INTENT, answer, sentence)
            .years(&[a.year, b.year])
            .evidence(ta.evidence.iter().chain(&tb.evidence))
            .rule("compare.theme")
    }

    fn first_of(&self, a: &Meeting, b: &Meeting) -> Reply {
        const INTENT: &str = "meeting.compare";
        let (first, then) = if a.year <= b.year { (a, b) } else { (b, a) };
        let label = |m: &Meeting| match m.place.get() {
            Some(p) => format!("{}年（{}）", m.year, p.full_name()),
            None => format!("{}年", m.year),
        };
        let when = |m: &Meeting| {
            m.dates.get().map(|d| format!("{}年{}", m.year, d.chinese())).unwrap_or(format!("{}年度", m.year))
        };
        let ev = [first, then].into_iter().flat_map(|m| m.dates.primary().into_iter().flat_map(|d| d.evidence.iter()));
        Reply::answered(
            INTENT,
            format!("{}的先开", label(first)),
            format!(
                "{}先开（{}），{}后开（{}）。",
                meeting_name(first.year),
                when(first),
                meeting_name(then.year),
                when(then)
            ),
        )
        .years(&[first.year, then.year])
        .evidence(ev)
        .rule("compare.first")
    }
}
