//! `yrdqa-server --check`: reports each document of a corpus and exits; a corpus that cannot be
//! loaded is a clear one-line error and a non-zero exit. (Also what makes `cargo test` build the
//! `yrdqa-server` binary that the workspace's end-to-end tests spawn.)

use std::process::{Command, Output};

fn server(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yrdqa-server"))
        .args(args)
        .env_remove("YRDQA_CORPUS")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run yrdqa-server")
}

#[test]
fn check_reports_every_builtin_document_and_exits_zero() {
    let out = server(&["--check".as_ref()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for entry in std::fs::read_dir(corpus).expect("built-in corpus") {
        let path = entry.expect("entry").path();
        let id = path.file_stem().and_then(|s| s.to_str()).expect("document id");
        assert!(stdout.lines().any(|l| l.starts_with(&format!("{id}: "))), "{id} not reported:\n{stdout}");
    }
    assert!(stdout.lines().last().is_some_and(|l| l.starts_with("5 documents, ")), "{stdout}");
}

#[test]
fn a_corpus_without_documents_is_refused_on_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = server(&["--check".as_ref(), "--corpus".as_ref(), dir.path().as_os_str()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("yrdqa-server: corpus ") && stderr.contains("holds no .txt document"), "{stderr}");
}

#[test]
fn a_file_that_is_not_utf8_is_skipped_with_a_warning_and_strict_refuses_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    std::fs::copy(corpus.join("003_43c31366de18c675.txt"), dir.path().join("2023.txt")).expect("copy");
    // 座谈会 in GBK.
    std::fs::write(dir.path().join("gbk.txt"), b"\xd7\xf9\xcc\xb8\xbb\xe1").expect("write");

    let out = server(&["--check".as_ref(), "--corpus".as_ref(), dir.path().as_os_str()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("warning: gbk.txt: skipped, it is not UTF-8"), "{stdout}");
    assert!(stdout.lines().last().is_some_and(|l| l.starts_with("1 documents, ")), "{stdout}");

    let out = server(&["--check".as_ref(), "--strict".as_ref(), "--corpus".as_ref(), dir.path().as_os_str()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--strict: gbk.txt: skipped, it is not UTF-8"), "{stderr}");
}
