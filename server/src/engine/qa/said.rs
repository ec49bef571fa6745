//! What the reports say was said: a question about the content of a meeting or forum that no
//! fact answers (`2018年座谈会提出要共同办好哪个博览会`) is answered with the passage of its
//! reports that the question's own words point to (`共同办好中国国际进口博览会`), quoted as it
//! stands, with the sentence as evidence. Nothing is inferred: a passage is returned only when most
//! of the question's content words are in it, and a question asking for a figure only when the
//! passage states a figure with the unit asked.

use super::Ctx;
use super::reply::Reply;
use crate::engine::model::Evidence;

/// Words that say how something is asked, or name the event, not what is asked about.
const NOT_CONTENT: &[&str] = &[
    // (`论坛上揭牌的`: the 上 of the event's setting goes with its name.)
    "长三角地区主要领导座谈会上",
    "长三角一体化发展高层论坛上",
    "座谈会上",
    "论坛上",
    "长三角地区主要领导座谈会",
    "长三角主要领导座谈会",
    "主要领导座谈会",
    "长三角一体化发展高层论坛",
    "一体化发展高层论坛",
    "高层论坛",
    "座谈会",
    "论坛",
    "会议",
    "长三角",
    "三省一市",
    "提出",
    "强调",
    "指出",
    "要求",
    "认为",
    "明确",
    "表示",
    "叫什么名字",
    "叫什么名称",
    "的名字",
    "的名称",
    "叫什么",
    "什么",
    "哪个",
    "哪些",
    "哪几",
    "哪两",
    "哪三",
    "哪四",
    "哪一",
    "哪项",
    "哪份",
    "哪家",
    "哪",
    "多少",
    "几",
    "是否",
    "是",
    "吗",
    "呢",
    "啊",
    "了",
    "的",
    "要",
    "把",
    "在",
    "将",
    "和",
    "与",
    "有",
    "年度",
    "年",
    "今年",
    "当年",
    "成果发布会",
    "发布会",
    "期间",
    "会上",
    "当天",
    "沪苏浙皖",
    "一市三省",
    "上海市长",
    "上海市委书记",
    "江苏省长",
    "江苏省委书记",
    "浙江省长",
    "浙江省委书记",
    "安徽省长",
    "安徽省委书记",
    "省委书记",
    "市委书记",
    "市长",
    "省长",
    "书记",
];

/// The words of a question about what a meeting discussed, with nothing more specific asked.
const FOCUS_FRAME: &[&str] = &[
    "聚焦", "方面", "讨论", "围绕", "展开", "内容", "深入", "议题", "领域", "重点", "进行", "话题", "任务", "议程",
    "主要",
];

/// Questions for a person, a time or a place, which passages do not answer.
const ASKS_A_FACT: &[&str] = &[
    "哪一年",
    "哪年",
    "什么时候",
    "何时",
    "哪天",
    "哪一天",
    "几月",
    "几号",
    "谁",
    "哪位",
    "哪个城市",
    "哪座城市",
    "哪个省",
];

/// Acts done at an event that no fact records (`哪几位领导共同为…联盟揭牌`): who did one is in
/// the passage that tells it, not among the event's attendees.
const DEEDS: &[&str] =
    &["揭牌", "授牌", "启动", "上线", "倡议", "发起", "揭晓", "颁奖", "启用", "签约", "签署", "签订", "签的", "按下"];

/// What a passage telling a deed holds of it (`是谁签的` is told as `…签署了…`): its stem in
/// `THING_DEEDS`, else the deed itself.
fn deed_stem(deed: &str) -> &str {
    THING_DEEDS.iter().find(|(v, _)| *v == deed).map_or(deed, |(_, stem)| stem)
}

