//! The reader's lexicon, built once per knowledge base in `Reader::new`: every name the question
//! may mention, taken from the knowledge base (people, host places, invited bodies, organisers)
//! and the gazetteer (the delta's provinces and cities, the other provinces), in a character
//! trie matched longest-first; the documents, themes and lists with their comparison keys; one
//! flat table of who held which role in which year; and the typo index (terms of 3 or more
//! characters, matched at one edit at most, digits never fuzzed).
//!
//! Segmentation choice: names are matched here, against the knowledge base, not by jieba. jieba
//! is kept only for the explanation's token list and is built with `Jieba::empty()` plus this
//! lexicon's surfaces and the question vocabulary (a few hundred `add_word` calls, well under a
//! millisecond), never with the default dictionary, whose load costs 150–230 ms of start-up.

use std::collections::{BTreeSet, HashMap};

use jieba_rs::Jieba;

use super::text::{self, is_cjk};
use crate::engine::gazetteer;
use crate::engine::kb::KnowledgeBase;
use crate::engine::model::{DocAction, Evidence};

/// What a recognised surface stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    /// A delta province or city; `province` is its province (itself for a province).
    Place {
        province: String,
        is_province: bool,
    },
    /// A province outside the delta.
    OtherPlace,
    /// A body: invited department, forum host or organiser.
    Org,
}

impl EntityKind {
    pub fn label(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place { is_province: true, .. } => "province",
            EntityKind::Place { .. } => "city",
            EntityKind::OtherPlace => "other_place",
            EntityKind::Org => "organization",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: EntityKind,
    pub canonical: String,
}

/// One entity occurrence found in the question.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub len: usize,
    pub entity: usize,
    pub fuzzy: bool,
}

/// A character trie over surfaces, matched leftmost-longest.
#[derive(Default)]
struct Trie {
    edges: HashMap<(u32, char), u32>,
    terminal: Vec<Vec<usize>>,
}

impl Trie {
    fn new() -> Self {
        Trie { edges: HashMap::new(), terminal: vec![Vec::new()] }
    }

    fn insert(&mut self, surface: &str, entity: usize) {
        let mut node = 0u32;
        for c in surface.chars() {
            node = match self.edges.get(&(node, c)) {
                Some(&n) => n,
                None => {
                    let n = self.terminal.len() as u32;
                    self.terminal.push(Vec::new());
                    self.edges.insert((node, c), n);
                    n
                }
            };
        }
        let t = &mut self.terminal[node as usize];
        if !t.contains(&entity) {
            t.push(entity);
        }
    }

    /// The longest surface starting at `chars[0]`: its length and entities.
    fn longest(&self, chars: &[char]) -> Option<(usize, &[usize])> {
        let mut node = 0u32;
        let mut best = None;
        for (i, &c) in chars.iter().enumerate() {
            match self.edges.get(&(node, c)) {
                Some(&n) => node = n,
                None => break,
            }
            if !self.terminal[node as usize].is_empty() {
                best = Some((i + 1, self.terminal[node as usize].as_slice()));
            }
        }
        best
    }
}

/// A document a meeting acted on or only cited.
#[derive(Debug, Clone)]
pub struct DocRef {
    pub title: String,
    pub key: Vec<char>,
    pub year: i32,
    /// `None` when the meeting only cited it.
    pub action: Option<DocAction>,
    pub verb: String,
    pub evidence: Vec<Evidence>,
}

/// A theme of a meeting or forum.
#[derive(Debug, Clone)]
pub struct ThemeRef {
    pub year: i32,
    pub forum: bool,
    pub theme: String,
    pub key: Vec<char>,
    pub evidence: Vec<Evidence>,
}

/// One role one person held in one year, from whichever part of the knowledge base reports it.
#[derive(Debug, Clone)]
pub struct RoleRef {
    pub name: String,
    pub year: i32,
    pub role: String,
    pub province: String,
    /// `meeting`, `forum`, `press`.
    pub event: &'static str,
    pub evidence: Vec<Evidence>,
}

/// A term the typo matcher may propose.
#[derive(Clone)]
struct FuzzyTerm {
    chars: Vec<char>,
    surface: String,
    entity: usize,
}

