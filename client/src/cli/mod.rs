//! The subcommands of `yrdqa` and what they share: the connection flags, how evidence prints,
//! and the errors a subcommand can end with.

mod admin;
mod ask;
mod bench;
mod eval;
mod health;
mod meeting;
mod startup;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::Serialize;
use yrdqa_client::{Client, ConnectOptions, DEFAULT_ADDR, Error, pb};

/// Asks a yrdqa server about the 长三角地区主要领导座谈会.
#[derive(Debug, Parser)]
#[command(name = "yrdqa", version)]
pub struct Cli {
    /// The server, http://host:port (https://host:port with --ca). Several, comma-separated or
    /// the flag repeated, are replicas: each call goes to one of them.
    #[arg(long, env = "YRDQA_ADDR", default_value = DEFAULT_ADDR, global = true, value_delimiter = ',')]
    addr: Vec<String>,
    /// PEM certificate of the CA that signed the server's TLS certificate: connect with TLS.
    #[arg(long, env = "YRDQA_CA", global = true, value_name = "FILE")]
    ca: Option<PathBuf>,
    /// Print the response as proto3 JSON (one object a line) instead of text.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Ask a question; with `-` or no question, ask each line of stdin.
    Ask(ask::Args),
    /// Show the meeting of one year (年度).
    Meeting(meeting::Args),
    /// List every known meeting: year, dates, place, theme.
    Meetings,
    /// Run a golden question set (dev.jsonl format) and report accuracy per tier.
    Eval(eval::Args),
    /// Check that the server is SERVING; exits non-zero otherwise.
    Health,
    /// Change the server's corpus while it serves (needs the server's YRDQA_ADMIN_TOKEN).
    Admin(admin::Args),
    /// Load the server with one RPC for a while (closed loop) and report throughput and latency.
    Bench(bench::Args),
    /// Start a server binary several times and report how long it takes to answer SERVING.
    Startup(startup::Args),
}

impl Cli {
    /// Whether the subcommand wants a thread per core: only the load generator does, the others
    /// send one call at a time and start faster on one thread.
    pub fn wants_threads(&self) -> bool {
        matches!(self.command, Command::Bench(_))
    }
}

/// Why a subcommand failed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Client(#[from] Error),
    #[error(transparent)]
    Bench(#[from] bench::BenchError),
    #[error(transparent)]
    Startup(#[from] startup::StartupError),
}

pub async fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let out = Output { json: cli.json };
    // The library takes replicas as one comma-separated address.
    let addr = cli.addr.join(",");
    let command = match cli.command {
        // These open their own connections, or servers.
        Command::Bench(args) => return Ok(bench::run(&addr, args, out).await?),
        Command::Startup(args) => return Ok(startup::run(args, out).await?),
        command => command,
    };
    let ca_pem = match &cli.ca {
        Some(path) => {
            Some(std::fs::read(path).map_err(|source| Error::Read { path: path.display().to_string(), source })?)
        }
        None => None,
    };
    let admin_token = match &command {
        Command::Admin(args) => args.token.clone(),
        _ => None,
    };
    let client = Client::connect_with(&addr, ConnectOptions { ca_pem, admin_token }).await?;
    Ok(match command {
        Command::Ask(args) => ask::run(&client, args, out).await?,
        Command::Meeting(args) => meeting::one(&client, args, out).await?,
        Command::Meetings => meeting::all(&client, out).await?,
        Command::Eval(args) => eval::run(&client, args, out).await?,
        Command::Health => health::run(&client, out).await?,
        Command::Admin(args) => admin::run(&client, args, out).await?,
        Command::Bench(_) | Command::Startup(_) => unreachable!("handled above"),
    })
}

/// Whether to print text for people or JSON for programs.
#[derive(Debug, Clone, Copy)]
struct Output {
    json: bool,
}

impl Output {
    /// Prints `value` as one line of JSON; the pbjson impls give the proto3 JSON mapping.
    fn print_json(self, value: &impl Serialize) {
        println!("{}", serde_json::to_string(value).expect("a message always serialises to JSON"));
    }
}

/// The middle value; the mean of the two middle ones for an even count; 0 for none.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// `document_id [start..end) quote`, the evidence line every subcommand prints.
fn evidence_line(e: &pb::Evidence) -> String {
    format!("{} [{}..{}) {}", e.document_id, e.start, e.end, e.quote)
}
