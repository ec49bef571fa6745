//! The `yrdqa` binary against a spawned `yrdqa-server`: text and JSON output, questions from
//! stdin, the eval report, and a one-line message with a non-zero exit on every failure.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use yrdqa::{SpawnedServer, client_bin};

fn yrdqa(addr: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(client_bin())
        .arg("--addr")
        .arg(addr)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn yrdqa");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("yrdqa output")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8 stderr")
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?}: {e}"))).collect()
}

#[test]
fn ask_prints_answer_status_and_evidence() {
    let server = SpawnedServer::spawn(&[]);
    let out = yrdqa(&server.url(), &["ask", "2023年度座谈会在哪里举行？"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("answer:") && text.contains("合肥"), "{text}");
    assert!(text.contains("status:     ANSWERED"), "{text}");
    assert!(text.contains("evidence:   003_43c31366de18c675 ["), "{text}");
}

#[test]
fn explain_prints_the_cue_words_found() {
    let server = SpawnedServer::spawn(&[]);
    let out = yrdqa(&server.url(), &["ask", "--explain", "2024年今年的座谈会在哪里举行？"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().any(|l| l.trim() == "cue:        ASK:where 哪里"), "{text}");
    assert!(text.lines().any(|l| l.trim() == "cue:        REL:this_year 今年"), "{text}");
    let out = yrdqa(&server.url(), &["ask", "2024年今年的座谈会在哪里举行？"], "");
    assert!(!stdout(&out).contains("cue:"), "cues only with --explain: {}", stdout(&out));
}

#[test]
fn json_is_the_proto3_mapping() {
    let server = SpawnedServer::spawn(&[]);
    let out = yrdqa(&server.url(), &["--json", "ask", "2023年度座谈会在哪里举行？"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let reply = &json_lines(&out)[0];
    // proto3 JSON: enums by name, fields in lowerCamelCase.
    assert!(reply["status"].as_str().is_some_and(|s| s.starts_with("ANSWER_STATUS_")), "{reply}");
    assert!(reply["sentence"].is_string(), "{reply}");

    let out = yrdqa(&server.url(), &["--json", "health"], "");
    assert_eq!(json_lines(&out), [serde_json::json!({ "status": "SERVING" })]);
}

#[test]
fn json_meeting_carries_the_extracted_place() {
    let server = SpawnedServer::spawn(&[]);
    let out = yrdqa(&server.url(), &["--json", "meeting", "2023"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let meeting = &json_lines(&out)[0];
    assert_eq!((meeting["province"].as_str(), meeting["city"].as_str()), (Some("安徽"), Some("合肥")), "{meeting}");
    assert_eq!(meeting["startDate"], "2023-06-05", "{meeting}");
}

#[test]
fn stdin_questions_get_one_reply_each() {
    let server = SpawnedServer::spawn(&[]);
    let questions = "2023年度座谈会在哪里举行？\n\n2024年度座谈会在哪里举行？\n";
    let out = yrdqa(&server.url(), &["--json", "ask", "-"], questions);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out).len(), 2, "{}", stdout(&out));
    let out = yrdqa(&server.url(), &["ask"], questions);
    assert_eq!(stdout(&out).matches("status:").count(), 2, "{}", stdout(&out));
}

#[test]
fn eval_reports_per_tier_and_gates_on_min_core() {
    let server = SpawnedServer::spawn(&[]);
    let dir = tempfile::tempdir().expect("temp dir");
    let set = dir.path().join("set.jsonl");
    let cases = [
        r#"{"id":"una-1950","tier":"core","q":"1950年度长三角地区主要领导座谈会在哪里举行？","answerable":false}"#,
        r#"{"id":"impossible","tier":"core","q":"2023年度座谈会在哪里举行？","answerable":true,"expect":["此答案不会出现"]}"#,
        r#"{"id":"s","tier":"stretch","q":"今天天气怎么样？","answerable":false}"#,
    ];
    std::fs::write(&set, cases.join("\n")).expect("write set");
    let set = set.to_str().expect("utf-8 path");

    let out = yrdqa(&server.url(), &["--json", "eval", set], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = &json_lines(&out)[0];
    assert_eq!(summary["tiers"]["core"]["total"], 2, "{summary}");
    assert_eq!(summary["tiers"]["core"]["passed"], 1, "{summary}");
    assert_eq!(summary["tiers"]["stretch"]["total"], 1, "{summary}");
    assert_eq!(summary["failures"][0]["id"], "impossible", "{summary}");

    let out = yrdqa(&server.url(), &["eval", set], "");
    assert!(stdout(&out).contains("FAIL impossible [core]"), "{}", stdout(&out));

    let out = yrdqa(&server.url(), &["eval", "--min-core", "0.9", set], "");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("below --min-core 90.0%"), "{}", stderr(&out));
}

#[test]
fn a_server_error_exits_non_zero_with_one_line() {
    let server = SpawnedServer::spawn(&[]);
    let out = yrdqa(&server.url(), &["meeting", "99999"], "");
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("yrdqa: server error: INVALID_ARGUMENT: year 99999"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn an_unreachable_server_exits_non_zero_with_one_line() {
    // A port that was free a moment ago: nothing listens there now.
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let addr = format!("http://127.0.0.1:{port}");
    let out = yrdqa(&addr, &["meetings"], "");
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("yrdqa: cannot reach server at {addr}: ")), "{err}");
}

#[test]
fn a_reader_that_goes_away_ends_the_client_quietly() {
    // `yrdqa ask - | head -1`: 200 questions' replies into a pipe whose reader leaves at once.
    let server = SpawnedServer::spawn(&[]);
    let mut child = Command::new(client_bin())
        .arg("--addr")
        .arg(server.url())
        .args(["ask", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn yrdqa");
    drop(child.stdout.take());
    let questions = "2023年度座谈会在哪里举行？\n".repeat(200);
    let _ = child.stdin.take().expect("stdin").write_all(questions.as_bytes());
    let out = child.wait_with_output().expect("yrdqa output");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
}

/// A server that hangs up while the client is still writing its request: the client says so in
/// one line and exits 1, instead of dying silently of SIGPIPE (status 141, no message).
#[test]
fn a_server_that_hangs_up_mid_write_is_an_error_line_and_a_non_zero_exit() {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let hang_up = std::thread::spawn(move || {
        for _ in 0..4 {
            let Ok((mut stream, _)) = listener.accept() else { return };
            let mut start = [0u8; 512];
            let _ = stream.read(&mut start);
            // Dropped here: closed with the rest of the request unread.
        }
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("big.txt");
    std::fs::write(&article, "座谈会。".repeat(300_000)).expect("write a 3.6 MB article");
    let out = Command::new(client_bin())
        .args(["--addr", &format!("http://{addr}"), "admin", "--token", "t", "add"])
        .arg(&article)
        .output()
        .expect("run yrdqa");
    drop(hang_up);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{:?}; stderr: {err}", out.status);
    assert!(err.starts_with("yrdqa: ") && err.trim_end().lines().count() == 1, "{err}");
}