/// The act the question asks who did, if it asks who did one.
pub(super) fn deed_asked(question: &str) -> Option<&'static str> {
    let who =
        ["谁", "哪位", "哪几位", "哪些领导", "哪些人", "哪些城市", "哪些单位"].iter().any(|w| question.contains(w));
    if !who {
        return None;
    }
    // `是谁揭的牌`: the act split by 的 is the same act.
    let split = |d: &str| {
        let mut c = d.chars();
        question.contains('的') && c.next().is_some_and(|a| question.contains(&format!("{a}的{}", c.as_str())))
    };
    DEEDS.iter().find(|d| question.contains(**d) || split(d)).copied()
}

/// Units a figure may be asked in (`多少公里`, `几项`).
const UNITS: &[&str] = &[
    "公里", "千米", "亿元", "万元", "亿", "万", "项", "个", "家", "条", "批", "名", "人", "次", "座", "所", "台", "元",
];

/// The question's content: runs of Chinese text between the words that only frame it.
fn content_runs(question: &str) -> Vec<Vec<char>> {
    let mut text: String = question.chars().map(|c| if c.is_ascii_digit() { '|' } else { c }).collect();
    for w in NOT_CONTENT {
        text = text.replace(w, "|");
    }
    // `哪三个方面`, `几项`: a count frames the thing counted.
    let mut chars: Vec<char> = text.chars().collect();
    for i in 1..chars.len() {
        if "一二两三四五六七八九十几".contains(chars[i - 1]) && "个项位条家名种批".contains(chars[i])
        {
            chars[i - 1] = '|';
            chars[i] = '|';
        }
    }
    // `第五届`: the edition names the event, as its name does.
    for i in 0..chars.len() {
        if chars[i] == '第'
            && let Some(k) = chars[i + 1..].iter().position(|c| !"一二两三四五六七八九十".contains(*c))
            && k > 0
            && chars[i + 1 + k] == '届'
        {
            chars[i..=i + 1 + k].iter_mut().for_each(|c| *c = '|');
        }
    }
    let text: String = chars.into_iter().collect();
    text.split(|c: char| !('\u{4e00}'..='\u{9fff}').contains(&c))
        .map(|run| run.chars().collect::<Vec<_>>())
        .filter(|run| run.len() >= 2)
        .collect()
}

fn bigrams(runs: &[Vec<char>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for run in runs {
        for w in run.windows(2) {
            let b: String = w.iter().collect();
            if !out.contains(&b) {
                out.push(b);
            }
        }
    }
    out
}

/// The unit of a figure the question asks for (`多少公里` → 公里), if it asks for one.
fn figure_unit(question: &str) -> Option<Option<&'static str>> {
    let at =
        question.find("多少").map(|i| i + "多少".len()).or_else(|| question.find('几').map(|i| i + '几'.len_utf8()))?;
    let rest = &question[at..];
    Some(UNITS.iter().find(|u| rest.starts_with(*u)).copied())
}

/// Whether `passage` states a figure in `unit` (`19项`, `六项`, `1860亿元`).
fn states_figure(passage: &str, unit: Option<&str>) -> bool {
    let chars: Vec<char> = passage.chars().collect();
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十百千万".contains(c);
    (1..chars.len())
        .any(|i| numeral(chars[i - 1]) && unit.is_none_or(|u| chars[i..].iter().collect::<String>().starts_with(u)))
}

/// Whether `passage` names a year (`2004年`).
fn dates_a_year(passage: &str) -> bool {
    let b = passage.as_bytes();
    passage.match_indices('年').any(|(i, _)| i >= 4 && b[i - 4..i].iter().all(u8::is_ascii_digit))
}

/// `上海市委书记李强、…、安徽省委书记郑栅洁讲话`: who spoke, a list of names ending on the verb; it
/// says nothing of what was said.
fn roll_call(passage: &str) -> bool {
    let p = passage.trim_end_matches(['。', ',', ';', '!']);
    passage.contains('、')
        && ["讲话", "致辞", "发言", "出席", "主持", "参加", "出席会议", "出席会议并讲话", "作主旨演讲", "作主题演讲"]
            .iter()
            .any(|v| p.ends_with(v))
}

