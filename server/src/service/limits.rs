//! What keeps the server serving whatever callers send: the limits (`Limits`, each a flag of
//! `yrdqa-server`) and the tower layers that enforce those a handler cannot:
//!
//! - [`DeadlineLayer`]: no call runs past the server's `request_timeout` or the caller's own
//!   deadline (`grpc-timeout`); it is answered DEADLINE_EXCEEDED then.
//! - [`OverloadLayer`]: at most `max_concurrent_calls` calls at once; past that a call is answered
//!   RESOURCE_EXHAUSTED at once rather than queued, so overload costs callers a fast retry instead
//!   of an unbounded wait and the server a bounded amount of memory. Health checks are exempt.
//! - [`MessageLimitLayer`]: a request message larger than its service allows is answered
//!   RESOURCE_EXHAUSTED as soon as its length prefix arrives, before it is read.
//!
//! Each answers with a gRPC status of its own, so callers never see a bare reset or tonic's
//! generic errors (which would say CANCELLED for a deadline and OUT_OF_RANGE for a large message).

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Buf, Bytes};
use http::{HeaderMap, Request, Response};
use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;
use tokio::time::Sleep;
use tonic::Status;
use tower::{BoxError, Layer, Service};

/// The limits the server enforces; every one is a flag of `yrdqa-server`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Calls handled at once; more are refused with RESOURCE_EXHAUSTED.
    pub max_concurrent_calls: usize,
    /// The longest a call may run; a caller's shorter `grpc-timeout` wins.
    pub request_timeout: Duration,
    /// The largest request message of every service but AdminService.
    pub max_request_bytes: usize,
    /// The largest AdminService request message (it carries whole articles).
    pub max_document_bytes: usize,
    /// How often an idle connection is pinged, so that a peer that vanished is noticed.
    pub keepalive_interval: Duration,
    /// How long a ping may go unanswered before the connection is closed.
    pub keepalive_timeout: Duration,
    /// How long a request body may send nothing before its call is ended (`unary.rs`).
    pub body_timeout: Duration,
    /// How long a new connection may take to start its TLS or HTTP/2 handshake (`io.rs`).
    pub handshake_timeout: Duration,
    /// Streams one connection may have open at once (SETTINGS_MAX_CONCURRENT_STREAMS).
    pub max_streams_per_connection: u32,
    /// `Health/Watch` and reflection streams open at once, over all connections (`streams.rs`).
    pub max_streaming_calls: usize,
    /// How long calls in flight may go on after SIGTERM before their connections are closed.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            // An Ask takes about a millisecond of CPU: 256 calls queued behind two cores wait a few
            // hundred milliseconds at worst, and hold at most 256 × 64 KiB of requests.
            max_concurrent_calls: 256,
            request_timeout: Duration::from_secs(10),
            // A question is at most 512 characters (about 2 KiB of UTF-8); 64 KiB leaves room for
            // any honest request and none for abuse.
            max_request_bytes: 64 * 1024,
            max_document_bytes: 4 * 1024 * 1024,
            keepalive_interval: Duration::from_secs(30),
            keepalive_timeout: Duration::from_secs(10),
            // An honest client sends a request at once: seconds of silence mid-body is a stall.
            body_timeout: Duration::from_secs(5),
            handshake_timeout: Duration::from_secs(10),
            // grpc-go's and most proxies' figure; bounds what one connection can make the server
            // hold (each open stream costs a few kB of HTTP/2 state).
            max_streams_per_connection: 100,
            // Health watchers are a handful of load balancers and orchestrators per replica.
            max_streaming_calls: 1024,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// How much earlier than the caller's deadline a call is ended. tonic's transport also ends calls
/// at the caller's deadline, as CANCELLED; ending ours first gives the caller the status the gRPC
/// spec asks for, and a caller cannot use an answer that arrives at its deadline anyway.
const DEADLINE_MARGIN: Duration = Duration::from_millis(1);

