//! Long-lived streams, `Health/Watch` and server reflection ([`StreamLimitLayer`]): they outlive
//! the call limit (which is given back once the response starts) and the deadline, so they get a
//! limit of their own, `max_streaming_calls` over all connections (RESOURCE_EXHAUSTED past it),
//! and they end when the server shuts down: once the watchers have been sent NOT_SERVING, each
//! such stream is closed with UNAVAILABLE, so a client holding one cannot keep the server alive.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use http::{HeaderMap, Request, Response};
use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;
use tokio::sync::watch;
use tonic::Status;
use tower::{Layer, Service};

/// Calls whose response stays open: a watch of health, a reflection session.
fn is_long_lived(path: &str) -> bool {
    path == "/grpc.health.v1.Health/Watch" || path.starts_with("/grpc.reflection.")
}

/// Tells long-lived streams the server is stopping; cheap to clone.
#[derive(Debug, Clone)]
pub struct Stopping(watch::Receiver<bool>);

/// Starts the stop of every long-lived stream made under its [`Stopping`].
#[derive(Debug)]
pub struct StopStreams(watch::Sender<bool>);

/// A pair: the handle that ends streams, and what the layer watches.
pub fn stop_signal() -> (StopStreams, Stopping) {
    let (tx, rx) = watch::channel(false);
    (StopStreams(tx), Stopping(rx))
}

impl StopStreams {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }
}

impl Stopping {
    async fn stopped(mut self) {
        // An error means the sender is gone: the server is gone too.
        let _ = self.0.wait_for(|stopping| *stopping).await;
    }
}

/// Admits at most `limit` long-lived streams at once and ends them at shutdown.
#[derive(Debug, Clone)]
pub struct StreamLimitLayer {
    open: Arc<AtomicUsize>,
    limit: usize,
    stopping: Stopping,
}

impl StreamLimitLayer {
    pub fn new(limit: usize, stopping: Stopping) -> Self {
        StreamLimitLayer { open: Arc::default(), limit, stopping }
    }
}

impl<S> Layer<S> for StreamLimitLayer {
    type Service = StreamLimit<S>;

    fn layer(&self, inner: S) -> StreamLimit<S> {
        StreamLimit { inner, layer: self.clone() }
    }
}

#[derive(Debug, Clone)]
pub struct StreamLimit<S> {
    inner: S,
    layer: StreamLimitLayer,
}

/// One open long-lived stream's place among the `limit`; given back when the stream ends.
struct Permit(Arc<AtomicUsize>);

impl Drop for Permit {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl<S, ResBody> Service<Request<tonic::body::Body>> for StreamLimit<S>
where
    S: Service<Request<tonic::body::Body>, Response = Response<ResBody>>,
{
    type Response = Response<LongLived<ResBody>>;
    type Error = S::Error;
    type Future = StreamLimitFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<tonic::body::Body>) -> Self::Future {
        if !is_long_lived(request.uri().path()) {
            return StreamLimitFuture::Passed { inner: self.inner.call(request) };
        }
        let limit = self.layer.limit;
        let taken =
            self.layer.open.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| (n < limit).then_some(n + 1));
        if taken.is_err() {
            super::metrics::call_refused();
            let status = Status::resource_exhausted(format!(
                "{limit} watch and reflection streams are open, the most the server keeps: retry later"
            ));
            return StreamLimitFuture::Refused { status: Some(status) };
        }
        let permit = Permit(self.layer.open.clone());
        // A reflection session reads its requests in a task of its own: their stream must end at
        // shutdown too, or that task holds the HTTP/2 stream (and the connection) open.
        let stop = Box::pin(self.layer.stopping.clone().stopped());
        let request = request.map(|inner| tonic::body::Body::new(UntilStop { inner, stop }));
        StreamLimitFuture::Admitted {
            inner: self.inner.call(request),
            held: Some((permit, self.layer.stopping.clone())),
        }
    }
}

