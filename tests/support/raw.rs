//! Raw gRPC over HTTP/2 with the `h2` crate, for what the generated clients never send: bytes that
//! are not a valid message, a body that stops half-way, a client that hangs up mid-call.

use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use h2::client::{ResponseFuture, SendRequest};
use h2::{RecvStream, SendStream};
use tokio::net::TcpStream;
use tonic::Code;

use crate::PATIENCE;

/// An HTTP/2 connection to `addr`, its driver running on the current runtime.
pub async fn connect(addr: SocketAddr) -> SendRequest<Bytes> {
    let tcp = TcpStream::connect(addr).await.expect("connect");
    let (send, connection) = h2::client::handshake(tcp).await.expect("HTTP/2 handshake");
    tokio::spawn(async move {
        // Ends with an error when the test hangs up on purpose; nothing to report.
        let _ = connection.await;
    });
    send
}

/// `message` with the gRPC length prefix (uncompressed).
pub fn frame(message: &[u8]) -> Bytes {
    let mut framed = vec![0];
    framed.extend(u32::try_from(message.len()).expect("small message").to_be_bytes());
    framed.extend(message);
    framed.into()
}

/// A protobuf message of one length-delimited field (a `string`, as far as the wire goes): field
/// 1 of `AskRequest` is the question, so `ask_request(b"\xff")` is a question that is not UTF-8.
pub fn ask_request(question: &[u8]) -> Vec<u8> {
    let mut message = vec![0x0a];
    let mut len = question.len();
    // Varint length.
    loop {
        let byte = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            message.push(byte);
            break;
        }
        message.push(byte | 0x80);
    }
    message.extend(question);
    message
}

/// Starts a unary call to `path` with `headers` added; the body is the caller's to send.
pub async fn start(
    send: &mut SendRequest<Bytes>,
    path: &str,
    headers: &[(&str, &str)],
) -> (ResponseFuture, SendStream<Bytes>) {
    let mut request = http::Request::post(format!("http://yrdqa{path}"))
        .header("content-type", "application/grpc")
        .header("te", "trailers");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let send = send.clone().ready().await.expect("connection ready");
    let mut send = send;
    send.send_request(request.body(()).expect("request"), false).expect("send headers")
}

/// The gRPC status of a response: in its headers (trailers-only) or its trailers.
pub async fn status(response: ResponseFuture) -> (Code, String) {
    let response = tokio::time::timeout(PATIENCE, response).await.expect("answered in time").expect("a response");
    let (parts, body) = response.into_parts();
    if let Some(found) = grpc_status(&parts.headers) {
        return found;
    }
    let trailers = trailers(body).await;
    grpc_status(&trailers).expect("a grpc-status in the trailers")
}

async fn trailers(mut body: RecvStream) -> http::HeaderMap {
    while let Some(data) = body.data().await {
        let data = data.expect("response body");
        let _ = body.flow_control().release_capacity(data.len());
    }
    body.trailers().await.expect("trailers").unwrap_or_default()
}

fn grpc_status(headers: &http::HeaderMap) -> Option<(Code, String)> {
    let code = Code::from_bytes(headers.get("grpc-status")?.as_bytes());
    let message = headers.get("grpc-message").map(|m| m.to_str().unwrap_or_default()).unwrap_or_default();
    Some((code, percent_decode(message)))
}

/// grpc-message is percent-encoded UTF-8.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One complete unary call of `body` (already framed or deliberately not) to `path`.
pub async fn unary(addr: SocketAddr, path: &str, body: Bytes) -> (Code, String) {
    let mut send = connect(addr).await;
    let (response, mut stream) = start(&mut send, path, &[]).await;
    stream.send_data(body, true).expect("send body");
    status(response).await
}

/// A call whose body stops half-way through its message and never goes on: the server holds it
/// as a call in flight until the call's deadline, or until the client hangs up.
pub struct Stalled {
    pub response: ResponseFuture,
    // Kept so the stream stays open; dropping the whole struct resets it.
    _stream: SendStream<Bytes>,
    _connection: SendRequest<Bytes>,
}

impl Stalled {
    /// Starts an `Ask` that never finishes sending, with `headers` (e.g. a `grpc-timeout`).
    pub async fn ask(addr: SocketAddr, headers: &[(&str, &str)]) -> Stalled {
        let stalled = Stalled::ask_on(&connect(addr).await, headers).await;
        // Let the server see the call before the test goes on.
        tokio::time::sleep(Duration::from_millis(100)).await;
        stalled
    }

    /// The same on an open `connection`, with no pause: many such calls can share one connection.
    pub async fn ask_on(connection: &SendRequest<Bytes>, headers: &[(&str, &str)]) -> Stalled {
        let mut connection = connection.clone();
        let (response, mut stream) = start(&mut connection, "/yrdqa.v1.QaService/Ask", headers).await;
        let whole = frame(&ask_request("2023年度座谈会在哪里举行？".as_bytes()));
        // 8 bytes: the prefix and the start of the message, as in the attack the limit must survive.
        stream.send_data(whole.slice(..8), false).expect("send the start of a message");
        Stalled { response, _stream: stream, _connection: connection }
    }
}
