//! Document normalisation: raw article text → clean paragraphs and sentences, with a map from
//! every normalised character back to its offset in the original text, so that each extracted
//! fact can cite its source exactly.
//!
//! What it undoes, by rule over the genre's layouts rather than per file:
//! - width and compatibility forms (NFKC: `，` → `,`, `６` → `6`, U+3000 → space);
//! - page furniture that cuts sentences in two: page jumps (`（下转第3版）`), photo captions
//!   (`… 新华社图`, `… 阮雪枫 摄`), pull quotes (`■ …`) and pull quotes repeated verbatim;
//! - markdown residue (`# `, `**`);
//! - lines wrapped mid-sentence, both by a print layout of fixed width and by page breaks.

mod table;

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use unicode_normalization::UnicodeNormalization;

use super::model::Evidence;

/// A normalised document: paragraphs of clean text and their sentences.
#[derive(Debug, Clone)]
pub struct NormDoc {
    pub id: Arc<str>,
    /// Normalised text: paragraphs separated by `\n`.
    pub text: String,
    /// For each char of `text`, the index of the original char it came from.
    orig: Vec<u32>,
    /// Byte offset in `text` → char index in `text`.
    byte_to_char: Vec<u32>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// A paragraph (or a headline line) as a byte range of `NormDoc::text`.
#[derive(Debug, Clone, Copy)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// A short line with no sentence punctuation: a headline, deck or caption-like line.
    pub headline: bool,
    /// Text in another script with no Chinese in it (a bilingual page's translation, a masthead
    /// in capitals): it neither states facts nor opens or ends an article.
    pub foreign: bool,
}

/// A sentence as a byte range of `NormDoc::text`.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// First sentence of its paragraph.
    pub opens_paragraph: bool,
}

impl NormDoc {
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.start..s.end]
    }

    /// The evidence for a byte range of `text` (usually a whole sentence).
    pub fn evidence(&self, start: usize, end: usize) -> Evidence {
        let quote = self.text[start..end].trim();
        let first = self.byte_to_char[start] as usize;
        let last = (self.byte_to_char[end] as usize).max(first + 1) - 1;
        Evidence {
            document_id: self.id.clone(),
            quote: Arc::from(quote),
            start: self.orig.get(first).copied().unwrap_or(0) as usize,
            end: self.orig.get(last).map_or(0, |&o| o as usize + 1),
        }
    }

    pub fn sentence_evidence(&self, s: &Sentence) -> Evidence {
        self.evidence(s.start, s.end)
    }
}

/// One raw line after NFKC and clean-up, with the original char index of every char.
#[derive(Debug, Clone)]
struct Line {
    chars: Vec<char>,
    orig: Vec<u32>,
}

impl Line {
    fn len(&self) -> usize {
        self.chars.len()
    }

    /// `next` run on after this line, `sep` between them (each of its chars at `next`'s first
    /// original offset, since the source has none).
    fn append(&mut self, sep: &str, next: Line) {
        let at = next.orig.first().copied().unwrap_or(0);
        for c in sep.chars() {
            self.chars.push(c);
            self.orig.push(at);
        }
        self.chars.extend(next.chars);
        self.orig.extend(next.orig);
    }
    fn text(&self) -> String {
        self.chars.iter().collect()
    }
    fn last(&self) -> Option<char> {
        self.chars.last().copied()
    }
    fn starts_with(&self, s: &str) -> bool {
        let n = s.chars().count();
        self.chars.len() >= n && self.chars[..n].iter().copied().eq(s.chars())
    }
    fn ends_with(&self, s: &str) -> bool {
        let n = s.chars().count();
        self.chars.len() >= n && self.chars[self.chars.len() - n..].iter().copied().eq(s.chars())
    }
    fn contains_any(&self, set: &[char]) -> bool {
        self.chars.iter().any(|c| set.contains(c))
    }
}

const SENTENCE_END: [char; 5] = ['。', '!', '?', '！', '？'];
const CLAUSE_PUNCT: [char; 6] = [',', '、', ';', '。', '，', '；'];
/// Verbs that complete a headline (`…座谈会在合肥举行`): a layout join stops there.
const HEADLINE_END: [&str; 8] = ["举行", "召开", "出席", "讲话", "致辞", "开幕", "闭幕", "成果"];
/// Chinese typesetting never starts a line with these: the line before goes on.
const NO_LINE_START: [char; 10] = [',', '。', '、', ';', ':', ')', '”', '’', '!', '?'];
/// Words a line cannot end on when its sentence goes on in the next line.
const DANGLING: [&str; 11] = ["确定", "决定", "商定", "明确", "在", "的", "和", "与", "及", "由", "将"];
/// Openers of a new article body.
const DATELINES: [&str; 5] = ["本报讯", "据新华社", "新华社", "本报记者", "(记者"];

/// Normalises `text`, the document `id`.
pub fn normalize(id: &str, text: &str) -> NormDoc {
    let (mut lines, mut jumps) = clean_lines(text);
    stitch_jumps(text, &mut lines, &mut jumps);
    newest_last(&mut lines, &jumps);
    let traditional = is_traditional(&lines);
    for line in lines.iter_mut().flatten() {
        // A simplified page with traditional characters here and there (a pinyin converter's
        // `長(zhǎng)三角`, a repost's pasted line): a line whose genre words only read in simplified
        // characters is converted, the rest left as written.
        if traditional || spells_genre_words_traditionally(line) {
            simplify(line);
        }
    }
    let (mut lines, jumps) = split_segments(lines, &jumps);
    date_live_entries(&mut lines);
    let wrap_widths = wrap_widths(&lines);
    unweave_columns(&mut lines, &wrap_widths);
    let phrased = set_a_phrase_a_line(&lines, &wrap_widths);
    unweave_twin_ledes(text, &mut lines);

    // Join lines into paragraphs.
    let mut paragraphs: Vec<Line> = Vec::new();
    let mut current: Option<Line> = None;
    // Inside a run of bullet lines: they are the items of the list their lead line introduces.
    let mut in_list = false;
    let mut led_in = false;
    // The last line joined into `current`: a post set a phrase a line is judged a line at a time.
    let mut last_line: Option<Line> = None;
    for (i, line) in lines.into_iter().enumerate() {
        let Some(line) = line else {
            // A page jump ends the column: what follows it is another article, or text from another
            // page. Blank lines never end a paragraph by themselves: wrapped layouts use them too.
            if jumps.contains(&i) {
                paragraphs.extend(current.take());
            }
            continue;
        };
        if let Some(item) = bullet_item(&line) {
            current = Some(match current.take() {
                // (`会议审议了` then `📄《…》` a line each: the verb's objects.)
                Some(prev) if in_list || prev.last() == Some(':') || prev.ends_with("了") => append_item(prev, item),
                prev => {
                    paragraphs.extend(prev);
                    without_separator(item)
                }
            });
            in_list = true;
            last_line = None;
            continue;
        }
        // (`📋《…清单》` then `共52项！`: the list's count, on a line of its own, is the item's.)
        let counted = line.starts_with("共") && line.chars.get(1).is_some_and(char::is_ascii_digit);
        if in_list
            && counted
            && let Some(prev) = current.as_mut()
        {
            prev.append(",", line);
            continue;
        }
        if std::mem::take(&mut in_list) {
            paragraphs.extend(current.take().map(end_sentence));
        }
        // `会议的主题是——` then `“山海协作 共富共享”`; `通过了两份文件👇` then a 《title》 a line: a lead-in
        // and what it introduces are one sentence, and so are titles listed a line each after it;
        // after a lead-in, only what it introduces goes on.
        let leads = current.as_ref().is_some_and(|prev| lead_in(prev, &line));
        // (Only a post set a phrase a line keeps its last line: no other page pays for the copy.)
        let before = if phrased { last_line.replace(line.clone()) } else { None };
        let joint = match (&current, &before) {
            (Some(_), Some(last)) if phrased && !leads && !led_in => phrase_joint(last, &line),
            _ => None,
        };
        match current.take() {
            // `安徽省委书记薛岱宗主持会议` then `上海市委书记邵启航，…`: in a post set a phrase a line,
            // the line break is the phrase's end.
            Some(mut prev) if let Some(joint) = joint => {
                prev.append(joint, line);
                current = Some(prev);
            }
            Some(mut prev) if leads || !led_in && continues(&prev, &line, &wrap_widths) => {
                // A lead-in and what it introduces end as a sentence, as a list does.
                led_in |= leads;
                prev.append("", line);
                current = Some(prev);
            }
            Some(prev) => {
                paragraphs.push(if std::mem::take(&mut led_in) { end_sentence(prev) } else { prev });
                current = Some(line);
            }
            None => current = Some(line),
        }
    }
    paragraphs.extend(current.map(|p| if in_list { end_sentence(p) } else { p }));

    let mut doc = NormDoc {
        id: Arc::from(id),
        text: String::new(),
        orig: Vec::new(),
        byte_to_char: Vec::new(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
    };
    for mut p in paragraphs {
        set_apart_other_series(&mut p);
        let start = doc.text.len();
        // `会议审议并原则同意《A》和《B》……`: a sentence cut short, in a paste, is no headline.
        let cut_short = p.chars.ends_with(&['.', '.', '.']) || p.last() == Some('…');
        let headline = p.len() <= 60 && !p.contains_any(&['。', ',', ';', '，']) && !cut_short;
        for (c, o) in p.chars.iter().zip(&p.orig) {
            doc.text.push(*c);
            doc.orig.push(*o);
        }
        let end = doc.text.len();
        let foreign = is_foreign(&p);
        doc.paragraphs.push(Paragraph { start, end, headline, foreign });
        doc.text.push('\n');
        doc.orig.push(p.orig.last().copied().unwrap_or(0));
    }
    doc.byte_to_char = vec![0; doc.text.len() + 1];
    let mut n = 0u32;
    for (b, _) in doc.text.char_indices() {
        doc.byte_to_char[b] = n;
        n += 1;
    }
    doc.byte_to_char[doc.text.len()] = n;
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        split_sentences(&doc.text, p.start, p.end, pi, &mut doc.sentences);
    }
    doc
}

/// `长江中游三省主要领导座谈会`: another region's leaders' meeting is written with 會 for its last
/// character, one for one so offsets stay, and no rule of the extractor, all of which look for
/// 座谈会, takes it for this series (`series` says which qualifiers name another event).
fn set_apart_other_series(p: &mut Line) {
    let head: Vec<char> = "主要领导座谈会".chars().collect();
    let mut i = 0;
    while i + head.len() <= p.chars.len() {
        let at = if p.chars[i..i + head.len()] == head[..] {
            Some(head.len())
        } else if p.chars[i..].starts_with(&['主', '要', '领', '导', '人', '座', '谈', '会']) {
            Some(head.len() + 1)
        } else {
            None
        };
        if let Some(len) = at {
            let before = crate::engine::series::clause_before(&p.chars, i);
            let place_end = |k: usize| {
                let t: String = before[..k].iter().collect();
                crate::engine::gazetteer::ends_with_delta_place(&t)
            };
            if crate::engine::series::names_other_event(before, "主要领导座谈会", &place_end) {
                p.chars[i + len - 1] = '會';
            }
            i += len;
        } else {
            i += 1;
        }
    }
}

/// Glyphs a post sets before the items of a list (`▶ 上海市委书记…`, `📄《…》`, `• 签署《…》`).
/// (The variation selector an emoji keyboard puts after a glyph, `▪️`, goes with it.)
const BULLETS: [char; 15] = ['▶', '►', '▸', '•', '·', '➤', '📄', '📋', '✍', '✔', '▪', '◾', '◼', '■', '\u{fe0f}'];

/// A bullet line without its glyph: the glyph's place is kept for the separator put before it.
fn bullet_item(line: &Line) -> Option<Line> {
    if !line.chars.first().is_some_and(|c| BULLETS.contains(c)) {
        return None;
    }
    let skip = line.chars.iter().take_while(|c| BULLETS.contains(c) || **c == ' ').count();
    if skip == line.len() {
        return None;
    }
    // The glyph becomes the item's separator, so the item keeps an original offset for it.
    let mut item = Line { chars: vec![';'], orig: vec![line.orig[0]] };
    item.chars.extend(&line.chars[skip..]);
    item.orig.extend(&line.orig[skip..]);
    Some(item)
}

/// Joins a list item to the paragraph before it: after the lead's colon the item needs no
/// separator, after another item `;` sets it apart as an enumeration does in running text.
fn append_item(mut prev: Line, item: Line) -> Line {
    // A list that ends its items itself (`…;`) needs no second separator.
    let from = usize::from(prev.last().is_some_and(|c| c == ':' || c == ';' || c == '了' || SENTENCE_END.contains(&c)));
    prev.chars.extend(&item.chars[from..]);
    prev.orig.extend(&item.orig[from..]);
    prev
}

