//! Client-side balancing: `yrdqa --addr` with several replicas sends each call to one of them, so
//! calls reach every replica, from the library, the CLI and `bench` alike.

use std::process::Command;

use yrdqa::scrape::{Scrape, metrics_addr};
use yrdqa::{SpawnedServer, client_bin};
use yrdqa_client::Client;

const ASK: &str = "/yrdqa.v1.QaService/Ask";
const HEALTH: &str = "/grpc.health.v1.Health/Check";

fn replica() -> SpawnedServer {
    SpawnedServer::spawn(&["--metrics-listen", "127.0.0.1:0"])
}

/// Calls of `method` answered OK by `server`.
fn answered(server: &SpawnedServer, method: &str) -> f64 {
    Scrape::take(metrics_addr(server)).value("yrdqa_calls_total", &[("method", method), ("code", "OK")])
}

#[tokio::test(flavor = "multi_thread")]
async fn calls_through_several_addresses_reach_every_replica() {
    let replicas = [replica(), replica()];
    let addrs = format!("{},{}", replicas[0].url(), replicas[1].addr());
    let client = Client::connect(&addrs).await.expect("a balanced client");
    for _ in 0..40 {
        client.ask("2023年度座谈会在哪里举行？", "", false).await.expect("answered by a replica");
    }
    let counts: Vec<f64> = replicas.iter().map(|r| answered(r, ASK)).collect();
    assert_eq!(counts.iter().sum::<f64>(), 40.0, "{counts:?}");
    assert!(counts.iter().all(|&n| n >= 5.0), "balanced per call, not per client: {counts:?}");

    // The CLI, the flag repeated and comma-separated.
    let out = Command::new(client_bin())
        .args(["--addr", &replicas[0].url(), "--addr", &replicas[1].url(), "health"])
        .env_remove("YRDQA_ADDR")
        .output()
        .expect("run yrdqa");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before: Vec<f64> = replicas.iter().map(|r| answered(r, HEALTH)).collect();
    let out = Command::new(client_bin())
        .args(["--addr", &addrs, "--json", "bench", "--rpc", "health", "--requests", "400"])
        .args(["--concurrency", "4", "--connections", "1", "--warmup", "0"])
        .env_remove("YRDQA_ADDR")
        .output()
        .expect("run yrdqa bench");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["errors"], 0, "{report}");
    let gained: Vec<f64> = replicas.iter().zip(before).map(|(r, b)| answered(r, HEALTH) - b).collect();
    assert!(gained.iter().all(|&n| n >= 40.0), "bench spreads its calls: {gained:?}");
}