pin_project! {
    #[project = StreamLimitProj]
    pub enum StreamLimitFuture<F> {
        Passed { #[pin] inner: F },
        Admitted { #[pin] inner: F, held: Option<(Permit, Stopping)> },
        Refused { status: Option<Status> },
    }
}

impl<F, B, E> Future for StreamLimitFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<LongLived<B>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            StreamLimitProj::Passed { inner } => {
                Poll::Ready(ready!(inner.poll(cx)).map(|r| r.map(|inner| LongLived::passed(inner))))
            }
            StreamLimitProj::Admitted { inner, held } => {
                let response = ready!(inner.poll(cx))?;
                let (permit, stopping) = held.take().expect("polled after completion");
                Poll::Ready(Ok(response.map(|inner| LongLived {
                    inner: Some(inner),
                    stop: Some(Box::pin(stopping.stopped())),
                    _permit: Some(permit),
                    ended: None,
                })))
            }
            StreamLimitProj::Refused { status } => {
                let status = status.take().expect("polled after completion");
                Poll::Ready(Ok(status.into_http::<()>().map(|()| LongLived::refused())))
            }
        }
    }
}

pin_project! {
    /// A response body: passed through, or a long-lived stream that ends with UNAVAILABLE once the
    /// server stops and nothing more is ready to send.
    pub struct LongLived<B> {
        #[pin]
        inner: Option<B>,
        stop: Option<Pin<Box<dyn Future<Output = ()> + Send>>>,
        _permit: Option<Permit>,
        ended: Option<bool>,
    }
}

impl<B> LongLived<B> {
    fn passed(inner: B) -> Self {
        LongLived { inner: Some(inner), stop: None, _permit: None, ended: None }
    }

    /// A trailers-only refusal: no body at all.
    fn refused() -> Self {
        LongLived { inner: None, stop: None, _permit: None, ended: Some(true) }
    }
}

impl<B> Default for LongLived<B> {
    fn default() -> Self {
        LongLived::refused()
    }
}

impl<B> Body for LongLived<B>
where
    B: Body<Data = Bytes>,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let mut this = self.project();
        if this.ended.is_some() {
            return Poll::Ready(None);
        }
        let Some(inner) = this.inner.as_mut().as_pin_mut() else { return Poll::Ready(None) };
        // What the stream has ready goes first: the NOT_SERVING a watcher is sent at shutdown.
        if let Poll::Ready(frame) = inner.poll_frame(cx) {
            return Poll::Ready(frame);
        }
        let Some(stop) = this.stop.as_mut() else { return Poll::Pending };
        ready!(stop.as_mut().poll(cx));
        *this.ended = Some(true);
        // Dropping the handler's stream drops the request stream it reads (reflection's), so the
        // stream is reset rather than left half open, holding its connection.
        this.inner.set(None);
        let mut trailers = HeaderMap::new();
        let status = Status::unavailable("the server is shutting down: reconnect to another replica");
        if status.add_header(&mut trailers).is_err() {
            return Poll::Ready(None);
        }
        Poll::Ready(Some(Ok(Frame::trailers(trailers))))
    }

    fn is_end_stream(&self) -> bool {
        self.ended.is_some() || self.inner.as_ref().is_none_or(|inner| inner.is_end_stream())
    }

    fn size_hint(&self) -> SizeHint {
        match &self.inner {
            Some(inner) if self.stop.is_none() => inner.size_hint(),
            Some(_) => SizeHint::default(),
            None => SizeHint::with_exact(0),
        }
    }
}

pin_project! {
    /// A request body that ends (cleanly) once the server stops.
    struct UntilStop<B> {
        #[pin]
        inner: B,
        stop: Pin<Box<dyn Future<Output = ()> + Send>>,
    }
}

impl<B: Body> Body for UntilStop<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<B::Data>, B::Error>>> {
        let this = self.project();
        if let Poll::Ready(frame) = this.inner.poll_frame(cx) {
            return Poll::Ready(frame);
        }
        ready!(this.stop.as_mut().poll(cx));
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }
}
