//! Bad input gets a clear error, never a crash, and the limits hold: each malformed request is
//! INVALID_ARGUMENT (or NOT_FOUND) with a message naming what is allowed; a request message over
//! its service's limit is RESOURCE_EXHAUSTED; a call whose body never completes takes no place
//! among the concurrent calls (the refusal past that limit is tested on the layer, in
//! `server/src/service/limits.rs`: no QaService call lasts long enough to fill it from here); the
//! server's timeout and the caller's deadline end a call with DEADLINE_EXCEEDED. After each, the
//! server goes on answering.

use std::time::{Duration, Instant};

use tonic::Code;
use yrdqa::TestServer;
use yrdqa::raw::{self, Stalled};
use yrdqa_client::{Client, Error};
use yrdqa_server::engine::MAX_QUESTION_CHARS;
use yrdqa_server::service::Limits;

const QUESTION: &str = "2023年度座谈会在哪里举行？";

/// The code and message of a failed call; panics on success.
fn failure<T: std::fmt::Debug>(result: Result<T, Error>) -> (Code, String) {
    match result {
        Err(Error::Server { code, message }) => (code, message),
        other => panic!("expected a server error, got {other:?}"),
    }
}

/// The server answers questions and serves its facts (whatever the reader makes of the question).
async fn still_answers(client: &Client) {
    client.ask(QUESTION, "", false).await.expect("still answering questions");
    let meeting = client.get_meeting(2023).await.expect("still serving meetings");
    assert_eq!(meeting.city, "合肥");
}

#[tokio::test]
async fn malformed_questions_years_and_dates_are_invalid_argument_naming_the_limit() {
    let server = TestServer::start().await;
    let client = server.client().await;
    for blank in ["", "   ", "\t\n\u{3000}"] {
        let (code, message) = failure(client.ask(blank, "", false).await);
        assert_eq!(code, Code::InvalidArgument, "{blank:?}");
        assert!(message.contains("empty"), "{message}");
    }
    let long = "问".repeat(MAX_QUESTION_CHARS + 1);
    let (code, message) = failure(client.ask(&long, "", false).await);
    assert_eq!(code, Code::InvalidArgument);
    assert!(message.contains("the limit is 512"), "{message}");
    // 10,000 of one character: 30 KB of UTF-8, under the transport limit, so the engine refuses it.
    let (code, message) = failure(client.ask(&"座".repeat(10_000), "", false).await);
    assert_eq!((code, message.contains("10000 characters")), (Code::InvalidArgument, true), "{message}");
    let exactly = format!("{}{}", "问".repeat(MAX_QUESTION_CHARS - QUESTION.chars().count()), QUESTION);
    client.ask(&exactly, "", false).await.expect("a question of exactly the limit is read");

    for bad_date in ["2023-13-01", "yesterday", "2023/06/05", "0000-00-00"] {
        let (code, message) = failure(client.ask(QUESTION, bad_date, false).await);
        assert_eq!(code, Code::InvalidArgument, "{bad_date}");
        assert!(message.contains("yyyy-mm-dd"), "{message}");
    }
    for year in [0, -1, 1899, 3000, i32::MIN, i32::MAX] {
        let (code, message) = failure(client.get_meeting(year).await);
        assert_eq!(code, Code::InvalidArgument, "{year}");
        assert!(message.contains("1900..=2999"), "{message}");
    }
    let (code, message) = failure(client.get_meeting(1950).await);
    assert_eq!(code, Code::NotFound);
    assert!(message.contains("1950"), "{message}");
    still_answers(&client).await;
}

#[tokio::test]
async fn odd_but_valid_questions_get_an_answer_not_an_error() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let odd = [
        "2023年度\u{0}座谈会\u{7}在哪里\u{1b}[31m举行？",
        "座谈会🎉🎉在哪里举行？👍",
        "Where was the 2023年度 Главное 座谈会 held? ここはどこ",
        "\u{202e}2023年度座谈会在哪里举行？\u{200b}\u{feff}",
        "２０２３年度座談會在哪裡舉行？",
        "？？？？？？",
        "e\u{301}\u{301}\u{301}\u{301}",
        &"座".repeat(MAX_QUESTION_CHARS),
    ];
    for question in odd {
        let reply = client.ask(question, "", true).await.unwrap_or_else(|e| panic!("{question:?}: {e}"));
        assert!(!reply.sentence.is_empty(), "{question:?}: {reply:?}");
    }
    still_answers(&client).await;
}

