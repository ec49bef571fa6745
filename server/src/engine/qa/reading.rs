//! Reading a normalised question: the years it names (outside titles), relative references
//! (最近一次, 下一届, 明年, 2024年之后的一届), the edition (第八届), the entities (people, places,
//! bodies, with one-edit typos), the documents, themes and lists it quotes in full or in part,
//! which event it is about (座谈会, 论坛, 成果发布会, 清单) and which question words it uses.

use std::sync::LazyLock;

use super::lexicon::{EntityKind, Hit, Lexicon};
use super::tagger::{self, CueSet, cue};
use super::text::{Scan, is_cjk, is_punct, longest_common_substring};
use crate::engine::gazetteer;
use crate::engine::kb::KnowledgeBase;

/// What the question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Meeting,
    Forum,
    Press,
    List,
}

/// A time reference to resolve against `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// The last meeting held by `as_of` (最近一次, 上一届 without a year).
    Latest,
    /// The first meeting after the last one held (下一届 without a year).
    Next,
    /// The first meeting the corpus knows (首次, 第一次).
    First,
    /// `as_of`'s year plus the offset (今年 0, 明年 1, 去年 -1).
    Offset(i32),
    /// The meeting after the named year (2024年之后的一届, 2024年的下一届).
    After,
    /// The meeting before the named year (2024年的上一届).
    Before,
    /// So many years from the named year, or from the year of the meeting a fact names
    /// (2024年的前年 -2, 2022年的后年 +2, 温州开座谈会那年的前一年 -1).
    Shift(i32),
}

/// A place named in the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRef {
    pub name: String,
    pub province: String,
    pub is_province: bool,
}

impl PlaceRef {
    /// Whether an event at `place` was held here: in the province named, or in the city named.
    pub fn is_at(&self, place: &crate::engine::model::Place) -> bool {
        if self.is_province {
            self.province == place.province
        } else {
            place.city.as_deref() == Some(self.name.as_str())
        }
    }
}

/// The question without a polite frame around it (…，能告诉我吗; 你知道…在哪开吗), when it has one
/// with a question word inside: the frame's 吗 then asks for that answer, not for a yes or a no.
fn without_polite_frame(t: &str) -> Option<String> {
    let body = t.trim_end_matches(|c: char| !is_cjk(c));
    let wh = |s: &str| tagger::tag(s).has(cue::FRAME_WH);
    for tail in
        ["能告诉我吗", "可以告诉我吗", "能不能告诉我", "告诉我好吗", "能说一下吗", "能说说吗", "可以说说吗", "知道吗"]
    {
        if let Some(rest) = body.strip_suffix(tail)
            && wh(rest)
        {
            return Some(rest.to_string());
        }
    }
    for head in ["你知道", "您知道", "你晓得", "请问你知道", "你清楚", "知不知道"] {
        if let Some(rest) = body.strip_prefix(head)
            && wh(rest)
        {
            return Some(rest.trim_end_matches(['吗', '么']).to_string());
        }
    }
    None
}

/// Why a fact is so, what a speaker said, who led an item, which experts spoke: reports of the
/// genre name the fact, the speaker and the item, never these; a neighbouring fact is no answer.
fn unrecorded_ask(t: &Scan) -> bool {
    // 主题为何 at the end is the literary 'is what'; 为何在上海举办 asks why; 为何处, 为何时 are
    // 'is where', 'is when' (何 with its noun).
    let why_literary = t.split_once("为何").is_some_and(|(_, rest)| {
        rest.chars().any(is_cjk) && !rest.starts_with(['处', '地', '时', '日', '年', '人', '种', '方'])
    });
    let why = why_literary || t.has(cue::WHY);
    // (作主旨演讲的专家有哪些: the keynote speakers, whom the reports name.)
    let experts = t.has(cue::EXPERTS) && t.has(cue::WHO_OR_WHICH) && !t.has(cue::KEYNOTE);
    why || t.has(cue::SAID_WHAT) || t.has(cue::WHO_LED) || experts
}

/// 谁介绍的座谈会成果: 成果 after the first 介绍, however many words stand between.
fn introduces_results(t: &Scan) -> bool {
    if !(t.has(cue::INTRODUCE) && t.has(cue::RESULTS)) {
        return false;
    }
    let spans = tagger::spans(t);
    let first = spans.iter().filter(|(c, _)| *c == cue::INTRODUCE).map(|(_, r)| r.start).min();
    first.is_some_and(|i| spans.iter().any(|(c, r)| *c == cue::RESULTS && r.start >= i))
}

/// What the question asks, as tags: its cues, the tags computed here and the tags `cues.toml`
/// derives from both (`asks_who`, `asks_yes_no`…), which the intent rules test.
pub(super) fn asks(t: &Scan) -> CueSet {
    let mut set = t.cues();
    let yes_no = match without_polite_frame(t) {
        Some(body) => tagger::tag(&body).has(cue::YES_NO),
        None => t.has(cue::YES_NO),
    } || {
        // 开的不, 开的吧: a statement put for confirmation.
        let end = t.trim_end_matches(|c: char| !is_cjk(c));
        end.ends_with('不') || end.ends_with("的吧") || end.ends_with("了吧")
    };
    let computed = [
        (cue::ASKS_YES_NO, yes_no),
        (cue::INTRODUCES_RESULTS, introduces_results(t)),
        (cue::UNRECORDED_WHY, unrecorded_ask(t)),
        (cue::STATES_COUNT, !super::settle::counts(&super::settle::digits(t)).is_empty()),
    ];
    for (tag, holds) in computed {
        if holds {
            set.insert(tag);
        }
    }
    tagger::derive(&mut set);
    set
}

