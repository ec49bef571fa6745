//! Test support for yrdqa's end-to-end tests: how to start the server and reach it. Three ways:
//!
//! - [`TestServer`]: the real service stack in process, on `127.0.0.1:0`, with a shutdown handle;
//! - [`shared_server`]: one such server per test binary, for the generated golden tests;
//! - [`SpawnedServer`]: the real `yrdqa-server` binary, its bound address read from the start-up
//!   line, killed when dropped.
//!
//! The binaries are looked up next to the test executable ([`bin`]); `cargo test --workspace`
//! builds them because the server and client packages have integration tests of their own.
//! [`raw`] makes the calls no real client makes; [`scrape`] reads `/metrics`; [`Corpus`] is a
//! corpus directory to change.

pub mod raw;
pub mod scrape;

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use unicode_normalization::UnicodeNormalization;
use yrdqa_client::Client;
use yrdqa_client::golden::Case;
use yrdqa_proto::v1 as pb;
use yrdqa_server::engine::Engine;
use yrdqa_server::service::{self, LiveCorpus, Options, ServeError};

/// How long a server may take to start or to stop before a test gives up on it.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// The engine over the built-in corpus, built once per test binary and shared by its servers.
pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE.get_or_init(|| Arc::new(Engine::builtin())).clone()
}

fn shared_engine() -> service::SharedEngine {
    Arc::new(ArcSwap::new(engine()))
}

/// The service stack running in this process on an ephemeral port of 127.0.0.1.
pub struct TestServer {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), ServeError>>,
}

impl TestServer {
    /// Starts serving the built-in corpus; call inside a tokio runtime.
    pub async fn start() -> TestServer {
        Self::start_with(LiveCorpus::new(shared_engine(), None), Options::default()).await
    }

    /// Starts serving the built-in corpus with `options`.
    pub async fn start_with_options(options: Options) -> TestServer {
        Self::start_with(LiveCorpus::new(shared_engine(), None), options).await
    }

    /// Starts serving the built-in corpus with `limits`.
    pub async fn start_with_limits(limits: service::Limits) -> TestServer {
        Self::start_with_options(Options { limits, ..Options::default() }).await
    }

    /// Starts serving `corpus` with `options`.
    pub async fn start_with(corpus: LiveCorpus, options: Options) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("bound address");
        let (stop, stopped) = oneshot::channel::<()>();
        let shutdown = async {
            // A dropped handle stops the server as well.
            let _ = stopped.await;
        };
        let task = tokio::spawn(service::serve_with(listener, corpus, options, shutdown));
        TestServer { addr, stop: Some(stop), task }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A connected client library handle.
    pub async fn client(&self) -> Client {
        Client::connect(&self.url()).await.expect("connect to the in-process server")
    }

    /// A raw channel, for the generated clients of health and reflection.
    pub async fn channel(&self) -> tonic::transport::Channel {
        tonic::transport::Endpoint::from_shared(self.url()).expect("url").connect().await.expect("connect")
    }

    /// Triggers the shutdown and waits (at most [`PATIENCE`]) for `serve` to return.
    pub async fn shutdown(mut self) -> Result<(), ServeError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let task = &mut self.task;
        tokio::time::timeout(PATIENCE, task).await.expect("server stops in time").expect("server task")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// One in-process server for the whole test binary, on a runtime thread of its own so that
/// synchronous tests can share it; it lives until the test binary exits.
pub fn shared_server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let addr = listener.local_addr().expect("bound address");
        let engine = shared_engine();
        std::thread::Builder::new()
            .name("shared-server".into())
            .spawn(move || {
                let runtime = tokio::runtime::Runtime::new().expect("runtime");
                runtime.block_on(async move {
                    let listener = TcpListener::from_std(listener).expect("tokio listener");
                    service::serve(listener, engine, std::future::pending()).await.expect("shared server");
                });
            })
            .expect("spawn the shared server thread");
        addr
    })
}

/// Asks the shared server the question of one golden case (a line of `tests/golden/*.jsonl`) and
/// panics with the reasons and the reply unless the reply passes. The body of every generated
/// golden test.
pub fn run_golden_case(line: &str) {
    let case = Case::parse(line).expect("a golden case");
    let url = format!("http://{}", shared_server());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let reply = runtime
        .block_on(async { Client::connect(&url).await?.ask(&case.q, "", false).await })
        .unwrap_or_else(|e| panic!("{}: {e}", case.id));
    if let Err(problems) = case.check(&reply) {
        panic!(
            "{} [{}] {}\n  {}\n  reply: {}",
            case.id,
            case.tier,
            case.q,
            problems.join("\n  "),
            serde_json::to_string(&reply).expect("json")
        );
    }
}

/// A built binary of the workspace: `target/<profile>/<name>`, found from the test executable
/// (`target/<profile>/deps/<test>-<hash>`).
pub fn bin(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let mut dir = exe.parent().expect("exe dir").to_path_buf();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "{} is not built; run `cargo test --workspace`, or `cargo build -p yrdqa-server -p yrdqa-client` first",
        path.display()
    );
    path
}

/// The `yrdqa-server` binary.
pub fn server_bin() -> PathBuf {
    bin("yrdqa-server")
}

/// The `yrdqa` client binary.
pub fn client_bin() -> PathBuf {
    bin("yrdqa")
}