/// An item that opens a paragraph of its own, with no lead to set it apart from.
fn without_separator(mut item: Line) -> Line {
    item.chars.remove(0);
    item.orig.remove(0);
    item
}

/// Closes a bullet list as the sentence its lead line began, so it is read as body text.
fn end_sentence(mut p: Line) -> Line {
    if p.last().is_some_and(|c| SENTENCE_END.contains(&c)) {
        return p;
    }
    while p.last() == Some(';') || p.last() == Some(',') {
        p.chars.pop();
        p.orig.pop();
    }
    if let Some(&o) = p.orig.last() {
        p.chars.push('。');
        p.orig.push(o);
    }
    p
}

/// Splits a paragraph after each sentence-final mark (and a closing quote right after it).
fn split_sentences(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut s = start;
    let mut iter = text[start..end].char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        // `…was held in Wuxi on June 19. 第十一届…`, `…"…Delta".浙江省委书记…`: an English sentence
        // ends before Chinese text, with a space or without one after a word or a closing quote.
        // A word, not an initialism (`U.S.商会`), ends the sentence: three letters at least.
        let after_word = || {
            let head = text[start..start + i].trim_end_matches('"');
            head.chars().rev().take_while(|c| c.is_ascii_alphabetic()).count() >= 3
        };
        let han_after = |from: usize| text[from..end].chars().next().is_some_and(is_han);
        if c == '.'
            && let Some(&(j, n)) = iter.peek()
            && ((n == ' ' && han_after(start + j + 1)) || (is_han(n) && after_word()))
        {
            let e = start + i + 1;
            push_sentence(text, s, e, paragraph, out);
            s = e;
            continue;
        }
        // `省长吴政??;浙江省委书记…`: a character a bad converter could not write, not the end of a
        // question: a run of `?` or one that a list's separator follows.
        if c == '?'
            && let Some(&(_, n)) = iter.peek()
            && (n == '?' || n == ';' || n == ',' || n == '、')
        {
            continue;
        }
        if SENTENCE_END.contains(&c) {
            let mut e = start + i + c.len_utf8();
            while let Some(&(j, q)) = iter.peek() {
                if matches!(q, '”' | '’' | '"' | ')' | '」' | '』') || SENTENCE_END.contains(&q) {
                    e = start + j + q.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            push_sentence(text, s, e, paragraph, out);
            s = e;
        }
    }
    push_sentence(text, s, end, paragraph, out);
}

fn push_sentence(text: &str, s: usize, e: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    if text[s..e].trim().is_empty() {
        return;
    }
    let opens_paragraph = out.last().is_none_or(|l| l.paragraph != paragraph);
    out.push(Sentence { start: s, end: e, paragraph, opens_paragraph });
}

/// NFKC each raw line, strip markup, drop furniture; `None` for a blank or dropped line. Also
/// the indices of the page jumps (`(下转第3版)`) among the dropped lines.
fn clean_lines(text: &str) -> (Vec<Option<Line>>, HashSet<usize>) {
    let mut out = Vec::new();
    let mut jumps = HashSet::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut idx: u32 = 0;
    let tables = table::rewrites(text);
    let headers = running_headers(text);
    // Inside a run of glyph-marked items after a lead line.
    let mut in_items = false;
    let mut page_head_seen = false;
    let mut in_links = false;
    for raw in text.split('\n') {
        if let Some(rewrite) = tables.get(&out.len()) {
            out.push(rewrite.clone().map(|(chars, orig)| Line { chars, orig }));
            idx += raw.chars().count() as u32 + 1;
            continue;
        }
        let mut line = Line { chars: Vec::new(), orig: Vec::new() };
        let mut prev_space = true; // also trims leading space
        for c in raw.chars() {
            // `…在上海市青浦区举行①。…出席②。`: a footnote's mark, which NFKC would make a digit.
            if ('\u{2460}'..='\u{2473}').contains(&c) || ('\u{2776}'..='\u{277F}').contains(&c) {
                idx += 1;
                continue;
            }
            for n in std::iter::once(c).nfkc() {
                let n = if n.is_whitespace() || n.is_control() { ' ' } else { n };
                if n == ' ' && prev_space {
                    continue;
                }
                prev_space = n == ' ';
                line.chars.push(n);
                line.orig.push(idx);
            }
            idx += 1;
        }
        idx += 1; // the '\n'
        strip_markup(&mut line);
        strip_inline_pinyin(&mut line);
        strip_english_glosses(&mut line);
        ascii_full_stops(&mut line);
        arabic_numerals(&mut line);
        // `问:…` `答:…`: an explainer's question-and-answer marks, not part of what is said.
        if line.len() > 3 && matches!(line.chars[0], '问' | '答') && matches!(line.chars[1], ':' | '：') {
            line.chars.drain(..2);
            line.orig.drain(..2);
        }
        bracketed_field(&mut line);
        numbered_label(&mut line);
        join_ocr_spaces(&mut line);
        mended_genre_words(&mut line);
        spoken_days(&mut line);
        while line.last() == Some(' ') {
            line.chars.pop();
            line.orig.pop();
        }
        if let Some(n) = jump_mark_len(&line.text())
            && n < line.len()
        {
            line.chars.drain(..n);
            line.orig.drain(..n);
        }
        // An e-paper's running head or foot (`太湖晨报 2385年6月21日 星期五 第3版 要闻`) recurs on
        // every page, inside the text a page break cut: the first dates the page, the others go
        // without ending the paragraph they stand in.
        if is_page_head(&line.text()) && std::mem::replace(&mut page_head_seen, true) {
            out.push(None);
            continue;
        }
        // A box of related stories lists their titles a line each, up to a blank line: titles,
        // not news (`· 回看|2384年度…座谈会在湖州举行` on a page of another year).
        if in_links {
            let t = line.text();
            let title = t.chars().count() <= 50 && !t.contains('。')
                || matches!(line.chars.first(), Some('·' | '•' | '▪' | '●' | '○' | '>' | '-'));
            if title && !line.chars.is_empty() {
                out.push(None);
                continue;
            }
        }
        // The marker stands alone or before a colon; a wrapped body line may start with 相关 too.
        let ends_page = PAGE_END.iter().any(|w| {
            let n = w.chars().count();
            line.starts_with(w) && (line.len() <= n + 2 || matches!(line.chars.get(n), Some(':' | ' ' | '|')))
        });
        in_links = ends_page && !line.starts_with("责任编辑");
        // A box of related stories, or the byline of the editor: the line goes and the text before
        // it ends; what follows (links are dropped by their dates) is another article.
        if ends_page {
            jumps.insert(out.len());
            out.push(None);
            continue;
        }
        // `主旨演讲环节,三位嘉宾先后登台:` then `▲ 院长费南星:《…》` a line: after a lead line
        // ending on a colon, the glyphs of pull quotes mark the items of its list.
        let glyph = matches!(line.chars.first(), Some('■' | '▲' | '●' | '◆'));
        if glyph
            && (in_items
                || out.iter().rev().find_map(|l: &Option<Line>| l.as_ref()).is_some_and(|l| l.last() == Some(':')))
        {
            line.chars[0] = '•';
            in_items = true;
            out.push(Some(line));
            continue;
        }
        in_items = false;
        if line.chars.is_empty()
            || is_furniture(&line)
            || is_running_header(&line.text(), &headers)
            || post_counters(&line.text())
        {
            // A transcript's speaker mark (`【主持人 蓝思远】`) goes, but the turn before it ends there.
            if is_page_jump(&line.text()) || post_counters(&line.text()) || is_broadcast_marker(&line.text()) {
                jumps.insert(out.len());
            }
            out.push(None);
            continue;
        }
        // A pull quote repeats a sentence of the body verbatim; keep the first occurrence only.
        let key = line.text();
        if line.len() >= 30 && !seen.insert(key) {
            out.push(None);
            continue;
        }
        out.push(Some(line));
    }
    (out, jumps)
}

/// A live blog's day heading (`——5月26日——`, `【5月26日】`): the month and day, as chars.
fn day_heading(line: &Line) -> Option<(Vec<char>, Vec<u32>)> {
    let keep: Vec<usize> = (0..line.len()).filter(|&i| !"—-─=【】[] ·".contains(line.chars[i])).collect();
    let t: String = keep.iter().map(|&i| line.chars[i]).collect();
    let (m, d) = t.strip_suffix('日')?.split_once('月')?;
    let num = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
    (num(m) && num(d) && keep.len() < line.len())
        .then(|| (keep.iter().map(|&i| line.chars[i]).collect(), keep.iter().map(|&i| line.orig[i]).collect()))
}

/// A live blog under day headings (`——5月26日——` then `08:50` then `第七届…论坛在南通开幕。`): an
/// entry that opens an event with no date of its own happened on the heading's day, which is
/// written before it (`5月26日,第七届…论坛在南通开幕。`), each added char citing the heading.
fn date_live_entries(lines: &mut [Option<Line>]) {
    const OPENS: [&str; 6] = ["开幕", "举行", "召开", "开始", "启幕", "揭幕"];
    let mut day: Option<(Vec<char>, Vec<u32>)> = None;
    for line in lines.iter_mut().flatten() {
        if let Some(d) = day_heading(line) {
            day = Some(d);
            continue;
        }
        let Some((chars, orig)) = &day else { continue };
        let text = line.text();
        let first = text.split('。').next().unwrap_or("");
        let dated = first.contains('月') || first.chars().take(14).collect::<String>().contains('日');
        let decided = ["确定", "决定", "将在", "将于"].iter().any(|w| first.contains(w));
        if text.contains('。') && !dated && !decided && OPENS.iter().any(|w| first.contains(w)) {
            let mut c = chars.clone();
            c.push(',');
            let mut o = orig.clone();
            o.push(*orig.last().unwrap_or(&0));
            c.append(&mut line.chars);
            o.append(&mut line.orig);
            line.chars = c;
            line.orig = o;
        }
    }
}

/// A broadcast's segment marks (`【主持人口播】`, `【记者现场】`, `【同期声】`).
const SEGMENT_MARKS: &[&str] = &[
    "导视",
    "主持人口播",
    "口播",
    "主持人",
    "导语",
    "记者现场",
    "现场",
    "记者出镜",
    "出镜",
    "同期声",
    "同期",
    "解说",
    "画面",
    "字幕",
    "演播室",
    "配音",
    "旁白",
];

/// A transcript pasted as one line (`【导视】…【主持人口播】…【记者现场】…`): each segment mark opens
/// a paragraph of its own, as a line break would, and the mark itself goes. Dropped lines and
/// page jumps keep their places.
fn split_segments(lines: Vec<Option<Line>>, jumps: &HashSet<usize>) -> (Vec<Option<Line>>, HashSet<usize>) {
    let mut out = Vec::with_capacity(lines.len());
    let mut moved = HashSet::new();
    for (i, line) in lines.into_iter().enumerate() {
        if jumps.contains(&i) {
            moved.insert(out.len());
        }
        let Some(line) = line else {
            out.push(None);
            continue;
        };
        let marks = segment_marks(&line.chars);
        // A mark alone on its line is left to the line rules (`is_broadcast_marker`).
        if marks.is_empty() || marks.len() == 1 && marks[0] == (0, line.len()) {
            out.push(Some(line));
            continue;
        }
        let mut from = 0;
        for (k, &(s, e)) in marks.iter().chain(std::iter::once(&(line.len(), line.len()))).enumerate() {
            if s > from {
                let piece = Line { chars: line.chars[from..s].to_vec(), orig: line.orig[from..s].to_vec() };
                if k > 0 || from > 0 {
                    moved.insert(out.len());
                    out.push(None);
                }
                out.push(Some(piece));
            }
            from = e;
        }
    }
    (out, moved)
}

/// Where the segment marks of a line stand, as char ranges.
fn segment_marks(c: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] == '【'
            && let Some(len) = c[i + 1..].iter().take(8).position(|&x| x == '】')
        {
            let inner: String = c[i + 1..i + 1 + len].iter().collect();
            if SEGMENT_MARKS.contains(&inner.as_str()) {
                out.push((i, i + len + 2));
                i += len + 2;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A front page's report that jumps (`(下转第3版)`) and goes on under `(上接第1版)` on a later page:
/// the continuation, up to the next page break, is moved back to where the report broke off, so
/// the stories printed between are no longer inside it. Lines keep their original offsets.
fn stitch_jumps(text: &str, lines: &mut Vec<Option<Line>>, jumps: &mut HashSet<usize>) {
    let raw: Vec<&str> = text.split('\n').collect();
    let marker = |i: usize, w: &str| {
        raw.get(i).is_some_and(|t| {
            let t = t.trim();
            jump_mark_len(t).is_some_and(|n| t.chars().take(n).collect::<String>().contains(w))
        })
    };
    let Some(away) = (0..lines.len()).find(|&i| marker(i, "下转")) else { return };
    let Some(back) = (away + 1..lines.len()).find(|&i| marker(i, "上接")) else { return };
    let end = (back + 1..lines.len()).find(|i| jumps.contains(i)).unwrap_or(lines.len());
    // The continuation starts on the mark's own line when text follows the mark there.
    let from = if lines[back].is_some() { back } else { back + 1 };
    if end <= from {
        return;
    }
    // New order: up to the jump, the continuation, what stood between, the rest.
    let order: Vec<usize> = (0..=away).chain(from..end).chain(away + 1..from).chain(end..lines.len()).collect();
    let old = std::mem::take(lines);
    let mut slots: Vec<Option<Option<Line>>> = old.into_iter().map(Some).collect();
    let mut moved = HashSet::new();
    for (new, &i) in order.iter().enumerate() {
        lines.push(slots[i].take().flatten());
        if jumps.contains(&i) {
            moved.insert(new);
        }
    }
    // The stories that stood between end where the continuation did.
    moved.insert(away + (end - from) + 1);
    *jumps = moved;
}

/// The minutes of a live blog's clock line (`10:32`, `14:05 更新`).
fn clock_minutes(line: &Line) -> Option<u32> {
    let c = &line.chars;
    if c.len() > 12 || c.len() < 4 {
        return None;
    }
    let colon = c.iter().position(|&x| x == ':')?;
    let digits = |r: &[char]| -> Option<u32> {
        (!r.is_empty() && r.len() <= 2 && r.iter().all(char::is_ascii_digit))
            .then(|| r.iter().collect::<String>().parse().ok())?
    };
    let h = digits(&c[..colon])?;
    let m = digits(c.get(colon + 1..colon + 3)?)?;
    (h < 24 && m < 60 && c.get(colon + 3).is_none_or(|&x| x == ' ')).then_some(h * 60 + m)
}

/// A live blog that puts the newest entry on top (`17:48 直播到此结束` … `08:50 今天…座谈会在…举行`):
/// its entries turned to the order of the day, so that the report opens where the day did. Each
/// entry is its clock line and the lines under it; what stands before the first stays first.
fn newest_last(lines: &mut [Option<Line>], jumps: &HashSet<usize>) {
    let clocks: Vec<(usize, u32)> =
        lines.iter().enumerate().filter_map(|(i, l)| Some((i, clock_minutes(l.as_ref()?)?))).collect();
    let descending = clocks.windows(2).all(|w| w[0].1 >= w[1].1);
    if clocks.len() < 3 || !descending || clocks[0].1 == clocks[clocks.len() - 1].1 {
        return;
    }
    let first = clocks[0].0;
    // The blog ends where the page does (`责任编辑:…`); lines after stay where they are.
    let end = jumps.iter().copied().filter(|&j| j > first).min().unwrap_or(lines.len());
    let region = &mut lines[first..end];
    let starts: Vec<usize> = clocks.iter().map(|(i, _)| i - first).filter(|&i| i < region.len()).collect();
    let mut entries: Vec<Vec<Option<Line>>> = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(region.len());
        entries.push(region[s..e].to_vec());
    }
    let reordered: Vec<Option<Line>> = entries.into_iter().rev().flatten().collect();
    region.clone_from_slice(&reordered);
}

/// `·236·`, `- 236 -`: a printed page's number, alone or beside its running header.
fn page_number_at(t: &str) -> Option<(usize, usize)> {
    static PAGE_NO: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^[·•\-—]\s*[0-9]{1,4}\s*[·•\-—]|[·•\-—]\s*[0-9]{1,4}\s*[·•\-—]$").unwrap()
    });
    PAGE_NO.find(t.trim()).map(|m| (m.start(), m.end()))
}

