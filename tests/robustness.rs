//! The server stays SERVING through what no well-behaved client does: raw garbage on its port,
//! HTTP/1 on an HTTP/2 port, bytes that are not a valid message (invalid UTF-8 in a string field,
//! truncated or random protobuf), unknown methods, clients that hang up mid-call, and peers that
//! stop answering pings.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tonic::Code;
use yrdqa::raw::{self, Stalled};
use yrdqa::{PATIENCE, TestServer};
use yrdqa_server::service::Limits;

const ASK: &str = "/yrdqa.v1.QaService/Ask";

async fn serving(server: &TestServer) {
    let client = server.client().await;
    assert_eq!(client.health().await.expect("health").as_str_name(), "SERVING");
    assert_eq!(client.get_meeting(2023).await.expect("meetings").city, "合肥");
}

/// Reads until the server closes the connection, or `limit` passes; true when it closed.
async fn closed_within(tcp: &mut TcpStream, limit: Duration) -> bool {
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + limit;
    loop {
        match tokio::time::timeout_at(deadline.into(), tcp.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => continue,
            Err(_) => return false,
        }
    }
}

#[tokio::test]
async fn garbage_bytes_and_http1_on_the_port_are_dropped_and_the_server_goes_on() {
    let server = TestServer::start().await;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let garbage: Vec<u8> = (0..65_536)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let http1 = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n".to_vec();
    // A valid preface followed by garbage frames.
    let mut preface_then_junk = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec();
    preface_then_junk.extend(&garbage[..1024]);
    for bytes in [garbage, http1, preface_then_junk, vec![0; 100]] {
        let mut tcp = TcpStream::connect(server.addr()).await.expect("connect");
        // The server may close before taking it all; that is its right.
        let _ = tcp.write_all(&bytes).await;
        assert!(closed_within(&mut tcp, PATIENCE).await, "the server kept a garbage connection open");
        serving(&server).await;
    }
}

#[tokio::test]
async fn messages_that_are_not_valid_requests_are_errors_not_crashes() {
    let server = TestServer::start().await;
    // Invalid UTF-8 in the string field `question`.
    let (code, message) = raw::unary(server.addr(), ASK, raw::frame(&raw::ask_request(b"\xff\xfe\xfd"))).await;
    // tonic's protobuf codec, like grpc-go's, answers INTERNAL for a request it cannot decode.
    assert!(matches!(code, Code::Internal | Code::InvalidArgument), "{code:?} {message}");
    assert!(message.contains("UTF-8"), "{message}");
    let cases: [(&str, Vec<u8>); 4] = [
        ("random bytes as a message", raw::frame(&[0xff; 32]).to_vec()),
        ("a message cut short", raw::frame(&raw::ask_request(b"abc"))[..7].to_vec()),
        ("no prefix at all", b"\x01".to_vec()),
        ("an unknown compression flag", [&[2u8, 0, 0, 0, 1][..], b"x"].concat()),
    ];
    for (what, body) in cases {
        let (code, message) = raw::unary(server.addr(), ASK, body.into()).await;
        assert_ne!(code, Code::Ok, "{what}: {message}");
        serving(&server).await;
    }
    let (code, _) = raw::unary(server.addr(), "/yrdqa.v1.QaService/NoSuchMethod", raw::frame(b"")).await;
    assert_eq!(code, Code::Unimplemented);
    serving(&server).await;
}

#[tokio::test]
async fn clients_that_hang_up_mid_call_leave_nothing_behind() {
    let limits = Limits { max_concurrent_calls: 4, ..Limits::default() };
    let server = TestServer::start_with_limits(limits).await;
    for round in 0..20 {
        // Half a request, then gone.
        drop(Stalled::ask(server.addr(), &[]).await);
        // A whole request, gone before the answer.
        let mut send = raw::connect(server.addr()).await;
        let (response, mut stream) = raw::start(&mut send, ASK, &[]).await;
        stream.send_data(raw::frame(&raw::ask_request("2023年度座谈会在哪里举行？".as_bytes())), true).expect("send");
        drop((response, stream, send));
        if round % 5 == 0 {
            serving(&server).await;
        }
    }
    // Four slots only: had any hung-up call kept one, this would be refused.
    let client = server.client().await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..4 {
            let client = client.clone();
            calls.spawn(async move { client.get_meeting(2023).await.map(|_| ()) });
        }
        let all = calls.join_all().await;
        if all.iter().all(Result::is_ok) {
            break;
        }
        assert!(Instant::now() < deadline, "slots were never given back: {all:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    serving(&server).await;
}

/// HTTP/2 frame types this test reads.
const SETTINGS: u8 = 0x4;
const PING: u8 = 0x6;

#[tokio::test]
async fn a_peer_that_stops_answering_pings_is_disconnected() {
    let limits = Limits {
        keepalive_interval: Duration::from_millis(200),
        keepalive_timeout: Duration::from_millis(300),
        ..Limits::default()
    };
    let server = TestServer::start_with_limits(limits).await;
    let mut tcp = TcpStream::connect(server.addr()).await.expect("connect");
    // The client preface and an empty SETTINGS frame: a valid HTTP/2 client, which then goes silent.
    tcp.write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0").await.expect("preface");
    let started = Instant::now();
    let mut pinged = false;
    loop {
        let mut header = [0u8; 9];
        let read = tokio::time::timeout(PATIENCE, tcp.read_exact(&mut header)).await.expect("the server acts in time");
        if read.is_err() {
            break; // Closed.
        }
        let len = u32::from_be_bytes([0, header[0], header[1], header[2]]) as usize;
        let mut payload = vec![0; len];
        if tcp.read_exact(&mut payload).await.is_err() {
            break;
        }
        match (header[3], header[4] & 1) {
            // Acknowledge the server's settings, as any client would; never answer a ping.
            (SETTINGS, 0) => tcp.write_all(b"\0\0\0\x04\x01\0\0\0\0").await.expect("settings ack"),
            (PING, 0) => pinged = true,
            _ => {}
        }
    }
    assert!(pinged, "the server never pinged");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "dropped only after {took:?}");
    serving(&server).await;
}
