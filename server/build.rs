//! Turns the question reader's cue words (`src/engine/qa/cues.toml`) into `$OUT_DIR/cues.rs`: the
//! static table `CUES` that `engine::qa::tagger` builds its automaton from, and one constant per
//! cue in a `cue` module (`cue::WHERE`), so that a misspelt cue name is a compile error rather
//! than a cue that never fires. The file's `[[computed]]` tags (set by the reader's code) and
//! `[[derived]]` tags (an expression over other tags, `who & !named_thing | name_list`) get
//! constants too, and the derived ones a generated `derive` function. A file that breaks the
//! rules fails the build saying which entry and why.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

use serde::Deserialize;

const SOURCE: &str = "src/engine/qa/cues.toml";

/// The kinds a cue may have, as written in the file, with the `Kind` variant each becomes.
const KINDS: &[(&str, &str)] = &[
    ("ASK", "Ask"),
    ("ATTR", "Attr"),
    ("PRED", "Pred"),
    ("REL", "Rel"),
    ("AGG", "Agg"),
    ("CHECK", "Check"),
    ("EVENT", "Event"),
    ("SCOPE", "Scope"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    cue: Vec<Entry>,
    #[serde(default)]
    computed: Vec<Computed>,
    #[serde(default)]
    derived: Vec<Derived>,
}

/// A tag the reader computes in code (a polite frame read away, a count stated): named here so
/// that derived tags can use it and `--explain` can print it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Computed {
    name: String,
}

/// A tag that holds when its expression over cues, computed tags and earlier derived tags does.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Derived {
    name: String,
    when: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    kind: String,
    words: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
}

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(SOURCE).unwrap_or_else(|e| fail(&format!("cannot read it: {e}")));
    let file: File = toml::from_str(&text).unwrap_or_else(|e| fail(&e.to_string()));
    if let Err(why) = validate(&file.cue) {
        fail(&why);
    }
    let derived = derive(&file).unwrap_or_else(|why| fail(&why));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cues.rs");
    fs::write(&out, generate(&file, &derived)).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

fn fail(why: &str) -> ! {
    panic!("\n{SOURCE}: {why}\n");
}

/// The rules the tagger relies on: each name a distinct snake_case identifier, a known kind, words
/// that can match (non-empty, none twice), and `unless` words that each hold one of the cue's
/// words (one that holds none can never cancel a match, and is a mistake).
fn validate(cues: &[Entry]) -> Result<(), String> {
    if cues.is_empty() {
        return Err("no [[cue]] entries".to_string());
    }
    let mut names = HashSet::new();
    let mut families = HashSet::new();
    for (i, c) in cues.iter().enumerate() {
        let at = format!("cue #{} ({:?})", i + 1, c.name);
        let snake = c.name.starts_with(|ch: char| ch.is_ascii_lowercase())
            && c.name.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !snake {
            return Err(format!("{at}: the name must be snake_case (a-z, 0-9, _; a letter first)"));
        }
        if !names.insert(c.name.as_str()) {
            return Err(format!("{at}: the name is used twice"));
        }
        if !KINDS.iter().any(|(k, _)| *k == c.kind) {
            let known: Vec<&str> = KINDS.iter().map(|(k, _)| *k).collect();
            return Err(format!("{at}: unknown kind {:?}; the kinds are {}", c.kind, known.join(", ")));
        }
        if c.words.is_empty() {
            return Err(format!("{at}: `words` is empty"));
        }
        for (list, words) in [("words", &c.words), ("unless", &c.unless)] {
            let mut seen = HashSet::new();
            for w in words {
                if w.is_empty() {
                    return Err(format!("{at}: an empty string in `{list}`"));
                }
                if !seen.insert(w) {
                    return Err(format!("{at}: {w:?} is twice in `{list}`"));
                }
            }
        }
        if let Some(u) = c.unless.iter().find(|u| !c.words.iter().any(|w| u.contains(w.as_str()))) {
            return Err(format!("{at}: the `unless` word {u:?} holds none of the cue's words, so it cancels nothing"));
        }
        let mut family: Vec<&str> = c.words.iter().map(String::as_str).collect();
        family.sort_unstable();
        family.push("|");
        let mut unless: Vec<&str> = c.unless.iter().map(String::as_str).collect();
        unless.sort_unstable();
        family.extend(unless);
        if !families.insert(family) {
            return Err(format!("{at}: the same words as an earlier cue; use that one"));
        }
    }
    Ok(())
}

/// Each derived tag's expression compiled to Rust over a `CueSet` named `s`, in file order; a name
/// must be a cue, a computed tag or a derived tag defined above it.
fn derive(file: &File) -> Result<Vec<String>, String> {
    let mut known: HashSet<&str> = file.cue.iter().map(|c| c.name.as_str()).collect();
    for c in &file.computed {
        if !known.insert(c.name.as_str()) {
            return Err(format!("computed tag {:?}: the name is used twice", c.name));
        }
    }
    let mut out = Vec::new();
    for d in &file.derived {
        let at = format!("derived tag {:?}", d.name);
        let tokens = lex(&d.when).map_err(|e| format!("{at}: {e}"))?;
        let mut p = Parser { tokens: &tokens, at: 0, known: &known };
        let code = p.expr().map_err(|e| format!("{at}: {e}"))?;
        if p.at != tokens.len() {
            return Err(format!("{at}: unexpected {:?} in `when`", tokens[p.at]));
        }
        out.push(strip_outer(code));
        if !known.insert(d.name.as_str()) {
            return Err(format!("{at}: the name is used twice"));
        }
    }
    Ok(out)
}