pub struct Lexicon {
    pub entities: Vec<Entity>,
    trie: Trie,
    /// Question words, kept out of the typo matcher's windows.
    vocab: Trie,
    fuzzy: Vec<FuzzyTerm>,
    /// Full forms of two-character places (温州市), matched by sound.
    homophones: Vec<FuzzyTerm>,
    /// The places whose name is two characters (温州), matched by sound or look as a venue.
    two_char_places: Vec<(usize, [char; 2])>,
    pub docs: Vec<DocRef>,
    pub themes: Vec<ThemeRef>,
    pub roles: Vec<RoleRef>,
    /// Title keys of the published lists, by index into `kb.lists`.
    pub list_keys: Vec<Vec<char>>,
    pub figures: super::lists::FigureIndex,
    pub jieba: Jieba,
}

/// Question words added to jieba so the explanation's tokens read naturally.
const QUESTION_WORDS: &[&str] = &[
    "座谈会",
    "主要领导座谈会",
    "长三角",
    "长三角地区",
    "高层论坛",
    "论坛",
    "成果发布会",
    "在哪里",
    "哪里",
    "哪个",
    "城市",
    "举行",
    "召开",
    "举办",
    "承办",
    "主办",
    "什么",
    "时候",
    "哪一年",
    "哪次",
    "主题",
    "文件",
    "审议",
    "通过",
    "出席",
    "书记",
    "省长",
    "市长",
    "职务",
    "是谁",
    "下一届",
    "最近一次",
    "确定",
    "清单",
    "多少",
    "几个",
    "哪些",
    "什么职务",
    "职位",
    "担任",
    "是什么",
    "哪一届",
    "哪几年",
    "哪年",
    "出席了",
    "参加",
    "会议",
    "举办地",
    "哪个省",
    "哪个城市",
    "召开的",
    "举行的",
    "分别是",
    "一体化",
    "发展",
    "地区",
    "主要领导",
    "领导",
    "书记是谁",
    "省委书记",
    "市委书记",
    "副书记",
    "怎么样",
    "有没有",
    "是不是",
    "时间",
    "日期",
    "变化",
    "几次",
    "多少个",
    "多少项",
    "审议通过",
    "主持",
    "通报",
    "讲话",
    "致辞",
    "单位",
    "承办的",
];

