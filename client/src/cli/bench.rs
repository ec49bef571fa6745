//! `yrdqa bench`: a closed-loop load generator in the spirit of ghz. It owns the load loop, the
//! latency histogram and the two reports: one run of one RPC, or `--compare`, two RPCs in turn on
//! the same connections with the median of each and their ratio.
//!
//! `--concurrency` tasks are spread over `--connections` tonic channels (one TCP connection
//! each); every task sends its next call as soon as the last one returned. Requests are encoded
//! once before the run and responses are read to their end but not decoded, so the generator does
//! the same work for every RPC and a ratio between two RPCs is the server's. Calls that start in
//! the warm-up, or end after the measured window, are not counted. Latency is taken per call,
//! errors included, into an HDR histogram (1 µs to 60 s, 3 significant figures), so memory stays
//! flat however long the run. A run stops by itself: at the end of `--duration`, or earlier after
//! `--requests` measured calls; a call still unanswered `GRACE` after the end is abandoned.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use bytes::{Buf, BufMut, Bytes};
use hdrhistogram::Histogram;
use http::uri::PathAndQuery;
use prost::Message;
use serde::Serialize;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::transport::Channel;
use tonic::{Code, Request, Status};
use tonic_health::pb::HealthCheckRequest;
use yrdqa_client::pb::qa_service_client::QaServiceClient;
use yrdqa_client::pb::{AskRequest, GetMeetingRequest, ListMeetingsRequest};
use yrdqa_client::{Error, code_name, load_channel};

use super::{Output, median};

/// How long a run waits, past its end, for the calls still in flight.
const GRACE: Duration = Duration::from_secs(5);
/// The longest run `--duration` accepts: a load loop is bounded in time.
const MAX_SECONDS: f64 = 3600.0;

/// The questions asked when no `--questions` file is given: one or more of each kind the dev set
/// has (place, date, next host, theme, documents, people, forum, aggregate, figures, relative
/// years, spelling variants) and questions the corpus cannot answer.
const BUILTIN_QUESTIONS: [&str; 16] = [
    "2023年度长三角地区主要领导座谈会在哪个城市召开？",
    "2022年度长三角地区主要领导座谈会是哪天举行的？",
    "2024年度会议确定的下一届座谈会在哪个省？",
    "2022年度座谈会的主题是什么？",
    "2024年度座谈会审议通过了哪些文件？",
    "2022年出席座谈会的上海市委书记是谁？",
    "王浩在2022年担任什么职务？",
    "2023年度座谈会有哪些人出席？",
    "2024年成果发布会由谁主持？",
    "第八届长三角一体化发展高层论坛在哪里举行？",
    "哪几年的座谈会在上海举行？",
    "2026年度长三角一体化发展实事项目清单包括几项？",
    "下一届长三角地区主要领导座谈会在哪里召开？",
    "2023年長三角地區主要領導座談會在哪裡舉行？",
    "2019年度长三角地区主要领导座谈会在哪里举行？",
    "今天天气怎么样？",
];

/// An RPC the generator can drive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Rpc {
    /// `yrdqa.v1.QaService/Ask`, cycling through the questions.
    Ask,
    /// `grpc.health.v1.Health/Check` for `yrdqa.v1.QaService`.
    Health,
    /// `yrdqa.v1.QaService/GetMeeting`, cycling through the years the server lists.
    GetMeeting,
}

impl Rpc {
    fn name(self) -> &'static str {
        match self {
            Rpc::Ask => "ask",
            Rpc::Health => "health",
            Rpc::GetMeeting => "get-meeting",
        }
    }

    /// The HTTP/2 path of the method, from the generated service names.
    fn path(self) -> PathAndQuery {
        let qa = yrdqa_client::pb::qa_service_server::SERVICE_NAME;
        let path = match self {
            Rpc::Ask => format!("/{qa}/Ask"),
            Rpc::Health => format!("/{}/Check", tonic_health::pb::health_server::SERVICE_NAME),
            Rpc::GetMeeting => format!("/{qa}/GetMeeting"),
        };
        PathAndQuery::try_from(path).expect("a service and method name make a valid path")
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The RPC to load.
    #[arg(long, value_enum, default_value = "ask")]
    rpc: Rpc,
    /// Calls in flight at once: each of this many tasks sends its next call when its last returns.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    concurrency: u32,
    /// TCP connections (tonic channels) the tasks are spread over.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=256))]
    connections: u32,
    /// Seconds measured, after the warm-up (at most 3600).
    #[arg(long, value_name = "SECS", default_value = "10", value_parser = seconds)]
    duration: Duration,
    /// Seconds of load before measuring, not counted.
    #[arg(long, value_name = "SECS", default_value = "1", value_parser = seconds)]
    warmup: Duration,
    /// Stop once this many calls were measured, even before `--duration` is up.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    requests: Option<u64>,
    /// Questions for `--rpc ask`: one JSON object a line with a `q` field (the format of
    /// tests/golden/dev.jsonl); default: a built-in mix of sixteen.
    #[arg(long, value_name = "FILE.jsonl")]
    questions: Option<PathBuf>,
    /// Also run this RPC, alternating with `--rpc` (A B A B …) on the same connections, and
    /// report the median of each and their ratio.
    #[arg(long, value_enum, value_name = "RPC")]
    compare: Option<Rpc>,
    /// How many times each RPC runs with `--compare`.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
    rounds: u32,
}

