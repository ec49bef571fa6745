//! Normalisation and extraction stay linear in a document's length: eight times the lines of a long
//! article take about eight times as long (a quadratic loop takes 64 times), and `YRDQA_SCALE=full` times a
//! 4 MB article (RELIABILITY.md; ≤ 2 s in a release build).

use std::time::{Duration, Instant};

use yrdqa_server::engine::{Engine, SourceDocument};

/// A meeting's lede followed by `lines` short lines, as a pathological upload would be.
fn article(lines: usize) -> String {
    let mut text = String::from("2023年度长三角地区主要领导座谈会在合肥举行。\n");
    for i in 0..lines {
        text.push_str(&format!("第{i}行短句。\n"));
    }
    text
}

fn examine(lines: usize) -> Duration {
    let text = article(lines);
    let started = Instant::now();
    let examined = Engine::examine(&SourceDocument { id: "long".into(), text });
    let took = started.elapsed();
    assert!(examined.yields_facts, "the lede is still read");
    took
}

/// The best of three, against the noise of a shared machine.
fn best(lines: usize) -> Duration {
    (0..3).map(|_| examine(lines)).min().expect("three runs")
}

#[test]
fn extraction_time_grows_linearly_with_the_line_count() {
    let small = best(4_000);
    let large = best(32_000);
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    // Eight times the lines: about 8× when linear, about 64× when quadratic.
    assert!(ratio < 20.0, "4k lines {small:?}, 32k lines {large:?}: ×{ratio:.1}");
}

#[test]
fn a_four_megabyte_article_at_full_size() {
    if !std::env::var("YRDQA_SCALE").is_ok_and(|v| v == "full") {
        return;
    }
    let lines = 4 * 1024 * 1024 / "第100000行短句。\n".len();
    let started = Instant::now();
    let took = examine(lines);
    println!(
        "{} bytes, {lines} lines: examined in {took:?} ({:?} with the text built)",
        article(lines).len(),
        started.elapsed()
    );
}
