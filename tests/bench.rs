//! Smoke runs of `yrdqa bench` and `yrdqa startup` against the real `yrdqa-server` binary: a few
//! seconds each, checking that they run, stop by themselves and print the documented JSON. They
//! assert nothing about speed: the figures are BENCHMARKS.md's, taken on a quiet machine.

use std::process::Command;

use serde_json::Value;
use yrdqa::{SpawnedServer, client_bin, server_bin};

/// Runs `yrdqa --json ARGS…` and parses its one line of JSON.
fn yrdqa_json(args: &[&str]) -> Value {
    let out = Command::new(client_bin()).arg("--json").args(args).output().expect("run yrdqa");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "yrdqa {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.lines().count(), 1, "one JSON object: {stdout}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

fn assert_clean_run(run: &Value, rpc: &str) {
    assert_eq!(run["rpc"], rpc, "{run}");
    assert!(run["requests"].as_u64().is_some_and(|n| n > 0), "{run}");
    assert_eq!(run["errors"], 0, "{run}");
    let (p50, p99, max) = (run["p50_us"].as_u64(), run["p99_us"].as_u64(), run["max_us"].as_u64());
    assert!(p50 <= p99 && p99 <= max && p50.is_some_and(|us| us > 0), "{run}");
}

#[test]
fn bench_ask_over_the_dev_set_prints_one_json_object() {
    let server = SpawnedServer::spawn(&[]);
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/dev.jsonl");
    let run = yrdqa_json(&[
        "--addr",
        &server.url(),
        "bench",
        "--rpc",
        "ask",
        "--questions",
        dev,
        "--concurrency",
        "4",
        "--connections",
        "2",
        "--duration",
        "2",
        "--warmup",
        "0.5",
    ]);
    let keys: Vec<&str> = run.as_object().expect("an object").keys().map(String::as_str).collect();
    let documented = [
        "rpc",
        "concurrency",
        "connections",
        "duration_s",
        "requests",
        "errors",
        "qps",
        "p50_us",
        "p90_us",
        "p99_us",
        "max_us",
    ];
    assert_eq!(keys.len(), documented.len(), "{run}");
    assert!(documented.iter().all(|k| keys.contains(k)), "{run}");
    assert_clean_run(&run, "ask");
    assert_eq!((run["concurrency"].as_u64(), run["connections"].as_u64()), (Some(4), Some(2)));
    assert!(run["qps"].as_f64().is_some_and(|q| q > 0.0), "{run}");
}

#[test]
fn bench_compare_alternates_the_two_rpcs_and_gives_their_ratio() {
    let server = SpawnedServer::spawn(&[]);
    let url = server.url();
    let args = ["--addr", &url, "bench", "--rpc", "get-meeting", "--compare", "health", "--rounds", "2"];
    let report = yrdqa_json(&[&args[..], &["--concurrency", "2", "--duration", "0.5", "--warmup", "0.1"]].concat());
    let runs = report["runs"].as_array().expect("runs");
    let order: Vec<&str> = runs.iter().map(|r| r["rpc"].as_str().expect("rpc")).collect();
    assert_eq!(order, ["get-meeting", "health", "get-meeting", "health"]);
    for run in runs {
        assert_clean_run(run, run["rpc"].as_str().expect("rpc"));
    }
    assert_clean_run(&report["a"], "get-meeting");
    assert_clean_run(&report["b"], "health");
    assert!(report["qps_ratio"].as_f64().is_some_and(|r| r > 0.0), "{report}");
}

#[test]
fn startup_times_the_real_server_to_serving() {
    let server = server_bin();
    let report = yrdqa_json(&["startup", "--server", server.to_str().expect("utf-8 path"), "--runs", "2"]);
    assert_eq!(report["runs"], 2, "{report}");
    let listening = report["listening_ms"]["median"].as_f64().expect("listening");
    let serving = report["serving_ms"]["median"].as_f64().expect("serving");
    assert!(0.0 < listening && listening <= serving, "{report}");
    assert!(report["load_ms"]["median"].as_f64().is_some(), "the server's own figure is read: {report}");
}
