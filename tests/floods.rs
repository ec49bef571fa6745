//! Stream floods: each connection is told how many streams it may open (HTTP/2
//! SETTINGS_MAX_CONCURRENT_STREAMS), Health/Watch and reflection streams are bounded over all
//! connections (RESOURCE_EXHAUSTED past it), and a flood of Watch streams keeps the server's
//! memory under a stated bound.
//!
//! `YRDQA_ATTACK=full` floods with 100 connections of 100 Watch streams each and prints RSS
//! (RELIABILITY.md); the default run uses 10 connections.
#![cfg(target_os = "linux")]

use std::time::Duration;

use tonic::Code;
use yrdqa::SpawnedServer;
use yrdqa::raw;

const WATCH: &str = "/grpc.health.v1.Health/Watch";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_flood_is_bounded_in_streams_and_memory() {
    let connections: usize = if std::env::var("YRDQA_ATTACK").is_ok_and(|v| v == "full") { 100 } else { 10 };
    let server = SpawnedServer::spawn(&["--max-streaming-calls", "256"]);
    let before = server.rss_kb();
    let mut held = Vec::new();
    let mut senders = Vec::new();
    let mut refused = 0;
    for _ in 0..connections {
        let mut send = raw::connect(server.addr()).await;
        // The first call brings the server's SETTINGS.
        let (response, mut body) = raw::start(&mut send, WATCH, &[]).await;
        body.send_data(raw::frame(b""), true).expect("watch request");
        let response = tokio::time::timeout(Duration::from_secs(10), response).await.expect("in time").expect("ok");
        assert_eq!(send.current_max_send_streams(), 100, "the stream limit is advertised");
        if response.headers().get("grpc-status").map(|v| v.as_bytes()) == Some(b"8") {
            refused += 1;
        } else {
            held.push(response);
        }
        for _ in 1..100 {
            let (response, mut body) = raw::start(&mut send, WATCH, &[]).await;
            body.send_data(raw::frame(b""), true).expect("watch request");
            let response = tokio::time::timeout(Duration::from_secs(10), response).await.expect("in time").expect("ok");
            if response.headers().get("grpc-status").map(|v| v.as_bytes()) == Some(b"8") {
                refused += 1;
            } else {
                held.push(response);
            }
        }
        senders.push(send);
    }
    let during = server.rss_kb();
    let attempted = connections * 100;
    println!(
        "{attempted} Watch streams on {connections} connections: {refused} refused, RSS {before} kB → {during} kB"
    );
    assert_eq!(refused, attempted.saturating_sub(256), "past 256 watch streams each is {:?}", Code::ResourceExhausted);
    assert!(during < before + 64 * 1024, "RSS grew from {before} kB to {during} kB");
}