/// The running headers of a printed page (`·236·  长三角一体化发展年鉴 2283`): the words beside its
/// page numbers, each of which, wherever it stands again, is no part of the text.
fn running_headers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        let Some((s, e)) = page_number_at(t) else { continue };
        let rest = format!("{} {}", &t[..s], &t[e..]);
        for seg in rest.split("  ").map(str::trim).filter(|x| x.chars().count() >= 6) {
            if !out.iter().any(|o| o == seg) {
                out.push(seg.to_string());
            }
        }
    }
    out
}

/// `太湖晨报 2385年6月21日 星期五 第3版 要闻`, `第3版 要闻 2385年6月21日 星期五 责任编辑:…`: a
/// printed page's head or foot, with its page and weekday and no sentence.
fn is_page_head(t: &str) -> bool {
    static PAGE: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"第\s*[0-9]{1,3}\s*版").unwrap());
    static WEEKDAY: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"[0-9]{1,2}日\s*(星期|周)[一二三四五六日天]").unwrap());
    t.chars().count() <= 80 && !t.contains(['。', ',', '，']) && PAGE.is_match(t) && WEEKDAY.is_match(t)
}

/// A page number's line, or a line of running-header words with no sentence in it.
fn is_running_header(t: &str, headers: &[String]) -> bool {
    if page_number_at(t).is_some() {
        return true;
    }
    !headers.is_empty()
        && !t.contains(['。', ',', '，', '!', '?'])
        && headers.iter().any(|h| t.contains(h.as_str()) || t.replace(' ', "").contains(&h.replace(' ', "")))
}

/// `(下转第3版)`, `(上接第1版)`, `(下转二版)`.
fn is_page_jump(t: &str) -> bool {
    jump_mark_len(t).is_some_and(|n| n == t.trim_end().chars().count())
}

/// How many chars a page jump's mark takes at the start of `t` (`(上接第3版)20日上午,…`: the
/// continuation's text runs on after the mark, on the same line).
fn jump_mark_len(t: &str) -> Option<usize> {
    if !(t.starts_with('(') || t.starts_with('（')) {
        return None;
    }
    let close = t.chars().take(12).position(|c| c == ')' || c == '）')?;
    let inner: String = t.chars().take(close).collect();
    (inner.contains("下转") || inner.contains("上接")).then_some(close + 1)
}

/// Whether the article is set in traditional characters (a Hong Kong or Taiwan paper): a
/// simplified article has next to no character that the traditional → simplified table changes.
fn is_traditional(lines: &[Option<Line>]) -> bool {
    let mut cjk = 0usize;
    let mut changed = 0usize;
    // A sample is enough to tell; the first lines of body text decide.
    for line in lines.iter().flatten().take(40) {
        let text = line.text();
        let simple = hanconv::t2s(&text);
        cjk += line.chars.iter().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(*c)).count();
        changed += text.chars().zip(simple.chars()).filter(|(a, b)| a != b).count();
    }
    cjk >= 20 && changed * 20 >= cjk
}

/// Words of the genre whose traditional spelling differs from the simplified one.
const GENRE_WORDS: [&str; 10] = ["长三角", "座谈会", "论坛", "一体化", "领导", "发展", "举行", "召开", "审议", "会议"];

/// Whether converting `line` to simplified characters yields a genre word it did not hold.
fn spells_genre_words_traditionally(line: &Line) -> bool {
    if !line.chars.iter().any(|&c| may_be_traditional(c)) {
        return false;
    }
    let text = line.text();
    let count = |t: &str| GENRE_WORDS.iter().map(|w| t.matches(w).count()).sum::<usize>();
    let before = count(&text);
    let simple = hanconv::t2s(&text);
    count(&simple) > before
}

/// Whether `c` is an ideograph the traditional → simplified table may change: a text with none
/// skips the converter's pass (most questions and most lines of a simplified page).
pub(crate) fn may_be_traditional(c: char) -> bool {
    const FIRST: u32 = 0x3400;
    const LAST: u32 = 0x9fff;
    static CHANGED: std::sync::LazyLock<Vec<bool>> = std::sync::LazyLock::new(|| {
        (FIRST..=LAST)
            .map(|u| char::from_u32(u).is_some_and(|c| hanconv::t2s(c.encode_utf8(&mut [0u8; 4])) != c.to_string()))
            .collect()
    });
    let u = c as u32;
    if (FIRST..=LAST).contains(&u) { CHANGED[(u - FIRST) as usize] } else { c == '〇' }
}

/// Taiwan's words for what mainland papers write otherwise, each as long as its mainland form so
/// the offsets stay: the character table alone leaves them as they are.
const TAIWAN_WORDS: [(&str, &str); 3] = [("网路", "网络"), ("致词", "致辞"), ("计画", "计划")];

/// Rewrites a line in simplified characters, one character for one so the offsets stay.
fn simplify(line: &mut Line) {
    simplify_chars(line);
    let text = line.text();
    if TAIWAN_WORDS.iter().any(|(tw, _)| text.contains(tw)) {
        let mut fixed = text;
        for (tw, cn) in TAIWAN_WORDS {
            fixed = fixed.replace(tw, cn);
        }
        line.chars = fixed.chars().collect();
    }
}

fn simplify_chars(line: &mut Line) {
    let simple: Vec<char> = hanconv::t2s(line.text()).chars().collect();
    if simple.len() == line.chars.len() {
        line.chars = simple;
        return;
    }
    // A phrase rule changed the length: convert character by character instead.
    for c in line.chars.iter_mut() {
        let mut buf = [0u8; 4];
        let one: Vec<char> = hanconv::t2s(&*c.encode_utf8(&mut buf)).chars().collect();
        if let [s] = one[..] {
            *c = s;
        }
    }
}

/// `陈 吉宁`, `江苏省苏 州市`: in body text (a line with sentence punctuation) a space between two
/// ideographs is an OCR or typesetting artefact, never a word boundary Chinese would write. A
/// headline's spaces separate its parts (`李强主持 韩俊出席`) and stay.
fn join_ocr_spaces(line: &mut Line) {
    if !line.contains_any(&['。', ',', '，']) {
        return;
    }
    let ideograph = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let n = line.chars.len();
    // Inside quotes and titles a space is the writer's (`谱写…新篇章 勇当…先行者`): it stays.
    let mut depth = 0i32;
    let mut keep = Vec::with_capacity(n);
    for i in 0..n {
        let c = line.chars[i];
        match c {
            '“' | '「' | '《' | '『' => depth += 1,
            '”' | '」' | '》' | '』' => depth -= 1,
            // An ASCII quote opens and closes alike (`会议以"数智赋能 湾区共融"为主题`).
            '"' => depth += if depth > 0 { -1 } else { 1 },
            _ => {}
        }
        // (`清单共 40 项`, `总投资 11 20亿元`: a figure set apart from its words, or cut in two.)
        let inner = i > 0 && i + 1 < n && {
            let (a, b) = (line.chars[i - 1], line.chars[i + 1]);
            // (A stamp's `2095-06-19 07:42:18` keeps its space.)
            let stamp = line.chars[i.saturating_sub(4)..(i + 4).min(n)].iter().any(|c| matches!(c, ':' | '-' | '/'));
            // Only a figure with its unit is joined: `本报讯 6月5日` keeps the space it was written with.
            const UNITS: &str = "亿万千百个项元";
            let unit_after = b.is_ascii_digit() && {
                let unit = line.chars[i + 1..].iter().find(|c| !c.is_ascii_digit() && !matches!(c, '.' | ' '));
                unit.is_some_and(|u| UNITS.contains(*u))
            };
            let figure = (ideograph(a) || a.is_ascii_digit()) && unit_after || a.is_ascii_digit() && UNITS.contains(b);
            ideograph(a) && ideograph(b) || !stamp && figure
        };
        // `2415年 6月3日`: a yearbook's entry sets its year apart from the day; they are one date.
        let dated = i > 1
            && i + 1 < n
            && line.chars[i - 1] == '年'
            && line.chars[i - 2].is_ascii_digit()
            && line.chars[i + 1].is_ascii_digit();
        keep.push(!(c == ' ' && depth <= 0 && (inner || dated)));
    }
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut k = keep.iter();
    line.chars.retain(|_| *k.next().unwrap());
    let mut k = keep.iter();
    line.orig.retain(|_| *k.next().unwrap());
}

/// `5月22号到23号`: the spoken 号 of a day is the 日 every date rule reads (only after a month, or
/// as the end of a range that opened on one). Same length, so offsets stay.
fn spoken_days(line: &mut Line) {
    let n = line.chars.len();
    for i in 1..n {
        if line.chars[i] != '号' {
            continue;
        }
        let digits = line.chars[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&digits) {
            continue;
        }
        let before = i - digits;
        let after_month = before > 0 && line.chars[before - 1] == '月';
        let range_end = before >= 2
            && matches!(line.chars[before - 1], '到' | '至' | '-' | '—' | '~')
            && matches!(line.chars[before - 2], '日' | '号');
        if after_month || range_end {
            line.chars[i] = '日';
        }
    }
}