/// The caller's `grpc-timeout`: digits (at most 8) and a unit, H M S m u n.
fn caller_timeout(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get("grpc-timeout")?.to_str().ok()?;
    let (digits, unit) = value.split_at(value.len().checked_sub(1)?);
    if digits.is_empty() || digits.len() > 8 {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    Some(match unit {
        "H" => Duration::from_secs(n * 3600),
        "M" => Duration::from_secs(n * 60),
        "S" => Duration::from_secs(n),
        "m" => Duration::from_millis(n),
        "u" => Duration::from_micros(n),
        "n" => Duration::from_nanos(n),
        _ => return None,
    })
}

/// Ends each call at the server's limit or the caller's deadline, whichever comes first.
#[derive(Debug, Clone, Copy)]
pub struct DeadlineLayer {
    limit: Duration,
}

impl DeadlineLayer {
    pub fn new(limit: Duration) -> Self {
        DeadlineLayer { limit }
    }
}

impl<S> Layer<S> for DeadlineLayer {
    type Service = Deadline<S>;

    fn layer(&self, inner: S) -> Deadline<S> {
        Deadline { inner, limit: self.limit }
    }
}

#[derive(Debug, Clone)]
pub struct Deadline<S> {
    inner: S,
    limit: Duration,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Deadline<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Default,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = DeadlineFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let (budget, expired) = match caller_timeout(request.headers()) {
            Some(theirs) if theirs < self.limit => {
                (theirs.saturating_sub(DEADLINE_MARGIN), format!("the caller's deadline of {theirs:?} passed"))
            }
            _ => (self.limit, format!("the call ran into the server's limit of {:?} a call", self.limit)),
        };
        DeadlineFuture { inner: self.inner.call(request), sleep: tokio::time::sleep(budget), expired }
    }
}

pin_project! {
    pub struct DeadlineFuture<F> {
        #[pin]
        inner: F,
        #[pin]
        sleep: Sleep,
        expired: String,
    }
}

impl<F, B, E> Future for DeadlineFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Default,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(done) = this.inner.poll(cx) {
            return Poll::Ready(done);
        }
        std::task::ready!(this.sleep.poll(cx));
        // Dropping the inner future stops the handler at its next await.
        Poll::Ready(Ok(Status::deadline_exceeded(std::mem::take(this.expired)).into_http()))
    }
}

/// Health checks pass even when the server is full: a probe must see that the server is alive
/// and serving, or an orchestrator would restart a busy, healthy server, the worst answer to load.
fn exempt_from_overload(path: &str) -> bool {
    path.starts_with("/grpc.health.v1.Health/")
}

/// Admits at most `limit` calls at once, over all connections; refuses the rest at once.
///
/// A counter, not a semaphore: nothing ever waits for a slot, so a waiter list (and the lock a
/// semaphore takes to give a permit back) would only cost every call a contended mutex.
#[derive(Debug, Clone)]
pub struct OverloadLayer {
    in_flight: Arc<AtomicUsize>,
    limit: usize,
}

impl OverloadLayer {
    pub fn new(limit: usize) -> Self {
        OverloadLayer { in_flight: Arc::new(AtomicUsize::new(0)), limit }
    }
}

impl<S> Layer<S> for OverloadLayer {
    type Service = Overload<S>;

    fn layer(&self, inner: S) -> Overload<S> {
        Overload { inner, in_flight: self.in_flight.clone(), limit: self.limit }
    }
}

#[derive(Debug, Clone)]
pub struct Overload<S> {
    inner: S,
    in_flight: Arc<AtomicUsize>,
    limit: usize,
}

/// One admitted call's place among the `limit`; given back when dropped, however the call ends.
pub struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(in_flight: &Arc<AtomicUsize>, limit: usize) -> Option<Slot> {
        // Relaxed: the count guards no other memory, it only bounds how many calls run.
        let taken = in_flight.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| (n < limit).then_some(n + 1));
        taken.ok().map(|_| Slot(in_flight.clone()))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Overload<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Default,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = OverloadFuture<S::Future, ResBody>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let slot = if exempt_from_overload(request.uri().path()) {
            None
        } else {
            match Slot::take(&self.in_flight, self.limit) {
                Some(slot) => Some(slot),
                None => {
                    super::metrics::call_refused();
                    let refusal = Status::resource_exhausted(format!(
                        "the server is at capacity ({} calls in flight): retry with backoff",
                        self.limit
                    ));
                    return OverloadFuture::Refused { response: Some(refusal.into_http()) };
                }
            }
        };
        OverloadFuture::Admitted { inner: self.inner.call(request), _slot: slot, _body: PhantomData }
    }
}

pin_project! {
    #[project = OverloadProj]
    pub enum OverloadFuture<F, B> {
        // The slot is held until the handler has produced its response.
        Admitted { #[pin] inner: F, _slot: Option<Slot>, _body: PhantomData<fn() -> B> },
        Refused { response: Option<Response<B>> },
    }
}

impl<F, B, E> Future for OverloadFuture<F, B>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            OverloadProj::Admitted { inner, .. } => inner.poll(cx),
            OverloadProj::Refused { response } => Poll::Ready(Ok(response.take().expect("polled after completion"))),
        }
    }
}

