//! `grpc.health.v1`: the server as a whole and the QA service report SERVING once the engine is
//! loaded; an unknown service is NOT_FOUND, as the health protocol requires.

use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use yrdqa::TestServer;

async fn check(
    client: &mut HealthClient<tonic::transport::Channel>,
    service: &str,
) -> Result<ServingStatus, tonic::Status> {
    let response = client.check(HealthCheckRequest { service: service.into() }).await?;
    Ok(response.into_inner().status())
}

#[tokio::test]
async fn server_and_qa_service_are_serving() {
    let server = TestServer::start().await;
    let mut health = HealthClient::new(server.channel().await);
    assert_eq!(check(&mut health, "").await.expect("overall health"), ServingStatus::Serving);
    assert_eq!(check(&mut health, "yrdqa.v1.QaService").await.expect("QaService health"), ServingStatus::Serving);
    let unknown = check(&mut health, "yrdqa.v1.NoSuchService").await.expect_err("unknown service");
    assert_eq!(unknown.code(), tonic::Code::NotFound);
    server.shutdown().await.expect("clean shutdown");
}

#[tokio::test]
async fn the_client_library_sees_serving() {
    let server = TestServer::start().await;
    assert_eq!(server.client().await.health().await.expect("health"), ServingStatus::Serving);
}
