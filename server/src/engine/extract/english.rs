//! Reports written in English with the Chinese names glossed in brackets (`Bengbu (蚌埠)`,
//! `Party Secretary Lu Chengyuan (陆承远)`, `(《长三角…方案》)`), as English-language outlets print
//! them. The facts are read from the English frame and taken from the glosses, so every name, place
//! and title stored is the Chinese one the rest of the service knows; a fact with no gloss is left
//! unread rather than guessed from its pinyin.

use std::sync::LazyLock;

use regex::Regex;

use super::Extractor;
use crate::engine::model::*;
use crate::engine::normalize::Sentence;

/// The meeting named with its year: `The 2295 Symposium of Principal Leaders of the Yangtze River
/// Delta Region … was held in Bengbu (蚌埠)`.
static HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)the ([0-9]{4}) symposium of (?:the )?(?:principal|main|major) leaders[^.]*?\bwas held in [A-Z][A-Za-z' ]+\(([\p{Han}]{2,6})\)").unwrap()
});
/// `gathered in Huailan (淮澜), a … city in northern Jiangsu (江苏) province, … for the 2238 Yangtze
/// River Delta main leaders' meeting (2238年度长三角地区主要领导座谈会)`: the year glossed, the place
/// the leaders met in.
static YEAR_GLOSS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([0-9]{4})年度长三角地区主要领导座谈会\)").unwrap());
/// `… on May 24 for the annual Yangtze River Delta Main Leaders' Meeting (长三角地区主要领导座谈会)`:
/// the meeting glossed without its year, which the page's date then gives.
static MEETING_GLOSS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(长三角地区主要领导座谈会\)").unwrap());
/// Any Chinese gloss of a name: `Chongming district (崇明区)`.
static GLOSS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([\p{Han}]{2,6})\)").unwrap());
/// `was held June 6-7 in Songjiang district (松江区) of Shanghai`: a date may stand before the place,
/// and the province be named in English after it.
static MET_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:gathered|met|convened|was held|were held)(?: on)?(?: (?:{})\s+[0-9]{{1,2}}(?:\s*(?:-|–|to)\s*[0-9]{{1,2}})?)? (?:in|on|at) [A-Z][A-Za-z' ]+? ?\(([\p{{Han}}]{{2,6}})\)(?:[^(.]*?\((江苏|浙江|安徽|上海)\)| ?of (Shanghai|Jiangsu|Zhejiang|Anhui)\b)?",
        MONTHS.join("|")
    ))
    .unwrap()
});
/// `(May 30-31)`, `from June 16 to 17`, `on June 5`: a date in English.
static ENGLISH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"({}) ([0-9]{{1,2}})(?:\s*(?:-|–|to|and)\s*([0-9]{{1,2}}))?\b", MONTHS.join("|"))).unwrap()
});
/// `Min Lishu (闵立书), Party secretary of Shanghai`: the name first, then the office.
static LEADER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\(([\p{Han}]{2,4})\), (party secretary|party chief|governor|mayor) of (Shanghai|Jiangsu|Zhejiang|Anhui)",
    )
    .unwrap()
});
/// `agreed that the 2239 meeting will be held in Zhejiang`.
static NEXT_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:decided|agreed) that the ([0-9]{4}) (?:meeting|symposium|gathering)\s*(?:\([^)]*\))?\s*will be (?:held|hosted) in (Shanghai|Jiangsu|Zhejiang|Anhui)").unwrap()
});
/// A gloss of dates: `(6月16日至17日)`.
static DATE_GLOSS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([0-9]{1,2}月[0-9]{1,2}日(?:至[0-9]{1,2}日)?)\)").unwrap());
/// `under the theme "…" ("淮河共治 链动长三角")`.
static THEME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)theme[^(]{0,200}\(["“]([^"”]*\p{Han}[^"”]*)["”]\)"#).unwrap());
/// `The theme of this year's meeting was "G60再出发 科创引未来"`, `under the theme "人工智能与未来产业"`:
/// the theme quoted in Chinese in the English sentence itself.
static THEME_QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)theme\b[^"“(.]{0,60}["“]([^"”]*\p{Han}[^"”]*)["”]"#).unwrap());
/// `Shanghai Party Secretary Lu Chengyuan (陆承远)`, `Anhui Governor Wei Ziqian (卫子骞)`.
static LEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(Shanghai|Jiangsu|Zhejiang|Anhui) (?i:(Party Secretary|Party chief|Governor|Mayor)) [A-Z][A-Za-z'\- ]+? ?\(([\p{Han}]{2,4})\)").unwrap()
});
/// `… Party secretary Bao Chengzhi (鲍承志) and governor Luo Qinghe (骆清和)`: a second office of the
/// province just named, right after the first.
static AND_LEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*and (?i:(Party Secretary|Party chief|Governor|Mayor)) [A-Z][A-Za-z'\- ]+? ?\(([\p{Han}]{2,4})\)")
        .unwrap()
});
/// `the … Plan … (《…》)`, with the act before it.
static TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(《([^》]+)》\)").unwrap());
/// `decided that Shanghai will host the 2296 symposium`.
static NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)decided that (Shanghai|Jiangsu|Zhejiang|Anhui)(?: province)? will host the ([0-9]{4}) symposium")
        .unwrap()
});
/// `Jiangsu province will host the next meeting`: next year's host.
static NEXT_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(Shanghai|Jiangsu|Zhejiang|Anhui)(?: province)? will host the next (?:meeting|symposium|gathering|one)",
    )
    .unwrap()
});
/// `the 14th Yangtze River Delta Integrated Development High-Level Forum`.
static FORUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)the ([0-9]{1,3})(?:st|nd|rd|th) (?:Yangtze River Delta|YRD) (?:Integrated |Integration )?(?:Development )?High[- ]Level Forum").unwrap()
});
/// `Keynote speeches (主旨演讲) were delivered by Qiu Yingxue (裘映雪), professor at …, and David Fan
/// (范大卫), …`: the speakers after `by`, each a name of two or three capitalised words glossed.
static KEYNOTES_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)keynote (?:speeches|speech|addresses|address|reports)[^.]*?\b(?:delivered|given|made) by ")
        .unwrap()
});
static GLOSSED_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) ?\(([\p{Han}]{2,4})\)").unwrap());
/// `hosted by Tang Yining (唐以宁主持)`, `chaired by …`: who presided, the gloss perhaps with 主持.
static HOSTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:hosted|chaired|presided over|moderated) by [A-Z][A-Za-z'\- ]+? ?\(([\p{Han}]{2,4}?)(?:主持)?\)")
        .unwrap()
});
/// `A total of 64 projects worth … were signed`, `signed 12 agreements`.
static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b([0-9]{1,4}) (?:[a-z-]+ ){0,2}(?:projects|agreements|deals|contracts)\b[^.]*?\b(?:were|was) signed|\bsigned ([0-9]{1,4}) (?:projects|agreements|deals|contracts))").unwrap()
});
/// `worth 312 billion yuan (3120亿元)`.
static WORTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:worth|investment of|valued at)[^.(]{0,40}\(([0-9]+(?:\.[0-9]+)?\s*(?:万亿|亿|万)元)\)").unwrap()
});
/// `opened in Songjiang on June 7`, `was held on June 7`: the forum's day.
static FORUM_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:opened|was held|took place|convened)(?: in [A-Z][A-Za-z' ]+?)? on ((?:{}) [0-9]{{1,2}})\b",
        MONTHS.join("|")
    ))
    .unwrap()
});
/// `Luo Qiuhong (骆秋鸿), an academician …, delivered a keynote speech titled "…" (《…》)`.
static KEYNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\(([\p{Han}]{2,4})\),[^.]*?\b(?:delivered|gave) a keynote (?:speech|address|report)[^(]*?\(《([^》]+)》\)",
    )
    .unwrap()
});
/// `presided over by Qiu Mingzhe (仇明哲)`, `Sang Yunting (桑云汀), …, briefed reporters`.
static PRESIDED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"presided over by [A-Z][A-Za-z'\- ]+? \(([\p{Han}]{2,4})\)").unwrap());
static BRIEFED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([\p{Han}]{2,4})\),[^.()]*?briefed (?:reporters|the press|journalists)").unwrap());

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English sentences of a text: split after a full stop followed by a space, a capital or a
/// quote.
fn english_sentences(t: &str) -> Vec<&str> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    for i in 0..b.len() {
        if b[i] == b'.' && b.get(i + 1).is_some_and(|&n| n == b' ' || n.is_ascii_uppercase() || n == b'"') {
            out.push(t[from..=i].trim());
            from = i + 1;
        }
    }
    out.push(t[from..].trim());
    out
}

