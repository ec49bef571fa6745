//! `yrdqa.v1.QaService`: each handler converts the request, calls the engine once and converts
//! the result back. Validation is the engine's (it owns the limits); errors become statuses in
//! `error.rs`. `Ask` first looks in the answer cache (`cache.rs`): a question asked again is
//! answered without reading it again.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use yrdqa_proto::v1 as pb;
use yrdqa_proto::v1::qa_service_server::QaService;

use super::SharedEngine;
use super::cache::{AnswerCache, AskKey};
use super::convert::MeetingView;
use crate::engine::Question;

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
}

#[tonic::async_trait]
impl QaService for QaApi {
    async fn ask(&self, request: Request<pb::AskRequest>) -> Result<Response<pb::AskResponse>, Status> {
        let engine = self.engine.load();
        let question = Question::from(request.into_inner());
        let key = AskKey::from(&question);
        if let Some(reply) = self.answers.get(&engine, &key) {
            return Ok(Response::new(reply));
        }
        let reply = pb::AskResponse::from(engine.ask(&question)?);
        self.answers.put(&engine, key, &reply);
        Ok(Response::new(reply))
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
}
