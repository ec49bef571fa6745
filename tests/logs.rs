//! `--log-format json`: every line on stderr is one JSON object, and each call is one object
//! holding its method, code, latency and peer, for log collectors.

use std::time::{Duration, Instant};

use yrdqa::{PATIENCE, SpawnedServer};
use yrdqa_client::Client;

#[tokio::test]
async fn each_call_is_one_json_object_with_method_code_latency_and_peer() {
    let server = SpawnedServer::spawn(&["--log-format", "json"]);
    let client = Client::connect(&server.url()).await.expect("connect");
    client.get_meeting(2023).await.expect("a meeting");
    client.get_meeting(1950).await.expect_err("no meeting in 1950");

    let deadline = Instant::now() + PATIENCE;
    let calls = loop {
        let lines: Vec<serde_json::Value> = server
            .stderr()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
            .collect();
        let calls: Vec<serde_json::Value> =
            lines.into_iter().filter(|l| l["method"] == "/yrdqa.v1.QaService/GetMeeting").collect();
        if calls.len() == 2 {
            break calls;
        }
        assert!(Instant::now() < deadline, "two calls not logged:\n{}", server.stderr());
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(calls[0]["code"], "OK", "{}", calls[0]);
    assert_eq!(calls[1]["code"], "NotFound", "{}", calls[1]);
    for call in &calls {
        assert!(call["latency_ms"].as_f64().is_some_and(|ms| ms >= 0.0), "{call}");
        let peer = call["peer"].as_str().expect("a peer");
        assert!(peer.starts_with("127.0.0.1:") && peer != "127.0.0.1:0", "{call}");
        assert_eq!(call["level"], "INFO", "{call}");
    }
}