/// A province's English name (in any case) in Chinese.
fn province_zh(english: &str) -> &'static str {
    match english.to_ascii_lowercase().as_str() {
        "shanghai" => "上海",
        "jiangsu" => "江苏",
        "zhejiang" => "浙江",
        _ => "安徽",
    }
}

/// The first English date of a sentence, in year `year`.
fn english_span(t: &str, year: i32) -> Option<DateSpan> {
    // (`SHANGHAI, June 7 (Wire) -- … was held June 6-7`: the meeting's days over the dateline's.)
    let c = ENGLISH_DATE.captures_iter(t).find(|c| c.get(3).is_some()).or_else(|| ENGLISH_DATE.captures(t))?;
    let month = MONTHS.iter().position(|m| *m == &c[1])? as u32 + 1;
    let start = Date::new(year, month, c[2].parse().ok()?);
    let end = match c.get(3) {
        Some(d) => Date::new(year, month, d.as_str().parse().ok()?),
        None => start,
    };
    (start.is_valid() && end.is_valid() && start <= end).then_some(DateSpan { start, end })
}

/// Whether a text is written in English: many more Latin letters than Chinese characters (a wire
/// that glosses every name, place and title in Chinese still has three times as many).
pub(super) fn is_english(text: &str) -> bool {
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    let han = text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    letters >= 400 && letters > 3 * han
}

