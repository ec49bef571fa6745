//! The live corpus: the engine being served, the directory it was read from, and the only two ways
//! it changes while serving, adding a document and reloading the directory (AdminService, SIGHUP).
//!
//! Every change is made by one writer at a time, on a blocking thread that owns the writer lock for
//! the whole read-write-build-swap: a handler whose caller went away (or whose deadline passed)
//! stops waiting, but the change it started still completes whole, and no later change can be
//! swapped in before it. Readers never wait: they `load()` whichever engine is current.

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
}

/// The engine being served and where it came from. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct LiveCorpus {
    engine: SharedEngine,
    /// `None` for the built-in corpus, which cannot change.
    dir: Option<Arc<Path>>,
    writer: Arc<Mutex<()>>,
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
            let _writer = this.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let swapped = this.swap_in(dir);
            super::metrics::reloaded(swapped.is_ok());
            let engine = swapped?;
            Ok(Reloaded { stats: engine.stats(), reports: engine.reports().to_vec() })
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
        let _writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let path = dir.join(&file_name);
        match std::fs::read(&path) {
            // The same document again, e.g. a retry whose first answer was lost: nothing to write.
            Ok(existing) if existing == doc.text.as_bytes() => {}
            Ok(_) if !doc.replace => return Err(EngineError::DocumentExists(file_name)),
            Ok(_) => {
                corpus::write_document(dir, &file_name, &doc.text)?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                corpus::write_document(dir, &file_name, &doc.text)?;
            }
            Err(source) => return Err(EngineError::CorpusWrite { path: path.display().to_string(), source }),
        }
        // The directory is the truth: rebuilding from it also takes in what an operator dropped
        // there since the last reload, exactly as a restart would.
        self.swap_in(dir)?;
        Ok(examined.report)
    }

    /// Builds an engine from `dir` and makes it current. Call with the writer lock held.
    fn swap_in(&self, dir: &Path) -> Result<Arc<Engine>, EngineError> {
        let engine = Arc::new(Engine::load_dir(dir)?);
        self.engine.store(engine.clone());
        super::metrics::corpus_served(&engine.stats());
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
