//! The client library of yrdqa: a typed handle on a running server (`Client`, plaintext or TLS,
//! with the admin token for AdminService when given), its error type, and the scoring of golden
//! question sets (`golden`), shared by the `yrdqa eval` command and the end-to-end tests so both
//! judge answers the same way.

mod error;
pub mod golden;

use std::time::Duration;

use tonic::Request;
use tonic::metadata::MetadataValue;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use yrdqa_proto::v1::admin_service_client::AdminServiceClient;
use yrdqa_proto::v1::qa_service_client::QaServiceClient;
use yrdqa_proto::v1::{
    AddDocumentRequest, AnswerStatus, AskRequest, AskResponse, ExtractionReport, GetMeetingRequest,
    ListMeetingsRequest, Meeting, ReloadCorpusRequest, ReloadCorpusResponse,
};

pub use error::{Error, code_name};
pub use yrdqa_proto::v1 as pb;

/// Where the server listens unless told otherwise.
pub const DEFAULT_ADDR: &str = "http://127.0.0.1:50051";

/// How long to wait for the TCP connection, and for any one call.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// How to connect, beyond the address.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// PEM certificate of the CA that signed the server's certificate: connect with TLS.
    pub ca_pem: Option<Vec<u8>>,
    /// The server's admin token, sent as `authorization: Bearer <token>` with AdminService calls.
    pub admin_token: Option<String>,
}

/// A connection to a yrdqa server. Cheap to clone; clones share the connection.
#[derive(Debug, Clone)]
pub struct Client {
    addr: String,
    qa: QaServiceClient<Channel>,
    health: HealthClient<Channel>,
    admin: AdminServiceClient<Channel>,
    admin_token: Option<String>,
}

impl Client {
    /// Connects to `addr` (`http://host:port`; a bare `host:port` is taken as plain HTTP/2).
    pub async fn connect(addr: &str) -> Result<Client, Error> {
        Client::connect_with(addr, ConnectOptions::default()).await
    }

    /// Connects to `addr`, with TLS when `options` has a CA (`https://host:port`; a bare
    /// `host:port` is taken as https then).
    ///
    /// Several addresses, comma-separated, make one balanced channel: each call goes to one of
    /// the servers (tower's power of two choices over those that are ready), so replicas share the
    /// load without a balancer in between. Such a channel connects lazily: a server that cannot be
    /// reached fails only the calls sent to it, and is retried.
    pub async fn connect_with(addr: &str, options: ConnectOptions) -> Result<Client, Error> {
        let addrs: Vec<&str> = addr.split(',').map(str::trim).filter(|a| !a.is_empty()).collect();
        if addrs.len() > 1 {
            let endpoints =
                addrs.iter().map(|a| endpoint(a, &options)).collect::<Result<Vec<(String, Endpoint)>, Error>>()?;
            let addr = endpoints.iter().map(|(a, _)| a.as_str()).collect::<Vec<_>>().join(",");
            let channel = Channel::balance_list(endpoints.into_iter().map(|(_, e)| e));
            return Ok(Client::on(addr, channel, options));
        }
        let (addr, endpoint) = endpoint(addrs.first().copied().unwrap_or(addr), &options)?;
        let channel = endpoint.connect().await.map_err(|e| Error::unreachable(&addr, &e))?;
        Ok(Client::on(addr, channel, options))
    }

    fn on(addr: String, channel: Channel, options: ConnectOptions) -> Client {
        Client {
            addr,
            qa: QaServiceClient::new(channel.clone()),
            health: HealthClient::new(channel.clone()),
            admin: AdminServiceClient::new(channel),
            admin_token: options.admin_token,
        }
    }

    /// The address connected to, with its scheme.
    pub fn addr(&self) -> &str {
        &self.addr
    }
}

