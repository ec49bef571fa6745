//! Metrics: what the service counts, and `/metrics`, which renders it in the Prometheus text format
//! when `yrdqa-server --metrics-listen ADDR` is given.
//!
//! Everything is recorded through the `metrics` facade, from the few places that know it (the call
//! log layer, the overload layer, the answer cache, the live corpus). Until [`install`] is called
//! no recorder is set and each record is a no-op, which is how the server runs without the flag
//! and how in-process tests run. The names below are the contract with dashboards and alerts.

use std::collections::HashSet;
use std::convert::Infallible;
use std::future::Future;
use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode, header};
use hyper_util::rt::TokioIo;
use metrics::{counter, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use prost::Message;
use tokio::net::TcpListener;
use tonic::Code;

use crate::engine::Stats;

/// Calls finished, by `method` and `code` (grpc-go's names: `OK`, `NotFound`, …).
pub const CALLS: &str = "yrdqa_calls_total";
/// Call latency in seconds, by `method`, as a histogram.
pub const CALL_SECONDS: &str = "yrdqa_call_duration_seconds";
/// Calls being handled now.
pub const IN_FLIGHT: &str = "yrdqa_calls_in_flight";
/// Calls refused with RESOURCE_EXHAUSTED because `--max-concurrent-calls` were in flight.
pub const REFUSED: &str = "yrdqa_calls_refused_total";
/// `Ask` requests answered from the answer cache, and those that were not.
pub const CACHE_HITS: &str = "yrdqa_answer_cache_hits_total";
pub const CACHE_MISSES: &str = "yrdqa_answer_cache_misses_total";
/// Bytes the answer cache holds (requests and encoded replies).
pub const CACHE_BYTES: &str = "yrdqa_answer_cache_bytes";
/// What the corpus being served holds.
pub const DOCUMENTS: &str = "yrdqa_corpus_documents";
pub const MEETINGS: &str = "yrdqa_corpus_meetings";
pub const FACTS: &str = "yrdqa_corpus_facts";
/// Reloads of the corpus directory (SIGHUP, `ReloadCorpus`, `--watch`), by `result` (`ok`, `failed`).
pub const RELOADS: &str = "yrdqa_corpus_reloads_total";
/// When the last successful reload was swapped in, in Unix seconds.
pub const LAST_RELOAD: &str = "yrdqa_corpus_last_reload_timestamp_seconds";
/// Always 1, labelled with the `version` of the build.
pub const BUILD_INFO: &str = "yrdqa_build_info";

/// The `method` label of a path no service serves: a caller may send any path, and each distinct
/// label value is a new time series kept for ever.
const UNKNOWN_METHOD: &str = "unknown";

/// Histogram buckets for call latency: an `Ask` takes tens of microseconds, a reload of a large
/// corpus seconds.
const LATENCY_BUCKETS: [f64; 14] =
    [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

/// How often the recorder's histograms are compacted, scrape or no scrape.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// Why metrics could not be served.
#[derive(Debug, thiserror::Error)]
pub enum MetricsError {
    #[error("cannot install the metrics recorder: {0}")]
    Install(#[from] metrics_exporter_prometheus::BuildError),
    #[error("cannot listen for metrics on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
}

/// Sets the process's recorder to a Prometheus one and records the build information; once per
/// process (a second call fails).
pub fn install() -> Result<PrometheusHandle, MetricsError> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(CALL_SECONDS.into()), &LATENCY_BUCKETS)?
        .install_recorder()?;
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    Ok(handle)
}

/// Binds `addr` for [`serve`]; its own step, so the bound address can be reported first.
pub async fn bind(addr: &str) -> Result<TcpListener, MetricsError> {
    TcpListener::bind(addr).await.map_err(|source| MetricsError::Bind { addr: addr.into(), source })
}

/// Serves `GET /metrics` over HTTP/1.1 on `listener` until `shutdown` completes; every other path
/// is 404. A failed connection is that scraper's problem only.
pub async fn serve(listener: TcpListener, handle: PrometheusHandle, shutdown: impl Future<Output = ()>) {
    let upkeep = handle.clone();
    let upkeep = tokio::spawn(async move {
        let mut every = tokio::time::interval(UPKEEP_EVERY);
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!("metrics: cannot accept a connection: {e}");
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let handle = handle.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                let handle = handle.clone();
                async move { Ok::<_, Infallible>(respond(&request, &handle)) }
            });
            if let Err(e) =
                hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
            {
                tracing::debug!("metrics: connection ended: {e}");
            }
        });
    }
    upkeep.abort();
}

