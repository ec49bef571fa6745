//! `yrdqa.v1.AdminService`: live ingestion behind a bearer token. The handlers convert and call
//! [`LiveCorpus`]; the token is checked before them by [`BearerAuth`], an interceptor, so no
//! handler can forget it.

use std::sync::Arc;

use subtle::ConstantTimeEq;
use tonic::service::Interceptor;
use tonic::{Request, Response, Status};
use yrdqa_proto::v1 as pb;
use yrdqa_proto::v1::admin_service_server::AdminService;

use super::live::{LiveCorpus, NewDocument};

/// The AdminService implementation over the live corpus.
#[derive(Clone)]
pub struct AdminApi {
    corpus: LiveCorpus,
}

impl AdminApi {
    pub fn new(corpus: LiveCorpus) -> Self {
        AdminApi { corpus }
    }
}

impl From<pb::AddDocumentRequest> for NewDocument {
    fn from(r: pb::AddDocumentRequest) -> NewDocument {
        NewDocument { name: r.name, text: r.text, replace: r.replace }
    }
}

#[tonic::async_trait]
impl AdminService for AdminApi {
    async fn add_document(
        &self,
        request: Request<pb::AddDocumentRequest>,
    ) -> Result<Response<pb::ExtractionReport>, Status> {
        let report = self.corpus.add(request.into_inner().into()).await?;
        Ok(Response::new((&report).into()))
    }

    async fn reload_corpus(
        &self,
        _request: Request<pb::ReloadCorpusRequest>,
    ) -> Result<Response<pb::ReloadCorpusResponse>, Status> {
        Ok(Response::new(self.corpus.reload().await?.into()))
    }
}

/// The secret admin calls must present as `authorization: Bearer <token>`.
#[derive(Clone)]
pub struct AdminToken(Arc<[u8]>);

impl AdminToken {
    /// `None` for an empty token, which would let anyone in who sends `Bearer ` alone.
    pub fn new(token: &str) -> Option<AdminToken> {
        (!token.is_empty()).then(|| AdminToken(Arc::from(token.as_bytes())))
    }

    /// Compares in constant time, so the time a wrong guess takes says nothing about how much of
    /// it was right. (Its length is not hidden; a token is a long random string anyway.)
    fn matches(&self, presented: &[u8]) -> bool {
        self.0.as_ref().ct_eq(presented).into()
    }
}

impl std::fmt::Debug for AdminToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AdminToken(<redacted>)")
    }
}

/// Lets a call through only with the right bearer token; UNAUTHENTICATED otherwise, with a message
/// that says what is expected but never echoes what was sent.
#[derive(Clone, Debug)]
pub struct BearerAuth(pub AdminToken);

impl Interceptor for BearerAuth {
    fn call(&mut self, request: Request<()>) -> Result<Request<()>, Status> {
        let presented = request.metadata().get("authorization").map(|v| v.as_bytes());
        // The scheme is case-insensitive (RFC 7235): `bearer` and `BEARER` are Bearer.
        let token = presented.and_then(|v| match v.split_at_checked(7) {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case(b"Bearer ") => Some(token),
            _ => None,
        });
        match token {
            Some(token) if self.0.matches(token) => Ok(request),
            Some(_) => Err(Status::unauthenticated("the admin token is wrong")),
            None => Err(Status::unauthenticated(
                "admin calls need `authorization: Bearer <token>` metadata with the server's YRDQA_ADMIN_TOKEN",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use tonic::Code;

    use super::*;

    fn call(auth: Option<&str>) -> Result<(), Code> {
        let mut request = Request::new(());
        if let Some(value) = auth {
            request.metadata_mut().insert("authorization", value.parse().unwrap());
        }
        let mut interceptor = BearerAuth(AdminToken::new("s3cret-token").unwrap());
        interceptor.call(request).map(drop).map_err(|s| s.code())
    }

    #[test]
    fn only_the_exact_bearer_token_passes() {
        for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
            assert_eq!(call(Some(&format!("{scheme} s3cret-token"))), Ok(()), "{scheme}");
        }
        for wrong in
            [None, Some("Bearer s3cret-toke"), Some("Bearer s3cret-token2"), Some("s3cret-token"), Some("Bearer ")]
        {
            assert_eq!(call(wrong), Err(Code::Unauthenticated), "{wrong:?}");
        }
    }

    #[test]
    fn an_empty_token_is_refused_and_a_token_never_prints() {
        assert!(AdminToken::new("").is_none());
        assert!(!format!("{:?}", AdminToken::new("abc").unwrap()).contains("abc"));
    }
}