/// `(a || b)` as `a || b`, where the first parenthesis closes at the end.
fn strip_outer(code: String) -> String {
    let mut depth = 0;
    for (i, c) in code.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return if i + 1 == code.len() && code.starts_with('(') { code[1..i].to_string() } else { code };
        }
    }
    code
}

fn lex(when: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = when.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if "&|!()".contains(c) {
            tokens.push(c.to_string());
            chars.next();
        } else if c.is_ascii_lowercase() {
            let mut name = String::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || **c == '_') {
                name.push(c);
                chars.next();
            }
            tokens.push(name);
        } else {
            return Err(format!("unexpected {c:?} in `when` (names, &, |, ! and parentheses only)"));
        }
    }
    Ok(tokens)
}

/// `a | b & !(c | d)`: `&` binds tighter than `|`, `!` tightest.
struct Parser<'a> {
    tokens: &'a [String],
    at: usize,
    known: &'a HashSet<&'a str>,
}

impl Parser<'_> {
    fn expr(&mut self) -> Result<String, String> {
        let mut parts = vec![self.term()?];
        while self.eat("|") {
            parts.push(self.term()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { format!("({})", parts.join(" || ")) })
    }

    fn term(&mut self) -> Result<String, String> {
        let mut parts = vec![self.factor()?];
        while self.eat("&") {
            parts.push(self.factor()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { format!("({})", parts.join(" && ")) })
    }

    fn factor(&mut self) -> Result<String, String> {
        if self.eat("!") {
            return Ok(format!("!{}", self.factor()?));
        }
        if self.eat("(") {
            let inner = self.expr()?;
            return if self.eat(")") { Ok(inner) } else { Err("a `(` is not closed".to_string()) };
        }
        let Some(name) = self.tokens.get(self.at) else { return Err("the expression ends too soon".to_string()) };
        if !self.known.contains(name.as_str()) {
            return Err(format!("{name:?} is no cue, computed tag or earlier derived tag"));
        }
        self.at += 1;
        Ok(format!("s.has(cue::{})", name.to_ascii_uppercase()))
    }

    fn eat(&mut self, token: &str) -> bool {
        let hit = self.tokens.get(self.at).is_some_and(|t| t == token);
        if hit {
            self.at += 1;
        }
        hit
    }
}

fn generate(file: &File, derived: &[String]) -> String {
    let cues = &file.cue;
    let mut out = String::from("// Generated by build.rs from src/engine/qa/cues.toml; edit that file.\n\n");
    let tags = cues.len() + file.computed.len() + file.derived.len();
    let words = tags.div_ceil(64);
    writeln!(out, "/// The `u64`s of a [`CueSet`]: one bit per cue.\nconst SET_WORDS: usize = {words};\n").unwrap();
    out.push_str("/// Every cue of `cues.toml`, in its order; a cue's index is its constant in [`cue`].\n");
    out.push_str("pub static CUES: &[Cue] = &[\n");
    for c in cues {
        let kind = KINDS.iter().find(|(k, _)| *k == c.kind).map(|(_, v)| *v).expect("validated");
        writeln!(
            out,
            "    Cue {{ name: {:?}, kind: Kind::{kind}, words: &{:?}, unless: &{:?} }},",
            c.name, c.words, c.unless
        )
        .unwrap();
    }
    out.push_str("];\n\n/// Each cue's index in [`CUES`], by its name in upper case.\npub mod cue {\n");
    let names = cues.iter().map(|c| &c.name).chain(file.computed.iter().map(|c| &c.name));
    for (i, name) in names.chain(file.derived.iter().map(|d| &d.name)).enumerate() {
        writeln!(out, "    pub const {}: usize = {i};", name.to_ascii_uppercase()).unwrap();
    }
    out.push_str("}\n\n");
    out.push_str("/// The names of the computed tags, then the derived ones: tag `CUES.len() + i` is `TAGS[i]`.\n");
    let tag_names: Vec<&String> =
        file.computed.iter().map(|c| &c.name).chain(file.derived.iter().map(|d| &d.name)).collect();
    writeln!(out, "pub static TAGS: &[&str] = &{tag_names:?};\n").unwrap();
    out.push_str("/// Sets each derived tag of `cues.toml` whose expression holds, in file order.\n");
    out.push_str("pub fn derive(s: &mut CueSet) {\n");
    for (d, code) in file.derived.iter().zip(derived) {
        writeln!(out, "    if {code} {{\n        s.insert(cue::{});\n    }}", d.name.to_ascii_uppercase()).unwrap();
    }
    out.push_str("}\n");
    out
}
