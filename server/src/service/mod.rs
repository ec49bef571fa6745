//! The gRPC service layer: thin handlers that validate, convert and call the engine.