/// Misreadings of the genre's own words by OCR or a hasty typist (`座淡会`, `坐谈会`), set right in
/// place: the same number of characters, so every offset stays.
fn mended_genre_words(line: &mut Line) {
    const RIGHT: [char; 3] = ['座', '谈', '会'];
    const WRONG: [[char; 3]; 3] = [['座', '淡', '会'], ['坐', '谈', '会'], ['座', '谈', '回']];
    let mut i = 0;
    while i + 3 <= line.chars.len() {
        if WRONG.iter().any(|w| line.chars[i..i + 3] == w[..]) {
            line.chars[i..i + 3].copy_from_slice(&RIGHT);
            i += 3;
        } else {
            i += 1;
        }
    }
}

/// `二〇二三年`, `二一六四年五月二十六日`, `第一百六十次`, `第一百四十六届`: numbers a page writes in
/// Chinese, rewritten in the digits every rule reads; each digit keeps the offset of the character it
/// stands for, so evidence still points at the page's own text.
fn arabic_numerals(line: &mut Line) {
    const DIGITS: &str = "〇零一二三四五六七八九";
    const NUMERALS: &str = "〇零一二三四五六七八九十百两";
    // Most lines hold 一 or 十 in words (一体化): only a numeral right before a date's or a count's
    // word, or after 第, is worth rebuilding the line for.
    let candidate = line
        .chars
        .windows(2)
        .any(|w| NUMERALS.contains(w[1]) && w[0] == '第' || NUMERALS.contains(w[0]) && "年月日号次届轮".contains(w[1]));
    if !candidate {
        return;
    }
    let number = |cs: &[char]| crate::engine::extract::text::parse_number(&cs.iter().collect::<String>());
    let n = line.len();
    let (mut chars, mut orig) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut i = 0;
    while i < n {
        let c = line.chars[i];
        let prev_numeral = i > 0 && NUMERALS.contains(line.chars[i - 1]);
        // A year digit by digit: four of them before 年.
        let year = !prev_numeral
            && i + 4 < n
            && line.chars[i..i + 4].iter().all(|c| DIGITS.contains(*c))
            && line.chars[i + 4] == '年';
        if year {
            for k in 0..4 {
                chars.push(number(&line.chars[i + k..=i + k]).and_then(|d| char::from_digit(d, 10)).unwrap_or('0'));
                orig.push(line.orig[i + k]);
            }
            i += 4;
            continue;
        }
        // A month with its day (`五月二十六日`), or a count after 第 (`第一百六十次`).
        let run = line.chars[i..].iter().take_while(|c| NUMERALS.contains(**c)).count();
        let after = line.chars.get(i + run).copied();
        let month_day = run > 0
            && after == Some('月')
            && !prev_numeral
            && number(&line.chars[i..i + run]).is_some_and(|m| (1..=12).contains(&m))
            && {
                let d = line.chars[i + run + 1..].iter().take_while(|c| NUMERALS.contains(**c)).count();
                d > 0 && matches!(line.chars.get(i + run + 1 + d), Some('日' | '号'))
            };
        let ordinal = run > 0 && i > 0 && line.chars[i - 1] == '第' && matches!(after, Some('次' | '届' | '轮'));
        let day = run > 0
            && i > 0
            && matches!(line.chars[i - 1], '月' | '至' | '到' | '—' | '-' | '、')
            && matches!(after, Some('日' | '号'));
        if (month_day || ordinal || day)
            && let Some(v) = number(&line.chars[i..i + run])
        {
            for d in v.to_string().chars() {
                chars.push(d);
                orig.push(line.orig[i]);
            }
            i += run;
            continue;
        }
        chars.push(c);
        orig.push(line.orig[i]);
        i += 1;
    }
    line.chars = chars;
    line.orig = orig;
}

/// `…在芜湖举行.座谈会以"…"为主题.`: a page typed with ASCII stops ends its sentences with `.`,
/// which NFKC also makes of a full-width `．`. A stop after Chinese text (or the quote or bracket
/// closing it) and before Chinese text, an opening quote or the line's end is `。`; a decimal
/// point, an ellipsis and a web address are not.
fn ascii_full_stops(line: &mut Line) {
    let ideograph = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let n = line.chars.len();
    for i in 0..n {
        if line.chars[i] != '.' {
            continue;
        }
        let prev = if i > 0 { Some(line.chars[i - 1]) } else { None };
        let next = line.chars.get(i + 1).copied();
        let closes = |c: char| matches!(c, '"' | '”' | '’' | ')' | '》' | ']');
        let after_chinese = prev.is_some_and(|p| {
            ideograph(p) || closes(p) && i >= 2 && (ideograph(line.chars[i - 2]) || closes(line.chars[i - 2]))
        });
        let before_chinese = next.is_none_or(|c| ideograph(c) || matches!(c, '"' | '“' | '(' | '《' | ' '));
        if after_chinese && before_chinese {
            line.chars[i] = '。';
        }
    }
}

