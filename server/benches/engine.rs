//! The engine alone, in process: extraction of the built-in corpus, `Ask` over the dev set's
//! questions with one shared engine, and how both scale with synthetic corpora (5 / 1k / 10k
//! documents). Run with `cargo bench -p yrdqa-server --bench engine`; figures go in BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use yrdqa_server::engine::{Engine, KnowledgeBase, Question, corpus};
use yrdqa_server::synth;

fn dev_questions() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/golden/dev.jsonl");
    std::fs::read_to_string(path)
        .expect("dev set")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["q"].as_str().map(str::to_string))
        .collect()
}

fn extraction(c: &mut Criterion) {
    let docs = corpus::builtin();
    c.bench_function("extract/builtin_corpus", |b| b.iter(|| black_box(KnowledgeBase::build(black_box(&docs)))));
    c.bench_function("engine/build_builtin", |b| {
        b.iter_batched(|| docs.clone(), |d| black_box(Engine::build(d)), BatchSize::SmallInput)
    });
}

fn ask(c: &mut Criterion) {
    let engine = Engine::builtin();
    let questions: Vec<Question> = dev_questions().into_iter().map(Question::new).collect();
    let mut i = 0;
    c.bench_function("ask/dev_set_cycle", |b| {
        b.iter(|| {
            let q = &questions[i % questions.len()];
            i += 1;
            black_box(engine.ask(black_box(q)).unwrap())
        })
    });
}

fn scale(c: &mut Criterion) {
    let mut g = c.benchmark_group("scale");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    let location = Question::new("1950年度长三角地区主要领导座谈会在哪里举行？");
    for n in [5usize, 1_000, 10_000] {
        let docs = synth::articles(n, 42);
        g.bench_function(format!("build/{n}"), |b| {
            b.iter_batched(|| docs.clone(), |d| black_box(Engine::build(d)), BatchSize::LargeInput)
        });
        let engine = Engine::build(docs);
        g.bench_function(format!("ask/{n}"), |b| b.iter(|| black_box(engine.ask(black_box(&location)).unwrap())));
    }
    g.finish();
}

criterion_group!(benches, extraction, ask, scale);
criterion_main!(benches);