/// The best passage of `said` for the question, with its score: the run of one to three clauses
/// of one sentence holding the most of the question's content words, the shorter on a tie.
fn best_passage<'e>(question: &str, said: &'e [Evidence]) -> Option<(String, &'e Evidence)> {
    scored_passage(question, said).map(|(_, p, e)| (p, e))
}

/// The clause of the question that holds what it asks (`…中,安徽参与签约的有多少项`): its words
/// rank passages before the words that only set the scene.
fn asking_clause(question: &str) -> &str {
    question
        .split([',', '，', ';'])
        .find(|c| ["多少", "几", "哪", "什么", "谁"].iter().any(|w| c.contains(w)))
        .unwrap_or(question)
}

/// `best_passage` with its rank: the question's words it holds, those of the asking clause twice.
fn scored_passage<'e>(question: &str, said: &'e [Evidence]) -> Option<(usize, String, &'e Evidence)> {
    // Who, when and where are facts of their own: a passage that merely shares words is no answer.
    // (在哪些方面 asks a content; 在哪里, 在哪开 a place.)
    let deed = deed_asked(question);
    // 沪苏浙三地哪一年启动了会晤机制: the year of an act no fact records, in the passage that dates it.
    let year_asked = ["哪一年", "哪年"].iter().any(|w| question.contains(w))
        && !ASKS_A_FACT.iter().filter(|w| !["哪一年", "哪年"].contains(w)).any(|w| question.contains(w));
    if ASKS_A_FACT.iter().any(|w| question.contains(w)) && deed.is_none() && !year_asked
        || super::focus::focuses(question).contains(&super::focus::Kind::Where)
    {
        return None;
    }
    let words = bigrams(&content_runs(question));
    if words.len() < 2 {
        return None;
    }
    let key = match asking_clause(question) {
        c if c.len() < question.len() => bigrams(&content_runs(c)),
        _ => Vec::new(),
    };
    let unit = figure_unit(question);
    let kind = asked_kind(question);
    let plural_asked = ["哪些", "哪几"].iter().any(|w| question.contains(w));
    let mut best: Option<(usize, usize, usize, usize, String, &Evidence)> = None;
    for ev in said {
        let clauses: Vec<&str> = ev.quote.split([',', ';', '。', '!', '?']).filter(|c| !c.trim().is_empty()).collect();
        for start in 0..clauses.len() {
            for len in 1..=3.min(clauses.len() - start) {
                let passage = clauses[start..start + len].join(",");
                if roll_call(&passage) {
                    continue;
                }
                let hits = words.iter().filter(|w| passage.contains(w.as_str())).count();
                let key_hits = key.iter().filter(|w| passage.contains(w.as_str())).count();
                let rank = hits + 2 * key_hits;
                if unit.is_some_and(|u| !states_figure(&passage, u)) {
                    continue;
                }
                if year_asked && !dates_a_year(&passage) {
                    continue;
                }
                // 谁为…揭牌: the passage that tells the act.
                if deed.is_some_and(|d| !passage.contains(deed_stem(d))) {
                    continue;
                }
                // 在什么框架下运行: a passage without a 框架 does not say it.
                if kind.as_ref().is_some_and(|k| !passage.contains(k.as_str())) {
                    continue;
                }
                let n = passage.chars().count();
                // 揭牌的联盟是哪几个: between passages as close, the one that lists several things.
                let listed = |p: &str| p.matches('、').count();
                let better = best.as_ref().is_none_or(|(r, _, _, l, p, _)| {
                    rank > *r
                        || rank == *r && plural_asked && listed(&passage) > listed(p)
                        || rank == *r && (!plural_asked || listed(&passage) == listed(p)) && n < *l
                });
                if better {
                    best = Some((rank, hits, key_hits, n, passage, ev));
                }
            }
        }
    }
    let (rank, hits, key_hits, _, passage, ev) = best?;
    // Most of what the question names must be in the passage: two words at least, and three in five;
    // or, behind a clause that sets the scene (`签约的重大合作事项中,`), most of what the asking
    // clause names.
    let covers = |hits: usize, of: usize| hits >= 2 && hits * 5 >= of * 3;
    if !(covers(hits, words.len()) || key.len() >= 3 && covers(key_hits, key.len())) {
        return None;
    }
    // 在哪些方面, 哪几项: several things asked; a passage that opens a list (`以下几个方面…:加强科技
    // 合作`) runs on to the end of its sentence, where the rest of the list is.
    let plural = ["哪些", "哪几", "哪两", "哪三", "哪四", "哪五"].iter().any(|w| question.contains(w));
    let quote = ev.quote.trim_end_matches(['。', '!', '?']);
    let passage = match quote.find(passage.split(',').next().unwrap_or(&passage)) {
        Some(at)
            if plural
                && (passage.contains(':') || ["包括", "分别为", "分别是"].iter().any(|w| passage.contains(w)))
                && quote[at..].chars().count() <= 300 =>
        {
            quote[at..].to_string()
        }
        _ => passage,
    };
    Some((rank, passage, ev))
}

