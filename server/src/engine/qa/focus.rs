//! What a question's wh-word asks for (its focus: `哪个城市` a place, `什么活动` some other thing,
//! `忙什么` the content of an act), and the last check that a reply gives that kind of thing. A
//! question about something no rule reads must not get the meeting's place or date because one of
//! its words (`城市`, `在`, `年末`) looked like a cue: `2023年长三角有几个城市入围万亿俱乐部` is not
//! answered by where the meeting was held. Such a reply becomes NOT_FOUND, or the passage of the
//! reports the question's words point to.
//!
//! Both tables are data: the nouns of each kind, and the kinds each guarded intent answers.

use super::reply::Reply;
use super::{AnswerStatus, Ctx};

/// The kind of thing a question's focus asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Place,
    Time,
    Person,
    Role,
    /// Where, asked with no noun (`在哪里`, `哪儿开的`).
    Where,
    /// The hall or building an event was held in.
    Venue,
    /// How two things differ (`职务有什么变化`).
    Change,
    /// The meeting itself or how it went (`开了什么会`, `什么情况`, `什么样`).
    Itself,
    /// A noun of no kind above (`活动`, `比例`, `周年`, `方面`), or what an act produced (`忙什么`).
    Other,
}

/// Nouns by kind, matched at the start of the text after the wh-word, longest first.
const NOUNS: &[(Kind, &[&str])] = &[
    // The hall before the meeting itself: `哪个会议中心` asks a venue, which reports name at most in
    // passing and no fact holds.
    (
        Kind::Venue,
        &["会议中心", "会展中心", "会场", "场馆", "酒店", "宾馆", "饭店", "大厦", "礼堂", "大厅", "厅", "馆"],
    ),
    (Kind::Place, &["城市", "城", "地方", "地点", "地市", "省份", "省市", "省", "市", "区", "县"]),
    (
        Kind::Time,
        &[
            "时候", "时间", "时侯", "日子", "日期", "天", "日", "号", "月份", "月", "年份", "年度", "年", "季度",
            "时段", "时",
        ],
    ),
    (
        Kind::Person,
        &[
            "领导人",
            "领导",
            "负责人",
            "官员",
            "同志",
            "嘉宾",
            "人物",
            "代表",
            "书记",
            "省长",
            "市长",
            "专家",
            "学者",
            "院士",
            "名字",
            "姓名",
            "人",
            "位",
        ],
    ),
    (Kind::Role, &["职务", "身份", "职位", "官职", "头衔", "角色", "职", "官", "机构", "单位", "公司", "部门"]),
    (Kind::Itself, &["座谈会", "论坛", "会议", "会", "情况", "样"]),
    (Kind::Change, &["变化", "区别", "不同", "差别", "差异", "不一样", "两样"]),
];

/// Wh-words that take a noun after them, longest first, and measure words between (`哪三个方面`).
const WH_BEFORE_NOUN: &[&str] =
    &["什么", "哪些", "哪个", "哪一", "哪几", "哪", "多少", "几", "多大", "第几", "啥", "何种"];
const MEASURES: &str = "个位座家名项条份批届次所些种类";
const NUMERALS: &str = "一二两三四五六七八九十0123456789";
/// Verbs whose object `什么` is asked, beyond being (是什么, 叫什么, 为什么 ask no thing produced).
const NOT_AN_ACT: &[char] = &['是', '为', '叫', '称', '干', '做', '有'];

