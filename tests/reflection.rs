//! Server reflection, v1 and v1alpha (older grpcurl): lists the services actually served, and
//! serves the descriptors of `yrdqa.v1` so a caller can describe them.

use prost_types::FileDescriptorProto;
use tokio_stream::StreamExt;
use tonic_reflection::pb::{v1, v1alpha};
use yrdqa::TestServer;
use yrdqa_server::service::{AdminToken, Options};

async fn v1_request(
    server: &TestServer,
    request: v1::server_reflection_request::MessageRequest,
) -> v1::server_reflection_response::MessageResponse {
    let mut client = v1::server_reflection_client::ServerReflectionClient::new(server.channel().await);
    let request = v1::ServerReflectionRequest { host: String::new(), message_request: Some(request) };
    let mut replies =
        client.server_reflection_info(tokio_stream::once(request)).await.expect("reflection call").into_inner();
    replies.next().await.expect("one reply").expect("reply").message_response.expect("message response")
}

async fn listed(server: &TestServer) -> Vec<String> {
    let reply = v1_request(server, v1::server_reflection_request::MessageRequest::ListServices(String::new())).await;
    let v1::server_reflection_response::MessageResponse::ListServicesResponse(list) = reply else {
        panic!("expected a service list, got {reply:?}");
    };
    list.service.into_iter().map(|s| s.name).collect()
}

#[tokio::test]
async fn v1_lists_the_served_services_only() {
    let server = TestServer::start().await;
    let names = listed(&server).await;
    for served in ["yrdqa.v1.QaService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection"] {
        assert!(names.iter().any(|n| n == served), "{served} missing from {names:?}");
    }
    // AdminService is in the descriptor set but not served without an admin token.
    assert!(!names.iter().any(|n| n == "yrdqa.v1.AdminService"), "{names:?}");

    let admin_token = AdminToken::new("a-long-random-token");
    let server = TestServer::start_with_options(Options { admin_token, ..Options::default() }).await;
    assert!(listed(&server).await.iter().any(|n| n == "yrdqa.v1.AdminService"));
}

#[tokio::test]
async fn v1_describes_the_qa_service() {
    let server = TestServer::start().await;
    let symbol = v1::server_reflection_request::MessageRequest::FileContainingSymbol("yrdqa.v1.QaService".into());
    let reply = v1_request(&server, symbol).await;
    let v1::server_reflection_response::MessageResponse::FileDescriptorResponse(files) = reply else {
        panic!("expected file descriptors, got {reply:?}");
    };
    let files: Vec<FileDescriptorProto> =
        files.file_descriptor_proto.iter().map(|b| prost::Message::decode(b.as_slice()).expect("descriptor")).collect();
    let qa = files.iter().find(|f| f.name() == "yrdqa/v1/qa.proto").expect("qa.proto served");
    let service = qa.service.iter().find(|s| s.name() == "QaService").expect("QaService described");
    let methods: Vec<&str> = service.method.iter().map(|m| m.name()).collect();
    assert_eq!(methods, ["Ask", "GetMeeting", "ListMeetings"]);
}

#[tokio::test]
async fn v1alpha_lists_the_qa_service_for_older_clients() {
    let server = TestServer::start().await;
    let mut client = v1alpha::server_reflection_client::ServerReflectionClient::new(server.channel().await);
    let request = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(v1alpha::server_reflection_request::MessageRequest::ListServices(String::new())),
    };
    let mut replies =
        client.server_reflection_info(tokio_stream::once(request)).await.expect("reflection call").into_inner();
    let reply = replies.next().await.expect("one reply").expect("reply").message_response.expect("message response");
    let v1alpha::server_reflection_response::MessageResponse::ListServicesResponse(list) = reply else {
        panic!("expected a service list, got {reply:?}");
    };
    assert!(list.service.iter().any(|s| s.name == "yrdqa.v1.QaService"), "{list:?}");
}

/// The file descriptors of a reflection reply.
fn decode_files(encoded: &[Vec<u8>]) -> Vec<FileDescriptorProto> {
    encoded.iter().map(|b| prost::Message::decode(b.as_slice()).expect("descriptor")).collect()
}

