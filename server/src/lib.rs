//! yrdqa's server: the engine, which turns raw articles into a knowledge base and answers
//! questions over it (no gRPC in it), and the service layer, which puts that engine behind the
//! `yrdqa.v1` contracts (no extraction rule in it).

pub mod engine;
pub mod service;
pub mod synth;