fn respond<B>(request: &Request<B>, handle: &PrometheusHandle) -> Response<http_body_util::Full<Bytes>> {
    let (status, body) = match (request.method(), request.uri().path()) {
        (&Method::GET, "/metrics") => (StatusCode::OK, handle.render()),
        (_, "/metrics") => (StatusCode::METHOD_NOT_ALLOWED, "GET only\n".into()),
        _ => (StatusCode::NOT_FOUND, "metrics are at /metrics\n".into()),
    };
    let mut response = Response::new(http_body_util::Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response
}

/// Every method path the server can serve, `/package.Service/Method`, read from the descriptor
/// sets it serves, so the `method` label can only take these values.
fn known_methods() -> &'static HashSet<String> {
    static KNOWN: LazyLock<HashSet<String>> = LazyLock::new(|| {
        let sets = [
            yrdqa_proto::FILE_DESCRIPTOR_SET,
            tonic_health::pb::FILE_DESCRIPTOR_SET,
            tonic_reflection::pb::v1::FILE_DESCRIPTOR_SET,
            tonic_reflection::pb::v1alpha::FILE_DESCRIPTOR_SET,
        ];
        let mut known = HashSet::new();
        for set in sets {
            // Built into the binary by the same build that made the code: cannot fail to decode.
            let set = prost_types::FileDescriptorSet::decode(set).expect("a built-in descriptor set");
            for file in &set.file {
                for service in &file.service {
                    for method in &service.method {
                        known.insert(format!("/{}.{}/{}", file.package(), service.name(), method.name()));
                    }
                }
            }
        }
        known
    });
    &KNOWN
}

/// The `method` label of `path`; static, so labelling a call allocates nothing.
fn method_label(path: &str) -> &'static str {
    known_methods().get(path).map_or(UNKNOWN_METHOD, String::as_str)
}

/// grpc-go's name of a code, the one Prometheus exporters of other gRPC servers use.
pub(crate) fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "OK",
        Code::Cancelled => "Canceled",
        Code::Unknown => "Unknown",
        Code::InvalidArgument => "InvalidArgument",
        Code::DeadlineExceeded => "DeadlineExceeded",
        Code::NotFound => "NotFound",
        Code::AlreadyExists => "AlreadyExists",
        Code::PermissionDenied => "PermissionDenied",
        Code::ResourceExhausted => "ResourceExhausted",
        Code::FailedPrecondition => "FailedPrecondition",
        Code::Aborted => "Aborted",
        Code::OutOfRange => "OutOfRange",
        Code::Unimplemented => "Unimplemented",
        Code::Internal => "Internal",
        Code::Unavailable => "Unavailable",
        Code::DataLoss => "DataLoss",
        Code::Unauthenticated => "Unauthenticated",
    }
}

/// A call has started (the call log layer, outermost).
pub(crate) fn call_started() {
    gauge!(IN_FLIGHT).increment(1.0);
}

/// A call has ended with `code` after `latency`; `code` is `None` when no status was sent (the
/// caller went away, or the stack failed), counted as `Canceled` and `Unknown` as grpc-go would.
pub(crate) fn call_finished(path: &str, code: Option<Code>, dropped: bool, latency: Duration) {
    let code = match code {
        Some(code) => code_name(code),
        None if dropped => code_name(Code::Cancelled),
        None => code_name(Code::Unknown),
    };
    let method = method_label(path);
    gauge!(IN_FLIGHT).decrement(1.0);
    counter!(CALLS, "method" => method, "code" => code).increment(1);
    histogram!(CALL_SECONDS, "method" => method).record(latency.as_secs_f64());
}

/// A call was refused by the concurrency limit.
pub(crate) fn call_refused() {
    counter!(REFUSED).increment(1);
}

/// The answer cache was asked: `hit` whether it had the reply.
pub(crate) fn cache_lookup(hit: bool) {
    if hit {
        counter!(CACHE_HITS).increment(1);
    } else {
        counter!(CACHE_MISSES).increment(1);
    }
}

/// The answer cache now holds `bytes`.
pub(crate) fn cache_size(bytes: usize) {
    gauge!(CACHE_BYTES).set(bytes as f64);
}

/// A corpus with these figures is now served.
pub(crate) fn corpus_served(stats: &Stats) {
    gauge!(DOCUMENTS).set(stats.documents as f64);
    gauge!(MEETINGS).set(stats.meetings as f64);
    gauge!(FACTS).set(stats.facts as f64);
}

/// A reload of the corpus directory ended; `ok` whether its corpus is now served.
pub(crate) fn reloaded(ok: bool) {
    counter!(RELOADS, "result" => if ok { "ok" } else { "failed" }).increment(1);
    if ok {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        gauge!(LAST_RELOAD).set(now.as_secs_f64());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_served_methods_become_labels() {
        assert_eq!(method_label("/yrdqa.v1.QaService/Ask"), "/yrdqa.v1.QaService/Ask");
        assert_eq!(method_label("/yrdqa.v1.AdminService/AddDocument"), "/yrdqa.v1.AdminService/AddDocument");
        assert_eq!(method_label("/grpc.health.v1.Health/Check"), "/grpc.health.v1.Health/Check");
        assert_eq!(
            method_label("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"),
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"
        );
        for junk in ["/yrdqa.v1.QaService/Nope", "/x/y", "", "/yrdqa.v1.QaService/Ask/"] {
            assert_eq!(method_label(junk), UNKNOWN_METHOD, "{junk:?}");
        }
    }

    #[test]
    fn codes_take_grpc_go_names() {
        assert_eq!(code_name(Code::Ok), "OK");
        assert_eq!(code_name(Code::ResourceExhausted), "ResourceExhausted");
        assert_eq!(code_name(Code::Cancelled), "Canceled");
    }
}
