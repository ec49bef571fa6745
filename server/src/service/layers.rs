//! Middleware: the call log, a tower layer that writes one line per gRPC call with its method,
//! gRPC status, latency and peer, and records the call's metrics (`metrics.rs`). It sits outside
//! the router, so health and reflection calls are logged too, as are calls to methods that do not
//! exist.

use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Instant;

use http::{HeaderMap, Request, Response};
use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;
use tonic::Code;
use tonic::transport::server::{TcpConnectInfo, TlsConnectInfo};
use tower::{Layer, Service};

/// Logs every call at `info` on finishing.
#[derive(Debug, Clone, Copy, Default)]
pub struct CallLogLayer;

impl<S> Layer<S> for CallLogLayer {
    type Service = CallLog<S>;

    fn layer(&self, inner: S) -> CallLog<S> {
        CallLog { inner }
    }
}

/// The service `CallLogLayer` wraps around the router.
#[derive(Debug, Clone)]
pub struct CallLog<S> {
    inner: S,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for CallLog<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = Response<LoggedBody<ResBody>>;
    type Error = S::Error;
    type Future = CallLogFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        // The URI shares its bytes with the request: keeping it costs no copy of the path.
        let call = Call { uri: request.uri().clone(), peer: peer(&request), started: Instant::now() };
        super::metrics::call_started();
        CallLogFuture { inner: self.inner.call(request), guard: CallGuard(Some(call)) }
    }
}

/// How a call ended, as far as the server can tell.
enum Outcome {
    Status(Code),
    /// The response ended without a `grpc-status`, which a gRPC server never does on purpose.
    NoStatus,
    /// The router failed before producing a response.
    ServiceError,
    /// The response body failed while being sent.
    BodyError,
    /// The client went away before the response was complete.
    Dropped,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // `Code`'s Display is a sentence; grpc-go's name (NotFound) is what grpcurl prints.
            Outcome::Status(code) => f.write_str(super::metrics::code_name(*code)),
            Outcome::NoStatus => f.write_str("no grpc-status"),
            Outcome::ServiceError => f.write_str("service error"),
            Outcome::BodyError => f.write_str("body error"),
            Outcome::Dropped => f.write_str("dropped by client"),
        }
    }
}

struct Call {
    uri: http::Uri,
    peer: Option<SocketAddr>,
    started: Instant,
}

/// The caller's address, which tonic puts in the request's extensions (wrapped when over TLS).
fn peer<B>(request: &Request<B>) -> Option<SocketAddr> {
    let extensions = request.extensions();
    extensions
        .get::<TcpConnectInfo>()
        .or_else(|| extensions.get::<TlsConnectInfo<TcpConnectInfo>>().map(TlsConnectInfo::get_ref))
        .and_then(TcpConnectInfo::remote_addr)
}

/// Holds the call until its outcome is known, so exactly one line is written: when the status is
/// seen, or, if it never is, when the response is dropped.
struct CallGuard(Option<Call>);

impl CallGuard {
    fn finish(&mut self, outcome: Outcome) {
        if let Some(call) = self.0.take() {
            let latency = call.started.elapsed();
            let latency_ms = latency.as_secs_f64() * 1000.0;
            // Formatted only if the line is written; left out when tonic knows no peer.
            let peer = call.peer.map(tracing::field::display);
            tracing::info!(method = %call.uri.path(), code = %outcome, latency_ms, peer, "grpc call");
            let code = match outcome {
                Outcome::Status(code) => Some(code),
                _ => None,
            };
            super::metrics::call_finished(call.uri.path(), code, matches!(outcome, Outcome::Dropped), latency);
        }
    }
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        self.finish(Outcome::Dropped);
    }
}

fn grpc_status(headers: &HeaderMap) -> Option<Code> {
    headers.get("grpc-status").map(|v| Code::from_bytes(v.as_bytes()))
}

pin_project! {
    /// Waits for the response headers; logs there when they already carry the status.
    pub struct CallLogFuture<F> {
        #[pin]
        inner: F,
        guard: CallGuard,
    }
}

impl<F, B, E> Future for CallLogFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<LoggedBody<B>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let result = ready!(this.inner.poll(cx));
        let mut guard = CallGuard(this.guard.0.take());
        Poll::Ready(match result {
            Ok(response) => {
                // Errors come as trailers-only responses: the status is in the headers already.
                if let Some(code) = grpc_status(response.headers()) {
                    guard.finish(Outcome::Status(code));
                }
                Ok(response.map(|inner| LoggedBody { inner, guard }))
            }
            Err(e) => {
                guard.finish(Outcome::ServiceError);
                Err(e)
            }
        })
    }
}

pin_project! {
    /// A response body that logs the call when its trailers (which carry the status) go out.
    pub struct LoggedBody<B> {
        #[pin]
        inner: B,
        guard: CallGuard,
    }
}

impl<B: Body> Body for LoggedBody<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = self.project();
        let frame = ready!(this.inner.poll_frame(cx));
        match &frame {
            Some(Ok(frame)) => {
                if let Some(trailers) = frame.trailers_ref() {
                    this.guard.finish(grpc_status(trailers).map_or(Outcome::NoStatus, Outcome::Status));
                }
            }
            Some(Err(_)) => this.guard.finish(Outcome::BodyError),
            None => this.guard.finish(Outcome::NoStatus),
        }
        Poll::Ready(frame)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