/// The office a role written in English (in any case) is, for the province named: the role as the
/// Chinese reports write it, and the province's short name.
fn office(province: &str, title: &str) -> (String, String) {
    let zh = province_zh(province);
    let party = matches!(title.to_ascii_lowercase().as_str(), "party secretary" | "party chief");
    let role = match (party, zh == "上海") {
        (true, true) => "市委书记",
        (true, false) => "省委书记",
        (false, true) => "市长",
        (false, false) => "省长",
    };
    (format!("{zh}{role}"), zh.to_string())
}

/// The next host a sentence names: `decided that Shanghai will host the 2296 symposium`, `agreed that
/// the 2239 meeting will be held in Zhejiang`.
fn next_host(t: &str) -> Option<(i32, &'static str)> {
    if let Some(c) = NEXT.captures(t) {
        return Some((c[2].parse().ok()?, province_zh(&c[1])));
    }
    let c = NEXT_HELD.captures(t)?;
    Some((c[1].parse().ok()?, province_zh(&c[2])))
}

/// A title anywhere in a line: `- 《长三角数据要素流通互认规则》(Rules on …)`.
static ANY_TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"《([^》]+)》").unwrap());

/// What a clause did to the documents it names, if it names an act: adopted in principle, adopted,
/// or reviewed.
fn doc_action(clause: &str) -> Option<(DocAction, &'static str)> {
    if clause.contains("in principle") {
        Some((DocAction::Adopted, "原则通过"))
    } else if clause.contains("approved") || clause.contains("adopted") {
        Some((DocAction::Adopted, "审议通过"))
    } else if clause.contains("reviewed") || clause.contains("endorsed") {
        Some((DocAction::Reviewed, "审议"))
    } else {
        None
    }
}

