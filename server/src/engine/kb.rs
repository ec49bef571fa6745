//! The knowledge base: the facts of every document merged by meeting year, forum year and person.

use std::collections::BTreeMap;

use super::model::*;
use super::{Stats, extract};

/// Everything the corpus says, merged.
#[derive(Debug, Default)]
pub struct KnowledgeBase {
    pub meetings: BTreeMap<i32, Meeting>,
    pub forums: BTreeMap<i32, Forum>,
    pub lists: Vec<PublishedList>,
    pub people: BTreeMap<String, Person>,
    pub reports: Vec<DocReport>,
    pub documents: usize,
}

impl KnowledgeBase {
    pub fn build(docs: &[SourceDocument]) -> KnowledgeBase {
        let mut kb = KnowledgeBase { documents: docs.len(), ..Default::default() };
        for doc in docs {
            let facts = extract::extract(doc);
            kb.merge(facts);
        }
        kb
    }

    fn merge(&mut self, facts: extract::DocFacts) {
        self.reports.push(facts.report);
    }

    pub fn stats(&self) -> Stats {
        Stats {
            documents: self.documents,
            meetings: self.meetings.len(),
            forums: self.forums.len(),
            facts: self.reports.iter().map(|r| r.facts).sum(),
            load_ms: 0.0,
        }
    }

    /// The last dated event in the corpus (meeting, forum or press conference).
    pub fn reference_date(&self) -> Date {
        let meeting_ends = self.meetings.values().filter_map(|m| m.dates.get().map(|d| d.end));
        let forum_days = self.forums.values().filter_map(|f| f.date.get().copied());
        meeting_ends.chain(forum_days).max().unwrap_or(Date::new(2026, 1, 1))
    }
}