#[tokio::test]
async fn a_message_over_the_limit_is_resource_exhausted_naming_it_and_the_server_goes_on() {
    let limits = Limits { max_request_bytes: 4096, ..Limits::default() };
    let server = TestServer::start_with_limits(limits).await;
    let client = server.client().await;
    // Characters the engine would refuse anyway: the transport must refuse first, unread.
    let (code, message) = failure(client.ask(&"a".repeat(5000), "", false).await);
    assert_eq!(code, Code::ResourceExhausted);
    assert!(message.contains("at most 4096 bytes"), "{message}");
    still_answers(&client).await;

    // The default limit is 64 KiB: a 100 KB question is refused the same way.
    let server = TestServer::start().await;
    let client = server.client().await;
    let (code, message) = failure(client.ask(&"a".repeat(100_000), "", false).await);
    assert_eq!(code, Code::ResourceExhausted);
    assert!(message.contains("at most 65536 bytes"), "{message}");
    // A length prefix announcing 4 GB is refused from the prefix alone.
    let mut lying = raw::frame(b"").to_vec();
    lying[1..5].copy_from_slice(&u32::MAX.to_be_bytes());
    let (code, _) = raw::unary(server.addr(), "/yrdqa.v1.QaService/Ask", lying.into()).await;
    assert_eq!(code, Code::ResourceExhausted);
    still_answers(&client).await;
}

#[tokio::test]
async fn calls_whose_body_never_completes_take_no_call_slot_and_health_still_answers() {
    // Two slots: before the fix, two stalled bodies were enough to refuse everyone else.
    let limits = Limits { max_concurrent_calls: 2, ..Limits::default() };
    let server = TestServer::start_with_limits(limits).await;
    let client = server.client().await;
    let first = Stalled::ask(server.addr(), &[]).await;
    let second = Stalled::ask(server.addr(), &[]).await;
    let third = Stalled::ask(server.addr(), &[]).await;

    let started = Instant::now();
    still_answers(&client).await;
    assert!(started.elapsed() < Duration::from_secs(2), "answered in {:?}", started.elapsed());
    client.list_meetings().await.expect("meetings while bodies stall");
    assert_eq!(client.health().await.expect("health").as_str_name(), "SERVING");
    drop((first, second, third));
    still_answers(&client).await;
}

#[tokio::test]
async fn the_callers_deadline_and_the_servers_timeout_end_a_call_with_deadline_exceeded() {
    let limits = Limits { request_timeout: Duration::from_millis(800), ..Limits::default() };
    let server = TestServer::start_with_limits(limits).await;

    // The caller's deadline, shorter than the server's.
    let started = Instant::now();
    let call = Stalled::ask(server.addr(), &[("grpc-timeout", "300m")]).await;
    let (code, message) = raw::status(call.response).await;
    let took = started.elapsed();
    assert_eq!(code, Code::DeadlineExceeded, "{message}");
    assert!(message.contains("caller's deadline of 300ms"), "{message}");
    assert!(took >= Duration::from_millis(250) && took < Duration::from_millis(750), "{took:?}");

    // No deadline of the caller's: the server's own timeout.
    let started = Instant::now();
    let call = Stalled::ask(server.addr(), &[]).await;
    let (code, message) = raw::status(call.response).await;
    assert_eq!(code, Code::DeadlineExceeded, "{message}");
    assert!(message.contains("server's limit of 800ms"), "{message}");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());

    // A deadline the call meets changes nothing.
    let client = server.client().await;
    let mut channel = yrdqa_proto::v1::qa_service_client::QaServiceClient::new(server.channel().await);
    let mut request =
        tonic::Request::new(yrdqa_proto::v1::AskRequest { question: QUESTION.into(), ..Default::default() });
    request.set_timeout(Duration::from_secs(5));
    channel.ask(request).await.expect("answered within the deadline");
    still_answers(&client).await;
}
