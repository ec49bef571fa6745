//! Answers about published lists (e.g. 2026年度长三角一体化发展实事项目清单): how many items, what
//! they are, and the figure a question asks about, found by comparing the question with the
//! words just before each figure in its source sentence.

use super::Ctx;
use super::reply::Reply;
use super::tagger::cue;
use super::text::{self, is_cjk, join};
use crate::engine::kb::KnowledgeBase;
use crate::engine::model::{ListItem, PublishedList};

/// A figure of a list item with how well the question matches its context.
pub struct FigureMatch<'a> {
    pub list: &'a PublishedList,
    pub item: &'a ListItem,
    pub figure: &'a str,
    pub context: String,
    pub score: usize,
    /// How many distinct bigrams the question has.
    pub of: usize,
}

impl FigureMatch<'_> {
    /// Close enough to answer a question that names no list.
    pub fn strong(&self) -> bool {
        self.score >= 6 || self.score >= self.of
    }
}

/// Words every figure question has, which say nothing about which figure.
const FIGURE_STOP: &[&str] = &["多少", "达到", "几个", "几项", "目标", "长三角", "三省一市", "清单", "项目", "要求"];

fn bigrams(s: &str) -> Vec<(char, char)> {
    let mut cleaned = s.to_string();
    for w in FIGURE_STOP {
        cleaned = cleaned.replace(w, "|");
    }
    let chars: Vec<char> = cleaned.chars().collect();
    let mut out: Vec<(char, char)> =
        chars.windows(2).filter(|w| is_cjk(w[0]) && is_cjk(w[1])).map(|w| (w[0], w[1])).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// One figure of one list item, with the bigrams of its words, of the clause before it in the
/// source sentence, and of the item's heading; built once per knowledge base.
pub struct FigureEntry {
    list: usize,
    item: usize,
    figure: usize,
    before: String,
    figure_bigrams: Vec<(char, char)>,
    before_bigrams: Vec<(char, char)>,
    heading_bigrams: Vec<(char, char)>,
}

/// Every figure of every published list.
#[derive(Default)]
pub struct FigureIndex {
    entries: Vec<FigureEntry>,
}

impl FigureIndex {
    pub fn build(kb: &KnowledgeBase) -> FigureIndex {
        let mut entries = Vec::new();
        for (li, list) in kb.lists.iter().enumerate() {
            for (ii, item) in list.items.iter().enumerate() {
                let quote = text::normalize(&item.evidence.quote);
                let heading_bigrams = bigrams(&text::normalize(&item.heading));
                for (fi, figure) in item.figures.iter().enumerate() {
                    let f = text::normalize(figure);
                    // The clause before the figure, back to the last separator.
                    let before: String = match quote.find(&f) {
                        Some(pos) => {
                            let head: Vec<char> = quote[..pos].chars().collect();
                            let from = head.iter().rposition(|c| "，,、；;。:：".contains(*c)).map_or(0, |p| p + 1);
                            head[from..].iter().collect()
                        }
                        None => String::new(),
                    };
                    entries.push(FigureEntry {
                        list: li,
                        item: ii,
                        figure: fi,
                        figure_bigrams: bigrams(&f),
                        before_bigrams: bigrams(&before),
                        heading_bigrams: heading_bigrams.clone(),
                        before,
                    });
                }
            }
        }
        FigureIndex { entries }
    }
}

impl Ctx<'_> {
    /// The figure whose context best matches the question, if any matches at all well.
    pub fn best_figure(&self) -> Option<FigureMatch<'_>> {
        if self.lex.figures.entries.is_empty() {
            return None;
        }
        let q = bigrams(&self.r.text);
        if q.is_empty() {
            return None;
        }
        let overlap = |b: &[(char, char)]| q.iter().filter(|x| b.binary_search(x).is_ok()).count();
        let mut best: Option<(usize, &FigureEntry)> = None;
        // A list the question names by its title holds the figure asked, if any list does.
        let chars: Vec<char> = self.r.text.chars().collect();
        let titled = super::reading::titled_list(self.lex, &chars);
        for e in &self.lex.figures.entries {
            let list = &self.kb.lists[e.list];
            if titled.is_some_and(|l| l != e.list) {
                continue;
            }
            if let Some(&y) = self.r.years.first()
                && list.year != y
            {
                continue;
            }
            // The figure's own words count double, then its clause, then the item heading.
            let score = 2 * overlap(&e.figure_bigrams) + overlap(&e.before_bigrams) + overlap(&e.heading_bigrams);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, e));
            }
        }
        let (score, e) = best.filter(|(s, _)| *s >= 4)?;
        let list = &self.kb.lists[e.list];
        let item = &list.items[e.item];
        Some(FigureMatch { list, item, figure: &item.figures[e.figure], context: e.before.clone(), score, of: q.len() })
    }

    pub fn list_figure(&self, m: FigureMatch<'_>) -> Reply {
        let sentence = format!("{}提出：{}{}。", m.list.title, m.context, m.figure);
        Reply::answered("list.figure", m.figure.to_string(), sentence)
            .years(&[m.list.year])
            .evidence([&m.item.evidence])
            .topic(&m.item.heading)
            .rule("list.figure")
    }

    /// The forums and meetings that released `list`.
    fn list_release(&self, list: &PublishedList) -> Reply {
        const INTENT: &str = "list.released_at";
        let key = crate::engine::extract::list_key(&list.title);
        let same = |title: &str| crate::engine::extract::list_key(title) == key;
        let mut parts = Vec::new();
        let mut ev = Vec::new();
        for f in self.kb.forums.values() {
            if let Some(rel) = f.releases.iter().find(|r| same(&r.value)) {
                // 清单是哪天发布的: the forum's day and place.
                let day = f.date.get().map(|d| d.month_day());
                let place = f.place.get().map(|p| p.full_name());
                let place = match (day, place) {
                    (Some(d), Some(p)) => format!("（{d}，{p}）"),
                    (Some(x), None) | (None, Some(x)) => format!("（{x}）"),
                    _ => String::new(),
                };
                parts.push(format!("{}{place}", super::reply::forum_name(f.year, f.edition.get().copied())));
                ev.extend(rel.evidence.iter());
            }
        }
        for m in self.kb.meetings.values() {
            if let Some(d) = m.documents.iter().find(|d| same(&d.value.title)) {
                parts.push(super::reply::meeting_name(m.year));
                ev.extend(d.evidence.iter());
            }
        }
        if parts.is_empty() {
            return Reply::not_found(INTENT, format!("语料没有说明{}是在哪里发布的。", list.title)).years(&[list.year]);
        }
        let sentence = format!("{}发布于{}。", list.title, join(&parts));
        Reply::answered(INTENT, join(&parts), sentence).years(&[list.year]).evidence(ev).rule(INTENT)
    }

    /// The item the question names (four or more characters of its heading) and the thing it asks
    /// for by its noun (哪个平台, 什么机制): the phrase of the item's sentence that ends in that noun.
    fn item_detail(&self, list: &PublishedList) -> Option<Reply> {
        self.item_detail_at(list, 4)
    }

    /// 深化区域跨省警情处置依托什么平台, without naming the list: an item named at length (six
    /// characters of its heading) is reason enough to look.
    pub fn item_detail_unlisted(&self) -> Option<Reply> {
        self.kb.lists.iter().find_map(|l| self.item_detail_at(l, 6))
    }

    fn item_detail_at(&self, list: &PublishedList, min_shared: usize) -> Option<Reply> {
        const INTENT: &str = "list.item_detail";
        let t = &self.r.text;
        let noun = asked_noun(t)?;
        let q: Vec<char> = t.chars().collect();
        let item = list
            .items
            .iter()
            .map(|i| (i, text::longest_common_substring(&q, &i.heading.chars().collect::<Vec<_>>()).0))
            .filter(|&(_, len)| len >= min_shared)
            .max_by_key(|&(_, len)| len)?
            .0;
        // A noun the sentence lacks (有什么举措) may still be answered by the item as a whole.
        let phrase = phrase_ending_in(&item.evidence.quote, &noun)?;
        let sentence =
            format!("{}中“{}”一项：{}。", list.title, item.heading, item.evidence.quote.trim_end_matches('。'));
        Some(
            Reply::answered(INTENT, phrase, sentence)
                .years(&[list.year])
                .evidence([&item.evidence])
                .topic(&item.heading)
                .rule(INTENT),
        )
    }

    /// 长三角区域公安数字化指挥协作网络依托哪个平台: an item named by a long run of its own
    /// sentence rather than its heading (eight characters, beyond what every item shares).
    pub fn item_detail_quoted(&self) -> Option<Reply> {
        let noun = asked_noun(&self.r.text)?;
        let holds = |i: &ListItem| i.evidence.quote.contains(noun.as_str());
        if !self.kb.lists.iter().any(|l| l.items.iter().any(holds)) {
            return None;
        }
        // The words every item's sentence may share with any question say nothing of which item.
        let masked = ["长三角", "一体化", "三省一市", "高质量", "高层论坛", "座谈会", "发展"]
            .iter()
            .fold(self.r.text.clone(), |acc, w| text::replaced(acc, w, "|"));
        let q: Vec<char> = masked.chars().collect();
        let (list, item) = self
            .kb
            .lists
            .iter()
            .flat_map(|l| l.items.iter().map(move |i| (l, i)))
            // The answer is the phrase ending in the noun: an item whose sentence lacks it is none.
            .filter(|(_, i)| holds(i))
            .map(|(l, i)| (l, i, text::longest_common_substring(&q, &i.evidence.quote.chars().collect::<Vec<_>>()).0))
            .filter(|&(_, _, len)| len >= 8)
            .max_by_key(|&(_, _, len)| len)
            .map(|(l, i, _)| (l, i))?;
        let phrase = phrase_ending_in(&item.evidence.quote, &noun)?;
        let sentence =
            format!("{}中“{}”一项：{}。", list.title, item.heading, item.evidence.quote.trim_end_matches('。'));
        Some(
            Reply::answered("list.item_detail", phrase, sentence)
                .years(&[list.year])
                .evidence([&item.evidence])
                .topic(&item.heading)
                .rule("list.item_detail_quoted"),
        )
    }

    /// The list with the most items (the fewest for 最少) of all whose count the reports state
    /// (of the years `within`),
    /// when there are at least two; a tie names every list that shares the count.
    fn list_count_extreme(&self, within: &dyn Fn(i32) -> bool) -> Option<Reply> {
        let counted: Vec<(&PublishedList, u32)> = self
            .kb
            .lists
            .iter()
            .filter(|l| within(l.year))
            .filter_map(|l| l.item_count.get().map(|&n| (l, n)))
            .collect();
        if counted.len() < 2 {
            return None;
        }
        let most = self.r.text.contains("最多");
        let (best, top) = text::extreme(&counted, |c| c.1, most)?;
        let named = |l: &PublishedList| {
            if l.title.starts_with(&l.year.to_string()) { l.title.clone() } else { format!("{}年{}", l.year, l.title) }
        };
        let answer: Vec<String> = top.iter().map(|(l, _)| format!("{}年（{}）", l.year, l.title)).collect();
        let all: Vec<String> = counted.iter().map(|(l, n)| format!("{}{n}项", named(l))).collect();
        let sentence = format!(
            "语料记载项数的清单中，{}：{}最{}，{best}项。",
            join(&all),
            join(&top.iter().map(|(l, _)| named(l)).collect::<Vec<_>>()),
            if most { "多" } else { "少" }
        );
        let years: Vec<i32> = top.iter().map(|(l, _)| l.year).collect();
        Some(
            Reply::answered("list.count_most", format!("{}，{best}项", join(&answer)), sentence)
                .years(&years)
                .evidence(top.iter().filter_map(|(l, _)| l.item_count.primary()).flat_map(|s| s.evidence.iter()))
                .rule("list.count_most_of_all"),
        )
    }

    /// 2096年和2098年的清单合计多少项: each year's list counted, and the sum; a year without one
    /// (or whose count is not stated) leaves the sum unknown.
    fn list_counts(&self, years: &[i32]) -> Reply {
        let mut parts = Vec::new();
        let mut total = 0;
        let mut ev = Vec::new();
        let mut counted: Vec<(i32, u32)> = Vec::new();
        // `实事项目清单加起来`: the lists of the kind the question names, when it names one.
        let kind = text::list_kind(&self.r.text);
        for &y in years {
            let mut lists: Vec<&PublishedList> = self.kb.lists.iter().filter(|l| l.year == y).collect();
            if kind.chars().count() >= 2 && lists.iter().any(|l| l.title.contains(&kind)) {
                lists.retain(|l| l.title.contains(&kind));
            }
            let [list] = lists[..] else {
                let why = if lists.is_empty() { "没有发布清单的记录" } else { "有不止一份清单" };
                return Reply::not_found("list.count", format!("语料中{y}年{why}，无法合计。")).years(years);
            };
            let Some(n) = list.item_count.get().copied() else {
                return Reply::not_found("list.count", format!("语料没有说明{}包括几项。", list.title)).years(years);
            };
            total += n;
            let title = if list.title.starts_with(&y.to_string()) {
                list.title.clone()
            } else {
                format!("{y}年{}", list.title)
            };
            parts.push(format!("{title}{n}项"));
            counted.push((y, n));
            ev.extend(list.item_count.primary().map(|s| s.evidence.clone()).into_iter().flatten());
        }
        // 哪一年的清单项目最多: the year of the largest count (the smallest for 最少); a tie names both.
        let most = self.r.text.contains("最多");
        if most || self.r.text.contains("最少") {
            let (best, top) = text::extreme(&counted, |c| c.1, most).unwrap_or((0, Vec::new()));
            let top: Vec<String> = top.iter().map(|c| format!("{}年", c.0)).collect();
            let sentence = format!("{}；{}最{}，{best}项。", join(&parts), join(&top), if most { "多" } else { "少" });
            return Reply::answered("list.count_most", format!("{}（{best}项）", join(&top)), sentence)
                .years(years)
                .evidence(&ev)
                .rule("list.count_most");
        }
        let sentence = format!("{}，合计{total}项。", join(&parts));
        Reply::answered("list.count", format!("合计{total}项"), sentence)
            .years(years)
            .evidence(&ev)
            .rule("list.count_sum")
    }

    /// 2054年民生实事项目有几项, when that year's list is the 重点合作事项清单: a list of another
    /// kind is not answered by the one the year has.
    pub fn list_of_other_kind(&self) -> Option<Reply> {
        let list = &self.kb.lists[self.r.list?];
        let t = &self.r.text;
        let kind = LIST_KINDS
            .iter()
            .find(|k| t.contains(*k) && !list.title.contains(*k))
            .map(|k| k.to_string())
            .or_else(|| unlike_name(t, list.year, &self.kb.lists))?;
        let kind = kind.as_str();
        if self.kb.lists.iter().any(|l| l.year == list.year && l.title.contains(kind)) {
            return None;
        }
        let titles: Vec<String> =
            self.kb.lists.iter().filter(|l| l.year == list.year).map(|l| l.title.clone()).collect();
        Some(
            Reply::not_found(
                "list.items",
                format!("语料中没有{}年的{kind}清单，{}年发布的是{}。", list.year, list.year, join(&titles)),
            )
            .years(&[list.year])
            .rule("list.other_kind"),
        )
    }

    /// 十项实事清单涉及哪些领域: the fields a report says the list covers (涉及A、B等多领域), which
    /// are not its items.
    pub fn list_fields(&self) -> Option<Reply> {
        let t = &self.r.text;
        // (文旅消费方面的目标是什么 names a field and asks inside it.)
        let asks = [
            "哪些领域",
            "什么领域",
            "哪几个领域",
            "哪些方面",
            "什么方面",
            "哪几个方面",
            "哪几方面",
            "领域有哪些",
            "方面有哪些",
            "领域包括",
            "方面包括",
        ]
        .iter()
        .any(|w| t.contains(w));
        let list = &self.kb.lists[self.r.list?];
        if !asks {
            return None;
        }
        let quotes = list.item_count.values.iter().flat_map(|c| c.evidence.iter()).chain(&list.evidence);
        for e in quotes {
            if let Some(fields) = stated_fields(&e.quote) {
                let sentence = format!("{}涉及{}等领域。", list.title, join(&fields));
                return Some(
                    Reply::answered("list.fields", join(&fields), sentence)
                        .years(&[list.year])
                        .evidence([e])
                        .rule("list.fields"),
                );
            }
        }
        None
    }

    /// 清单新增多少条公交线路, where no item's figure says: the list's own count is no answer.
    pub fn list_other_count(&self) -> Option<Reply> {
        if !super::asks::counts_a_thing(&self.r.text) || self.best_figure().is_some() {
            return None;
        }
        let list = &self.kb.lists[self.r.list?];
        Some(
            Reply::not_found("list.figure", format!("语料没有{}中这项数据。", list.title))
                .years(&[list.year])
                .rule("list.figure_unknown"),
        )
    }

    /// 清单的第十项是什么: the reports name items in their own order, never by the list's numbers.
    pub fn list_item_by_number(&self) -> Reply {
        let title = self.r.list.map(|i| self.kb.lists[i].title.as_str()).unwrap_or("清单");
        let years: Vec<i32> = self.r.list.map(|i| self.kb.lists[i].year).into_iter().collect();
        let years = if years.is_empty() { self.r.years.clone() } else { years };
        // `2297年民生实事项目清单第三项`: an item the report numbers itself (`三、新开通…`, `3.…`).
        // (Named by its year alone, the one list of that year that numbers its items.)
        let numbered: Vec<&PublishedList> = self
            .kb
            .lists
            .iter()
            .filter(|l| self.r.years.contains(&l.year) && l.items.iter().any(|it| item_number(&it.heading).is_some()))
            .collect();
        let list = self
            .r
            .list
            .map(|i| &self.kb.lists[i])
            .filter(|l| l.items.iter().any(|it| item_number(&it.heading).is_some()))
            .or(if let [l] = numbered[..] { Some(l) } else { None });
        if let Some(list) = list
            && let Some(n) = asked_ordinal(&self.r.text)
            && let Some((item, text)) =
                list.items.iter().find_map(|it| item_number(&it.heading).filter(|(k, _)| *k == n).map(|(_, t)| (it, t)))
        {
            return Reply::answered(
                "list.item",
                text.to_string(),
                format!("{}第{}项：{text}。", list.title, super::reply::chinese_number(n)),
            )
            .years(&years)
            .evidence(std::slice::from_ref(&item.evidence))
            .rule("list.item_by_number");
        }
        Reply::not_found("list.item", format!("报道没有按序号列出{title}的各项。"))
            .years(&years)
            .rule("list.item_by_number")
    }

    pub fn list(&self) -> Reply {
        let r = self.r;
        if r.asks.has(cue::ASKS_FIGURE)
            && let Some(m) = self.best_figure()
            && !(r.asks.has(cue::ASKS_COUNT) && (r.text.contains("几项") || r.text.contains("多少项")) && m.score < 4)
        {
            return self.list_figure(m);
        }
        // 哪一年发布的实事项目清单项数最多: every year with a list of the kind named, compared.
        // (2385年到2389年，哪一年…最多: among the years of the range.)
        if (r.years.is_empty() || r.range)
            && ["最多", "最少"].iter().any(|w| r.text.contains(w))
            && r.text.contains("清单")
        {
            let kind = text::list_kind(&r.text);
            let within = |y: i32| !r.range || (r.years[0]..=r.years[1]).contains(&y);
            let mut years: Vec<i32> = self
                .kb
                .lists
                .iter()
                .filter(|l| within(l.year))
                .filter(|l| kind.chars().count() >= 2 && l.title.contains(&kind) && l.item_count.get().is_some())
                .map(|l| l.year)
                .collect();
            years.sort();
            years.dedup();
            if years.len() >= 2 {
                return self.list_counts(&years);
            }
            // 哪一年发布的清单事项最多: no kind named, every list whose count is stated.
            if kind.chars().count() < 2
                && let Some(reply) = self.list_count_extreme(&within)
            {
                return reply;
            }
        }
        // 去年的清单: a relative year names the list's year.
        if r.years.is_empty()
            && let Some(super::reading::Rel::Offset(k)) = r.rel
        {
            let y = self.as_of.year + k;
            if !self.kb.lists.iter().any(|l| l.year == y) {
                return Reply::not_found("list.items", format!("语料中没有{y}年的清单。")).years(&[y]);
            }
        }
        // 无锡会议发布了什么清单: the list of the meeting the place names.
        let place_year = match (r.years.is_empty() && r.place_event, &r.places[..]) {
            (true, [p]) => match super::premise::hosted(self, p)[..] {
                [y] => Some(y),
                _ => None,
            },
            _ => None,
        };
        let named = match place_year {
            Some(y) if r.list.is_none_or(|i| self.kb.lists[i].year != y) => {
                match self.kb.lists.iter().find(|l| l.year == y) {
                    Some(l) => Some(l),
                    None => {
                        return Reply::not_found("list.items", format!("语料中没有{y}年度座谈会发布清单的记录。"))
                            .years(&[y]);
                    }
                }
            }
            _ => r.list.map(|i| &self.kb.lists[i]),
        };
        let list = match named {
            Some(l) => l,
            None => {
                let all: Vec<String> = self.kb.lists.iter().map(|l| l.title.clone()).collect();
                let known = if all.is_empty() {
                    "语料中没有发布清单的记录。".to_string()
                } else {
                    format!("语料记载的清单有：{}。", join(&all))
                };
                let what = r.years.first().map(|y| format!("{y}年的")).unwrap_or_default();
                return Reply::not_found("list.items", format!("语料中没有{what}这份清单。{known}"));
            }
        };
        // 发布了什么清单, 清单叫什么: the list's own name, not its items.
        if [
            "什么清单",
            "哪个清单",
            "哪份清单",
            "哪些清单",
            "哪一份清单",
            "清单叫什么",
            "清单名称",
            "清单的名称",
            "清单全称",
        ]
        .iter()
        .any(|w| r.text.contains(w))
        {
            let same_year: Vec<&PublishedList> = self.kb.lists.iter().filter(|l| l.year == list.year).collect();
            let titles: Vec<String> = same_year.iter().map(|l| l.title.clone()).collect();
            let sentence = format!("{}年发布的清单是：{}。", list.year, join(&titles));
            return Reply::answered("list.title", join(&titles), sentence)
                .years(&[list.year])
                .evidence(same_year.iter().flat_map(|l| l.evidence.iter()))
                .rule("list.title");
        }
        // 清单中食品安全方面的目标, 食品安全领域: an item the report names but does not detail.
        if let Some(p) = r.text.find("方面").or_else(|| r.text.find("领域")) {
            let area: String = r.text[..p]
                .chars()
                .rev()
                .take_while(|c| is_cjk(*c) && !"中里的在".contains(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let detailed =
                list.items.iter().any(|i| i.heading.contains(&area) || i.evidence.quote.contains(area.as_str()));
            // (共有几个方面 counts the areas; it names none.)
            let named = ["中", "里", "在", "清单"]
                .iter()
                .any(|w| ["方面", "领域"].iter().any(|k| r.text.contains(&format!("{w}{area}{k}"))))
                && !["几", "哪", "多少", "清单", "共", "个"].iter().any(|w| area.contains(w));
            if area.chars().count() >= 2 && named && !detailed {
                return Reply::not_found("list.item", format!("报道没有详述{}中{area}方面的内容。", list.title))
                    .years(&[list.year]);
            }
        }
        // 跨省警情处置依托的是哪个平台: a detail of one item, read from the item's own sentence.
        if let Some(reply) = self.item_detail(list) {
            return reply;
        }
        // 清单是在哪发布的, 哪次会议发布的, 由谁发布: where the list came out.
        let c = r.asks;
        if (c.has(cue::WHERE)
            || c.has(cue::WHICH_YEAR)
            || c.has(cue::WHEN)
            || (c.has(cue::RELEASE) && c.has(cue::ASKS_WHO))
            || r.text.contains("哪个会"))
            && !c.has(cue::ASKS_FIGURE)
        {
            return self.list_release(list);
        }
        // 2377年座谈会发布的三份清单一共收录多少项: the lists of the year named by their number,
        // summed, when the reports give that many lists and each one's count.
        if r.asks.has(cue::ASKS_COUNT)
            && text::any_of(&r.text, &text::SUM_WORDS)
            && let Some(n) = ["两", "二", "三", "四", "五"]
                .iter()
                .position(|w| ["份清单", "张清单", "个清单"].iter().any(|k| r.text.contains(&format!("{w}{k}"))))
        {
            let wanted = [2, 2, 3, 4, 5][n];
            let same_year: Vec<&PublishedList> = self.kb.lists.iter().filter(|l| l.year == list.year).collect();
            let counts: Vec<Option<u32>> = same_year.iter().map(|l| l.item_count.get().copied()).collect();
            if same_year.len() != wanted || counts.iter().any(Option::is_none) {
                return Reply::not_found(
                    "list.count",
                    format!("语料记载{}年发布的清单有{}份，无法按{wanted}份合计。", list.year, same_year.len()),
                )
                .years(&[list.year]);
            }
            let total: u32 = counts.iter().flatten().sum();
            let parts: Vec<String> =
                same_year.iter().zip(&counts).map(|(l, c)| format!("{}{}项", l.title, c.unwrap_or(0))).collect();
            let sentence = format!("{}，合计{total}项。", join(&parts));
            return Reply::answered("list.count", format!("合计{total}项"), sentence)
                .years(&[list.year])
                .evidence(same_year.iter().filter_map(|l| l.item_count.primary()).flat_map(|s| s.evidence.iter()))
                .rule("list.count_sum");
        }
        // 发布了几份清单: the lists counted, not one list's items.
        if ["几份", "多少份", "几个清单", "几张清单", "多少个清单"].iter().any(|w| r.text.contains(w))
        {
            let same_year: Vec<&PublishedList> = self.kb.lists.iter().filter(|l| l.year == list.year).collect();
            let titles: Vec<String> = same_year.iter().map(|l| l.title.clone()).collect();
            let sentence = format!("{}年发布的清单有{}份：{}。", list.year, titles.len(), join(&titles));
            return Reply::answered("list.count_lists", format!("{}份（{}）", titles.len(), join(&titles)), sentence)
                .years(&[list.year])
                .evidence(same_year.iter().flat_map(|l| l.evidence.iter()))
                .rule("list.count_lists");
        }
        if r.asks.has(cue::ASKS_COUNT) && r.years.len() > 1 {
            // `2385至2389这五年`: every year of the range.
            let years: Vec<i32> =
                if r.range && r.years.len() == 2 { (r.years[0]..=r.years[1]).collect() } else { r.years.clone() };
            return self.list_counts(&years);
        }
        // 清单里上海牵头的有多少项, 其中生态领域的几项: a part of the list, which its count is not;
        // the passage that states the part, or nothing.
        let part =
            ["牵头的", "牵头或", "其中", "领域的", "方面的", "参与的", "涉及"].iter().any(|w| r.text.contains(w));
        if r.asks.has(cue::ASKS_COUNT) && part {
            return self
                .said_at_meeting(list.year)
                .filter(|s| s.answer.chars().any(|c| c.is_ascii_digit()))
                .unwrap_or_else(|| {
                    Reply::not_found(
                        "list.count",
                        format!("语料只记载了{}的总项数，没有记载其中这一部分的项数。", list.title),
                    )
                    .years(&[list.year])
                    .rule("list.count_part")
                });
        }
        if r.asks.has(cue::ASKS_COUNT) {
            let count = list.item_count.get().copied().or((!list.items.is_empty()).then_some(list.items.len() as u32));
            let Some(n) = count else {
                return Reply::not_found("list.count", format!("语料没有说明{}包括几项。", list.title))
                    .years(&[list.year]);
            };
            let ev = list.item_count.primary().map(|s| s.evidence.clone()).unwrap_or_else(|| list.evidence.clone());
            // Items counted from the report, not stated: say so.
            let sentence = if list.item_count.get().is_some() {
                format!("{}共{n}项。", list.title)
            } else {
                format!("报道列出了{}的{n}项内容（清单的总项数未载）。", list.title)
            };
            return Reply::answered("list.count", format!("{n}项"), sentence)
                .years(&[list.year])
                .evidence(&ev)
                .rule("list.count");
        }
        if list.items.is_empty() {
            return Reply::not_found("list.items", format!("语料没有{}各项的具体内容。", list.title))
                .years(&[list.year]);
        }
        let headings: Vec<String> = list.items.iter().map(|i| i.heading.clone()).collect();
        // The report may detail only some of the items: say so rather than pass them off as all.
        let sentence = match list.item_count.get() {
            Some(&n) if n as usize > headings.len() => {
                format!("{}共{n}项，报道详述了其中{}项：{}。", list.title, headings.len(), join(&headings))
            }
            _ => format!("{}包括：{}。", list.title, join(&headings)),
        };
        Reply::answered("list.items", join(&headings), sentence)
            .years(&[list.year])
            .evidence(list.items.iter().map(|i| &i.evidence))
            .rule("list.items")
    }
}

/// The kinds of list the genre publishes, by the words that tell them apart.
const LIST_KINDS: &[&str] = &["民生", "实事", "重点合作事项", "合作事项"];

/// The name a question gives a list (`江海联运首批重点项目清单`) when no list of `year` bears most of
/// it: the words before 清单, without the year and the words every list of the genre shares.
fn unlike_name(t: &str, year: i32, lists: &[PublishedList]) -> Option<String> {
    let at = t.find("清单")?;
    let head: Vec<char> =
        t[..at].chars().rev().take_while(|c| is_cjk(*c) && !"的年是有在了和与".contains(*c)).collect();
    let name: String = head.into_iter().rev().collect();
    let name = ["长三角", "一体化", "发展", "区域", "地区", "年度", "首批"].iter().fold(name, |n, w| n.replace(w, ""));
    let chars: Vec<char> = name.chars().collect();
    if chars.len() < 4 {
        return None;
    }
    let bears = |l: &PublishedList| {
        let title: Vec<char> = l.title.chars().collect();
        2 * super::text::longest_common_substring(&chars, &title).0 >= chars.len()
    };
    (!lists.iter().filter(|l| l.year == year).any(bears)).then_some(name)
}

/// `涉及跨省办事、食品安全、文旅消费、卫生健康等多领域`: the fields listed before 等…领域 (or 方面).
fn stated_fields(quote: &str) -> Option<Vec<String>> {
    for lead in ["涉及", "涵盖", "覆盖", "包括"] {
        for (p, _) in quote.match_indices(lead) {
            let rest = &quote[p + lead.len()..];
            let Some(e) = rest.find('等') else { continue };
            let (list, after) = (&rest[..e], &rest[e + '等'.len_utf8()..]);
            let head: String = after.chars().take(5).collect();
            if (head.contains("领域") || head.contains("方面"))
                && list.contains('、')
                && !list.contains(['，', ',', '。'])
            {
                return Some(list.split('、').map(str::to_string).filter(|f| !f.is_empty()).collect());
            }
        }
    }
    None
}

/// Nouns that ask about the list itself, not a detail of an item.
const LIST_NOUNS: &[&str] = &["方面", "领域", "内容", "项目", "清单", "事项", "单位", "部门", "年", "时候", "地方"];

/// The noun a question asks for (哪个平台 → 平台, 什么机制 → 机制): two characters after the
/// question word, when they are no word about the list itself.
fn asked_noun(t: &str) -> Option<String> {
    for w in ["哪个", "哪一个", "什么", "哪种", "哪一"] {
        for (p, _) in t.match_indices(w) {
            let noun: String = t[p + w.len()..].chars().take_while(|&c| is_cjk(c)).take(2).collect();
            if noun.chars().count() == 2 && !LIST_NOUNS.iter().any(|n| noun.contains(n)) {
                return Some(noun);
            }
        }
    }
    None
}

/// The phrase of `quote` that ends in `noun`, from the verb or punctuation before it
/// (依托上海市公安局“一线赋能”平台 → 上海市公安局“一线赋能”平台).
fn phrase_ending_in(quote: &str, noun: &str) -> Option<String> {
    let end = quote.find(noun)? + noun.len();
    let head = &quote[..end - noun.len()];
    let mut start = head
        .rfind([',', '，', '、', '。', ';', '；'])
        .map_or(0, |p| p + head[p..].chars().next().map_or(1, char::len_utf8));
    for lead in ["依托", "依靠", "通过", "借助", "利用", "基于", "打造", "建设", "建立", "搭建"] {
        if let Some(p) = head.rfind(lead)
            && p + lead.len() > start
        {
            start = p + lead.len();
        }
    }
    let phrase = quote[start..end].trim();
    (phrase.chars().count() > noun.chars().count()).then(|| phrase.to_string())
}

/// The number a question asks of a list (`第三项`, `第3条`).
fn asked_ordinal(t: &str) -> Option<u32> {
    let at = t.find('第')?;
    let rest = &t[at + '第'.len_utf8()..];
    let num = text::leading_numeral(rest);
    let after = rest[num.len()..].chars().next()?;
    "项条个件".contains(after).then(|| crate::engine::extract::text::parse_number(num)).flatten()
}

/// The number an item is printed with (`三、…`, `3.…`, `(3)…`), if any, and the item's text after it.
fn item_number(heading: &str) -> Option<(u32, &str)> {
    let h = heading.trim_start_matches(['(', '（']);
    let num = text::leading_numeral(h);
    let after = h[num.len()..].chars().next()?;
    if num.is_empty() || !"、.．)）".contains(after) {
        return None;
    }
    Some((crate::engine::extract::text::parse_number(num)?, &h[num.len() + after.len_utf8()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_details_by_their_noun() {
        assert_eq!(asked_noun("跨省警情处置依托的是哪个平台"), Some("平台".to_string()));
        assert_eq!(asked_noun("清单包括哪个方面"), None);
        let quote = "长三角还将深化区域跨省警情处置,将依托上海市公安局“一线赋能”平台,打造协作网络。";
        assert_eq!(phrase_ending_in(quote, "平台"), Some("上海市公安局“一线赋能”平台".to_string()));
        assert_eq!(phrase_ending_in(quote, "网络"), Some("协作网络".to_string()));
        assert_eq!(phrase_ending_in(quote, "机制"), None);
    }

    #[test]
    fn fields_a_list_is_said_to_cover() {
        let q = "十项清单涉及跨省办事、食品安全、文旅消费、卫生健康等多领域,每项清单均提出内容和目标。";
        assert_eq!(
            stated_fields(q),
            Some(vec!["跨省办事".to_string(), "食品安全".to_string(), "文旅消费".to_string(), "卫生健康".to_string()])
        );
        assert_eq!(stated_fields("清单共22项,涵盖电子证照互认、跨省公交一卡通扩面等。"), None);
    }
}
