//! Prints how normalisation splits an article into paragraphs, one a line with its flags
//! (`H` headline, `F` foreign): the first thing to look at when a page yields too few facts.
//!
//! `cargo run --release -p yrdqa-server --example norm -- FILE.txt`

use yrdqa_server::engine::normalize::normalize;

fn main() {
    let path = std::env::args().nth(1).expect("usage: norm FILE.txt");
    let raw = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = normalize("doc", &raw);
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let flags = format!("{}{}", if p.headline { "H" } else { "" }, if p.foreign { "F" } else { "" });
        println!("{i:3} {flags:2} {}", &doc.text[p.start..p.end]);
    }
}
