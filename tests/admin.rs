//! Live ingestion through AdminService: off without a token; the token checked on every call;
//! a document written whole into the corpus directory and served before it is acknowledged; a
//! document that yields nothing rejected with its report and no change; reloads by call and by
//! SIGHUP; queries during changes see the old corpus or the new, never half; and the `yrdqa admin`
//! commands over all of it.

use std::collections::BTreeSet;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tonic::Code;
use yrdqa::{Corpus, SpawnedServer, TestServer, client_bin, corpus_text};
use yrdqa_client::{Client, ConnectOptions, Error};
use yrdqa_server::engine::Engine;
use yrdqa_server::service::{self, AdminToken, LiveCorpus, Options};

const TOKEN: &str = "test-token-0123456789abcdef";
const MEETING_2023: &str = "003_43c31366de18c675";
const MEETING_2022: &str = "002_aed75dd07c0e9222";

fn article(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("server/tests/data/articles").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn admin_options() -> Options {
    Options { admin_token: AdminToken::new(TOKEN), ..Options::default() }
}

/// An in-process server on `corpus`, with AdminService on.
async fn admin_server(corpus: &Corpus) -> TestServer {
    let engine = Engine::load_dir(corpus.path()).expect("load the corpus");
    let live = LiveCorpus::new(service::shared(engine), Some(corpus.path().to_path_buf()));
    TestServer::start_with(live, admin_options()).await
}

async fn client(url: &str, token: Option<&str>) -> Client {
    let options = ConnectOptions { admin_token: token.map(str::to_string), ..ConnectOptions::default() };
    Client::connect_with(url, options).await.expect("connect")
}

fn error_code<T: std::fmt::Debug>(result: Result<T, Error>) -> Code {
    result.expect_err("an error").code().expect("a server error")
}

async fn years(client: &Client) -> BTreeSet<i32> {
    client.list_meetings().await.expect("meetings").iter().map(|m| m.year).collect()
}

#[tokio::test]
async fn without_a_token_on_the_server_admin_is_not_served() {
    let server = TestServer::start().await;
    let admin = client(&server.url(), Some(TOKEN)).await;
    assert_eq!(error_code(admin.add_document("x", &article("newswire_2018.txt"), false).await), Code::Unimplemented);
    assert_eq!(error_code(admin.reload_corpus().await), Code::Unimplemented);
}

#[tokio::test]
async fn a_missing_or_wrong_token_is_unauthenticated_and_changes_nothing() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = admin_server(&corpus).await;
    let before = corpus.files();
    for token in [None, Some("wrong"), Some(&TOKEN[..TOKEN.len() - 1]), Some("test-token-0123456789abcdeF")] {
        let admin = client(&server.url(), token).await;
        let result = admin.add_document("newswire", &article("newswire_2018.txt"), false).await;
        let Err(Error::Server { code, message }) = result else { panic!("{token:?}: {result:?}") };
        assert_eq!(code, Code::Unauthenticated, "{token:?}");
        assert!(!message.contains(TOKEN), "the token must never be echoed: {message}");
        assert_eq!(error_code(admin.reload_corpus().await), Code::Unauthenticated);
    }
    assert_eq!(corpus.files(), before);
    assert!(!years(&server.client().await).await.contains(&2018));
}

#[tokio::test]
async fn on_the_builtin_corpus_changes_are_refused_saying_to_start_with_a_corpus_dir() {
    let server = TestServer::start_with_options(admin_options()).await;
    let admin = client(&server.url(), Some(TOKEN)).await;
    let Err(Error::Server { code, message }) = admin.add_document("n", &article("newswire_2018.txt"), false).await
    else {
        panic!("accepted on the built-in corpus")
    };
    assert_eq!(code, Code::FailedPrecondition);
    assert!(message.contains("--corpus DIR"), "{message}");
    assert_eq!(error_code(admin.reload_corpus().await), Code::FailedPrecondition);
}

