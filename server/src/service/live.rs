//! The live corpus: the engine being served, the directory it was read from, and the only two ways
//! it changes while serving, adding a document and reloading the directory (AdminService, SIGHUP).
//!
//! Every change runs on a blocking thread: a handler whose caller went away (or whose deadline
//! passed) stops waiting, but the change it started still completes whole. Files are written one
//! writer at a time under the writer lock, each write numbered; the engine is then built from the
//! directory *outside* the lock (extraction is the slow part, seconds for a large corpus), and
//! swapped in only if no build that saw a later write was swapped in first. A build always sees
//! every write numbered up to its own, so an acknowledged document is served, and an older build
//! never replaces a newer one. Readers never wait: they `load()` whichever engine is current.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::engine::{DocReport, Engine, EngineError, SourceDocument, Stats, corpus};

use super::SharedEngine;

/// A document to add.
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub name: String,
    pub text: String,
    /// Overwrite a different document of the same name.
    pub replace: bool,
}

/// What a reload loaded.
#[derive(Debug, Clone)]
pub struct Reloaded {
    pub stats: Stats,
    pub reports: Vec<DocReport>,
    /// The directory's files that were skipped (unreadable, not UTF-8), one line each.
    pub skipped: Vec<String>,
}

impl Reloaded {
    /// Logs what a reload that `by` asked for (`SIGHUP`, `watch`) did: what is served now and each
    /// file skipped, or why the previous corpus is still served.
    pub fn log(result: &Result<Reloaded, EngineError>, by: &str) {
        match result {
            Ok(r) => {
                for skipped in &r.skipped {
                    tracing::warn!("{by}: {skipped}");
                }
                let s = &r.stats;
                tracing::info!("{by}: reloaded {} documents, {} meetings, {} facts", s.documents, s.meetings, s.facts);
            }
            Err(e) => tracing::warn!("{by}: not reloaded, still serving the previous corpus: {e}"),
        }
    }
}

/// The engine being served and where it came from. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct LiveCorpus {
    engine: SharedEngine,
    /// `None` for the built-in corpus, which cannot change.
    dir: Option<Arc<Path>>,
    writer: Arc<Mutex<Generations>>,
}

/// The writes made to the directory, and the newest of them the served engine has seen.
#[derive(Debug, Default)]
struct Generations {
    written: u64,
    served: u64,
}

impl LiveCorpus {
    /// `engine` was loaded from `dir`, or from the built-in corpus when `dir` is `None`.
    pub fn new(engine: SharedEngine, dir: Option<PathBuf>) -> LiveCorpus {
        super::metrics::corpus_served(&engine.load().stats());
        LiveCorpus { engine, dir: dir.map(Arc::from), writer: Arc::default() }
    }

    /// The engine requests read.
    pub fn engine(&self) -> &SharedEngine {
        &self.engine
    }

    /// The corpus directory, if the server runs on one.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Adds a document: checks it yields something, writes it durably into the directory, rebuilds
    /// the engine from the directory and swaps it in. Returns once all of that is done, so an OK
    /// means the document is served and on disk. A rejected document changes nothing.
    pub async fn add(&self, doc: NewDocument) -> Result<DocReport, EngineError> {
        let this = self.clone();
        run_blocking(move || this.add_blocking(doc)).await
    }

    /// Re-reads the directory and swaps in the engine built from it; on failure the served engine
    /// stays.
    pub async fn reload(&self) -> Result<Reloaded, EngineError> {
        let this = self.clone();
        run_blocking(move || {
            let dir = this.dir.as_deref().ok_or(EngineError::BuiltinCorpus)?;
            let seen = this.generations().written;
            let swapped = this.swap_in(dir, seen);
            super::metrics::reloaded(swapped.is_ok());
            let engine = swapped?;
            Ok(Reloaded {
                stats: engine.stats(),
                reports: engine.reports().to_vec(),
                skipped: engine.skipped().to_vec(),
            })
        })
        .await
    }

    fn add_blocking(&self, doc: NewDocument) -> Result<DocReport, EngineError> {
        let dir = self.dir.as_deref().ok_or(EngineError::BuiltinCorpus)?;
        let file_name = corpus::document_file_name(&doc.name)?;
        if doc.text.trim().is_empty() {
            return Err(EngineError::EmptyDocument);
        }
        let id = file_name.trim_end_matches(".txt").to_string();
        // Extraction of the one document runs before the lock: it is the slow part for a large
        // article and needs nothing shared.
        let examined = Engine::examine(&SourceDocument { id, text: doc.text.clone() });
        if !examined.yields_facts {
            return Err(EngineError::NothingExtracted(Box::new(examined.report)));
        }
        let mut generations = self.generations();
        let path = dir.join(&file_name);
        // What the file held before, to put back should the rebuild fail: a call answered with an
        // error leaves the directory as it was.
        let previous = match std::fs::read(&path) {
            // The same document again, e.g. a retry whose first answer was lost: nothing to write.
            Ok(existing) if existing == doc.text.as_bytes() => None,
            Ok(_) if !doc.replace => return Err(EngineError::DocumentExists(file_name)),
            Ok(existing) => {
                corpus::write_document(dir, &file_name, &doc.text)?;
                Some(Some(existing))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                corpus::write_document(dir, &file_name, &doc.text)?;
                Some(None)
            }
            Err(source) => return Err(EngineError::CorpusWrite { path: path.display().to_string(), source }),
        };
        if previous.is_some() {
            generations.written += 1;
        }
        let seen = generations.written;
        drop(generations);
        // The directory is the truth: rebuilding from it also takes in what an operator dropped
        // there since the last reload, exactly as a restart would.
        if let Err(e) = self.swap_in(dir, seen) {
            let _writer = self.generations();
            let ours = std::fs::read(&path).is_ok_and(|now| now == doc.text.as_bytes());
            let undone = match previous.filter(|_| ours) {
                Some(Some(existing)) => String::from_utf8(existing)
                    .map_err(|_| ())
                    .and_then(|text| corpus::write_document(dir, &file_name, &text).map(drop).map_err(drop)),
                Some(None) => std::fs::remove_file(&path).map_err(drop),
                None => Ok(()),
            };
            if undone.is_err() {
                tracing::error!("AddDocument failed and {} could not be put back as it was", path.display());
            }
            return Err(e);
        }
        Ok(examined.report)
    }

    fn generations(&self) -> std::sync::MutexGuard<'_, Generations> {
        self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Builds an engine from `dir`, which holds every write up to `seen`, without the writer lock,
    /// and makes it current unless an engine that saw a later write already is.
    fn swap_in(&self, dir: &Path, seen: u64) -> Result<Arc<Engine>, EngineError> {
        let engine = Arc::new(Engine::load_dir(dir)?);
        let mut generations = self.generations();
        if seen >= generations.served {
            generations.served = seen;
            self.engine.store(engine.clone());
            super::metrics::corpus_served(&engine.stats());
        }
        Ok(engine)
    }
}

/// Runs a corpus change on the blocking pool, where building an engine cannot stall the request
/// workers, and where it runs to the end even if the caller stops waiting.
async fn run_blocking<T: Send + 'static>(
    change: impl FnOnce() -> Result<T, EngineError> + Send + 'static,
) -> Result<T, EngineError> {
    tokio::task::spawn_blocking(change).await.map_err(|e| EngineError::Interrupted(e.to_string()))?
}
