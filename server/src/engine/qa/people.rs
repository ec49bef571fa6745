//! Answers about people: who held a role in a year and province (书记, 省长 / 市长, 副书记, or any
//! title the corpus reports, e.g. 副秘书长), a person's roles and how they changed, which
//! meetings a person attended and how often, who attended several meetings, and which years a
//! body was invited.

use super::lexicon::RoleRef;
use super::reading::{Event, Reading};
use super::reply::{Reply, display_role, meeting_name};
use super::tagger::cue;
use super::text::{join, years_text};
use super::{AnswerStatus, Ctx};
use crate::engine::gazetteer;
use crate::engine::model::Evidence;

/// A person, the meeting years they attended, and the sentences that say so.
type Attended<'a> = (String, Vec<i32>, Vec<&'a Evidence>);

/// The role a question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleAsk {
    Secretary,
    DeputySecretary,
    Governor,
    Title(&'static str),
}

/// Titles a question may ask for beyond secretary and governor; matched as a role's ending.
const TITLES: &[&str] = &[
    "国务院副总理",
    "副总理",
    "国务委员",
    "副秘书长",
    "秘书长",
    "副部长",
    "部长",
    "副主任",
    "主任",
    "副院长",
    "院长",
    "董事长",
    "总经理",
    "副局长",
    "局长",
    "行长",
    "合伙人",
    "副主席",
    "主席",
    "副省长",
    "副市长",
    "司长",
    "社长",
    "总编辑",
    "委员",
];

impl RoleAsk {
    /// The office the question asks about: its office tags first, then a title it names.
    pub fn read(r: &Reading) -> Option<RoleAsk> {
        let c = r.asks;
        if c.has(cue::DEPUTY_SECRETARY) {
            return Some(RoleAsk::DeputySecretary);
        }
        if c.has(cue::ASKS_SECRETARY) {
            return Some(RoleAsk::Secretary);
        }
        if c.has(cue::GOVERNOR) {
            return Some(RoleAsk::Governor);
        }
        TITLES.iter().find(|t| r.text.contains(*t)).map(|t| RoleAsk::Title(t))
    }

    /// The office a title written before a name says (`浙江省长易炼红`: 省长).
    pub fn in_text(t: &str) -> Option<RoleAsk> {
        if t.ends_with("副书记") {
            Some(RoleAsk::DeputySecretary)
        } else if t.ends_with("书记") {
            Some(RoleAsk::Secretary)
        } else if (t.ends_with("省长") || t.ends_with("市长")) && !t.ends_with("副省长") && !t.ends_with("副市长")
        {
            Some(RoleAsk::Governor)
        } else {
            TITLES.iter().find(|x| t.ends_with(*x)).map(|x| RoleAsk::Title(x))
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            RoleAsk::Secretary => "省（市）委书记",
            RoleAsk::DeputySecretary => "省（市）委副书记",
            RoleAsk::Governor => "省长（市长）",
            RoleAsk::Title(t) => t,
        }
    }

    /// The office in one province: `安徽省委书记`, `上海市长`.
    pub fn of_province(&self, short: &str) -> String {
        let full = gazetteer::province_full(short);
        let kind = if full.ends_with('市') { "市" } else { "省" };
        match self {
            RoleAsk::Secretary => format!("{full}委书记"),
            RoleAsk::DeputySecretary => format!("{full}委副书记"),
            RoleAsk::Governor => format!("{short}{kind}长"),
            RoleAsk::Title(t) => format!("{full}{t}"),
        }
    }

    /// Whether a role as reported (`上海市委副书记、市长`) includes this one.
    pub fn matches(&self, role: &str) -> bool {
        role.split(['、', ',', '，', '兼']).any(|seg| {
            let seg = seg.trim();
            match self {
                RoleAsk::Secretary => seg.ends_with("书记") && !seg.ends_with("副书记"),
                RoleAsk::DeputySecretary => seg.ends_with("副书记"),
                RoleAsk::Governor => {
                    (seg.ends_with("省长") || seg.ends_with("市长") || seg.ends_with("主席"))
                        && !(seg.ends_with("副省长") || seg.ends_with("副市长") || seg.ends_with("副主席"))
                }
                RoleAsk::Title(t) => seg.ends_with(t) && (t.starts_with('副') || !seg.ends_with(&format!("副{t}"))),
            }
        })
    }
}

fn province_rank(p: &str) -> usize {
    gazetteer::DELTA_PROVINCES.iter().position(|x| *x == p).unwrap_or(9)
}

