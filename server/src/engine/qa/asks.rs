//! What a question asks for when no handler's cue words caught it: whether it asks for a thing
//! at all (a summary of the meeting is no answer to 提出要共创什么先行区), and asks that reports of
//! the genre never answer (appointment dates, hours, total headcounts, an item by its number).

use super::tagger::cue;
use super::text::Scan;

/// Whether the question asks for some thing (什么, 哪个, 几, 多少), beyond the meeting itself or
/// how it went: what no rule read is unknown, and the meeting's date and place are no answer.
pub fn asks_a_thing(s: &Scan) -> bool {
    let wh = s.has(cue::WH_THING);
    // 2023年6月6日开了什么会, 是什么样的会, 情况怎么样: the meeting itself, which the summary is.
    let general = s.has(cue::THE_MEETING_ITSELF);
    wh && !general
}

/// What reports of the genre never record, asked in words the reader's own list lacks: when an
/// official was appointed (the reports give the office held that day, not since when), how many
/// hours a meeting lasted (the days are given, never the hours), everyone present counted (the
/// leaders are named, the other participants never counted).
pub fn never_recorded(s: &Scan) -> bool {
    s.has(cue::APPOINTMENT) || s.has(cue::HOURS) || s.has(cue::HEADCOUNT)
}

/// 第十项是什么, 第3条: an item asked for by its number, which the reports do not give (they
/// name some items, in their own order, not the list's).
pub fn item_by_number(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(3).any(|w| {
        w[0] == '第' && (w[1].is_ascii_digit() || "一二三四五六七八九十".contains(w[1])) && "项条个件".contains(w[2])
    }) || chars.windows(4).any(|w| {
        w[0] == '第'
            && (w[1].is_ascii_digit() || "一二三四五六七八九十".contains(w[1]))
            && (w[2].is_ascii_digit() || "一二三四五六七八九十".contains(w[2]))
            && "项条个件".contains(w[3])
    })
}

/// 王清宪在发布会上说安徽锚定什么目标, 王浩提到要办好什么赛会: what a speaker said, which
/// the reports quote at length but no rule reads; the speaker's office is no answer to it.
pub fn said_thing(t: &Scan) -> bool {
    t.has(cue::SAID_VERB)
        && asks_a_thing(t)
        // (演讲的题目 is the talk's title, which the keynote records give.)
        && !talk_title_asked(t)
}

/// 第二批创新联合体: the batch a release is named by, 第 and up to three numerals then 批.
pub fn batch_named(t: &str) -> Option<String> {
    let chars: Vec<char> = t.chars().collect();
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    (0..chars.len()).find_map(|i| {
        if chars[i] != '第' {
            return None;
        }
        let n = chars[i + 1..].iter().take_while(|&&c| numeral(c)).count();
        (n > 0 && n <= 3 && chars.get(i + 1 + n) == Some(&'批')).then(|| chars[i..i + n + 2].iter().collect())
    })
}

/// 主旨演讲的题目是什么: the title of a talk, not who gave it.
pub fn talk_title_asked(t: &Scan) -> bool {
    t.has(cue::TALK_TITLE)
}

/// 第一轮三年行动计划, 首轮, 上一轮: one round of a series of plans, by its number.
pub fn round_named(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(2).any(|w| w[1] == '轮' && "首上前下本新".contains(w[0]))
        || chars.windows(3).any(|w| {
            w[2] == '轮'
                && (w[0] == '第' && (w[1].is_ascii_digit() || "一二三四五六七八九十".contains(w[1]))
                    || "上下本".contains(w[0]) && w[1] == '一')
        })
}

/// 新增多少条跨省毗邻公交线路: a count of some thing (a measure word, then its noun), not of a
/// list's items (清单有几条, 多少个项目).
pub fn counts_a_thing(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    let list_nouns = ["项目", "事项", "内容", "方面", "领域", "清单", "任务"];
    chars.iter().enumerate().any(|(i, &c)| {
        let after = if c == '几' {
            i + 1
        } else if c == '多' && chars.get(i + 1) == Some(&'少') {
            i + 2
        } else {
            return false;
        };
        let measured = chars.get(after).is_some_and(|m| "条个家名座辆所支".contains(*m));
        let noun: String = chars.iter().skip(after + 1).take(2).collect();
        measured
            && noun.chars().count() == 2
            && noun.chars().all(super::text::is_cjk)
            && !list_nouns.iter().any(|n| noun == *n)
    })
}

