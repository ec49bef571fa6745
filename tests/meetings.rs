//! `QaService.GetMeeting` and `ListMeetings` end to end: the meeting of a year carries its place
//! with evidence, the list is oldest first, and bad years get the documented codes.

use tonic::Code;
use yrdqa::{TestServer, assert_evidence_in_corpus};

#[tokio::test]
async fn the_2023_meeting_was_in_hefei_anhui() {
    let server = TestServer::start().await;
    let meeting = server.client().await.get_meeting(2023).await.expect("the 2023 meeting");
    assert_eq!(meeting.year, 2023);
    assert_eq!((meeting.province.as_str(), meeting.city.as_str()), ("安徽", "合肥"));
    assert_eq!((meeting.start_date.as_str(), meeting.end_date.as_str()), ("2023-06-05", "2023-06-06"));
    assert!(meeting.evidence.iter().any(|e| e.quote.contains("合肥")), "{:?}", meeting.evidence);
    meeting.evidence.iter().for_each(assert_evidence_in_corpus);
}

#[tokio::test]
async fn a_year_out_of_range_is_invalid_argument_naming_the_range() {
    let server = TestServer::start().await;
    let err = server.client().await.get_meeting(99999).await.expect_err("rejected");
    assert_eq!(err.code(), Some(Code::InvalidArgument), "{err}");
    assert!(err.to_string().contains("1900..=2999"), "{err}");
}

#[tokio::test]
async fn a_year_without_meeting_is_not_found() {
    let server = TestServer::start().await;
    let err = server.client().await.get_meeting(1950).await.expect_err("no meeting in 1950");
    assert_eq!(err.code(), Some(Code::NotFound), "{err}");
    assert!(err.to_string().contains("1950"), "{err}");
}

#[tokio::test]
async fn the_list_is_oldest_first_and_agrees_with_get_meeting() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let meetings = client.list_meetings().await.expect("list");
    let years: Vec<i32> = meetings.iter().map(|m| m.year).collect();
    assert!(years.windows(2).all(|w| w[0] < w[1]), "not oldest first: {years:?}");
    assert!(years.contains(&2023), "{years:?}");
    for listed in &meetings {
        assert_eq!(&client.get_meeting(listed.year).await.expect("listed year"), listed);
    }
}

#[tokio::test]
async fn a_meeting_known_only_from_a_decision_is_listed() {
    // The 2026 meeting decided that 2027's would be held in 安徽; no article reports it yet.
    let server = TestServer::start().await;
    let meetings = server.client().await.list_meetings().await.expect("list");
    let decided = meetings.iter().find(|m| m.year == 2027).expect("2027 listed");
    assert_eq!((decided.province.as_str(), decided.city.as_str()), ("安徽", ""));
    assert_eq!(decided.decided_by_year, 2026);
    assert!(decided.start_date.is_empty() && decided.attendees.is_empty());
}
