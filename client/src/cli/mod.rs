//! The subcommands of `yrdqa` and what they share: the connection flags and how evidence prints.

mod admin;
mod ask;
mod eval;
mod health;
mod meeting;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::Serialize;
use yrdqa_client::{Client, ConnectOptions, DEFAULT_ADDR, Error, pb};

/// Asks a yrdqa server about the 长三角地区主要领导座谈会.
#[derive(Debug, Parser)]
#[command(name = "yrdqa", version)]
pub struct Cli {
    /// The server, http://host:port (https://host:port with --ca).
    #[arg(long, env = "YRDQA_ADDR", default_value = DEFAULT_ADDR, global = true)]
    addr: String,
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
}

pub async fn run(cli: Cli) -> Result<ExitCode, Error> {
    let ca_pem = match &cli.ca {
        Some(path) => {
            Some(std::fs::read(path).map_err(|source| Error::Read { path: path.display().to_string(), source })?)
        }
        None => None,
    };
    let admin_token = match &cli.command {
        Command::Admin(args) => args.token.clone(),
        _ => None,
    };
    let client = Client::connect_with(&cli.addr, ConnectOptions { ca_pem, admin_token }).await?;
    let out = Output { json: cli.json };
    match cli.command {
        Command::Ask(args) => ask::run(&client, args, out).await,
        Command::Meeting(args) => meeting::one(&client, args, out).await,
        Command::Meetings => meeting::all(&client, out).await,
        Command::Eval(args) => eval::run(&client, args, out).await,
        Command::Health => health::run(&client, out).await,
        Command::Admin(args) => admin::run(&client, args, out).await,
    }
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

/// `document_id [start..end) quote`, the evidence line every subcommand prints.
fn evidence_line(e: &pb::Evidence) -> String {
    format!("{} [{}..{}) {}", e.document_id, e.start, e.end, e.quote)
}