/// `發(fā)展`, `長(zhǎng)三角`: a bad converter's reading after each character. A bracket right after
/// an ideograph holding one pinyin syllable goes; one with a tone mark or tone digit is proof, and a
/// line with two such proofs drops its toneless syllables too (`的(de)`).
fn strip_inline_pinyin(line: &mut Line) {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    let ideograph = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let n = line.chars.len();
    // Each candidate: (start of '(', end after ')', has a tone).
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    let mut i = 1;
    while i < n {
        if line.chars[i] == '(' && ideograph(line.chars[i - 1]) {
            let mut j = i + 1;
            let mut toned = false;
            // A name's reading, `汤明哲(Tāng Míngzhé)`: capitals and a space, taken only with a tone.
            let mut name = false;
            // A word of several syllables too: `下(xīnxíngshìxià)`, `(chóngtóuxì)`.
            while j < n && j - i <= 32 {
                let c = line.chars[j];
                if TONED.contains(c) || ('1'..='5').contains(&c) && j > i + 1 {
                    toned = true;
                } else if c.is_ascii_uppercase() || c == ' ' && j > i + 1 || "ĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ".contains(c)
                {
                    name = true;
                } else if !(c.is_ascii_lowercase() || c == 'ü') {
                    break;
                }
                j += 1;
            }
            if j < n && line.chars[j] == ')' && j > i + 1 && (toned || !name) {
                found.push((i, j + 1, toned));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    let proofs = found.iter().filter(|f| f.2).count();
    if proofs == 0 {
        return;
    }
    let mut keep = vec![true; n];
    for &(s, e, toned) in &found {
        if toned || proofs >= 2 {
            keep[s..e].iter_mut().for_each(|k| *k = false);
        }
    }
    let mut k = keep.iter();
    line.chars.retain(|_| *k.next().unwrap());
    let mut k = keep.iter();
    line.orig.retain(|_| *k.next().unwrap());
}

/// `郑立衡(Zheng Liheng)`, `“数字长三角 开放新高地”(Digital Yangtze River Delta, …)`, `签署了9项合作协议
/// (nine cooperation agreements)`: a translated wire's English gloss after a Chinese word goes, so
/// that the Chinese reads on as one. A bracket of one short word (`(G60)`, `(AI)`) stays.
fn strip_english_glosses(line: &mut Line) {
    let n = line.chars.len();
    let mut keep = vec![true; n];
    let mut i = 1;
    let mut any = false;
    while i < n {
        let prev = line.chars[i - 1];
        if line.chars[i] == '(' && !prev.is_ascii() && prev != '(' {
            let close = line.chars[i + 1..].iter().position(|&c| c == ')').map(|k| i + 1 + k);
            if let Some(j) = close {
                let inner = &line.chars[i + 1..j];
                let latin = inner.iter().all(|&c| c.is_ascii_alphanumeric() || " ,.'-&:;/’".contains(c));
                let letters = inner.iter().filter(|c| c.is_ascii_alphabetic()).count();
                let worded = inner.contains(&' ') || letters >= 6 && inner[0].is_ascii_uppercase();
                if latin && letters >= 2 && worded {
                    keep[i..=j].iter_mut().for_each(|k| *k = false);
                    any = true;
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    if !any {
        return;
    }
    let mut k = keep.iter();
    line.chars.retain(|_| *k.next().unwrap());
    let mut k = keep.iter();
    line.orig.retain(|_| *k.next().unwrap());
}

/// Removes markdown heading marks and emphasis (`# `, `**`), keeping the offset map aligned.
fn strip_markup(line: &mut Line) {
    let mut keep = vec![true; line.len()];
    let mut i = 0;
    while i < line.len() && line.chars[i] == '#' {
        keep[i] = false;
        i += 1;
    }
    for w in 0..line.len().saturating_sub(1) {
        if line.chars[w] == '*' && line.chars[w + 1] == '*' {
            keep[w] = false;
            keep[w + 1] = false;
        }
    }
    let mut k = keep.iter();
    line.chars.retain(|_| *k.next().unwrap());
    let mut k = keep.iter();
    line.orig.retain(|_| *k.next().unwrap());
    while line.chars.first() == Some(&' ') {
        line.chars.remove(0);
        line.orig.remove(0);
    }
}

/// `◆ 2272年·上海`, `■ 2019年`: a glyph, a year and at most a place, the heading of one year's entry.
fn year_heading(t: &str) -> bool {
    let rest = t.trim_start_matches(['■', '▲', '●', '◆', ' ']);
    let Some(after) = rest.get(4..).filter(|_| rest.chars().take(4).all(|c| c.is_ascii_digit())) else {
        return false;
    };
    let Some(after) = after.strip_prefix('年') else { return false };
    let place = after.trim_start_matches(['度', '·', '・', ':', ' ', '|', '—', '-', ',']);
    place.chars().count() <= 8 && place.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// `转发 876 | 评论 102 | 赞 8745`: a post's counters, the end of the post.
fn post_counters(t: &str) -> bool {
    ["转发", "评论", "赞"].iter().filter(|w| t.contains(*w)).count() >= 2
        && t.chars().count() <= 40
        && t.chars().filter(char::is_ascii_digit).count() >= 2
        && !t.contains(['。', ','])
}

/// Lines that interrupt the text without belonging to it.
fn is_furniture(line: &Line) -> bool {
    let t = line.text();
    if is_page_jump(&t) {
        return true;
    }
    // Pull quotes and bullets of highlighted text; not a backgrounder's entry heading (`◆ 2272年·上海`).
    if (t.starts_with('■') || t.starts_with('▲') || t.starts_with('●') || t.starts_with('◆')) && !year_heading(&t)
    {
        return true;
    }
    // A gallery's caption that reports an act of the meeting, the forum or the results conference
    // (`图为…成果发布会,贺知远主持发布会,…通报座谈会主要成果。 何一舟 摄`): in a photo gallery the
    // captions are the report.
    if t.starts_with("图为")
        && ["主持", "通报", "致辞", "主旨演讲", "出席", "讲话"].iter().any(|w| t.contains(w))
        && ["座谈会", "论坛", "发布会"].iter().any(|w| t.contains(w))
    {
        return false;
    }
    // Photo captions: "… 新华社图", "… 新华社发", "… 阮雪枫 摄", "(图片由…提供)".
    if t.ends_with("新华社图") || t.ends_with("新华社发") || t.ends_with("资料图") || t.starts_with("图为")
    {
        return true;
    }
    // `攝` too: a traditional page is converted after its furniture goes.
    if let Some(rest) = t.strip_suffix(['摄', '攝']) {
        let rest = rest.trim_end();
        // a photographer's name (2-4 chars) after a space or the end of a sentence
        let name: String = rest.chars().rev().take_while(|c| !c.is_whitespace() && !"。,，".contains(*c)).collect();
        let name: String = name.chars().rev().collect();
        // `…举行。本报记者徐国康摄`: the photographer with his byline's title.
        let name = ["本报记者", "本報記者", "新华社记者", "新華社記者", "特约记者", "記者", "记者"]
            .iter()
            .find_map(|w| name.strip_prefix(w))
            .map_or(name.as_str(), |n| n.trim_start());
        if (2..=4).contains(&name.chars().count()) {
            return true;
        }
    }
    // `· 省政府常务会议审议《…》(05-25)`: a bulleted link dated by month and day only.
    if t.starts_with(['·', '•', '‧']) && t.chars().count() <= 80 && !t.contains('。') && {
        let inner = t.strip_suffix(')').and_then(|r| r.rsplit_once('(')).map_or("", |(_, d)| d);
        let parts: Vec<&str> = inner.split(['-', '/', '.']).collect();
        parts.len() == 2 && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    } {
        return true;
    }
    // A link in a list of related stories: a short title ending on its date (`… 2027-06-10`). A
    // labelled date (`成文日期:2081-06-10`) is the page's own stamp, which dates the article.
    if t.chars().count() <= 80
        && ends_on_iso_date(&t)
        && !t.contains('。')
        && !is_date_label(&t)
        && !is_post_stamp(line)
    {
        return true;
    }
    if is_broadcast_marker(&t) {
        return true;
    }
    // Masthead service lines: QR codes, web and mail addresses; a web page's buttons.
    ["扫码", "网址", "邮箱", "分享至", "分享到", "字号", "打印", "收藏", "【纠错】", "点击进入"]
        .iter()
        .any(|w| t.starts_with(w))
}

/// A transcript's stage directions (`【解说】`, `【同期声】江苏省委书记 周立群`): they head what is
/// said, and read as headlines they would end the report they stand in.
fn is_broadcast_marker(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('【') else { return false };
    let Some((inner, caption)) = rest.split_once('】') else { return false };
    // `【2186年】`: a yearbook's section heading, which dates the entries under it.
    if inner.strip_suffix('年').is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    // `【2281年度长三角地区主要领导座谈会】 2281年…`: a yearbook's entry heading, the entry after it.
    if inner.contains("座谈会") || inner.contains("论坛") || inner.chars().filter(char::is_ascii_digit).count() >= 4
    {
        return false;
    }
    // `【更新·5月28日20时15分】`: a page's update, which opens a report of its own under the first.
    if ["更新", "最新", "续报", "追踪"].iter().any(|w| inner.starts_with(w)) {
        return false;
    }
    // `【链接】出席2209年度座谈会的三省一市主要领导`: the heading of a roll, read as a heading.
    if caption.contains("出席") || caption.contains("名单") {
        return false;
    }
    // The speaker's caption after the marker, never a sentence of its own.
    caption.chars().count() <= 20 && !caption.contains(['。', ',', '!', '?'])
}

/// `发布日期:2081-06-10`, `成文日期: 2081-06-10`, `发布时间:2023-06-10 10:00`: a page's field
/// naming its own date, not the title of a related story.
fn is_date_label(t: &str) -> bool {
    // `| 发布机构 | … | 发文日期 | 2362-05-27 |`: a 政务公开 page's index box, the label a cell of its own.
    if t.starts_with(['|', '｜', '│']) {
        let cells: Vec<&str> = t.split(['|', '｜', '│']).map(str::trim).filter(|c| !c.is_empty()).collect();
        if let [.., label, _date] = cells[..] {
            return label.chars().count() <= 6
                && ["日期", "时间", "发文", "成文", "发布"].iter().any(|w| label.contains(w));
        }
    }
    let Some((label, _)) = t.split_once(':') else { return false };
    let label = label.trim();
    label.chars().count() <= 6 && ["日期", "时间", "发布", "发表", "更新", "成文"].iter().any(|w| label.contains(w))
}

/// A line that is never part of a paragraph around it, whatever the layout's width: a bracketed
/// section heading (`【现场】`), a live blog's clock time (`09:30`, `14:05 更新`) and a rule
/// (`-----`, `======`, `———`).
fn stands_alone(line: &Line) -> bool {
    let c = &line.chars;
    let bracketed = c.first() == Some(&'【') && c.last() == Some(&'】') && c.len() <= 20;
    let clock = c.len() <= 12
        && c.len() >= 4
        && c[..2].iter().all(char::is_ascii_digit)
        && c[2] == ':'
        && c.get(3..5).is_some_and(|m| m.iter().all(char::is_ascii_digit))
        && c.get(5).is_none_or(|x| !x.is_ascii_digit());
    let rule = c.len() >= 3 && c.iter().all(|x| "-=—_*~─━·.|+: ┼┬┴├┤┌┐└┘═│┃".contains(*x));
    // `▍一、会议:示范区里谈一体化`: a post's section heading behind its bar.
    let barred = matches!(c.first(), Some('▍' | '▌' | '▎' | '▋')) && c.len() <= 30 && !line.contains_any(&['。']);
    // A row of a table drawn with bars (`| 会议地点 | 浙江省台州市 |`): one row, one line.
    let row = matches!(c.first(), Some('|' | '│' | '┃'));
    // `(原标题:…)`, `(来源:…)`: a note of the page in parentheses, never the start of the lede.
    let noted = c.first() == Some(&'(')
        && c.last() == Some(&')')
        && (["原标题", "来源", "编辑", "记者"].iter().any(|w| line.starts_with(&format!("({w}")))
            // `(以上为摘录,全文见…)`: an editor's note on a line of its own.
            || c.len() <= 40 && !c[1..c.len() - 1].contains(&'('));
    // A social post's handle line (`@江淮观察君 V`) and its stamp (`5月24日 10:58 来自 HUAWEI Mate`).
    let text = line.text();
    let handle = c.first() == Some(&'@') && c.len() <= 24 && !text.contains(['。', ',', ':'])
        // A reply under a post (`└ @苏小新 回复 @…:…`) is one line of its own.
        || c.first() == Some(&'└');
    let stamp = text.contains("来自") && c.len() <= 40 && c.first().is_some_and(char::is_ascii_digit);
    // A site's menu (`首页 | 新闻 | 时政 | …`) or breadcrumb (`首页 > 新闻中心 > 正文`), with no sentence.
    let menu = (c.iter().filter(|&&x| x == '|').count() >= 3 || c.iter().filter(|&&x| x == '>').count() >= 2)
        && !text.contains(['。', ',']);
    // A search result's source line (`东方快讯 - 2459-07-02 - 快照`) ends it: the next result's title
    // and snippet are another story. (The title runs on into its own snippet, which it heads.)
    let result_source = text.ends_with("快照") && c.len() <= 40;
    bracketed
        || barred
        || clock
        || rule
        || row
        || noted
        || handle
        || stamp
        || menu
        || result_source
        || year_heading(&text)
        || is_field(&text)
}

/// The labels of a transcript's or an event card's fields.
const FIELD_LABELS: [&str; 16] = [
    "主持人",
    "主持",
    "发布人",
    "发言人",
    "时间",
    "地点",
    "日期",
    "发布时间",
    "发布地点",
    "会议时间",
    "会议地点",
    "主办",
    "承办",
    "主办单位",
    "承办单位",
    "出席嘉宾",
];

/// `【主持人】上海市委常委 严季平`: a transcript's field written with its label in brackets, read as
/// `主持人:…` (the bracket gives no offset to the colon that stands for it).
fn bracketed_field(line: &mut Line) {
    if line.chars.first() != Some(&'【') {
        return;
    }
    let Some(close) = line.chars.iter().position(|&c| c == '】') else { return };
    let label: String = line.chars[1..close].iter().collect();
    if !FIELD_LABELS.contains(&label.as_str()) || close + 1 == line.len() {
        return;
    }
    line.chars[close] = ':';
    line.chars.remove(0);
    line.orig.remove(0);
}

/// `(三)论坛主题。“链接创新要素 激发产业活力”。`, `(二)出席人员。上海市委书记…`: an official
/// paper's numbered item opens on its label and a full stop, which stands for the colon of a field.
fn numbered_label(line: &mut Line) {
    static LABEL: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^[(（][一二三四五六七八九十]{1,2}[)）]\p{Han}{2,8}。").unwrap());
    let t = line.text();
    let Some(m) = LABEL.find(&t) else { return };
    let stop = t[..m.end()].chars().count() - 1;
    if stop + 1 < line.len() {
        line.chars[stop] = ':';
        // The item's number goes too: the field reads as one (`论坛主题:“…”`).
        let number = line.chars.iter().position(|&c| c == ')' || c == '）').map_or(0, |i| i + 1);
        line.chars.drain(..number);
        line.orig.drain(..number);
    }
}

/// `主持人:上海市委副书记、市长 蓝思远`, `地点:上海临港 滴水湖会议中心`: one field of a transcript's
/// head or an event card, a line of its own that never runs on into the next.
fn is_field(t: &str) -> bool {
    t.split_once(':').is_some_and(|(label, value)| {
        FIELD_LABELS.contains(&label) && !value.trim().is_empty() && value.chars().count() <= 80
    }) && !t.contains(['。', '!', '?'])
}

/// `… 2027-06-10`, `… 2025/05/23 10:00`.
fn ends_on_iso_date(t: &str) -> bool {
    // A date needs two separators in the tail: without one, skip the windows (a fifth of the time
    // of a 4 MB article of short lines went to building them).
    if !t.chars().rev().take(16).any(|c| c == '-' || c == '/') {
        return false;
    }
    let tail: String = t.chars().rev().take(16).collect::<Vec<_>>().into_iter().rev().collect();
    let bytes: Vec<char> = tail.chars().collect();
    (0..bytes.len()).any(|i| {
        let w: String = bytes[i..].iter().collect();
        let parts: Vec<&str> = w.split(['-', '/']).collect();
        parts.len() == 3
            && parts[0].len() == 4
            && parts[0].chars().all(|c| c.is_ascii_digit())
            && parts[1].len() <= 2
            && parts[1].chars().all(|c| c.is_ascii_digit())
            && parts[2]
                .split(' ')
                .next()
                .is_some_and(|d| (1..=2).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()))
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
    })
}

/// Where an article's own text ends: what follows is other stories and the page's footer.
const PAGE_END: &[&str] = &[
    "相关推荐",
    "相关阅读",
    "相关视频",
    "相关报道",
    "相关链接",
    "相关新闻",
    "相关文章",
    "热门新闻",
    "热新闻",
    "热门推荐",
    "延伸阅读",
    "推荐阅读",
    "猜你喜欢",
    "更多新闻",
    "往期回顾",
    "责任编辑",
];

/// Line lengths that recur often enough to be a print layout's column width.
fn wrap_widths(lines: &[Option<Line>]) -> Vec<usize> {
    let mut counts = std::collections::BTreeMap::<usize, usize>::new();
    // (A thread's post stamps, `发表于 2127-5-21 10:15`, all of a length, are no wrapped text.)
    for l in lines.iter().flatten().filter(|l| !has_clock_stamp(&l.chars)) {
        if l.len() >= 8 && l.len() <= 40 {
            *counts.entry(l.len()).or_default() += 1;
        }
    }
    // A width is a layout when the lines within one char of it are many.
    let widths: Vec<usize> = counts
        .keys()
        .copied()
        .filter(|&w| {
            let near: usize = (w.saturating_sub(1)..=w + 1).map(|x| counts.get(&x).copied().unwrap_or(0)).sum();
            near >= 8
        })
        .collect();
    // A column's lines vary by a few chars: a band of recurring lengths running on from 8 to 20
    // and more is a page of short phrases (a WeChat post), no print layout.
    let mut run = 1;
    let mut longest = usize::from(!widths.is_empty());
    for pair in widths.windows(2) {
        run = if pair[1] == pair[0] + 1 { run + 1 } else { 1 };
        longest = longest.max(run);
    }
    if longest > 10 { Vec::new() } else { widths }
}

/// A PDF page whose two columns were extracted a line from each in turn: two ledes in a row
/// (`本报讯 6月10日至11日,` then `本报讯 6月11日上午,第十八届`) open the columns, and the lines
/// alternate from there. The right column goes on while its lines do: once it has ended a
/// sentence, its next line must open a paragraph (indented, as a column's paragraphs are), or the
/// right column has ended and the left one runs on alone.
fn unweave_twin_ledes(text: &str, lines: &mut Vec<Option<Line>>) {
    let opens = |l: &Line| DATELINES.iter().any(|d| l.starts_with(d));
    let Some(i) = (0..lines.len().saturating_sub(1))
        .find(|&i| matches!((&lines[i], &lines[i + 1]), (Some(a), Some(b)) if opens(a) && opens(b)))
    else {
        return;
    };
    let raw: Vec<char> = text.chars().collect();
    let indented = |l: &Line| {
        l.orig
            .first()
            .is_some_and(|&o| o >= 1 && raw.get(o as usize - 1).is_some_and(|c| *c != '\n' && c.is_whitespace()))
    };
    // (A line the clean-up dropped, `■又讯…`, still took its turn; a gap after the right column
    // has ended ends the region.)
    let (mut left, mut right): (Vec<Line>, Vec<Line>) = (Vec::new(), Vec::new());
    let mut alternating = true;
    let mut right_gap = false;
    let mut end = i;
    while end < lines.len() {
        let k = end - i;
        let Some(l) = lines[end].clone() else {
            if !alternating || lines.get(end + 1).is_none_or(Option::is_none) {
                break;
            }
            // (A dropped line of the right column opened a paragraph of its own.)
            right_gap |= k % 2 == 1;
            end += 1;
            continue;
        };
        if alternating && k % 2 == 1 && k > 1 {
            let ended = right.last().is_some_and(|r| r.last().is_some_and(|c| SENTENCE_END.contains(&c)));
            if ended && !right_gap && !indented(&l) && !opens(&l) {
                alternating = false;
            }
        }
        if alternating && k % 2 == 1 {
            right.push(l);
            right_gap = false;
        } else {
            left.push(l);
        }
        end += 1;
    }
    let mut woven: Vec<Option<Line>> = left.into_iter().map(Some).collect();
    woven.push(None);
    woven.extend(right.into_iter().map(Some));
    lines.splice(i..end, woven);
}

/// A PDF's text layer reads a page of two columns of different widths a block of each in turn, so
/// a second story's lines cut into the report mid-sentence. When the page's lines fall into two
/// widths, each line goes with its column (a short line, a paragraph's last, with the line before
/// it), and from the first narrow line on the wide column's lines come first, then the narrow
/// column's: each story reads on unbroken.
fn unweave_columns(lines: &mut Vec<Option<Line>>, widths: &[usize]) {
    // Two columns, set clearly apart: the widths fall into two runs of neighbours (a column's
    // lines vary by a glyph), each column's width the one most of its lines have.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for &w in widths {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|&l| w <= l + 1) => run.push(w),
            _ => runs.push(vec![w]),
        }
    }
    let [a, b] = &runs[..] else { return };
    let mode = |run: &[usize]| {
        run.iter().copied().max_by_key(|&w| lines.iter().flatten().filter(|l| l.len() == w).count()).unwrap_or(0)
    };
    let (narrow, wide) = (mode(a), mode(b));
    if wide < narrow + 3 {
        return;
    }
    let column = |l: &Line| match l.len() {
        n if n + 1 >= narrow && n <= narrow + 1 => Some(false),
        n if n + 1 >= wide && n <= wide + 1 => Some(true),
        _ => None,
    };
    let placed: Vec<Option<bool>> = lines.iter().map(|l| l.as_ref().and_then(column)).collect();
    // A column's lines run on mid-sentence, several in a row; a page of one column has short
    // lines too, but they end its paragraphs.
    let narrow_lines: Vec<&Line> =
        lines.iter().zip(&placed).filter(|(_, c)| **c == Some(false)).filter_map(|(l, _)| l.as_ref()).collect();
    let ended = narrow_lines.iter().filter(|l| l.last().is_some_and(|x| SENTENCE_END.contains(&x))).count();
    let in_a_row = placed.windows(2).filter(|w| w[0] == Some(false) && w[1] == Some(false)).count();
    if narrow_lines.len() < 8 || ended * 4 > narrow_lines.len() || in_a_row * 2 < narrow_lines.len() {
        return;
    }
    let mut class: Vec<Option<bool>> = Vec::with_capacity(lines.len());
    let mut last: Option<bool> = None;
    // Whether each column's last line broke off mid-sentence (narrow, wide).
    let mut open = [false, false];
    for (i, l) in lines.iter().enumerate() {
        let c = match l {
            Some(l) if placed[i].is_none() && l.len() < wide => match last {
                // A paragraph's last line ends what its column left open; when both were left
                // open, it goes with the line before it.
                Some(c) if !open[usize::from(c)] && open[usize::from(!c)] => Some(!c),
                c => c,
            },
            Some(_) => placed[i],
            None => None,
        };
        if let (Some(c), Some(l)) = (c, l) {
            open[usize::from(c)] = !l.last().is_some_and(|x| SENTENCE_END.contains(&x) || x == '”');
        }
        // A blank keeps the column: a page head dropped inside it is no change of column.
        if l.is_some() {
            last = c;
        }
        class.push(c);
    }
    let Some(first) = class.iter().position(|c| *c == Some(false)) else { return };
    let Some(end) = class.iter().rposition(|c| *c == Some(false)) else { return };
    // Interleaved: wide lines on both sides of some narrow block.
    let switches = class[first..=end].iter().flatten().collect::<Vec<_>>().windows(2).filter(|w| w[0] != w[1]).count();
    if switches < 2 {
        return;
    }
    let end = class.iter().rposition(|c| *c == Some(true)).unwrap_or(end).max(end);
    let region: Vec<Option<Line>> = lines.drain(first..=end).collect();
    let (mut main, mut side) = (Vec::new(), Vec::new());
    for (l, c) in region.into_iter().zip(&class[first..=end]) {
        match c {
            Some(false) => side.push(l),
            Some(true) => main.push(l),
            // Blanks and unplaced lines stay with the wide column, where the text of the page is.
            None if l.is_none() => {}
            None => main.push(l),
        }
    }
    main.push(None);
    main.extend(side);
    lines.splice(first..first, main);
}

/// Whether `next` continues the sentence `prev` ends.
fn continues(prev: &Line, next: &Line, wrap_widths: &[usize]) -> bool {
    if DATELINES.iter().any(|d| next.starts_with(d)) || next.starts_with("- ") {
        return false;
    }
    // `…(撰稿:许清漪)` ends an entry; `【2282年度…座谈会】` opens the next.
    let byline = prev.last() == Some(')')
        && ["撰稿", "记者", "编辑", "通讯员", "来源", "供稿"]
            .iter()
            .any(|w| prev.text().rsplit('(').next().unwrap_or("").contains(w));
    // (`【更正说明】…(更新于…)`: an editor's notice ends where its line does.)
    if byline || next.starts_with("【") || prev.starts_with("【更正") {
        return false;
    }
    // (`一起来看↓↓↓` then `01|主要领导座谈会在沪召开`: the numbered heading opens a section.)
    if is_numbered_heading(prev) || is_numbered_heading(next) || stands_alone(prev) || stands_alone(next) {
        return false;
    }
    // A bilingual page follows each Chinese paragraph with its translation: a change of script
    // between lines is a change of paragraph, never a sentence wrapped.
    if is_latin(prev) != is_latin(next) && (has_han(prev) || has_han(next)) {
        return false;
    }
    if DANGLING.iter().any(|d| prev.ends_with(d)) || next.chars.first().is_some_and(|c| NO_LINE_START.contains(c)) {
        return true;
    }
    // (`……` ends a sentence left unfinished on purpose, as an excerpt's last line does.)
    // (An English paragraph ends on its full stop.)
    let ends_sentence = prev.last().is_some_and(|c| SENTENCE_END.contains(&c))
        || prev.text().ends_with("……")
        || prev.last() == Some('.') && is_latin(prev);
    // A fixed-width print layout: a full line continues unless it completes a sentence or headline.
    let full = wrapped(prev, next, wrap_widths);
    let headline_done = HEADLINE_END.iter().any(|h| prev.ends_with(h)) && !prev.contains_any(&CLAUSE_PUNCT);
    if ends_sentence || headline_done || is_meta(prev) || is_meta(next) {
        return false;
    }
    if full {
        return true;
    }
    // A lede opens on its date (`6月10日至11日,…`): the short line before it was a headline, even
    // one with a comma in it.
    if opens_on_a_date(next) && prev.len() <= 40 {
        return false;
    }
    // A page break inside a paragraph: body text (punctuated or long) cut mid-sentence.
    prev.contains_any(&CLAUSE_PUNCT) || prev.len() >= 40
}

/// Whether the page is a post set a phrase a line (a WeChat article: `6月5日` / `2517年度长三角地区
/// 主要领导座谈会` / `在我市召开！`): many short lines of Chinese that end on no stop, of no one
/// width (a fixed-width layout is read by [`wrap_widths`]).
fn set_a_phrase_a_line(lines: &[Option<Line>], wrap_widths: &[usize]) -> bool {
    let short: Vec<&Line> = lines.iter().flatten().filter(|l| (4..=36).contains(&l.len()) && has_han(l)).collect();
    let open: Vec<&&Line> =
        short.iter().filter(|l| l.last().is_some_and(|c| is_han(c) || c.is_ascii_digit())).collect();
    // (A print layout's open lines are of its width, give or take one; lengths that recur by
    // chance among many short phrases hold few of them.)
    let of_a_width = open.iter().filter(|l| wrap_widths.iter().any(|&w| l.len() + 1 >= w && l.len() <= w + 1)).count();
    open.len() >= 15 && open.len() * 2 >= short.len() && of_a_width * 2 < open.len()
}

/// How a line that goes on with the clause of the line before starts, in a post set a phrase a
/// line: a verb, a preposition or a figure's word.
const PHRASE_OPENERS: [&str; 16] = [
    "在",
    "于",
    "由",
    "出席",
    "应邀",
    "代表",
    "通报",
    "主持",
    "审议",
    "签署",
    "发布",
    "共",
    "总投资",
    "涵盖",
    "召开",
    "举行",
];

/// Offices that mark a line of a roll of officials.
const OFFICES: [&str; 5] = ["书记", "省长", "市长", "主任", "部长"];

/// How two lines of a post set a phrase a line join, when they are two phrases of one sentence:
/// `Some("")` when the next goes on with the clause (`在我市召开！`, `出席会议并讲话`, `72个项目`),
/// `Some(",")` after a bare date (`6月4日`) or between two lines of a roll of officials, `Some("。")`
/// after a clause done (`出席会议并讲话`) before a roll's next entry; `None`
/// otherwise: the first ends on a stop or on a word that goes on (`审议了`, `在`: the layout's own
/// rules join those), is a headline that completes itself, or either is a heading, a byline or a
/// line that stands alone.
fn phrase_joint(prev: &Line, next: &Line) -> Option<&'static str> {
    let ends_on_word = prev.last().is_some_and(|c| is_han(c) || c.is_ascii_digit());
    let goes_on = DANGLING.iter().any(|d| prev.ends_with(d))
        || prev.ends_with("了")
        || next.chars.first().is_some_and(|c| NO_LINE_START.contains(c));
    let done = HEADLINE_END.iter().any(|h| prev.ends_with(h));
    let headline_done = done && !prev.contains_any(&CLAUSE_PUNCT);
    let next_text = next.text();
    // (A roll's next entry opens on its province: a line that opens on anything else may be the
    // rest of a name cut by the layout.)
    let entry = crate::engine::gazetteer::opens_on_an_office(&next_text);
    // `出席会议并讲话` / `国家发展改革委副主任严子骞应邀出席会议`, `这次座谈会在滁州召开` / `琅琊国际
    // 会议中心…`: a clause done, and the next line is another sentence.
    let clause = PHRASE_OPENERS.iter().any(|w| next_text.starts_with(w))
        || next.chars.first().is_some_and(char::is_ascii_digit) && next.chars.iter().any(|c| "个项亿万".contains(*c));
    if ends_on_word && done && !clause && has_han(next) && prev.len() <= 36 {
        return Some("。");
    }
    let apart = !ends_on_word
        || goes_on
        || headline_done
        || prev.len() > 36
        || next.len() > 36
        || !has_han(next)
        || DATELINES.iter().any(|d| next.starts_with(d))
        || [prev, next].iter().any(|l| is_numbered_heading(l) || stands_alone(l) || is_meta(l));
    if apart {
        return None;
    }
    static BARE_DATE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"^[0-9]{1,2}月[0-9]{1,2}日(上午|下午|晚上?)?$").unwrap());
    let dated = BARE_DATE.is_match(prev.text().trim_start_matches(|c: char| !c.is_ascii_digit()));
    let roll = |l: &Line| OFFICES.iter().any(|o| l.text().contains(o));
    if clause {
        Some("")
    } else if dated || roll(prev) && roll(next) && entry {
        Some(",")
    } else {
        None
    }
}

/// Whether `prev` is a full line of a fixed-width layout, wrapped into `next`. (A line longer
/// than the width is no line of that layout: `安徽省委书记薛岱宗主持会议` then `上海市委书记邵启航，
/// 上海市委副书记、市长滕珂` are two phrases, not a wrapped sentence.)
fn wrapped(prev: &Line, next: &Line, wrap_widths: &[usize]) -> bool {
    wrap_widths.iter().any(|&w| prev.len() + 2 >= w && prev.len() <= w + 2 && next.len() <= w + 2)
}

/// The number of a numbered list's item: `(一)`, `(2)`, `3.`, `4、`, `①`.
pub(crate) const ITEM_NUMBER: &str = r"(?:\([一二三四五六七八九十0-9]{1,2}\)|[0-9]{1,2}[.、]|[①-⑩])";

/// Whether `prev` leads into `next`: a line ending on a colon, a dash or a pointing mark
/// followed by a quotation or a title, or a title followed by another.
fn lead_in(prev: &Line, next: &Line) -> bool {
    // (`(一)《…》;`: a numbered item opens on its number.)
    static NUMBERED_TITLE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(&format!("^{ITEM_NUMBER}《")).unwrap());
    let opens = matches!(next.chars.first(), Some('“' | '"' | '「' | '《')) || NUMBERED_TITLE.is_match(&next.text());
    let leads = prev.ends_with("——") || matches!(prev.last(), Some(':' | '👇' | '↓'));
    // (`(一)《A》;` then `(二)《B》。`: a numbered list of titles, an item a line.)
    let ends_title = prev.last() == Some('》') || prev.ends_with("》;");
    let next_title = next.chars.first() == Some(&'《') && next.last() == Some('》')
        || NUMBERED_TITLE.is_match(&next.text())
            && (next.ends_with("》") || next.ends_with("》;") || next.ends_with("》。"));
    let titles = ends_title && next_title;
    opens && (leads || titles) && has_han(prev)
}

fn has_han(line: &Line) -> bool {
    line.chars.iter().any(|&c| is_han(c))
}

/// A line in Latin script alone: no Chinese, and words rather than figures or a date.
fn is_foreign(line: &Line) -> bool {
    !has_han(line) && line.chars.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 8
}

/// A line written mostly in Latin script (`作者 By 许蔓 Xu Man in Jiaxing`), Chinese words in it or not.
fn is_latin(line: &Line) -> bool {
    let letters = line.chars.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let han = line.chars.iter().filter(|&&c| is_han(c)).count();
    letters >= 8 && letters > 2 * han
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// A post's section heading (`一、会议概况`, `(二)主要成果`): its numeral's `、` is no clause
/// punctuation, and the section's text starts on the next line.
/// `一、会议概况`, `(二)成果`, `01|主要领导座谈会在沪召开`, `3. 论坛`: a numbered section heading.
fn is_numbered_heading(line: &Line) -> bool {
    let t = line.text();
    let t = t.strip_prefix('(').unwrap_or(&t);
    let han = t.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let (numeral, marks): (usize, &[char]) =
        if han > 0 { (han, &[')', '、']) } else { (digits, &['|', '、', '.', ' ']) };
    let rest: String = t.chars().skip(numeral).collect();
    let rest = rest.strip_prefix(marks).map(str::trim_start);
    // A digit's heading is words (`01|论坛`), never a figure (`1.5万亿元`).
    let words = |r: &str| han > 0 || r.chars().count() >= 2 && r.chars().next().is_some_and(is_han);
    // `01 主题:勇立潮头再出发`: a label and its gist.
    let labelled = |r: &str| r.split_once(':').is_none_or(|(label, _)| label.chars().count() <= 4);
    numeral > 0
        && (han > 0 || digits <= 2)
        && rest
            .is_some_and(|r| r.chars().count() <= 20 && words(r) && labelled(r) && !r.contains(['。', ',', ';', '，']))
}

/// A byline or a web page's date-and-source line: `澎湃新闻记者 周琳 宁波报道`, `2028-06-12 09:30 来源:…`.
fn is_meta(line: &Line) -> bool {
    let t = line.text();
    // (A portal's stamp line runs on with its byline, font size and print buttons: long, but with
    // no sentence in it.)
    let n = t.chars().count();
    (n <= 60 || n <= 120 && !t.contains(['。', ',']))
        && ((t.contains("记者") && t.ends_with("报道"))
            || t.contains("来源:")
            || t.starts_with("发布时间")
            || t.starts_with("作者:")
            || t.starts_with("编辑:")
            || t.contains("发表于")
            || has_clock_stamp(&line.chars))
}

/// A forum post's own stamp, alone or after its floor and author (`2496-06-17 20:16`, `发表于
/// 2063-6-3 09:48`, `1楼 楼主:某某 2063-06-03 09:48`): it dates the post, where a related story's
/// link (a title, then its date) is furniture.
fn is_post_stamp(line: &Line) -> bool {
    let t = line.text();
    let Some(at) = t.find(|c: char| c.is_ascii_digit()) else { return false };
    let before = &t[..at];
    has_clock_stamp(&line.chars)
        && (before.chars().count() <= 6 || ["发表", "发布于", "楼"].iter().any(|w| before.contains(w)))
}

/// A post's or an account's stamp: a date with a time of day (`2072-06-09 08:30`, `2063-6-3 09:48`):
/// a year and `-`, then a space and one `:` within 15 characters.
fn has_clock_stamp(chars: &[char]) -> bool {
    chars.windows(15).any(|w| {
        w[..4].iter().all(char::is_ascii_digit)
            && w[4] == '-'
            && w.iter().filter(|c| **c == ':').count() == 1
            && w.contains(&' ')
    })
}

/// `6月10日至11日,…`, `22日上午,…`: a line that starts on a date.
fn opens_on_a_date(line: &Line) -> bool {
    let digits = line.chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return false;
    }
    match line.chars.get(digits) {
        Some('月') => {
            let d = line.chars[digits + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            d > 0 && line.chars.get(digits + 1 + d) == Some(&'日')
        }
        Some('日') => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &NormDoc) -> Vec<&str> {
        doc.sentences.iter().map(|s| doc.sentence_text(s)).collect()
    }

    fn paragraphs(doc: &NormDoc) -> Vec<&str> {
        doc.paragraphs.iter().map(|p| &doc.text[p.start..p.end]).collect()
    }

    #[test]
    fn two_columns_extracted_a_line_each_are_unwoven() {
        let raw = "\u{3000}\u{3000}本报讯 6月10日至11日,\n\u{3000}\u{3000}本报讯 6月11日上午,第十八届\n                   2482年度长三角地区主要领导座谈会在\n长三角一体化发展高层论坛在嘉定举行。\n                   上海市嘉定区举行。会议由甲乙丙主\n\u{3000}\u{3000}论坛签约项目55个。\n                   持。会议审议了《某某方案》\n。\n";
        let doc = normalize("d", raw);
        let p = paragraphs(&doc);
        assert_eq!(
            p[0],
            "本报讯 6月10日至11日,2482年度长三角地区主要领导座谈会在上海市嘉定区举行。会议由甲乙丙主持。会议审议了《某某方案》。"
        );
        assert!(
            p.iter().any(|x| x.starts_with("本报讯 6月11日上午,第18届长三角一体化发展高层论坛在嘉定举行。")),
            "{p:?}"
        );
    }

    #[test]
    fn spoken_days_and_misread_genre_words() {
        let doc =
            normalize("d", "时间:5月22号到23号,在扬州开的座淡会,签约项目 44 个,总投资 11 20亿元。编号第24815号。\n");
        assert_eq!(
            paragraphs(&doc)[0],
            "时间:5月22日到23日,在扬州开的座谈会,签约项目44个,总投资1120亿元。编号第24815号。"
        );
    }

    #[test]
    fn a_lead_in_and_what_it_introduces_are_one_sentence() {
        let raw = "本次会议的主题是——\n“山海协作 共富共享”\n小编觉得很好!\n会议通过了两份文件👇\n《甲方案》\n《乙计划》\n会议还讨论了别的事,\n";
        let doc = normalize("d", raw);
        let p = paragraphs(&doc);
        assert_eq!(p[0], "本次会议的主题是——“山海协作 共富共享”。");
        assert_eq!(p[2], "会议通过了两份文件👇《甲方案》《乙计划》。");
        assert!(p[3].starts_with("会议还讨论了"));
    }

    #[test]
    fn a_transcript_pasted_as_one_line_parts_at_its_segment_marks() {
        let raw = "【导视】今天是6月3日。本台节目有:座谈会在宁波举行;论坛举行。【主持人口播】6月2日至3日,座谈会在宁波举行。\
                   【同期声】省委书记甲乙丙:我们要携手。【记者现场】会议审议了《某某方案》。\n";
        let doc = normalize("d", raw);
        assert_eq!(
            paragraphs(&doc),
            vec![
                "今天是6月3日。本台节目有:座谈会在宁波举行;论坛举行。",
                "6月2日至3日,座谈会在宁波举行。",
                "省委书记甲乙丙:我们要携手。",
                "会议审议了《某某方案》。"
            ]
        );
        // The evidence of a piece still points at the raw text.
        let ev = doc.sentence_evidence(&doc.sentences[2]);
        let quoted: String = raw.chars().skip(ev.start).take(ev.end - ev.start).collect();
        assert_eq!(quoted, "6月2日至3日,座谈会在宁波举行。");
    }

    #[test]
    fn a_pdf_page_of_two_columns_reads_each_story_on_unbroken() {
        // A report set 15 wide beside a notice set 11 wide, the text layer taking a few lines of
        // each in turn; the page's running head repeats at the page break.
        let report = "本报讯6月1日,2390年度长三角地区主要领导座谈会在浙江省嘉兴市举行。会议以“同心同行、共创未来”为主题,审议了《长三角区域一体化发展2390年度工作计划》,明确了下一阶段长三角一体化发展的重点任务。会议确定,2391年度长三角地区主要领导座谈会在江苏省南京市召开。";
        let notice = "本报讯本市今年夏季用电高峰将提前到来,电力部门已经做好迎峰度夏的各项准备,市民可以拨打热线咨询有关停电安排和安全用电的常识,以便合理安排好生活起居。供电公司提醒,空调温度不宜调得过低,外出时请及时关闭电器电源。";
        let wrap = |t: &str, w: usize| -> Vec<String> {
            t.chars().collect::<Vec<_>>().chunks(w).map(|c| c.iter().collect()).collect()
        };
        let (a, b) = (wrap(report, 15), wrap(notice, 11));
        let mut raw = String::from("南湖日报 2390年6月2日 星期五 第2版 要闻\n");
        for k in 0..a.len().max(b.len()).div_ceil(3) {
            for l in a.iter().skip(3 * k).take(3).chain(b.iter().skip(3 * k).take(3)) {
                raw.push_str(l);
                raw.push('\n');
            }
            if k == 2 {
                raw.push_str("第2版 要闻 2390年6月2日 星期五 责任编辑:某某\n南湖日报 2390年6月2日 星期五 第2版 要闻\n");
            }
        }
        let doc = normalize("d", &raw);
        let text = paragraphs(&doc).join("\n");
        assert!(text.contains(&report.replace("本报讯", "")), "{text}");
        assert!(text.contains(&notice.replace("本报讯", "")), "{text}");
        assert_eq!(text.matches("星期五").count(), 1, "{text}");
    }

    #[test]
    fn a_page_jumps_mark_may_share_its_line_with_the_text() {
        assert_eq!(jump_mark_len("(上接第3版)20日上午,第十"), Some(7));
        assert!(is_page_jump("(下转第4版)") && !is_page_jump("(上接第3版)20日上午,第十"));
        let raw = "会议指出,要加快推进\n(下转第4版)\n另一篇报道的正文。\n(上接第3版)数字长三角建设。\n";
        let doc = normalize("d", raw);
        // The continuation comes back to where the report broke off, before the other story.
        assert_eq!(paragraphs(&doc), vec!["会议指出,要加快推进", "数字长三角建设。", "另一篇报道的正文。"]);
    }

    #[test]
    fn a_box_of_related_links_is_titles_not_news() {
        let raw = "\
6月4日至5日,长三角地区主要领导座谈会在浙江绍兴举行。

相关阅读
· 回看|2384年度长三角地区主要领导座谈会在湖州举行
· 2390年座谈会花落谁家?网友猜测在安徽

写留言
";
        let doc = normalize("d", raw);
        let text = paragraphs(&doc).join("\n");
        assert!(!text.contains("湖州") && !text.contains("猜测"), "{text}");
        assert!(text.contains("写留言"), "{text}");
    }

    #[test]
    fn a_numbered_crosshead_with_a_label_stands_alone() {
        let raw = "会议由某某主持。\n01 主题:勇立潮头再出发\n今年的会议以“勇立潮头再出发”为主题。\n";
        let doc = normalize("d", raw);
        assert_eq!(
            paragraphs(&doc),
            vec!["会议由某某主持。", "01 主题:勇立潮头再出发", "今年的会议以“勇立潮头再出发”为主题。"]
        );
    }

    #[test]
    fn joins_a_sentence_cut_by_a_page_break_and_keeps_offsets() {
        let raw = "陈吉宁在致辞时说,习近平\n\n总书记关于长三角一体化发展的重要讲话。\n";
        let doc = normalize("d", raw);
        assert_eq!(texts(&doc), vec!["陈吉宁在致辞时说,习近平总书记关于长三角一体化发展的重要讲话。"]);
        let ev = doc.sentence_evidence(&doc.sentences[0]);
        let orig: String = raw.chars().skip(ev.start).take(ev.end - ev.start).collect();
        assert!(orig.starts_with("陈吉宁") && orig.ends_with("讲话。"));
    }

    #[test]
    fn a_transcripts_bracketed_field_stands_alone_and_a_yearbooks_date_is_one() {
        let doc = normalize(
            "d",
            "【主持人】市委常委 严季平\n【发布人】发改委主任 宁远舟;江苏省发改委主任 祝海平\n严季平:各位好!今天上午,座谈会举行。\n2415年  6月3日,座谈会在丽水举行。",
        );
        assert_eq!(
            paragraphs(&doc),
            [
                "主持人:市委常委 严季平",
                "发布人:发改委主任 宁远舟;江苏省发改委主任 祝海平",
                "严季平:各位好!今天上午,座谈会举行。",
                "2415年6月3日,座谈会在丽水举行。"
            ]
        );
    }

    #[test]
    fn taiwan_words_are_read_in_mainland_words() {
        let raw = "2048年度座談會審議並原則通過《長三角算力網路一體化建設行動計畫》,論壇由秦昊然致詞。國家發改委副主任鄭雲帆出席並致詞,三省一市黨政首長全數出席。";
        let doc = normalize("d", raw);
        assert!(doc.text.contains("《长三角算力网络一体化建设行动计划》"), "{}", doc.text);
        assert!(doc.text.contains("秦昊然致辞"));
    }

    #[test]
    fn traditional_articles_are_read_in_simplified_characters() {
        let raw = "2019年度長三角地區主要領導座談會在蕪湖舉行。\n上海市委書記李強，江蘇省委書記婁勤儉出席會議。會議審議並原則同意《長三角區域一體化發展2019年度工作計劃》。";
        let doc = normalize("d", raw);
        assert_eq!(doc.sentence_text(&doc.sentences[0]), "2019年度长三角地区主要领导座谈会在芜湖举行。");
        assert!(doc.text.contains("江苏省委书记娄勤俭"));
        // Offsets still point into the original text.
        let ev = doc.sentence_evidence(&doc.sentences[1]);
        let orig: String = raw.chars().skip(ev.start).take(ev.end - ev.start).collect();
        assert!(orig.starts_with("上海市委書記李強"), "{orig}");
        // A simplified article is left as it is.
        let simple = "会议在上海举行。乾隆年间的著作不改。".repeat(3);
        assert_eq!(normalize("s", &simple).text.trim_end(), simple);
    }

    #[test]
    fn chinese_numerals_read_as_digits() {
        let raw = "二一六四年度座谈会于五月二十六日举行,这是第一百六十次座谈会,第一百四十六届论坛。十二年来,三五成群。";
        let doc = normalize("n", raw);
        assert!(doc.text.starts_with("2164年度座谈会于5月26日举行,这是第160次座谈会,第146届论坛。"), "{}", doc.text);
        // Numerals that are words, not dates or counts, stay.
        assert!(doc.text.contains("十二年来,三五成群"), "{}", doc.text);
        assert!(normalize("m", "二〇二三年六月五日至六日").text.starts_with("2023年6月5日至6日"));
        let ev = doc.sentence_evidence(&doc.sentences[0]);
        let orig: String = raw.chars().skip(ev.start).take(ev.end - ev.start).collect();
        assert!(orig.starts_with("二一六四年度"), "{orig}");
    }

    #[test]
    fn inline_pinyin_of_a_bad_converter_goes_and_offsets_stay() {
        let raw = "2047年度長(zhǎng)三角地區(qū)主要領(lǐng)導(dǎo)座談會(huì)在南京舉行。會議審議了《長三角地區一體化發(fā)展三年行動(dòng)計劃》(2047—2049年),以及的(de)文件。";
        let doc = normalize("d", raw);
        assert_eq!(doc.sentence_text(&doc.sentences[0]), "2047年度长三角地区主要领导座谈会在南京举行。");
        assert!(doc.text.contains("《长三角地区一体化发展三年行动计划》(2047—2049年)"), "{}", doc.text);
        assert!(doc.text.contains("以及的文件"), "{}", doc.text);
        let ev = doc.sentence_evidence(&doc.sentences[0]);
        let orig: String = raw.chars().skip(ev.start).take(ev.end - ev.start).collect();
        assert!(orig.starts_with("2047年度長(zhǎng)") && orig.ends_with("舉行。"), "{orig}");
        // A word of several syllables goes too.
        let long = normalize("l", "共商新形势下(xīnxíngshìxià)大计,议程(yìchéng)更凝练。");
        assert_eq!(long.text.trim_end(), "共商新形势下大计,议程更凝练。");
        // A bracket of one toneless lowercase word stays where no tone proves pinyin; a
        // capitalised English gloss of a name goes as a gloss.
        let plain = normalize("p", "上海(Shanghai)和论坛(forum)。");
        assert!(plain.text.contains("上海和论坛(forum)"), "{}", plain.text);
    }

    #[test]
    fn question_marks_a_converter_left_for_lost_characters_do_not_end_a_sentence() {
        let doc = normalize("q", "省长钱??;浙江省委书记赵启航出席会议。明年在哪开?还没定。");
        assert_eq!(texts(&doc), ["省长钱??;浙江省委书记赵启航出席会议。", "明年在哪开?", "还没定。"]);
    }

    #[test]
    fn ocr_spaces_inside_words_are_joined_in_body_text() {
        let doc = normalize(
            "d",
            "李强主持 韩俊出席\n上海市委书记陈 吉宁,江苏省委书记信 长星出席会议,以“谱写新篇章 勇当先行者”为主题。",
        );
        assert_eq!(doc.sentence_text(&doc.sentences[0]), "李强主持 韩俊出席");
        assert_eq!(
            doc.sentence_text(&doc.sentences[1]),
            "上海市委书记陈吉宁,江苏省委书记信长星出席会议,以“谱写新篇章 勇当先行者”为主题。"
        );
    }

    #[test]
    fn an_english_sentence_ends_before_the_chinese_run_on_after_it() {
        let doc = normalize("d", "They delivered speeches, and he made concluding remarks.上海市市长甲乙出席会议。");
        assert_eq!(
            texts(&doc),
            vec!["They delivered speeches, and he made concluding remarks.", "上海市市长甲乙出席会议。"]
        );
        let doc = normalize("d", "美国U.S.商会会长甲乙出席会议。");
        assert_eq!(texts(&doc), vec!["美国U.S.商会会长甲乙出席会议。"]);
    }

    #[test]
    fn nfkc_and_full_width() {
        let doc = normalize("d", "２０２４年６月５日，会议在温州举行。");
        assert_eq!(texts(&doc), vec!["2024年6月5日,会议在温州举行。"]);
    }

    #[test]
    fn broadcast_markers_are_stage_directions_not_headlines() {
        let raw = "【解说】\n会议审议并原则通过了《甲方案》。\n\n【同期声】江苏省委书记 周立群\n我们要携手共进。\n";
        let doc = normalize("d", raw);
        assert_eq!(texts(&doc), vec!["会议审议并原则通过了《甲方案》。", "我们要携手共进。"]);
        assert_eq!(doc.paragraphs.len(), 2);
        let ev = doc.sentence_evidence(&doc.sentences[0]);
        assert_eq!(
            &raw.chars().skip(ev.start).take(ev.end - ev.start).collect::<String>(),
            "会议审议并原则通过了《甲方案》。"
        );
    }

    #[test]
    fn bullet_lines_are_the_items_of_the_list_their_lead_introduces() {
        let raw = "出席会议的领导有：\n\n▶ 上海市委书记甲乙，上海市长丙丁\n\n▶ 江苏省委书记戊己\n\n有关负责同志应邀出席会议。\n";
        let doc = normalize("d", raw);
        assert_eq!(
            texts(&doc),
            vec!["出席会议的领导有:上海市委书记甲乙,上海市长丙丁;江苏省委书记戊己。", "有关负责同志应邀出席会议。"]
        );
        // The separator stands for the bullet glyph: the list's evidence starts and ends in the raw text.
        let ev = doc.sentence_evidence(&doc.sentences[0]);
        assert_eq!(ev.start, 0);
        assert_eq!(raw.chars().nth(ev.end - 1), Some('己'));
    }

    #[test]
    fn a_numbered_section_heading_stands_apart_from_its_text() {
        let raw = "二、审议通过的文件\n会议审议并原则通过了《甲方案》。\n";
        let doc = normalize("d", raw);
        assert_eq!(texts(&doc), vec!["二、审议通过的文件", "会议审议并原则通过了《甲方案》。"]);
    }

    #[test]
    fn drops_captions_page_jumps_and_pull_quotes() {
        let raw = "会议指出,要共建中心,促进\n\n这是方厅水院外景。 新华社图\n\n科技创新策源功能新提升。\n(下转第3版)\n■ 一段引文\n";
        let doc = normalize("d", raw);
        assert_eq!(texts(&doc), vec!["会议指出,要共建中心,促进科技创新策源功能新提升。"]);
    }

    #[test]
    fn headlines_stay_apart_from_the_body() {
        let raw =
            "2023年度长三角地区主要领导座谈会在合肥举行\n\n携手高质量一体化 奋进中国式现代化\n本报讯 6月5日,会议举行。";
        let doc = normalize("d", raw);
        assert_eq!(doc.paragraphs.len(), 3);
        assert!(doc.paragraphs[0].headline);
        assert!(!doc.paragraphs[2].headline);
    }

    #[test]
    fn fixed_width_layout_is_rejoined() {
        let body = "会议认真学习贯彻党的二十大精神，深入学习贯彻习近平总书记关于推动长三角一体化发展的重要讲话重要指示精神，以“携手高质量一体化、奋进中国式现代化”为主题，全面总结长三角一体化发展上升为国家战略五年来的工作成效与经验，深入分析新时代长三角一体化发展面临的新使命、新任务。";
        let text = format!("{body}{}", body.replace('会', "汇"));
        let chars: Vec<char> = text.chars().collect();
        let wrapped: Vec<String> = chars.chunks(20).map(|c| c.iter().collect()).collect();
        let doc = normalize("d", &wrapped.join("\n\n"));
        assert_eq!(doc.sentences.len(), 2);
        assert!(doc.sentence_text(&doc.sentences[0]).contains("以“携手高质量一体化、奋进中国式现代化”为主题"));
    }

    #[test]
    fn a_post_stamp_dates_the_thread_and_a_linked_story_goes() {
        let doc = normalize("d", "1楼 楼主:某某\n2496-06-17 20:16\n\n6月17日,长三角地区主要领导座谈会在宣城召开。\n");
        assert!(doc.text.contains("2496-06-17 20:16"), "{}", doc.text);
        let doc = normalize("d", "正文。\n\n长三角地区主要领导座谈会在湖州举行 2384-06-10\n");
        assert!(!doc.text.contains("湖州"), "{}", doc.text);
    }

    #[test]
    fn a_barred_section_heading_stands_alone() {
        let doc =
            normalize("d", "小编帮你一次理清楚👇\n▍一、会议:示范区里谈一体化\n6月15日至16日,座谈会在青浦举行。\n");
        assert_eq!(doc.paragraphs.len(), 3, "{}", doc.text);
    }
}

#[cfg(test)]
mod phrase_lines {
    use super::*;

    #[test]
    fn a_post_set_a_phrase_a_line_joins_its_phrases() {
        let mut raw = String::from(
            "某市发布\n点击上方蓝字关注我们\n\n🎉 6月5日\n2517年度长三角地区主要领导座谈会\n在我市召开！\n\n",
        );
        raw.push_str("安徽省委书记张一山主持会议\n\n上海市委书记李二水，上海市委副书记、市长王三木\n江苏省委书记赵四火\n出席会议并讲话\n\n\n\n");
        // Enough short lines that end on no stop to make the page a post set a phrase a line.
        for i in 0..16 {
            raw.push_str(&format!("第{i}条互动留言\n\n网友{i}号。\n"));
        }
        let doc = normalize("d", &raw);
        let p = paragraphs(&doc);
        assert!(p.iter().any(|x| x.ends_with("6月5日,2517年度长三角地区主要领导座谈会在我市召开!")), "{p:?}");
        let roll =
            "安徽省委书记张一山主持会议,上海市委书记李二水,上海市委副书记、市长王三木,江苏省委书记赵四火出席会议并讲话";
        assert!(p.iter().any(|x| x.starts_with(roll)), "{p:?}");
    }

    fn paragraphs(doc: &NormDoc) -> Vec<&str> {
        doc.paragraphs.iter().map(|p| &doc.text[p.start..p.end]).collect()
    }
}
