//! The gRPC service layer: puts the engine behind the `yrdqa.v1` contracts. It owns the router
//! (QaService, AdminService when an admin token is configured, `grpc.health.v1`, server reflection
//! v1 and v1alpha), the middleware (call log, deadlines, protocol checks, overload shedding,
//! message and stream limits), the accept loop, TLS, and the one way the server runs on a listener
//! until told to stop; beside it, the Prometheus metrics (`metrics`) and the watched corpus
//! directory (`watch`). Handlers stay thin: convert, call the engine, map its error; no extraction
//! rule lives here.

mod accept;
mod admin;
mod cache;
mod convert;
mod error;
mod io;
mod layers;
mod limits;
mod live;
pub mod metrics;
mod protocol;
mod qa;
mod streams;
mod unary;
pub mod watch;
mod wire;

use std::future::Future;
use std::sync::Arc;

use arc_swap::ArcSwap;
use tokio::net::TcpListener;
use tonic::server::NamedService;
use tonic::transport::{Identity, Server, ServerTlsConfig};
use tonic_health::ServingStatus;
use yrdqa_proto::v1::admin_service_server::AdminServiceServer;
use yrdqa_proto::v1::qa_service_server::QaServiceServer;

use crate::engine::Engine;

pub use admin::{AdminApi, AdminToken, BearerAuth};
pub use cache::AnswerCache;
pub use layers::CallLogLayer;
pub use limits::{DeadlineLayer, Limits, MessageLimitLayer, OverloadLayer};
pub use live::{LiveCorpus, NewDocument, Reloaded};
pub use protocol::ContentTypeLayer;
pub use qa::{DEFAULT_ANSWER_CACHE, QaApi};
pub use streams::StreamLimitLayer;
pub use unary::UnaryBodyLayer;
pub use wire::QaServer;

/// The engine every request reads. Each request `load()`s it once, so a reload can swap in a new
/// engine without stopping the server or disturbing calls in flight.
pub type SharedEngine = Arc<ArcSwap<Engine>>;

/// Wraps a loaded engine for serving.
pub fn shared(engine: Engine) -> SharedEngine {
    Arc::new(ArcSwap::from_pointee(engine))
}

/// How to serve, beyond the corpus: limits, TLS, and whether live ingestion is on.
#[derive(Debug, Clone)]
pub struct Options {
    pub limits: Limits,
    /// How many `Ask` replies to keep for repeated questions; 0 keeps none.
    pub answer_cache: usize,
    /// Serve TLS with this certificate chain and key; plaintext HTTP/2 when `None`.
    pub tls: Option<Identity>,
    /// Serve AdminService to callers presenting this token; not at all when `None`.
    pub admin_token: Option<AdminToken>,
}

impl Default for Options {
    fn default() -> Options {
        Options { limits: Limits::default(), answer_cache: DEFAULT_ANSWER_CACHE, tls: None, admin_token: None }
    }
}

const ADMIN: &str = <AdminServiceServer<AdminApi> as NamedService>::NAME;

/// The services reflection advertises besides AdminService: the ones every server serves.
const ADVERTISED: [&str; 4] = [
    <QaServiceServer<QaApi> as NamedService>::NAME,
    tonic_health::pb::health_server::SERVICE_NAME,
    "grpc.reflection.v1.ServerReflection",
    "grpc.reflection.v1alpha.ServerReflection",
];

/// Why the server could not start or stopped abnormally.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot build the reflection service from the descriptor sets: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error("the gRPC transport failed: {0}")]
    Transport(#[from] tonic::transport::Error),
}

/// A reflection service listing exactly the services served: the descriptor set also describes
/// AdminService, which must not be advertised when it is off.
///
/// Both versions share one pool holding every advertised service's file, both reflection protos
/// included: on its own, tonic adds only the version's own proto, so v1alpha would list
/// `grpc.reflection.v1.ServerReflection` and then answer NOT_FOUND for it, and a client that
/// resolves every listed service (grpcurl's `describe`, Python's grpc_requests) would fail.
fn reflection(admin: bool) -> tonic_reflection::server::Builder<'static> {
    let names = ADVERTISED.iter().chain(admin.then_some(&ADMIN));
    names.fold(
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(yrdqa_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_reflection::pb::v1::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_reflection::pb::v1alpha::FILE_DESCRIPTOR_SET),
        |builder, name| builder.with_service_name(*name),
    )
}

