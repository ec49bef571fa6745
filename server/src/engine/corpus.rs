//! Where documents come from: the built-in corpus embedded in the binary, or a directory.

use std::path::Path;

use super::{EngineError, SourceDocument};

/// The five articles the service ships with, embedded so it runs anywhere with no flags.
const BUILTIN: &[(&str, &str)] = &[
    ("000_d8061d6351e6a6d4", include_str!("../../corpus/000_d8061d6351e6a6d4.txt")),
    ("001_a507548b56e5d456", include_str!("../../corpus/001_a507548b56e5d456.txt")),
    ("002_aed75dd07c0e9222", include_str!("../../corpus/002_aed75dd07c0e9222.txt")),
    ("003_43c31366de18c675", include_str!("../../corpus/003_43c31366de18c675.txt")),
    ("004_dc0062237cc1f7e7", include_str!("../../corpus/004_dc0062237cc1f7e7.txt")),
];

/// The built-in corpus.
pub fn builtin() -> Vec<SourceDocument> {
    BUILTIN.iter().map(|(id, text)| SourceDocument { id: id.to_string(), text: text.to_string() }).collect()
}

/// Every `.txt` file of `dir`, sorted by name; the id is the file name without extension.
pub fn read_dir(dir: &Path) -> Result<Vec<SourceDocument>, EngineError> {
    let err = |source| EngineError::Corpus { path: dir.display().to_string(), source };
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(err)? {
        let path = entry.map_err(err)?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") || !path.is_file() {
            continue;
        }
        let bytes =
            std::fs::read(&path).map_err(|source| EngineError::Corpus { path: path.display().to_string(), source })?;
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        // A stray byte must not lose the whole article: replace it and go on.
        docs.push(SourceDocument { id, text: String::from_utf8_lossy(&bytes).into_owned() });
    }
    if docs.is_empty() {
        return Err(EngineError::EmptyCorpus(dir.display().to_string()));
    }
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(docs)
}