impl Lexicon {
    pub fn build(kb: &KnowledgeBase) -> Lexicon {
        let mut lex = Lexicon {
            entities: Vec::new(),
            trie: Trie::new(),
            vocab: Trie::new(),
            fuzzy: Vec::new(),
            homophones: Vec::new(),
            two_char_places: Vec::new(),
            docs: Vec::new(),
            themes: Vec::new(),
            roles: Vec::new(),
            list_keys: Vec::new(),
            figures: super::lists::FigureIndex::build(kb),
            jieba: Jieba::empty(),
        };
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        let mut add = |lex: &mut Lexicon, kind: EntityKind, canonical: &str, surfaces: &[String]| {
            let canonical = text::normalize(canonical);
            if canonical.chars().count() < 2 {
                return;
            }
            let id = *index.entry((kind.label().to_string(), canonical.clone())).or_insert_with(|| {
                lex.entities.push(Entity { kind: kind.clone(), canonical: canonical.clone() });
                lex.entities.len() - 1
            });
            for s in surfaces.iter().map(|s| text::normalize(s)).chain([canonical.clone()]) {
                lex.trie.insert(&s, id);
            }
            // Only the canonical name is fuzzed: 盐城市 must not meet 个城市.
            let n = canonical.chars().count();
            // A two-character place is fuzzed only in its full form (温洲市 → 温州市), and only by
            // sound: still three characters and one edit, but 个城市 cannot meet 盐城市.
            if n == 2 && matches!(kind, EntityKind::Place { .. }) {
                for full in surfaces.iter().map(|s| text::normalize(s)).filter(|s| s.chars().count() == 3) {
                    if !lex.homophones.iter().any(|f| f.surface == full) {
                        lex.homophones.push(FuzzyTerm { chars: full.chars().collect(), surface: full, entity: id });
                    }
                }
            }
            if n >= 3
                && !canonical.chars().any(|c| c.is_ascii_digit())
                && !lex.fuzzy.iter().any(|f| f.surface == canonical)
            {
                lex.fuzzy.push(FuzzyTerm {
                    chars: canonical.chars().collect(),
                    surface: canonical.clone(),
                    entity: id,
                });
            }
        };

        // Places: the gazetteer, then any host city the knowledge base knows beyond it.
        for (province, cities) in gazetteer::CITIES {
            let kind = EntityKind::Place { province: province.to_string(), is_province: true };
            add(&mut lex, kind, province, &[gazetteer::province_full(province)]);
            for city in cities.iter().filter(|c| *c != province) {
                let kind = EntityKind::Place { province: province.to_string(), is_province: false };
                add(&mut lex, kind, city, &[gazetteer::city_full(city)]);
            }
        }
        let kb_places = kb
            .meetings
            .values()
            .flat_map(|m| m.place.values.iter())
            .chain(kb.forums.values().flat_map(|f| f.place.values.iter()));
        for place in kb_places {
            if let Some(city) = &place.value.city
                && city != &place.value.province
            {
                let kind = EntityKind::Place { province: place.value.province.clone(), is_province: false };
                add(&mut lex, kind, city, &[gazetteer::city_full(city)]);
            }
        }
        for other in gazetteer::OTHER_PROVINCES {
            add(&mut lex, EntityKind::OtherPlace, other, &[gazetteer::province_full(other)]);
        }

        // Bodies: those the reports name, and the two the genre invites every year, so that a
        // question naming one no report names is read (除了国家发改委,中央财办也应邀出席了吗).
        let mut orgs: BTreeSet<String> = ["国家发展改革委", "中央财办"].iter().map(|o| o.to_string()).collect();
        for m in kb.meetings.values() {
            orgs.extend(m.invited.iter().map(|s| s.value.clone()));
        }
        for f in kb.forums.values() {
            orgs.extend(f.hosts.iter().chain(&f.organizers).map(|s| s.value.clone()));
        }
        for org in &orgs {
            add(&mut lex, EntityKind::Org, org, &gazetteer::org_aliases(org));
        }

        // People and their roles.
        lex.roles = collect_roles(kb);
        let names: BTreeSet<String> = lex.roles.iter().map(|r| r.name.clone()).collect();
        for name in &names {
            add(&mut lex, EntityKind::Person, name, &[]);
        }

        // Documents, themes, lists.
        for m in kb.meetings.values() {
            for d in &m.documents {
                lex.docs.push(DocRef {
                    title: d.value.title.clone(),
                    key: text::key(&d.value.title).chars().collect(),
                    year: m.year,
                    action: Some(d.value.action),
                    verb: d.value.verb.clone(),
                    evidence: d.evidence.clone(),
                });
            }
            for c in &m.cited {
                lex.docs.push(DocRef {
                    title: c.value.clone(),
                    key: text::key(&c.value).chars().collect(),
                    year: m.year,
                    action: None,
                    verb: String::new(),
                    evidence: c.evidence.clone(),
                });
            }
            for t in &m.theme.values {
                lex.themes.push(ThemeRef {
                    year: m.year,
                    forum: false,
                    theme: t.value.clone(),
                    key: text::key(&t.value).chars().collect(),
                    evidence: t.evidence.clone(),
                });
            }
        }
        for f in kb.forums.values() {
            for t in &f.theme.values {
                lex.themes.push(ThemeRef {
                    year: f.year,
                    forum: true,
                    theme: t.value.clone(),
                    key: text::key(&t.value).chars().collect(),
                    evidence: t.evidence.clone(),
                });
            }
        }
        lex.list_keys = kb.lists.iter().map(|l| text::key(&l.title).chars().collect()).collect();

        for w in QUESTION_WORDS {
            lex.vocab.insert(w, 0);
        }
        lex.two_char_places = lex
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, EntityKind::Place { .. }))
            .filter_map(|(id, e)| {
                let mut cs = e.canonical.chars();
                match (cs.next(), cs.next(), cs.next()) {
                    (Some(a), Some(b), None) => Some((id, [a, b])),
                    _ => None,
                }
            })
            .collect();
        let surfaces: Vec<String> = lex.entities.iter().map(|e| e.canonical.clone()).collect();
        for s in surfaces.iter().map(String::as_str).chain(QUESTION_WORDS.iter().copied()) {
            lex.jieba.add_word(s, Some(100_000), None);
        }
        lex
    }

    /// Every entity occurrence in `chars`, leftmost-longest, skipping `masked` positions.
    pub fn scan(&self, chars: &[char], masked: &[bool]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if masked[i] {
                i += 1;
                continue;
            }
            let end = masked[i..].iter().position(|&m| m).map_or(chars.len(), |p| i + p);
            match self.trie.longest(&chars[i..end]) {
                Some((len, ids)) => {
                    for &entity in ids {
                        hits.push(Hit { start: i, len, entity, fuzzy: false });
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        hits
    }

    /// Typo candidates in the uncovered runs of `chars`: terms of 3+ characters one edit away
    /// from a window of the question. Returns the windows' hits (several for a tie).
    pub fn fuzzy(&self, chars: &[char], covered: &[bool]) -> Vec<Hit> {
        let mut covered = covered.to_vec();
        let mut i = 0;
        while i < chars.len() {
            match self.vocab.longest(&chars[i..]) {
                Some((len, _)) if !covered[i] => {
                    covered[i..i + len].fill(true);
                    i += len;
                }
                _ => i += 1,
            }
        }
        // Runs of uncovered CJK characters.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if covered[i] || !is_cjk(chars[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && !covered[i] && is_cjk(chars[i]) {
                i += 1;
            }
            if i - start >= 3 {
                runs.push((start, i));
            }
        }
        if runs.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(usize, Hit)> = Vec::new(); // (distance, hit)
        for term in &self.homophones {
            let n = term.chars.len();
            for &(s, e) in runs.iter().filter(|(s, e)| e - s >= n) {
                for start in s..=e - n {
                    if text::one_homophone_off(&chars[start..start + n], &term.chars) {
                        found.push((1, Hit { start, len: n, entity: term.entity, fuzzy: true }));
                    }
                }
            }
        }
        let mut present: Vec<char> = runs.iter().flat_map(|&(s, e)| chars[s..e].iter().copied()).collect();
        present.sort_unstable();
        present.dedup();

        for term in &self.fuzzy {
            let shared = term.chars.iter().filter(|c| present.binary_search(c).is_ok()).count();
            if shared + 1 < term.chars.len() {
                continue;
            }
            let n = term.chars.len();
            for &(s, e) in &runs {
                for len in [n, n - 1, n + 1] {
                    if len < 3 || len > e - s {
                        continue;
                    }
                    for start in s..=e - len {
                        let window = &chars[start..start + len];
                        if char_distance_at_most_one(window, &term.chars) {
                            found.push((1, Hit { start, len, entity: term.entity, fuzzy: true }));
                        }
                    }
                }
            }
        }
        dedup_entities(found)
    }
}

