//! Small readers shared by the rules: Chinese numerals, date expressions, places and names.

use std::sync::LazyLock;

use regex::Regex;

use crate::engine::gazetteer;
use crate::engine::model::{Date, DateSpan, Place};

/// `八` → 8, `十二` → 12, `二十一` → 21, `一百零五` → 105, `12` → 12.
pub fn parse_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| "〇零一二三四五六七八九".find(c).map(|i| (i / 3).saturating_sub(1) as u32);
    let (mut total, mut current) = (0u32, None::<u32>);
    let mut any = false;
    for c in s.chars() {
        any = true;
        match c {
            '十' => {
                total += current.unwrap_or(1) * 10;
                current = None;
            }
            '百' => {
                total += current.unwrap_or(1) * 100;
                current = None;
            }
            '两' => current = Some(2),
            '〇' | '零' => current = Some(0),
            _ => current = Some(digit(c)?),
        }
    }
    any.then_some(total + current.unwrap_or(0))
}

/// A month-day expression found in text, before its year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: u32,
    pub end_month: Option<u32>,
    pub end_day: Option<u32>,
    /// Byte range in the text it was found in.
    pub start: usize,
    pub end: usize,
}

impl DateExpr {
    /// Resolves against a year and the month in force.
    pub fn resolve(&self, year: i32, month_in_force: Option<u32>) -> Option<DateSpan> {
        let year = self.year.unwrap_or(year);
        let month = self.month.or(month_in_force)?;
        let start = Date::new(year, month, self.day);
        let end = match self.end_day {
            Some(d) => Date::new(year, self.end_month.unwrap_or(month), d),
            None => start,
        };
        (start.is_valid() && end.is_valid() && end >= start).then_some(DateSpan { start, end })
    }
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // `5月22-23日`: a range may write 日 only once, at its end.
        r"(?:([0-9]{4})年)?(?:([0-9]{1,2})月)?([0-9]{1,2})(?:日(?:(?:至|到|-|—|–|~)(?:([0-9]{1,2})月)?([0-9]{1,2})日)?|(?:至|到|-|—|–|~)(?:([0-9]{1,2})月)?([0-9]{1,2})日)",
    )
    .unwrap()
});

/// Every date expression in `text`, in order.
pub fn dates(text: &str) -> Vec<DateExpr> {
    DATE.captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let num = |i: usize| c.get(i).and_then(|g| g.as_str().parse::<u32>().ok());
            // "总第5257期" and similar are not dates; a day needs 1..=31.
            let day = num(3)?;
            if !(1..=31).contains(&day) {
                return None;
            }
            Some(DateExpr {
                year: c.get(1).and_then(|g| g.as_str().parse().ok()),
                month: num(2).filter(|m| (1..=12).contains(m)),
                day,
                end_month: num(4).or(num(6)),
                end_day: num(5).or(num(7)),
                start: m.start(),
                end: m.end(),
            })
        })
        .collect()
}

/// `昨天下午`, `今日`, `前天`, `上周四`, `本周二`, `周三`: a day relative to the article's date,
/// when it stands before `before`. A bare weekday is the latest such day on or before the date: a
/// report tells what happened, and a day still to come names no meeting held.
pub fn relative_day(text: &str, before: usize, article_date: Option<Date>) -> Option<DateSpan> {
    const WORDS: [(&str, u32); 6] = [("前天", 2), ("前日", 2), ("昨天", 1), ("昨日", 1), ("今天", 0), ("今日", 0)];
    let anchor = article_date?;
    let head = text.get(..before)?;
    // `20年后的今天`, `如今的今天`: a figure of speech for the present, not the day of the article.
    let back_days =
        WORDS.iter().filter_map(|(w, n)| head.rfind(w).map(|i| (i, (!head[..i].ends_with('的')).then_some(*n))));
    let weekday = weekday_ref(head).map(|(i, week, day)| (i, days_back(anchor, week, day)));
    let (_, back) = back_days.chain(weekday).max_by_key(|(i, _)| *i)?;
    let day = (0..back?).fold(anchor, |d, _| d.pred());
    Some(DateSpan::day(day))
}

