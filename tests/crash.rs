//! `kill -9` at random moments while documents are being added loses nothing that was
//! acknowledged and leaves no torn file: each round starts the real binary on the same corpus
//! directory, fires AddDocument calls from two clients, SIGKILLs the server at a random point, and
//! the next start must serve every acknowledged document, whole, with no temporary file left or
//! read as a document. Rounds: 4, or `YRDQA_CRASH_ROUNDS`.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use yrdqa::{Corpus, SpawnedServer};
use yrdqa_client::{Client, ConnectOptions};
use yrdqa_server::engine::corpus::read_dir;
use yrdqa_server::synth;

const TOKEN: &str = "crash-test-token-0123456789";
const SEED_ARTICLE: &str = "003_43c31366de18c675";

/// xorshift: the kill points vary from run to run, and a failure prints the seed to replay it.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn start(corpus: &Corpus) -> SpawnedServer {
    SpawnedServer::spawn_with(&["--corpus", corpus.arg()], &[("YRDQA_ADMIN_TOKEN", TOKEN)])
}

/// Checks the directory after a restart: every acknowledged document whole and served, every
/// file a whole document that was sent (acknowledged or not), no temporary file.
fn check(corpus: &Corpus, server: &SpawnedServer, sent: &BTreeMap<String, String>, acked: &[String], seed: u64) {
    let files = corpus.files();
    assert!(files.iter().all(|f| f.ends_with(".txt") && !f.starts_with('.')), "seed {seed}: leftovers {files:?}");
    for file in &files {
        let id = file.trim_end_matches(".txt");
        let text = std::fs::read_to_string(corpus.path().join(file)).expect("read");
        if id != SEED_ARTICLE {
            assert_eq!(sent.get(id), Some(&text), "seed {seed}: {file} is torn or unknown");
        }
    }
    for id in acked {
        assert!(files.contains(&format!("{id}.txt")), "seed {seed}: acknowledged {id} lost");
    }
    let documents = read_dir(corpus.path()).expect("corpus").docs.len();
    assert_eq!(documents, files.len());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let client = Client::connect(&server.url()).await.expect("connect");
        let years: Vec<i32> = client.list_meetings().await.expect("meetings").iter().map(|m| m.year).collect();
        for id in acked {
            // synth_00007_1907 holds the meeting of 1907.
            let year: i32 = id.rsplit('_').next().and_then(|y| y.parse().ok()).expect("a year in the id");
            assert!(years.contains(&year), "seed {seed}: {id} acknowledged but its meeting is not served");
        }
    });
}

#[test]
fn kill_9_at_random_points_loses_no_acknowledged_document_and_leaves_no_torn_file() {
    let rounds: usize = std::env::var("YRDQA_CRASH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(4);
    let seed = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    let mut rng = Rng(seed);
    let corpus = Corpus::with(&[SEED_ARTICLE]);
    let articles = synth::articles(300, seed);
    let sent: BTreeMap<String, String> = articles.iter().map(|d| (d.id.clone(), d.text.clone())).collect();
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut next = 0;
    let mut server = start(&corpus);
    for round in 0..rounds {
        let kill_after = Duration::from_millis(100 + rng.below(900));
        let batch: Vec<_> = articles[next..(next + 40).min(articles.len())].to_vec();
        next += batch.len();
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async {
            let options = ConnectOptions { admin_token: Some(TOKEN.into()), ..ConnectOptions::default() };
            let client = Client::connect_with(&server.url(), options).await.expect("connect");
            let mut writers = tokio::task::JoinSet::new();
            for half in batch.chunks(batch.len().div_ceil(2)) {
                let (client, half, acked) = (client.clone(), half.to_vec(), acked.clone());
                writers.spawn(async move {
                    for doc in half {
                        match client.add_document(&doc.id, &doc.text, false).await {
                            Ok(_) => acked.lock().unwrap().push(doc.id),
                            // The server is gone: the rest of this batch is not acknowledged.
                            Err(_) => return,
                        }
                    }
                });
            }
            tokio::time::sleep(kill_after).await;
            let pid = libc::pid_t::try_from(server.pid()).expect("pid");
            // SAFETY: kills the child this test spawned and still owns.
            assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
            writers.join_all().await;
        });
        server.wait_timeout(Duration::from_secs(10)).expect("killed");
        // What the kill left, before the restart clears it: a temporary file is never a document.
        let left = corpus.files();
        let temporaries = left.iter().filter(|f| f.starts_with('.')).count();
        let ids: Vec<String> =
            read_dir(corpus.path()).expect("corpus").docs.into_iter().map(|d| format!("{}.txt", d.id)).collect();
        assert_eq!(ids, left.iter().filter(|f| !f.starts_with('.')).cloned().collect::<Vec<_>>(), "seed {seed}");
        server = start(&corpus);
        let acked = acked.lock().unwrap().clone();
        eprintln!(
            "round {round}: killed after {kill_after:?}; {} acknowledged so far; {temporaries} unfinished writes left",
            acked.len()
        );
        check(&corpus, &server, &sent, &acked, seed);
    }
    assert!(!acked.lock().unwrap().is_empty(), "seed {seed}: no document was ever acknowledged");
}
