//! Whether a name of a meeting or forum names this series or another body's event. Pages about
//! the delta report look-alikes beside it: `长江中游三省主要领导座谈会`, `中国城市百人论坛`,
//! `长三角城市经济协调会`, `长三角高校智库峰会`, a city's `领导小组会议`. Their names end in the same
//! heads (座谈会, 论坛, 峰会, 会议); what sets them apart is the qualifier before the head. The
//! series is named by the delta (长三角, 三省一市, 两省一市…), by its leaders (主要领导), by its
//! place, year or ordinal (`合肥座谈会`, `2023年的会议`, `第七届论坛`), or by nothing at all
//! (`座谈会在哪开`); any other qualifier names another event.

/// Names of the delta, as the series has been called since 2005 (两省一市 before 安徽 joined).
const DELTA: [&str; 17] = [
    "长三角地区",
    "长三角区域",
    "长江三角洲地区",
    "长江三角洲",
    "长三角",
    "沪苏浙皖",
    "苏浙皖沪",
    "江浙沪皖",
    "三省一市",
    "两省一市",
    "苏浙沪",
    "江浙沪",
    "沪苏浙",
    "浙苏沪",
    "四省市",
    "苏浙皖",
    "沪苏浙皖地区",
];

/// Characters that may end what stands before the head and qualify nothing: a year, an ordinal,
/// a deictic or interrogative, a verb that holds, attends or reports it (举办过, 出席, 通报), an
/// aspect or sentence particle, a conjunction.
const LEADING: &str = "的次年度届这那本此该今上下首每历场回个些位哪几各所和及与同暨等、了过着把被给对从向将要能会可开办行席加持报表参出承讲谈说问请去到是为在于称由有没无来止么啥前后第一二三四五六七八九十百零两";

/// Words that time an event against another and qualify no body: `同期论坛`, `配套论坛`,
/// `当天的座谈会`.
const TIMING: [&str; 11] = ["同期", "同步", "配套", "期间", "当天", "当日", "同日", "随后", "其间", "接着", "届时"];

/// Heads of event names this check applies to: the series' own and those of [`ALWAYS_OTHER`],
/// longest first where one ends another (`主要领导座谈会` before `座谈会`), `会议` last.
pub fn heads() -> impl Iterator<Item = &'static str> {
    ["主要领导座谈会", "主要领导人座谈会", "座谈会", "论坛", "峰会"].into_iter().chain(ALWAYS_OTHER).chain(["会议"])
}
/// Heads that never name this series' events, whatever qualifies them.
/// (An expo, a promotion, a festival: never a name of the meeting or the forum.)
pub const ALWAYS_OTHER: [&str; 15] = [
    "联席会议",
    "协调会",
    "研讨会",
    "通气会",
    "代表大会",
    "博览会",
    "推介会",
    "展览会",
    "交易会",
    "洽谈会",
    "招商会",
    "艺术节",
    "文化节",
    "旅游节",
    "音乐节",
];