impl Extractor<'_> {
    /// Every paragraph of an English report, read with the rules above. The meeting's year is the
    /// one its lede names; nothing is read before a lede has named it.
    pub(super) fn english_report(&mut self) {
        let doc = self.doc;
        let mut year: Option<i32> = None;
        let mut forum_year: Option<i32> = None;
        let mut listed: Option<(DocAction, &'static str)> = None;
        let mut in_forum = false;
        for s in &doc.sentences {
            let t = doc.sentence_text(s);
            let lede = HELD
                .captures(t)
                .map(|c| (c[1].to_string(), Some(c[2].to_string()), None))
                .or_else(|| {
                    let y = match YEAR_GLOSS.captures(t) {
                        Some(y) => y[1].to_string(),
                        // Glossed without its year, and told as held: the year of the page's date.
                        None if MEETING_GLOSS.is_match(t) && MET_IN.is_match(t) => self.pub_date?.year.to_string(),
                        None => return None,
                    };
                    let m = MET_IN.captures(t);
                    Some((
                        y,
                        m.as_ref().map(|m| m[1].to_string()),
                        m.as_ref().and_then(|m| {
                            m.get(2)
                                .map(|p| p.as_str().to_string())
                                .or_else(|| m.get(3).map(|p| province_zh(p.as_str()).to_string()))
                        }),
                    ))
                })
                .filter(|_| year.is_none());
            if let Some((y, place, province)) = lede {
                let Ok(y) = y.parse::<i32>() else { continue };
                if !crate::engine::TEXT_YEARS.contains(&y) {
                    continue;
                }
                year = Some(y);
                let ev = self.evidence(s);
                // A city no gazetteer lists is known by the province glossed after it.
                // (A district of Shanghai is Shanghai's: the gloss in the evidence names it.)
                let place = place
                    .and_then(|p| {
                        self.parse_place(&p).map(|(pl, _)| pl).or_else(|| {
                            province.map(|pr| {
                                let city = (pr != "上海").then(|| p.trim_end_matches('市').to_string());
                                Place { province: pr, city }
                            })
                        })
                    })
                    // `gathered on Chongming Island (崇明岛), in Shanghai's Chongming district (崇明区)`:
                    // the first gloss that is a place the gazetteer knows.
                    .or_else(|| {
                        let before = MEETING_GLOSS.find(t).or(YEAR_GLOSS.find(t)).map_or(t.len(), |m| m.start());
                        GLOSS.captures_iter(&t[..before]).find_map(|g| self.parse_place(&g[1]).map(|(pl, _)| pl))
                    });
                if let Some(place) = place {
                    self.note(format!("meeting {y}: place {} (English)", place.full_name()), &ev);
                    crate::engine::kb::add_place(&mut self.meeting(y).place, place, ev.clone());
                }
                let span = DATE_GLOSS
                    .captures(t)
                    .and_then(|g| super::text::dates(&g[1]).into_iter().next().and_then(|d| d.resolve(y, None)))
                    .or_else(|| english_span(t, y));
                if let Some(span) = span {
                    self.note(format!("meeting {y}: dates {} (English)", span.chinese()), &ev);
                    self.meeting(y).dates.add(span, ev.clone());
                }
            }
            let Some(y) = year else { continue };
            // `reviewed and adopted (审议通过) two documents:` then a line per title.
            if let Some((action, verb)) = listed {
                if t.contains('《') {
                    for c in ANY_TITLE.captures_iter(t) {
                        let d = MeetingDoc { title: c[1].to_string(), action, verb: verb.into() };
                        let ev = self.evidence(s);
                        self.note(format!("meeting {y}: {verb} 《{}》 (English)", d.title), &ev);
                        add_sourced(&mut self.meeting(y).documents, d, ev);
                    }
                    continue;
                }
                listed = None;
            }
            if t.trim_end().ends_with(':') {
                listed = doc_action(&t.to_lowercase());
            }
            // A paragraph that named the forum is the forum's to its end.
            if s.opens_paragraph {
                in_forum = false;
            }
            // English full stops end no sentence of the normalised text (and joined lines lose the
            // space after them): split on them here.
            let mut press = false;
            for part in english_sentences(t) {
                let lower = part.to_lowercase();
                if lower.contains("forum") || lower.contains("decided") {
                    press = false;
                }
                press |= ["press", "news conference", "briefing"].iter().any(|w| lower.contains(w));
                in_forum |= FORUM.is_match(part);
                self.english_sentence(y, &mut forum_year, press, in_forum, part, s);
            }
        }
    }

    fn english_sentence(
        &mut self,
        year: i32,
        forum_year: &mut Option<i32>,
        press: bool,
        in_forum: bool,
        t: &str,
        s: &Sentence,
    ) {
        let ev = self.evidence(s);
        // The forum's part: what follows its naming is the forum's.
        if let Some(c) = FORUM.captures(t) {
            *forum_year = Some(year);
            if let Ok(n) = c[1].parse::<u32>() {
                self.note(format!("forum {year}: edition {n} (English)"), &ev);
                self.forum(year).edition.add(n, ev.clone());
            }
            // `On June 17, the 14th … Forum`: the day the sentence opens on; `… Forum opened in
            // Songjiang on June 7`.
            let opens_on = english_span(t, year)
                .filter(|_| t.starts_with("On ") && ENGLISH_DATE.find(t).is_some_and(|m| m.start() == 3));
            let on = FORUM_ON.captures(t).and_then(|c| english_span(&c[1], year));
            // `A day earlier, on May 23, the 25th … Forum opened`: the day told before the forum.
            let on_before = {
                let before = &t[..c.get(0).map_or(0, |m| m.start())];
                ENGLISH_DATE
                    .find_iter(before)
                    .last()
                    .filter(|m| before[..m.start()].ends_with("on "))
                    .and_then(|m| english_span(m.as_str(), year))
            };
            if let Some(span) = opens_on.or(on).or(on_before) {
                let date = span.start;
                self.note(format!("forum {year}: date {} (English)", DateSpan::day(date).chinese()), &ev);
                self.forum(year).date.add(date, ev.clone());
            }
            // `held in Bengbu alongside the symposium`: where the meeting was.
            if t.contains("alongside") || t.contains("on the sidelines") {
                let place = self.facts.meetings.get(&year).and_then(|m| m.place.primary()).map(|p| p.value.clone());
                if let Some(place) = place {
                    crate::engine::kb::add_place(&mut self.forum(year).place, place, ev.clone());
                }
            }
        }
        if let Some(fy) = *forum_year
            && (FORUM.is_match(t) || KEYNOTE.is_match(t) || KEYNOTES_BY.is_match(t) || t.contains("forum") || in_forum)
        {
            // `the forum adopted its own theme, "Zero-Carbon Island" (“零碳之岛 共绘未来”)`.
            if let Some(c) = THEME.captures(t).or_else(|| THEME_QUOTED.captures(t)) {
                let theme = c[1].trim().to_string();
                self.note(format!("forum {fy}: theme {theme} (English)"), &ev);
                self.forum(fy).theme.add(theme, ev.clone());
            }
            if let Some(m) = KEYNOTES_BY.find(t) {
                for c in GLOSSED_NAME.captures_iter(&t[m.end()..]) {
                    let k = Keynote {
                        name: c[2].to_string(),
                        role: String::new(),
                        topic: String::new(),
                        kind: "主旨演讲".into(),
                    };
                    self.note(format!("forum {fy}: keynote {} (English)", k.name), &ev);
                    add_sourced(&mut self.forum(fy).keynotes, k, ev.clone());
                }
            }
            if let Some(c) = HOSTED_BY.captures(t) {
                let a = Attendee { name: c[1].to_string(), role: String::new(), province: String::new() };
                self.note(format!("forum {fy}: presided by {} (English)", a.name), &ev);
                add_sourced(&mut self.forum(fy).presiders, a, ev.clone());
            }
            if let Some(c) = SIGNED.captures(t)
                && let Some(n) = c.get(1).or(c.get(2)).and_then(|n| n.as_str().parse::<u32>().ok())
            {
                self.note(format!("forum {fy}: {n} agreements signed in all (English)"), &ev);
                self.forum(fy).signed_total.add(n, ev.clone());
                // `worth 312 billion yuan (3120亿元)`: the gloss gives the figure in Chinese.
                if let Some(g) = WORTH.captures(t) {
                    let v = g[1].replace(' ', "");
                    self.note(format!("forum {fy}: signed projects worth {v} (English)"), &ev);
                    self.forum(fy).invested.add(v, ev.clone());
                }
            }
            for c in KEYNOTE.captures_iter(t) {
                let k = Keynote {
                    name: c[1].to_string(),
                    role: String::new(),
                    topic: c[2].to_string(),
                    kind: "主旨演讲".into(),
                };
                self.note(format!("forum {fy}: keynote {} on {} (English)", k.name, k.topic), &ev);
                add_sourced(&mut self.forum(fy).keynotes, k, ev.clone());
            }
            if t.contains("forum was presided over by") || t.contains("forum was chaired by") {
                for c in PRESIDED_BY.captures_iter(t) {
                    let a = Attendee { name: c[1].to_string(), role: String::new(), province: String::new() };
                    add_sourced(&mut self.forum(fy).presiders, a, ev.clone());
                }
            }
            return;
        }
        // The meeting's part.
        if let Some(c) = THEME.captures(t).or_else(|| THEME_QUOTED.captures(t)) {
            let theme = c[1].trim().to_string();
            self.note(format!("meeting {year}: theme {theme} (English)"), &ev);
            self.meeting(year).theme.add(theme, ev.clone());
        }
        let lower = t.to_lowercase();
        let presided = ["presided over the", "presided over by", "chaired the symposium", "chaired the meeting"]
            .iter()
            .any(|w| lower.contains(w));
        // The first leader named in the sentence presided: one named before the office, else after.
        let mut named_first = false;
        for c in LEADER_AFTER.captures_iter(t) {
            let (role, province) = office(&c[3], &c[2]);
            let a = Attendee { name: c[1].to_string(), role, province };
            if presided && !std::mem::replace(&mut named_first, true) {
                self.note(format!("meeting {year}: presided by {} (English)", a.name), &ev);
                self.meeting(year).presider.add(a.name.clone(), ev.clone());
            }
            self.note(format!("meeting {year}: attendee {} {} (English)", a.role, a.name), &ev);
            add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
        }
        let presided = presided && !named_first;
        for (i, c) in LEADER.captures_iter(t).enumerate() {
            let (role, province) = office(&c[1], &c[2]);
            let a = Attendee { name: c[3].to_string(), role, province };
            if presided && i == 0 {
                self.note(format!("meeting {year}: presided by {} (English)", a.name), &ev);
                self.meeting(year).presider.add(a.name.clone(), ev.clone());
            }
            self.note(format!("meeting {year}: attendee {} {} (English)", a.role, a.name), &ev);
            add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            if let Some(and) = AND_LEADER.captures(&t[c.get(0).map_or(0, |m| m.end())..]) {
                let (role, province) = office(&c[1], &and[1]);
                let a = Attendee { name: and[2].to_string(), role, province };
                self.note(format!("meeting {year}: attendee {} {} (English)", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        }
        if ["reviewed", "approved", "adopted", "endorsed"].iter().any(|w| lower.contains(w)) {
            for c in TITLE.captures_iter(t) {
                let before = &lower[..c.get(0).map_or(0, |m| m.start())];
                let at = before.rfind(['.', ';']).map_or(0, |i| i + 1);
                let Some((action, verb)) = doc_action(&before[at..]) else { continue };
                let d = MeetingDoc { title: c[1].to_string(), action, verb: verb.into() };
                self.note(format!("meeting {year}: {verb} 《{}》 (English)", d.title), &ev);
                add_sourced(&mut self.meeting(year).documents, d, ev.clone());
            }
        }
        let bare_next = NEXT_BARE.captures(t).map(|c| (year + 1, province_zh(&c[1])));
        if let Some((next, province)) = next_host(t).or(bare_next)
            && next > year
            && let Some((place, _)) = self.parse_place(province)
        {
            self.decided(year, next, place, ev.clone());
        }
        if press {
            if let Some(c) = PRESIDED_BY.captures(t) {
                self.note(format!("meeting {year}: press presided by {} (English)", &c[1]), &ev);
                self.meeting(year).press.presider.add(c[1].to_string(), ev.clone());
            }
            if let Some(c) = BRIEFED.captures(t) {
                self.note(format!("meeting {year}: results reported by {} (English)", &c[1]), &ev);
                self.meeting(year).press.reporter.add(c[1].to_string(), ev.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_that_glosses_in_chinese() {
        let lede = "The 2478 Yangtze River Delta main leaders' meeting(2478年度长三角地区主要领导座谈会)was held June 6-7 in Songjiang district(松江区)of Shanghai.";
        let m = MET_IN.captures(lede).expect("met in");
        assert_eq!((&m[1], m.get(3).map(|p| p.as_str())), ("松江区", Some("Shanghai")));
        let span = english_span("SHANGHAI, June 7 (Wire) -- … was held June 6-7 in", 2478).unwrap();
        assert_eq!((span.start.day, span.end.day), (6, 7));
        let roll = "Zhejiang Party secretary Bao Chengzhi(鲍承志)and governor Luo Qinghe(骆清和); Anhui";
        let first = LEADER.captures(roll).unwrap();
        assert_eq!(&first[3], "鲍承志");
        let and = AND_LEADER.captures(&roll[first.get(0).unwrap().end()..]).unwrap();
        assert_eq!((&and[1], &and[2]), ("governor", "骆清和"));
        let forum = "Keynote speeches(主旨演讲)were delivered by Qiu Yingxue(裘映雪), professor at Shanghai Jiao Tong University(上海交通大学), and David Fan(范大卫), CEO of NovaMind(诺思智能)";
        let tail = &forum[KEYNOTES_BY.find(forum).unwrap().end()..];
        let names: Vec<String> = GLOSSED_NAME.captures_iter(tail).map(|c| c[2].to_string()).collect();
        assert_eq!(names, ["裘映雪", "范大卫"]);
        assert_eq!(&HOSTED_BY.captures("hosted by Tang Yining(唐以宁主持), under").unwrap()[1], "唐以宁");
        let signed =
            SIGNED.captures("A total of 64 projects worth 312 billion yuan(3120亿元)were signed on site").unwrap();
        assert_eq!(&signed[1], "64");
        assert_eq!(&WORTH.captures("64 projects worth 312 billion yuan(3120亿元)were signed").unwrap()[1], "3120亿元");
        let next = "The meeting decided that the 2479 meeting(2479年度座谈会)will be held in Zhejiang province(浙江省)";
        assert_eq!(next_host(next), Some((2479, "浙江")));
        assert_eq!(
            &THEME_QUOTED.captures("The theme of this year's meeting was \"G60再出发 科创引未来\" (roughly").unwrap()
                [1],
            "G60再出发 科创引未来"
        );
    }
}
