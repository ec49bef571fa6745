//! `yrdqa ask`: one question from the command line, or one a line from stdin.

use std::io::BufRead;
use std::process::ExitCode;

use yrdqa_client::{Client, Error, pb, status_name};

use super::{Output, evidence_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The question in Chinese; `-` or nothing reads one question a line from stdin.
    question: Option<String>,
    /// Read relative words (今年, 下一届) against this ISO date instead of the server's.
    #[arg(long, default_value = "")]
    as_of: String,
    /// Also show how the question was read.
    #[arg(long)]
    explain: bool,
}

pub async fn run(client: &Client, args: Args, out: Output) -> Result<ExitCode, Error> {
    match args.question.as_deref() {
        Some(question) if question != "-" => ask(client, &args, question, out).await?,
        _ => {
            let mut first = true;
            for line in std::io::stdin().lock().lines() {
                let line = line.map_err(|source| Error::Read { path: "stdin".into(), source })?;
                let question = line.trim();
                if question.is_empty() {
                    continue;
                }
                // A blank line between replies; JSON stays one object a line.
                if !first && !out.json {
                    println!();
                }
                first = false;
                ask(client, &args, question, out).await?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn ask(client: &Client, args: &Args, question: &str, out: Output) -> Result<(), Error> {
    let reply = client.ask(question, &args.as_of, args.explain).await?;
    if out.json {
        out.print_json(&reply);
    } else {
        show(&reply);
    }
    Ok(())
}

fn show(r: &pb::AskResponse) {
    println!("{}", r.sentence);
    println!("  answer:     {}", r.answer);
    println!("  status:     {}", status_name(r.status));
    if !r.intent.is_empty() {
        println!("  intent:     {}", r.intent);
    }
    if !r.candidates.is_empty() {
        println!("  candidates: {}", r.candidates.join("、"));
    }
    for e in &r.evidence {
        println!("  evidence:   {}", evidence_line(e));
    }
    if let Some(x) = &r.explanation {
        println!("  normalized: {}", x.normalized);
        println!("  tokens:     {}", x.tokens.join(" / "));
        for e in &x.entities {
            let fuzzy = if e.fuzzy { " (fuzzy)" } else { "" };
            println!("  entity:     {} {} → {}{fuzzy}", e.kind, e.text, e.canonical);
        }
        for c in &x.cues {
            println!("  cue:        {c}");
        }
        println!("  query:      {}", x.query);
        println!("  rule:       {}", x.rule);
        println!("  as of:      {}", x.as_of);
    }
}