/// Whether the qualifier `before` (the characters of the clause before a head, nearest last)
/// names another body's event rather than this series. `place_end` says whether a place name
/// ends at a given index of `before` (`合肥` in `合肥座谈会`); `head` is the head found.
pub fn names_other_event(before: &[char], head: &str, place_end: &dyn Fn(usize) -> bool) -> bool {
    if ALWAYS_OTHER.contains(&head) {
        return true;
    }
    // `应勇调研时召开的座谈会`, `在湖州考察期间主持召开座谈会`: a leader's inspection tour holds a
    // symposium of its own.
    let clause: String = before.iter().collect();
    if ["调研", "考察", "视察", "走访", "慰问"].iter().any(|w| clause.contains(w))
        && ["时", "期间", "中", "后"].iter().any(|w| clause.contains(w))
        // (`三省一市主要领导考察后召开座谈会`: the series' own leaders after their visit.)
        && !clause.contains("主要领导")
        && !DELTA.iter().any(|d| clause.contains(d))
    {
        return true;
    }
    let mut end = before.len();
    // `长三角地区主要领导座谈会`: what qualifies the leaders qualifies the meeting.
    if !head.starts_with("主要领导") {
        for leaders in ["主要领导人", "主要领导", "领导人", "领导", "一把手"] {
            let l: Vec<char> = leaders.chars().collect();
            if end >= l.len() && before[end - l.len()..end] == l[..] {
                end -= l.len();
                break;
            }
        }
    }
    // `长三角一体化发展高层论坛`, `高层论坛`: the forum's own name.
    if head == "论坛" {
        for own in ["一体化发展高层", "一体化高层", "高层", "一体化发展"] {
            let o: Vec<char> = own.chars().collect();
            if end >= o.len() && before[end - o.len()..end] == o[..] {
                end -= o.len();
                break;
            }
        }
    }
    let mut q = &before[..end];
    // `领导小组第六次会议`: an ordinal says which of a body's meetings; the body is named before it.
    if head == "会议"
        && let Some(at) = q.iter().rposition(|&c| c == '第')
        && q.last().is_some_and(|&c| c == '次' || c == '届')
        && q[at + 1..q.len() - 1].iter().all(|c| c.is_ascii_digit() || "一二三四五六七八九十百零两".contains(*c))
        && at + 2 < q.len()
        && at > 0
    {
        q = &q[..at];
    }
    let Some(&last) = q.last() else { return false };
    let tail: String = q[q.len().saturating_sub(3)..].iter().collect();
    if LEADING.contains(last) || !is_han(last) || TIMING.iter().any(|w| tail.ends_with(w)) {
        return false;
    }
    let tail: String = q[q.len().saturating_sub(7)..].iter().collect();
    if DELTA.iter().any(|d| tail.ends_with(d)) {
        return false;
    }
    !place_end(q.len())
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The characters of the clause before `at`: back to the last punctuation mark or space.
pub fn clause_before(chars: &[char], at: usize) -> &[char] {
    let start = chars[..at].iter().rposition(|&c| !is_han(c) && !c.is_ascii_digit()).map_or(0, |p| p + 1);
    &chars[start..at]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let s: String = chars.iter().collect();
        for head in heads() {
            if let Some(b) = s.find(head) {
                let at = s[..b].chars().count();
                let places = ["合肥", "湖州", "温州", "上海"];
                let before = clause_before(&chars, at);
                let place_end = |i: usize| {
                    let t: String = before[..i].iter().collect();
                    places.iter().any(|p| t.ends_with(p))
                };
                return names_other_event(before, head, &place_end);
            }
        }
        false
    }

    #[test]
    fn the_series_by_any_of_its_names() {
        for t in [
            "2023年度长三角地区主要领导座谈会在哪里举行",
            "长三角两省一市主要领导座谈会日前举行",
            "2009年长江三角洲地区主要领导座谈会",
            "今年的主要领导座谈会",
            "座谈会在哪开",
            "2023年合肥座谈会",
            "温州那次座谈会",
            "第七届长三角一体化发展高层论坛",
            "第七届论坛",
            "高层论坛在哪",
            "湖州会议",
            "那次会议",
            "三省一市主要领导座谈会",
            "长三角三省一市主要领导座谈会",
            "第六次座谈会",
            "2023年第六次会议",
            "截至第七届论坛",
            "同期论坛的主旨演讲人",
            "配套论坛",
        ] {
            assert!(!other(t), "{t}");
        }
    }

    #[test]
    fn look_alikes_are_other_events() {
        for t in [
            "2022年长江中游三省主要领导座谈会计划什么时候召开",
            "2019年中国城市百人论坛春夏研讨会",
            "2023长三角高校智库峰会在哪里举行",
            "湖州市推进长三角一体化发展工作领导小组会议",
            "长三角地区合作与发展联席会议办公室第一次会议",
            "融入长三角一体化发展工作座谈会",
            "扎实推进长三角一体化发展座谈会",
            "长三角城市经济协调会第二十次全体会议",
            "安徽领导小组第六次会议是几月几号开的",
            "应勇调研时召开的座谈会上谁作了汇报",
            "省长在湖州考察期间召开座谈会",
        ] {
            assert!(other(t), "{t}");
        }
    }
}