/// The prefix of AdminService's paths, whose requests carry whole articles.
const ADMIN_PATH: &str = "/yrdqa.v1.AdminService/";

/// Refuses request messages over the limit of their service.
#[derive(Debug, Clone, Copy)]
pub struct MessageLimitLayer {
    max_request_bytes: usize,
    max_document_bytes: usize,
}

impl MessageLimitLayer {
    pub fn new(limits: &Limits) -> Self {
        MessageLimitLayer { max_request_bytes: limits.max_request_bytes, max_document_bytes: limits.max_document_bytes }
    }
}

impl<S> Layer<S> for MessageLimitLayer {
    type Service = MessageLimit<S>;

    fn layer(&self, inner: S) -> MessageLimit<S> {
        MessageLimit { inner, limits: *self }
    }
}

#[derive(Debug, Clone)]
pub struct MessageLimit<S> {
    inner: S,
    limits: MessageLimitLayer,
}

impl<S, ReqBody> Service<Request<ReqBody>> for MessageLimit<S>
where
    S: Service<Request<tonic::body::Body>>,
    ReqBody: Body<Data = Bytes> + Send + 'static,
    ReqBody::Error: Into<BoxError>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let (service, limit) = if request.uri().path().starts_with(ADMIN_PATH) {
            ("AdminService", self.limits.max_document_bytes)
        } else {
            ("this service", self.limits.max_request_bytes)
        };
        let request = request.map(|inner| tonic::body::Body::new(LimitedBody::new(inner, limit, service)));
        self.inner.call(request)
    }
}

/// Where the reader of a gRPC message stream is: gathering a 5-byte prefix (compression flag,
/// big-endian length), or skipping through a message body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    Prefix { got: usize, length: [u8; 4] },
    Message { left: usize },
}

impl Framing {
    const START: Framing = Framing::Prefix { got: 0, length: [0; 4] };

    /// Follows `data`; returns the length of the first message over `limit` whose prefix it
    /// completes.
    fn feed(&mut self, mut data: &[u8], limit: usize) -> Result<(), usize> {
        while !data.is_empty() {
            match self {
                Framing::Message { left } => {
                    let n = (*left).min(data.len());
                    *left -= n;
                    data = &data[n..];
                    if *left == 0 {
                        *self = Framing::START;
                    }
                }
                Framing::Prefix { got, length } => {
                    // Byte 0 is the compression flag; bytes 1..5 the length.
                    if *got > 0 {
                        length[*got - 1] = data[0];
                    }
                    *got += 1;
                    data = &data[1..];
                    if *got == 5 {
                        let len = u32::from_be_bytes(*length) as usize;
                        if len > limit {
                            return Err(len);
                        }
                        *self = if len == 0 { Framing::START } else { Framing::Message { left: len } };
                    }
                }
            }
        }
        Ok(())
    }
}

pin_project! {
    /// A request body that fails, with RESOURCE_EXHAUSTED, at the prefix of a message over the limit.
    pub struct LimitedBody<B> {
        #[pin]
        inner: B,
        framing: Framing,
        limit: usize,
        service: &'static str,
    }
}

impl<B> LimitedBody<B> {
    fn new(inner: B, limit: usize, service: &'static str) -> Self {
        LimitedBody { inner, framing: Framing::START, limit, service }
    }
}

