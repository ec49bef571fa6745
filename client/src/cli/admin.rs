//! `yrdqa admin add FILE` and `yrdqa admin reload`: live ingestion through AdminService. The token
//! comes from `YRDQA_ADMIN_TOKEN` (or `--token`, which other users of the machine can see in the
//! process list, so the variable is preferred).

use std::path::PathBuf;
use std::process::ExitCode;

use yrdqa_client::{Client, Error, pb};

use super::Output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The server's admin token.
    #[arg(long, env = "YRDQA_ADMIN_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Add an article (UTF-8 text) to the server's corpus and print what was extracted from it.
    Add(AddArgs),
    /// Make the server re-read its corpus directory.
    Reload,
}

#[derive(Debug, clap::Args)]
struct AddArgs {
    /// The article.
    file: PathBuf,
    /// Its name in the corpus (default: the file's name); `.txt` is appended when missing.
    #[arg(long)]
    name: Option<String>,
    /// Overwrite a different document of the same name.
    #[arg(long)]
    replace: bool,
}

pub async fn run(client: &Client, args: Args, out: Output) -> Result<ExitCode, Error> {
    match args.command {
        Command::Add(add) => {
            let read_error = |source| Error::Read { path: add.file.display().to_string(), source };
            let text = std::fs::read_to_string(&add.file).map_err(read_error)?;
            let name = match add.name {
                Some(name) => name,
                None => add.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            };
            match client.add_document(&name, &text, add.replace).await {
                Ok(report) => show_report(&report, out),
                // What was understood is the operator's clue to why it was refused.
                Err(Error::Rejected { code, message, report }) => {
                    show_report(&report, out);
                    return Err(Error::Rejected { code, message, report });
                }
                Err(e) => return Err(e),
            }
        }
        Command::Reload => {
            let reloaded = client.reload_corpus().await?;
            if out.json {
                out.print_json(&reloaded);
            } else {
                println!(
                    "reloaded: {} documents, {} meetings, {} facts",
                    reloaded.documents, reloaded.meetings, reloaded.facts
                );
                for report in &reloaded.reports {
                    println!("{}", summary(report));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn show_report(report: &pb::ExtractionReport, out: Output) {
    if out.json {
        out.print_json(report);
        return;
    }
    println!("{}", summary(report));
    for line in &report.lines {
        println!("    {line}");
    }
    for warning in &report.warnings {
        println!("    warning: {warning}");
    }
}

/// `id: about the meeting or forum; meetings 2023, 2024; forums 2023; 31 facts`, as `--check`
/// prints it.
fn summary(report: &pb::ExtractionReport) -> String {
    let genre = if report.in_genre { "about the meeting or forum" } else { "not about the meeting" };
    let years: Vec<String> = report.meeting_years.iter().map(i32::to_string).collect();
    let years = if years.is_empty() { "no meeting".to_string() } else { format!("meetings {}", years.join(", ")) };
    let forums: Vec<String> = report.forum_years.iter().map(i32::to_string).collect();
    let forums = if forums.is_empty() { String::new() } else { format!("; forums {}", forums.join(", ")) };
    format!("{}: {genre}; {years}{forums}; {} facts", report.document_id, report.facts)
}
