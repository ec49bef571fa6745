//! The `yrdqa` binary's own failures, before any server is involved: a malformed address is one
//! line on stderr and a non-zero exit. (Also what makes `cargo test` build the `yrdqa` binary that
//! the workspace's end-to-end tests run.)

use std::process::Command;

#[test]
fn a_malformed_address_is_refused_on_one_line() {
    let out = Command::new(env!("CARGO_BIN_EXE_yrdqa"))
        .args(["--addr", "http://[::1", "meetings"])
        .env_remove("YRDQA_ADDR")
        .output()
        .expect("run yrdqa");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("yrdqa: invalid server address http://[::1: "), "{stderr}");
}