impl<B> Body for LimitedBody<B>
where
    B: Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.project();
        let frame = match std::task::ready!(this.inner.poll_frame(cx)) {
            Some(Ok(frame)) => frame,
            Some(Err(e)) => return Poll::Ready(Some(Err(e.into()))),
            None => return Poll::Ready(None),
        };
        if let Some(data) = frame.data_ref()
            && let Err(len) = this.framing.feed(data.chunk(), *this.limit)
        {
            let status = Status::resource_exhausted(format!(
                "the request message is {len} bytes; {} accepts at most {} bytes",
                this.service, this.limit
            ));
            return Poll::Ready(Some(Err(status.into())));
        }
        Poll::Ready(Some(Ok(frame)))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use std::convert::Infallible;

    use http::HeaderValue;
    use tonic::Code;
    use tower::ServiceExt;

    use super::*;

    fn headers(timeout: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("grpc-timeout", HeaderValue::from_str(timeout).unwrap());
        h
    }

    #[test]
    fn grpc_timeout_is_read_in_every_unit_and_junk_is_ignored() {
        assert_eq!(caller_timeout(&headers("100m")), Some(Duration::from_millis(100)));
        assert_eq!(caller_timeout(&headers("2S")), Some(Duration::from_secs(2)));
        assert_eq!(caller_timeout(&headers("1H")), Some(Duration::from_secs(3600)));
        assert_eq!(caller_timeout(&headers("5n")), Some(Duration::from_nanos(5)));
        for junk in ["", "m", "100", "123456789m", "-1S", "1x", "１S"] {
            assert_eq!(caller_timeout(&headers(junk)), None, "{junk:?}");
        }
        assert_eq!(caller_timeout(&HeaderMap::new()), None);
    }

    /// A gRPC message prefix: uncompressed, `len` bytes.
    fn prefix(len: u32) -> Vec<u8> {
        let mut p = vec![0];
        p.extend(len.to_be_bytes());
        p
    }

    #[test]
    fn framing_finds_the_first_message_over_the_limit_however_the_bytes_are_split() {
        let mut stream = prefix(3);
        stream.extend(b"abc");
        stream.extend(prefix(0));
        stream.extend(prefix(10));
        stream.extend([0; 10]);
        stream.extend(prefix(11));
        for chunk in 1..stream.len() {
            let mut framing = Framing::START;
            let found = stream.chunks(chunk).map(|c| framing.feed(c, 10)).find(Result::is_err);
            assert_eq!(found, Some(Err(11)), "chunks of {chunk}");
        }
        let mut framing = Framing::START;
        assert_eq!(framing.feed(&stream[..stream.len() - 5], 10), Ok(()));
    }

    /// A handler that takes `delay` to answer OK.
    fn slow(delay: Duration) -> impl Service<Request<()>, Response = Response<String>, Error = Infallible> + Clone {
        tower::service_fn(move |_req: Request<()>| async move {
            tokio::time::sleep(delay).await;
            Ok::<_, Infallible>(Response::new("done".to_string()))
        })
    }

    fn code(response: &Response<String>) -> Code {
        Status::from_header_map(response.headers()).map_or(Code::Ok, |s| s.code())
    }

    #[tokio::test(start_paused = true)]
    async fn the_shorter_of_the_servers_limit_and_the_callers_deadline_ends_a_call() {
        let service = DeadlineLayer::new(Duration::from_secs(10)).layer(slow(Duration::from_secs(60)));
        let response = service.clone().oneshot(Request::new(())).await.unwrap();
        assert_eq!(code(&response), Code::DeadlineExceeded);
        assert!(format!("{:?}", response.headers()).contains("server"), "{:?}", response.headers());

        let mut request = Request::new(());
        *request.headers_mut() = headers("50m");
        let started = tokio::time::Instant::now();
        let response = service.oneshot(request).await.unwrap();
        assert_eq!(code(&response), Code::DeadlineExceeded);
        assert!(started.elapsed() < Duration::from_millis(50));

        let fast = DeadlineLayer::new(Duration::from_secs(10)).layer(slow(Duration::from_secs(1)));
        assert_eq!(code(&fast.oneshot(Request::new(())).await.unwrap()), Code::Ok);
    }

    #[tokio::test(start_paused = true)]
    async fn past_the_limit_calls_are_refused_at_once_and_health_still_passes() {
        let layer = OverloadLayer::new(1);
        // The slot is taken when the call is made, before its future is polled.
        let held = layer.layer(slow(Duration::from_secs(5))).call(Request::new(()));
        let refused = layer.layer(slow(Duration::ZERO)).oneshot(Request::new(())).await.unwrap();
        assert_eq!(code(&refused), Code::ResourceExhausted);
        let health = Request::builder().uri("/grpc.health.v1.Health/Check").body(()).unwrap();
        assert_eq!(code(&layer.layer(slow(Duration::ZERO)).oneshot(health).await.unwrap()), Code::Ok);
        assert_eq!(code(&held.await.unwrap()), Code::Ok);
        // The slot came back with the response.
        assert_eq!(code(&layer.layer(slow(Duration::ZERO)).oneshot(Request::new(())).await.unwrap()), Code::Ok);
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_dropped_before_it_ends_gives_its_slot_back() {
        let layer = OverloadLayer::new(2);
        let calls: Vec<_> = (0..2).map(|_| layer.layer(slow(Duration::from_secs(5))).call(Request::new(()))).collect();
        let refused = layer.layer(slow(Duration::ZERO)).oneshot(Request::new(())).await.unwrap();
        assert_eq!(code(&refused), Code::ResourceExhausted);
        drop(calls);
        let again: Vec<_> = (0..2).map(|_| layer.layer(slow(Duration::from_secs(5))).call(Request::new(()))).collect();
        for call in again {
            assert_eq!(code(&call.await.unwrap()), Code::Ok, "both slots were given back");
        }
    }
}
