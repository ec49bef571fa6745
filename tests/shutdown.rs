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

/// A health watcher (what client-side health checking holds), a reflection stream and an idle
/// connection no longer keep the server alive: the watcher hears NOT_SERVING, and the binary exits
/// 0 at once, long before its 10 s grace period.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_completes_with_a_watcher_a_reflection_stream_and_an_idle_connection() {
    use tokio_stream::StreamExt;
    use tonic_health::pb::{HealthCheckRequest, health_check_response::ServingStatus, health_client::HealthClient};
    use tonic_reflection::pb::v1::{ServerReflectionRequest, server_reflection_client::ServerReflectionClient};

    let mut server = SpawnedServer::spawn(&[]);
    let channel = || async {
        tonic::transport::Endpoint::from_shared(server.url()).expect("url").connect().await.expect("connect")
    };
    let mut watch = HealthClient::new(channel().await)
        .watch(HealthCheckRequest { service: String::new() })
        .await
        .expect("watch")
        .into_inner();
    let first = watch.next().await.expect("a first status").expect("a status");
    assert_eq!(first.status(), ServingStatus::Serving);
    let (_keep_open, requests) = tokio::sync::mpsc::channel::<ServerReflectionRequest>(1);
    let _reflection = ServerReflectionClient::new(channel().await)
        .server_reflection_info(tokio_stream::wrappers::ReceiverStream::new(requests))
        .await
        .expect("a reflection stream");
    let idle = channel().await;

    let pid = libc::pid_t::try_from(server.pid()).expect("pid");
    let started = std::time::Instant::now();
    // SAFETY: sends a signal to the child this test spawned and still owns.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0, "kill failed");
    let next = tokio::time::timeout(PROMPTLY, watch.next()).await.expect("the watcher hears of it");
    assert_eq!(next.expect("a status").expect("a status").status(), ServingStatus::NotServing);
    let status = tokio::task::block_in_place(|| server.wait_timeout(PROMPTLY)).expect("exited within the grace");
    assert!(status.success(), "{status}; stderr:\n{}", server.stderr());
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    println!("shut down in {:?} with a watcher, a reflection stream and an idle connection", started.elapsed());
    drop(idle);
}

/// A call still in flight past the grace period is cut off, and the exit is still 0.
#[test]
fn the_grace_period_bounds_the_wait_for_calls_in_flight() {
    let mut server = SpawnedServer::spawn(&["--shutdown-grace", "1s", "--body-timeout", "60s"]);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let _stalled = runtime.block_on(yrdqa::raw::Stalled::ask(server.addr(), &[]));
    let pid = libc::pid_t::try_from(server.pid()).expect("pid");
    let started = std::time::Instant::now();
    // SAFETY: as above.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0, "kill failed");
    let status = server.wait_timeout(PROMPTLY).expect("exited after the grace");
    assert!(status.success(), "{status}; stderr:\n{}", server.stderr());
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(4), "{took:?}");
}