/// The reading of one question.
#[derive(Debug, Clone)]
pub struct Reading {
    pub text: String,
    /// The cues `text` holds, for [`Reading::scan`].
    tags: CueSet,
    pub chars: Vec<char>,
    /// Years named outside titles, in order, without repeats.
    pub years: Vec<i32>,
    pub rel: Option<Rel>,
    /// 2022年到2024年: the named years are the ends of a range.
    pub range: bool,
    /// 今年和去年: two or more relative years, in the order named, as offsets from `as_of`.
    pub offsets: Vec<i32>,
    /// 最近两次, 近三年: how many of the latest meetings.
    pub last_n: Option<u32>,
    pub edition: Option<u32>,
    pub month_day: Option<(u32, u32)>,
    /// `8月开的吗`, `5月份`: a month named alone.
    pub month: Option<u32>,
    /// `2022年以来`: the named year and every meeting after it.
    pub since: bool,
    pub hits: Vec<Hit>,
    pub people: Vec<String>,
    pub places: Vec<PlaceRef>,
    pub other_places: Vec<String>,
    pub orgs: Vec<String>,
    /// 沪苏浙皖, 三省一市, 各省: every delta province.
    pub all_provinces: bool,
    /// A place names the meeting (温州那次, 合肥会议, 在南京举行的座谈会) rather than being asked about.
    pub place_event: bool,
    /// Indices into `Lexicon::docs` of the best-matching document (several entries when the
    /// same title was acted on by several meetings).
    pub docs: Vec<usize>,
    /// Titles that tie for the best match.
    pub doc_ties: Vec<String>,
    /// Titles quoted in 《》 that match no known document.
    pub unknown_titles: Vec<String>,
    pub themes: Vec<usize>,
    pub list: Option<usize>,
    /// Typo ties: candidate canonical names.
    pub ambiguous: Vec<String>,
    /// What the question asks: see [`asks`].
    pub asks: CueSet,
    pub event: Event,
    /// The question names another body's event and none of this series.
    pub other_event: bool,
    /// A venue the question names (`在皖川开的`) that is no place the corpus or the gazetteer knows.
    pub unknown_venue: Option<String>,
    /// A district or area of Shanghai the question holds the meeting in (`在青浦开的吗`, `嘉定那次`),
    /// as answers name it (`青浦区`); the question then also names 上海.
    pub district: Option<&'static str>,
    /// A meeting named by its place in the series (`第十九次座谈会`) that no report places.
    pub series_unknown: Option<u32>,
}

impl Reading {
    /// The question, for cue words, with the cues found when it was read.
    pub fn scan(&self) -> Scan<'_> {
        Scan::again(&self.text, self.tags)
    }

    pub fn province(&self) -> Option<&str> {
        self.places.iter().find(|p| p.is_province).map(|p| p.province.as_str())
    }

    pub fn city(&self) -> Option<&PlaceRef> {
        self.places.iter().find(|p| !p.is_province)
    }

    /// The delta provinces named, in 沪苏浙皖 order; all four for 三省一市.
    pub fn provinces(&self) -> Vec<String> {
        if self.all_provinces {
            return gazetteer::DELTA_PROVINCES.iter().map(|s| s.to_string()).collect();
        }
        let mut out: Vec<String> = Vec::new();
        for p in &self.places {
            if p.is_province && !out.contains(&p.province) {
                out.push(p.province.clone());
            }
        }
        out
    }
}

