//! `yrdqa-server`: loads the corpus into the engine and serves it over gRPC until SIGINT or
//! SIGTERM, then lets calls in flight finish and exits 0; SIGHUP re-reads the corpus directory.
//! With `--check` it prints what was extracted from each document instead, and exits.
//!
//! With `YRDQA_ADMIN_TOKEN` in its environment it also serves AdminService (live ingestion) to
//! callers presenting that token; the token is never taken from the command line, where any user
//! of the machine could read it.
//!
//! On start it prints exactly one line on stdout, which scripts and tests read for the bound
//! address (port 0 picks a free one):
//!
//! `yrdqa-server listening on 127.0.0.1:50051 (5 documents, 6 meetings, 178 facts, loaded in 203 ms)`
//!
//! Logs, one line per call, go to stderr (`--log-format json`: one JSON object a line); `RUST_LOG`
//! filters them (default `info`). `--metrics-listen ADDR` serves Prometheus metrics.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use tokio::net::TcpListener;
use tonic::transport::Identity;
use tracing_subscriber::EnvFilter;
use yrdqa_server::engine::{Engine, EngineError, corpus};
use yrdqa_server::service::{self, AdminToken, Limits, LiveCorpus, Options, Reloaded};

/// The environment variable holding the admin token.
const ADMIN_TOKEN_VAR: &str = "YRDQA_ADMIN_TOKEN";

/// yrdqa's gRPC server: answers questions about the 长三角地区主要领导座谈会.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Address to listen on, host:port; port 0 picks a free port.
    #[arg(long, env = "YRDQA_LISTEN", default_value = "127.0.0.1:50051")]
    listen: String,
    /// Directory of .txt articles to load instead of the built-in corpus.
    #[arg(long, env = "YRDQA_CORPUS")]
    corpus: Option<PathBuf>,
    /// Load the corpus, print what was extracted from each document, and exit; non-zero when an
    /// article about the meeting or forum yielded neither.
    #[arg(long)]
    check: bool,
    /// Refuse to start (or to pass --check) when a .txt file of --corpus cannot be read or is not
    /// UTF-8; without it such a file is skipped with a warning.
    #[arg(long, env = "YRDQA_STRICT")]
    strict: bool,
    /// PEM certificate chain to serve TLS with (needs --tls-key); plaintext without.
    #[arg(long, env = "YRDQA_TLS_CERT", requires = "tls_key", value_name = "FILE")]
    tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(long, env = "YRDQA_TLS_KEY", requires = "tls_cert", value_name = "FILE")]
    tls_key: Option<PathBuf>,
    /// Calls handled at once; past that, calls are refused with RESOURCE_EXHAUSTED at once
    /// (health checks excepted).
    #[arg(long, env = "YRDQA_MAX_CONCURRENT_CALLS", default_value = "256", value_parser = clap::value_parser!(u32).range(1..))]
    max_concurrent_calls: u32,
    /// The longest a call may run (e.g. 10s, 500ms) before it is ended with DEADLINE_EXCEEDED; a
    /// caller's shorter deadline wins.
    #[arg(long, env = "YRDQA_REQUEST_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    request_timeout: Duration,
    /// Largest request message, in bytes, of QaService, health and reflection.
    #[arg(long, env = "YRDQA_MAX_REQUEST_BYTES", default_value = "65536")]
    max_request_bytes: usize,
    /// Largest AdminService request message, in bytes (AddDocument carries a whole article).
    #[arg(long, env = "YRDQA_MAX_DOCUMENT_BYTES", default_value = "4194304")]
    max_document_bytes: usize,
    /// HTTP/2 ping interval on a connection, so that a vanished peer is noticed.
    #[arg(long, env = "YRDQA_KEEPALIVE_INTERVAL", default_value = "30s", value_parser = parse_duration)]
    keepalive_interval: Duration,
    /// How long a ping may go unanswered before the connection is closed.
    #[arg(long, env = "YRDQA_KEEPALIVE_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    keepalive_timeout: Duration,
    /// How long a request body may send nothing before its call is ended with DEADLINE_EXCEEDED.
    #[arg(long, env = "YRDQA_BODY_TIMEOUT", default_value = "5s", value_parser = parse_duration)]
    body_timeout: Duration,
    /// How long a new connection may take to start its TLS or HTTP/2 handshake before it is closed.
    #[arg(long, env = "YRDQA_HANDSHAKE_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    handshake_timeout: Duration,
    /// Streams one connection may have open at once (advertised as SETTINGS_MAX_CONCURRENT_STREAMS).
    #[arg(long, env = "YRDQA_MAX_STREAMS_PER_CONNECTION", default_value = "100", value_parser = clap::value_parser!(u32).range(1..))]
    max_streams_per_connection: u32,
    /// Health/Watch and reflection streams open at once, over all connections; past that they are
    /// refused with RESOURCE_EXHAUSTED.
    #[arg(long, env = "YRDQA_MAX_STREAMING_CALLS", default_value = "1024", value_parser = clap::value_parser!(u32).range(1..))]
    max_streaming_calls: u32,
    /// After SIGINT or SIGTERM, how long calls in flight may go on before their connections are
    /// closed (watch and reflection streams end at once).
    #[arg(long, env = "YRDQA_SHUTDOWN_GRACE", default_value = "10s", value_parser = parse_duration)]
    shutdown_grace: Duration,
    /// Watch the --corpus directory and reload it when it changes, as SIGHUP does (a failed reload
    /// keeps the served corpus).
    #[arg(long, env = "YRDQA_WATCH", requires = "corpus")]
    watch: bool,
    /// With --watch, read the directory every D (e.g. 2s) instead of relying on the OS's change
    /// notifications, which miss other hosts' writes on a network filesystem such as NFS.
    #[arg(long, env = "YRDQA_WATCH_INTERVAL", requires = "watch", value_name = "D", value_parser = parse_duration)]
    watch_interval: Option<Duration>,
    /// Serve Prometheus metrics at http://ADDR/metrics (host:port; port 0 picks a free one); off
    /// when not given.
    #[arg(long, env = "YRDQA_METRICS_LISTEN", value_name = "ADDR")]
    metrics_listen: Option<String>,
    /// How logs are written on stderr: `text`, one readable line per event, or `json`, one object
    /// per line for log collectors.
    #[arg(long, env = "YRDQA_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
    /// How many Ask replies to keep for questions asked again; 0 asks the engine every time.
    #[arg(long, env = "YRDQA_ANSWER_CACHE", value_name = "REPLIES", default_value_t = service::DEFAULT_ANSWER_CACHE)]
    answer_cache: usize,
    /// How many threads read questions (and apply corpus changes) at once; the rest wait their
    /// turn. 0, the default, is one per core.
    #[arg(long, env = "YRDQA_ENGINE_THREADS", value_name = "N", default_value_t = 0)]
    engine_threads: usize,
}

