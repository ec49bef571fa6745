//! How each kind of question is understood: one question per intent rule and query kind
//! (`data/understanding.txt`), asked of the built-in engine with `explain`, printed as
//! `question → query | rule | intent | status` and compared with `snapshots/understanding.txt`.
//! A change of understanding shows as a diff; accept it with `UPDATE_EXPECT=1 cargo test --test
//! understanding` once it is the intended one.

use yrdqa_server::engine::{Engine, Question};

#[test]
fn every_intent_is_understood_as_before() {
    let engine = Engine::builtin();
    let mut out = String::new();
    for q in include_str!("data/understanding.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut question = Question::new(q);
        question.explain = true;
        question.as_of = "2026-06-01".to_string();
        let a = engine.ask(&question).expect("a question gets a reply");
        let x = a.explanation.expect("explain was asked for");
        out.push_str(&format!("{q}\n  → {} | {} | {} | {:?}\n", x.query, x.rule, a.intent, a.status));
    }
    expect_test::expect_file!["snapshots/understanding.txt"].assert_eq(&out);
}