/// 签了啥协议, 签的哪些文件: signing in its spoken forms as well as 签署 and 签订.
pub fn signing_asked(t: &Scan) -> bool {
    t.has(cue::SIGNING)
}

/// 下一轮由谁来办, 下届轮到谁: with a word for the next meeting, who holds it is its host, not
/// the people who attended.
pub fn host_asked(t: &Scan) -> bool {
    t.has(cue::WHO_HOSTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn things_asked_beyond_the_meeting() {
        assert!(asks_a_thing(&Scan::new("2026年座谈会提出要共创什么先行区")));
        assert!(asks_a_thing(&Scan::new("2022年会议提出加快建设哪两个综合性国家科学中心")));
        assert!(!asks_a_thing(&Scan::new("2023年6月6日开了什么会")));
        assert!(!asks_a_thing(&Scan::new("2023年座谈会的情况")));
        assert!(!asks_a_thing(&Scan::new("介绍一下2023年座谈会")));
        assert!(!asks_a_thing(&Scan::new("2022年那个座谈会啥时候开的")));
    }

    #[test]
    fn what_a_speaker_said() {
        assert!(said_thing(&Scan::new("王清宪在2026年成果发布会上说安徽锚定什么目标")));
        assert!(said_thing(&Scan::new("2023年王浩提到要举全省之力办好什么赛会")));
        assert!(!said_thing(&Scan::new("王浩是什么职务")));
        assert!(!said_thing(&Scan::new("王静波演讲的题目是什么")));
        assert!(said_thing(&Scan::new("2024年成果发布会上易炼红具体讲了哪些话")));
    }

    #[test]
    fn what_reports_never_record() {
        assert!(never_recorded(&Scan::new("王浩是哪天被任命为浙江省委书记的")));
        assert!(never_recorded(&Scan::new("2023年座谈会持续了多少个小时")));
        assert!(never_recorded(&Scan::new("2026年座谈会的参会总人数是多少")));
        assert!(!never_recorded(&Scan::new("2024年出席座谈会的人数")));
        assert!(!never_recorded(&Scan::new("2023年座谈会开了几天")));
    }

    #[test]
    fn signing_and_the_next_host() {
        assert!(signing_asked(&Scan::new("2056年那个长三角会签了啥协议")));
        assert!(signing_asked(&Scan::new("2055年座谈会签了几份文件")));
        assert!(!signing_asked(&Scan::new("2054年会议审议了几份文件")));
        assert!(host_asked(&Scan::new("2055年座谈会之后,下一轮由谁来办")));
        assert!(!host_asked(&Scan::new("2055年座谈会有谁出席")));
    }

    #[test]
    fn batches_and_talk_titles() {
        assert_eq!(batch_named("第二批长三角创新联合体是什么时候发布的"), Some("第二批".to_string()));
        assert_eq!(batch_named("第八届论坛发布了什么"), None);
        assert!(talk_title_asked(&Scan::new("2028年论坛主旨演讲的题目是什么")));
        assert!(!talk_title_asked(&Scan::new("2028年论坛谁作了主旨演讲")));
    }

    #[test]
    fn things_counted_beside_a_list() {
        assert!(counts_a_thing("2044年实事项目清单新增多少条跨省毗邻公交线路"));
        assert!(!counts_a_thing("2026年实事清单有几条"));
        assert!(!counts_a_thing("清单有多少个项目"));
    }

    #[test]
    fn items_by_number() {
        assert!(item_by_number("2026年实事项目清单的第十项是什么"));
        assert!(item_by_number("清单第3条是什么"));
        assert!(item_by_number("第十二项"));
        assert!(!item_by_number("第八届论坛发布了什么清单"));
        assert!(!item_by_number("清单共有几项"));
        assert!(round_named("第一轮三年行动计划覆盖哪几年"));
        assert!(round_named("首轮行动计划"));
        assert!(!round_named("轮流承办"));
    }
}
