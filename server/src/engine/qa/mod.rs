//! Question answering: reads a free Chinese question into an intent and slots, and computes the
//! answer from the knowledge base with its evidence. Never guesses: what the corpus does not say
//! is NOT_FOUND, what is not about these meetings is OUT_OF_DOMAIN.

use super::kb::KnowledgeBase;
use super::model::{Date, Evidence};

/// A question as the caller sent it.
#[derive(Debug, Clone, Default)]
pub struct Question {
    pub text: String,
    /// ISO date or empty.
    pub as_of: String,
    pub explain: bool,
}

impl Question {
    pub fn new(text: impl Into<String>) -> Self {
        Question { text: text.into(), ..Default::default() }
    }
}

/// How a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerStatus {
    Answered,
    NotFound,
    NotUnderstood,
    OutOfDomain,
    Ambiguous,
}

/// The slots a question was resolved to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slots {
    pub year: Option<i32>,
    pub years: Vec<i32>,
    pub province: Option<String>,
    pub city: Option<String>,
    pub person: Option<String>,
    pub role: Option<String>,
    pub document: Option<String>,
    pub edition: Option<u32>,
    pub topic: Option<String>,
}

/// An entity recognised in the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecognizedEntity {
    pub kind: &'static str,
    pub text: String,
    pub canonical: String,
    pub fuzzy: bool,
}

/// How the question was read.
#[derive(Debug, Clone, Default)]
pub struct Explanation {
    pub normalized: String,
    pub tokens: Vec<String>,
    pub entities: Vec<RecognizedEntity>,
    pub rule: String,
    pub as_of: String,
}

/// The reply.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: AnswerStatus,
    /// Only the facts asked for; empty unless answered.
    pub answer: String,
    /// A whole Chinese reply.
    pub sentence: String,
    pub intent: String,
    pub slots: Slots,
    pub evidence: Vec<Evidence>,
    pub candidates: Vec<String>,
    pub explanation: Option<Explanation>,
}

/// Reads questions against one knowledge base. Built once per knowledge base.
pub struct Reader {}

impl Reader {
    pub fn new(_kb: &KnowledgeBase) -> Self {
        Reader {}
    }

    pub fn answer(&self, _kb: &KnowledgeBase, _text: &str, _as_of: Date, _explain: bool) -> Answer {
        Answer {
            status: AnswerStatus::NotUnderstood,
            answer: String::new(),
            sentence: "这个问题暂时无法理解。".to_string(),
            intent: String::new(),
            slots: Slots::default(),
            evidence: Vec::new(),
            candidates: Vec::new(),
            explanation: None,
        }
    }
}
