//! The question's cue words, found in one pass. `cues.toml` lists every family of words the
//! reader looks for (where, when, theme, this_year…), each with a kind and the `unless` words
//! that cancel a match lying inside them (在哪天 asks when, not where); `build.rs` turns it into
//! [`CUES`] and the [`cue`] constants. This module owns the one Aho-Corasick automaton over all of
//! those words, built on first use, and what it yields: the [`CueSet`] of a text, and its spans
//! for explaining a reading. The rest of the reader asks `scan.has(cue::WHERE)` and keeps no word
//! lists of its own.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

include!(concat!(env!("OUT_DIR"), "/cues.rs"));

/// One family of cue words.
#[derive(Debug)]
pub struct Cue {
    pub name: &'static str,
    pub kind: Kind,
    pub words: &'static [&'static str],
    /// A match of the cue that lies inside an occurrence of one of these does not count.
    pub unless: &'static [&'static str],
}

/// What a cue tells the reader: the question word, the attribute asked, a predicate, a relative
/// time, an aggregate, a check on whether to answer at all, the event, the scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ask,
    Attr,
    Pred,
    Rel,
    Agg,
    Check,
    Event,
    Scope,
}

impl Kind {
    /// The kind as `cues.toml` writes it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Ask => "ASK",
            Kind::Attr => "ATTR",
            Kind::Pred => "PRED",
            Kind::Rel => "REL",
            Kind::Agg => "AGG",
            Kind::Check => "CHECK",
            Kind::Event => "EVENT",
            Kind::Scope => "SCOPE",
        }
    }
}

/// The cues present in a text, one bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueSet([u64; SET_WORDS]);

impl CueSet {
    pub fn has(&self, cue: usize) -> bool {
        self.0[cue / 64] & (1 << (cue % 64)) != 0
    }

    pub fn insert(&mut self, cue: usize) {
        self.0[cue / 64] |= 1 << (cue % 64);
    }

    pub fn remove(&mut self, cue: usize) {
        self.0[cue / 64] &= !(1 << (cue % 64));
    }
}

/// What a pattern of the automaton is to one cue: one of its words, or one of its `unless` words.
#[derive(Debug, Clone, Copy)]
struct Role {
    cue: u16,
    unless: bool,
}

struct Tagger {
    ac: AhoCorasick,
    /// For pattern `p`, its roles are `roles[starts[p]..starts[p + 1]]`: a word shared by several
    /// cues (哪些, 通过) is one pattern, so that it is matched once.
    starts: Vec<u32>,
    roles: Vec<Role>,
    /// The cues with `unless` words: only their matches wait for the end of the pass.
    guarded: CueSet,
}

static TAGGER: LazyLock<Tagger> = LazyLock::new(|| {
    let mut patterns: Vec<&'static str> = Vec::new();
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    let mut by_pattern: Vec<Vec<Role>> = Vec::new();
    let mut guarded = CueSet::default();
    for (i, c) in CUES.iter().enumerate() {
        let cue = u16::try_from(i).expect("fewer than 65536 cues");
        if !c.unless.is_empty() {
            guarded.insert(i);
        }
        let words = c.words.iter().map(|w| (w, false)).chain(c.unless.iter().map(|w| (w, true)));
        for (&word, unless) in words {
            let p = *index.entry(word).or_insert_with(|| {
                patterns.push(word);
                by_pattern.push(Vec::new());
                patterns.len() - 1
            });
            by_pattern[p].push(Role { cue, unless });
        }
    }
    let mut starts = vec![0u32];
    let mut roles = Vec::new();
    for r in by_pattern {
        roles.extend(r);
        starts.push(u32::try_from(roles.len()).expect("fewer than 2^32 roles"));
    }
    // Standard match semantics: the only one that reports overlapping matches, and every cue needs
    // all of its words' occurrences, whatever other words they overlap.
    let ac = AhoCorasick::new(&patterns).expect("the cue words build an automaton");
    Tagger { ac, starts, roles, guarded }
});

/// Calls `found` with each match of a cue word in `text` that no `unless` word of its cue covers:
/// the matches of unguarded cues as they are met, the others once the pass is over.
fn matches(text: &str, mut found: impl FnMut(usize, Range<usize>)) {
    let t = &*TAGGER;
    let mut pending: Vec<(u16, Range<usize>)> = Vec::new();
    let mut covers: Vec<(u16, Range<usize>)> = Vec::new();
    for m in t.ac.find_overlapping_iter(text) {
        let p = m.pattern().as_usize();
        for role in &t.roles[t.starts[p] as usize..t.starts[p + 1] as usize] {
            if role.unless {
                covers.push((role.cue, m.range()));
            } else if t.guarded.has(usize::from(role.cue)) {
                pending.push((role.cue, m.range()));
            } else {
                found(usize::from(role.cue), m.range());
            }
        }
    }
    for (cue, r) in pending {
        if !covers.iter().any(|(c, u)| *c == cue && u.start <= r.start && r.end <= u.end) {
            found(usize::from(cue), r);
        }
    }
}

/// The cues present in `text`.
pub fn tag(text: &str) -> CueSet {
    let mut set = CueSet::default();
    matches(text, |cue, _| set.insert(cue));
    set
}

/// Every counted match in `text` as (cue, byte range), by position: what a reading explains.
pub fn spans(text: &str) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    matches(text, |cue, r| out.push((cue, r)));
    out.sort_unstable_by_key(|(cue, r)| (r.start, r.end, *cue));
    out
}