/// The kind of thing a wh-word asks for when it is specific (`什么框架`, `哪份协议`, `什么联盟`):
/// a passage that answers names it. General kinds (什么内容, 哪些方面, 什么活动) name nothing.
fn asked_kind(question: &str) -> Option<String> {
    const GENERAL: &[&str] = &[
        "时候", "时间", "地方", "内容", "事情", "方面", "活动", "东西", "样的", "意思", "作用", "成果", "问题", "工作",
        "措施", "举措", "任务", "主题", "会议", "领导", "人", "单位", "部门", "文件", "项目", "事项", "名字", "名称",
    ];
    let at = ["什么", "哪个", "哪份", "哪项", "哪家", "哪种", "哪类"].iter().find_map(|w| {
        let i = question.find(w)?;
        Some(i + w.len())
    })?;
    let noun: String = question[at..].chars().take(2).take_while(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).collect();
    let plain = noun.chars().count() == 2 && !noun.starts_with(['是', '的', '样', '时', '地', '叫', '在', '由', '被']);
    (plain && !GENERAL.iter().any(|g| noun.starts_with(g))).then_some(noun)
}

/// Acts done to a thing at an event (`…联盟是在第几届论坛上揭牌的`, `…协议是在哪一年的论坛上签的`),
/// each with the stem a passage telling it holds.
const THING_DEEDS: &[(&str, &str)] = &[
    ("揭牌", "揭牌"),
    ("揭的牌", "揭牌"),
    ("授牌", "授牌"),
    ("签约", "签"),
    ("签署", "签"),
    ("签订", "签"),
    ("签的", "签"),
    ("签了", "签"),
    ("签下", "签"),
    ("启动", "启动"),
    ("上线", "上线"),
    ("发起", "发起"),
    ("成立", "成立"),
];

/// Words that pick out the event or ask after it, not the thing the deed was done to.
const EVENT_FRAME: &[&str] = &[
    "城市",
    "举行",
    "举办",
    "召开",
    "那届",
    "那次",
    "那一届",
    "是在",
    "哪一年",
    "哪年",
    "第几届",
    "几届",
    "上签",
    "当时",
];

/// The deed the question names and the words of the thing it was done to, when the question
/// picks an event out by it (the thing named in two words at least).
pub(super) fn thing_deed(question: &str, places: &[&str]) -> Option<(&'static str, Vec<String>)> {
    let (verb, stem) = THING_DEEDS.iter().find(|(v, _)| question.contains(v))?;
    let mut text = question.replace(verb, "|");
    for w in EVENT_FRAME.iter().chain(places) {
        text = text.replace(w, "|");
    }
    let words = bigrams(&content_runs(&text));
    (words.len() >= 3).then_some((*stem, words))
}

