//! Where documents come from: the built-in corpus embedded in the binary, or a directory; and how
//! a new document goes into a directory so that a crash at any moment leaves either the whole
//! document or none of it.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EngineError, SourceDocument};

/// The longest document name `document_file_name` accepts, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// The longest document name in bytes of UTF-8: with `.txt` and the temporary file's dot, process
/// id and suffix (`write_document`) it stays under the 255 bytes file systems allow a name. (100
/// CJK characters are 300 bytes.)
pub const MAX_NAME_BYTES: usize = 200;
/// How a document being written is named until it is complete: hidden and not `.txt`, so that
/// `read_dir` never takes it for a document, and `remove_temporaries` can clear what a crash left.
const TEMP_SUFFIX: &str = ".yrdqa-tmp";

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

/// What a corpus directory holds: its documents, and the files that could not be taken as one.
#[derive(Debug, Default)]
pub struct DirContents {
    pub docs: Vec<SourceDocument>,
    /// One line per `.txt` file skipped: which, and why (unreadable, or not UTF-8).
    pub skipped: Vec<String>,
}

/// Every `.txt` file of `dir`, sorted by name; the id is the file name without extension. A file
/// that cannot be read or is not UTF-8 is skipped and named in `skipped` (a lossy reading of an
/// article in another encoding would be garbage, and one bad file must not stop a start-up).
pub fn read_dir(dir: &Path) -> Result<DirContents, EngineError> {
    let err = |source| EngineError::Corpus { path: dir.display().to_string(), source };
    let mut contents = DirContents::default();
    for entry in std::fs::read_dir(dir).map_err(err)? {
        let path = entry.map_err(err)?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") || is_hidden(&path) || !path.is_file() {
            continue;
        }
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = match std::fs::read(&path) {
            Err(e) => {
                contents.skipped.push(format!("{file}: skipped, it cannot be read: {e}"));
                continue;
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    contents.skipped.push(format!("{file}: skipped, it is not UTF-8 (byte {at})"));
                    continue;
                }
            },
        };
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        contents.docs.push(SourceDocument { id, text });
    }
    if contents.docs.is_empty() {
        return Err(EngineError::EmptyCorpus(dir.display().to_string()));
    }
    contents.docs.sort_by(|a, b| a.id.cmp(&b.id));
    contents.skipped.sort();
    Ok(contents)
}

/// Hidden files are an editor's or a writer's work in progress, never documents.
fn is_hidden(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

/// The file name a document called `name` gets: `name` with `.txt` appended when missing. Only
/// letters, digits, `_`, `-` and `.` are allowed, at most [`MAX_NAME_CHARS`], not starting with
/// `.`: so a name can neither leave the directory nor hide from `read_dir`.
pub fn document_file_name(name: &str) -> Result<String, EngineError> {
    let invalid =
        |reason: &str| EngineError::InvalidDocumentName { name: name.to_string(), reason: reason.to_string() };
    let chars = name.chars().count();
    if chars == 0 {
        return Err(invalid("it is empty"));
    }
    if chars > MAX_NAME_CHARS {
        return Err(invalid(&format!("it is {chars} characters long; the limit is {MAX_NAME_CHARS}")));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(invalid(&format!("it is {} bytes of UTF-8; the limit is {MAX_NAME_BYTES}", name.len())));
    }
    if name.starts_with('.') {
        return Err(invalid("it starts with '.'"));
    }
    if let Some(c) = name.chars().find(|c| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))) {
        return Err(invalid(&format!("{c:?} is not allowed: use letters, digits, '_', '-' and '.'")));
    }
    Ok(if name.ends_with(".txt") { name.to_string() } else { format!("{name}.txt") })
}

/// Writes `text` as `dir/file_name` so that the file is either absent (or as before) or complete,
/// whenever the process dies: the text goes to a temporary file, which is flushed to disk, then
/// renamed over the target, and the directory is flushed so that the rename itself survives a
/// power cut. Returns the path once all of that is done, which is when a caller may acknowledge.
pub fn write_document(dir: &Path, file_name: &str, text: &str) -> Result<PathBuf, EngineError> {
    let path = dir.join(file_name);
    let temp = dir.join(format!(".{file_name}.{}{TEMP_SUFFIX}", std::process::id()));
    let failed = |source| EngineError::CorpusWrite { path: path.display().to_string(), source };
    let written = (|| {
        let mut file = OpenOptions::new().write(true).create(true).truncate(true).open(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, &path)?;
        File::open(dir)?.sync_all()
    })();
    if let Err(e) = written {
        // Best effort: a leftover is harmless (never read) and cleared at the next start.
        let _ = fs::remove_file(&temp);
        return Err(failed(e));
    }
    Ok(path)
}

/// Removes the temporary files a crash in the middle of `write_document` left in `dir`; returns how
/// many there were.
pub fn remove_temporaries(dir: &Path) -> Result<usize, EngineError> {
    let err = |source| EngineError::CorpusWrite { path: dir.display().to_string(), source };
    let mut removed = 0;
    for entry in fs::read_dir(dir).map_err(err)? {
        let path = entry.map_err(err)?.path();
        let ours =
            path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') && n.ends_with(TEMP_SUFFIX));
        if ours && path.is_file() {
            fs::remove_file(&path).map_err(err)?;
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_get_txt_and_cannot_escape_or_hide() {
        assert_eq!(document_file_name("2025_report").unwrap(), "2025_report.txt");
        assert_eq!(document_file_name("座谈会-2025.txt").unwrap(), "座谈会-2025.txt");
        let cjk_over_bytes = "座".repeat(MAX_NAME_BYTES / 3 + 1);
        assert!(cjk_over_bytes.chars().count() <= MAX_NAME_CHARS);
        for bad in
            ["", ".hidden", "../x", "a/b", "a\\b", "a b", "x\0", &"n".repeat(MAX_NAME_CHARS + 1), &cjk_over_bytes]
        {
            let err = document_file_name(bad).expect_err(bad);
            assert!(matches!(err, EngineError::InvalidDocumentName { .. }), "{bad:?}: {err}");
        }
    }

    #[test]
    fn a_file_that_is_not_utf8_is_skipped_and_named() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("good.txt"), "座谈会。").unwrap();
        fs::write(dir.path().join("gbk.txt"), b"\xd7\xf9\xcc\xb8").unwrap();
        let contents = read_dir(dir.path()).unwrap();
        assert_eq!(contents.docs.len(), 1);
        assert_eq!(contents.skipped, ["gbk.txt: skipped, it is not UTF-8 (byte 0)"]);
    }

    #[test]
    fn a_written_document_is_read_back_and_temporaries_are_not() {
        let dir = tempfile::tempdir().unwrap();
        write_document(dir.path(), "a.txt", "甲").unwrap();
        write_document(dir.path(), "a.txt", "乙").unwrap();
        fs::write(dir.path().join(format!(".b.txt.1{TEMP_SUFFIX}")), "torn").unwrap();
        fs::write(dir.path().join(".c.txt"), "hidden").unwrap();
        let docs = read_dir(dir.path()).unwrap().docs;
        assert_eq!(docs.len(), 1);
        assert_eq!((docs[0].id.as_str(), docs[0].text.as_str()), ("a", "乙"));
        assert_eq!(remove_temporaries(dir.path()).unwrap(), 1);
        assert!(dir.path().join(".c.txt").exists(), "only our own temporaries are removed");
    }
}