/// The prefix of the line `yrdqa-server` prints on stdout once it listens.
pub const LISTENING: &str = "yrdqa-server listening on ";

/// The real `yrdqa-server` binary on `127.0.0.1:0` and the address it bound.
pub struct SpawnedServer {
    child: Child,
    addr: SocketAddr,
    stderr: Arc<Mutex<String>>,
}

impl SpawnedServer {
    /// Starts the binary on the built-in corpus, with `args` added, and waits for its start-up line.
    pub fn spawn(args: &[&str]) -> SpawnedServer {
        Self::spawn_with(args, &[])
    }

    /// Starts the binary with `args` and the environment variables `env` added.
    pub fn spawn_with(args: &[&str], env: &[(&str, &str)]) -> SpawnedServer {
        Self::spawn_under(&[], args, env)
    }

    /// Starts the binary through `wrapper` (e.g. `prlimit --nofile=64`), which runs it with its
    /// arguments, with `args` and `env` added.
    pub fn spawn_under(wrapper: &[&str], args: &[&str], env: &[(&str, &str)]) -> SpawnedServer {
        let mut command = match wrapper.split_first() {
            Some((program, rest)) => {
                let mut command = Command::new(program);
                command.args(rest).arg(server_bin());
                command
            }
            None => Command::new(server_bin()),
        };
        let mut child = command
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .env_remove("YRDQA_CORPUS")
            .env_remove("YRDQA_ADMIN_TOKEN")
            .env_remove("RUST_LOG")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn yrdqa-server");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut err = child.stderr.take().expect("stderr");
        let collected = stderr.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = err.read(&mut buf) {
                collected.lock().expect("stderr buffer").push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let (line_tx, line_rx) = mpsc::channel();
        let out = BufReader::new(child.stdout.take().expect("stdout"));
        std::thread::spawn(move || {
            // Keep reading to the end so the server never writes into a closed pipe.
            for line in out.lines().map_while(Result::ok) {
                let _ = line_tx.send(line);
            }
        });
        let line = line_rx.recv_timeout(PATIENCE).unwrap_or_else(|_| {
            panic!("yrdqa-server printed no start-up line; stderr:\n{}", stderr.lock().expect("stderr buffer"))
        });
        let addr = line
            .strip_prefix(LISTENING)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|addr| addr.parse().ok())
            .unwrap_or_else(|| panic!("unexpected start-up line {line:?}"));
        SpawnedServer { child, addr, stderr }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The resident memory of the process in kB, from `/proc` (Linux only).
    pub fn rss_kb(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).expect("/proc status");
        let line = status.lines().find(|l| l.starts_with("VmRSS:")).expect("a VmRSS line");
        line.split_whitespace().nth(1).and_then(|kb| kb.parse().ok()).expect("VmRSS in kB")
    }

    /// The CPU time the process has used so far, user and system, from `/proc` (Linux only).
    pub fn cpu_time(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).expect("/proc stat");
        // The fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat.rsplit_once(')').expect("a command name").1.split_whitespace().collect();
        let ticks: u64 = fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime");
        // USER_HZ, which Linux fixes at 100 for every architecture's user space.
        Duration::from_millis(ticks * 10)
    }

    /// What the server has logged so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("stderr buffer").clone()
    }

    /// Waits at most `limit` for the process to exit.
    pub fn wait_timeout(&mut self, limit: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for SpawnedServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The directory of the built-in corpus's articles.
pub fn builtin_corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("server/corpus")
}

/// A temporary corpus directory holding copies of some built-in articles; removed when dropped.
pub struct Corpus {
    dir: tempfile::TempDir,
}

impl Corpus {
    /// A directory with the built-in articles whose ids are in `ids`.
    pub fn with(ids: &[&str]) -> Corpus {
        let dir = tempfile::tempdir().expect("temporary directory");
        for id in ids {
            std::fs::write(dir.path().join(format!("{id}.txt")), corpus_text(id)).expect("copy an article");
        }
        Corpus { dir }
    }

    pub fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// The directory as a flag value.
    pub fn arg(&self) -> &str {
        self.dir.path().to_str().expect("a UTF-8 temporary path")
    }

    /// Every file name in the directory, hidden ones too, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path())
            .expect("read the corpus directory")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// A built-in corpus document, as shipped.
pub fn corpus_text(document_id: &str) -> String {
    let path = builtin_corpus_dir().join(format!("{document_id}.txt"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("evidence names {document_id}, not in the corpus: {e}"))
}

/// Asserts that `evidence` points at its quote: the characters `start..end` of the document, once
/// the layout's line breaks are removed, are the quote. Both sides are compared in NFKC, since the
/// engine quotes its normalised text (full-width `，` comes back as `,`).
pub fn assert_evidence_in_corpus(evidence: &pb::Evidence) {
    let text = corpus_text(&evidence.document_id);
    let (start, end) = (evidence.start as usize, evidence.end as usize);
    assert!(start < end, "empty or reversed span in {evidence:?}");
    let span: String = text.chars().skip(start).take(end - start).filter(|c| !matches!(c, '\n' | '\r')).collect();
    assert_eq!(
        span.nfkc().collect::<String>(),
        evidence.quote.nfkc().collect::<String>(),
        "the span {start}..{end} of {} is not the quote",
        evidence.document_id
    );
}