/// The two ways of writing logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

/// Logs on stderr, filtered by `RUST_LOG` (default `info`).
fn init_logs(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Text => logs.with_ansi(std::io::stderr().is_terminal()).init(),
        // The event's fields at the top level of its object, where collectors look for them.
        LogFormat::Json => logs.json().flatten_event(true).with_current_span(false).with_span_list(false).init(),
    }
}

impl Args {
    fn limits(&self) -> Limits {
        Limits {
            max_concurrent_calls: self.max_concurrent_calls as usize,
            request_timeout: self.request_timeout,
            max_request_bytes: self.max_request_bytes,
            max_document_bytes: self.max_document_bytes,
            keepalive_interval: self.keepalive_interval,
            keepalive_timeout: self.keepalive_timeout,
            body_timeout: self.body_timeout,
            handshake_timeout: self.handshake_timeout,
            max_streams_per_connection: self.max_streams_per_connection,
            max_streaming_calls: self.max_streaming_calls as usize,
            shutdown_grace: self.shutdown_grace,
        }
    }
}

/// `250ms`, `10s`, `2m`, or a bare number of seconds.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let n: u64 = digits.parse().map_err(|_| format!("{text:?} is not a duration such as 500ms, 10s or 2m"))?;
    let duration = match unit {
        "ms" => Duration::from_millis(n),
        "" | "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n * 60),
        _ => return Err(format!("{text:?}: the unit must be ms, s or m")),
    };
    if duration.is_zero() {
        return Err("a duration of zero would end or ping every call at once".into());
    }
    Ok(duration)
}

