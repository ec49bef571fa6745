//! Fuzzing at volume with proptest (the stable toolchain has no cargo-fuzz): question
//! understanding (`Engine::ask` on arbitrary strings and on mutated dev questions, with arbitrary
//! `as_of`) and extraction (`Engine::build` and `Engine::examine` on arbitrary text and on the
//! built-in articles cut, spliced, with lines duplicated and random characters inserted) must
//! never panic. Each input that once did is kept in `tests/data/crashers/` and replayed here.
//!
//! Case counts are sized for CI (a few seconds); `YRDQA_FUZZ_CASES=N` multiplies them by N, e.g.
//! `YRDQA_FUZZ_CASES=50 cargo test --release -p yrdqa-server --test fuzz`.

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use yrdqa_server::engine::{Engine, EngineError, MAX_QUESTION_CHARS, Question, SourceDocument, corpus};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::builtin)
}

fn cases(base: u32) -> Config {
    let factor: u32 = std::env::var("YRDQA_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1);
    Config {
        cases: base.saturating_mul(factor),
        // Shrunk failures are printed; crashers are kept by hand in tests/data/crashers.
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..Config::default()
    }
}

/// Characters the readers care about, and some they must survive.
fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        4 => prop::sample::select("年度月日届第长三角地区主要领导座谈会论坛在哪里举行召开谁出席主题上海江苏浙江安徽合肥温州芜湖市省委书记省长是否哪几次今明去下一届最近什么时候几号多少".chars().collect::<Vec<_>>()),
        2 => prop::sample::select("0123456789０１２３４５６７８９一二三四五六七八九十〇零百千".chars().collect::<Vec<_>>()),
        2 => prop::sample::select("，。？！、；：“”‘’（）《》【】—…·,.?!;:()[]\"'- \t\n\r\u{3000}".chars().collect::<Vec<_>>()),
        1 => prop::sample::select(vec!['\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{200b}', '\u{202e}', '\u{feff}', '\u{fffd}', '\u{301}', '🎉', '\u{10ffff}']),
    ]
}

fn text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(interesting_char(), 0..max_chars).prop_map(|c| c.into_iter().collect())
}

fn as_of() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[0-9]{4}-[0-9]{2}-[0-9]{2}", "[0-9-]{0,12}", any::<String>()]
}

fn dev_questions() -> &'static [String] {
    static QUESTIONS: OnceLock<Vec<String>> = OnceLock::new();
    QUESTIONS.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/dev.jsonl");
        let lines = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        lines
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["q"].as_str().map(str::to_string))
            .collect()
    })
}

/// One edit of a character sequence.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, char),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Swap(usize, usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), interesting_char()).prop_map(|(at, c)| Edit::Insert(at, c)),
        (any::<usize>(), 1..8usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 1..12usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
    ];
    prop::collection::vec(edit, 1..8)
}

fn apply(units: &mut Vec<char>, edits: &[Edit]) {
    for edit in edits {
        let len = units.len();
        match *edit {
            Edit::Insert(at, c) => units.insert(at % (len + 1), c),
            Edit::Delete(at, n) if len > 0 => {
                let at = at % len;
                units.drain(at..(at + n).min(len));
            }
            Edit::Duplicate(at, n) if len > 0 => {
                let at = at % len;
                let copy: Vec<char> = units[at..(at + n).min(len)].to_vec();
                units.splice(at..at, copy);
            }
            Edit::Swap(a, b) if len > 0 => units.swap(a % len, b % len),
            _ => {}
        }
    }
}

/// What `ask` may do with any question: answer, or refuse it as a caller's mistake.
fn ask_is_total(question: String, as_of: String) {
    let chars = question.chars().count();
    match engine().ask(&Question { text: question, as_of, explain: true }) {
        Ok(answer) => assert!(!answer.sentence.is_empty(), "an answer without a sentence"),
        Err(EngineError::EmptyQuestion | EngineError::InvalidAsOf(_)) => {}
        Err(EngineError::QuestionTooLong { .. }) => assert!(chars > MAX_QUESTION_CHARS),
        Err(other) => panic!("ask failed with {other}"),
    }
}

/// A built-in article as lines, for the article mutations.
fn article_lines(index: usize) -> Vec<String> {
    let docs = corpus::builtin();
    docs[index % docs.len()].text.lines().map(str::to_string).collect()
}

/// One edit of an article's lines.
#[derive(Debug, Clone)]
enum LineEdit {
    /// Remove lines `at..at+n`.
    Cut(usize, usize),
    /// Insert lines `from..from+n` of another article at `at`.
    Splice {
        other: usize,
        from: usize,
        n: usize,
        at: usize,
    },
    Duplicate(usize, usize),
    /// Random characters inside a line.
    Chars(usize, Vec<Edit>),
    /// Stop at character `at` of a line, dropping the rest of the article.
    Truncate(usize, usize),
}