/// The sentences of `said` that tell the deed done to the thing: the deed's stem and three in
/// five of the thing's words.
fn tells_deed<'e>(said: &'e [Evidence], stem: &str, words: &[String]) -> Option<(usize, &'e Evidence)> {
    said.iter()
        .filter(|e| e.quote.contains(stem))
        .map(|e| (words.iter().filter(|w| e.quote.contains(w.as_str())).count(), e))
        .filter(|(hits, _)| *hits >= 2 && hits * 5 >= words.len() * 3)
        .max_by_key(|(hits, _)| *hits)
}

impl Ctx<'_> {
    /// The years whose forum (or meeting) reports tell the deed the question names done to the
    /// thing it names, each with the sentence; `None` when the question names no such deed.
    pub(crate) fn deed_years(&self) -> Option<Vec<(i32, Evidence)>> {
        let places: Vec<&str> = self.r.places.iter().map(|p| p.name.as_str()).collect();
        let (stem, words) = thing_deed(&self.asked(), &places)?;
        let mut out: Vec<(usize, i32, Evidence)> = Vec::new();
        for f in self.kb.forums.values() {
            let meeting = self.kb.meetings.get(&f.year).map(|m| m.said.as_slice()).unwrap_or_default();
            let told = match (tells_deed(&f.said, stem, &words), tells_deed(meeting, stem, &words)) {
                (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
                (a, b) => a.or(b),
            };
            if let Some((hits, e)) = told {
                out.push((hits, f.year, e.clone()));
            }
        }
        // The years whose sentence holds most of the thing's words.
        let best = out.iter().map(|(h, _, _)| *h).max().unwrap_or(0);
        Some(out.into_iter().filter(|(h, _, _)| *h == best).map(|(_, y, e)| (y, e)).collect())
    }

    /// The question without the people it names: who said something is not what was said.
    fn asked(&self) -> String {
        self.r.people.iter().fold(self.r.text.clone(), |t, name| t.replace(name.as_str(), "|"))
    }

    /// The passage of `year`'s meeting reports the question points to.
    pub(crate) fn said_at_meeting(&self, year: i32) -> Option<Reply> {
        self.said_in(year, false)
    }

    /// The passage of `year`'s reports, the event's own first; then, of the same year, the other
    /// event's. A report of the meeting and the forum beside it (`座谈会、第二届论坛等活动在湖州
    /// 举行。据悉,会议期间集中签约了19项…`) may file one event's lines under the other: they are
    /// the same days' reports, and the quoted sentence says which it is.
    fn said_in(&self, year: i32, forum_first: bool) -> Option<Reply> {
        let asked = self.asked();
        let passage = |said: &[Evidence], event: String, intent: &'static str, rule: &'static str| {
            let (passage, ev) = best_passage(&asked, said)?;
            let sentence = format!("据{event}的报道：{}", ev.quote);
            Some(Reply::answered(intent, passage, sentence).years(&[year]).evidence([ev]).rule(rule))
        };
        let meeting = || {
            let said = &self.kb.meetings.get(&year)?.said;
            passage(said, format!("{year}年度长三角地区主要领导座谈会"), "meeting.said", "said.meeting")
        };
        let forum = || {
            let said = &self.kb.forums.get(&year)?.said;
            passage(said, format!("{year}年长三角一体化发展高层论坛"), "forum.said", "said.forum")
        };
        if forum_first { forum().or_else(meeting) } else { meeting().or_else(forum) }
    }

    /// The passage of `year`'s meeting reports, when it holds more of the question's words than
    /// `other`, a reply from the facts.
    pub(crate) fn said_if_closer(&self, year: i32, other: Reply) -> Reply {
        // 围绕哪些内容展开了讨论 asks for the list of areas itself: only words beyond that frame point
        // to a passage.
        let mut specific = self.r.text.clone();
        for w in FOCUS_FRAME {
            specific = specific.replace(w, "|");
        }
        if bigrams(&content_runs(&specific)).len() < 2 {
            return other;
        }
        let Some(said) = self.said_at_meeting(year) else { return other };
        let words = bigrams(&content_runs(&self.r.text));
        let hits = |t: &str| words.iter().filter(|w| t.contains(w.as_str())).count();
        if hits(&said.answer) > hits(&other.answer) { said } else { other }
    }

    /// A content question that names no year nor event (`数字长三角共建联盟由多少个市人民政府共同倡议
    /// 发起`): the passage of any year's reports, when one holds more of its words than any other
    /// year's does; a tie is no answer.
    pub(crate) fn said_anywhere(&self) -> Option<Reply> {
        let asked = self.asked();
        let meetings = self.kb.meetings.values().map(|m| (m.year, &m.said, false));
        let forums = self.kb.forums.values().map(|f| (f.year, &f.said, true));
        let mut scored: Vec<(usize, i32, bool, String, &Evidence)> = meetings
            .chain(forums)
            .filter_map(|(y, said, forum)| scored_passage(&asked, said).map(|(r, p, e)| (r, y, forum, p, e)))
            .collect();
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        let (rank, year, forum, passage, ev) = scored.first()?.clone();
        if scored.iter().skip(1).any(|s| s.0 == rank && s.4.quote != ev.quote) {
            return None;
        }
        let (event, intent, rule) = if forum {
            (format!("{year}年长三角一体化发展高层论坛"), "forum.said", "said.forum")
        } else {
            (format!("{year}年度长三角地区主要领导座谈会"), "meeting.said", "said.meeting")
        };
        let sentence = format!("据{event}的报道：{}", ev.quote);
        Some(Reply::answered(intent, passage, sentence).years(&[year]).evidence([ev]).rule(rule))
    }

    /// The passage of `year`'s forum reports the question points to.
    pub(crate) fn said_at_forum(&self, year: i32) -> Option<Reply> {
        self.said_in(year, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn said(quotes: &[&str]) -> Vec<Evidence> {
        quotes
            .iter()
            .map(|q| Evidence { document_id: Arc::from("d"), quote: Arc::from(*q), start: 0, end: 0 })
            .collect()
    }

    #[test]
    fn several_things_asked_prefer_the_passage_that_lists_them() {
        let s = said(&[
            "会上,四大产业链联盟揭牌,预示着一种跨区域组织模式的诞生。",
            "会上,长三角集成电路、生物医药、人工智能、新能源汽车四个产业链联盟揭牌。",
        ]);
        let (p, _) = best_passage("第三届论坛上揭牌的产业链联盟是哪几个?", &s).expect("a passage");
        assert!(p.contains("集成电路、生物医药"), "{p}");
    }

    #[test]
    fn the_passage_the_question_names() {
        let s = said(&[
            "会议提出,要加快推进长三角世界级港口群建设,共同办好中国国际进口博览会;研究规划建设长三角科技创新圈。",
            "上海市委书记甲乙丙出席会议。",
        ]);
        let got = |q: &str| best_passage(q, &s).map(|(p, _)| p);
        assert!(got("2018年座谈会提出要共同办好哪个博览会？").unwrap().contains("进口博览会"));
        assert!(got("2018年座谈会提出要加快推进哪个港口群建设？").unwrap().contains("世界级港口群"));
        // Words of the question missing from every passage: nothing is returned.
        assert_eq!(got("2018年座谈会的会场在哪个酒店？"), None);
    }

    #[test]
    fn a_figure_is_answered_only_by_a_passage_that_states_it() {
        let s = said(&["会议提出,加快编制长三角地区城际铁路网规划,着力打通省际断头路。"]);
        assert_eq!(best_passage("2018年规划的城际铁路网总里程是多少公里？", &s), None);
        let s = said(&["会上集中签约重大合作事项19项,分5批签约。"]);
        assert!(best_passage("2020年座谈会签约重大合作事项多少项？", &s).unwrap().0.contains("19项"));
    }
}