#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error(transparent)]
    Corpus(#[from] EngineError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
    #[error(transparent)]
    Serve(#[from] service::ServeError),
    #[error("cannot install the signal handlers: {0}")]
    Signals(std::io::Error),
    #[error("cannot read {path}: {source}")]
    Tls { path: String, source: std::io::Error },
    #[error("{ADMIN_TOKEN_VAR} is set but {0}; unset it to run without AdminService")]
    AdminToken(&'static str),
    #[error(transparent)]
    Metrics(#[from] service::metrics::MetricsError),
    #[error(transparent)]
    Watch(#[from] service::watch::WatchError),
}

fn main() -> ExitCode {
    let args = Args::parse();
    init_logs(args.log_format);
    let engine_threads = match args.engine_threads {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    // Questions the cache cannot answer run on tokio's blocking pool, whose default of 512 threads
    // lets every call in flight have a thread of its own: on a busy server they then take turns on
    // the cores, and the switching costs more than the reading (BENCHMARKS.md, issue 14). As many
    // threads as cores keep the cores busy and queue the rest.
    let runtime =
        match tokio::runtime::Builder::new_multi_thread().max_blocking_threads(engine_threads).enable_all().build() {
            Ok(runtime) => runtime,
            Err(e) => {
                eprintln!("yrdqa-server: cannot start the async runtime: {e}");
                return ExitCode::FAILURE;
            }
        };
    runtime.block_on(serve(args))
}

async fn serve(args: Args) -> ExitCode {
    let result = match load(args.corpus.clone(), args.strict) {
        Ok(engine) if args.check => return check(&engine),
        Ok(engine) => match options(&args) {
            Ok(options) => run(&args, engine, options).await,
            Err(e) => Err(e),
        },
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("yrdqa-server: {e}");
            ExitCode::FAILURE
        }
    }
}

fn load(corpus: Option<PathBuf>, strict: bool) -> Result<Engine, EngineError> {
    let engine = match corpus {
        Some(dir) if strict => Engine::load_dir_strict(&dir)?,
        Some(dir) => Engine::load_dir(&dir)?,
        None => Engine::builtin(),
    };
    for skipped in engine.skipped() {
        tracing::warn!("{skipped}");
    }
    Ok(engine)
}

/// Limits, TLS identity and admin token from the flags and the environment.
fn options(args: &Args) -> Result<Options, Failure> {
    let read = |path: &PathBuf| {
        std::fs::read(path).map_err(|source| Failure::Tls { path: path.display().to_string(), source })
    };
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(Identity::from_pem(read(cert)?, read(key)?)),
        _ => None,
    };
    let admin_token = match std::env::var(ADMIN_TOKEN_VAR) {
        Ok(token) => Some(AdminToken::new(&token).ok_or(Failure::AdminToken("empty"))?),
        Err(std::env::VarError::NotPresent) => None,
        Err(std::env::VarError::NotUnicode(_)) => return Err(Failure::AdminToken("not valid UTF-8")),
    };
    Ok(Options { limits: args.limits(), answer_cache: args.answer_cache, tls, admin_token })
}

async fn run(args: &Args, engine: Engine, options: Options) -> Result<(), Failure> {
    let listen = args.listen.as_str();
    // Installed before the start-up line, so a signal sent as soon as it is read is not lost.
    let stop = shutdown_signal().map_err(Failure::Signals)?;
    if let Some(addr) = &args.metrics_listen {
        // First, so that the corpus is counted from the start.
        serve_metrics(addr).await?;
    }
    let corpus = LiveCorpus::new(service::shared(engine), args.corpus.clone());
    reload_on_hangup(corpus.clone()).map_err(Failure::Signals)?;
    let _watch = if args.watch { Some(service::watch::watch(corpus.clone(), args.watch_interval)?) } else { None };
    if let (Some(dir), Some(_)) = (corpus.dir(), &options.admin_token) {
        // What a crash in the middle of an AddDocument left; never read as documents anyway.
        match corpus::remove_temporaries(dir) {
            Ok(0) => {}
            Ok(n) => tracing::info!("removed {n} unfinished document writes from {}", dir.display()),
            Err(e) => tracing::warn!("{e}"),
        }
    }
    let listener = TcpListener::bind(listen).await.map_err(|source| Failure::Bind { addr: listen.into(), source })?;
    let addr = listener.local_addr().map_err(|source| Failure::Bind { addr: listen.into(), source })?;
    let stats = corpus.engine().load().stats();
    let limits = options.limits;
    tracing::info!(
        tls = options.tls.is_some(),
        admin = options.admin_token.is_some(),
        max_concurrent_calls = limits.max_concurrent_calls,
        request_timeout = ?limits.request_timeout,
        max_request_bytes = limits.max_request_bytes,
        max_document_bytes = limits.max_document_bytes,
        "serving"
    );
    println!(
        "yrdqa-server listening on {addr} ({} documents, {} meetings, {} facts, loaded in {:.0} ms)",
        stats.documents, stats.meetings, stats.facts, stats.load_ms
    );
    service::serve_with(listener, corpus, options, stop).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Starts serving `/metrics` on `addr` for the life of the process: scrapes go on while calls in
/// flight finish, so the last of them can still be seen.
async fn serve_metrics(addr: &str) -> Result<(), Failure> {
    let handle = service::metrics::install()?;
    let listener = service::metrics::bind(addr).await?;
    let bound = listener.local_addr().map_err(|source| Failure::Bind { addr: addr.into(), source })?;
    tracing::info!("metrics at http://{bound}/metrics");
    tokio::spawn(service::metrics::serve(listener, handle, std::future::pending()));
    Ok(())
}

/// Re-reads the corpus directory on every SIGHUP, the operator's way to take in files copied
/// there; a failed reload is logged and the served corpus stays.
#[cfg(unix)]
fn reload_on_hangup(corpus: LiveCorpus) -> std::io::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut hangup = signal(SignalKind::hangup())?;
    tokio::spawn(async move {
        while hangup.recv().await.is_some() {
            Reloaded::log(&corpus.reload().await, "SIGHUP");
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn reload_on_hangup(_corpus: LiveCorpus) -> std::io::Result<()> {
    Ok(())
}

/// Resolves on the first SIGINT or SIGTERM.
#[cfg(unix)]
fn shutdown_signal() -> std::io::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        let name = tokio::select! {
            _ = interrupt.recv() => "SIGINT",
            _ = terminate.recv() => "SIGTERM",
        };
        tracing::info!("{name}: finishing calls in flight");
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> std::io::Result<impl Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("Ctrl-C: finishing calls in flight");
    })
}

/// Prints each document's report; fails when an article of the genre yielded neither a meeting nor
/// a forum, since that means a rule missed and the service would answer NOT_FOUND for it. (An
/// article about the forum alone yields no meeting, rightly.)
fn check(engine: &Engine) -> ExitCode {
    let mut missed = 0;
    let mut warnings = 0;
    for report in engine.reports() {
        let years: Vec<String> = report.meeting_years.iter().map(i32::to_string).collect();
        let genre = if report.in_genre { "about the meeting or forum" } else { "not about the meeting" };
        let years = if years.is_empty() { "no meeting".to_string() } else { format!("meetings {}", years.join(", ")) };
        let forums: Vec<String> = report.forum_years.iter().map(i32::to_string).collect();
        let forums = if forums.is_empty() { String::new() } else { format!("; forums {}", forums.join(", ")) };
        println!("{}: {genre}; {years}{forums}; {} facts", report.document_id, report.facts);
        for line in &report.lines {
            println!("    {line}");
        }
        for warning in &report.warnings {
            println!("    warning: {warning}");
        }
        warnings += report.warnings.len();
        if report.in_genre
            && report.meeting_years.is_empty()
            && report.forum_years.is_empty()
            && report.undated_forums == 0
        {
            missed += 1;
            println!("    error: this article is about the meeting or forum but yielded neither");
        }
    }
    for skipped in engine.skipped() {
        println!("warning: {skipped}");
    }
    warnings += engine.skipped().len();
    let stats = engine.stats();
    println!(
        "{} documents, {} meetings, {} forums, {} facts, {warnings} warnings, {missed} errors",
        stats.documents, stats.meetings, stats.forums, stats.facts
    );
    if missed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_defaults_are_the_library_defaults() {
        let args = Args::try_parse_from(["yrdqa-server"]).unwrap();
        assert_eq!(args.limits(), Limits::default());
    }

    #[test]
    fn durations_take_a_unit_and_refuse_zero_and_junk() {
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        for bad in ["", "0s", "s", "1h", "-1s", "1.5s"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }
}
