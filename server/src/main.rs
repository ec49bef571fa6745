//! `yrdqa-server`: loads the corpus into the engine and serves it over gRPC until SIGINT or
//! SIGTERM, then lets calls in flight finish and exits 0. With `--check` it prints what was
//! extracted from each document instead, and exits.
//!
//! On start it prints exactly one line on stdout, which scripts and tests read for the bound
//! address (port 0 picks a free one):
//!
//! `yrdqa-server listening on 127.0.0.1:50051 (5 documents, 6 meetings, 178 facts, loaded in 203 ms)`
//!
//! Logs, one line per call, go to stderr; `RUST_LOG` filters them (default `info`).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;
use yrdqa_server::engine::{Engine, EngineError};
use yrdqa_server::service;

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
    /// How many Ask replies to keep for questions asked again; 0 asks the engine every time.
    #[arg(long, env = "YRDQA_ANSWER_CACHE", value_name = "REPLIES", default_value_t = service::DEFAULT_ANSWER_CACHE)]
    answer_cache: usize,
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
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let ansi = std::io::stderr().is_terminal();
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi).init();
    let result = match load(args.corpus) {
        Ok(engine) if args.check => return check(&engine),
        Ok(engine) => run(&args.listen, engine, service::Tuning { answer_cache: args.answer_cache }).await,
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

fn load(corpus: Option<PathBuf>) -> Result<Engine, EngineError> {
    match corpus {
        Some(dir) => Engine::load_dir(&dir),
        None => Ok(Engine::builtin()),
    }
}

async fn run(listen: &str, engine: Engine, tuning: service::Tuning) -> Result<(), Failure> {
    // Installed before the start-up line, so a signal sent as soon as it is read is not lost.
    let stop = shutdown_signal().map_err(Failure::Signals)?;
    let listener = TcpListener::bind(listen).await.map_err(|source| Failure::Bind { addr: listen.into(), source })?;
    let addr = listener.local_addr().map_err(|source| Failure::Bind { addr: listen.into(), source })?;
    let stats = engine.stats();
    println!(
        "yrdqa-server listening on {addr} ({} documents, {} meetings, {} facts, loaded in {:.0} ms)",
        stats.documents, stats.meetings, stats.facts, stats.load_ms
    );
    service::serve_tuned(listener, service::shared(engine), tuning, stop).await?;
    tracing::info!("stopped");
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
        if report.in_genre && report.meeting_years.is_empty() && report.forum_years.is_empty() {
            missed += 1;
            println!("    error: this article is about the meeting or forum but yielded neither");
        }
    }
    let stats = engine.stats();
    println!(
        "{} documents, {} meetings, {} forums, {} facts, {warnings} warnings, {missed} errors",
        stats.documents, stats.meetings, stats.forums, stats.facts
    );
    if missed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
