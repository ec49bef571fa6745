//! `yrdqa`: the command-line client of a yrdqa server. The subcommands live in `cli/`; this file
//! only turns their outcome into an exit code and a one-line message on stderr.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Rust ignores SIGPIPE, so printing to a closed pipe (`yrdqa meetings | head`) would panic:
    // take the default action back and end quietly, as other command-line tools do.
    #[cfg(unix)]
    // SAFETY: called first, before any other thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
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