/// The kinds of the question's wh-focuses the table can place, in order.
pub fn focuses(text: &str) -> Vec<Kind> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    // (Compared in place: this runs at every character of every guarded reply's question.)
    let at = |i: usize, w: &str| {
        let mut cs = chars[i.min(n)..].iter();
        w.chars().all(|c| cs.next() == Some(&c))
    };
    let noun_at = |j: usize| NOUNS.iter().find_map(|(k, ws)| ws.iter().any(|w| at(j, w)).then_some(*k));
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(wh) = WH_BEFORE_NOUN.iter().find(|w| at(i, w)) else {
            i += 1;
            continue;
        };
        let start = i;
        i += wh.chars().count();
        let before = start.checked_sub(1).map(|k| chars[k]);
        // 为什么: no thing asked; 这几次, 前几天: no question at all.
        if *wh == "什么" && before == Some('为') || *wh == "几" && before.is_some_and(|c| "这那前后好十".contains(c))
        {
            continue;
        }
        let mut j = i;
        while j < n && NUMERALS.contains(chars[j]) {
            j += 1;
        }
        if let Some(kind) = noun_at(j) {
            out.push(kind);
            continue;
        }
        let measured = j < n && MEASURES.contains(chars[j]);
        if measured {
            j += 1;
            if let Some(kind) = noun_at(j) {
                out.push(kind);
                continue;
            }
        }
        // 哪里, 在哪开, 几次: a bare 哪 or 几 before a word that is no noun of the table asks no thing.
        if matches!(*wh, "哪" | "几" | "多少") && !measured {
            // 哪里, 哪儿, 在哪开: where.
            if *wh == "哪" && chars.get(j).is_none_or(|c| "里儿开举召办?".contains(*c)) {
                // 哪里的书记: which place's, not where.
                let modifier = chars.get(j + 1) == Some(&'的') && matches!(chars.get(j), Some('里' | '儿'));
                out.push(if modifier { Kind::Place } else { Kind::Where });
            }
            continue;
        }
        // 主题是什么, 叫什么, 是干啥的: a verb of being or naming asks for what the subject is.
        // (做了什么, 干了啥: the verb before the aspect mark tells.)
        let verb = if before == Some('了') { start.checked_sub(2).map(|k| chars[k]) } else { before };
        let act = (*wh == "什么" || *wh == "啥") && !verb.is_some_and(|c| NOT_AN_ACT.contains(&c));
        let noun_follows = chars.get(j).is_some_and(|&c| super::text::is_cjk(c) && !"的呢吗了啊呀在".contains(c));
        if act || noun_follows && (measured || !matches!(*wh, "什么" | "啥")) {
            out.push(Kind::Other);
        }
    }
    out
}

/// The kinds each guarded intent answers; a focus of another kind gets no such reply.
const ANSWERS: &[(&str, &[Kind])] = &[
    ("meeting.location", &[Kind::Place, Kind::Where, Kind::Itself]),
    ("forum.location", &[Kind::Place, Kind::Where, Kind::Itself]),
    ("meeting.date", &[Kind::Time, Kind::Itself]),
    ("forum.date", &[Kind::Time, Kind::Itself]),
    ("meeting.summary", &[Kind::Place, Kind::Where, Kind::Time, Kind::Itself]),
    ("forum.summary", &[Kind::Place, Kind::Where, Kind::Time, Kind::Itself]),
    ("press.summary", &[Kind::Place, Kind::Where, Kind::Time, Kind::Itself, Kind::Person]),
    ("person.role_holder", &[Kind::Person, Kind::Place, Kind::Role]),
    ("person.roles", &[Kind::Role, Kind::Person, Kind::Place, Kind::Change]),
    ("meeting.attendee_count", &[Kind::Person]),
    // 发言的葛望川担任什么职务: an office asked, which where and when someone spoke does not give.
    ("person.speeches", &[Kind::Time, Kind::Where, Kind::Place, Kind::Itself, Kind::Other, Kind::Person]),
    // Guarded for the provinces asked (哪几个省市的领导), which the evaluator words apart.
    ("meeting.attendees", &[Kind::Person, Kind::Role]),
];

/// Words that say a place is asked of an event held: `由哪个省市牵头` asks who leads, not where.
const HELD_WORDS: &[&str] = &[
    "举行",
    "召开",
    "举办",
    "开",
    "在",
    "承办",
    "主办",
    "地点",
    "举办地",
    "办",
    "落户",
    "位于",
    "地方",
    "哪里",
    "哪儿",
    "何处",
    "何地",
    "东道主",
    "轮到",
    "会场",
    "轮值",
];

