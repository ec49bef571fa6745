//! Extraction: the rules that turn one normalised article into facts with provenance.

use super::model::*;

/// What one document yields.
#[derive(Debug, Default)]
pub struct DocFacts {
    pub meetings: Vec<Meeting>,
    pub forums: Vec<Forum>,
    pub lists: Vec<PublishedList>,
    pub report: DocReport,
}

/// Extracts every fact of `doc`.
pub fn extract(doc: &SourceDocument) -> DocFacts {
    DocFacts { report: DocReport { document_id: doc.id.clone(), ..Default::default() }, ..Default::default() }
}