/// Parses `--duration` and `--warmup`: seconds, fractions allowed, at most an hour.
fn seconds(text: &str) -> Result<Duration, String> {
    let secs: f64 = text.parse().map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !(0.0..=MAX_SECONDS).contains(&secs) {
        return Err(format!("{secs} s is outside 0..={MAX_SECONDS}"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// What can stop a benchmark before it runs.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{0} holds no question")]
    NoQuestions(String),
    #[error("the server lists no meeting, so there is no year to ask GetMeeting for")]
    NoMeetings,
    #[error("--duration must be more than 0 seconds")]
    ZeroDuration,
    #[error(transparent)]
    Client(#[from] Error),
}

impl From<Status> for BenchError {
    fn from(status: Status) -> BenchError {
        BenchError::Client(status.into())
    }
}

pub async fn run(addr: &str, args: Args, out: Output) -> Result<ExitCode, BenchError> {
    if args.duration.is_zero() {
        return Err(BenchError::ZeroDuration);
    }
    let mut channels = Vec::new();
    for _ in 0..args.connections {
        channels.push(load_channel(addr).await?);
    }
    let rpcs: Vec<Rpc> = [Some(args.rpc), args.compare].into_iter().flatten().collect();
    let questions: Vec<String> = match &args.questions {
        Some(path) => read_questions(path)?,
        None => BUILTIN_QUESTIONS.iter().map(|q| q.to_string()).collect(),
    };
    let years: Vec<i32> = if rpcs.contains(&Rpc::GetMeeting) {
        let meetings = QaServiceClient::new(channels[0].clone()).list_meetings(ListMeetingsRequest {}).await?;
        meetings.into_inner().meetings.iter().map(|m| m.year).collect()
    } else {
        Vec::new()
    };
    if rpcs.contains(&Rpc::GetMeeting) && years.is_empty() {
        return Err(BenchError::NoMeetings);
    }
    let load = Load { channels, args: &args, questions: encoded_asks(&questions), years: encoded_years(&years) };
    match args.compare {
        None => {
            let summary = load.run(args.rpc).await;
            if out.json {
                out.print_json(&summary);
            } else {
                print_table(&[(String::new(), &summary)]);
            }
        }
        Some(against) => {
            let mut runs = Vec::new();
            for _ in 0..args.rounds {
                runs.push(load.run(args.rpc).await);
                runs.push(load.run(against).await);
            }
            let comparison = Comparison::of(&args, against, runs);
            if out.json {
                out.print_json(&comparison);
            } else {
                comparison.print();
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The questions of a golden-format file: the `q` of each non-blank line.
fn read_questions(path: &Path) -> Result<Vec<String>, BenchError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: shown.clone(), source })?;
    let mut questions = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let case = |reason: String| Error::Case { path: shown.clone(), line: n + 1, reason };
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| case(e.to_string()))?;
        let q = value["q"].as_str().ok_or_else(|| case("no string field `q`".into()))?;
        questions.push(q.to_string());
    }
    if questions.is_empty() {
        return Err(BenchError::NoQuestions(shown));
    }
    Ok(questions)
}

fn encoded_asks(questions: &[String]) -> Arc<[Bytes]> {
    let request = |q: &String| AskRequest { question: q.clone(), ..Default::default() }.encode_to_vec();
    questions.iter().map(|q| Bytes::from(request(q))).collect()
}

fn encoded_years(years: &[i32]) -> Arc<[Bytes]> {
    years.iter().map(|&year| Bytes::from(GetMeetingRequest { year }.encode_to_vec())).collect()
}

/// What every run of one invocation shares: the connections and the encoded requests.
struct Load<'a> {
    channels: Vec<Channel>,
    args: &'a Args,
    questions: Arc<[Bytes]>,
    years: Arc<[Bytes]>,
}

impl Load<'_> {
    /// One run of `rpc`: warm-up, then the measured window, then the tasks' tallies merged.
    async fn run(&self, rpc: Rpc) -> Summary {
        let began = Instant::now();
        let window = Arc::new(Window {
            measure_from: began + self.args.warmup,
            end: began + self.args.warmup + self.args.duration,
            limit: self.args.requests,
            tickets: AtomicU64::new(0),
            next: AtomicUsize::new(0),
        });
        let mut tasks = JoinSet::new();
        for task in 0..self.args.concurrency as usize {
            let channel = self.channels[task % self.channels.len()].clone();
            tasks.spawn(worker(self.caller(rpc, channel), window.clone()));
        }
        let mut tally = Tally::new();
        let deadline = window.end + GRACE;
        loop {
            match tokio::time::timeout_at(deadline, tasks.join_next()).await {
                Ok(Some(Ok(done))) => tally.merge(&done),
                Ok(Some(Err(e))) => std::panic::resume_unwind(e.into_panic()),
                Ok(None) => break,
                Err(_) => {
                    eprintln!("yrdqa: {} calls still unanswered {GRACE:?} after the end were abandoned", tasks.len());
                    tasks.abort_all();
                    break;
                }
            }
        }
        // Stopped early by --requests, the window is as long as it took.
        let measured = Instant::now().min(window.end).saturating_duration_since(window.measure_from);
        Summary::of(rpc, self.args, measured, &tally)
    }

    fn caller(&self, rpc: Rpc, channel: Channel) -> Caller {
        let requests = match rpc {
            Rpc::Ask => self.questions.clone(),
            Rpc::Health => {
                let service = yrdqa_client::pb::qa_service_server::SERVICE_NAME.to_string();
                Arc::from([Bytes::from(HealthCheckRequest { service }.encode_to_vec())])
            }
            Rpc::GetMeeting => self.years.clone(),
        };
        Caller { grpc: tonic::client::Grpc::new(channel), path: rpc.path(), requests }
    }
}

/// The time frame of one run, and the counters its tasks share.
struct Window {
    measure_from: Instant,
    end: Instant,
    /// `--requests`: how many measured calls may be sent.
    limit: Option<u64>,
    /// Measured calls sent so far, against `limit`.
    tickets: AtomicU64,
    /// The next question or year, shared so that the tasks together cycle through all of them.
    next: AtomicUsize,
}

/// One task's connection and what it sends: encoded requests, in turn.
struct Caller {
    grpc: tonic::client::Grpc<Channel>,
    path: PathAndQuery,
    requests: Arc<[Bytes]>,
}

impl Caller {
    /// Sends request number `i` (modulo their count) and reads the response to its end.
    async fn call(&mut self, i: usize) -> Result<(), Status> {
        let body = self.requests[i % self.requests.len()].clone();
        self.grpc.ready().await.map_err(|e| Status::unavailable(format!("connection not ready: {e}")))?;
        self.grpc.unary(Request::new(body), self.path.clone(), RawCodec).await.map(drop)
    }
}

/// Sends bytes that are already a message, and takes a response's bytes without decoding them.
#[derive(Debug, Clone, Copy, Default)]
struct RawCodec;

impl Codec for RawCodec {
    type Encode = Bytes;
    type Decode = usize;
    type Encoder = RawCodec;
    type Decoder = RawCodec;

    fn encoder(&mut self) -> RawCodec {
        RawCodec
    }

    fn decoder(&mut self) -> RawCodec {
        RawCodec
    }
}

impl Encoder for RawCodec {
    type Item = Bytes;
    type Error = Status;

    fn encode(&mut self, item: Bytes, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put(item);
        Ok(())
    }
}

impl Decoder for RawCodec {
    /// The length of the message.
    type Item = usize;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<usize>, Status> {
        let len = src.remaining();
        src.advance(len);
        Ok(Some(len))
    }
}

/// The closed loop of one task.
async fn worker(mut caller: Caller, window: Arc<Window>) -> Tally {
    let mut tally = Tally::new();
    loop {
        let sent = Instant::now();
        if sent >= window.end {
            break;
        }
        let measured = sent >= window.measure_from;
        if measured && window.limit.is_some_and(|limit| window.tickets.fetch_add(1, Ordering::Relaxed) >= limit) {
            break;
        }
        let result = caller.call(window.next.fetch_add(1, Ordering::Relaxed)).await;
        let done = Instant::now();
        if measured && done <= window.end {
            tally.record(done - sent, result.err().map(|status| status.code()));
        }
    }
    tally
}

/// Latencies and errors by gRPC code, of one task or, merged, of a run.
struct Tally {
    latency_us: Histogram<u64>,
    /// Indexed by the code's number (0 is OK, never counted here).
    errors: [u64; 17],
}

impl Tally {
    fn new() -> Tally {
        let latency_us = Histogram::new_with_bounds(1, 60_000_000, 3).expect("valid histogram bounds");
        Tally { latency_us, errors: [0; 17] }
    }

    fn record(&mut self, latency: Duration, error: Option<Code>) {
        let us = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
        self.latency_us.saturating_record(us.max(1));
        if let Some(code) = error {
            self.errors[(code as usize).min(16)] += 1;
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.latency_us.add(&other.latency_us).expect("histograms of the same bounds");
        for (mine, theirs) in self.errors.iter_mut().zip(other.errors) {
            *mine += theirs;
        }
    }
}

/// The report of one run: the object `--json` prints.
#[derive(Debug, Clone, Serialize)]
struct Summary {
    rpc: &'static str,
    concurrency: u32,
    connections: u32,
    /// The measured window, warm-up excluded.
    duration_s: f64,
    requests: u64,
    errors: u64,
    qps: f64,
    p50_us: u64,
    p90_us: u64,
    p99_us: u64,
    max_us: u64,
    /// `UNAVAILABLE 3, INTERNAL 1`: for the text table, not the JSON object.
    #[serde(skip)]
    error_codes: String,
}

impl Summary {
    fn of(rpc: Rpc, args: &Args, measured: Duration, tally: &Tally) -> Summary {
        let h = &tally.latency_us;
        let requests = h.len();
        let duration_s = measured.as_secs_f64();
        let error_codes = (1..17i32)
            .filter(|&code| tally.errors[code as usize] > 0)
            .map(|code| format!("{} {}", code_name(Code::from(code)), tally.errors[code as usize]))
            .collect::<Vec<_>>()
            .join(", ");
        Summary {
            rpc: rpc.name(),
            concurrency: args.concurrency,
            connections: args.connections,
            // Milliseconds and tenths of a call a second are plenty, and keep the JSON short.
            duration_s: (duration_s * 1000.0).round() / 1000.0,
            requests,
            errors: tally.errors.iter().sum(),
            qps: if duration_s > 0.0 { (requests as f64 / duration_s * 10.0).round() / 10.0 } else { 0.0 },
            p50_us: h.value_at_quantile(0.50),
            p90_us: h.value_at_quantile(0.90),
            p99_us: h.value_at_quantile(0.99),
            max_us: h.max(),
            error_codes,
        }
    }

    /// Each field the median of the runs' (which are of one RPC, with one configuration).
    fn median(runs: &[&Summary]) -> Summary {
        let first = runs[0];
        let u = |field: fn(&Summary) -> u64| median(runs.iter().map(|s| field(s) as f64).collect()).round() as u64;
        let f = |field: fn(&Summary) -> f64| median(runs.iter().map(|s| field(s)).collect());
        Summary {
            rpc: first.rpc,
            concurrency: first.concurrency,
            connections: first.connections,
            duration_s: f(|s| s.duration_s),
            requests: u(|s| s.requests),
            errors: u(|s| s.errors),
            qps: f(|s| s.qps),
            p50_us: u(|s| s.p50_us),
            p90_us: u(|s| s.p90_us),
            p99_us: u(|s| s.p99_us),
            max_us: u(|s| s.max_us),
            error_codes: String::new(),
        }
    }
}

/// `--compare`: every run in the order run, the median of each RPC, and A over B.
#[derive(Debug, Serialize)]
struct Comparison {
    rpc: &'static str,
    compare: &'static str,
    rounds: u32,
    runs: Vec<Summary>,
    a: Summary,
    b: Summary,
    /// Median throughput of `rpc` over that of `compare`: 1.0 means as fast.
    qps_ratio: f64,
    /// Median p50 latency of `rpc` over that of `compare`: 1.0 means as quick.
    p50_ratio: f64,
    /// Each round's throughput ratio, A over the B run right after it: under a load that drifts,
    /// neighbours in time compare best.
    round_qps_ratios: Vec<f64>,
}

impl Comparison {
    /// `runs` alternate: A, B, A, B, …
    fn of(args: &Args, against: Rpc, runs: Vec<Summary>) -> Comparison {
        let a = Summary::median(&runs.iter().step_by(2).collect::<Vec<_>>());
        let b = Summary::median(&runs.iter().skip(1).step_by(2).collect::<Vec<_>>());
        let ratio = |x: f64, y: f64| if y > 0.0 { (x / y * 1000.0).round() / 1000.0 } else { 0.0 };
        let round_qps_ratios =
            runs.chunks(2).filter(|pair| pair.len() == 2).map(|p| ratio(p[0].qps, p[1].qps)).collect();
        Comparison {
            rpc: args.rpc.name(),
            compare: against.name(),
            rounds: args.rounds,
            qps_ratio: ratio(a.qps, b.qps),
            p50_ratio: ratio(a.p50_us as f64, b.p50_us as f64),
            round_qps_ratios,
            runs,
            a,
            b,
        }
    }

    fn print(&self) {
        let mut rows: Vec<(String, &Summary)> = Vec::new();
        for (i, run) in self.runs.iter().enumerate() {
            rows.push((format!("round {}", i / 2 + 1), run));
        }
        rows.push(("median".into(), &self.a));
        rows.push(("median".into(), &self.b));
        print_table(&rows);
        println!(
            "{} / {}: qps ×{:.3}, p50 ×{:.3} (medians of {} rounds each, run in turn)",
            self.rpc, self.compare, self.qps_ratio, self.p50_ratio, self.rounds
        );
        let rounds: Vec<String> = self.round_qps_ratios.iter().map(|r| format!("{r:.3}")).collect();
        println!("qps ratio round by round: {}", rounds.join(" "));
    }
}

/// One row a run, latencies in µs; the label column only when some row has a label.
fn print_table(rows: &[(String, &Summary)]) {
    let first = rows[0].1;
    println!(
        "{} calls in flight over {} connections, {:.1} s measured each run",
        first.concurrency, first.connections, first.duration_s
    );
    let labelled = rows.iter().any(|(label, _)| !label.is_empty());
    let label = |text: &str| if labelled { format!("{text:<9}") } else { String::new() };
    println!(
        "{}{:<12} {:>10} {:>7} {:>10} {:>8} {:>8} {:>8} {:>8}",
        label(""),
        "rpc",
        "requests",
        "errors",
        "qps",
        "p50 µs",
        "p90 µs",
        "p99 µs",
        "max µs"
    );
    for (text, s) in rows {
        println!(
            "{}{:<12} {:>10} {:>7} {:>10.1} {:>8} {:>8} {:>8} {:>8}",
            label(text),
            s.rpc,
            s.requests,
            s.errors,
            s.qps,
            s.p50_us,
            s.p90_us,
            s.p99_us,
            s.max_us
        );
        if !s.error_codes.is_empty() {
            println!("{}  errors: {}", label(""), s.error_codes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(vec![]), 0.0);
    }

    #[test]
    fn seconds_are_bounded() {
        assert_eq!(seconds("1.5"), Ok(Duration::from_millis(1500)));
        assert!(seconds("-1").is_err());
        assert!(seconds("3601").is_err());
        assert!(seconds("ten").is_err());
    }

    #[test]
    fn a_tally_counts_errors_by_code_and_every_latency() {
        let mut a = Tally::new();
        a.record(Duration::from_micros(100), None);
        a.record(Duration::from_micros(300), Some(Code::Unavailable));
        let mut b = Tally::new();
        b.record(Duration::from_nanos(10), Some(Code::Unavailable));
        a.merge(&b);
        assert_eq!(a.latency_us.len(), 3);
        assert_eq!(a.errors[Code::Unavailable as usize], 2);
        assert_eq!(a.latency_us.min(), 1, "a sub-microsecond call counts as 1 µs");
    }

    #[test]
    fn questions_come_from_the_q_field() {
        let dir = std::env::temp_dir().join(format!("yrdqa-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let good = dir.join("good.jsonl");
        std::fs::write(&good, "{\"q\":\"甲？\"}\n\n{\"id\":\"x\",\"q\":\"乙？\"}\n").expect("write");
        assert_eq!(read_questions(&good).expect("questions"), ["甲？", "乙？"]);
        let bad = dir.join("bad.jsonl");
        std::fs::write(&bad, "{\"q\":\"甲？\"}\n{\"question\":\"乙？\"}\n").expect("write");
        let err = read_questions(&bad).expect_err("no q");
        assert!(err.to_string().ends_with("bad.jsonl:2: not a question case: no string field `q`"), "{err}");
        let empty = dir.join("empty.jsonl");
        std::fs::write(&empty, "\n").expect("write");
        assert!(matches!(read_questions(&empty), Err(BenchError::NoQuestions(_))));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
