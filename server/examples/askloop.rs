//! Asks the dev set's questions over and over on the built-in engine, for a profiler to watch
//! (`perf record -g ./target/release/examples/askloop 200000`); prints the mean time per ask.

use std::time::Instant;

use yrdqa_server::engine::{Engine, Question};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/golden/dev.jsonl");
    let questions: Vec<Question> = std::fs::read_to_string(path)
        .expect("dev set")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["q"].as_str().map(Question::new))
        .collect();
    let engine = Engine::builtin();
    let start = Instant::now();
    for i in 0..n {
        std::hint::black_box(engine.ask(&questions[i % questions.len()]).ok());
    }
    println!("{n} asks, {:.2} µs each", start.elapsed().as_secs_f64() * 1e6 / n as f64);
}
