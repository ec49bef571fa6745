//! `yrdqa`: the command-line client of a yrdqa server. The subcommands live in `cli/`; this file
//! only turns their outcome into an exit code and a one-line message on stderr.

mod cli;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match cli::run(cli::Cli::parse()).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("yrdqa: {e}");
            ExitCode::FAILURE
        }
    }
}
