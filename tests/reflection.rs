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
