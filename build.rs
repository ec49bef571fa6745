//! Turns every question of `tests/golden/*.jsonl` into one named `#[test]` (`golden_dev_loc_2022`
//! for id `loc-2022` of `dev.jsonl`) in `$OUT_DIR/golden_tests.rs`, which `tests/golden.rs`
//! includes. Each test carries its case line verbatim and hands it to
//! `yrdqa::run_golden_case`; core cases run by default, hard and stretch cases are
//! `#[ignore]`d so `cargo test -- --ignored` runs them.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let dir = Path::new("tests/golden");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("golden dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();

    let mut out = String::new();
    let mut names = HashSet::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let stem = file.file_stem().and_then(|s| s.to_str()).expect("utf-8 file name");
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let at = format!("{}:{}", file.display(), n + 1);
            let case: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
            let id = case["id"].as_str().unwrap_or_else(|| panic!("{at}: no string `id`"));
            let name = format!("golden_{}_{}", ident(stem), ident(id));
            assert!(names.insert(name.clone()), "{at}: id {id:?} gives the test name {name} twice");
            let ignore = match case["tier"].as_str() {
                Some("core") => String::new(),
                Some(tier @ ("hard" | "stretch")) => format!("#[ignore = \"tier: {tier}\"]\n"),
                other => panic!("{at}: tier {other:?} is not core, hard or stretch"),
            };
            writeln!(out, "#[test]\n{ignore}fn {name}() {{\n    yrdqa::run_golden_case({line:?});\n}}\n")
                .expect("write to a String");
        }
    }
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("golden_tests.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// `loc-2022` → `loc_2022`: lower case, anything but ASCII letters and digits becomes `_`.
fn ident(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect()
}