#[tokio::test]
async fn an_added_document_is_on_disk_whole_and_served_when_acknowledged() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = admin_server(&corpus).await;
    let admin = client(&server.url(), Some(TOKEN)).await;
    let text = article("newswire_2018.txt");
    let report = admin.add_document("newswire_2018", &text, false).await.expect("added");
    assert_eq!(report.document_id, "newswire_2018");
    assert!(report.meeting_years.contains(&2018) && report.facts > 0, "{report:?}");
    // Acknowledged: on disk, whole, under its .txt name, with nothing else left behind ...
    assert_eq!(std::fs::read_to_string(corpus.path().join("newswire_2018.txt")).unwrap(), text);
    assert_eq!(corpus.files(), [format!("{MEETING_2023}.txt"), "newswire_2018.txt".into()]);
    // ... and served.
    assert_eq!(admin.get_meeting(2018).await.expect("served at once").year, 2018);

    // The same again (a retry): OK, nothing changes.
    admin.add_document("newswire_2018.txt", &text, false).await.expect("an identical retry is OK");
    // Another text under the name: refused unless replacing.
    let other = article("wrapped_2021.txt");
    assert_eq!(error_code(admin.add_document("newswire_2018", &other, false).await), Code::AlreadyExists);
    assert_eq!(std::fs::read_to_string(corpus.path().join("newswire_2018.txt")).unwrap(), text);
    admin.add_document("newswire_2018", &other, true).await.expect("replaced");
    assert_eq!(std::fs::read_to_string(corpus.path().join("newswire_2018.txt")).unwrap(), other);
    let served = years(&admin).await;
    assert!(served.contains(&2021) && !served.contains(&2018), "{served:?}");
}

#[tokio::test]
async fn a_document_that_yields_nothing_is_rejected_with_its_report_and_changes_nothing() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = admin_server(&corpus).await;
    let admin = client(&server.url(), Some(TOKEN)).await;
    let before = (corpus.files(), years(&admin).await);
    for text in [article("preview_only.txt"), "今天天气很好。".into(), "\u{0}\u{1}\u{fffd}".into()] {
        match admin.add_document("nothing", &text, false).await {
            Err(Error::Rejected { code, message, report }) => {
                assert_eq!(code, Code::InvalidArgument);
                assert!(message.contains("yields no meeting and no forum"), "{message}");
                assert_eq!((report.document_id.as_str(), report.facts), ("nothing", 0), "{report:?}");
            }
            other => panic!("{text:?}: {other:?}"),
        }
    }
    let preview = admin.add_document("preview", &article("preview_only.txt"), false).await.expect_err("rejected");
    let Error::Rejected { report, .. } = preview else { panic!("{preview:?}") };
    assert!(report.in_genre && !report.warnings.is_empty(), "the report says why: {report:?}");
    for (name, text) in [("", "x"), (".hidden", "x"), ("../escape", "x"), ("a/b", "x"), ("ok", "  \n ")] {
        let result = admin.add_document(name, text, false).await;
        assert_eq!(error_code(result), Code::InvalidArgument, "{name:?} {text:?}");
    }
    assert_eq!((corpus.files(), years(&admin).await), before);
}

#[tokio::test]
async fn reload_takes_in_the_directory_and_a_failed_reload_keeps_serving_the_old_corpus() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = admin_server(&corpus).await;
    let admin = client(&server.url(), Some(TOKEN)).await;
    std::fs::write(corpus.path().join("w.txt"), article("wrapped_2021.txt")).unwrap();
    assert!(!years(&admin).await.contains(&2021), "not before the reload");
    let reloaded = admin.reload_corpus().await.expect("reloaded");
    assert_eq!((reloaded.documents, reloaded.reports.len()), (2, 2));
    assert!(years(&admin).await.contains(&2021));

    for file in corpus.files() {
        std::fs::remove_file(corpus.path().join(file)).unwrap();
    }
    assert_eq!(error_code(admin.reload_corpus().await), Code::FailedPrecondition);
    assert!(years(&admin).await.contains(&2021), "the previous corpus is still served");
}

#[tokio::test]
async fn queries_during_changes_see_the_old_corpus_or_the_new_never_half() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = admin_server(&corpus).await;
    let admin = client(&server.url(), Some(TOKEN)).await;
    let additions = [
        ("newswire", article("newswire_2018.txt")),
        ("wrapped", article("wrapped_2021.txt")),
        ("y2022", corpus_text(MEETING_2022)),
    ];
    // Every state the corpus goes through, as the set of meeting years it serves.
    let mut states = vec![years(&admin).await];
    for (_, text) in &additions {
        let doc = yrdqa_server::engine::SourceDocument { id: "x".into(), text: text.clone() };
        let mut next = states.last().unwrap().clone();
        next.extend(Engine::build(vec![doc]).meetings().map(|m| m.year));
        states.push(next);
    }
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (client, done) = (server.client().await, done.clone());
        tokio::spawn(async move {
            let mut seen = Vec::new();
            let deadline = Instant::now() + Duration::from_secs(60);
            while !done.load(Ordering::Relaxed) && Instant::now() < deadline {
                seen.push(years(&client).await);
            }
            seen
        })
    };
    for (name, text) in &additions {
        admin.add_document(name, text, false).await.expect("added");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    done.store(true, Ordering::Relaxed);
    let seen = reader.await.expect("reader");
    assert!(seen.len() > additions.len(), "the reader ran during the changes: {} reads", seen.len());
    let mut at = 0;
    for s in &seen {
        let state =
            states.iter().position(|x| x == s).unwrap_or_else(|| panic!("a half state {s:?}; states {states:?}"));
        assert!(state >= at, "went back from state {at} to {state}");
        at = state;
    }
}

