//! Soak: many mixed valid and invalid requests at concurrency 64 against the real binary on
//! loopback, showing zero failed valid requests, every invalid one refused with its expected
//! status, no crash, and flat memory (VmRSS of the server read from /proc).
//!
//! In CI it runs small (4,000 requests, a few seconds). `YRDQA_SOAK=full` runs 200,000, as for
//! BENCHMARKS.md: `YRDQA_SOAK=full cargo test --release --test soak -- --nocapture`;
//! `YRDQA_SOAK=N` runs N.
#![cfg(target_os = "linux")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tonic::Code;
use yrdqa::SpawnedServer;
use yrdqa_client::{Client, Error};

const CONCURRENCY: usize = 64;
const CONNECTIONS: usize = 8;

/// One request of the mix, and what it must get back.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Ask(usize),
    AskAsOf(usize),
    Meeting(i32),
    Meetings,
    Health,
    Empty,
    TooLong,
    BadDate,
    YearOutOfRange,
    UnknownYear,
    Oversized,
}

impl Kind {
    /// The mix: 3/4 valid, 1/4 invalid, every kind in every stretch of 64 requests.
    fn of(i: usize) -> Kind {
        match i % 64 {
            0..=29 => Kind::Ask(i),
            30..=35 => Kind::AskAsOf(i),
            36..=41 => Kind::Meeting([2022, 2023, 2024, 2025, 2026, 2027][i % 6]),
            42..=44 => Kind::Meetings,
            45..=47 => Kind::Health,
            48..=50 => Kind::Empty,
            51..=53 => Kind::TooLong,
            54..=56 => Kind::BadDate,
            57..=59 => Kind::YearOutOfRange,
            60..=62 => Kind::UnknownYear,
            _ => Kind::Oversized,
        }
    }

    /// `Ok` for a valid request; the status an invalid one must get.
    fn expected(self) -> Code {
        match self {
            Kind::Ask(_) | Kind::AskAsOf(_) | Kind::Meeting(_) | Kind::Meetings | Kind::Health => Code::Ok,
            Kind::Empty | Kind::TooLong | Kind::BadDate | Kind::YearOutOfRange => Code::InvalidArgument,
            Kind::UnknownYear => Code::NotFound,
            Kind::Oversized => Code::ResourceExhausted,
        }
    }
}

const QUESTIONS: [&str; 8] = [
    "2023年度座谈会在哪里举行？",
    "2024年长三角主要领导座谈会在哪举办？",
    "2022年度座谈会的主题是什么？",
    "今年的座谈会在哪里举行？",
    "下一届座谈会在哪个省召开？",
    "2023年度座谈会哪些人出席了？",
    "第六届长三角一体化发展高层论坛在哪里举行？",
    "今天天气怎么样？",
];

async fn call(client: &Client, kind: Kind) -> Result<(), Error> {
    match kind {
        Kind::Ask(i) => client.ask(QUESTIONS[i % QUESTIONS.len()], "", false).await.map(drop),
        Kind::AskAsOf(i) => client.ask(QUESTIONS[i % QUESTIONS.len()], "2024-07-01", true).await.map(drop),
        Kind::Meeting(year) => client.get_meeting(year).await.map(drop),
        Kind::Meetings => client.list_meetings().await.map(drop),
        Kind::Health => client.health().await.map(drop),
        Kind::Empty => client.ask(" ", "", false).await.map(drop),
        Kind::TooLong => client.ask(&"问".repeat(600), "", false).await.map(drop),
        Kind::BadDate => client.ask(QUESTIONS[0], "2024-02-30x", false).await.map(drop),
        Kind::YearOutOfRange => client.get_meeting(99_999).await.map(drop),
        Kind::UnknownYear => client.get_meeting(1950).await.map(drop),
        Kind::Oversized => client.ask(&"a".repeat(70_000), "", false).await.map(drop),
    }
}

/// The server's resident memory, in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server is alive");
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("VmRSS");
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number")
}

#[derive(Default)]
struct Tally {
    valid_ok: AtomicUsize,
    valid_failed: AtomicUsize,
    invalid_refused: AtomicUsize,
    invalid_wrong: AtomicUsize,
}