/// The last weekday word in `head` (`上周四`, `本周二`, `周三`, `星期五`, `礼拜天`): its byte
/// offset, the week (-1 上周, 0 本周 or none, 1 下周) and the day (Monday 1 … Sunday 7).
fn weekday_ref(head: &str) -> Option<(usize, i32, u32)> {
    let chars: Vec<(usize, char)> = head.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut found = None;
    for (k, &(offset, _)) in chars.iter().enumerate() {
        let lead = match (at(k), at(k + 1)) {
            (Some('星'), Some('期')) | (Some('礼'), Some('拜')) => 2,
            (Some('周'), _) => 1,
            _ => continue,
        };
        let day = match at(k + lead) {
            Some('一') => 1,
            Some('二') => 2,
            Some('三') => 3,
            Some('四') => 4,
            Some('五') => 5,
            Some('六') => 6,
            Some('日' | '天') => 7,
            _ => continue,
        };
        let prev = k.checked_sub(1).and_then(at);
        // `上个星期三`: the measure word sits between the week and the day.
        let prev = if prev == Some('个') { k.checked_sub(2).and_then(at) } else { prev };
        // `一周一次`, `每周二`, `两周`: a span or a habit, not a day.
        if lead == 1 && matches!(prev, Some('一' | '每' | '两' | '几' | '多' | '整' | '半')) {
            continue;
        }
        let week = match prev {
            Some('上') => -1,
            Some('下') => 1,
            _ => 0,
        };
        found = Some((offset, week, day));
    }
    found
}

/// How many days before `anchor` the weekday `day` of `week` falls; `None` when it is after it.
fn days_back(anchor: Date, week: i32, day: u32) -> Option<u32> {
    let today = anchor.weekday() as i32;
    let back = match week {
        0 => (today - day as i32).rem_euclid(7),
        w => today - day as i32 - 7 * w,
    };
    u32::try_from(back).ok()
}

/// A delta place at the start of `text` (`安徽省合肥市`, `浙江温州`, `上海`, `江苏省`), with its
/// length in bytes. A city alone implies its province.
pub fn parse_place(text: &str) -> Option<(Place, usize)> {
    // `在咱们扬州开的`: a local's word for their own city, never part of a name.
    // `齐聚古都南京`, `省会合肥`: an epithet before the name, never part of it.
    let local = ["咱们", "我们", "俺们", "咱", "六朝古都", "千年古城", "古都", "古城", "名城", "省会"]
        .iter()
        .find_map(|w| text.strip_prefix(w).map(|_| w.len()))
        .unwrap_or(0);
    let (place, used) = parse_place_at(&text[local..])?;
    Some((place, local + used))
}

fn parse_place_at(text: &str) -> Option<(Place, usize)> {
    let chars: Vec<char> = text.chars().collect();
    if let Some(p) = abbreviated_place(&chars) {
        return Some(p);
    }
    let first = gazetteer::match_place(&chars)?;
    let mut used = first.len;
    let place = if first.is_province {
        let rest = &chars[used..];
        // A city may follow its province: 安徽省合肥市, 浙江温州.
        if let Some(second) = gazetteer::match_place(rest).filter(|c| !c.is_province && c.province == first.name) {
            used += second.len;
            Place { province: first.name.to_string(), city: Some(second.name.to_string()) }
        } else if first.name == "上海" {
            Place { province: "上海".into(), city: Some("上海".into()) }
        } else if let Some((name, len)) = unlisted_city(rest) {
            // `江苏澜州举行`, `安徽省青弋市召开`: a city the gazetteer does not list (a county-level
            // city, a new name), known by where it stands: after its province, before the verb.
            used += len;
            Place { province: first.name.to_string(), city: Some(name) }
        } else {
            Place { province: first.name.to_string(), city: None }
        }
    } else {
        Place { province: first.province.to_string(), city: Some(first.name.to_string()) }
    };
    let bytes = chars[..used].iter().map(|c| c.len_utf8()).sum();
    Some((place, bytes))
}

/// A two- or three-character name (with 市 or 县, or none) right before the verb that holds an event
/// there: the name and the characters it takes.
pub fn unlisted_city(chars: &[char]) -> Option<(String, usize)> {
    city_name(chars, false)
}

