//! `--watch`: replicas sharing one corpus directory converge by themselves. A document added to
//! one server is answered by another watching the same directory within 2 s; a file that makes the
//! directory unreadable lands and is skipped, and a directory emptied of articles fails to load: both
//! go on serving the corpus they had. Both with the OS's
//! notifications and with the directory polled (`--watch-interval`, for NFS).

use std::time::{Duration, Instant};

use yrdqa::{Corpus, PATIENCE, SpawnedServer, corpus_text};
use yrdqa_client::{Client, ConnectOptions};

const TOKEN: &str = "watch-test-token-0123456789";
const MEETING_2023: &str = "003_43c31366de18c675";
const MEETING_2022: &str = "002_aed75dd07c0e9222";

fn replica(corpus: &Corpus, watch: &[&str]) -> SpawnedServer {
    let args: Vec<&str> = ["--corpus", corpus.arg()].iter().chain(watch).copied().collect();
    SpawnedServer::spawn_with(&args, &[("YRDQA_ADMIN_TOKEN", TOKEN)])
}

/// Waits until `server` has logged `text`.
fn await_log(server: &SpawnedServer, text: &str) {
    let deadline = Instant::now() + PATIENCE;
    while !server.stderr().contains(text) {
        assert!(Instant::now() < deadline, "no {text:?} logged:\n{}", server.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread")]
async fn replicas_on_one_directory_converge_and_a_bad_file_changes_neither() {
    converge_and_survive_a_bad_file(&["--watch"]).await;
}

/// The same with the directory polled, as on NFS.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread")]
async fn polled_replicas_converge_too() {
    converge_and_survive_a_bad_file(&["--watch", "--watch-interval", "200ms"]).await;
}

#[cfg(target_os = "linux")]
async fn converge_and_survive_a_bad_file(watch: &[&str]) {
    let corpus = Corpus::with(&[MEETING_2023]);
    let (first, second) = (replica(&corpus, watch), replica(&corpus, watch));
    await_log(&first, "watching");
    await_log(&second, "watching");
    let options = ConnectOptions { admin_token: Some(TOKEN.into()), ..ConnectOptions::default() };
    let admin = Client::connect_with(&first.url(), options).await.expect("connect to the first");
    let other = Client::connect(&second.url()).await.expect("connect to the second");
    other.get_meeting(2022).await.expect_err("not in the corpus yet");

    admin.add_document("meeting_2022", &corpus_text(MEETING_2022), false).await.expect("added to the first");
    let added = Instant::now();
    while other.get_meeting(2022).await.is_err() {
        assert!(added.elapsed() < Duration::from_secs(2), "the second replica did not converge in 2 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(other.get_meeting(2022).await.expect("served").year, 2022);

    // A file no reload can read, even as root (reading /proc/self/mem from its start is EIO): each
    // replica skips it with a warning and serves what it had.
    std::os::unix::fs::symlink("/proc/self/mem", corpus.path().join("unreadable.txt")).expect("symlink");
    for server in [&first, &second] {
        await_log(server, "watch: unreadable.txt: skipped");
    }
    for client in [&admin, &other] {
        let years: Vec<i32> = client.list_meetings().await.expect("still serving").iter().map(|m| m.year).collect();
        assert!(years.contains(&2022) && years.contains(&2023), "{years:?}");
    }
    // A directory that yields no article at all cannot be served: the reload fails and each replica
    // keeps the corpus it had.
    for file in corpus.files() {
        if file.ends_with(".txt") && file != "unreadable.txt" {
            std::fs::remove_file(corpus.path().join(file)).expect("empty the directory");
        }
    }
    for server in [&first, &second] {
        await_log(server, "watch: not reloaded, still serving the previous corpus");
    }
    for client in [&admin, &other] {
        let years: Vec<i32> = client.list_meetings().await.expect("still serving").iter().map(|m| m.year).collect();
        assert!(years.contains(&2022) && years.contains(&2023), "a failed reload changed the corpus: {years:?}");
    }
}
