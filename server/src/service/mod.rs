//! The gRPC service layer: puts the engine behind the `yrdqa.v1` contracts. It owns the router
//! (QaService, `grpc.health.v1`, server reflection v1 and v1alpha), the call log, and the one way
//! the server runs on a listener until told to stop. Handlers stay thin: convert, call the engine,
//! map its error; no extraction rule lives here.

mod cache;
mod convert;
mod error;
mod io;
mod layers;
mod qa;

use std::future::Future;
use std::sync::Arc;

use arc_swap::ArcSwap;
use tokio::net::TcpListener;
use tokio_stream::StreamExt;
use tonic::server::NamedService;
use tonic::transport::Server;
use tonic::transport::server::TcpIncoming;
use yrdqa_proto::v1::qa_service_server::QaServiceServer;

use crate::engine::Engine;

pub use cache::AnswerCache;
pub use layers::CallLogLayer;
pub use qa::{DEFAULT_ANSWER_CACHE, QaApi};

/// The engine every request reads. Each request `load()`s it once, so a reload can swap in a new
/// engine without stopping the server or disturbing calls in flight.
pub type SharedEngine = Arc<ArcSwap<Engine>>;

/// Wraps a loaded engine for serving.
pub fn shared(engine: Engine) -> SharedEngine {
    Arc::new(ArcSwap::from_pointee(engine))
}

/// The services reflection advertises: the ones this server actually serves. The descriptor set
/// also holds `yrdqa.v1.AdminService`, which is not served yet, so it must not be listed.
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

fn reflection() -> tonic_reflection::server::Builder<'static> {
    ADVERTISED.iter().fold(
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(yrdqa_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET),
        |builder, name| builder.with_service_name(*name),
    )
}

/// Performance settings of a server.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// How many `Ask` replies to keep for repeated questions; 0 keeps none.
    pub answer_cache: usize,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning { answer_cache: DEFAULT_ANSWER_CACHE }
    }
}

/// Serves the engine on `listener` with the default [`Tuning`]; see [`serve_tuned`].
pub async fn serve(
    listener: TcpListener,
    engine: SharedEngine,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    serve_tuned(listener, engine, Tuning::default(), shutdown).await
}

/// Serves the engine on `listener` until `shutdown` completes, then stops accepting connections,
/// lets the calls in flight finish and returns. Used by the `yrdqa-server` binary and by the
/// in-process end-to-end tests alike, so both exercise the same stack.
pub async fn serve_tuned(
    listener: TcpListener,
    engine: SharedEngine,
    tuning: Tuning,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    let (health, health_service) = tonic_health::server::health_reporter();
    // The engine is built before it is handed over, so both the server as a whole and the QA
    // service are ready from the first connection.
    health.set_service_status("", tonic_health::ServingStatus::Serving).await;
    health.set_serving::<QaServiceServer<QaApi>>().await;

    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true)).map(|conn| conn.map(io::Connection::new));
    Server::builder()
        .layer(CallLogLayer)
        .add_service(health_service)
        .add_service(reflection().build_v1()?)
        .add_service(reflection().build_v1alpha()?)
        .add_service(QaServiceServer::new(QaApi::with_answer_cache(engine, tuning.answer_cache)))
        .serve_with_incoming_shutdown(incoming, shutdown)
        .await?;
    Ok(())
}