/// Reads `text` (already normalised).
pub fn read(lex: &Lexicon, kb: &KnowledgeBase, text: &str) -> Reading {
    let text = &Scan::new(text);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let asks = asks(text);
    let mut masked = vec![false; n];

    // 《…》 spans, and the documents they name.
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if chars[i] == '《'
            && let Some(close) = chars[i + 1..].iter().position(|&c| c == '》')
        {
            quoted.push((i + 1, i + 1 + close));
            masked[i..=i + 1 + close].fill(true);
            i += close + 2;
            continue;
        }
        i += 1;
    }
    let mut docs = Vec::new();
    let mut doc_ties = Vec::new();
    let mut unknown_titles = Vec::new();
    for &(s, e) in &quoted {
        let q: Vec<char> = chars[s..e].iter().copied().filter(|&c| !is_punct(c)).collect();
        let (found, ties) = match_doc(lex, &q, true);
        if found.is_empty() && ties.is_empty() {
            unknown_titles.push(chars[s..e].iter().collect());
        }
        docs.extend(found);
        doc_ties.extend(ties);
    }
    // A title named in part without 《》.
    if quoted.is_empty() && asks.has(cue::DOCS) && !lex.docs.is_empty() {
        let q: Vec<char> = chars.iter().copied().map(|c| if is_punct(c) { '\u{0}' } else { c }).collect();
        let (found, ties) = match_doc(lex, &q, false);
        if let Some(&first) = found.first() {
            // Years inside the matched part belong to the title, not to the question.
            let key = &lex.docs[first].key;
            let (len, qs, _) = longest_common_substring(&q, key);
            masked[qs..qs + len].fill(true);
        }
        docs.extend(found);
        doc_ties.extend(ties);
    }

    // Years, editions, dates.
    let mut years = Vec::new();
    let mut edition = None;
    let mut month_day = None;
    let mut month = None;
    let mut i = 0;
    while i < n {
        if masked[i] || !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && chars[i].is_ascii_digit() && !masked[i] {
            i += 1;
        }
        let digits: String = chars[start..i].iter().collect();
        let next = chars.get(i).copied();
        if digits.len() == 4 && (start == 0 || !chars[start - 1].is_ascii_digit()) {
            if let Ok(y) = digits.parse::<i32>()
                && crate::engine::YEAR_RANGE.contains(&y)
                // 2500家企业, 2100名代表: a count, not a year.
                && !next.is_some_and(|c| "人名家项个位亿万元件户条所辆吨米".contains(c))
                && !years.contains(&y)
            {
                years.push(y);
            }
        } else if next == Some('月') && digits.len() <= 2 {
            month = digits.parse::<u32>().ok().filter(|m| (1..=12).contains(m)).or(month);
            let rest: String = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).collect();
            if let (Ok(m), Ok(d)) = (digits.parse::<u32>(), rest.parse::<u32>())
                && chars.get(i + 1 + rest.chars().count()).is_some_and(|&c| c == '日' || c == '号')
            {
                month_day = Some((m, d));
            }
        }
    }
    if text.contains("首届") {
        edition = Some(1);
    } else if !text.contains('第')
        && let Some(p) = text.find("届")
        && text[p..].contains("论坛")
    {
        // `8届论坛几号`, `八届论坛`: the edition without 第.
        let before: String =
            text[..p].chars().rev().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).collect();
        let num: String = before.chars().rev().collect();
        // 哪一届, 上一届, 每一届 are no edition.
        let lead = text[..p].chars().rev().nth(before.chars().count());
        if !lead.is_some_and(|c| "哪几每上下本各历这那首".contains(c)) {
            edition = crate::engine::extract::text::parse_number(&num).filter(|&e| e > 0);
        }
    } else if let Some(p) = text.find('第') {
        let after: String = text[p + '第'.len_utf8()..].chars().take_while(|&c| c != '届').take(6).collect();
        if text[p..].contains('届') {
            edition = crate::engine::extract::text::parse_number(&after).filter(|&e| e > 0);
        }
    }
    // `第十九次长三角地区主要领导座谈会`: a meeting named by its place in the series, found by the
    // places the reports state (that one, or any stated one and the years between).
    let mut series_unknown = None;
    if years.is_empty()
        && let Some(nth) = series_named(text)
    {
        match year_of_series(kb, nth) {
            Some(y) => years.push(y),
            None => series_unknown = Some(nth),
        }
    }
    // Titles that tie, settled by the year the question names (`2024年通过的三年行动计划`).
    if !doc_ties.is_empty() && !years.is_empty() {
        let idx: Vec<usize> = (0..lex.docs.len())
            .filter(|&i| doc_ties.contains(&lex.docs[i].title) && years.contains(&lex.docs[i].year))
            .collect();
        let mut titles: Vec<&str> = idx.iter().map(|&i| lex.docs[i].title.as_str()).collect();
        titles.dedup();
        if titles.len() == 1 {
            docs = idx;
            doc_ties.clear();
        }
    }
    let rel = read_relative(text, !years.is_empty());
    let offsets = if years.is_empty() { relative_offsets(text) } else { Vec::new() };
    let range = years.len() == 2 && text.has(cue::RANGE_WORD) && years[0] < years[1];
    // `2022年以来`, `自2022年6月以来`: the span starts at the year; `2455年座谈会是这个机制建立以来的
    // 第几次` dates the mechanism's start, not the question's span.
    let since = years.len() == 1 && text.has(cue::SINCE) && {
        let y = format!("{}年", years[0]);
        text.find(&y).is_some_and(|at| {
            let after = &text[at + y.len()..];
            ["以来", "至今", "以后", "之后"].iter().filter_map(|w| after.find(w)).min().is_some_and(|gap| {
                let between = &after[..gap];
                between.chars().count() <= 8 && !["座谈会", "会议", "是", "论坛"].iter().any(|w| between.contains(w))
            })
        })
    };
    let last_n = read_last_n(text);

    // Entities.
    let mut hits = lex.scan(&chars, &masked);
    // Places outside the delta stay open to typo matching: 陈吉林 is 陈吉宁 misspelt, not 吉林.
    let mut covered = masked.clone();
    for h in hits.iter().filter(|h| lex.entities[h.entity].kind != EntityKind::OtherPlace) {
        covered[h.start..h.start + h.len].fill(true);
    }
    let has_person = hits.iter().any(|h| lex.entities[h.entity].kind == EntityKind::Person);
    let mut ambiguous = Vec::new();
    if !has_person {
        let other: Vec<Hit> =
            hits.iter().filter(|h| lex.entities[h.entity].kind == EntityKind::OtherPlace).cloned().collect();
        let mut fuzzy = lex.fuzzy(&chars, &covered);
        // Over another place only a person's name may win, and then the place goes.
        fuzzy.retain(|f| !other.iter().any(|o| overlaps(o, f)) || lex.entities[f.entity].kind == EntityKind::Person);
        hits.retain(|h| lex.entities[h.entity].kind != EntityKind::OtherPlace || !fuzzy.iter().any(|f| overlaps(f, h)));
        // Candidates sharing a window tie: AMBIGUOUS rather than a guess.
        let mut groups: Vec<Vec<&Hit>> = Vec::new();
        for h in &fuzzy {
            match groups.iter_mut().find(|g| g.iter().any(|x| overlaps(x, h))) {
                Some(g) => g.push(h),
                None => groups.push(vec![h]),
            }
        }
        for g in groups {
            if g.len() == 1 {
                hits.push(g[0].clone());
            } else {
                ambiguous.extend(g.iter().map(|h| lex.entities[h.entity].canonical.clone()));
            }
        }
    }
    if ambiguous.is_empty() {
        let by_sound: Vec<Hit> =
            lex.venue_by_sound(&chars, &covered).into_iter().filter(|v| !hits.iter().any(|h| overlaps(h, v))).collect();
        hits.extend(by_sound);
    }
    let mut people = Vec::new();
    let mut places = Vec::new();
    let mut other_places = Vec::new();
    let mut orgs = Vec::new();
    for h in &hits {
        let e = &lex.entities[h.entity];
        match &e.kind {
            EntityKind::Person => push_unique(&mut people, e.canonical.clone()),
            EntityKind::Place { province, is_province } => {
                let p = PlaceRef { name: e.canonical.clone(), province: province.clone(), is_province: *is_province };
                if !places.contains(&p) {
                    places.push(p);
                }
            }
            EntityKind::OtherPlace => push_unique(&mut other_places, e.canonical.clone()),
            EntityKind::Org => push_unique(&mut orgs, e.canonical.clone()),
        }
    }
    let other_event = names_other_event(&chars, &hits, lex);
    let district = shanghai_district_named(&chars, &hits, &masked);
    if district.is_some() && !places.iter().any(|p| p.province == "上海") {
        places.push(PlaceRef { name: "上海".into(), province: "上海".into(), is_province: false });
    }
    let unknown_venue = unknown_venue(&chars, &hits)
        .filter(|v| crate::engine::gazetteer::shanghai_area(v).is_none_or(|_| district.is_none()));
    // (A district is only read where it names the meeting held there.)
    let place_event = district.is_some()
        || hits.iter().any(|h| {
            matches!(lex.entities[h.entity].kind, EntityKind::Place { .. }) && names_event(&chars, h.start + h.len)
        });
    // 舟山会议之后那一届: the meeting after the one a place names (meetings are yearly); 确定下一届
    // stays the decision of the meeting named.
    let one_on = |t: &str| -> Option<i32> {
        const WORDS: &[(&str, i32)] = &[
            ("之后那一届", 1),
            ("之后的那一届", 1),
            ("之后的一届", 1),
            ("之后一届", 1),
            ("后一届", 1),
            ("之前那一届", -1),
            ("之前的那一届", -1),
            ("之前的一届", -1),
            ("前一届", -1),
            // 扬州那次之前的上一次, 扬州会议的上一届: the one before the meeting the place names
            // (not the latest; the next is the named meeting's decision, read elsewhere).
            ("之前的上一次", -1),
            ("之前的上一届", -1),
            ("之前一次", -1),
            ("的上一届", -1),
            ("的上一次", -1),
            ("前一次", -1),
        ];
        WORDS.iter().find(|(w, _)| t.contains(w)).map(|&(_, k)| k)
    };
    let rel = match fact_shift(text).or_else(|| one_on(text).filter(|_| !text.has(cue::DECIDE))) {
        Some(k) if years.is_empty() && place_event => Some(Rel::Shift(k)),
        _ => rel,
    };
    // 前一年 counts back one year; it does not ask for the latest one.
    let last_n = if matches!(rel, Some(Rel::Shift(_))) { None } else { last_n };
    let all_provinces = read_abbreviations(&chars, &covered, &mut places) || text.has(cue::ALL_PROVINCES);

    // Themes named in part.
    let themes =
        if asks.has(cue::THEME) || (years.is_empty() && places.is_empty() && people.is_empty() && docs.is_empty()) {
            match_theme(lex, &chars, &masked)
        } else {
            Vec::new()
        };

    // `第八届 地点`: meetings have no editions, so an edition alone names the forum.
    // `论坛里有人说是江苏`: a web forum where people talk, not the 高层论坛.
    // (`几届论坛里`, `高层论坛里`: among the forums.)
    let forum_named = text
        .match_indices("论坛")
        .any(|(i, _)| !text[i..].starts_with("论坛里") || text[..i].ends_with('届') || text[..i].ends_with("高层"));
    // `论坛发布的第五批…清单共多少项`: the count of a list the question titles is the list's, whoever
    // released it.
    let list_counted = text.has(cue::COUNT) && titles_list(lex, &chars);
    let event = if list_counted {
        Event::List
    } else if forum_named || edition.is_some() && !asks.has(cue::MEETING_WORD) {
        Event::Forum
    } else if text.has(cue::PRESS_EVENT) {
        Event::Press
    } else if text.has(cue::LIST_EVENT) && !text.contains("事项清单")
        || names_published_list(lex, kb, text, &years, &docs)
        || titles_list(lex, &chars)
    {
        Event::List
    } else {
        Event::Meeting
    };
    let list = if event == Event::List { match_list(lex, kb, &chars, &years) } else { None };

    Reading {
        text: text.to_string(),
        tags: text.cues(),
        chars,
        years,
        rel,
        range,
        offsets,
        last_n,
        edition,
        month_day,
        month,
        since,
        hits,
        people,
        places,
        other_places,
        orgs,
        all_provinces,
        place_event,
        docs,
        doc_ties,
        unknown_titles,
        themes,
        list,
        ambiguous,
        asks,
        event,
        other_event,
        unknown_venue,
        district,
        series_unknown,
    }
}