/// The endpoint of one address, its scheme checked against the options (TLS with a CA only).
fn endpoint(addr: &str, options: &ConnectOptions) -> Result<(String, Endpoint), Error> {
    let tls = options.ca_pem.is_some();
    let addr = match (addr.contains("://"), tls) {
        (true, _) => addr.to_string(),
        (false, false) => format!("http://{addr}"),
        (false, true) => format!("https://{addr}"),
    };
    let scheme_error = match (addr.starts_with("https://"), tls) {
        (true, false) => Some("https:// needs the CA that signed the server's certificate (--ca FILE)"),
        (false, true) => Some("a CA is given, so the address must be https://"),
        _ => None,
    };
    if let Some(reason) = scheme_error {
        return Err(Error::Address { addr, reason: reason.into() });
    }
    let mut endpoint = Endpoint::from_shared(addr.clone())
        .map_err(|e| Error::address(&addr, &e))?
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(CALL_TIMEOUT);
    if let Some(pem) = &options.ca_pem {
        let config = ClientTlsConfig::new().ca_certificate(Certificate::from_pem(pem));
        endpoint = endpoint.tls_config(config).map_err(|e| Error::address(&addr, &e))?;
    }
    Ok((addr, endpoint))
}

impl Client {
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

impl Client {
    /// Adds an article to the server's corpus (AdminService); the report says what was extracted.
    /// A document that yields nothing is [`Error::Rejected`], with its report.
    pub async fn add_document(&self, name: &str, text: &str, replace: bool) -> Result<ExtractionReport, Error> {
        let request = AddDocumentRequest { name: name.to_string(), text: text.to_string(), replace };
        Ok(self.admin.clone().add_document(self.authorized(request)?).await?.into_inner())
    }

    /// Makes the server re-read its corpus directory (AdminService).
    pub async fn reload_corpus(&self) -> Result<ReloadCorpusResponse, Error> {
        Ok(self.admin.clone().reload_corpus(self.authorized(ReloadCorpusRequest {})?).await?.into_inner())
    }

    /// `message` with the admin token attached, when there is one; without, the server answers
    /// UNAUTHENTICATED, saying what it expects.
    fn authorized<T>(&self, message: T) -> Result<Request<T>, Error> {
        let mut request = Request::new(message);
        if let Some(token) = &self.admin_token {
            let value = MetadataValue::try_from(format!("Bearer {token}")).map_err(|_| Error::BadToken)?;
            request.metadata_mut().insert("authorization", value);
        }
        Ok(request)
    }
}

/// Opens one more plaintext HTTP/2 connection to `addr` (`http://host:port` or bare `host:port`)
/// whose calls carry no deadline: a load generator (`yrdqa bench`) opens several, and a deadline
/// would add a timer to every call on both sides. Several addresses, comma-separated, make one
/// balanced channel over them, with a connection to each, as in [`Client::connect_with`].
pub async fn load_channel(addr: &str) -> Result<Channel, Error> {
    let addrs: Vec<&str> = addr.split(',').map(str::trim).filter(|a| !a.is_empty()).collect();
    let mut endpoints = Vec::new();
    for addr in addrs.iter().copied().chain(addrs.is_empty().then_some(addr)) {
        let addr = if addr.contains("://") { addr.to_string() } else { format!("http://{addr}") };
        let endpoint = Endpoint::from_shared(addr.clone()).map_err(|e| Error::address(&addr, &e))?;
        endpoints.push((addr, endpoint.connect_timeout(CONNECT_TIMEOUT)));
    }
    if endpoints.len() > 1 {
        return Ok(Channel::balance_list(endpoints.into_iter().map(|(_, e)| e)));
    }
    let (addr, endpoint) = endpoints.remove(0);
    endpoint.connect().await.map_err(|e| Error::unreachable(&addr, &e))
}

/// `ANSWERED`, `NOT_FOUND`, …: an `AskResponse.status` without the enum prefix.
pub fn status_name(status: i32) -> &'static str {
    let name = AnswerStatus::try_from(status).unwrap_or_default().as_str_name();
    name.strip_prefix("ANSWER_STATUS_").unwrap_or(name)
}
