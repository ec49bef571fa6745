//! Yes/no questions that a handler answered with the fact itself (第八届论坛是5月21日举行的吗 → the
//! date, 龚正出席了4次座谈会吗 → the years): the value the question asserts is compared with the
//! fact, and the answer is led by 是 or 否. Where the question asserts nothing comparable, the reply
//! stays as it is: the fact, unjudged, never a guessed verdict.

use super::AnswerStatus;
use super::reading::Reading;
use super::reply::Reply;
use super::tagger::cue;

/// Units a question's count comes with (`4次`, `两天`, `10项`, `30%`).
const UNITS: &[char] = &['次', '项', '天', '个', '位', '人', '届', '家', '名', '条', '%', '件', '支'];

pub fn settle(r: &Reading, mut reply: Reply) -> Reply {
    if !r.asks.has(cue::ASKS_YES_NO)
        || reply.status != AnswerStatus::Answered
        || reply.answer.is_empty()
        || reply.answer.starts_with(['是', '否'])
    {
        return reply;
    }
    if let Some(yes) = verdict(r, &reply.answer) {
        reply.answer = format!("{}，{}", if yes { "是" } else { super::reply::NO }, reply.answer);
    }
    reply
}

fn verdict(r: &Reading, answer: &str) -> Option<bool> {
    // 8位领导 and 8人 count the same people.
    let same_unit = |t: String| t.replace(['位', '名'], "人");
    let q = same_unit(digits(&r.text));
    let a = same_unit(digits(answer));
    // A count: 4次, 两天, 10项, 30%.
    for (n, unit) in counts(&q) {
        if a.contains(&format!("{n}{unit}")) {
            return Some(true);
        }
        if counts(&a).iter().any(|(_, u)| *u == unit) {
            return Some(false);
        }
        // A list of years answers a count of times by its length: 龚正出席了4次 → four years.
        let years: Vec<&str> = a.split('、').map(str::trim).collect();
        let all_years = years
            .iter()
            .all(|y| y.len() == "2024年".len() && y.ends_with('年') && y[..4].chars().all(|c| c.is_ascii_digit()));
        if unit == '次' && all_years {
            return Some(years.len() as u32 == n);
        }
    }
    // A day: 5月21日.
    if let Some((m, d)) = month_day(&q) {
        let said = format!("{m}月{d}日");
        if a.contains(&said) {
            return Some(true);
        }
        if month_day(&a).is_some() {
            return Some(false);
        }
    }
    // A name: the answer's items named in the question (由长三角一体化发展联席会议主办吗).
    let items: Vec<&str> = answer.split('、').map(str::trim).filter(|s| s.chars().count() >= 2).collect();
    if !items.is_empty() && items.iter().any(|i| r.text.contains(i)) {
        return Some(true);
    }
    // A body or person the question names that the answer lacks: 是解放日报承办的吗 answered by others.
    let named: Vec<&String> = r.orgs.iter().chain(&r.people).collect();
    if !named.is_empty() && named.iter().all(|n| !answer.contains(n.as_str())) && !items.is_empty() {
        return Some(false);
    }
    None
}

/// Measures no count answers: 总投资多少亿元 is not answered by 10项.
const MEASURES: &[&str] = &[
    "万亿元",
    "亿元",
    "万元",
    "亿美元",
    "美元",
    "元",
    "万亿",
    "亿",
    "平方公里",
    "公里",
    "千米",
    "吨",
    "人次",
    "个百分点",
    "分钟",
    "小时",
    "万人",
    "万户",
    "万名",
    "万辆",
    "万个",
    "万家",
];