/// `第十九次…座谈会`, `第19次会议`: the meeting's place in the series, as the question writes it.
fn series_named(text: &str) -> Option<u32> {
    let at = text.find('第')?;
    let rest = &text[at + '第'.len_utf8()..];
    let num: String =
        rest.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百两".contains(*c)).collect();
    let after = rest[num.len()..].strip_prefix('次')?;
    // The meeting must follow at once: `第三次会员代表大会`, `第2次发言` and `第一次参加座谈会` (a
    // person's first time) name no meeting of the series; the first meeting is read as 首次.
    let lead = ["召开的", "举行的", "举办的", ""].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    let names = ["长三角地区主要领导座谈会", "长三角主要领导座谈会", "主要领导座谈会", "座谈会"]
        .iter()
        .any(|w| lead.starts_with(w));
    (names && !num.is_empty()).then(|| crate::engine::extract::text::parse_number(&num)).flatten().filter(|&n| n > 1)
}

/// The year of the meeting `nth` in the series: the one a report places there, or counted from the
/// meetings whose places the reports state, when they all agree on the series' first year.
fn year_of_series(kb: &KnowledgeBase, nth: u32) -> Option<i32> {
    let stated: Vec<(i32, u32)> =
        kb.meetings.values().filter_map(|m| m.series.primary().map(|s| (m.year, s.value.nth))).collect();
    if let Some(&(y, _)) = stated.iter().find(|(_, n)| *n == nth) {
        return Some(y);
    }
    let mut offsets: Vec<i32> = stated.iter().map(|&(y, n)| y - n as i32).collect();
    offsets.sort_unstable();
    offsets.dedup();
    match offsets[..] {
        [k] => Some(k + nth as i32),
        _ => None,
    }
}

/// `在皖川开的那届`: a venue the question holds a meeting at that no entity names (no document
/// reports a meeting there): the words between 在 and the verb of holding.
/// A Shanghai district or area the question holds the meeting in: after 在 (`在上海市青浦区开的`,
/// `在嘉定`) or before a word of holding or of the event (`青浦办会那年`, `松江那次`); outside any
/// entity and any 《title》 (`虹桥国际开放枢纽`).
fn shanghai_district_named(chars: &[char], hits: &[Hit], masked: &[bool]) -> Option<&'static str> {
    const AFTER: [&str; 14] =
        ["开", "召开", "举行", "举办", "办会", "办的", "那次", "那届", "那年", "这次", "会议", "座谈会", "承办", "办"];
    (0..chars.len()).find_map(|i| {
        if masked[i]
            || !crate::engine::gazetteer::may_open_shanghai_area(chars[i])
            || hits.iter().any(|h| h.start <= i && i < h.start + h.len)
        {
            return None;
        }
        let rest: String = chars[i..chars.len().min(i + 12)].iter().collect();
        if let Some((area, len)) = crate::engine::gazetteer::shanghai_area(&rest) {
            let before: String = chars[i.saturating_sub(4)..i].iter().collect();
            let after = &rest[len..];
            let held_in = before.ends_with('在') || before.ends_with("在上海") || before.ends_with("在上海市");
            return (held_in || AFTER.iter().any(|w| after.starts_with(w))).then_some(area);
        }
        // `金山那次会议`: a name shared with elsewhere, only right before the event it names.
        const EVENT: [&str; 8] = ["那次", "那届", "这次", "会议", "座谈会", "论坛", "高层论坛", "区"];
        let (w, area) = crate::engine::gazetteer::SHANGHAI_AREAS_OF_EVENTS.iter().find(|(w, _)| rest.starts_with(w))?;
        EVENT.iter().any(|e| rest[w.len()..].starts_with(e)).then_some(*area)
    })
}

