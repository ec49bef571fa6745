//! What can go wrong between the client and a server, each as one line fit for a terminal.

use std::error::Error as StdError;

use tonic::{Code, Status};
use yrdqa_proto::details;
use yrdqa_proto::v1::ExtractionReport;

/// A failure of the client library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid server address {addr}: {reason}")]
    Address { addr: String, reason: String },
    #[error("cannot reach server at {addr}: {reason}")]
    Unreachable { addr: String, reason: String },
    #[error("server error: {}: {message}", code_name(*.code))]
    Server { code: Code, message: String },
    /// The server refused a document and said what it understood of it.
    #[error("server error: {}: {message}", code_name(*.code))]
    Rejected { code: Code, message: String, report: Box<ExtractionReport> },
    #[error("the admin token cannot be sent: it must be visible ASCII")]
    BadToken,
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}:{line}: not a question case: {reason}")]
    Case { path: String, line: usize, reason: String },
}

impl Error {
    pub(crate) fn address(addr: &str, err: &dyn StdError) -> Error {
        Error::Address { addr: addr.to_string(), reason: causes(err) }
    }

    pub(crate) fn unreachable(addr: &str, err: &dyn StdError) -> Error {
        Error::Unreachable { addr: addr.to_string(), reason: causes(err) }
    }

    /// The gRPC code when the server answered with an error status.
    pub fn code(&self) -> Option<Code> {
        match self {
            Error::Server { code, .. } | Error::Rejected { code, .. } => Some(*code),
            _ => None,
        }
    }
}

impl From<Status> for Error {
    fn from(status: Status) -> Error {
        let (code, message) = (status.code(), status.message().replace('\n', " "));
        match details::report(&status) {
            Some(report) => Error::Rejected { code, message, report: Box::new(report) },
            None => Error::Server { code, message },
        }
    }
}

/// The error and its sources on one line: tonic's transport error alone says only "transport
/// error", the reason (connection refused, …) is further down the chain.
fn causes(err: &dyn StdError) -> String {
    let mut line = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        source = cause.source();
    }
    line
}

/// The canonical name of a gRPC status code, as in the gRPC specification (`NOT_FOUND`).
pub fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "OK",
        Code::Cancelled => "CANCELLED",
        Code::Unknown => "UNKNOWN",
        Code::InvalidArgument => "INVALID_ARGUMENT",
        Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
        Code::NotFound => "NOT_FOUND",
        Code::AlreadyExists => "ALREADY_EXISTS",
        Code::PermissionDenied => "PERMISSION_DENIED",
        Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        Code::FailedPrecondition => "FAILED_PRECONDITION",
        Code::Aborted => "ABORTED",
        Code::OutOfRange => "OUT_OF_RANGE",
        Code::Unimplemented => "UNIMPLEMENTED",
        Code::Internal => "INTERNAL",
        Code::Unavailable => "UNAVAILABLE",
        Code::DataLoss => "DATA_LOSS",
        Code::Unauthenticated => "UNAUTHENTICATED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_error_reads_as_one_line_with_the_canonical_code() {
        let err = Error::from(Status::not_found("the corpus knows no meeting\nfor 1950"));
        assert_eq!(err.to_string(), "server error: NOT_FOUND: the corpus knows no meeting for 1950");
        assert_eq!(err.code(), Some(Code::NotFound));
    }

    #[derive(Debug)]
    struct Transport(std::io::Error);

    impl std::fmt::Display for Transport {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("transport error")
        }
    }

    impl StdError for Transport {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn the_reason_down_the_source_chain_is_on_the_line() {
        let err = Transport(std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused"));
        assert_eq!(causes(&err), "transport error: connection refused");
    }
}
