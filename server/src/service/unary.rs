//! Unary requests are read whole before a call is admitted ([`UnaryBodyLayer`]): a call counts
//! against `max_concurrent_calls` only once its request message is complete, so a client that
//! opens calls and never finishes their bodies holds no slot another caller needs. A body that
//! stops sending for `body_timeout` is ended with DEADLINE_EXCEEDED; a second message in a unary
//! call is refused with INTERNAL, as grpc-go does. Only the bidirectional reflection streams are
//! passed through unread, their requests being a stream by design.

use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Buf, Bytes, BytesMut};
use http::{Request, Response};
use http_body_util::{BodyExt, Full};
use tonic::Status;
use tonic::body::Body;
use tonic::codegen::BoxFuture;
use tower::{Layer, Service};

/// The gRPC message prefix: a compression flag and a big-endian length.
const PREFIX: usize = 5;

/// Calls whose request is a stream, not one message: server reflection.
fn streams_requests(path: &str) -> bool {
    path.starts_with("/grpc.reflection.")
}

/// Reads unary request bodies whole, within `body_timeout` between two frames.
#[derive(Debug, Clone, Copy)]
pub struct UnaryBodyLayer {
    body_timeout: Duration,
}

impl UnaryBodyLayer {
    pub fn new(body_timeout: Duration) -> Self {
        UnaryBodyLayer { body_timeout }
    }
}

impl<S> Layer<S> for UnaryBodyLayer {
    type Service = UnaryBody<S>;

    fn layer(&self, inner: S) -> UnaryBody<S> {
        UnaryBody { inner, body_timeout: self.body_timeout }
    }
}

#[derive(Debug, Clone)]
pub struct UnaryBody<S> {
    inner: S,
    body_timeout: Duration,
}

impl<S, ResBody> Service<Request<Body>> for UnaryBody<S>
where
    S: Service<Request<Body>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    ResBody: Default + Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = BoxFuture<Self::Response, Self::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        if streams_requests(request.uri().path()) {
            return Box::pin(self.inner.call(request));
        }
        // The service that was polled ready serves this call; its clone waits for the next one.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let body_timeout = self.body_timeout;
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            match read_message(body, body_timeout).await {
                Ok(message) => inner.call(Request::from_parts(parts, Body::new(Full::new(message)))).await,
                Err(status) => Ok(status.into_http()),
            }
        })
    }
}

/// The body's bytes, once it ends; an error status when it stalls, fails or holds a second
/// message. (Whether the one message is whole and decodes is for tonic to say, as before.)
async fn read_message(mut body: Body, body_timeout: Duration) -> Result<Bytes, Status> {
    let mut message = BytesMut::new();
    loop {
        let frame = match tokio::time::timeout(body_timeout, body.frame()).await {
            Err(_) => {
                return Err(Status::deadline_exceeded(format!(
                    "the request body stalled: nothing arrived for {body_timeout:?}"
                )));
            }
            Ok(None) => return Ok(message.freeze()),
            // MessageLimitLayer's RESOURCE_EXHAUSTED, or the stream's reset.
            Ok(Some(Err(status))) => return Err(status),
            Ok(Some(Ok(frame))) => frame,
        };
        if let Ok(mut data) = frame.into_data() {
            message.extend_from_slice(&data.copy_to_bytes(data.remaining()));
            if holds_a_second_message(&message) {
                return Err(Status::internal("a unary call carries one request message; a second one came"));
            }
        }
    }
}

/// Whether `bytes` go on past the end of the first message (its prefix says where that is).
fn holds_a_second_message(bytes: &[u8]) -> bool {
    let Some(length) = bytes.get(1..PREFIX) else { return false };
    let length = u32::from_be_bytes(length.try_into().expect("four bytes")) as usize;
    bytes.len() > PREFIX.saturating_add(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(message: &[u8]) -> Vec<u8> {
        let mut bytes = vec![0];
        bytes.extend((message.len() as u32).to_be_bytes());
        bytes.extend(message);
        bytes
    }

    #[test]
    fn one_message_whole_or_in_part_is_one_and_any_byte_past_it_is_a_second() {
        let one = framed(b"abc");
        for end in 0..=one.len() {
            assert!(!holds_a_second_message(&one[..end]), "{end}");
        }
        let mut two = one.clone();
        two.push(0);
        assert!(holds_a_second_message(&two));
        let mut empty_then_more = framed(b"");
        empty_then_more.extend(framed(b"x"));
        assert!(holds_a_second_message(&empty_then_more));
    }
}