fn unknown_venue(chars: &[char], hits: &[Hit]) -> Option<String> {
    const VERBS: [&str; 8] = ["开的", "举行的", "召开的", "举办的", "开幕的", "举行", "召开", "举办"];
    // Words of time, of other events, of vagueness: `在几月几号举办`, `在座谈会之后举行`.
    let vague = "哪何什么这那此该同当本线上下里边处个几月号日年会后前之期间份每届次论坛召举办开";
    (0..chars.len()).filter(|&i| chars[i] == '在').find_map(|i| {
        (2..=6).find_map(|n| {
            let name = chars.get(i + 1..i + 1 + n)?;
            let after: String = chars[i + 1 + n..].iter().take(3).collect();
            if !VERBS.iter().any(|v| after.starts_with(v)) {
                return None;
            }
            let known = hits.iter().any(|h| h.start < i + 1 + n && h.start + h.len > i + 1);
            let plain = name.iter().all(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !vague.contains(c));
            let name: String = name.iter().collect();
            (plain && !known && !crate::engine::gazetteer::near_delta_place(&name)).then_some(name)
        })
    })
}

/// `2022年长江中游三省主要领导座谈会…`, `中国城市百人论坛…`, `领导小组会议由谁主持`: the question
/// names another body's event, and none of this series (`series` judges each name by its
/// qualifier). A name that follows another event's name in one clause is part of it
/// (`联席会议办公室第一次会议`).
fn names_other_event(chars: &[char], hits: &[Hit], lex: &Lexicon) -> bool {
    static HEADS: LazyLock<Vec<(&str, Vec<char>)>> =
        LazyLock::new(|| crate::engine::series::heads().map(|h| (h, h.chars().collect())).collect());
    let heads = &*HEADS;
    let (mut other, mut ours) = (false, false);
    // `2025年度座谈会会前的新闻通气会是哪天`: the last event named is the one asked about.
    let mut last_always_other = false;
    let mut held_during = false;
    let mut last_ours_end = 0;
    let mut foreign_end: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let Some((head, h)) = heads.iter().find(|(_, h)| chars[i..].starts_with(h)) else {
            i += 1;
            continue;
        };
        let before = crate::engine::series::clause_before(chars, i);
        let from = i - before.len();
        let place_end = |k: usize| {
            hits.iter()
                .any(|x| x.start + x.len == from + k && matches!(lex.entities[x.entity].kind, EntityKind::Place { .. }))
                || crate::engine::gazetteer::ends_with_delta_place(&before[..k].iter().collect::<String>())
                // `松江座谈会`: a district of Shanghai names the meeting held there.
                || (0..k).any(|s| {
                    let tail: String = before[s..k].iter().collect();
                    crate::engine::gazetteer::shanghai_area(&tail).is_some_and(|(_, len)| len == tail.len())
                        // (`金山座谈会`: a name shared with elsewhere, right before the event.)
                        || crate::engine::gazetteer::SHANGHAI_AREAS_OF_EVENTS.iter().any(|(w, _)| *w == tail)
                })
        };
        let foreign =
            foreign_end.is_some_and(|e| e > from) || crate::engine::series::names_other_event(before, head, &place_end);
        // `2024年座谈会期间的长三角企业家联盟会议上发布了什么`: an event held during ours, named
        // after it, is the one asked at.
        let at_it: String = chars[i + h.len()..].iter().take(2).collect();
        // `2024年座谈会之前,深入推进…发展座谈会是何时召开的`: ours only sets the time of the other.
        let ours_as_time = ours && last_ours_end <= from && {
            let between: String = chars[last_ours_end..from].iter().collect();
            ["之前", "之后", "以前", "以后", "前夕"].iter().any(|w| between.contains(w))
        };
        held_during = foreign && (ours && ["上", "中", "期间"].iter().any(|w| at_it.starts_with(w)) || ours_as_time);
        if foreign {
            other = true;
            foreign_end = Some(i + h.len());
        } else {
            ours = true;
            last_ours_end = i + h.len();
        }
        // (`由长三角一体化发展联席会议主办`: a body that organises, not the event asked.)
        let organises = ["主办", "承办", "指导", "牵头", "支持"].iter().any(|w| {
            let rest: String = chars[i + h.len()..].iter().take(2).collect();
            rest == *w
        });
        last_always_other = crate::engine::series::ALWAYS_OTHER.contains(head) && !organises;
        i += h.len();
    }
    other && (!ours || last_always_other || held_during)
}

/// Whether the place ending at `chars[end]` names an event: `温州那次`, `合肥会议`, `温州的座谈会`,
/// `在南京举行的`, `上海开的那次`.
pub(super) fn names_event(chars: &[char], end: usize) -> bool {
    names_event_here(chars, end) || after_venue(chars, end).is_some_and(|at| names_event_here(chars, at))
}

/// `杭州西湖国宾馆召开的`: where a venue named after the city ends, so the meeting named by the city
/// and its venue is named by the city.
fn after_venue(chars: &[char], end: usize) -> Option<usize> {
    const VENUES: [&str; 14] = [
        "国际会议中心",
        "会议中心",
        "会展中心",
        "国宾馆",
        "宾馆",
        "酒店",
        "饭店",
        "大厦",
        "会堂",
        "礼堂",
        "山庄",
        "会议厅",
        "中心",
        "大礼堂",
    ];
    let rest: Vec<char> = chars[end..].iter().take(14).copied().collect();
    let text: String = rest.iter().collect();
    VENUES.iter().find_map(|v| {
        let at = text.find(v)?;
        let before = text[..at].chars().count();
        (before <= 8 && rest[..before].iter().all(|c| super::text::is_cjk(*c)))
            .then(|| end + before + v.chars().count())
    })
}

