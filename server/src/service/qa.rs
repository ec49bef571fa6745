//! `yrdqa.v1.QaService`: each handler converts the request, calls the engine once and converts
//! the result back. Validation is the engine's (it owns the limits); errors become statuses in
//! `error.rs`. `Ask` works on encoded messages ([`QaApi::ask_encoded`], which `wire.rs` serves)
//! and first looks in the answer cache (`cache.rs`): a question asked again is answered without
//! decoding or reading it again.

use std::sync::Arc;

use bytes::Bytes;
use prost::Message;
use tonic::{Request, Response, Status};
use yrdqa_proto::v1 as pb;
use yrdqa_proto::v1::qa_service_server::QaService;

use super::SharedEngine;
use super::cache::AnswerCache;
use super::convert::MeetingView;
use crate::engine::{Engine, Question};

/// How many `Ask` replies are kept unless told otherwise: ample for the questions people repeat,
/// and a few MB at most (an encoded reply is 0.1 to 2 kB, 0.6 kB on average over the dev set).
pub const DEFAULT_ANSWER_CACHE: usize = 1024;

/// The QaService implementation over a swappable engine.
#[derive(Clone)]
pub struct QaApi {
    engine: SharedEngine,
    answers: Arc<AnswerCache>,
}

impl QaApi {
    /// With an answer cache of [`DEFAULT_ANSWER_CACHE`] replies.
    pub fn new(engine: SharedEngine) -> Self {
        QaApi::with_answer_cache(engine, DEFAULT_ANSWER_CACHE)
    }

    /// With an answer cache of `capacity` replies; 0 asks the engine every time.
    pub fn with_answer_cache(engine: SharedEngine, capacity: usize) -> Self {
        QaApi { engine, answers: Arc::new(AnswerCache::new(capacity)) }
    }

    /// The kept reply to these very request bytes from the serving engine, if there is one.
    pub fn cached(&self, request: &[u8]) -> Option<Bytes> {
        self.answers.get(&self.engine.load(), request)
    }

    /// Answers an encoded `AskRequest` with an encoded `AskResponse`, as [`QaApi::ask_encoded`],
    /// on the blocking pool when the engine must be asked: a question over a pathological corpus
    /// can take long, and must not hold an async worker that health checks, deadlines and other
    /// connections need. A kept reply is returned at once.
    pub async fn ask_off_worker(&self, request: Bytes) -> Result<Bytes, Status> {
        let engine = self.engine.load_full();
        if let Some(reply) = self.answers.get(&engine, &request) {
            return Ok(reply);
        }
        let answers = self.answers.clone();
        tokio::task::spawn_blocking(move || answer_and_keep(&answers, &engine, &request))
            .await
            .map_err(|e| Status::internal(format!("the question could not be answered: {e}")))?
    }

    /// Answers an encoded `AskRequest` with an encoded `AskResponse`: from the cache when these
    /// very bytes were answered by the serving engine before, else from the engine.
    pub fn ask_encoded(&self, request: &[u8]) -> Result<Bytes, Status> {
        let engine = self.engine.load();
        match self.answers.get(&engine, request) {
            Some(reply) => Ok(reply),
            None => answer_and_keep(&self.answers, &engine, request),
        }
    }
}

/// Asks `engine` and keeps its reply: the cache was looked up once already, so that each question
/// counts as one hit or one miss.
fn answer_and_keep(answers: &AnswerCache, engine: &Arc<Engine>, request: &[u8]) -> Result<Bytes, Status> {
    // As tonic's protobuf codec and grpc-go answer a message they cannot decode.
    let decoded = pb::AskRequest::decode(request).map_err(|e| Status::internal(e.to_string()))?;
    let reply = Bytes::from(pb::AskResponse::from(engine.ask(&Question::from(decoded))?).encode_to_vec());
    answers.put(engine, request, reply.clone());
    Ok(reply)
}

#[tonic::async_trait]
impl QaService for QaApi {
    /// The typed form of [`QaApi::ask_encoded`], for callers in process; the wire never takes it.
    async fn ask(&self, request: Request<pb::AskRequest>) -> Result<Response<pb::AskResponse>, Status> {
        let reply = self.ask_encoded(&request.into_inner().encode_to_vec())?;
        let decoded = pb::AskResponse::decode(reply).map_err(|e| Status::internal(e.to_string()))?;
        Ok(Response::new(decoded))
    }