impl Ctx<'_> {
    /// 哪一年的座谈会是由安徽省委书记主持的: the meetings whose presider held that office then.
    pub fn years_presided_by_role(&self) -> Option<Reply> {
        const INTENT: &str = "meeting.year_by_presider";
        let r = self.r;
        let press = match r.event {
            Event::Meeting => false,
            Event::Press => true,
            _ => return None,
        };
        if !r.people.is_empty() || !r.years.is_empty() {
            return None;
        }
        let role = RoleAsk::read(r)?;
        let provinces = r.provinces();
        let mut ys = Vec::new();
        let mut ev = Vec::new();
        let mut who = Vec::new();
        for m in self.kb.meetings.values() {
            let presider = if press { &m.press.presider } else { &m.presider };
            let Some(p) = presider.primary() else { continue };
            let held = m.attendees.iter().find(|a| {
                a.value.name == p.value
                    && role.matches(&a.value.role)
                    && (provinces.is_empty() || provinces.contains(&a.value.province))
            });
            if let Some(a) = held {
                ys.push(m.year);
                who.push(format!("{}年由{}{}主持", m.year, a.value.role, a.value.name));
                ev.extend(p.evidence.iter().cloned());
                ev.extend(a.evidence.iter().cloned());
            }
        }
        let event = if press { "成果发布会" } else { "座谈会" };
        let office = match provinces[..] {
            [ref p] => role.of_province(p),
            _ => role.label().to_string(),
        };
        if ys.is_empty() {
            let sentence = format!("语料记载的{event}中没有由{office}主持的。");
            return Some(Reply::not_found(INTENT, sentence).rule("presider.by_role_none"));
        }
        let answer = super::text::years_text(&ys);
        let sentence = format!("由{office}主持的{event}：{}。", super::text::join(&who));
        Some(Reply::answered(INTENT, answer, sentence).years(&ys).evidence(&ev).rule("presider.by_role"))
    }

    fn event_filter(&self) -> Option<&'static str> {
        match self.r.event {
            Event::Forum => Some("forum"),
            Event::Press => Some("press"),
            _ if self.r.asks.has(cue::MEETING_WORD) => Some("meeting"),
            _ => None,
        }
    }

    /// Who held `ask` in the years (the latest year with a record when none given).
    pub fn role_holder(&self, ask: RoleAsk, years: &[i32]) -> Reply {
        const INTENT: &str = "person.role_holder";
        let provinces = self.role_provinces();
        let event = self.event_filter();
        let fits = |r: &&RoleRef, strict_event: bool| {
            ask.matches(&r.role)
                && (provinces.is_empty() || provinces.contains(&r.province))
                && (!strict_event || event.is_none_or(|e| e == r.event))
        };
        let years: Vec<i32> = if years.is_empty() {
            let latest = self
                .lex
                .roles
                .iter()
                .filter(|r| fits(r, false) && r.year <= self.as_of.year)
                .map(|r| r.year)
                .max()
                .or_else(|| self.lex.roles.iter().filter(|r| fits(r, false)).map(|r| r.year).max());
            latest.into_iter().collect()
        } else {
            years.to_vec()
        };
        let place = if provinces.is_empty() {
            String::new()
        } else {
            join(&provinces.iter().map(|p| p.to_string()).collect::<Vec<_>>())
        };
        if years.is_empty() {
            return Reply::not_found(INTENT, format!("语料中没有{place}{}的记录。", ask.label())).role(ask.label());
        }
        // Over several years (2022年到2026年, 历任), a year with no report of the role is passed over.
        let years: Vec<i32> = if years.len() > 1 {
            let reported: Vec<i32> = years
                .iter()
                .copied()
                .filter(|&y| self.lex.roles.iter().any(|r| r.year == y && fits(&r, false)))
                .collect();
            if reported.is_empty() { years } else { reported }
        } else {
            years
        };
        let mut parts = Vec::new();
        let mut sentences = Vec::new();
        let mut ev = Vec::new();
        for &y in &years {
            let mut recs: Vec<&RoleRef> = self.lex.roles.iter().filter(|r| r.year == y && fits(r, true)).collect();
            if recs.is_empty() {
                recs = self.lex.roles.iter().filter(|r| r.year == y && fits(r, false)).collect();
            }
            recs.sort_by_key(|r| province_rank(&r.province));
            let mut seen: Vec<(&str, &str)> = Vec::new();
            recs.retain(|r| {
                let k = (r.name.as_str(), r.province.as_str());
                if seen.contains(&k) {
                    false
                } else {
                    seen.push(k);
                    true
                }
            });
            if recs.is_empty() {
                // Attendees named with a collective role (上海市领导): say who, without guessing the role.
                let vague: Vec<&RoleRef> = self
                    .lex
                    .roles
                    .iter()
                    .filter(|r| {
                        r.year == y
                            && (provinces.is_empty() || provinces.contains(&r.province))
                            && !RoleAsk::Secretary.matches(&r.role)
                            && !RoleAsk::Governor.matches(&r.role)
                            && !r.province.is_empty()
                    })
                    .collect();
                if !vague.is_empty() {
                    let mut names: Vec<String> = Vec::new();
                    for r in &vague {
                        let n = format!("{}{}", display_role(&r.role, &r.province), r.name);
                        if !names.contains(&n) {
                            names.push(n);
                        }
                    }
                    return Reply::not_found(
                        INTENT,
                        format!(
                            "语料没有写明{y}年{place}{}是谁；当年出席的有{}，报道未写明其具体职务。",
                            ask.label(),
                            join(&names)
                        ),
                    )
                    .years(&[y])
                    .evidence(vague.iter().flat_map(|r| r.evidence.iter()))
                    .role(ask.label());
                }
                let known = if self.kb.meetings.contains_key(&y) { self.known_about(y) } else { self.known_meetings() };
                return Reply::not_found(INTENT, format!("语料中没有{y}年{place}{}的记录。{known}", ask.label()))
                    .years(&[y])
                    .role(ask.label());
            }
            let names: Vec<String> = if recs.len() > 1 {
                recs.iter().map(|r| format!("{}（{}）", r.name, r.province)).collect()
            } else {
                vec![recs[0].name.clone()]
            };
            let said: Vec<String> =
                recs.iter().map(|r| format!("{}{}", display_role(&r.role, &r.province), r.name)).collect();
            ev.extend(recs.iter().flat_map(|r| r.evidence.iter()));
            parts.push(if years.len() > 1 { format!("{y}年：{}", join(&names)) } else { join(&names) });
            sentences.push(format!("据{y}年的报道，{}。", join(&said)));
        }
        let mut reply =
            Reply::answered(INTENT, parts.join("；"), sentences.concat()).years(&years).evidence(ev).role(ask.label());
        if self.r.years.is_empty() && self.r.rel.is_none() {
            reply.sentence = format!("语料中最近的记录是{}年：{}", years[0], reply.sentence);
        }
        reply.rule("role.holder")
    }

    /// Whether the office `ask` (of the provinces the question names) had the same holder in
    /// both years; a year with no holder on record leaves it unknown.
    pub fn same_holder(&self, ask: RoleAsk, years: [i32; 2]) -> Reply {
        const INTENT: &str = "person.same_holder";
        let provinces = self.role_provinces();
        let holders = |y: i32| -> Vec<&RoleRef> {
            let mut v: Vec<&RoleRef> = self
                .lex
                .roles
                .iter()
                .filter(|r| r.year == y && ask.matches(&r.role) && provinces.contains(&r.province))
                .collect();
            // One holder recorded at the meeting and again at the forum is one name: sorted first,
            // so that the two years' lists compare as sets.
            v.sort_by(|a, b| a.name.cmp(&b.name));
            v.dedup_by(|a, b| a.name == b.name);
            v
        };
        let (a, b) = (holders(years[0]), holders(years[1]));
        let place = join(&provinces);
        if a.is_empty() || b.is_empty() || provinces.len() != 1 {
            let missing = if a.is_empty() { years[0] } else { years[1] };
            return Reply::not_found(INTENT, format!("语料中没有{missing}年{place}{}的记录。", ask.label()))
                .years(&years)
                .role(ask.label());
        }
        let names = |v: &[&RoleRef]| v.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        let (na, nb) = (names(&a), names(&b));
        let same = na == nb;
        let each = format!("{}年{}，{}年{}", years[0], join(&na), years[1], join(&nb));
        let answer = if same { format!("是，{each}") } else { format!("否（不是同一人），{each}") };
        let sentence = format!(
            "{}年与{}年的{place}{}{}：{each}。",
            years[0],
            years[1],
            ask.label(),
            if same { "是同一人" } else { "不是同一人" }
        );
        let ev: Vec<Evidence> = a.iter().chain(&b).flat_map(|r| r.evidence.iter().cloned()).collect();
        Reply::answered(INTENT, answer, sentence).years(&years).evidence(&ev).role(ask.label()).rule(INTENT)
    }

    /// Every year some office holder is reported in, oldest first.
    pub fn role_years(&self) -> Vec<i32> {
        let mut ys: Vec<i32> = self.lex.roles.iter().map(|r| r.year).collect();
        ys.sort_unstable();
        ys.dedup();
        ys
    }

    /// The provinces whose office the question asks about: those it names, less one named as the
    /// venue (`2022年上海开座谈会时安徽省委书记是谁`, `在上海召开的那次，安徽的书记是谁` ask about 安徽);
    /// a province named outright narrows 三省一市.
    pub(super) fn role_provinces(&self) -> Vec<String> {
        let text = &self.r.text;
        let venue = |p: &String| {
            [gazetteer::province_full(p), p.to_string()].iter().any(|form| {
                text.match_indices(form.as_str()).any(|(i, _)| {
                    let rest = &text[i + form.len()..];
                    text[..i].ends_with('在')
                        || [
                            "开",
                            "举行",
                            "举办",
                            "召开",
                            "承办",
                            "那次",
                            "那届",
                            "座谈会",
                            "会议",
                            "的座谈会",
                            "的会议",
                        ]
                        .iter()
                        .any(|w| rest.starts_with(w))
                })
            })
        };
        let mut named: Vec<String> = Vec::new();
        for p in self.r.places.iter().filter(|p| p.is_province) {
            if !named.contains(&p.province) {
                named.push(p.province.clone());
            }
        }
        let offices: Vec<String> = named.iter().filter(|p| !venue(p)).cloned().collect();
        if !offices.is_empty() {
            offices
        } else if self.r.all_provinces || named.is_empty() {
            self.r.provinces()
        } else {
            named
        }
    }

    /// The roles of `name`, by year, optionally within `years`.
    pub fn person_roles(&self, name: &str, years: &[i32]) -> Reply {
        const INTENT: &str = "person.roles";
        let mut recs: Vec<&RoleRef> =
            self.lex.roles.iter().filter(|r| r.name == name && (years.is_empty() || years.contains(&r.year))).collect();
        if recs.is_empty() {
            let when = if years.is_empty() { String::new() } else { format!("{}的", years_text(years)) };
            return Reply::not_found(INTENT, format!("语料中没有{name}{when}职务记录。")).person(name).years(years);
        }
        if recs.iter().all(|r| r.role.is_empty()) {
            // Named with no office (`韩俊代表与会各方通报…`): the record says they were there, not as what.
            let mut seen: Vec<i32> = recs.iter().map(|r| r.year).collect();
            seen.sort_unstable();
            seen.dedup();
            return Reply::not_found(INTENT, format!("语料记载了{name}（{}），但没有写明其职务。", years_text(&seen)))
                .person(name)
                .years(years);
        }
        recs.retain(|r| !r.role.is_empty());
        recs.sort_by_key(|r| r.year);
        // Group the years by role as displayed.
        let mut groups: Vec<(String, Vec<i32>)> = Vec::new();
        for r in &recs {
            let role = display_role(&r.role, &r.province);
            match groups.iter_mut().find(|(g, _)| *g == role) {
                Some((_, ys)) => {
                    if !ys.contains(&r.year) {
                        ys.push(r.year)
                    }
                }
                None => groups.push((role, vec![r.year])),
            }
        }
        let ev: Vec<_> = recs.iter().flat_map(|r| r.evidence.iter()).collect();
        let all_years: Vec<i32> = recs.iter().map(|r| r.year).collect();
        let province = recs.last().map(|r| r.province.clone()).unwrap_or_default();
        let answer = if groups.len() == 1 {
            let (role, ys) = &groups[0];
            if self.r.asks.has(cue::WHERE_PROVINCE) && !province.is_empty() {
                format!("{}（{role}，{}）", gazetteer::province_full(&province), years_text(ys))
            } else {
                format!("{role}（{}）", years_text(ys))
            }
        } else {
            groups.iter().map(|(role, ys)| format!("{}：{role}", years_text(ys))).collect::<Vec<_>>().join("；")
        };
        let sentence = if groups.len() == 1 {
            format!("据语料，{name}在{}任{}。", years_text(&groups[0].1), groups[0].0)
        } else {
            let steps: Vec<String> = groups.iter().map(|(role, ys)| format!("{}任{role}", years_text(ys))).collect();
            format!("据语料，{name}{}。", steps.join("，"))
        };
        Reply::answered(INTENT, answer, sentence).years(&all_years).evidence(ev).person(name).rule("person.roles")
    }

    /// Whether `name` held `ask` (in the years, and the province, the question names).
    /// `浙江省长易炼红和浙江省委书记王浩都出席了吗`: each person checked against the office written
    /// before the name; yes only when every one held it. None unless two or more people are named
    /// each with an office.
    pub fn roles_check(&self, years: &[i32]) -> Option<Reply> {
        const INTENT: &str = "person.role_check";
        let r = self.r;
        let mut pairs: Vec<(String, RoleAsk, Option<&str>)> = Vec::new();
        let mut last_end = 0;
        for h in &r.hits {
            let e = &self.lex.entities[h.entity];
            if e.kind != super::lexicon::EntityKind::Person {
                continue;
            }
            let before: String = r.chars[last_end.max(h.start.saturating_sub(10))..h.start].iter().collect();
            let before = before.rsplit([',', '、', '和', '与', '及', ' ']).next().unwrap_or("");
            last_end = h.start + h.len;
            let ask = RoleAsk::in_text(before)?;
            let province = gazetteer::DELTA_PROVINCES.iter().copied().find(|p| before.contains(p));
            pairs.push((e.canonical.clone(), ask, province));
        }
        if pairs.len() < 2 || years.is_empty() {
            return None;
        }
        let mut all = true;
        let mut parts = Vec::new();
        let mut ev = Vec::new();
        for (name, ask, province) in &pairs {
            let recs: Vec<&RoleRef> =
                self.lex.roles.iter().filter(|x| &x.name == name && years.contains(&x.year)).collect();
            let first = recs.first()?;
            let hit = recs.iter().any(|x| ask.matches(&x.role) && province.is_none_or(|p| x.province == p));
            all &= hit;
            let held = display_role(&first.role, &first.province);
            parts.push(if hit {
                format!("{name}任{held}")
            } else {
                format!("{name}任{held}，不是{}", ask.label())
            });
            ev.extend(first.evidence.iter().cloned());
        }
        let when = years_text(years);
        let verdict = if all { "是" } else { super::reply::NO };
        let sentence = format!("{}据语料，{when}{}。", if all { "是的，" } else { "不是。" }, parts.join("；"));
        Some(
            Reply::answered(INTENT, format!("{verdict}，{when}{}", parts.join("；")), sentence)
                .years(years)
                .evidence(&ev)
                .rule("person.roles_check"),
        )
    }

    pub fn role_check(&self, name: &str, ask: RoleAsk, years: &[i32]) -> Reply {
        const INTENT: &str = "person.role_check";
        let provinces = self.r.provinces();
        let recs: Vec<&RoleRef> = self
            .lex
            .roles
            .iter()
            .filter(|r| r.name == name && !r.role.is_empty() && (years.is_empty() || years.contains(&r.year)))
            .collect();
        // Who held the office asked, in the years and the province the question names.
        let holders: Vec<&RoleRef> = if years.is_empty() || provinces.is_empty() {
            Vec::new()
        } else {
            let fits =
                |r: &&RoleRef| years.contains(&r.year) && ask.matches(&r.role) && provinces.contains(&r.province);
            self.lex.roles.iter().filter(fits).collect()
        };
        if recs.is_empty() {
            // No record of the person that year, but one of who held the role: the answer is no.
            if holders.is_empty() {
                return Reply::not_found(INTENT, format!("语料中没有{name}{}的职务记录。", years_text(years)))
                    .person(name);
            }
            let names: Vec<String> = by_name(holders.iter().copied()).iter().map(|r| r.name.clone()).collect();
            let role = display_role(&holders[0].role, &holders[0].province);
            let when = years_text(years);
            return Reply::answered(
                INTENT,
                format!("否（不是），{when}{role}是{}", join(&names)),
                format!("不是。据语料，{when}任{role}的是{}，语料中没有{name}这一年的职务记录。", join(&names)),
            )
            .years(years)
            .evidence(holders.iter().flat_map(|r| r.evidence.iter()))
            .person(name)
            .role(ask.label())
            .rule("person.role_check.other");
        }
        let hit =
            recs.iter().any(|r| ask.matches(&r.role) && (provinces.is_empty() || provinces.contains(&r.province)));
        let mut held: Vec<String> = Vec::new();
        for r in &recs {
            let d = display_role(&r.role, &r.province);
            if !held.contains(&d) {
                held.push(d);
            }
        }
        let when = years_text(years);
        // Who held the office asked instead.
        let others = by_name(holders.iter().copied().filter(|r| r.name != name));
        let instead = match others.last() {
            Some(last) if !hit => {
                let names: Vec<String> = others.iter().map(|r| r.name.clone()).collect();
                format!("；{}是{}", display_role(&last.role, &last.province), join(&names))
            }
            _ => String::new(),
        };
        let (answer, sentence) = if hit {
            (format!("是，{name}{when}任{}", join(&held)), format!("是的，据语料，{name}{when}任{}。", join(&held)))
        } else {
            (
                format!("否（不是），{when}{name}任{}{instead}", join(&held)),
                format!("不是。据语料，{name}{when}任{}{instead}。", join(&held)),
            )
        };
        Reply::answered(INTENT, answer, sentence)
            .years(years)
            .evidence(recs.iter().flat_map(|r| r.evidence.iter()))
            .person(name)
            .role(ask.label())
            .rule("person.role_check")
    }

    fn attended(&self, name: &str) -> Vec<&RoleRef> {
        let event = match self.r.event {
            Event::Forum => "forum",
            Event::Press => "press",
            _ => "meeting",
        };
        let mut recs: Vec<&RoleRef> = self.lex.roles.iter().filter(|r| r.name == name && r.event == event).collect();
        recs.sort_by_key(|r| r.year);
        recs.dedup_by_key(|r| r.year);
        recs
    }

    /// The office a question asks attendance in (作为浙江省长, 以省委书记身份, 任省长期间).
    pub fn capacity_asked(&self) -> Option<RoleAsk> {
        let t = &self.r.text;
        let marked = ["作为", "身份", "期间", "任上", "在任", "担任", "任职", "的时候", "时参加", "时出席"]
            .iter()
            .any(|w| t.contains(w));
        if !marked {
            return None;
        }
        RoleAsk::read(self.r)
    }

    fn event_label(&self) -> &'static str {
        match self.r.event {
            Event::Forum => "长三角一体化发展高层论坛",
            Event::Press => "成果发布会",
            _ => "长三角地区主要领导座谈会",
        }
    }

    /// The years `name` attended (or how many times; or whether in the asked year).
    /// Whether the question asks who did not attend, or attended only some meetings.
    pub fn absence_asked(&self) -> bool {
        const WORDS: &[&str] = &[
            "没有参加",
            "没参加",
            "没有出席",
            "没出席",
            "未参加",
            "未出席",
            "缺席",
            "只参加",
            "只出席",
            "仅参加",
            "仅出席",
            "只来过",
            "仅有一次",
        ];
        WORDS.iter().any(|w| self.r.text.contains(w))
    }

    /// 谁没有参加2026年的座谈会 (attended some meeting, not that one), 谁只参加过2022年的座谈会,
    /// 谁只参加了一次: the meetings' attendees by the years they attended.
    pub fn absentees(&self) -> Reply {
        const INTENT: &str = "person.absentees";
        let mut by_person: Vec<Attended> = Vec::new();
        for m in self.kb.meetings.values() {
            for a in &m.attendees {
                match by_person.iter_mut().find(|(n, _, _)| *n == a.value.name) {
                    Some((_, ys, ev)) => {
                        if !ys.contains(&m.year) {
                            ys.push(m.year);
                        }
                        ev.extend(a.evidence.iter());
                    }
                    None => by_person.push((a.value.name.clone(), vec![m.year], a.evidence.iter().collect())),
                }
            }
        }
        if by_person.is_empty() {
            return Reply::not_found(INTENT, "语料中没有座谈会出席人员的记录。");
        }
        let t = &self.r.text;
        let only = ["只", "仅"].iter().any(|w| t.contains(w));
        let years = self.meeting_years();
        let (picked, what): (Vec<&Attended>, String) = if only && !years.is_empty() {
            let mut want = years.clone();
            want.sort_unstable();
            (
                by_person.iter().filter(|(_, ys, _)| *ys == want).collect(),
                format!("只出席了{}的座谈会", years_text(&years)),
            )
        } else if only {
            (by_person.iter().filter(|(_, ys, _)| ys.len() == 1).collect(), "只出席了一次座谈会".to_string())
        } else if !years.is_empty() {
            (
                by_person.iter().filter(|(_, ys, _)| !ys.iter().any(|y| years.contains(y))).collect(),
                format!("出席过其他年份的座谈会、但没有出席{}座谈会", years_text(&years)),
            )
        } else {
            return Reply::not_understood("请说明是哪一年的座谈会，例如“谁没有参加2026年的座谈会”。")
                .rule("year.missing");
        };
        if picked.is_empty() {
            return Reply::answered(INTENT, "无", format!("语料记载的出席人员中，没有{what}的人。")).rule(INTENT);
        }
        let names: Vec<String> = picked.iter().map(|(n, _, _)| n.clone()).collect();
        let detail: Vec<String> = picked.iter().map(|(n, ys, _)| format!("{n}（{}）", years_text(ys))).collect();
        let ev: Vec<&Evidence> = picked.iter().flat_map(|(_, _, e)| e.iter().copied()).collect();
        Reply::answered(INTENT, join(&names), format!("语料中{what}的有：{}。", join(&detail)))
            .years(&years)
            .evidence(ev)
            .rule(INTENT)
    }

    /// 2023年座谈会王浩出席了吗, 溫州會議龔正出席了嗎.
    pub fn attendance_check(&self, name: &str, y: i32) -> Reply {
        let recs = self.attended(name);
        let what = self.event_label();
        if recs.is_empty() {
            return Reply::not_found("person.attendance_check", format!("语料中没有{name}出席{what}的记录。"))
                .person(name);
        }
        let years: Vec<i32> = recs.iter().map(|r| r.year).collect();
        let ev: Vec<_> =
            recs.iter().filter(|r| r.year == y || !years.contains(&y)).flat_map(|r| r.evidence.iter()).collect();
        let yes = years.contains(&y);
        // 否 only where the report lists the person's province: an absent or partial list says nothing.
        if !yes {
            let province = recs.iter().map(|r| r.province.clone()).find(|p| !p.is_empty());
            let listed =
                self.kb.meetings.get(&y).is_some_and(|m| {
                    m.attendees.iter().any(|a| province.as_ref().is_none_or(|p| &a.value.province == p))
                });
            if !listed {
                let sentence = format!("语料没有{y}年{what}完整的出席名单，无法确定{name}是否出席。");
                return Reply::not_found("person.attendance_check", sentence).years(&[y]).person(name);
            }
        }
        let answer =
            if yes { "是".to_string() } else { format!("否（不是；{name}出席的是{}）", years_text(&years)) };
        let sentence = if yes {
            format!("{name}出席了{y}年的{what}。")
        } else {
            format!("语料中{name}没有出席{y}年的{what}；出席的是{}。", years_text(&years))
        };
        Reply::answered("person.attendance_check", answer, sentence)
            .years(&[y])
            .evidence(ev)
            .person(name)
            .rule("person.attended")
    }

    pub fn attendance(&self, name: &str, count: bool) -> Reply {
        let intent = if count { "person.attendance_count" } else { "person.attendance" };
        let recs = self.attended(name);
        let what = self.event_label();
        if recs.is_empty() {
            return Reply::not_found(intent, format!("语料中没有{name}出席{what}的记录。")).person(name);
        }
        // 王浩作为浙江省长参加了哪几年: only the years they came in that office.
        let recs = match self.capacity_asked() {
            Some(ask) => {
                let held: Vec<&RoleRef> = recs.into_iter().filter(|r| ask.matches(&r.role)).collect();
                if held.is_empty() {
                    let sentence = format!("语料中没有{name}以{}身份出席{what}的记录。", ask.label());
                    return Reply::not_found(intent, sentence).person(name);
                }
                held
            }
            None => recs,
        };
        let years: Vec<i32> = recs.iter().map(|r| r.year).collect();
        let ev: Vec<_> = recs.iter().flat_map(|r| r.evidence.iter()).collect();
        // 2022年和2026年的座谈会都参加了吗: every year named is checked, not the first one only.
        if self.r.years.len() >= 2 && self.r.asks.has(cue::ASKS_YES_NO) {
            let checks: Vec<Reply> = self.r.years.iter().map(|&y| self.attendance_check(name, y)).collect();
            if let Some(unknown) = checks.iter().find(|c| c.status != AnswerStatus::Answered) {
                return unknown.clone();
            }
            let missed: Vec<i32> =
                self.r.years.iter().zip(&checks).filter(|(_, c)| c.answer != "是").map(|(y, _)| *y).collect();
            let answer = if missed.is_empty() {
                "是".to_string()
            } else {
                format!("否（不是；{name}没有出席{}的{what}）", years_text(&missed))
            };
            let sentence = checks.iter().map(|c| c.sentence.as_str()).collect::<Vec<_>>().join("");
            let ev: Vec<_> = checks.iter().flat_map(|c| c.evidence.iter().cloned()).collect();
            return Reply::answered("person.attendance_check", answer, sentence)
                .years(&self.r.years)
                .evidence(ev.iter())
                .person(name)
                .rule("person.attended_each");
        }
        if let Some(&y) = self.r.years.first()
            && self.r.asks.has(cue::ASKS_YES_NO)
        {
            return self.attendance_check(name, y);
        }
        // 第一次 / 最早 / 最后一次出席是哪年: one end of the run.
        let t = &self.r.text;
        let first = ["第一次", "首次", "最早", "头一次"].iter().any(|w| t.contains(w));
        let last = ["最后一次", "最近一次", "最晚", "最后出席", "最近出席"].iter().any(|w| t.contains(w));
        // 第一次出席, 总共出席过几次: only what the corpus records. When the person already
        // attended the earliest meeting it records, the meetings before it are unknown, and the
        // corpus's first or count would be a guess at the real one.
        let earliest = self.kb.meetings.values().filter(|m| !m.attendees.is_empty()).map(|m| m.year).min();
        // 最早出席 is the earliest the corpus records; 第一次, 首次 and a total since an office began
        // (以来, 至今) ask for the real first and the real total.
        let real_first = ["第一次", "首次", "头一次"].iter().any(|w| t.contains(w));
        let total_asked = count && ["以来", "迄今", "至今", "到目前"].iter().any(|w| t.contains(w));
        if self.r.event == Event::Meeting && (real_first && !count || total_asked) && earliest == Some(years[0]) {
            let sentence = format!(
                "语料只记载了部分年度的座谈会：{name}出席了{}的{what}，而{}年是语料记载的最早一次，更早的{what}没有记载，无法确定{}。",
                years_text(&years),
                years[0],
                if count { "总次数" } else { "是否第一次" }
            );
            return Reply::not_found(intent, sentence)
                .years(&years)
                .evidence(ev)
                .person(name)
                .rule("person.attendance_unknown_start");
        }
        if (first || last) && !count {
            let y = if first { years[0] } else { years[years.len() - 1] };
            let end = if first { "最早" } else { "最后" };
            let sentence = format!("语料中{name}出席了{}的{what}，{end}一次是{y}年。", years_text(&years));
            return Reply::answered(intent, format!("{y}年"), sentence)
                .years(&[y])
                .evidence(ev)
                .person(name)
                .rule("person.attendance_end");
        }
        let answer = if count { format!("{}次（{}）", years.len(), years_text(&years)) } else { years_text(&years) };
        let sentence = format!("语料中{name}出席了{}的{what}，共{}次。", years_text(&years), years.len());
        Reply::answered(intent, answer, sentence).years(&years).evidence(ev).person(name).rule("person.attendance")
    }

    /// 龚正什么时候开始担任上海市委书记: the reports never say when an office began, only who held
    /// it at each event; the answer is bounded by the last record in another office and the first
    /// in this one. With no earlier record, nothing bounds it and it is not found.
    pub fn office_start(&self, name: &str) -> Reply {
        const INTENT: &str = "person.office_start";
        let ask = RoleAsk::read(self.r);
        let province = self.r.province();
        let recs: Vec<&RoleRef> = self.lex.roles.iter().filter(|r| r.name == name).collect();
        let held = |r: &&&RoleRef| {
            ask.as_ref().is_some_and(|a| a.matches(&r.role)) && province.is_none_or(|p| r.province == p)
        };
        let Some(first) = recs.iter().filter(held).min_by_key(|r| r.year) else {
            let roles = self.person_roles(name, &[]);
            let known = if roles.status == AnswerStatus::Answered { roles.sentence.as_str() } else { "" };
            return Reply::not_found(INTENT, format!("报道没有记载{name}何时就任这一职务。{known}")).person(name);
        };
        let before = recs.iter().filter(|r| r.year < first.year && !held(r)).max_by_key(|r| r.year);
        let Some(before) = before else {
            let sentence = format!(
                "报道没有记载{name}何时就任{}：语料中最早的记录是{}年，当时已任{}，更早的情况没有记载。",
                first.role, first.year, first.role
            );
            return Reply::not_found(INTENT, sentence).years(&[first.year]).evidence(&first.evidence).person(name);
        };
        let answer = format!("{}年之后、{}年之前（{}年时已任）", before.year, first.year, first.year);
        let sentence = format!(
            "报道没有记载{name}就任{}的日期：语料中{name}{}年时任{}，{}年时已任{}。",
            first.role, before.year, before.role, first.year, first.role
        );
        Reply::answered(INTENT, answer, sentence)
            .years(&[before.year, first.year])
            .evidence(before.evidence.iter().chain(&first.evidence))
            .person(name)
            .rule(INTENT)
    }

    /// The years in which all of `names` attended.
    pub fn attended_together(&self, names: &[String]) -> Reply {
        const INTENT: &str = "person.attended_together";
        let mut common: Option<Vec<i32>> = None;
        let mut ev = Vec::new();
        for n in names {
            let recs = self.attended(n);
            ev.extend(recs.iter().flat_map(|r| r.evidence.iter().cloned()));
            let ys: Vec<i32> = recs.iter().map(|r| r.year).collect();
            common = Some(match common {
                None => ys,
                Some(c) => c.into_iter().filter(|y| ys.contains(y)).collect(),
            });
        }
        let years = common.unwrap_or_default();
        let who = join(names);
        let what = self.event_label();
        if years.is_empty() {
            return Reply::answered(INTENT, "无", format!("语料中{who}没有同时出席过{what}。")).rule("person.together");
        }
        let sentence = format!("{who}都出席了{}的{what}。", years_text(&years));
        Reply::answered(INTENT, years_text(&years), sentence).years(&years).evidence(&ev).rule("person.together")
    }

    /// Who attended every meeting of `years`.
    pub fn common_attendees(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "person.common";
        for &y in years {
            if let Err(r) = self.meeting(y, INTENT) {
                return r;
            }
        }
        let event = match self.r.event {
            Event::Forum => "forum",
            _ => "meeting",
        };
        // 都出席了的省(市)委书记有哪几位: the holders of the office named, in each year.
        let bare = self.r.text.replace("主要领导座谈会", "");
        let governors = bare.contains("省长") || bare.contains("市长");
        let secretaries = bare.contains("书记") && !governors;
        let holds = |role: &str| {
            let governor = role.contains("省长") || role.contains("市长");
            (!secretaries || role.ends_with("书记") && !governor) && (!governors || governor)
        };
        let first: Vec<&RoleRef> = self.lex.roles.iter().filter(|r| r.year == years[0] && r.event == event).collect();
        let mut names: Vec<String> = Vec::new();
        let mut ev = Vec::new();
        for r in first {
            if names.contains(&r.name) {
                continue;
            }
            let all: Vec<&RoleRef> = years
                .iter()
                .filter_map(|&y| self.lex.roles.iter().find(|x| x.name == r.name && x.year == y && x.event == event))
                .filter(|x| holds(&x.role))
                .collect();
            if all.len() == years.len() {
                names.push(r.name.clone());
                ev.extend(all.iter().flat_map(|x| x.evidence.iter()));
            }
        }
        let what = self.event_label();
        if names.is_empty() {
            return Reply::answered(INTENT, "无", format!("语料中没有人同时出席{}的{what}。", years_text(years)))
                .years(years)
                .rule("person.common");
        }
        let sentence = format!("{}的{what}都有出席的是：{}。", years_text(years), join(&names));
        Reply::answered(INTENT, join(&names), sentence).years(years).evidence(ev).rule("person.common")
    }

    /// Who attended the most meetings, and how many.
    pub fn most_attended(&self) -> Reply {
        const INTENT: &str = "person.most_attended";
        let mut counts: Vec<(String, Vec<i32>)> = Vec::new();
        for r in self.lex.roles.iter().filter(|r| r.event == "meeting") {
            match counts.iter_mut().find(|(n, _)| *n == r.name) {
                Some((_, ys)) if !ys.contains(&r.year) => ys.push(r.year),
                Some(_) => {}
                None => counts.push((r.name.clone(), vec![r.year])),
            }
        }
        let Some(top) = counts.iter().map(|(_, ys)| ys.len()).max() else {
            return Reply::not_found(INTENT, "语料中没有座谈会出席人员的记录。");
        };
        let names: Vec<String> = counts.iter().filter(|(_, ys)| ys.len() == top).map(|(n, _)| n.clone()).collect();
        let sentence = format!("语料中出席座谈会次数最多的是{}，各{top}次。", join(&names));
        Reply::answered(INTENT, format!("{}（{top}次）", join(&names)), sentence).rule(INTENT)
    }

    /// Where `name` spoke: the press conferences (分别代表三省一市讲话), the forums (讲话, 致辞) and
    /// their keynotes with the topic; or whether they spoke in the year asked.
    pub fn person_speeches(&self, name: &str, years: &[i32]) -> Reply {
        const INTENT: &str = "person.speeches";
        let want = |y: i32| years.is_empty() || years.contains(&y);
        let forum_ok = self.r.event != Event::Press;
        let press_ok = self.r.event != Event::Forum;
        let mut items: Vec<String> = Vec::new();
        let mut ev = Vec::new();
        let mut ys: Vec<i32> = Vec::new();
        if press_ok {
            for m in self.kb.meetings.values().filter(|m| want(m.year)) {
                if let Some(s) = m.press.speakers.iter().find(|s| s.value.name == name) {
                    items.push(format!("{}年成果发布会上讲话", m.year));
                    ev.extend(s.evidence.iter().cloned());
                    ys.push(m.year);
                }
            }
        }
        if forum_ok {
            for f in self.kb.forums.values().filter(|f| want(f.year)) {
                let label = super::reply::forum_name(f.year, f.edition.get().copied());
                if let Some(k) = f.keynotes.iter().find(|k| k.value.name == name) {
                    items.push(format!("{label}主旨演讲：{}", k.value.topic));
                    ev.extend(k.evidence.iter().cloned());
                    ys.push(f.year);
                } else if let Some(s) = f.speakers.iter().find(|s| s.value.name == name) {
                    items.push(format!("{label}上讲话"));
                    ev.extend(s.evidence.iter().cloned());
                    ys.push(f.year);
                }
            }
        }
        ys.dedup();
        if self.r.asks.has(cue::ASKS_YES_NO) {
            let (answer, sentence) = if items.is_empty() {
                (super::reply::NO.to_string(), format!("语料中没有{name}{}讲话的记录。", years_text(years)))
            } else {
                (format!("是，{}", join(&items)), format!("据语料，{name}{}。", join(&items)))
            };
            return Reply::answered(INTENT, answer, sentence).years(&ys).evidence(&ev).person(name).rule(INTENT);
        }
        if items.is_empty() {
            return Reply::not_found(INTENT, format!("语料中没有{name}{}讲话的记录。", years_text(years))).person(name);
        }
        let sentence = format!("据语料，{name}{}。", join(&items));
        Reply::answered(INTENT, join(&items), sentence).years(&ys).evidence(&ev).person(name).rule(INTENT)
    }

    /// The years a body was invited to the meetings.
    pub fn org_years(&self, org: &str) -> Reply {
        const INTENT: &str = "organization.years";
        let mut years = Vec::new();
        let mut ev = Vec::new();
        for m in self.kb.meetings.values() {
            if let Some(s) = m.invited.iter().find(|s| super::text::normalize(&s.value) == org) {
                years.push(m.year);
                ev.extend(s.evidence.iter());
            }
        }
        let mut roles = Vec::new();
        for f in self.kb.forums.values() {
            if f.hosts.iter().chain(&f.organizers).any(|s| super::text::normalize(&s.value) == org) {
                roles.push(format!("{}年高层论坛的主办或承办单位", f.year));
            }
        }
        if years.is_empty() && roles.is_empty() {
            return Reply::not_found(INTENT, format!("语料中没有{org}出席座谈会的记录。"));
        }
        let mut sentence = if years.is_empty() {
            String::new()
        } else {
            format!("{org}应邀出席了{}。", join(&years.iter().map(|&y| meeting_name(y)).collect::<Vec<_>>()))
        };
        if !roles.is_empty() {
            sentence.push_str(&format!("{org}是{}。", join(&roles)));
        }
        let answer = if years.is_empty() {
            join(&roles)
        } else if self.r.asks.has(cue::ASKS_COUNT) {
            format!("{}次（{}）", years.len(), years_text(&years))
        } else {
            years_text(&years)
        };
        Reply::answered(INTENT, answer, sentence).years(&years).evidence(ev).rule("organization.years")
    }
}

/// Each person of `records` once, with the record that first names them.
fn by_name<'a>(records: impl Iterator<Item = &'a RoleRef>) -> Vec<&'a RoleRef> {
    let mut out: Vec<&RoleRef> = Vec::new();
    for r in records {
        if !out.iter().any(|o| o.name == r.name) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RoleAsk;

    #[test]
    fn role_classes() {
        assert!(RoleAsk::Secretary.matches("上海市委书记"));
        assert!(!RoleAsk::Secretary.matches("上海市委副书记、市长"));
        assert!(RoleAsk::Governor.matches("上海市委副书记、市长"));
        assert!(RoleAsk::Governor.matches("江苏省委副书记、省长"));
        assert!(RoleAsk::DeputySecretary.matches("江苏省委副书记、省长"));
        assert!(!RoleAsk::Governor.matches("江苏省委书记"));
        assert!(RoleAsk::Title("副秘书长").matches("国家发展改革委副秘书长"));
        assert!(!RoleAsk::Title("秘书长").matches("国家发展改革委副秘书长"));
        assert!(!RoleAsk::Secretary.matches("国家发展改革委副秘书长"));
    }
}
