//! The client library of yrdqa: a typed handle on a running server (`Client`), its error type,
//! and the scoring of golden question sets (`golden`), shared by the `yrdqa eval` command and the
//! end-to-end tests so both judge answers the same way.

mod error;
pub mod golden;

use std::time::Duration;

use tonic::transport::{Channel, Endpoint};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use yrdqa_proto::v1::qa_service_client::QaServiceClient;
use yrdqa_proto::v1::{AnswerStatus, AskRequest, AskResponse, GetMeetingRequest, ListMeetingsRequest, Meeting};

pub use error::{Error, code_name};
pub use yrdqa_proto::v1 as pb;

/// Where the server listens unless told otherwise.
pub const DEFAULT_ADDR: &str = "http://127.0.0.1:50051";

/// How long to wait for the TCP connection, and for any one call.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// A connection to a yrdqa server. Cheap to clone; clones share the connection.
#[derive(Debug, Clone)]
pub struct Client {
    addr: String,
    qa: QaServiceClient<Channel>,
    health: HealthClient<Channel>,
}

impl Client {
    /// Connects to `addr` (`http://host:port`; a bare `host:port` is taken as plain HTTP/2).
    pub async fn connect(addr: &str) -> Result<Client, Error> {
        let addr = if addr.contains("://") { addr.to_string() } else { format!("http://{addr}") };
        let endpoint = Endpoint::from_shared(addr.clone())
            .map_err(|e| Error::address(&addr, &e))?
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(CALL_TIMEOUT);
        let channel = endpoint.connect().await.map_err(|e| Error::unreachable(&addr, &e))?;
        Ok(Client { addr, qa: QaServiceClient::new(channel.clone()), health: HealthClient::new(channel) })
    }

    /// The address connected to, with its scheme.
    pub fn addr(&self) -> &str {
        &self.addr
    }

    /// Asks a free question; `as_of` is an ISO date or empty for the server's reference date.
    pub async fn ask(&self, question: &str, as_of: &str, explain: bool) -> Result<AskResponse, Error> {
        let request = AskRequest { question: question.to_string(), as_of: as_of.to_string(), explain };
        Ok(self.qa.clone().ask(request).await?.into_inner())
    }

    /// The meeting of `year` (年度).
    pub async fn get_meeting(&self, year: i32) -> Result<Meeting, Error> {
        Ok(self.qa.clone().get_meeting(GetMeetingRequest { year }).await?.into_inner())
    }

    /// Every known meeting, oldest first.
    pub async fn list_meetings(&self) -> Result<Vec<Meeting>, Error> {
        Ok(self.qa.clone().list_meetings(ListMeetingsRequest {}).await?.into_inner().meetings)
    }

    /// Whether the question-answering service is serving, per `grpc.health.v1`.
    pub async fn health(&self) -> Result<ServingStatus, Error> {
        let service = yrdqa_proto::v1::qa_service_server::SERVICE_NAME.to_string();
        let response = self.health.clone().check(HealthCheckRequest { service }).await?.into_inner();
        Ok(response.status())
    }
}

/// Opens one more plaintext HTTP/2 connection to `addr` (`http://host:port` or bare `host:port`)
/// whose calls carry no deadline: a load generator (`yrdqa bench`) opens several, and a deadline
/// would add a timer to every call on both sides.
pub async fn load_channel(addr: &str) -> Result<Channel, Error> {
    let addr = if addr.contains("://") { addr.to_string() } else { format!("http://{addr}") };
    let endpoint = Endpoint::from_shared(addr.clone()).map_err(|e| Error::address(&addr, &e))?;
    endpoint.connect_timeout(CONNECT_TIMEOUT).connect().await.map_err(|e| Error::unreachable(&addr, &e))
}

/// `ANSWERED`, `NOT_FOUND`, …: an `AskResponse.status` without the enum prefix.
pub fn status_name(status: i32) -> &'static str {
    let name = AnswerStatus::try_from(status).unwrap_or_default().as_str_name();
    name.strip_prefix("ANSWER_STATUS_").unwrap_or(name)
}
