//! The gRPC contracts of yrdqa (package `yrdqa.v1`): generated messages and services, their
//! proto3 JSON mapping, the encoded file descriptor set for server reflection, and the error
//! details both sides agree on ([`details`]). Nothing else lives here.

/// Package `yrdqa.v1`.
pub mod v1 {
    tonic::include_proto!("yrdqa.v1");
    include!(concat!(env!("OUT_DIR"), "/yrdqa.v1.serde.rs"));
}

/// The encoded `FileDescriptorSet` of every yrdqa proto, for `tonic-reflection`.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/yrdqa_descriptor.bin"));

/// The rich error model: a status may carry, in its details (`grpc-status-details-bin`), an
/// encoded `google.rpc.Status` whose `details` are `Any`s. yrdqa uses it for one thing: an
/// `AddDocument` that is rejected carries the document's `ExtractionReport`, so the operator sees
/// what was (not) understood. Tools such as grpcurl decode it through reflection.
pub mod details {
    use prost::Message;
    use tonic::{Code, Status};

    use crate::v1::ExtractionReport;

    /// The type URL of an `ExtractionReport` packed in an `Any`.
    pub const EXTRACTION_REPORT_TYPE: &str = "type.googleapis.com/yrdqa.v1.ExtractionReport";

    /// `google.rpc.Status` (google/rpc/status.proto), the only message of that package needed.
    #[derive(Clone, PartialEq, Message)]
    struct RpcStatus {
        #[prost(int32, tag = "1")]
        code: i32,
        #[prost(string, tag = "2")]
        message: String,
        #[prost(message, repeated, tag = "3")]
        details: Vec<prost_types::Any>,
    }

    /// A status with `report` in its details.
    pub fn with_report(code: Code, message: String, report: &ExtractionReport) -> Status {
        let any = prost_types::Any { type_url: EXTRACTION_REPORT_TYPE.to_string(), value: report.encode_to_vec() };
        let rpc = RpcStatus { code: code as i32, message: message.clone(), details: vec![any] };
        Status::with_details(code, message, rpc.encode_to_vec().into())
    }

    /// The `ExtractionReport` in the details of `status`, if it carries one.
    pub fn report(status: &Status) -> Option<ExtractionReport> {
        let rpc = RpcStatus::decode(status.details()).ok()?;
        let any = rpc.details.into_iter().find(|a| a.type_url == EXTRACTION_REPORT_TYPE)?;
        ExtractionReport::decode(any.value.as_slice()).ok()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_report_survives_the_round_trip_and_plain_statuses_have_none() {
            let report = ExtractionReport { document_id: "x".into(), warnings: vec!["w".into()], ..Default::default() };
            let status = with_report(Code::InvalidArgument, "rejected".into(), &report);
            assert_eq!((status.code(), status.message()), (Code::InvalidArgument, "rejected"));
            assert_eq!(super::report(&status), Some(report));
            assert_eq!(super::report(&Status::not_found("no")), None);
        }
    }
}
