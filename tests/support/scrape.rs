//! Reading a server's `/metrics` (`--metrics-listen`): where it is, one scrape, one sample.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use crate::{PATIENCE, SpawnedServer};

/// The metrics address the server logged on start.
pub fn metrics_addr(server: &SpawnedServer) -> SocketAddr {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let logs = server.stderr();
        if let Some(rest) = logs.split("metrics at http://").nth(1) {
            return rest.split('/').next().and_then(|a| a.parse().ok()).expect("an address in the log line");
        }
        assert!(Instant::now() < deadline, "no metrics address logged:\n{logs}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `GET path` over HTTP/1.1: the status line and the body.
pub fn get(addr: SocketAddr, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(addr).expect("connect to the metrics port");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read the response");
    let (head, body) = response.split_once("\r\n\r\n").expect("a header and a body");
    (head.lines().next().unwrap_or_default().to_string(), body.to_string())
}

/// One scrape of `/metrics`.
pub struct Scrape(pub String);

impl Scrape {
    pub fn take(addr: SocketAddr) -> Scrape {
        let (status, body) = get(addr, "/metrics");
        assert!(status.contains(" 200 "), "{status}");
        Scrape(body)
    }

    /// The value of the sample `name` whose labels include every `labels` pair; 0 when absent
    /// (a counter not yet incremented is not rendered).
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        self.0
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.rsplit_once(' '))
            .find(|(series, _)| {
                let (metric, rest) = series.split_once('{').unwrap_or((series, ""));
                metric == name && labels.iter().all(|(k, v)| rest.contains(&format!("{k}=\"{v}\"")))
            })
            .map_or(0.0, |(_, value)| value.parse().expect("a number"))
    }
}