fn names_event_here(chars: &[char], end: usize) -> bool {
    let rest: String = chars[end..].iter().take(6).collect();
    let rest = rest.strip_prefix('市').or_else(|| rest.strip_prefix('省')).unwrap_or(&rest);
    let after = [
        "那次",
        "那届",
        "那年",
        "那一年",
        "那一次",
        "那一届",
        "那场",
        "那回",
        "会议",
        "座谈会",
        "的会",
        "的座谈会",
        "的那次",
        "的那届",
        "峰会",
        "论坛",
        "的论坛",
        "高层论坛",
    ];
    if after.iter().any(|w| rest.starts_with(w)) {
        return true;
    }
    let held = [
        "举行的",
        "召开的",
        "举办的",
        "开的",
        "承办的",
        "办的",
        "举行时",
        "召开时",
        "举办时",
        // 温州开座谈会那年, 在杭州开幕时: the meeting named by its venue.
        "开座谈会",
        "召开座谈会",
        "举行座谈会",
        "举办座谈会",
        "开幕时",
        "开幕的",
        "闭幕时",
        "开会时",
        "开会的",
        // 2026年度座谈会在合肥举行,主题是什么: a place stated as a premise before the question.
        "举行,",
        "召开,",
        "举办,",
        "开幕,",
        "举行期间",
        "召开期间",
        // 在温州开完会以后: the meeting named by where it was just held.
        "开完会",
        "开完座谈会",
        "开会以后",
        "开会之后",
    ];
    held.iter().any(|w| rest.starts_with(w)) && !rest.contains('吗')
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

fn overlaps(a: &Hit, b: &Hit) -> bool {
    a.start < b.start + b.len && b.start < a.start + a.len
}

fn read_relative(t: &Scan, has_year: bool) -> Option<Rel> {
    if has_year {
        // 2022年的下下届: the meeting after the next, one a year.
        if t.has(cue::AFTER_NEXT) {
            return Some(Rel::Shift(2));
        }
        if t.has(cue::BEFORE_LAST) {
            return Some(Rel::Shift(-2));
        }
        if let Some(k) = year_shift(t) {
            return Some(Rel::Shift(k));
        }
        if t.has(cue::AFTER_NAMED) {
            return Some(Rel::After);
        }
        if t.has(cue::BEFORE_NAMED) {
            return Some(Rel::Before);
        }
        return None;
    }
    if t.has(cue::THIS_YEAR) {
        return Some(Rel::Offset(0));
    }
    if t.has(cue::NEXT_YEAR) {
        return Some(Rel::Offset(1));
    }
    if t.has(cue::YEAR_AFTER_NEXT) {
        return Some(Rel::Offset(2));
    }
    if t.has(cue::LAST_YEAR) {
        return Some(Rel::Offset(-1));
    }
    if t.has(cue::THREE_YEARS_AGO) {
        return Some(Rel::Offset(-3));
    }
    if t.has(cue::YEAR_BEFORE_LAST) {
        return Some(Rel::Offset(-2));
    }
    // 三年前, 2年前: so many years before the reference date.
    if let Some(p) = t.find("年前") {
        let num: String =
            t[..p].chars().rev().take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c)).collect();
        let num: String = num.chars().rev().collect();
        if let Some(n) = crate::engine::extract::text::parse_number(&num).filter(|&n| (1..=30).contains(&n)) {
            return Some(Rel::Offset(-(n as i32)));
        }
    }
    if t.has(cue::COMING) {
        return Some(Rel::Next);
    }
    if t.has(cue::LATEST) {
        return Some(Rel::Latest);
    }
    if t.has(cue::FIRST_MEETING) {
        return Some(Rel::First);
    }
    None
}

/// Years counted from a named year (2024年的前年, 2022年的后年, 其次年): the word must follow a year.
fn year_shift(t: &str) -> Option<i32> {
    const WORDS: &[(&str, i32)] = &[
        ("大前年", -3),
        ("大后年", 3),
        ("前年", -2),
        ("后年", 2),
        ("次年", 1),
        ("翌年", 1),
        // 2024年座谈会的去年: 去年 / 明年 of the named year, said with 的.
        ("的去年", -1),
        ("的明年", 1),
    ];
    let first_year = t.find('年')?;
    // Every word below ends in 年 after one of these: most questions have none of them.
    if !t.match_indices('年').any(|(p, _)| t[..p].ends_with(['前', '后', '次', '翌', '去', '明'])) {
        return years_apart(&t[first_year..]);
    }
    // 之后年份, 以前年度: 后年 / 前年 inside other words.
    let word_at = |p: usize, w: &str| {
        let before = t[..p].chars().next_back();
        let after = t[p + w.len()..].chars().next();
        p > first_year && !before.is_some_and(|c| "之以最".contains(c)) && !after.is_some_and(|c| "度份".contains(c))
    };
    WORDS
        .iter()
        .find(|(w, _)| t.match_indices(w).any(|(p, _)| word_at(p, w)))
        .map(|&(_, k)| k)
        .or_else(|| years_apart(&t[first_year..]))
}

/// 2024年的两年前, 2022年两年后, 再往前两年: a small count of years from the named year (2024年前
/// is before 2024, not a count).
fn years_apart(t: &str) -> Option<i32> {
    for (p, _) in t.match_indices('年') {
        let num: String =
            t[..p].chars().rev().take_while(|c| "一二两三四五六七八九十".contains(*c) || c.is_ascii_digit()).collect();
        let num: String = num.chars().rev().collect();
        let Some(n) = crate::engine::extract::text::parse_number(&num).filter(|&n| (1..=10).contains(&n)) else {
            continue;
        };
        let before = &t[..p - num.len()];
        let after = &t[p + '年'.len_utf8()..];
        let back = after.starts_with(['前'])
            || after.starts_with("之前")
            || after.starts_with("以前")
            || before.ends_with("往前");
        let ahead = after.starts_with(['后'])
            || after.starts_with("之后")
            || after.starts_with("以后")
            || before.ends_with("往后");
        if back {
            return Some(-(n as i32));
        }
        if ahead {
            return Some(n as i32);
        }
    }
    None
}