/// A city name after its province: before a verb of holding, or, with `titled`, marked by 市 or 县
/// whatever follows (`安徽省桐溪市的`).
fn city_name(chars: &[char], titled: bool) -> Option<(String, usize)> {
    const VERBS: [&str; 8] = ["召开", "举行", "举办", "开幕", "启幕", "揭幕", "闭幕", "隆重"];
    (2..=3).find_map(|n| {
        let name = chars.get(..n)?;
        if !name.iter().all(|&c| is_han(c))
            || "的和与在省市县区本当境内外各全".contains(name[0])
            || name.iter().any(|c| "省市县区举召开委长".contains(*c))
        {
            return None;
        }
        let suffix = usize::from(matches!(chars.get(n), Some('市' | '县')));
        let verb: String = chars.iter().skip(n + suffix).take(2).collect();
        let name: String = name.iter().collect();
        (VERBS.contains(&verb.as_str()) || (titled && suffix == 1)).then_some((name, n + suffix))
    })
}

/// Every city of a delta province named in `text` in full (`安徽省桐溪市`, `浙江瓯湾举行`) that the
/// gazetteer does not list: a document names its host city in full once, then by its name alone.
pub fn unlisted_cities(text: &str) -> Vec<Place> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<Place> = Vec::new();
    // Only where a province other than 上海 can start: the gazetteer is not tried at every character
    // of a long article.
    for i in (0..chars.len()).filter(|&i| matches!(chars[i], '江' | '浙' | '安')) {
        let Some(m) = gazetteer::match_place(&chars[i..]).filter(|m| m.is_province && m.name != "上海") else {
            continue;
        };
        let rest = &chars[i + m.len..];
        if gazetteer::match_place(rest).is_some() {
            continue;
        }
        if let Some((city, _)) = city_name(rest, true) {
            let place = Place { province: m.name.to_string(), city: Some(city) };
            if !out.contains(&place) {
                out.push(place);
            }
        }
    }
    out
}

/// `place` at the start of `text`: its city's name, with 市 or 县 if written.
pub fn named_city(text: &str, place: &Place) -> Option<usize> {
    let city = place.city.as_deref()?;
    let rest = text.strip_prefix(city)?;
    Some(city.len() + rest.chars().next().filter(|c| matches!(c, '市' | '县')).map_or(0, char::len_utf8))
}

/// One-character names news use right before the verb: `在沪举行`, `在甬召开`.
fn abbreviated_place(chars: &[char]) -> Option<(Place, usize)> {
    const ABBR: [(char, &str, Option<&str>); 7] = [
        ('沪', "上海", Some("上海")),
        ('浙', "浙江", None),
        ('皖', "安徽", None),
        ('甬', "浙江", Some("宁波")),
        ('杭', "浙江", Some("杭州")),
        ('锡', "江苏", Some("无锡")),
        ('宁', "江苏", Some("南京")),
    ];
    let (&first, rest) = chars.split_first()?;
    let verb: String = rest.iter().take(2).collect();
    if !matches!(verb.as_str(), "召开" | "举行" | "举办" | "开幕" | "启幕" | "揭幕") {
        return None;
    }
    let &(_, province, city) = ABBR.iter().find(|(c, _, _)| *c == first)?;
    Some((Place { province: province.into(), city: city.map(str::to_string) }, first.len_utf8()))
}

/// Whether `c` is a CJK ideograph.
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// A plausible personal name: 2 to 4 ideographs (or a minority name with `·`).
pub fn is_name(s: &str) -> bool {
    // A function word never starts a name: `在合肥` is where, not who.
    if s.starts_with(['在', '和', '与', '及', '等', '对', '并', '将', '已', '也', '都', '还', '被', '把', '的', '为'])
    {
        return false;
    }
    // `发布会`, `座谈会`: the tail of an event's name cut short, never a person.
    if ["座谈会", "会议", "论坛", "发布会", "大会", "峰会"].iter().any(|w| s.ends_with(w)) {
        return false;
    }
    // `以浙江省委书记身份出席`, `以东道主身份`: the capacity, not a name after a title.
    if ["身份", "名义", "同志", "一行", "本人"].contains(&s) || s.starts_with("身份") {
        return false;
    }
    let n = s.chars().count();
    (2..=4).contains(&n) && s.chars().all(|c| is_han(c) || c == '·') && !s.starts_with('·')
        || (5..=10).contains(&n) && s.contains('·') && s.chars().all(|c| is_han(c) || c == '·')
}