fn yrdqa(addr: &str, args: &[&str], token: Option<&str>) -> Output {
    let mut command = Command::new(client_bin());
    command.arg("--addr").arg(addr).args(args).env_remove("YRDQA_ADMIN_TOKEN").env_remove("YRDQA_CA");
    if let Some(token) = token {
        command.env("YRDQA_ADMIN_TOKEN", token);
    }
    command.output().expect("run yrdqa")
}

#[test]
fn the_admin_commands_add_and_reload_with_the_token_from_the_environment() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = SpawnedServer::spawn_with(&["--corpus", corpus.arg()], &[("YRDQA_ADMIN_TOKEN", TOKEN)]);
    let files = tempfile::tempdir().unwrap();
    let newswire = files.path().join("newswire_2018.txt");
    std::fs::write(&newswire, article("newswire_2018.txt")).unwrap();
    let newswire = newswire.to_str().unwrap();

    let out = yrdqa(&server.url(), &["admin", "add", newswire], Some(TOKEN));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.starts_with("newswire_2018: about the meeting or forum; meetings 2018"), "{stdout}");
    assert!(corpus.path().join("newswire_2018.txt").is_file());

    let out = yrdqa(&server.url(), &["admin", "--token", "wrong", "add", newswire], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("UNAUTHENTICATED"), "{stderr}");

    let preview = files.path().join("preview.txt");
    std::fs::write(&preview, article("preview_only.txt")).unwrap();
    let out = yrdqa(&server.url(), &["admin", "add", preview.to_str().unwrap()], Some(TOKEN));
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("preview: about the meeting or forum; no meeting; 0 facts")
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("INVALID_ARGUMENT"));

    let out = yrdqa(&server.url(), &["--json", "admin", "reload"], Some(TOKEN));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let reloaded: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(reloaded["documents"], 2, "{reloaded}");
}

#[cfg(unix)]
#[test]
fn sighup_reloads_the_corpus_directory() {
    let corpus = Corpus::with(&[MEETING_2023]);
    let server = SpawnedServer::spawn(&["--corpus", corpus.arg()]);
    std::fs::write(corpus.path().join("w.txt"), article("wrapped_2021.txt")).unwrap();
    let pid = libc::pid_t::try_from(server.pid()).expect("pid");
    // SAFETY: signals the child this test spawned and still owns.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGHUP) }, 0);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let client = Client::connect(&server.url()).await.expect("connect");
        let deadline = Instant::now() + Duration::from_secs(20);
        while client.get_meeting(2021).await.is_err() {
            assert!(Instant::now() < deadline, "no reload; stderr:\n{}", server.stderr());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });
    // The new corpus is served before the reload is logged: wait for the line too.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !server.stderr().contains("SIGHUP: reloaded 2 documents") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(server.stderr().contains("SIGHUP: reloaded 2 documents"), "{}", server.stderr());
}

#[tokio::test]
async fn a_name_too_long_in_bytes_is_invalid_argument_without_a_server_path_and_bearer_is_any_case() {
    let corpus = Corpus::with(&[MEETING_2022]);
    let server = admin_server(&corpus).await;
    let before = corpus.files();
    // Within the 100-character rule, over the file system's 255 bytes.
    let name = "座".repeat(95);
    let admin = client(&server.url(), Some(TOKEN)).await;
    let error = admin.add_document(&name, &article("newswire_2018.txt"), false).await.expect_err("refused");
    assert_eq!(error.code(), Some(Code::InvalidArgument), "{error}");
    let message = error.to_string();
    assert!(!message.contains(&corpus.path().display().to_string()), "{message}");
    assert!(message.contains("bytes"), "{message}");
    assert_eq!(corpus.files(), before, "nothing written");

    // RFC 7235: the scheme is case-insensitive.
    let mut channel = yrdqa_proto::v1::admin_service_client::AdminServiceClient::new(server.channel().await);
    let mut request = tonic::Request::new(yrdqa_proto::v1::ReloadCorpusRequest {});
    request.metadata_mut().insert("authorization", format!("bearer {TOKEN}").parse().expect("metadata"));
    channel.reload_corpus(request).await.expect("lower-case bearer is accepted");
}
