//! `yrdqa`: the command-line client of a yrdqa server. The subcommands live in `cli/`; this file
//! only turns their outcome into an exit code and a one-line message on stderr.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// The exit status of a client whose stdout was closed: what a shell reports for death by SIGPIPE.
const CLOSED_STDOUT: i32 = 128 + 13;

fn main() -> ExitCode {
    // SIGPIPE stays ignored (Rust's default), so a server that hangs up while a request is being
    // written is an error like any other: one line and a non-zero exit, not a silent death by
    // signal. Printing to a closed stdout (`yrdqa meetings | head`) is then a failed print, which
    // panics inside `println!`: end quietly there instead, as a command-line tool ends on SIGPIPE.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload.downcast_ref::<String>().map(String::as_str).or(payload.downcast_ref::<&str>().copied());
        let message = message.unwrap_or_default();
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(CLOSED_STDOUT);
        }
        default_hook(info);
    }));
    let cli = cli::Cli::parse();
    let mut runtime = if cli.wants_threads() {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = match runtime.enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("yrdqa: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("yrdqa: {e}");
            ExitCode::FAILURE
        }
    }
}