    async fn get_meeting(&self, request: Request<pb::GetMeetingRequest>) -> Result<Response<pb::Meeting>, Status> {
        let year = request.into_inner().year;
        let engine = self.engine.load();
        let meeting = engine.meeting(year)?;
        Ok(Response::new(MeetingView::of(&engine, meeting).into()))
    }

    async fn list_meetings(
        &self,
        _request: Request<pb::ListMeetingsRequest>,
    ) -> Result<Response<pb::ListMeetingsResponse>, Status> {
        let engine = self.engine.load();
        let meetings = engine.meetings().map(|m| MeetingView::of(&engine, m).into()).collect();
        Ok(Response::new(pb::ListMeetingsResponse { meetings }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Engine, SourceDocument};
    use crate::service::shared;

    async fn ask(api: &QaApi, question: &str) -> pb::AskResponse {
        let request = Request::new(pb::AskRequest { question: question.into(), ..Default::default() });
        api.ask(request).await.expect("an answer").into_inner()
    }

    fn unrelated_corpus() -> Engine {
        Engine::build(vec![SourceDocument { id: "x".into(), text: "今天天气晴朗。".into() }])
    }

    #[tokio::test]
    async fn a_repeated_question_gets_the_engines_reply_again_until_the_engine_is_swapped() {
        let engine = shared(Engine::builtin());
        let api = QaApi::new(engine.clone());
        let question = "2023年度座谈会在哪里举行？";
        let first = ask(&api, question).await;
        assert_eq!(api.answers.len(), 1);
        assert_eq!(ask(&api, question).await, first, "the kept reply is the engine's");
        let uncached = QaApi::with_answer_cache(engine.clone(), 0);
        assert_eq!(ask(&uncached, question).await, first);
        assert!(uncached.answers.is_empty());

        engine.store(std::sync::Arc::new(unrelated_corpus()));
        assert_ne!(ask(&api, question).await, first, "a swapped-in engine answers for itself");
    }

    #[tokio::test]
    async fn off_the_workers_the_engine_answers_the_same_and_the_reply_is_kept() {
        let api = QaApi::new(shared(Engine::builtin()));
        let bytes = Bytes::from(
            pb::AskRequest { question: "2023年度座谈会在哪里举行？".into(), ..Default::default() }.encode_to_vec(),
        );
        assert!(api.cached(&bytes).is_none());
        let reply = api.ask_off_worker(bytes.clone()).await.expect("an answer");
        let kept = api.cached(&bytes).expect("kept");
        assert_eq!(kept.as_ptr(), reply.as_ptr(), "the blocking pool's reply is the kept one");
        assert_eq!(api.ask_off_worker(bytes).await.expect("again").as_ptr(), reply.as_ptr());
        let status = api.ask_off_worker(Bytes::from_static(b"\x0a\x03\xff\xfe\xfd")).await.expect_err("not UTF-8");
        assert_eq!(status.code(), tonic::Code::Internal);
    }

    #[test]
    fn encoded_requests_get_the_engines_encoded_reply_and_a_repeat_shares_it() {
        let api = QaApi::new(shared(Engine::builtin()));
        let request = pb::AskRequest { question: "2023年度座谈会在哪里举行？".into(), ..Default::default() };
        let bytes = request.encode_to_vec();
        let reply = api.ask_encoded(&bytes).expect("an answer");
        let engine = api.engine.load();
        let direct = pb::AskResponse::from(engine.ask(&Question::from(request)).expect("an answer"));
        assert_eq!(pb::AskResponse::decode(reply.clone()).expect("a reply"), direct);
        let again = api.ask_encoded(&bytes).expect("an answer");
        assert_eq!(again.as_ptr(), reply.as_ptr(), "a repeat is the kept reply, not a new encoding");

        let status = api.ask_encoded(b"\x0a\x03\xff\xfe\xfd").expect_err("not UTF-8");
        assert_eq!(status.code(), tonic::Code::Internal);
        let empty = pb::AskRequest::default().encode_to_vec();
        assert_eq!(api.ask_encoded(&empty).expect_err("no question").code(), tonic::Code::InvalidArgument);
        assert_eq!(api.answers.len(), 1, "errors are not kept");
    }
}
