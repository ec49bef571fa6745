//! QaService as served: the generated server, except that `Ask` is answered from encoded
//! messages. The generated server would decode every request into an `AskRequest` and encode
//! every reply afresh; here a request's bytes go to [`QaApi::ask_encoded`] as they arrived and the
//! reply it returns (often a kept one, shared by reference count) is written out as it is. Every
//! other method, and everything about how calls are framed, limited and answered, is tonic's.

use std::convert::Infallible;
use std::task::{Context, Poll};

use bytes::{Buf, BufMut, Bytes};
use http_body::Body;
use tonic::body::Body as TonicBody;
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::codegen::{BoxFuture, StdError};
use tonic::server::{Grpc, NamedService, UnaryService};
use tonic::{Request, Response, Status};
use tower::Service;
use yrdqa_proto::v1::qa_service_server::QaServiceServer;

use super::qa::QaApi;

/// The path of `Ask`, as the generated server matches it.
const ASK: &str = "/yrdqa.v1.QaService/Ask";

/// `yrdqa.v1.QaService`, with `Ask` on encoded messages.
#[derive(Clone)]
pub struct QaServer {
    api: QaApi,
    generated: QaServiceServer<QaApi>,
    max_request_bytes: usize,
}

impl QaServer {
    /// Serves `api`, refusing request messages over `max_request_bytes` as the generated server
    /// would.
    pub fn new(api: QaApi, max_request_bytes: usize) -> QaServer {
        let generated = QaServiceServer::new(api.clone()).max_decoding_message_size(max_request_bytes);
        QaServer { api, generated, max_request_bytes }
    }
}

impl NamedService for QaServer {
    const NAME: &'static str = <QaServiceServer<QaApi> as NamedService>::NAME;
}

impl<B> Service<http::Request<B>> for QaServer
where
    B: Body + Send + 'static,
    B::Error: Into<StdError> + Send + 'static,
{
    type Response = http::Response<TonicBody>;
    type Error = Infallible;
    type Future = BoxFuture<Self::Response, Self::Error>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        if request.uri().path() != ASK {
            return self.generated.call(request);
        }
        let (api, limit) = (self.api.clone(), self.max_request_bytes);
        Box::pin(async move {
            let mut grpc = Grpc::new(EncodedCodec).apply_max_message_size_config(Some(limit), None);
            Ok(grpc.unary(EncodedAsk(api), request).await)
        })
    }
}

/// `Ask` as a unary service from request bytes to reply bytes.
struct EncodedAsk(QaApi);

impl UnaryService<Bytes> for EncodedAsk {
    type Response = Bytes;
    type Future = BoxFuture<Response<Bytes>, Status>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let api = self.0.clone();
        Box::pin(async move { api.ask_off_worker(request.into_inner()).await.map(Response::new) })
    }
}

/// A codec that passes messages through as bytes: what it decodes is the message as received,
/// what it encodes must already be an encoded message.
#[derive(Debug, Clone, Copy, Default)]
struct EncodedCodec;

impl Codec for EncodedCodec {
    type Encode = Bytes;
    type Decode = Bytes;
    type Encoder = EncodedCodec;
    type Decoder = EncodedCodec;

    fn encoder(&mut self) -> EncodedCodec {
        EncodedCodec
    }

    fn decoder(&mut self) -> EncodedCodec {
        EncodedCodec
    }
}

impl Encoder for EncodedCodec {
    type Item = Bytes;
    type Error = Status;

    fn encode(&mut self, item: Bytes, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put(item);
        Ok(())
    }
}

impl Decoder for EncodedCodec {
    type Item = Bytes;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Bytes>, Status> {
        // A split of tonic's receive buffer, not a copy.
        Ok(Some(src.copy_to_bytes(src.remaining())))
    }
}