/// `KIND:name word` for each cue word matched in `text`, in order, each once.
pub fn explain(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (cue, r) in spans(text) {
        let c = &CUES[cue];
        let line = format!("{}:{} {}", c.kind.label(), c.name, &text[r]);
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

/// `TAG:name` for each computed or derived tag in `set`, in `cues.toml` order.
pub fn explain_tags(set: &CueSet) -> Vec<String> {
    TAGS.iter().enumerate().filter(|(i, _)| set.has(CUES.len() + i)).map(|(_, name)| format!("TAG:{name}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `text` holds a word of `cue` at an occurrence no `unless` word of the cue covers,
    /// searched word by word with `str` methods: what the automaton must agree with.
    fn naive(text: &str, cue: usize) -> bool {
        let c = &CUES[cue];
        c.words.iter().any(|w| {
            text.match_indices(w).any(|(start, _)| {
                let end = start + w.len();
                !c.unless.iter().any(|u| {
                    // Every occurrence of `u`, overlapping ones too: `match_indices` skips those.
                    (0..text.len())
                        .filter(|&i| text.is_char_boundary(i) && text[i..].starts_with(u))
                        .any(|i| i <= start && end <= i + u.len())
                })
            })
        })
    }

    #[test]
    fn where_is_cancelled_by_a_day_or_a_year() {
        assert!(tag("2024年座谈会在哪里举行").has(cue::WHERE));
        assert!(tag("在哪开的").has(cue::WHERE));
        assert!(!tag("在哪天开的").has(cue::WHERE));
        assert!(!tag("在哪一年开的").has(cue::WHERE));
        // Another where word still counts.
        assert!(tag("在哪天在哪个城市").has(cue::WHERE));
        assert!(tag("在哪几个城市").has(cue::WHERE));
    }

    #[test]
    fn counts_are_not_which() {
        assert!(tag("开了几次").has(cue::COUNT));
        assert!(!tag("哪几次").has(cue::COUNT));
        assert!(!tag("第几次").has(cue::COUNT));
        assert!(tag("哪几次").has(cue::WHICH_YEAR));
        assert!(tag("第几届论坛").has(cue::EDITION_ASKED));
        assert!(!tag("哪几届").has(cue::EDITION_ASKED));
    }

    #[test]
    fn cancelled_words_are_only_their_own_cues() {
        // 发布会 is no release, yet still the press conference.
        let set = tag("成果发布会");
        assert!(!set.has(cue::RELEASE) && set.has(cue::PRESS_EVENT));
        assert!(!tag("代表轮值主办方致辞").has(cue::HOST));
        assert!(tag("由谁主办").has(cue::HOST));
        assert!(!tag("总书记").has(cue::SECRETARY) && tag("省委书记").has(cue::SECRETARY));
    }

    #[test]
    fn spans_name_the_word_matched() {
        let text = "2024年今年的座谈会在哪里";
        let lines = explain(text);
        assert!(lines.contains(&"ASK:where 哪里".to_string()), "{lines:?}");
        assert!(lines.contains(&"REL:this_year 今年".to_string()), "{lines:?}");
        for (cue, r) in spans(text) {
            assert!(CUES[cue].words.contains(&&text[r]));
        }
    }

    #[test]
    fn derived_tags_follow_their_expressions() {
        let mut s = tag("谁出席了");
        derive(&mut s);
        assert!(s.has(cue::ASKS_WHO));
        // 叫什么名字 of a named thing asks for its title.
        let mut s = tag("文件叫什么名字");
        derive(&mut s);
        assert!(!s.has(cue::ASKS_WHO));
        let mut s = tag("省委副书记");
        derive(&mut s);
        assert!(!s.has(cue::ASKS_SECRETARY));
        assert_eq!(explain_tags(&s), Vec::<String>::new());
        let mut s = tag("省委书记");
        derive(&mut s);
        assert_eq!(explain_tags(&s), vec!["TAG:asks_secretary".to_string()]);
    }

    #[test]
    fn a_text_without_cue_words_has_none() {
        assert_eq!(tag(""), CueSet::default());
        assert_eq!(tag("xyz"), CueSet::default());
        assert!(spans("").is_empty());
    }

    #[test]
    fn the_table_is_whole() {
        assert!(CUES.len() <= SET_WORDS * 64);
        assert_eq!(CUES[cue::WHERE].name, "where");
        assert_eq!(CUES[cue::THIS_YEAR].kind, Kind::Rel);
    }

    proptest::proptest! {
        /// Texts made of cue words, their parts and a few other characters: the automaton finds
        /// the cues that a search word by word finds, `unless` words included.
        #[test]
        fn the_automaton_agrees_with_contains(
            pieces in proptest::collection::vec((0..CUES.len(), 0usize..8, proptest::bool::ANY, "[在哪几天年第总a?，]{0,2}"), 0..8),
        ) {
            let mut text = String::new();
            for (cue, k, whole, filler) in pieces {
                let c = &CUES[cue];
                let all: Vec<&str> = c.words.iter().chain(c.unless).copied().collect();
                let w = all[k % all.len()];
                if whole {
                    text.push_str(w);
                } else {
                    text.extend(w.chars().skip(1));
                }
                text.push_str(&filler);
            }
            let set = tag(&text);
            for (cue, c) in CUES.iter().enumerate() {
                proptest::prop_assert_eq!(set.has(cue), naive(&text, cue), "{} in {:?}", c.name, text);
            }
        }
    }
}