/// Whether one of `files` defines the service `name` (fully qualified).
fn defines_service(files: &[FileDescriptorProto], name: &str) -> bool {
    files.iter().any(|f| f.service.iter().any(|s| format!("{}.{}", f.package(), s.name()) == name))
}

/// Lists the services over v1, then resolves each as a reflection client does: the file holding
/// the symbol, then every file it imports, by name.
async fn v1_resolve_all(server: &TestServer) -> Vec<String> {
    use v1::server_reflection_request::MessageRequest as Req;
    use v1::server_reflection_response::MessageResponse as Res;
    let names = listed(server).await;
    for name in &names {
        let Res::FileDescriptorResponse(reply) = v1_request(server, Req::FileContainingSymbol(name.clone())).await
        else {
            panic!("v1 cannot resolve the listed service {name}");
        };
        let files = decode_files(&reply.file_descriptor_proto);
        assert!(defines_service(&files, name), "v1: the file returned for {name} does not define it");
        for dependency in files.iter().flat_map(|f| f.dependency.clone()) {
            let reply = v1_request(server, Req::FileByFilename(dependency.clone())).await;
            assert!(matches!(reply, Res::FileDescriptorResponse(_)), "v1: {name} imports {dependency}: {reply:?}");
        }
    }
    names
}

async fn v1alpha_request(
    server: &TestServer,
    request: v1alpha::server_reflection_request::MessageRequest,
) -> v1alpha::server_reflection_response::MessageResponse {
    let mut client = v1alpha::server_reflection_client::ServerReflectionClient::new(server.channel().await);
    let request = v1alpha::ServerReflectionRequest { host: String::new(), message_request: Some(request) };
    let mut replies =
        client.server_reflection_info(tokio_stream::once(request)).await.expect("reflection call").into_inner();
    replies.next().await.expect("one reply").expect("reply").message_response.expect("message response")
}

/// [`v1_resolve_all`] over v1alpha, which older grpcurl and grpc_requests speak.
async fn v1alpha_resolve_all(server: &TestServer) -> Vec<String> {
    use v1alpha::server_reflection_request::MessageRequest as Req;
    use v1alpha::server_reflection_response::MessageResponse as Res;
    let Res::ListServicesResponse(list) = v1alpha_request(server, Req::ListServices(String::new())).await else {
        panic!("v1alpha: expected a service list");
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    for name in &names {
        let reply = v1alpha_request(server, Req::FileContainingSymbol(name.clone())).await;
        let Res::FileDescriptorResponse(reply) = reply else {
            panic!("v1alpha cannot resolve the listed service {name}: {reply:?}");
        };
        let files = decode_files(&reply.file_descriptor_proto);
        assert!(defines_service(&files, name), "v1alpha: the file returned for {name} does not define it");
        for dependency in files.iter().flat_map(|f| f.dependency.clone()) {
            let reply = v1alpha_request(server, Req::FileByFilename(dependency.clone())).await;
            assert!(matches!(reply, Res::FileDescriptorResponse(_)), "v1alpha: {name} imports {dependency}: {reply:?}");
        }
    }
    names
}

#[tokio::test]
async fn every_listed_service_resolves_over_v1_and_v1alpha() {
    let admin_token = AdminToken::new("a-long-random-token");
    for options in [Options::default(), Options { admin_token, ..Options::default() }] {
        let admin = options.admin_token.is_some();
        let server = TestServer::start_with_options(options).await;
        let mut over_v1 = v1_resolve_all(&server).await;
        let mut over_v1alpha = v1alpha_resolve_all(&server).await;
        over_v1.sort();
        over_v1alpha.sort();
        assert_eq!(over_v1, over_v1alpha, "both versions list the same services");
        let mut expected = vec![
            "grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection",
            "grpc.reflection.v1alpha.ServerReflection",
            "yrdqa.v1.QaService",
        ];
        if admin {
            expected.push("yrdqa.v1.AdminService");
        }
        expected.sort();
        assert_eq!(over_v1, expected);
    }
}