/// Serves `engine` with the default limits, plaintext and without AdminService; see [`serve_with`].
pub async fn serve(
    listener: TcpListener,
    engine: SharedEngine,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    serve_with(listener, LiveCorpus::new(engine, None), Options::default(), shutdown).await
}

/// Serves `corpus` on `listener` until `shutdown` completes. Then it stops accepting connections,
/// tells health watchers NOT_SERVING, ends the watch and reflection streams, lets the calls in
/// flight finish for at most `shutdown_grace` and returns (closing whatever is left). Used by the
/// `yrdqa-server` binary and by the in-process end-to-end tests alike, so both exercise the same
/// stack.
pub async fn serve_with(
    listener: TcpListener,
    corpus: LiveCorpus,
    options: Options,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    let limits = options.limits;
    let (health, health_service) = tonic_health::server::health_reporter();
    // The engine is built before it is handed over, so both the server as a whole and the QA
    // service are ready from the first connection.
    let mut served = vec!["", <QaServiceServer<QaApi> as NamedService>::NAME];
    let admin = options.admin_token.map(|token| {
        // The generated limit only backs up MessageLimitLayer, which answers first and better.
        let server =
            AdminServiceServer::new(AdminApi::new(corpus.clone())).max_decoding_message_size(limits.max_document_bytes);
        tonic::service::interceptor::InterceptedService::new(server, BearerAuth(token))
    });
    if admin.is_some() {
        served.push(ADMIN);
    }
    for name in &served {
        health.set_service_status(*name, ServingStatus::Serving).await;
    }

    let mut builder = Server::builder();
    if let Some(identity) = options.tls {
        let tls = ServerTlsConfig::new().identity(identity).timeout(limits.handshake_timeout);
        builder = builder.tls_config(tls)?;
    }
    let incoming = accept::Acceptor::new(listener, limits.keepalive_interval, limits.handshake_timeout);
    let (stop_streams, stopping) = streams::stop_signal();
    let (stopped_tx, mut stopped_rx) = tokio::sync::watch::channel(false);
    let signal = async move {
        shutdown.await;
        // Watchers hear NOT_SERVING before their streams end, so a load balancer moves away
        // rather than seeing an error.
        for name in &served {
            health.set_service_status(*name, ServingStatus::NotServing).await;
        }
        stop_streams.stop();
        stopped_tx.send_replace(true);
    };
    let serve = builder
        .http2_keepalive_interval(Some(limits.keepalive_interval))
        .http2_keepalive_timeout(Some(limits.keepalive_timeout))
        .max_concurrent_streams(limits.max_streams_per_connection)
        // Outermost first: every call is logged, shed ones and timed-out ones included.
        .layer(CallLogLayer)
        .layer(DeadlineLayer::new(limits.request_timeout))
        .layer(ContentTypeLayer)
        .layer(MessageLimitLayer::new(&limits))
        // A call is admitted only once its request is whole, so stalled bodies hold no slot.
        .layer(UnaryBodyLayer::new(limits.body_timeout))
        .layer(OverloadLayer::new(limits.max_concurrent_calls))
        .layer(StreamLimitLayer::new(limits.max_streaming_calls, stopping))
        .add_service(health_service)
        .add_service(reflection(admin.is_some()).build_v1()?)
        .add_service(reflection(admin.is_some()).build_v1alpha()?)
        .add_service(QaServer::new(
            QaApi::with_answer_cache(corpus.engine().clone(), options.answer_cache),
            limits.max_request_bytes,
        ))
        .add_optional_service(admin)
        .serve_with_incoming_shutdown(incoming, signal);
    let grace = async {
        let _ = stopped_rx.wait_for(|stopped| *stopped).await;
        tokio::time::sleep(limits.shutdown_grace).await;
    };
    tokio::select! {
        served = serve => served?,
        () = grace => tracing::warn!(
            "calls still in flight {:?} after the shutdown began: closing their connections",
            limits.shutdown_grace
        ),
    }
    Ok(())
}
