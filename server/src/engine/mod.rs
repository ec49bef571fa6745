//! The engine: raw text → normalised text → extracted facts (with source spans) → knowledge
//! base → answers. It knows nothing of gRPC; `crate::service` converts at the boundary.

pub mod corpus;
mod echo;
pub mod extract;
pub mod gazetteer;
pub mod kb;
pub mod model;
pub mod normalize;
pub mod qa;
pub mod series;

use std::path::Path;
use std::time::Instant;

pub use echo::{MAX_ECHO_CHARS, quote};
pub use kb::KnowledgeBase;
pub use model::*;
pub use qa::{Answer, AnswerStatus, Explanation, Question, RecognizedEntity, Slots};

/// The years `GetMeeting` accepts.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2999;
/// The years a text's `2019年` may name for the series (it began in 2005; earlier years in a text
/// are history, not a meeting's).
pub(crate) const TEXT_YEARS: std::ops::RangeInclusive<i32> = 1990..=2999;
/// The longest question `Ask` accepts, in characters.
pub const MAX_QUESTION_CHARS: usize = 512;

/// Everything a caller can get wrong, and what loading a corpus can hit.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("question is empty: send a Chinese question such as \"2023年度座谈会在哪里举行？\"")]
    EmptyQuestion,
    #[error("question is {chars} characters long; the limit is {limit}")]
    QuestionTooLong { chars: usize, limit: usize },
    #[error("as_of {} is not a date: use yyyy-mm-dd, e.g. 2026-05-21, or leave it empty", quote(.0))]
    InvalidAsOf(String),
    #[error("year {year} is outside the supported range {min}..={max}")]
    YearOutOfRange { year: i32, min: i32, max: i32 },
    #[error("the corpus knows no meeting for {0}")]
    NoMeeting(i32),
    #[error("cannot read corpus {path}: {source}")]
    Corpus { path: String, source: std::io::Error },
    #[error("corpus {0} holds no .txt document")]
    EmptyCorpus(String),
    #[error(
        "the server runs on its built-in corpus, which cannot change: start it with --corpus DIR to add or reload documents"
    )]
    BuiltinCorpus,
    #[error("document name {} is not allowed: {reason}", quote(.name))]
    InvalidDocumentName { name: String, reason: String },
    #[error("the document is empty")]
    EmptyDocument,
    #[error("document {} yields no meeting and no forum fact, so it would add nothing; it was not added", .0.document_id)]
    NothingExtracted(Box<DocReport>),
    #[error("the corpus already has a different {0}: pass replace to overwrite it, or choose another name")]
    DocumentExists(String),
    #[error("cannot write {path}: {source}")]
    CorpusWrite { path: String, source: std::io::Error },
    #[error("the corpus update was interrupted: {0}")]
    Interrupted(String),
    #[error("--strict: {0}")]
    Strict(String),
}

/// Counts reported at start-up.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    pub documents: usize,
    pub meetings: usize,
    pub forums: usize,
    pub facts: usize,
    pub load_ms: f64,
}

/// What extraction finds in one document on its own.
#[derive(Debug, Clone)]
pub struct Examination {
    pub report: DocReport,
    /// The document yields a fact of some meeting or forum of [`YEAR_RANGE`]: without one it would
    /// add nothing the service can answer with.
    pub yields_facts: bool,
}

/// The knowledge base and the question reader built over it; immutable and `Send + Sync`, so one
/// `Arc<Engine>` serves every request, and a reload swaps in a whole new one.
pub struct Engine {
    kb: KnowledgeBase,
    reader: qa::Reader,
    stats: Stats,
    /// The corpus directory's files that were skipped, one line each (see `corpus::read_dir`).
    skipped: Vec<String>,
    /// `kb.reference_date()`, computed once: it scans every meeting and forum, and every `Ask`
    /// without `as_of` needs it.
    reference: Date,
}

impl Engine {
    /// Builds the knowledge base from `docs` and the question reader over it.
    pub fn build(docs: Vec<SourceDocument>) -> Engine {
        let started = Instant::now();
        let kb = KnowledgeBase::build(&docs);
        let reader = qa::Reader::new(&kb);
        let mut stats = kb.stats();
        let reference = kb.reference_date();
        stats.load_ms = started.elapsed().as_secs_f64() * 1000.0;
        Engine { kb, reader, stats, skipped: Vec::new(), reference }
    }

    /// The engine over the corpus embedded in the binary.
    pub fn builtin() -> Engine {
        Engine::build(corpus::builtin())
    }

    /// The engine over every `.txt` file of `dir`; files that cannot be read or are not UTF-8 are
    /// skipped and listed in [`Engine::skipped`].
    pub fn load_dir(dir: &Path) -> Result<Engine, EngineError> {
        let contents = corpus::read_dir(dir)?;
        let mut engine = Engine::build(contents.docs);
        engine.skipped = contents.skipped;
        Ok(engine)
    }

    /// As [`Engine::load_dir`], but a skipped file is an error (`--strict`).
    pub fn load_dir_strict(dir: &Path) -> Result<Engine, EngineError> {
        let engine = Engine::load_dir(dir)?;
        match engine.skipped.first() {
            Some(first) => Err(EngineError::Strict(first.clone())),
            None => Ok(engine),
        }
    }

    /// The files of the corpus directory that were skipped, one line each.
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }

    /// Extracts from `doc` alone, as `AddDocument` does before it lets a document in.
    pub fn examine(doc: &SourceDocument) -> Examination {
        let facts = extract::extract(doc);
        let yields_facts = facts.meetings.keys().chain(facts.forums.keys()).any(|y| YEAR_RANGE.contains(y))
            || !facts.undated_forums.is_empty();
        Examination { report: facts.report, yields_facts }
    }

    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// The date relative words are read against when a question gives none: the last dated
    /// event in the corpus, so that answers do not drift with the wall clock.
    pub fn reference_date(&self) -> Date {
        self.reference
    }

    /// Answers a free question.
    pub fn ask(&self, question: &Question) -> Result<Answer, EngineError> {
        let text = question.text.trim();
        if text.is_empty() {
            return Err(EngineError::EmptyQuestion);
        }
        let chars = question.text.chars().count();
        if chars > MAX_QUESTION_CHARS {
            return Err(EngineError::QuestionTooLong { chars, limit: MAX_QUESTION_CHARS });
        }
        let as_of = match question.as_of.trim() {
            "" => self.reference_date(),
            s => Date::parse_iso(s).ok_or_else(|| EngineError::InvalidAsOf(s.to_string()))?,
        };
        Ok(self.reader.answer(&self.kb, text, as_of, question.explain))
    }

    /// The meeting of `year`.
    pub fn meeting(&self, year: i32) -> Result<&Meeting, EngineError> {
        if !YEAR_RANGE.contains(&year) {
            return Err(EngineError::YearOutOfRange { year, min: *YEAR_RANGE.start(), max: *YEAR_RANGE.end() });
        }
        self.kb.meetings.get(&year).ok_or(EngineError::NoMeeting(year))
    }

    /// Every meeting, oldest first.
    pub fn meetings(&self) -> impl Iterator<Item = &Meeting> {
        self.kb.meetings.values()
    }

    /// The forum held in `year`.
    pub fn forum(&self, year: i32) -> Option<&Forum> {
        self.kb.forums.get(&year)
    }

    /// Lists published in `year`.
    pub fn lists(&self, year: i32) -> impl Iterator<Item = &PublishedList> {
        self.kb.lists.iter().filter(move |l| l.year == year)
    }

    /// What was understood of each document.
    pub fn reports(&self) -> &[DocReport] {
        &self.kb.reports
    }
}
