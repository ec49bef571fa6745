//! The one mapping from engine errors to gRPC statuses. Every handler goes through it, so a
//! caller's mistake is always INVALID_ARGUMENT or NOT_FOUND with the engine's own message, and
//! never UNKNOWN or INTERNAL.

use tonic::Status;

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
            // Only loading a corpus hits these, never a caller's request.
            EngineError::EmptyCorpus(_) => Status::failed_precondition(message),
            EngineError::Corpus { .. } => Status::internal(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use tonic::Code;

    use super::*;

    #[test]
    fn caller_mistakes_are_invalid_argument_with_the_engine_message() {
        let status = Status::from(EngineError::YearOutOfRange { year: 99999, min: 1900, max: 2200 });
        assert_eq!(status.code(), Code::InvalidArgument);
        assert_eq!(status.message(), "year 99999 is outside the supported range 1900..=2200");
        for err in [
            EngineError::EmptyQuestion,
            EngineError::QuestionTooLong { chars: 600, limit: 512 },
            EngineError::InvalidAsOf("2023-13-01".into()),
        ] {
            assert_eq!(Status::from(err).code(), Code::InvalidArgument);
        }
    }

    #[test]
    fn a_year_without_meeting_is_not_found() {
        let status = Status::from(EngineError::NoMeeting(1950));
        assert_eq!(status.code(), Code::NotFound);
        assert!(status.message().contains("1950"), "{}", status.message());
    }
}
