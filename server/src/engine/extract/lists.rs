//! Rules for published lists (`2026年度长三角一体化发展实事项目清单`): the title, how many items,
//! and each item with its figures (`超650个`, `至少达到400项`, `缩短30%以上`).

use std::sync::LazyLock;

use regex::Regex;

use super::text::{parse_number, unquantified};
use super::{Extractor, FORUM, Scope, Topic};
use crate::engine::model::*;
use crate::engine::normalize::Sentence;

static LIST_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:发布|公布|推出)(?:了)?《?((?:[0-9]{4}年度?)?[^,。;、《》]+?清单)").unwrap());
/// `2025年度长三角一体化发展实事项目清单正式发布`: the title before its verb, maybe first of a run
/// (`2025年度…实事项目清单、…最佳实践案例等也于同期集中发布`).
static LIST_TITLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:[0-9]{4}年度?|长三角)[^,。;、《》]*?清单)(?:、[^,。;]*?)?(?:等)?(?:也|还|均|都)?(?:于|在)?(?:同期|同日|当天|当日|会上)?(?:正式|今天|今日|日前|当天|同时|集中)?(?:发布|公布|出炉|推出)",
    )
    .unwrap()
});
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"从([一二三四五六七八九十百两[0-9]]+)(?:个)?方面|([一二三四五六七八九十百两[0-9]]+)项清单|清单(?:共|总共|一共)?(?:包括|包含|涵盖|有|计|列出|列有|列入|收录)?([一二三四五六七八九十百两[0-9]]+)(?:项|个方面|个领域)|(?:^|[,(])(?:共|总共|一共)(?:包括|包含|涵盖|有|计|列出|列有|列入|收录)?([一二三四五六七八九十百两[0-9]]+)(?:项|个项目|个方面|个领域|件)|(?:^|,)涵盖[^,。;]{0,40}?等([一二三四五六七八九十百两[0-9]]+)(?:项|个项目)|》,(?:首批|第一批)?(?:包含|包括|含|列入|收录|纳入)([一二三四五六七八九十百两[0-9]]+)项")
        .unwrap()
});
/// `第二批10个实事项目`: how many items a batch has, and what they are.
static BATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第[一二三四五六七八九十0-9]+批(?:共)?([一二三四五六七八九十百两0-9]+)(?:个|项)([^,。;0-9]{2,8}?(?:项目|事项))")
        .unwrap()
});
/// `…清单(共16项),以及长三角民生实事项目10项`: a second list released beside the first, named with
/// its count rather than as a 清单.
static COUNTED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[,、]?(?:以及|及|和|还有|同时发布)((?:[0-9]{4}年度?)?[^,。;、()《》0-9]{2,30}?(?:项目|事项))([一二三四五六七八九十百两]+|[0-9]+)(?:项|个)(?:[,。;]|$)")
        .unwrap()
});
/// `…清单(共13项)和长三角江海联运首批重点项目清单(共26个)`: a second list titled as a 清单, its
/// count in brackets.
static SECOND_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[,、]?(?:以及|及|和|还有|同时发布)(?:了)?《?((?:[0-9]{4}年度?)?[^,。;、()《》]{2,40}?清单)》?\((?:共|总共|一共|计)?([一二三四五六七八九十百两]+|[0-9]+)(?:项|个|家|条)\)")
        .unwrap()
});
/// `其中,重点合作事项清单共列入46项`, `一是第六批长三角政务服务跨省通办事项,共32项`: a list named with
/// its count, without a verb that releases it: a batch (第N批, 首批) or a 清单.
static NAMED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:])(?:其中,)?(?:[一二三四五六七八九十]是|[0-9]{1,2}[.、]\s*)?((?:第[一二三四五六七八九十0-9]+批|首批)[^,。;:、《》]{2,40}?|[^,。;:、《》]{2,40}?清单),?(?:共|总共|一共|共计)(?:包括|包含|涵盖|有|计|列出|列有|列入|收录)?([一二三四五六七八九十百两]+|[0-9]+)(?:项|个|家|条)")
        .unwrap()
});
/// `包括A、B、C等`: the examples a list is said to hold. `涵盖`/`涉及` are left out: the genre uses
/// them for the fields a list spans (`涵盖交通、科创等领域`, `涵盖…等十大标志性成果`), not its items.
static EXAMPLES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:包括|包含)(?:了)?:?").unwrap());
/// What may follow the 等 that ends a run of examples: nothing, or a plain count of them.
static SUMS_UP_EXAMPLES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9一二三四五六七八九十两]+(?:项|个))?(?:项目|事项|内容|举措)?$").unwrap());
/// `…等32个项目`: the count a run of examples ends on.
static SUMS_UP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"等[一二三四五六七八九十百两[0-9]]+(?:个项目|项|个)。?$").unwrap());

