//! The one mapping from engine errors to gRPC statuses. Every handler goes through it, so a
//! caller's mistake is always INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS or FAILED_PRECONDITION
//! with the engine's own message, and never UNKNOWN or INTERNAL. (What the transport refuses
//! before a handler runs, too large, too many, too late, is answered in `limits.rs`.) The server's
//! own failures (a file it cannot read or write) are logged whole, and answered without the path:
//! a status never tells a caller where the server keeps its files.

use tonic::{Code, Status};
use yrdqa_proto::details;
use yrdqa_proto::v1 as pb;

use crate::engine::EngineError;

impl From<EngineError> for Status {
    fn from(err: EngineError) -> Status {
        let message = err.to_string();
        // No wildcard arm: a new engine error must be given its status here deliberately.
        match err {
            EngineError::EmptyQuestion
            | EngineError::QuestionTooLong { .. }
            | EngineError::InvalidAsOf(_)
            | EngineError::YearOutOfRange { .. } => Status::invalid_argument(message),
            EngineError::NoMeeting(_) => Status::not_found(message),
            EngineError::InvalidDocumentName { .. } | EngineError::EmptyDocument => Status::invalid_argument(message),
            // The operator is shown what was (not) understood, to fix the article or a rule.
            EngineError::NothingExtracted(report) => {
                details::with_report(Code::InvalidArgument, message, &pb::ExtractionReport::from(&*report))
            }
            EngineError::DocumentExists(_) => Status::already_exists(message),
            EngineError::BuiltinCorpus => Status::failed_precondition(message),
            // The directory went away or emptied under a reload: the served corpus stays.
            EngineError::EmptyCorpus(_) => {
                tracing::warn!("{message}");
                Status::failed_precondition("the corpus directory holds no .txt document; the served corpus stays")
            }
            EngineError::Corpus { source, .. } => {
                tracing::error!("{message}");
                Status::internal(format!("cannot read the corpus directory: {source}"))
            }
            EngineError::CorpusWrite { source, .. } => {
                tracing::error!("{message}");
                Status::internal(format!("cannot write the document: {source}"))
            }
            EngineError::Interrupted(_) => Status::internal(message),
            // Only start-up is strict; a reload skips as the start-up did not.
            EngineError::Strict(_) => Status::failed_precondition(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caller_mistakes_are_invalid_argument_with_the_engine_message() {
        let status = Status::from(EngineError::YearOutOfRange { year: 99999, min: 1900, max: 2999 });
        assert_eq!(status.code(), Code::InvalidArgument);
        assert_eq!(status.message(), "year 99999 is outside the supported range 1900..=2999");
        for err in [
            EngineError::EmptyQuestion,
            EngineError::QuestionTooLong { chars: 600, limit: 512 },
            EngineError::InvalidAsOf("2023-13-01".into()),
        ] {
            assert_eq!(Status::from(err).code(), Code::InvalidArgument);
        }
    }

    #[test]
    fn a_document_that_yields_nothing_carries_its_report() {
        let report = crate::engine::DocReport { document_id: "weather".into(), ..Default::default() };
        let status = Status::from(EngineError::NothingExtracted(Box::new(report)));
        assert_eq!(status.code(), Code::InvalidArgument);
        assert!(status.message().contains("weather"), "{}", status.message());
        assert_eq!(details::report(&status).map(|r| r.document_id), Some("weather".to_string()));
    }

    #[test]
    fn no_status_shows_a_server_path_and_long_input_is_cut() {
        let secret = "/srv/secret/corpus/a.txt";
        let io = || std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied");
        for err in [
            EngineError::Corpus { path: secret.into(), source: io() },
            EngineError::CorpusWrite { path: secret.into(), source: io() },
            EngineError::EmptyCorpus(secret.into()),
        ] {
            let status = Status::from(err);
            assert!(!status.message().contains("/srv"), "{}", status.message());
        }
        let status = Status::from(EngineError::InvalidAsOf("9".repeat(60_000)));
        assert!(status.message().len() < 400, "{} bytes", status.message().len());
    }

    #[test]
    fn a_year_without_meeting_is_not_found() {
        let status = Status::from(EngineError::NoMeeting(1950));
        assert_eq!(status.code(), Code::NotFound);
        assert!(status.message().contains("1950"), "{}", status.message());
    }
}