/// `reply`, unless its intent answers a kind other than the question's focus.
pub fn guard(ctx: &Ctx, reply: Reply) -> Reply {
    if reply.status != AnswerStatus::Answered {
        return reply;
    }
    let intent = reply.extra.intent;
    let Some((_, kinds)) = ANSWERS.iter().find(|(i, _)| *i == intent) else { return reply };
    let text = &ctx.r.text;
    let place_unheld = intent.ends_with(".location") && !HELD_WORDS.iter().any(|w| text.contains(w));
    let asked = focuses(text);
    // 是第180次吗: a yes-or-no question that a summary of the meeting neither confirms nor denies.
    // (One about the place or the day is confirmed by the summary that states them.)
    let r = ctx.r;
    let unanswered_check = intent.ends_with(".summary")
        && r.asks.has(super::tagger::cue::ASKS_YES_NO)
        && r.places.is_empty()
        && r.month.is_none()
        && r.month_day.is_none()
        && !text.contains('天')
        && !text.contains('在')
        && !["举行", "召开", "举办"].iter().any(|w| text.contains(w));
    let foreign = unanswered_check || !asked.is_empty() && !asked.iter().any(|k| kinds.contains(k));
    if !foreign && !place_unheld {
        return reply;
    }
    let year = reply.years.first().copied();
    let forum = intent.starts_with("forum.");
    // 是哪几个省市的领导参加的: the provinces, not the names alone.
    if intent == "meeting.attendees"
        && asked.contains(&Kind::Place)
        && let [y] = reply.years[..]
        && let Some(provinces) = ctx.attendee_provinces(y)
    {
        return provinces;
    }
    // 一把手2024年是在哪儿碰头开会的: where the meeting was, whatever word named its people.
    if asked.contains(&Kind::Where) && !forum && !reply.years.is_empty() && !intent.ends_with(".location") {
        return ctx.location(&reply.years);
    }
    let passage = year.and_then(|y| if forum { ctx.said_at_forum(y) } else { ctx.said_at_meeting(y) });
    if let Some(said) = passage {
        return said;
    }
    let known = year.map(|y| if forum { String::new() } else { ctx.known_about(y) }).unwrap_or_default();
    let intent = if forum { "forum.content" } else { "meeting.content" };
    let mut out = Reply::not_found(intent, format!("语料没有这项信息。{known}")).rule("focus.foreign");
    if let Some(y) = year {
        out = out.years(&[y]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_a_wh_word_asks_for() {
        assert_eq!(focuses("2023年度座谈会在哪个城市举行?"), [Kind::Place]);
        assert_eq!(focuses("2023年座谈会是什么时候开的"), [Kind::Time]);
        assert_eq!(focuses("2023年有哪几位领导出席"), [Kind::Person]);
        assert_eq!(focuses("龚正是什么职务"), [Kind::Role]);
        assert_eq!(focuses("2023年长三角有几个地级以上城市入围万亿俱乐部?"), [Kind::Other]);
        assert_eq!(focuses("2019年绍兴计划在年末举办什么活动?"), [Kind::Other]);
        assert_eq!(focuses("龚正提出要在哪三个方面下更大功夫"), [Kind::Other]);
        assert_eq!(focuses("一把手当年春天都在忙什么?"), [Kind::Other]);
        // No noun after it, or a verb of being: nothing the table places.
        assert_eq!(focuses("2023年座谈会的主题是什么?"), []);
        assert_eq!(focuses("2023年座谈会在哪开的"), [Kind::Where]);
        assert_eq!(focuses("谁主持了2023年的座谈会"), []);
        assert_eq!(focuses("2023年度座谈会在哪里举行"), [Kind::Where]);
        assert_eq!(focuses("2023年6月6日开了什么会"), [Kind::Itself]);
        assert_eq!(focuses("2023年座谈会哪天召开"), [Kind::Time]);
        assert_eq!(focuses("吴政隆是哪里的书记?"), [Kind::Place]);
        assert_eq!(focuses("2147年论坛在芜湖哪个会议中心举行?"), [Kind::Venue]);
        assert_eq!(focuses("2026年江苏的省长叫什么名字"), [Kind::Person]);
        assert_eq!(focuses("龚正在这几次会议中担任什么职务?"), [Kind::Role]);
        assert_eq!(focuses("长三角一网通办行动计划是哪年在哪里通过的"), [Kind::Time, Kind::Where]);
        assert_eq!(focuses("今年座谈会主题是什么在哪开的"), [Kind::Where]);
    }
}