fn line_edits() -> impl Strategy<Value = Vec<LineEdit>> {
    let edit = prop_oneof![
        1 => (any::<usize>(), 1..20usize).prop_map(|(at, n)| LineEdit::Cut(at, n)),
        1 => (any::<usize>(), any::<usize>(), 1..20usize, any::<usize>())
            .prop_map(|(other, from, n, at)| LineEdit::Splice { other, from, n, at }),
        1 => (any::<usize>(), 1..10usize).prop_map(|(at, n)| LineEdit::Duplicate(at, n)),
        3 => (any::<usize>(), edits()).prop_map(|(at, e)| LineEdit::Chars(at, e)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(line, at)| LineEdit::Truncate(line, at)),
    ];
    prop::collection::vec(edit, 1..10)
}

fn mutate(mut lines: Vec<String>, edits: &[LineEdit]) -> String {
    for edit in edits {
        let len = lines.len().max(1);
        match edit {
            LineEdit::Cut(at, n) if !lines.is_empty() => {
                let at = at % len;
                lines.drain(at..(at + n).min(lines.len()));
            }
            LineEdit::Splice { other, from, n, at } => {
                let source = article_lines(*other);
                let from = from % source.len().max(1);
                let taken: Vec<String> = source.into_iter().skip(from).take(*n).collect();
                let at = at % (lines.len() + 1);
                lines.splice(at..at, taken);
            }
            LineEdit::Duplicate(at, n) if !lines.is_empty() => {
                let at = at % len;
                let copy: Vec<String> = lines[at..(at + n).min(lines.len())].to_vec();
                lines.splice(at..at, copy);
            }
            LineEdit::Chars(at, e) if !lines.is_empty() => {
                let at = at % len;
                let mut chars: Vec<char> = lines[at].chars().collect();
                apply(&mut chars, e);
                lines[at] = chars.into_iter().collect();
            }
            LineEdit::Truncate(line, at) if !lines.is_empty() => {
                let line = line % len;
                let chars = lines[line].chars().count().max(1);
                lines[line] = lines[line].chars().take(at % chars).collect();
                lines.truncate(line + 1);
            }
            _ => {}
        }
    }
    lines.join("\n")
}

/// What extraction may do with any text: anything but panic; and what it builds must answer.
fn extraction_is_total(text: String) {
    let doc = SourceDocument { id: "fuzz".into(), text };
    let examined = Engine::examine(&doc);
    assert_eq!(examined.report.document_id, "fuzz");
    let engine = Engine::build(vec![doc]);
    for meeting in engine.meetings() {
        engine.meeting(meeting.year).expect("a listed meeting is found");
    }
    let question =
        Question { text: "最近一次座谈会在哪里举行？".into(), as_of: String::new(), explain: true };
    engine.ask(&question).expect("a valid question over any corpus");
}

proptest! {
    // Reading a long question is the slow part (about 15 ms in a debug build): fewer cases here.
    #![proptest_config(cases(300))]

    #[test]
    fn ask_never_panics_on_arbitrary_text(question in text(600), as_of in as_of()) {
        ask_is_total(question, as_of);
    }
}

proptest! {
    #![proptest_config(cases(1500))]

    #[test]
    fn ask_never_panics_on_any_unicode(question in any::<String>()) {
        ask_is_total(question, String::new());
    }

    #[test]
    fn ask_never_panics_on_mutated_dev_questions(index in any::<usize>(), edits in edits(), as_of in as_of()) {
        let questions = dev_questions();
        let mut chars: Vec<char> = questions[index % questions.len()].chars().collect();
        apply(&mut chars, &edits);
        ask_is_total(chars.into_iter().collect(), as_of);
    }
}

proptest! {
    #![proptest_config(cases(50))]

    #[test]
    fn extraction_never_panics_on_arbitrary_text(text in text(2000)) {
        extraction_is_total(text);
    }

    #[test]
    fn extraction_never_panics_on_mutated_articles(article in any::<usize>(), edits in line_edits()) {
        extraction_is_total(mutate(article_lines(article), &edits));
    }
}

#[test]
fn the_long_repeated_inputs_are_handled() {
    for c in ['座', '年', '0', '\u{0}', '🎉', '\n'] {
        let long: String = std::iter::repeat_n(c, 10_000).collect();
        ask_is_total(long.clone(), String::new());
        extraction_is_total(long);
    }
}

/// Every input that once made the engine panic, as a document and, line by line, as questions.
#[test]
fn recorded_crashers_stay_fixed() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/crashers");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).expect("read a crasher")).into_owned();
        for line in text.lines() {
            ask_is_total(line.to_string(), String::new());
        }
        extraction_is_total(text);
        replayed += 1;
    }
    assert!(replayed > 0, "no crasher in {}", dir.display());
}
