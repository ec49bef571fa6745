//! `yrdqa startup`: cold start, measured. It owns starting a `yrdqa-server` binary again and
//! again on `127.0.0.1:0` and timing, from the spawn, its start-up line ("yrdqa-server listening on
//! ADDR …") and the first `grpc.health.v1` SERVING answer on that address; each server is killed
//! once it answered. The median, least and most of the runs are reported, with the load time the
//! server itself printed (the engine build, the bulk of a start).

use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::time::Duration;

use serde::Serialize;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::time::Instant;
use tonic_health::pb::health_check_response::ServingStatus;
use yrdqa_client::Client;

use super::{Output, median};

/// How long one server may take to print its line, or then to answer SERVING.
const PATIENCE: Duration = Duration::from_secs(30);
/// The pause between two health checks while the server is not serving yet.
const POLL: Duration = Duration::from_millis(1);
/// The line the server prints on stdout once it listens.
const LISTENING: &str = "yrdqa-server listening on ";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The server binary; default: `yrdqa-server` beside this `yrdqa`, else on PATH.
    #[arg(long, value_name = "PATH")]
    server: Option<PathBuf>,
    /// How many times to start it.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000))]
    runs: u32,
    /// Arguments for the server after `--listen 127.0.0.1:0`, e.g. `-- --corpus DIR`.
    #[arg(last = true, value_name = "SERVER ARGS")]
    server_args: Vec<String>,
}

/// Why a start could not be timed.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot start {path}: {source}")]
    Spawn { path: String, source: std::io::Error },
    #[error("{path} printed no start-up line within {PATIENCE:?}; its stderr: {stderr}")]
    NoStartLine { path: String, stderr: String },
    #[error("{path} printed an unexpected start-up line {line:?}")]
    StartLine { path: String, line: String },
    #[error("{path} listens on {addr} but did not answer SERVING within {PATIENCE:?}: {reason}")]
    NotServing { path: String, addr: String, reason: String },
}

/// The times of one start, from the spawn, in milliseconds.
struct Start {
    listening_ms: f64,
    serving_ms: f64,
    /// What the server printed as "loaded in N ms".
    load_ms: Option<f64>,
}

/// Median, least and most of one measure over the runs, in milliseconds.
#[derive(Debug, Serialize)]
struct Spread {
    median: f64,
    min: f64,
    max: f64,
}

impl Spread {
    fn of(values: Vec<f64>) -> Option<Spread> {
        let min = values.iter().copied().reduce(f64::min)?;
        let max = values.iter().copied().reduce(f64::max)?;
        // Microseconds are plenty, and keep the JSON short.
        let round = |ms: f64| (ms * 1000.0).round() / 1000.0;
        Some(Spread { median: round(median(values)), min: round(min), max: round(max) })
    }
}

/// The `--json` object.
#[derive(Debug, Serialize)]
struct Report {
    server: String,
    args: Vec<String>,
    runs: u32,
    /// Spawn to the start-up line on stdout.
    listening_ms: Option<Spread>,
    /// Spawn to the first SERVING health answer: the cold start.
    serving_ms: Option<Spread>,
    /// The server's own "loaded in" figure.
    load_ms: Option<Spread>,
}

pub async fn run(args: Args, out: Output) -> Result<ExitCode, StartupError> {
    let server = args.server.clone().unwrap_or_else(default_server);
    let mut starts = Vec::new();
    for _ in 0..args.runs {
        starts.push(start_once(&server, &args.server_args).await?);
    }
    let report = Report {
        server: server.display().to_string(),
        args: args.server_args,
        runs: args.runs,
        listening_ms: Spread::of(starts.iter().map(|s| s.listening_ms).collect()),
        serving_ms: Spread::of(starts.iter().map(|s| s.serving_ms).collect()),
        load_ms: Spread::of(starts.iter().filter_map(|s| s.load_ms).collect()),
    };
    if out.json {
        out.print_json(&report);
    } else {
        println!("{} started {} times; ms from the spawn:", report.server, report.runs);
        println!("{:<28} {:>8} {:>8} {:>8}", "", "median", "min", "max");
        let rows = [
            ("start-up line on stdout", &report.listening_ms),
            ("health SERVING (cold start)", &report.serving_ms),
            ("server's own \"loaded in\"", &report.load_ms),
        ];
        for (name, spread) in rows {
            if let Some(s) = spread {
                println!("{name:<28} {:>8.1} {:>8.1} {:>8.1}", s.median, s.min, s.max);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `yrdqa-server` in the directory of this executable, as cargo and the release archive lay them
/// out; otherwise the name alone, for PATH.
fn default_server() -> PathBuf {
    let name = format!("yrdqa-server{}", std::env::consts::EXE_SUFFIX);
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(&name)))
        .filter(|path| path.is_file())
        .unwrap_or_else(|| PathBuf::from(name))
}

async fn start_once(server: &Path, extra: &[String]) -> Result<Start, StartupError> {
    let path = server.display().to_string();
    let spawned = Instant::now();
    let mut child = Command::new(server)
        .args(["--listen", "127.0.0.1:0"])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|source| StartupError::Spawn { path: path.clone(), source })?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let line = tokio::time::timeout(PATIENCE, BufReader::new(stdout).lines().next_line()).await;
    let Ok(Ok(Some(line))) = line else {
        return Err(StartupError::NoStartLine { path, stderr: stderr_of(child).await });
    };
    let listening = spawned.elapsed();
    let bad_line = || StartupError::StartLine { path: path.clone(), line: line.clone() };
    let addr = line.strip_prefix(LISTENING).and_then(|rest| rest.split_whitespace().next()).ok_or_else(bad_line)?;
    let load_ms = line
        .split_once("loaded in ")
        .and_then(|(_, rest)| rest.split_whitespace().next())
        .and_then(|ms| ms.parse().ok());
    let url = format!("http://{addr}");
    loop {
        let reason = match Client::connect(&url).await {
            Ok(client) => match client.health().await {
                Ok(ServingStatus::Serving) => break,
                Ok(status) => status.as_str_name().to_string(),
                Err(e) => e.to_string(),
            },
            Err(e) => e.to_string(),
        };
        if spawned.elapsed() > listening + PATIENCE {
            return Err(StartupError::NotServing { path, addr: addr.to_string(), reason });
        }
        tokio::time::sleep(POLL).await;
    }
    let serving = spawned.elapsed();
    // Killed, not stopped gracefully: only its start is measured, and SIGKILL is portable.
    let _ = child.kill().await;
    Ok(Start { listening_ms: ms(listening), serving_ms: ms(serving), load_ms })
}

/// The last line the failed server wrote on stderr, once it is killed.
async fn stderr_of(mut child: Child) -> String {
    let _ = child.kill().await;
    let mut text = String::new();
    if let Some(mut err) = child.stderr.take() {
        let _ = tokio::time::timeout(Duration::from_secs(1), err.read_to_string(&mut text)).await;
    }
    text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("(nothing)").to_string()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
