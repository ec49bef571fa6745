//! `yrdqa-server --engine-threads N`: questions the answer cache cannot answer are read on at most
//! N threads, however many calls are in flight, and every call is still answered. (Thread counts
//! come from `/proc`, so this runs on Linux only.)

#![cfg(target_os = "linux")]

use std::process::Command;

use yrdqa::{SpawnedServer, client_bin};

fn threads(server: &SpawnedServer) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.pid())).expect("/proc status");
    let line = status.lines().find(|l| l.starts_with("Threads:")).expect("a Threads line");
    line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a thread count")
}

/// 32 calls in flight for a second, every one a question the engine must read; returns the
/// number of requests and of errors.
fn load(server: &SpawnedServer) -> (u64, u64) {
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/dev.jsonl");
    let out = Command::new(client_bin())
        .args(["--json", "--addr", &server.url(), "bench", "--rpc", "ask", "--questions", dev])
        .args(["--concurrency", "32", "--connections", "2", "--duration", "1", "--warmup", "0"])
        .output()
        .expect("run yrdqa bench");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    (run["requests"].as_u64().expect("requests"), run["errors"].as_u64().expect("errors"))
}

#[test]
fn one_engine_thread_answers_every_call_without_a_thread_per_call() {
    let server = SpawnedServer::spawn(&["--answer-cache", "0", "--engine-threads", "1"]);
    let idle = threads(&server);
    let (requests, errors) = load(&server);
    assert!(requests > 0 && errors == 0, "{requests} requests, {errors} errors");
    let busy = threads(&server);
    assert!(busy <= idle + 1, "{idle} threads idle, {busy} after 32 calls in flight");
}

#[test]
fn more_engine_threads_are_used_when_calls_wait_for_them() {
    let server = SpawnedServer::spawn(&["--answer-cache", "0", "--engine-threads", "8"]);
    let idle = threads(&server);
    let (requests, errors) = load(&server);
    assert!(requests > 0 && errors == 0, "{requests} requests, {errors} errors");
    let busy = threads(&server);
    assert!(busy > idle + 1 && busy <= idle + 8, "{idle} threads idle, {busy} after 32 calls in flight");
}
