//! `yrdqa eval FILE.jsonl`: asks every question of a golden set and reports accuracy per tier,
//! how many replies had each status, how many cases stated a status or an intent, and each failure
//! with the reply (its status and intent included). Failing answers are a result, not an error: the exit code is
//! non-zero only when the server cannot be asked, or when `--min-core` is not met.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use yrdqa_client::golden::{Case, Tier, read_cases};
use yrdqa_client::{Client, Error, pb, status_name};

use super::Output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The question set, one JSON case a line (the format of tests/golden/dev.jsonl).
    file: PathBuf,
    /// Exit non-zero when the share of core cases passed (0 to 1) is below this.
    #[arg(long, value_name = "RATIO")]
    min_core: Option<f64>,
}

#[derive(Debug, Default, Clone, Copy, Serialize)]
struct Score {
    passed: usize,
    total: usize,
    accuracy: f64,
}

impl Score {
    fn add(&mut self, passed: bool) {
        self.passed += usize::from(passed);
        self.total += 1;
        self.accuracy = self.passed as f64 / self.total as f64;
    }
}

#[derive(Debug, Serialize)]
struct Failure {
    id: String,
    tier: Tier,
    question: String,
    problems: Vec<String>,
    reply: pb::AskResponse,
}

#[derive(Debug, Serialize)]
struct Summary {
    file: String,
    tiers: BTreeMap<Tier, Score>,
    total: Score,
    /// How many replies had each status (`NOT_FOUND`: 12).
    statuses: BTreeMap<&'static str, usize>,
    /// How many cases stated the status, and the intent, their reply must have.
    stated_status: usize,
    stated_intent: usize,
    failures: Vec<Failure>,
}

pub async fn run(client: &Client, args: Args, out: Output) -> Result<ExitCode, Error> {
    let cases = read_cases(&args.file)?;
    let mut summary = Summary {
        file: args.file.display().to_string(),
        tiers: BTreeMap::new(),
        total: Score::default(),
        statuses: BTreeMap::new(),
        stated_status: 0,
        stated_intent: 0,
        failures: Vec::new(),
    };
    for case in cases {
        let reply = client.ask(&case.q, "", false).await?;
        let verdict = case.check(&reply);
        summary.tiers.entry(case.tier).or_default().add(verdict.is_ok());
        summary.total.add(verdict.is_ok());
        *summary.statuses.entry(status_name(reply.status)).or_default() += 1;
        summary.stated_status += usize::from(case.status.is_some());
        summary.stated_intent += usize::from(case.intent.is_some());
        if let Err(problems) = verdict {
            let Case { id, tier, q, .. } = case;
            summary.failures.push(Failure { id, tier, question: q, problems, reply });
        }
    }
    if out.json {
        out.print_json(&summary);
    } else {
        show(&summary);
    }
    Ok(gate(&summary, args.min_core))
}

fn show(summary: &Summary) {
    for f in &summary.failures {
        println!("FAIL {} [{}] {}", f.id, f.tier, f.question);
        for problem in &f.problems {
            println!("     {problem}");
        }
        let r = &f.reply;
        println!(
            "     reply: {} intent={} answer={:?} sentence={:?}",
            status_name(r.status),
            r.intent,
            r.answer,
            r.sentence
        );
    }
    let statuses: Vec<String> = summary.statuses.iter().map(|(s, n)| format!("{s} {n}")).collect();
    println!("replies: {}", statuses.join(", "));
    println!(
        "stated: status {}, intent {} of {} cases",
        summary.stated_status, summary.stated_intent, summary.total.total
    );
    let rows = summary.tiers.iter().map(|(tier, score)| (tier.as_str(), score)).chain([("total", &summary.total)]);
    for (name, s) in rows {
        println!("{name:<8} {:>4}/{:<4} {:>6.1}%", s.passed, s.total, s.accuracy * 100.0);
    }
}

fn gate(summary: &Summary, min_core: Option<f64>) -> ExitCode {
    let Some(min) = min_core else { return ExitCode::SUCCESS };
    let core = summary.tiers.get(&Tier::Core).copied().unwrap_or_default();
    if core.total > 0 && core.accuracy >= min {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "yrdqa: core accuracy {:.1}% ({}/{}) is below --min-core {:.1}%",
        core.accuracy * 100.0,
        core.passed,
        core.total,
        min * 100.0
    );
    ExitCode::FAILURE
}