/// A year counted from the year of the meeting a place names (温州开座谈会那年，前一年): the
/// one-year words too, which with a year of its own read as 上一届 / 下一届.
fn fact_shift(t: &str) -> Option<i32> {
    if let Some(k) = year_shift(&format!("年{t}")) {
        return Some(k);
    }
    const ONE: &[(&str, i32)] =
        &[("前一年", -1), ("上一年", -1), ("之前一年", -1), ("后一年", 1), ("之后一年", 1), ("下一年", 1)];
    let t = t.replace("下一年度", "");
    ONE.iter().find(|(w, _)| t.contains(w)).map(|&(_, k)| k)
}

/// The relative years a question names (今年 0, 去年 -1, 大前年 -3, 明年 1), when it names two or
/// more: `今年的座谈会和去年的座谈会分别在哪个省`.
fn relative_offsets(t: &str) -> Vec<i32> {
    const WORDS: &[(&str, i32)] = &[("大前年", -3), ("前年", -2), ("去年", -1), ("今年", 0), ("明年", 1), ("后年", 2)];
    let mut found: Vec<(usize, i32)> = Vec::new();
    let mut taken = vec![false; t.len()];
    for (w, k) in WORDS {
        for (i, _) in t.match_indices(w) {
            if !taken[i] {
                taken[i..i + w.len()].fill(true);
                found.push((i, *k));
            }
        }
    }
    found.sort_unstable();
    let mut offsets: Vec<i32> = Vec::new();
    for (_, k) in found {
        if !offsets.contains(&k) {
            offsets.push(k);
        }
    }
    if offsets.len() >= 2 { offsets } else { Vec::new() }
}

/// 最近两次, 近三年, 最近3届: the count of latest meetings asked for.
fn read_last_n(t: &str) -> Option<u32> {
    for lead in ["最近", "近", "前", "最后"] {
        let mut from = 0;
        while let Some(p) = t[from..].find(lead) {
            let start = from + p + lead.len();
            let num: String = t[start..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c))
                .collect();
            let after = t[start + num.len()..].chars().next();
            if !num.is_empty()
                && after.is_some_and(|c| "次届年".contains(c))
                && let Some(n) = crate::engine::extract::text::parse_number(&num).filter(|&n| n >= 1)
            {
                return Some(n);
            }
            from = start;
        }
    }
    None
}

/// Runs of 沪苏浙皖 abbreviations (two or more together) name delta provinces.
fn read_abbreviations(chars: &[char], covered: &[bool], places: &mut Vec<PlaceRef>) -> bool {
    let mut i = 0;
    let mut found = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && !covered[i] && gazetteer::province_from_abbreviation(chars[i]).is_some() {
            i += 1;
        }
        // 在沪召开, 来皖: one abbreviation alone names a province only in a venue's frame.
        // (举办地是皖吗: after 是 only when the question ends there.)
        let next = chars.get(i).copied();
        let venue_frame = i - start == 1
            && start > 0
            && ("在于赴到来".contains(chars[start - 1])
                && next.is_none_or(|c| !is_cjk(c) || "召举开办的吗上城".contains(c))
                || chars[start - 1] == '是' && next.is_none_or(|c| !is_cjk(c) || "吗吧不呢".contains(c)));
        if i - start >= 2 || venue_frame {
            for &c in &chars[start..i] {
                let p = gazetteer::province_from_abbreviation(c).unwrap_or_default().to_string();
                let r = PlaceRef { name: p.clone(), province: p, is_province: true };
                if !places.contains(&r) {
                    places.push(r);
                    found += 1;
                }
            }
        }
        // 在申城召开: 申 is 上海 too, but only as a venue (申请 is no place).
        if i == start
            && chars[i] == '申'
            && !covered[i]
            && i > 0
            && "在于赴到来".contains(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&c| "城召举开办".contains(c))
        {
            let r = PlaceRef { name: "上海".to_string(), province: "上海".to_string(), is_province: true };
            if !places.contains(&r) {
                places.push(r);
            }
        }
        if i == start {
            i += 1;
        }
    }
    found >= 4
}

/// Generic words of titles: a partial match made only of these (and digits) names no document.
const GENERIC_TITLE: &[&str] = &[
    "长三角",
    "一体化",
    "发展",
    "区域",
    "地区",
    "年度",
    "行动",
    "工作",
    "实施",
    "关于",
    "三年",
    "计划",
    "方案",
    "清单",
    "建设",
    "重点",
    "事项",
    "合作",
    "座谈会",
    "会议",
    "通过",
];

/// A document noun: a partial match that contains one names a document.
const DOC_NOUNS: &[&str] = &[
    "计划",
    "方案",
    "清单",
    "纲要",
    "意见",
    "规划",
    "协议",
    "办法",
    "通知",
    "报告",
    "宣言",
    "倡议",
    "备忘录",
    "措施",
    "要点",
];

/// Whether a partial title match is specific enough to name a document.
fn informative(part: &[char]) -> bool {
    let s: String = part.iter().collect();
    let mut rest = s.clone();
    for g in GENERIC_TITLE {
        rest = rest.replace(g, "");
    }
    let own = rest.chars().filter(|&c| is_cjk(c) && c != '年' && c != '度').count();
    // A document noun names a title when words of its own come with it, or the generic part is
    // long (三年行动计划); `合作协议` alone is what many titles end with, not one of them.
    if DOC_NOUNS.iter().any(|n| s.contains(n)) && part.len() >= 4 {
        let bare = DOC_NOUNS.iter().fold(rest.clone(), |acc, n| acc.replace(n, ""));
        return part.len() >= 6 || bare.chars().any(is_cjk);
    }
    own >= 2
}

