//! `yrdqa.v1.QaService`: each handler converts the request, calls the engine once and converts
//! the result back. Validation is the engine's (it owns the limits); errors become statuses in
//! `error.rs`.

use tonic::{Request, Response, Status};
use yrdqa_proto::v1 as pb;
use yrdqa_proto::v1::qa_service_server::QaService;

use super::SharedEngine;
use super::convert::MeetingView;
use crate::engine::Question;

/// The QaService implementation over a swappable engine.
#[derive(Clone)]
pub struct QaApi {
    engine: SharedEngine,
}

impl QaApi {
    pub fn new(engine: SharedEngine) -> Self {
        QaApi { engine }
    }
}

#[tonic::async_trait]
impl QaService for QaApi {
    async fn ask(&self, request: Request<pb::AskRequest>) -> Result<Response<pb::AskResponse>, Status> {
        let question = Question::from(request.into_inner());
        let answer = self.engine.load().ask(&question)?;
        Ok(Response::new(answer.into()))
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
