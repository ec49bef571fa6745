//! What a request must be to be taken for gRPC at all ([`ContentTypeLayer`]): its content-type
//! is `application/grpc` or a subtype of it (`application/grpc+proto`, `application/grpc;…`).
//! Anything else is answered as grpc-go answers it, HTTP 415 with INVALID_ARGUMENT, before any
//! handler reads a byte of it.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use http::{HeaderMap, Request, Response, StatusCode};
use pin_project_lite::pin_project;
use tonic::Status;
use tower::{Layer, Service};

use crate::engine::quote;

/// Whether `headers` say the body is gRPC.
fn is_grpc(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    match value.strip_prefix("application/grpc") {
        Some(rest) => rest.is_empty() || rest.starts_with('+') || rest.starts_with(';'),
        None => false,
    }
}

/// Refuses requests whose content-type is not gRPC's.
#[derive(Debug, Clone, Copy, Default)]
pub struct ContentTypeLayer;

impl<S> Layer<S> for ContentTypeLayer {
    type Service = ContentType<S>;

    fn layer(&self, inner: S) -> ContentType<S> {
        ContentType { inner }
    }
}

#[derive(Debug, Clone)]
pub struct ContentType<S> {
    inner: S,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for ContentType<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Default,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ContentTypeFuture<S::Future, ResBody>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        if is_grpc(request.headers()) {
            return ContentTypeFuture::Grpc { inner: self.inner.call(request) };
        }
        let sent = request.headers().get(http::header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()));
        let message = match sent {
            Some(sent) => format!("content-type {} is not gRPC: send application/grpc", quote(&sent)),
            None => "the request has no content-type: send application/grpc".to_string(),
        };
        let mut response = Status::invalid_argument(message).into_http();
        *response.status_mut() = StatusCode::UNSUPPORTED_MEDIA_TYPE;
        ContentTypeFuture::Refused { response: Some(response) }
    }
}

pin_project! {
    #[project = ContentTypeProj]
    pub enum ContentTypeFuture<F, B> {
        Grpc { #[pin] inner: F },
        Refused { response: Option<Response<B>> },
    }
}

impl<F, B, E> Future for ContentTypeFuture<F, B>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            ContentTypeProj::Grpc { inner } => inner.poll(cx),
            ContentTypeProj::Refused { response } => Poll::Ready(Ok(response.take().expect("polled after completion"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(content_type: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(http::header::CONTENT_TYPE, content_type.parse().unwrap());
        headers
    }

    #[test]
    fn grpc_and_its_subtypes_pass_and_nothing_else() {
        for good in ["application/grpc", "application/grpc+proto", "application/grpc+json", "application/grpc;x=1"] {
            assert!(is_grpc(&headers(good)), "{good}");
        }
        for bad in ["application/json", "application/grpcx", "text/plain", "application/grpc-web", ""] {
            assert!(!is_grpc(&headers(bad)), "{bad}");
        }
        assert!(!is_grpc(&HeaderMap::new()));
    }
}
