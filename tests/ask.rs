//! `QaService.Ask` end to end: a question is answered from extracted facts with evidence that
//! points into the corpus, and every malformed request is INVALID_ARGUMENT saying what is allowed.

use tonic::Code;
use yrdqa::{TestServer, assert_evidence_in_corpus};
use yrdqa_client::pb::AnswerStatus;

#[tokio::test]
async fn the_2023_location_is_answered_with_hefei_and_evidence() {
    let server = TestServer::start().await;
    let reply = server.client().await.ask("2023年度座谈会在哪里举行？", "", false).await.expect("ask");
    assert_eq!(reply.status(), AnswerStatus::Answered, "{reply:?}");
    assert!(reply.answer.contains("合肥"), "answer {:?}", reply.answer);
    assert!(reply.sentence.contains("合肥"), "sentence {:?}", reply.sentence);
    assert_eq!(reply.slots.as_ref().map(|s| s.year), Some(2023), "{reply:?}");
    assert!(reply.evidence.iter().any(|e| e.quote.contains("合肥")), "no evidence names 合肥: {:?}", reply.evidence);
    reply.evidence.iter().for_each(assert_evidence_in_corpus);
}

#[tokio::test]
async fn explain_reports_the_reading_against_the_given_date() {
    let server = TestServer::start().await;
    let reply = server.client().await.ask("今年的座谈会在哪里举行？", "2024-07-01", true).await.expect("ask");
    let explanation = reply.explanation.expect("explanation requested");
    assert_eq!(explanation.as_of, "2024-07-01");
    assert!(!explanation.normalized.is_empty() && !explanation.tokens.is_empty(), "{explanation:?}");

    // The cue words found, each with its kind and family, in the order of the question.
    let reply = server.client().await.ask("2024年今年的座谈会在哪里举行？", "", true).await.expect("ask");
    let cues = reply.explanation.expect("explanation requested").cues;
    let at = |c: &str| cues.iter().position(|x| x == c).unwrap_or_else(|| panic!("no {c:?} in {cues:?}"));
    assert!(at("REL:this_year 今年") < at("ASK:where 哪里"), "{cues:?}");
    // Only asked for: a plain ask carries no explanation.
    let plain = server.client().await.ask("2024年今年的座谈会在哪里举行？", "", false).await.expect("ask");
    assert!(plain.explanation.is_none(), "{plain:?}");
}

#[tokio::test]
async fn malformed_requests_are_invalid_argument_saying_what_is_allowed() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let too_long = "问".repeat(513);
    let cases = [
        ("", "", "question is empty"),
        ("   ", "", "question is empty"),
        (too_long.as_str(), "", "limit is 512"),
        ("2023年度座谈会在哪里举行？", "2023-02-30", "yyyy-mm-dd"),
        ("2023年度座谈会在哪里举行？", "yesterday", "yyyy-mm-dd"),
    ];
    for (question, as_of, says) in cases {
        let err = client.ask(question, as_of, false).await.expect_err("rejected");
        assert_eq!(err.code(), Some(Code::InvalidArgument), "{err}");
        assert!(err.to_string().contains(says), "{err:?} should say {says:?}");
    }
}

#[tokio::test]
async fn a_question_at_the_length_limit_is_accepted() {
    let server = TestServer::start().await;
    let reply = server.client().await.ask(&"问".repeat(512), "", false).await.expect("512 characters are allowed");
    assert_ne!(reply.status(), AnswerStatus::Answered, "{reply:?}");
}