#[test]
fn mixed_requests_at_concurrency_64_fail_no_valid_call_crash_nothing_and_keep_memory_flat() {
    let size = std::env::var("YRDQA_SOAK").unwrap_or_default();
    let total: usize = match size.as_str() {
        "full" => 200_000,
        n => n.parse().unwrap_or(4_000),
    };
    let full = total > 10_000;
    let server = SpawnedServer::spawn(&[]);
    let pid = server.pid();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let tally = Arc::new(Tally::default());
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let (latencies, samples, failures) = runtime.block_on(async {
        let mut clients = Vec::new();
        for _ in 0..CONNECTIONS {
            clients.push(Client::connect(&server.url()).await.expect("connect"));
        }
        let mut workers = tokio::task::JoinSet::new();
        for w in 0..CONCURRENCY {
            let (client, tally, next) = (clients[w % CONNECTIONS].clone(), tally.clone(), next.clone());
            workers.spawn(async move {
                let mut latencies = Vec::new();
                let mut failures = Vec::new();
                // Bounded by count, and by time should the server stall.
                let give_up = Instant::now() + Duration::from_secs(if full { 1800 } else { 120 });
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total || Instant::now() > give_up {
                        break;
                    }
                    let kind = Kind::of(i);
                    let began = Instant::now();
                    let code = match call(&client, kind).await {
                        Ok(()) => Code::Ok,
                        Err(e) => e.code().unwrap_or_else(|| {
                            failures.push(format!("{kind:?}: {e}"));
                            Code::Unknown
                        }),
                    };
                    latencies.push(began.elapsed());
                    let counter = match (kind.expected() == Code::Ok, code == kind.expected()) {
                        (true, true) => &tally.valid_ok,
                        (true, false) => &tally.valid_failed,
                        (false, true) => &tally.invalid_refused,
                        (false, false) => &tally.invalid_wrong,
                    };
                    if code != kind.expected() && failures.len() < 5 {
                        failures.push(format!("{kind:?}: {code:?}"));
                    }
                    counter.fetch_add(1, Ordering::Relaxed);
                }
                (latencies, failures)
            });
        }
        // Memory, every tenth of the way.
        let mut samples = vec![(0, rss_kib(pid))];
        let mut tenth = 1;
        let sampling_ends = Instant::now() + Duration::from_secs(if full { 1800 } else { 120 });
        while tenth < 10 && Instant::now() < sampling_ends {
            let reached = next.load(Ordering::Relaxed);
            if reached >= total * tenth / 10 {
                samples.push((reached.min(total), rss_kib(pid)));
                tenth += 1;
            } else {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        let mut latencies = Vec::new();
        let mut failures = Vec::new();
        for (l, f) in workers.join_all().await {
            latencies.extend(l);
            failures.extend(f);
        }
        samples.push((total, rss_kib(pid)));
        (latencies, samples, failures)
    });
    let elapsed = started.elapsed();
    let mut latencies = latencies;
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let done = latencies.len();
    let load = |c: &AtomicUsize| c.load(Ordering::Relaxed);
    println!(
        "soak: {done} requests ({} valid ok, {} valid failed, {} invalid refused as expected, {} invalid answered wrongly) \
         at concurrency {CONCURRENCY} over {CONNECTIONS} connections in {:.1} s: {:.0} requests/s, latency p50 {:?} p99 {:?} max {:?}",
        load(&tally.valid_ok),
        load(&tally.valid_failed),
        load(&tally.invalid_refused),
        load(&tally.invalid_wrong),
        elapsed.as_secs_f64(),
        done as f64 / elapsed.as_secs_f64(),
        pct(0.5),
        pct(0.99),
        latencies.last().copied().unwrap_or_default(),
    );
    println!("soak: VmRSS (requests done, KiB): {samples:?}");

    assert_eq!(done, total, "the run stopped early: {failures:?}");
    assert_eq!(load(&tally.valid_failed), 0, "valid requests failed: {failures:?}");
    assert_eq!(load(&tally.invalid_wrong), 0, "invalid requests got the wrong status: {failures:?}");
    let mut server = server;
    assert!(server.wait_timeout(Duration::ZERO).is_none(), "the server died: {}", server.stderr());
    // Flat: after the first tenth (allocator pools, connection buffers and caches warmed up), the
    // resident size grows by no more than a quarter, plus 16 MiB of slack for a small run.
    let warm = samples[1.min(samples.len() - 1)].1;
    let peak = samples.iter().skip(1).map(|s| s.1).max().unwrap_or(warm);
    assert!(peak <= warm + warm / 4 + 16 * 1024, "memory grew from {warm} KiB to {peak} KiB: {samples:?}");
}