impl Lexicon {
    /// A two-character delta place misspelt by sound or by eye where the sentence says it is a venue
    /// (是在和肥开的, 在温洲召开, 在安微开的) or names the meeting by it at the start of a clause (温洲那次,
    /// 和肥那次主要领导会): outside those frames two characters are too short to fuzz (个城 is no 盐城).
    pub fn venue_by_sound(&self, chars: &[char], covered: &[bool]) -> Vec<Hit> {
        const NAMING: [&str; 6] = ["那次", "那届", "那一次", "那回", "会议", "座谈会"];
        let mut out = Vec::new();
        for start in 0..chars.len().saturating_sub(1) {
            if covered[start..start + 2].iter().any(|&c| c) {
                continue;
            }
            let window = &chars[start..start + 2];
            let venue = start > 0
                && "在于赴到".contains(chars[start - 1])
                && chars.get(start + 2).is_some_and(|&c| "开召举办".contains(c));
            // `2274年芜胡座谈会`: after a year, as at a clause's start, a place names the meeting.
            let after_year = start >= 2 && chars[start - 1] == '年' && chars[start - 2].is_ascii_digit();
            let clause_start = start == 0 || !super::text::is_cjk(chars[start - 1]) || after_year;
            // (Only at a clause's start is the rest of it looked at: this runs at every character.)
            let naming = clause_start && {
                let rest: String = chars[start + 2..].iter().take(3).collect();
                NAMING.iter().any(|w| rest.starts_with(w))
            };
            if !(venue || naming) {
                continue;
            }
            // A two-character window is one off a two-character name only.
            for &(id, word) in &self.two_char_places {
                if text::one_homophone_off(window, &word) || text::one_look_alike_off(window, &word) {
                    out.push(Hit { start, len: 2, entity: id, fuzzy: true });
                }
            }
        }
        // Two places that sound alike tie: no guess.
        if out.len() == 1 { out } else { Vec::new() }
    }
}

