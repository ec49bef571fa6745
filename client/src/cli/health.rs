//! `yrdqa health`: the exit code a container health check needs.

use std::process::ExitCode;

use tonic_health::pb::health_check_response::ServingStatus;
use yrdqa_client::{Client, Error};

use super::Output;

pub async fn run(client: &Client, out: Output) -> Result<ExitCode, Error> {
    let status = client.health().await?;
    if out.json {
        out.print_json(&serde_json::json!({ "status": status.as_str_name() }));
    } else {
        println!("{}", status.as_str_name());
    }
    Ok(if status == ServingStatus::Serving { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