/// A figure asked in one unit and answered in another (多少亿元 → 10项, 多少人参加 → 5个): the
/// corpus lacks the figure asked, and the reply becomes NOT_FOUND.
pub fn unit_check(r: &Reading, reply: Reply) -> Reply {
    if r.asks.has(cue::ASKS_YES_NO) || reply.status != AnswerStatus::Answered {
        return reply;
    }
    // 投资多少, 资金规模有多大: money asked without its unit is still answered only in money.
    let money = ["投资", "资金", "金额", "总额", "经费", "预算", "产值", "营收"].iter().any(|w| r.text.contains(w))
        && r.asks.has(cue::ASKS_COUNT);
    if money && !reply.answer.contains('元') {
        return Reply::not_found(reply.extra.intent, "语料没有这项金额数据。").rule("unit.money");
    }
    let Some(asked) = asked_unit(&r.text) else { return reply };
    let same = |u: char| if u == '位' || u == '名' { '人' } else { u };
    let answer = digits(&reply.answer);
    let mismatch = match asked {
        Asked::Measure(m) => !answer.contains(m),
        // Items and times are counted in many words (几条 / 几项 / 几件, 几届 / 几次); people and
        // days in none but their own. An answer with no count (a list of names) is left as it is.
        Asked::Count(u) => {
            let got = counts(&answer);
            "人位名天".contains(u) && !got.is_empty() && got.iter().all(|&(_, g)| same(g) != same(u))
        }
    };
    if !mismatch {
        return reply;
    }
    let what = match asked {
        Asked::Measure(m) => m.to_string(),
        Asked::Count(u) => u.to_string(),
    };
    Reply::not_found(reply.extra.intent, format!("语料没有以“{what}”计的这项数据。")).rule("unit.mismatch")
}

#[derive(Clone, Copy)]
enum Asked {
    Measure(&'static str),
    Count(char),
}

/// The unit right after 多少 / 几 in a question.
fn asked_unit(t: &str) -> Option<Asked> {
    for lead in ["多少", "几"] {
        for (p, _) in t.match_indices(lead) {
            let rest = &t[p + lead.len()..];
            if let Some(m) = MEASURES.iter().find(|m| rest.starts_with(*m)) {
                return Some(Asked::Measure(m));
            }
            if let Some(u) = rest.chars().next().filter(|u| UNITS.contains(u)) {
                return Some(Asked::Count(u));
            }
        }
    }
    None
}

/// The counts a text states: (number, unit), years (`2024年`) aside.
pub(super) fn counts(t: &str) -> Vec<(u32, char)> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let n: String = chars[start..i].iter().collect();
            // 第八届 names one edition; it counts nothing.
            let ordinal = start > 0 && chars[start - 1] == '第';
            if let (Ok(n), Some(&u)) = (n.parse::<u32>(), chars.get(i))
                && UNITS.contains(&u)
                && !ordinal
            {
                out.push((n, u));
            }
            continue;
        }
        i += 1;
    }
    out
}

fn month_day(t: &str) -> Option<(u32, u32)> {
    let m = t.find('月')?;
    let month: String =
        t[..m].chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    let rest = &t[m + '月'.len_utf8()..];
    let day: String = rest.chars().take_while(char::is_ascii_digit).collect();
    rest[day.len()..].starts_with(['日', '号']).then_some(())?;
    Some((month.parse().ok()?, day.parse().ok()?))
}

/// Chinese numerals before a unit as digits: `两天` → `2天`, `十项` → `10项`.
pub(super) fn digits(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && "零一二两三四五六七八九十百".contains(chars[i]) {
            i += 1;
        }
        if i > start {
            let run: String = chars[start..i].iter().collect();
            match (chars.get(i), crate::engine::extract::text::parse_number(&run.replace('两', "二"))) {
                (Some(u), Some(n)) if UNITS.contains(u) => out.push_str(&n.to_string()),
                _ => out.push_str(&run),
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_and_counts() {
        assert_eq!(digits("开了两天吗"), "开了2天吗");
        assert_eq!(digits("十项清单"), "10项清单");
        assert_eq!(digits("一体化"), "一体化");
        assert_eq!(counts("2024年座谈会开了2天"), vec![(2, '天')]);
        assert_eq!(counts(&digits("第八届论坛")), vec![]);
        assert_eq!(month_day("于2026年5月21日在上海"), Some((5, 21)));
    }
}