/// Splits a list on the enumeration comma `、` and the other list separators, trimming.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(['、', ',', ';', '，', '；'])
        .map(|p| p.trim().trim_start_matches("和").trim_start_matches("及").trim_start_matches("以及").trim())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// A thing released, without the count word and `今年的` a speaker puts before its name
/// (`发布了一个今年的长三角合作实事清单`).
pub fn unquantified(title: &str) -> &str {
    let title = ["一个", "一份", "一张", "一批"].iter().find_map(|w| title.strip_prefix(w)).unwrap_or(title);
    ["今年度的", "今年度", "本年度的", "本年度", "今年的", "今年"]
        .iter()
        .find_map(|w| title.strip_prefix(w))
        .unwrap_or(title)
}

/// Which event a clause names last before what it says: the meeting, the forum, or another
/// event beside them (an art festival, an expo, a promotion, a summit, another body's joint
/// meeting). `第10届安庆黄梅戏艺术节开幕,主题是“…”` tells the festival's theme, `推介会上,…签约合作项目12个`
/// the promotion's signings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named {
    Meeting,
    Forum,
    Other,
}

/// The event named last in `before`, if any.
pub(crate) fn last_event(before: &str) -> Option<Named> {
    const OTHER: [&str; 22] = [
        "艺术节",
        "文化节",
        "旅游节",
        "音乐节",
        "美食节",
        "购物节",
        "博览会",
        "博会",
        "展览会",
        "交易会",
        "洽谈会",
        "推介会",
        "招商会",
        "峰会",
        "大会",
        "联席会议",
        "研讨会",
        "年会",
        "城市论坛",
        "经贸论坛",
        "开幕式",
        "启动仪式",
    ];
    const MEETING: [&str; 2] = ["座谈会", "会议"];
    let end = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w).map(|i| i + w.len())).max();
    let (other, meeting, forum) = (end(&OTHER), end(&MEETING), end(&["论坛"]));
    let last = [other, meeting, forum].into_iter().flatten().max()?;
    // A tie is a longer name that ends on ours (`联席会议`, `城市论坛`): the other event's.
    Some(if other == Some(last) {
        Named::Other
    } else if forum == Some(last) {
        Named::Forum
    } else {
        Named::Meeting
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        assert_eq!(parse_number("八"), Some(8));
        assert_eq!(parse_number("十"), Some(10));
        assert_eq!(parse_number("十二"), Some(12));
        assert_eq!(parse_number("二十一"), Some(21));
        assert_eq!(parse_number("一百零五"), Some(105));
        assert_eq!(parse_number("12"), Some(12));
        assert_eq!(parse_number("届"), None);
    }

    #[test]
    fn weekdays_count_back_from_the_articles_date() {
        // 2024-06-14 is a Friday.
        let anchor = Some(Date::new(2024, 6, 14));
        let day = |t: &str| relative_day(t, t.len(), anchor).map(|s| s.start);
        assert_eq!(day("上周四,座谈会在"), Some(Date::new(2024, 6, 6)));
        assert_eq!(day("本周二,座谈会在"), Some(Date::new(2024, 6, 11)));
        assert_eq!(day("周三上午,座谈会在"), Some(Date::new(2024, 6, 12)));
        assert_eq!(day("星期五,座谈会在"), Some(Date::new(2024, 6, 14)));
        assert_eq!(day("上个礼拜六,座谈会在"), Some(Date::new(2024, 6, 8)));
        assert_eq!(day("礼拜六,座谈会在"), Some(Date::new(2024, 6, 8)));
        // A day still to come is no meeting held; a habit names no day.
        assert_eq!(day("下周一,座谈会将在"), None);
        assert_eq!(day("每周二例会,座谈会在"), None);
        // The nearer word wins: 昨天 after a weekday.
        assert_eq!(day("周三筹备,昨天座谈会在"), Some(Date::new(2024, 6, 13)));
        assert_eq!(Date::new(2024, 2, 29).succ(), Date::new(2024, 3, 1));
        assert_eq!(Date::new(2023, 12, 31).succ(), Date::new(2024, 1, 1));
        assert_eq!(Date::new(2000, 1, 1).weekday(), 6);
    }

    #[test]
    fn date_expressions() {
        let d = dates("本报讯 6月5日至6日,2023年度");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].resolve(2023, None).unwrap().chinese(), "6月5日至6日");
        let d = dates("21日上午,在圆满完成");
        assert_eq!(d[0].resolve(2026, Some(5)).unwrap().start, Date::new(2026, 5, 21));
        assert!(d[0].resolve(2026, None).is_none());
        let d = dates("2018年6月1日");
        assert_eq!(d[0].resolve(1999, None).unwrap().start, Date::new(2018, 6, 1));
        assert!(dates("总第5257期").is_empty());
        let anchor = Some(Date::new(2024, 3, 1));
        assert_eq!(
            relative_day("昨天下午,会议在", "昨天下午,会议在".len(), anchor).unwrap().start,
            Date::new(2024, 2, 29)
        );
        assert_eq!(relative_day("今天,会议在", "今天,会议在".len(), anchor).unwrap().start, Date::new(2024, 3, 1));
        assert!(relative_day("昨天下午,会议在", "昨天下午,会议在".len(), None).is_none());
    }

    #[test]
    fn a_city_the_gazetteer_does_not_list_stands_between_province_and_verb() {
        let city = |t: &str| parse_place(t).and_then(|(p, _)| p.city);
        assert_eq!(city("江苏澜州举行"), Some("澜州".to_string()));
        assert_eq!(city("安徽省青弋市召开"), Some("青弋".to_string()));
        assert_eq!(city("浙江省嘉善县隆重举行"), Some("嘉善".to_string()));
        assert_eq!(city("浙江省召开"), None);
        assert_eq!(city("浙江省内各地召开"), None);
        assert_eq!(city("上海浦东举行"), Some("上海".to_string()));
        let found = unlisted_cities("论坛在安徽省桐溪市举行。江苏省委书记出席,江苏省各市县代表,浙江瓯湾举行");
        let names: Vec<_> = found.iter().filter_map(|p| p.city.as_deref()).collect();
        assert_eq!(names, ["桐溪", "瓯湾"]);
        assert_eq!(named_city("桐溪召开", &found[0]), Some("桐溪".len()));
    }

    #[test]
    fn places() {
        let (p, n) = parse_place("安徽省合肥市举行").unwrap();
        assert_eq!((p.province.as_str(), p.city.as_deref(), n), ("安徽", Some("合肥"), "安徽省合肥市".len()));
        let (p, _) = parse_place("浙江温州举行").unwrap();
        assert_eq!(p.city.as_deref(), Some("温州"));
        let (p, _) = parse_place("江苏省召开").unwrap();
        assert_eq!((p.province.as_str(), p.city), ("江苏", None));
        let (p, _) = parse_place("上海举行").unwrap();
        assert_eq!(p.city.as_deref(), Some("上海"));
        let (p, _) = parse_place("芜湖召开").unwrap();
        assert_eq!(p.province, "安徽");
        assert!(parse_place("北京召开").is_none());
        let (p, n) = parse_place("沪举行").unwrap();
        assert_eq!((p.province.as_str(), p.city.as_deref(), n), ("上海", Some("上海"), 3));
        assert_eq!(parse_place("甬召开").unwrap().0.city.as_deref(), Some("宁波"));
        assert!(parse_place("宁夏召开").is_none());
    }

    #[test]
    fn names() {
        assert!(is_name("陈吉宁"));
        assert!(is_name("韩俊"));
        assert!(!is_name("陈吉宁代表会议"));
        assert!(!is_name("王"));
    }

    #[test]
    fn the_event_a_clause_names_last() {
        assert_eq!(last_event("6月1日,第10届安庆黄梅戏艺术节开幕,"), Some(Named::Other));
        assert_eq!(last_event("推介会上,澳门与长三角企业"), Some(Named::Other));
        assert_eq!(last_event("长三角政协主席联席会议:2507年4月在杭州举行,"), Some(Named::Other));
        assert_eq!(last_event("论坛现场"), Some(Named::Forum));
        assert_eq!(last_event("扬州还将举办世界运河城市论坛,"), Some(Named::Other));
        assert_eq!(last_event("座谈会期间,"), Some(Named::Meeting));
        assert_eq!(last_event("现场"), None);
    }
}