/// One hit per entity, the first window.
fn dedup_entities(found: Vec<(usize, Hit)>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for (_, h) in found {
        if !hits.iter().any(|x| x.entity == h.entity) {
            hits.push(h);
        }
    }
    hits
}

/// True when `a` and `b` differ by exactly one substitution, insertion or deletion.
fn char_distance_at_most_one(a: &[char], b: &[char]) -> bool {
    if a == b {
        return false;
    }
    let sa: String = a.iter().collect();
    let sb: String = b.iter().collect();
    strsim::levenshtein(&sa, &sb) <= 1
}

/// Who held which role in which year, from the people table and, for any event the people
/// table does not cover, from the meetings', forums' and press conferences' attendee lists.
fn collect_roles(kb: &KnowledgeBase) -> Vec<RoleRef> {
    let mut roles = Roles::default();
    for p in kb.people.values() {
        for r in &p.roles {
            roles.push(&p.name, r.year, &r.role, &r.province, r.event, std::slice::from_ref(&r.evidence));
        }
    }
    for m in kb.meetings.values() {
        for a in &m.attendees {
            roles.push(&a.value.name, m.year, &a.value.role, &a.value.province, "meeting", &a.evidence);
        }
        for a in &m.press.speakers {
            roles.push(&a.value.name, m.year, &a.value.role, &a.value.province, "press", &a.evidence);
        }
    }
    for f in kb.forums.values() {
        for a in f.speakers.iter().chain(&f.attendees) {
            roles.push(&a.value.name, f.year, &a.value.role, &a.value.province, "forum", &a.evidence);
        }
        for k in &f.keynotes {
            roles.push(&k.value.name, f.year, &k.value.role, "", "forum", &k.evidence);
        }
    }
    // Presiders and reporters are named without a role: give them the role they held that year.
    for m in kb.meetings.values() {
        for claims in [&m.press.presider, &m.press.reporter] {
            for s in &claims.values {
                let known = roles.first_held(&s.value, m.year).map(|r| (r.role.clone(), r.province.clone()));
                let (role, province) = known.unwrap_or_default();
                roles.push(&s.value, m.year, &role, &province, "press", &s.evidence);
            }
        }
    }
    roles.list
}

/// The role table under construction: one row per (name, year, role, event), in first-seen
/// order, found by hash so that building it stays linear in the number of mentions.
#[derive(Default)]
struct Roles {
    list: Vec<RoleRef>,
    by_key: HashMap<(String, i32, String, &'static str), usize>,
    /// The first row of each (name, year).
    first: HashMap<(String, i32), usize>,
}

impl Roles {
    fn push(&mut self, name: &str, year: i32, role: &str, province: &str, event: &'static str, ev: &[Evidence]) {
        if name.is_empty() {
            return;
        }
        let key = (name.to_string(), year, role.to_string(), event);
        if let Some(&i) = self.by_key.get(&key) {
            let row = &mut self.list[i];
            for e in ev {
                if !row.evidence.contains(e) {
                    row.evidence.push(e.clone());
                }
            }
            return;
        }
        self.by_key.insert(key, self.list.len());
        self.first.entry((name.to_string(), year)).or_insert(self.list.len());
        self.list.push(RoleRef {
            name: name.to_string(),
            year,
            role: role.to_string(),
            province: province.to_string(),
            event,
            evidence: ev.to_vec(),
        });
    }

    fn first_held(&self, name: &str, year: i32) -> Option<&RoleRef> {
        self.first.get(&(name.to_string(), year)).map(|&i| &self.list[i])
    }
}