/// `…签署了…等15项合作协议,并发布了…清单,涵盖A、B、C等32个项目`: neither the agreements signed
/// beside the list nor the count that sums it up are its items.
fn aside(clause: &str) -> bool {
    clause.contains("签署") || SUMS_UP.is_match(clause)
}

/// `发布了A,共36项;发布了B,…;还发布了C`: a sentence of several releases, not one list's items.
fn several_releases(t: &str) -> bool {
    t.replace("发布会", "").matches("发布").count() >= 2
}

/// Leading words of an item clause that are not its subject: `根据清单,三省一市今年将新增…`.
const ITEM_LEAD: &[&str] =
    &["根据清单", "清单提出", "提出", "包括", "其中", "此外", "三省一市", "长三角", "今年", "还将", "将", "要", "推出"];
/// An item clause without the words that lead into it (`三省一市今年将新增…` → `新增…`).
fn without_lead(mut heading: &str) -> &str {
    while let Some(rest) = ITEM_LEAD.iter().find_map(|w| heading.strip_prefix(w)) {
        heading = rest.trim_start_matches(',');
    }
    heading
}

static ITEM_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:在|围绕|聚焦)([^,。;]+?)(?:方面)?,|^此外,([^,。;]+)").unwrap());
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]+(?:\.[0-9]+)?\s*(?:%|个|项|类|支|名|家|条|万|亿|人次|座|所|余|倍|场|批|趟|班|公里)").unwrap()
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([0-9]{4})年度?").unwrap());
static FORUM_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(FORUM).unwrap());

/// The key two titles of one list share: `长三角发布2026年度一体化发展实事项目清单` and
/// `2026年度长三角一体化发展实事项目清单` name the same list.
pub fn list_key(title: &str) -> String {
    title.replace("长三角", "").replace(' ', "")
}

