//! Graceful shutdown: the binary exits 0 promptly on SIGTERM or SIGINT, and the in-process server
//! returns from `serve` once its shutdown future completes, even with a client still connected.
#![cfg(unix)]

use std::time::Duration;

use yrdqa::{SpawnedServer, TestServer};

const PROMPTLY: Duration = Duration::from_secs(5);

fn stops_on(signal: libc::c_int) {
    let mut server = SpawnedServer::spawn(&[]);
    let pid = libc::pid_t::try_from(server.pid()).expect("pid");
    // SAFETY: sends a signal to the child this test spawned and still owns.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill failed");
    let status = server.wait_timeout(PROMPTLY).expect("exited promptly");
    assert!(status.success(), "{status}; stderr:\n{}", server.stderr());
}

#[test]
fn sigterm_exits_zero_promptly() {
    stops_on(libc::SIGTERM);
}

#[test]
fn sigint_exits_zero_promptly() {
    stops_on(libc::SIGINT);
}

#[tokio::test]
async fn the_in_process_server_stops_with_a_client_connected() {
    let server = TestServer::start().await;
    let client = server.client().await;
    client.list_meetings().await.expect("serving before shutdown");
    tokio::time::timeout(PROMPTLY, server.shutdown()).await.expect("stopped promptly").expect("clean stop");
    assert!(client.list_meetings().await.is_err(), "still answering after shutdown");
}
