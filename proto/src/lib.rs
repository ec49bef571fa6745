//! The gRPC contracts of yrdqa (package `yrdqa.v1`): generated messages and services, their
//! proto3 JSON mapping, and the encoded file descriptor set for server reflection. Nothing else
//! lives here.

/// Package `yrdqa.v1`.
pub mod v1 {
    tonic::include_proto!("yrdqa.v1");
    include!(concat!(env!("OUT_DIR"), "/yrdqa.v1.serde.rs"));
}

/// The encoded `FileDescriptorSet` of every yrdqa proto, for `tonic-reflection`.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/yrdqa_descriptor.bin"));