impl Extractor<'_> {
    /// `发布2026年度长三角一体化发展实事项目清单,从十方面…`, in any article or headline.
    pub(super) fn list_title(&mut self, scope: &mut Scope, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        let ev = self.evidence(s);
        // `上一届论坛…曾发布《…》,共30项`: another year's release, told as background.
        let released_at = t.find("发布").unwrap_or(t.len());
        if ["上一届", "上届", "前一届", "去年", "曾"].iter().any(|w| t[..released_at].contains(w)) {
            return;
        }
        // `发布了两张清单:《A》,共24项;《B》,共16项`: each title after the count with its own count.
        static COUNTED_INTRO: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"发布(?:了)?[一两二三四五六七八九十0-9]+(?:张|份|个|批|项)(?:清单|成果)?:").unwrap()
        });
        // (`发布了《A清单》,共40项;《B清单》,共12项`: titled parts after one 发布, each a release.)
        let titled_parts = t.contains("发布")
            && t.split(';').filter(|p| p.trim_start().starts_with('《') && p.contains("清单》")).count() >= 1
            && t.split(';').count() >= 2
            && t.split(';').all(|p| p.contains("清单》"));
        let intro_end = COUNTED_INTRO.find(t).map(|m| m.end()).or_else(|| {
            titled_parts
                .then(|| t.find("发布").map(|i| i + "发布".len() + usize::from(t[i + 6..].starts_with('了')) * 3))
                .flatten()
        });
        if let Some(end) = intro_end {
            let parts: Vec<String> = t[end..].split(';').map(|p| format!("发布了{p}")).collect();
            for (i, part) in parts.iter().enumerate() {
                self.list_title_in(scope, (i == 0).then_some(t), part, &ev);
            }
            return;
        }
        // `发布了《A清单》,共36项;发布了B清单,共58个项目`: each list with the count in its own part.
        let parts: Vec<&str> = if several_releases(t) { t.split(';').collect() } else { vec![t] };
        for (i, part) in parts.into_iter().enumerate() {
            self.list_title_in(scope, (i == 0).then_some(t), part, &ev);
        }
    }

    /// The list titled in `t` (a part of a sentence), and its count; `whole`, the sentence, when
    /// its releases are still to be credited.
    fn list_title_in(&mut self, scope: &mut Scope, whole: Option<&str>, t: &str, ev: &Evidence) {
        let ev = ev.clone();
        let mut here = None;
        // 发布会上还公布了…清单: 发布会 is the press conference, not the verb.
        let plain = t.replace("发布会", "新闻会");
        if let Some(c) = LIST_TITLE.captures(&plain).or_else(|| LIST_TITLE_FIRST.captures(&plain)) {
            let title = unquantified(c[1].trim()).to_string();
            // `发布两张清单`: how many lists, not a list's title.
            if title.chars().count() <= 5 && title.starts_with(|ch: char| "一两二三四五六七八九十".contains(ch))
            {
                return;
            }
            let year = YEAR.captures(&title).and_then(|y| y[1].parse().ok()).or(scope.year);
            if let Some(year) = year {
                let idx = self.list_index(year, &title, &ev);
                here = Some(idx);
                if scope.topic == Topic::List || scope.list.is_none() {
                    scope.list = Some(idx);
                }
                // `会上` is the forum's only in a report on the forum: in a meeting's, the meeting's.
                let forum_here = scope.topic == Topic::Forum || scope.forum_paragraph.is_some();
                if let Some(w) = whole
                    && (FORUM_RE.is_match(w) || (w.contains("会上") && forum_here))
                {
                    self.forum_releases(year, w, &ev);
                }
            }
        }
        if let (Some(idx), Some(end)) = (here, LIST_TITLE.find(&plain).map(|m| m.end())) {
            self.counted_list(idx, &t[end..], &ev);
        }
        // `这是…共同谋划的第二批10个实事项目`: a batch of the items the list's title names.
        if let Some(idx) = here.or(scope.list)
            && let Some(c) = BATCH.captures(t)
            && let Some(n) = parse_number(&c[1])
            && self.facts.lists[idx].title.contains(&c[2])
            && !COUNT.is_match(t)
        {
            let title = self.facts.lists[idx].title.clone();
            self.note(format!("list {title}: {n} items"), &ev);
            self.facts.lists[idx].item_count.add(n, ev.clone());
        }
        if let (Some(idx), Some(c)) = (here.or(scope.list), COUNT.captures(t))
            && let Some(n) = c.iter().skip(1).flatten().next().and_then(|m| parse_number(m.as_str()))
        {
            let title = self.facts.lists[idx].title.clone();
            self.note(format!("list {title}: {n} items"), &ev);
            self.facts.lists[idx].item_count.add(n, ev);
        }
    }

    /// Lists a sentence names with their counts ([`NAMED_COUNT`]): a 清单 the year's meeting acted
    /// on goes by that document's full title.
    pub(super) fn named_counts(&mut self, scope: &Scope, s: &Sentence) {
        let Some(year) = scope.year.filter(|&y| y != super::UNDATED) else { return };
        let t = self.doc.sentence_text(s);
        if LIST_TITLE.is_match(&t.replace("发布会", "新闻会")) || t.contains("签署") {
            return;
        }
        let ev = self.evidence(s);
        for c in NAMED_COUNT.captures_iter(t) {
            let Some(n) = parse_number(&c[2]) else { continue };
            let named = c[1].trim();
            // `重点合作事项清单` for the `长三角区域一体化发展2328年度重点合作事项清单` the meeting reviewed.
            let year_of = YEAR.captures(named).map(|y| y[0].len()).unwrap_or(0);
            let tail = &named[year_of..];
            let documents =
                self.facts.meetings.get(&year).into_iter().flat_map(|m| m.documents.iter().map(|d| &d.value.title));
            let title = documents
                .filter(|t| t.ends_with(tail) && t.starts_with(&named[..year_of]) || t.ends_with(named))
                .max_by_key(|t| t.len())
                .map_or(named, String::as_str)
                .to_string();
            let idx = self.list_index(year, &title, &ev);
            self.note(format!("list {title}: {n} items"), &ev);
            self.facts.lists[idx].item_count.add(n, ev.clone());
        }
    }

    /// `以及长三角民生实事项目10项` after the list `idx` titled before `rest`: a list of that year too.
    fn counted_list(&mut self, idx: usize, rest: &str, ev: &Evidence) {
        // The first list's own count (`(共16项)`) may stand between.
        let rest = rest.trim_start_matches('》');
        let rest = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(rest, |(_, r)| r);
        let Some(c) = COUNTED_LIST.captures(rest).or_else(|| SECOND_LIST.captures(rest)) else { return };
        let Some(n) = parse_number(&c[2]) else { return };
        let year = self.facts.lists[idx].year;
        let title = c[1].trim().to_string();
        let other = self.list_index(year, &title, ev);
        if other != idx {
            self.note(format!("list {title}: {n} items"), ev);
            self.facts.lists[other].item_count.add(n, ev.clone());
        }
    }

    /// `清单共18项,包括A、B、C等`, `重点合作事项包括A、B等;民生实事项目包括C、D等`: the examples
    /// each list is said to hold, the list named in the clause or, unnamed, the one the sentence
    /// titles. A clause whose subject names no list of the year (`出席名单包括`) holds none.
    pub(super) fn list_examples(&mut self, scope: &Scope, s: &Sentence) {
        let Some(year) = scope.year else { return };
        let t = self.doc.sentence_text(s);
        if !EXAMPLES.is_match(t) {
            return;
        }
        let ev = self.evidence(s);
        let titled: Vec<usize> = (0..self.facts.lists.len())
            .filter(|&i| self.facts.lists[i].year == year && self.facts.lists[i].evidence.contains(&ev))
            .collect();
        for clause in t.split([';', '。']) {
            let Some(m) = EXAMPLES.find(clause) else { continue };
            let subject = clause[..m.start()].rsplit(',').next().unwrap_or_default().trim();
            let subject = subject.trim_start_matches("其中").trim_start_matches("清单").trim_start_matches('共');
            let run = clause[m.end()..].split(',').next().unwrap_or_default();
            // `…等`, `…等12项`: the run ends on 等 and a plain count at most. `…等领域`, `…等十大标志性
            // 成果` name what the run is examples of, areas or headings rather than items.
            let Some(run) =
                run.rfind('等').filter(|&i| SUMS_UP_EXAMPLES.is_match(&run[i + '等'.len_utf8()..])).map(|i| &run[..i])
            else {
                continue;
            };
            let items: Vec<&str> = run.split('、').map(str::trim).collect();
            if items.len() < 2 || items.iter().any(|i| !(2..=30).contains(&i.chars().count())) {
                continue;
            }
            let idx = if subject.chars().count() < 2 {
                match titled[..] {
                    [i] => i,
                    _ => continue,
                }
            } else {
                let key = list_key(subject);
                let named = (0..self.facts.lists.len())
                    .filter(|&i| {
                        self.facts.lists[i].year == year && list_key(&self.facts.lists[i].title).contains(&key)
                    })
                    .collect::<Vec<_>>();
                match named[..] {
                    [i] => i,
                    _ => continue,
                }
            };
            for item in items {
                if self.facts.lists[idx].items.iter().any(|x| x.heading == item) {
                    continue;
                }
                self.note(format!("list item {item}"), &ev);
                let item = ListItem { heading: item.to_string(), figures: Vec::new(), evidence: ev.clone() };
                self.facts.lists[idx].items.push(item);
            }
        }
    }

    /// Items set out in one sentence, each a clause with its figure: `新增…30项;推动…达到300项;…`,
    /// `提出新增…80项、…达到600项、…30条等具体目标` (`enumerations`: where a list article's own
    /// paragraphs do not set the items out, in a meeting or press article).
    pub(super) fn list_inline(&mut self, scope: &Scope, s: &Sentence, enumerations: bool) -> bool {
        let Some(idx) = scope.list else { return false };
        let t = self.doc.sentence_text(s);
        if several_releases(t) {
            return false;
        }
        let mut clauses: Vec<&str> = t.split(';').filter(|c| FIGURE.is_match(c)).collect();
        if clauses.len() < 2 && enumerations && (t.contains("清单") || t.starts_with('共')) {
            // (`签约项目36个,总投资1280亿元,并发布了…清单,清单共8项`: what comes before the list is
            // named is no item of it.)
            let named = t.find("清单").map_or(t, |i| &t[i..]);
            clauses = named.split('、').filter(|c| FIGURE.is_match(c) && c.chars().count() >= 6 && !aside(c)).collect();
            // `清单共8项,提出新增…60项,推动…达到800项,新开通…15条`: clauses after the count.
            if clauses.len() < 2 {
                clauses = named
                    .split(',')
                    .filter(|c| FIGURE.is_match(c) && !c.contains("清单") && c.chars().count() >= 6 && !aside(c))
                    .collect();
            }
        }
        if clauses.len() < 2 {
            return false;
        }
        let ev = self.evidence(s);
        for clause in clauses {
            let mut heading = clause.trim().trim_end_matches('。');
            // `根据清单,三省一市今年将新增…`, `清单共包括12项:新开通…`: the item starts after its lead-in.
            if let Some((_, rest)) = heading.rsplit_once([',', ':'])
                && FIGURE.is_match(rest)
            {
                heading = rest;
            }
            heading = without_lead(heading);
            // `《A》,共24项`: a count after a title is the list's, no item of it.
            if is_count_only(heading) {
                continue;
            }
            // `…30条等具体目标`: what follows 等 sums the list up.
            if let Some(i) = heading.rfind('等')
                && !heading[i..].chars().any(|c| c.is_ascii_digit())
            {
                heading = &heading[..i];
            }
            let figures: Vec<String> = heading
                .split([',', '。'])
                .map(str::trim)
                .filter(|c| FIGURE.is_match(c))
                .map(|c| c.to_string())
                .collect();
            self.note(format!("list item {heading}: {}", figures.join(" / ")), &ev);
            let item = ListItem { heading: heading.to_string(), figures, evidence: ev.clone() };
            self.facts.lists[idx].items.push(item);
        }
        true
    }

    /// The list with this title (by key) in this document, created if new.
    fn list_index(&mut self, year: i32, title: &str, ev: &Evidence) -> usize {
        let key = list_key(title);
        // `2025年度实事项目清单` in a headline is the `2025年度长三角一体化发展实事项目清单` of the text:
        // one title, after its year, ends the other.
        let tail = |t: &str| YEAR.find(t).map_or(t, |y| &t[y.end()..]).to_string();
        let same = |other: &str| {
            let (a, b) = (list_key(&tail(other)), list_key(&tail(title)));
            list_key(other) == key
                || a.chars().count() >= 4 && b.chars().count() >= 4 && (a.ends_with(&b) || b.ends_with(&a))
        };
        let idx = match self.facts.lists.iter().position(|l| l.year == year && same(&l.title)) {
            Some(i) => i,
            None => {
                self.note(format!("list {title} ({year})"), ev);
                self.facts.lists.push(PublishedList { year, title: title.to_string(), ..Default::default() });
                self.facts.lists.len() - 1
            }
        };
        let list = &mut self.facts.lists[idx];
        // The fuller title (with 长三角) is the canonical one.
        if title.chars().count() > list.title.chars().count() {
            list.title = title.to_string();
        }
        if !list.evidence.contains(ev) {
            list.evidence.push(ev.clone());
        }
        idx
    }

    /// Paragraphs of a list article: `在…方面,…`, `围绕…,…`, `此外,…` are items; so are the
    /// clauses of one sentence that sets out several with their figures (`新增…30项;推动…达到300项;…`).
    pub(super) fn list_body(&mut self, scope: &Scope, s: &Sentence) {
        if self.list_inline(scope, s, false) || !s.opens_paragraph {
            return;
        }
        let Some(idx) = scope.list else { return };
        let t = self.doc.sentence_text(s);
        let Some(c) = ITEM_HEAD.captures(t) else { return };
        // `此外,长三角还将深化区域跨省警情处置`: the item without its lead-in.
        let heading = without_lead(c.get(1).or(c.get(2)).unwrap().as_str().trim()).to_string();
        // The item is the whole paragraph; its figures are the clauses that hold a number.
        let p = self.doc.paragraphs[s.paragraph];
        let para = &self.doc.text[p.start..p.end];
        let figures: Vec<String> = para
            .split([',', '。', ';', '、'])
            .map(str::trim)
            .filter(|clause| FIGURE.is_match(clause))
            .map(str::to_string)
            .collect();
        let ev = self.doc.evidence(p.start, p.end);
        self.note(format!("list item {heading}: {}", figures.join(" / ")), &ev);
        self.facts.lists[idx].items.push(ListItem { heading, figures, evidence: ev });
    }
}

/// `共24项`, `16项`: a count standing alone.
fn is_count_only(t: &str) -> bool {
    let t = t.trim().trim_start_matches(['共', '计']).trim_start_matches("总共").trim_start_matches("一共");
    let digits = t.chars().take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十百".contains(*c)).count();
    digits > 0 && t.chars().count() == digits + 1 && t.ends_with(['项', '个', '条', '份', '家'])
}
