//! Protocol strictness and bounded echoes: a request whose content-type is not gRPC is refused
//! (HTTP 415, INVALID_ARGUMENT, as grpc-go), a second message in a unary call is INTERNAL (as
//! grpc-go), and no error message repeats more than about 100 characters of what was sent.

use bytes::Bytes;
use tonic::Code;
use yrdqa::TestServer;
use yrdqa::raw;
use yrdqa_client::Error;
use yrdqa_server::engine::MAX_ECHO_CHARS;

const ASK: &str = "/yrdqa.v1.QaService/Ask";

fn question() -> Vec<u8> {
    raw::ask_request("2023年度座谈会在哪里举行？".as_bytes())
}

#[tokio::test]
async fn a_content_type_that_is_not_grpc_is_refused_unread() {
    let server = TestServer::start().await;
    for content_type in ["application/json", "text/plain", "application/grpc-web"] {
        let mut send = raw::connect(server.addr()).await.ready().await.expect("ready");
        let request = http::Request::post(format!("http://yrdqa{ASK}"))
            .header("content-type", content_type)
            .header("te", "trailers")
            .body(())
            .expect("request");
        let (response, mut body) = send.send_request(request, false).expect("send");
        body.send_data(raw::frame(&question()), true).expect("body");
        let response = response.await.expect("a response");
        assert_eq!(response.status(), http::StatusCode::UNSUPPORTED_MEDIA_TYPE, "{content_type}");
        assert_eq!(response.headers().get("grpc-status").map(|v| v.as_bytes()), Some(&b"3"[..]), "{content_type}");
    }
    // application/grpc+proto is gRPC.
    let mut connection = raw::connect(server.addr()).await;
    let (response, mut stream) = raw::start(&mut connection, ASK, &[("content-type", "application/grpc+proto")]).await;
    stream.send_data(raw::frame(&question()), true).expect("body");
    assert_eq!(raw::status(response).await.0, Code::Ok);
}

#[tokio::test]
async fn a_second_message_in_a_unary_call_is_internal() {
    let server = TestServer::start().await;
    let mut two = raw::frame(&question()).to_vec();
    two.extend_from_slice(&raw::frame(&question()));
    let (code, message) = raw::unary(server.addr(), ASK, Bytes::from(two)).await;
    assert_eq!(code, Code::Internal, "{message}");
    assert!(message.contains("second"), "{message}");
    let (code, _) = raw::unary(server.addr(), ASK, raw::frame(&question())).await;
    assert_eq!(code, Code::Ok);
}

#[tokio::test]
async fn an_error_quotes_at_most_about_a_hundred_characters_of_the_input() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let as_of = "9".repeat(60_000);
    match client.ask("2023年度座谈会在哪里举行？", &as_of, false).await {
        Err(Error::Server { code, message }) => {
            assert_eq!(code, Code::InvalidArgument);
            assert!(message.len() < 2 * MAX_ECHO_CHARS + 200, "{} bytes: {message}", message.len());
            assert!(message.contains("yyyy-mm-dd"), "{message}");
        }
        other => panic!("expected INVALID_ARGUMENT, got {other:?}"),
    }
}
