//! `--metrics-listen`: the real server binary serves Prometheus text at `/metrics`, and each figure
//! the operator reads moves with what the server does: calls by method and code, latency, calls in
//! flight and refused, the answer cache, the corpus, reloads (good and failed), the build.

use std::time::{Duration, Instant};

use tonic::Code;
use yrdqa::raw::{self, Stalled};
use yrdqa::scrape::{Scrape, get, metrics_addr};
use yrdqa::{Corpus, PATIENCE, SpawnedServer};
use yrdqa_client::{Client, ConnectOptions};

const TOKEN: &str = "metrics-test-token-0123456789";
const MEETING_2023: &str = "003_43c31366de18c675";
const MEETING_2022: &str = "002_aed75dd07c0e9222";
const QUESTION: &str = "2023年度座谈会在哪里举行？";
const ASK: &str = "/yrdqa.v1.QaService/Ask";
const WATCH: &str = "/grpc.health.v1.Health/Watch";

#[tokio::test]
async fn the_counters_move_with_calls_refusals_the_cache_and_reloads() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = SpawnedServer::spawn_with(
        &["--corpus", corpus.arg(), "--metrics-listen", "127.0.0.1:0", "--max-streaming-calls", "1"],
        &[("YRDQA_ADMIN_TOKEN", TOKEN)],
    );
    let metrics = metrics_addr(&server);
    let before = Scrape::take(metrics);
    assert_eq!(before.value("yrdqa_build_info", &[("version", env!("CARGO_PKG_VERSION"))]), 1.0);
    assert_eq!(before.value("yrdqa_corpus_documents", &[]), 1.0, "{}", before.0);
    assert!(before.value("yrdqa_corpus_meetings", &[]) >= 1.0);
    assert!(before.value("yrdqa_corpus_facts", &[]) > 10.0);

    let options = ConnectOptions { admin_token: Some(TOKEN.into()), ..ConnectOptions::default() };
    let client = Client::connect_with(&server.url(), options).await.expect("connect");
    client.ask(QUESTION, "", false).await.expect("first ask");
    client.ask(QUESTION, "", false).await.expect("the same again, from the cache");
    client.get_meeting(1950).await.expect_err("no meeting in 1950");
    let (code, _) = raw::unary(server.addr(), "/no.Such/Method", raw::frame(b"")).await;
    assert_eq!(code, Code::Unimplemented);

    // One call stalls in flight. A stalled body holds no call slot, so the limit shown refusing is
    // the one on long-lived streams: with room for one, a second Watch is refused.
    let stalled = Stalled::ask(server.addr(), &[]).await;
    let during = Scrape::take(metrics);
    assert_eq!(during.value("yrdqa_calls_in_flight", &[]), 1.0, "the stalled call is in flight");
    let mut connection = raw::connect(server.addr()).await;
    let mut watches = Vec::new();
    for _ in 0..2 {
        let (response, mut body) = raw::start(&mut connection, WATCH, &[]).await;
        body.send_data(raw::frame(b""), true).expect("watch request");
        watches.push(response.await.expect("watch response"));
    }
    let status = |r: &http::Response<_>| r.headers().get("grpc-status").map(|v| v.as_bytes().to_vec());
    assert_eq!(status(&watches[0]), None, "the first Watch is held open");
    assert_eq!(status(&watches[1]).as_deref(), Some(&b"8"[..]), "the second is RESOURCE_EXHAUSTED");
    drop((watches, connection));
    drop(stalled);
    // The gauge falls back once the server sees the hang-up, which frees the slot.
    let deadline = Instant::now() + PATIENCE;
    while Scrape::take(metrics).value("yrdqa_calls_in_flight", &[]) != 0.0 {
        assert!(Instant::now() < deadline, "the stalled call never left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // A good reload, then one that fails: the directory emptied.
    std::fs::write(corpus.path().join("b.txt"), yrdqa::corpus_text(MEETING_2022)).expect("write");
    client.reload_corpus().await.expect("reloaded");
    let reloaded_at = Scrape::take(metrics).value("yrdqa_corpus_last_reload_timestamp_seconds", &[]);
    for file in corpus.files() {
        std::fs::remove_file(corpus.path().join(file)).expect("empty the directory");
    }
    client.reload_corpus().await.expect_err("nothing left to load");

    let after = Scrape::take(metrics);
    let moved = |name: &str, labels: &[(&str, &str)]| after.value(name, labels) - before.value(name, labels);
    assert_eq!(moved("yrdqa_calls_total", &[("method", ASK), ("code", "OK")]), 2.0, "{}", after.0);
    assert_eq!(moved("yrdqa_calls_total", &[("method", WATCH), ("code", "ResourceExhausted")]), 1.0, "{}", after.0);
    assert_eq!(moved("yrdqa_calls_total", &[("method", "/yrdqa.v1.QaService/GetMeeting"), ("code", "NotFound")]), 1.0);
    assert_eq!(moved("yrdqa_calls_total", &[("method", "unknown"), ("code", "Unimplemented")]), 1.0);
    assert!(moved("yrdqa_call_duration_seconds_count", &[("method", ASK)]) >= 3.0, "{}", after.0);
    assert!(after.0.contains("yrdqa_call_duration_seconds_bucket{method=\"/yrdqa.v1.QaService/Ask\",le=\"0.001\"}"));
    assert_eq!(moved("yrdqa_calls_refused_total", &[]), 1.0);
    assert_eq!(moved("yrdqa_answer_cache_hits_total", &[]), 1.0);
    assert_eq!(moved("yrdqa_answer_cache_misses_total", &[]), 1.0);
    assert!(after.value("yrdqa_answer_cache_bytes", &[]) > QUESTION.len() as f64);
    assert_eq!(moved("yrdqa_corpus_reloads_total", &[("result", "ok")]), 1.0);
    assert_eq!(moved("yrdqa_corpus_reloads_total", &[("result", "failed")]), 1.0);
    assert!(reloaded_at > 1.7e9, "a Unix time: {reloaded_at}");
    assert_eq!(after.value("yrdqa_corpus_last_reload_timestamp_seconds", &[]), reloaded_at, "failures leave it");
    assert_eq!(after.value("yrdqa_corpus_documents", &[]), 2.0, "the failed reload keeps the corpus");

    let (status, _) = get(metrics, "/");
    assert!(status.contains(" 404 "), "{status}");
}