/// The documents best matching `q` (a quoted title, or the whole question): indices of the
/// winning title's entries, or the tied titles.
fn match_doc(lex: &Lexicon, q: &[char], quoted: bool) -> (Vec<usize>, Vec<String>) {
    let best = best_matches(lex.docs.iter().map(|d| d.key.as_slice()), q, |part, key| {
        if quoted {
            // A quoted title must be the document's title, or most of it.
            part.len() * 10 >= q.len() * 7 || part.len() * 10 >= key.len() * 7
        } else {
            informative(part)
        }
    });
    let mut titles: Vec<String> = Vec::new();
    for &i in &best {
        push_unique(&mut titles, lex.docs[i].title.clone());
    }
    if titles.len() > 1 {
        // Prefer a title matched whole, then the quoted text matched whole.
        let exact: Vec<usize> = best.iter().copied().filter(|&i| lex.docs[i].key.as_slice() == q).collect();
        if !exact.is_empty() {
            return (exact, Vec::new());
        }
        // Then the title sharing the most of the question's other words (`“一网通办”三年行动计划`
        // ties on 三年行动计划 and is settled by 一网通办, `三年行动计划(2024—2026年)` by its years):
        // character pairs in common.
        let shared = |key: &[char]| {
            q.windows(2)
                .filter(|w| w.iter().all(|&c| is_cjk(c) || c.is_ascii_digit()) && key.windows(2).any(|k| k == *w))
                .count()
        };
        let scores: Vec<usize> = best.iter().map(|&i| shared(&lex.docs[i].key)).collect();
        let top = scores.iter().copied().max().unwrap_or(0);
        let winners: Vec<usize> = best.iter().zip(&scores).filter(|(_, s)| **s == top).map(|(&i, _)| i).collect();
        let mut won: Vec<String> = Vec::new();
        for &i in &winners {
            push_unique(&mut won, lex.docs[i].title.clone());
        }
        if won.len() == 1 {
            return (winners, Vec::new());
        }
        return (Vec::new(), titles);
    }
    (best, Vec::new())
}

/// Themes the question quotes in part (4+ characters in common, most of the theme or 6+).
fn match_theme(lex: &Lexicon, chars: &[char], masked: &[bool]) -> Vec<usize> {
    // Punctuation dropped, not kept as a break: a theme quoted with other commas still matches whole.
    let q: Vec<char> = chars.iter().zip(masked).filter(|(c, m)| !**m && !is_punct(**c)).map(|(&c, _)| c).collect();
    best_matches(lex.themes.iter().map(|t| t.key.as_slice()), &q, |part, _| {
        let len = part.len();
        let part: String = part.iter().collect();
        let generic = ["长三角", "一体化", "高质量", "发展", "座谈会"].iter().fold(part, |acc, g| acc.replace(g, ""));
        // Three words of its own, or two within a long quote (携手高质量一体化).
        let own = generic.chars().count();
        own >= 3 || (own >= 2 && len >= 6)
    })
}

/// The character pairs of a question, to pass over keys that share no run of four characters
/// with it before the longest common substring is computed.
struct Pairs(Vec<(char, char)>);

impl Pairs {
    fn of(q: &[char]) -> Pairs {
        let mut pairs: Vec<(char, char)> = q.windows(2).map(|w| (w[0], w[1])).collect();
        pairs.sort_unstable();
        Pairs(pairs)
    }

    /// Four characters in a row of `key` hold one of its pairs that start at an even index: a key
    /// none of whose such pairs is in the question shares no four (nor more) with it.
    fn may_share_four(&self, key: &[char]) -> bool {
        key.chunks_exact(2).any(|p| self.0.binary_search(&(p[0], p[1])).is_ok())
    }
}

/// The indices of the keys sharing the longest common substring (4 or more characters) with
/// `q`, among those whose shared part `accept` takes (it gets the part and the whole key).
fn best_matches<'k>(
    keys: impl Iterator<Item = &'k [char]>,
    q: &[char],
    accept: impl Fn(&[char], &[char]) -> bool,
) -> Vec<usize> {
    let mut best_len = 0;
    let mut best = Vec::new();
    let pairs = Pairs::of(q);
    for (i, key) in keys.enumerate() {
        if !pairs.may_share_four(key) {
            continue;
        }
        let (len, qs, _) = longest_common_substring(q, key);
        if len < 4 || len < best_len || !accept(&q[qs..qs + len], key) {
            continue;
        }
        if len > best_len {
            best_len = len;
            best.clear();
        }
        best.push(i);
    }
    best
}

/// 2054年度重点合作事项清单有多少项, 2055年重点合作事项有多少项: a 事项清单 is a document a meeting
/// reviews unless a list of that name was published that year.
/// (Its title named in full, the year inside it names the list.)
fn names_published_list(lex: &Lexicon, kb: &KnowledgeBase, text: &Scan, years: &[i32], docs: &[usize]) -> bool {
    if !text.has(cue::COOPERATION_ITEMS) || text.contains('《') {
        return false;
    }
    match years[..] {
        [y] => kb.lists.iter().any(|l| l.year == y && l.title.contains("事项")),
        [] => docs.iter().any(|&i| kb.lists.iter().any(|l| l.title == lex.docs[i].title)),
        _ => false,
    }
}

/// `第六批长三角政务服务跨省通办事项有多少项`: a published list named by most of its title, without
/// the word 清单.
fn titles_list(lex: &Lexicon, chars: &[char]) -> bool {
    titled_list(lex, chars).is_some()
}

/// The published list whose title the question gives most of (at least 8 characters and 70% of it).
pub(super) fn titled_list(lex: &Lexicon, chars: &[char]) -> Option<usize> {
    if chars.len() < 8 {
        return None;
    }
    // `跨省通办“免申即享”事项清单`: quotes inside the title do not break the match.
    let chars: Vec<char> = chars.iter().copied().filter(|&c| !is_punct(c)).collect();
    // (Eight in a row share four: a title that cannot is not compared at length.)
    let pairs = Pairs::of(&chars);
    lex.list_keys.iter().position(|key| {
        if !pairs.may_share_four(key) {
            return false;
        }
        let (len, _, _) = longest_common_substring(&chars, key);
        len >= 8 && len * 10 >= key.len() * 7
    })
}

/// The published list a list question is about: the best title match, else the one of the year.
pub(super) fn match_list(lex: &Lexicon, kb: &KnowledgeBase, chars: &[char], years: &[i32]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, key) in lex.list_keys.iter().enumerate() {
        if let Some(&y) = years.first()
            && kb.lists[i].year != y
        {
            continue;
        }
        let (len, _, _) = longest_common_substring(chars, key);
        if best.is_none_or(|(_, l)| len > l) {
            best = Some((i, len));
        }
    }
    best.map(|(i, _)| i)
}
