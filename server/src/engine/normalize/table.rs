//! Tables of the series (`历届座谈会一览`, a yearbook's `年份｜会期｜举办地｜主题｜主要文件`): a header
//! row names the columns, and each row is rewritten as one sentence in the genre's own words
//! (`2128年度…座谈会5月20日—21日在嘉兴举行。会议以“…”为主题。…`), so that the extractor's ordinary
//! rules read it. Every character of a cell keeps its offset in the raw text and every added word
//! takes the offset of the cell before it, so a fact read from a row cites that row.
//!
//! Two layouts: cells on one line, split by `|`, `｜`, `│`, a tab or a run of spaces; and a table
//! copied from a web page, one cell a line, whose rows are known by the year that opens each.
//! A table is read only when the lines above it or its header say whose table it is (座谈会 or
//! 论坛): a table of something else is left as it is.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// What a column holds, by the words of its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Year,
    Dates,
    Place,
    Theme,
    Documents,
    Edition,
    Host,
    /// `集中签约项目（个）`: the projects signed at the meeting.
    Signed,
    /// A column no rule reads (`备注`); the row's other cells still are.
    Other,
}

/// Header words → column. A header cell is read by the first entry it equals, else by the
/// first entry it contains.
const COLUMNS: &[(&str, Column)] = &[
    ("年份", Column::Year),
    ("年度", Column::Year),
    ("年", Column::Year),
    ("会期", Column::Dates),
    ("日期", Column::Dates),
    ("时间", Column::Dates),
    ("举办地", Column::Place),
    ("地点", Column::Place),
    ("城市", Column::Place),
    ("会址", Column::Place),
    ("主题", Column::Theme),
    ("文件", Column::Documents),
    ("成果", Column::Documents),
    ("届次", Column::Edition),
    ("届别", Column::Edition),
    ("承办", Column::Host),
    ("东道主", Column::Host),
    ("轮值", Column::Host),
    ("签约", Column::Signed),
];

/// Whose table it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    Meeting,
    Forum,
}

/// A replacement for a raw line: `Some` its new text, `None` the line is dropped (a header, a rule
/// line, a cell already put into its row).
pub(super) type Rewrites = HashMap<usize, Option<(Vec<char>, Vec<u32>)>>;

/// One raw line: its text and the raw char index of its first char.
struct Raw<'a> {
    text: &'a str,
    at: u32,
}

/// A cell: its chars (NFKC) with their raw offsets.
#[derive(Debug, Clone, Default)]
struct Cell {
    chars: Vec<char>,
    orig: Vec<u32>,
}

impl Cell {
    fn text(&self) -> String {
        self.chars.iter().collect()
    }
}

/// The rewrites of every table of `text` (lines as split by `\n`).
pub(super) fn rewrites(text: &str) -> Rewrites {
    let mut out = Rewrites::new();
    // Tables are rare: most pages never get past this.
    if !text.contains("座谈会") && !text.contains("座談會") && !text.contains("论坛") && !text.contains("論壇")
    {
        return out;
    }
    let mut lines = Vec::new();
    let mut at = 0u32;
    for l in text.split('\n') {
        lines.push(Raw { text: l, at });
        at += l.chars().count() as u32 + 1;
    }
    let mut i = 0;
    while i < lines.len() {
        // Most lines are prose: only one with a cell separator, or one as short as a column's
        // name, can start a table, and the test costs no allocation.
        let t = lines[i].text;
        let split = t.contains(['|', '｜', '│', '┃', '\t', '\u{3000}']) || t.contains("  ") || colon_row(t).is_some();
        let short = !split && t.trim().chars().count() <= 4 && column(t.trim()).is_some();
        if !split && !short {
            i += 1;
            continue;
        }
        i = match inline_table(&lines, i, &mut out)
            .or_else(|| stacked_table(&lines, i, &mut out))
            .or_else(|| record(&lines, i, &mut out))
        {
            Some(next) => next,
            None => i + 1,
        };
    }
    out
}

/// Splits a line into cells at `|`, `｜`, `│`, `┃`, tabs and runs of two or more spaces.
fn cells(raw: &Raw) -> Vec<Cell> {
    split(raw, true)
}

/// `会议主题：山海协作、共富共进`: a row of a record written as a key, a colon and its value; the key a
/// field's name (a few Chinese characters), the value not empty. The colon's byte offset.
fn colon_row(t: &str) -> Option<usize> {
    let at = t.find(['：', ':'])?;
    let key = t[..at].trim();
    let n = key.chars().filter(|c| !c.is_whitespace()).count();
    ((2..=6).contains(&n)
        && key.chars().all(|c| c.is_whitespace() || ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !t[at..].trim_start_matches(['：', ':']).trim().is_empty()
        && field(key).is_some())
    .then_some(at)
}

/// The cells of a record's row: two cells between bars, or a key and its value around a colon
/// (each read as a cell between bars is).
fn record_cells(raw: &Raw) -> Vec<Cell> {
    let c = bar_cells(raw);
    if c.len() == 2 {
        return c;
    }
    let Some(at) = colon_row(raw.text) else { return c };
    let colon = raw.text[at..].chars().next().map_or(1, char::len_utf8);
    let key = Raw { text: &raw.text[..at], at: raw.at };
    let value = Raw { text: &raw.text[at + colon..], at: raw.at + raw.text[..at].chars().count() as u32 + 1 };
    match (&bar_cells(&key)[..], &bar_cells(&value)[..]) {
        ([k], [v]) => vec![k.clone(), v.clone()],
        _ => c,
    }
}

/// Splits at bars and tabs only, keeping spaces inside cells (`| 文　　号 | 无 |`).
fn bar_cells(raw: &Raw) -> Vec<Cell> {
    split(raw, false)
}

fn split(raw: &Raw, at_spaces: bool) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut cur = Cell::default();
    // Whitespace chars since the last char of a cell.
    let mut gap = 0;
    for (k, c) in raw.text.chars().enumerate() {
        let o = raw.at + k as u32;
        if matches!(c, '|' | '｜' | '│' | '┃' | '\t') || c.is_whitespace() && at_spaces && gap >= 1 {
            if !cur.chars.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            gap = 0;
            continue;
        }
        if c.is_whitespace() {
            gap += 1;
            continue;
        }
        if gap > 0 && !cur.chars.is_empty() {
            cur.chars.push(' ');
            cur.orig.push(o - 1);
        }
        gap = 0;
        for n in std::iter::once(c).nfkc() {
            cur.chars.push(n);
            cur.orig.push(o);
        }
    }
    if !cur.chars.is_empty() {
        out.push(cur);
    }
    out
}

fn column(cell: &str) -> Option<Column> {
    let cell = cell.trim_matches(['*', ':', '：', ' ']);
    // `集中签约项目(个)`: the unit in brackets is no part of the column's name.
    let cell = match cell.strip_suffix([')', '）']).and_then(|c| c.rsplit_once(['(', '（'])) {
        Some((name, unit)) if unit.chars().count() <= 2 => name,
        _ => cell,
    };
    if cell.chars().count() > 8 {
        return None;
    }
    COLUMNS
        .iter()
        .find(|(w, _)| cell == *w)
        .or_else(|| COLUMNS.iter().find(|(w, _)| w.chars().count() >= 2 && cell.contains(w)))
        .map(|(_, c)| *c)
}

/// The columns of a header, when it is one: three or more cells, all but one of them a known
/// column (a header of short names, one a `备注`), a year (or an edition) among them and something
/// else to say.
fn header(cells: &[Cell]) -> Option<Vec<Column>> {
    if cells.len() < 3 {
        return None;
    }
    let cols: Vec<Column> = cells
        .iter()
        .map(|c| column(&c.text()).or_else(|| (c.chars.len() <= 6).then_some(Column::Other)))
        .collect::<Option<_>>()?;
    if cols.iter().filter(|c| **c == Column::Other).count() > 1 || cols.len() - 1 < 3 && cols.contains(&Column::Other) {
        return None;
    }
    let keyed = cols.iter().any(|c| matches!(c, Column::Year | Column::Dates | Column::Edition));
    let says = cols.iter().any(|c| matches!(c, Column::Place | Column::Theme | Column::Documents | Column::Host));
    (keyed && says).then_some(cols)
}

/// Whose table: the nearest line, from the header up, that names one of the two events and not
/// both (a summary above a table may name the forum beside the meeting; the table's title, above
/// it, names whose table it is).
fn event_of(lines: &[Raw], header_at: usize) -> Option<Event> {
    lines[..=header_at].iter().rev().find_map(|l| {
        // (`…座谈会成果发布会实录` over `时间:…`, `主持人:…`: the press conference's own box.)
        if l.text.contains("发布会") || l.text.contains("發佈會") {
            return Some(None);
        }
        let meeting = l.text.contains("座谈会") || l.text.contains("座談會");
        let forum = l.text.contains("论坛") || l.text.contains("論壇");
        match (meeting, forum) {
            (true, false) => Some(Some(Event::Meeting)),
            (false, true) => Some(Some(Event::Forum)),
            _ => None,
        }
    })?
}

/// A line of a markdown or box table that only draws its rules.
fn is_rule_line(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty() && t.chars().all(|c| "-|:=+─━┼┬┴├┤┌┐└┘═│┃｜ \t".contains(c))
}

/// A year a row names: `2128`, `2128年`, `2128年5月20日`.
fn year_in(cell: &str) -> Option<(i32, usize)> {
    let b = cell.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let digits = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let bounded = (i == 0 || !b[i - 1].is_ascii_digit()) && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        if !(digits && bounded) {
            return None;
        }
        let y: i32 = cell[i..i + 4].parse().ok()?;
        crate::engine::TEXT_YEARS.contains(&y).then_some((y, i + 4))
    })
}

/// Cells on one line: the header, its rows below it (blank and rule lines between them allowed).
fn inline_table(lines: &[Raw], i: usize, out: &mut Rewrites) -> Option<usize> {
    let head = cells(&lines[i]);
    let cols = header(&head)?;
    let event = event_of(lines, i)?;
    let unit = signed_unit(&head);
    let mut j = i + 1;
    let mut rows = Vec::new();
    while j < lines.len() {
        let t = lines[j].text;
        if t.trim().is_empty() || is_rule_line(t) {
            j += 1;
            continue;
        }
        let row = cells(&lines[j]);
        if row.len() != cols.len() {
            break;
        }
        rows.push((j, row));
        j += 1;
    }
    let mut any = false;
    for (j, row) in &rows {
        if let Some(line) = sentence(event, &cols, &unit, row) {
            out.insert(*j, Some(line));
            any = true;
        }
    }
    if !any {
        return None;
    }
    out.insert(i, None);
    for k in i + 1..j {
        out.entry(k).or_insert(None);
    }
    Some(j)
}

/// One cell a line: a header of three or more column lines, then rows of as many lines, each
/// opened by its year (or edition).
fn stacked_table(lines: &[Raw], i: usize, out: &mut Rewrites) -> Option<usize> {
    let mut cols = Vec::new();
    let mut j = i;
    while j < lines.len() {
        let t = lines[j].text.trim();
        let Some(c) = (!t.is_empty()).then(|| column(t)).flatten() else { break };
        cols.push(c);
        j += 1;
    }
    let head: Vec<Cell> = (i..j).flat_map(|k| cells(&lines[k])).collect();
    if head.len() != cols.len() || header(&head).is_none() {
        return None;
    }
    let event = event_of(lines, i)?;
    let unit = signed_unit(&head);
    let key = cols[0];
    if !matches!(key, Column::Year | Column::Edition) {
        return None;
    }
    let mut rows = Vec::new();
    let mut end = j;
    loop {
        let mut k = end;
        let mut row = Vec::new();
        while k < lines.len() && row.len() < cols.len() {
            let t = lines[k].text.trim();
            if !t.is_empty() {
                let mut c = cells(&lines[k]);
                // A cell of several words is one cell here: its spaces were the page's.
                let joined = c.drain(..).reduce(|mut a, b| {
                    a.chars.push(' ');
                    a.orig.push(*b.orig.first().unwrap_or(&0));
                    a.chars.extend(b.chars);
                    a.orig.extend(b.orig);
                    a
                });
                row.push((k, joined.unwrap_or_default()));
            }
            k += 1;
        }
        let opens = row.first().is_some_and(|(_, c)| match key {
            Column::Year => year_in(&c.text()).is_some_and(|(_, e)| e + 4 >= c.text().len()),
            _ => c.text().starts_with('第'),
        });
        if row.len() < cols.len() || !opens {
            break;
        }
        rows.push(row);
        end = k;
    }
    if rows.is_empty() {
        return None;
    }
    for k in i..end {
        out.insert(k, None);
    }
    for row in &rows {
        let cells: Vec<Cell> = row.iter().map(|(_, c)| c.clone()).collect();
        if let Some(line) = sentence(event, &cols, &unit, &cells) {
            out.insert(row[0].0, Some(line));
        }
    }
    Some(end)
}

/// What a row of a record table states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Dates,
    Place,
    Theme,
    Presider,
    PressPresider,
    Next,
    Documents,
    /// `首次举办 | 2365年(浙江杭州)`: when, and where, the series began.
    First,
    /// `配套活动 | 6月17日 第六届长三角一体化发展高层论坛(六安)`: the forum held beside it.
    Side,
    /// `发布清单 | 2454年度…重点合作事项清单(共31项)`: the list it published.
    List,
    /// `出席领导：上海市委书记…，…`: who attended.
    Attendees,
    /// `签署文件：《…》`.
    Signed,
    /// The forum beside the meeting, in the meeting's record: its theme, who presided, its
    /// keynotes, its signing.
    ForumTheme,
    ForumPresider,
    Keynotes,
    Signing,
    /// A row of the record no rule reads (`承办单位`, `成果发布会`), kept from being read as another.
    Other,
}

/// Key words of a record table (`| 会议地点 | 浙江省台州市 |`) → field; the longest key found in
/// the cell wins, so `成果发布会主持` is not `主持`.
const FIELDS: &[(&str, Field)] = &[
    ("名称", Field::Name),
    ("中文名", Field::Name),
    ("首次举办", Field::First),
    ("首次召开", Field::First),
    ("首次举行", Field::First),
    ("首届", Field::First),
    ("首次会议", Field::First),
    ("创立时间", Field::First),
    ("创办时间", Field::First),
    ("会议时间", Field::Dates),
    ("举办时间", Field::Dates),
    ("召开时间", Field::Dates),
    ("时间", Field::Dates),
    ("日期", Field::Dates),
    ("会期", Field::Dates),
    ("地点", Field::Place),
    ("举办地", Field::Place),
    ("会址", Field::Place),
    ("主题", Field::Theme),
    ("主持", Field::Presider),
    ("发布会主持", Field::PressPresider),
    ("成果发布会主持", Field::PressPresider),
    ("下一年度承办", Field::Next),
    ("下一年度举办", Field::Next),
    ("下届承办", Field::Next),
    ("下一届承办", Field::Next),
    ("下届举办", Field::Next),
    ("下一届举办", Field::Next),
    ("审议文件", Field::Documents),
    ("主要文件", Field::Documents),
    ("审议通过", Field::Documents),
    ("配套活动", Field::Side),
    ("同期活动", Field::Side),
    ("发布清单", Field::List),
    ("清单", Field::List),
    ("发布成果", Field::List),
    ("下届会议", Field::Next),
    ("下一届会议", Field::Next),
    ("出席领导", Field::Attendees),
    ("出席人员", Field::Attendees),
    ("与会领导", Field::Attendees),
    ("参会领导", Field::Attendees),
    ("出席", Field::Attendees),
    ("签署文件", Field::Signed),
    ("签署协议", Field::Signed),
    ("论坛主题", Field::ForumTheme),
    ("论坛主持", Field::ForumPresider),
    ("主旨演讲", Field::Keynotes),
    ("签约情况", Field::Signing),
    ("签约项目", Field::Signing),
    ("承办单位", Field::Other),
    ("主办单位", Field::Other),
    ("成果发布会", Field::Other),
    ("会议名称", Field::Name),
];

fn field(key: &str) -> Option<Field> {
    let key: String = key.chars().filter(|c| !c.is_whitespace()).collect();
    if key.chars().count() > 10 {
        return None;
    }
    FIELDS.iter().filter(|(w, _)| key.contains(w)).max_by_key(|(w, _)| w.len()).map(|(_, f)| *f)
}

/// A record table: rows of a key and its value (a 政务公开 page's `会议基本情况`). Its event and
/// year come from its name row (`2125年度长三角地区主要领导座谈会`), else from the lines above it
/// and the date row; each row becomes a sentence that names the meeting with its year, so that it
/// stands by itself wherever the page puts it.
fn record(lines: &[Raw], i: usize, out: &mut Rewrites) -> Option<usize> {
    let mut rows: Vec<(usize, Field, Cell)> = Vec::new();
    let mut j = i;
    while j < lines.len() {
        let t = lines[j].text;
        if t.trim().is_empty() || is_rule_line(t) {
            j += 1;
            continue;
        }
        let c = record_cells(&lines[j]);
        if c.len() != 2 {
            break;
        }
        if let Some(f) = field(&c[0].text()) {
            rows.push((j, f, c[1].clone()));
        }
        j += 1;
    }
    if rows.len() < 2 {
        return None;
    }
    let get = |want: Field| rows.iter().find(|(_, f, _)| *f == want).map(|(_, _, c)| c.text());
    let name = get(Field::Name);
    let event = match &name {
        Some(n) if n.contains("座谈会") || n.contains("座談會") => Event::Meeting,
        Some(n) if n.contains("论坛") || n.contains("論壇") => Event::Forum,
        Some(_) => return None,
        None => event_of(lines, i)?,
    };
    // An infobox on the series as a whole: its first meeting, the one row of it that is a fact.
    if event == Event::Meeting
        && let Some((k, _, value)) = rows.iter().find(|(_, f, _)| *f == Field::First)
        && let Some(line) = first_held(value)
    {
        out.insert(*k, Some(line));
    }
    let Some((year, _)) = name.as_deref().and_then(year_in).or_else(|| get(Field::Dates).as_deref().and_then(year_in))
    else {
        if !rows.iter().any(|(_, f, _)| *f == Field::First) {
            return None;
        }
        // The box's other rows describe the series, no meeting of it.
        for k in i..j {
            out.entry(k).or_insert(None);
        }
        return Some(j);
    };
    let mut any = false;
    for (k, f, value) in &rows {
        if let Some(line) = stated(event, year, *f, value) {
            out.insert(*k, Some(line));
            any = true;
        }
    }
    if !any {
        return None;
    }
    for k in i..j {
        out.entry(k).or_insert(None);
    }
    Some(j)
}

/// `2365年(浙江杭州)` as the series' first meeting: `2365年度…座谈会在浙江杭州举行,是首次…座谈会。`
fn first_held(value: &Cell) -> Option<(Vec<char>, Vec<u32>)> {
    let text = value.text();
    let (year, end) = year_in(&text)?;
    let at = value.orig.first().copied().unwrap_or(0);
    let mut s = Sentence::default();
    s.word(&format!("{year}年度长三角地区主要领导座谈会"), at);
    // The place in brackets after the year, or after `年` and a separator.
    let rest = text[end..].trim_start_matches('年').trim_start_matches([' ', ',', '、']);
    let place = rest.strip_prefix(['(', '（']).and_then(|r| r.split([')', '）']).next()).unwrap_or(rest);
    let place = place.trim();
    if !place.is_empty() && place.chars().count() <= 8 && place.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        let skip = text.find(place).map(|b| text[..b].chars().count()).unwrap_or(0);
        let cell = Cell {
            chars: value.chars[skip..skip + place.chars().count()].to_vec(),
            orig: value.orig[skip..skip + place.chars().count()].to_vec(),
        };
        s.word("在", s.last());
        s.cell(&cell);
    }
    s.word("举行,是首次长三角地区主要领导座谈会。", s.last());
    Some((s.chars, s.orig))
}

/// A cell without the quotes around it: `“绿色共保 协同共富”`'s quotes are the sentence's.
fn unquoted(value: &Cell) -> Cell {
    let text = value.text();
    let quoted = text.chars().count() >= 2 && text.starts_with(['“', '"', '「']) && text.ends_with(['”', '"', '」']);
    if quoted {
        Cell {
            chars: value.chars[1..value.chars.len() - 1].to_vec(),
            orig: value.orig[1..value.orig.len() - 1].to_vec(),
        }
    } else {
        value.clone()
    }
}

/// The words around a row's value, for the rows stated as their value in a frame; `None` for a
/// row no frame states.
fn frame(event: Event, year: i32, name: &str, f: Field, text: &str) -> Option<(String, &'static str)> {
    let forum = format!("{year}年长三角一体化发展高层论坛");
    let meeting = event == Event::Meeting;
    Some(match f {
        Field::Place => (format!("{name}在"), "举行。"),
        Field::Theme => (format!("{name}以“"), "”为主题。"),
        Field::Presider if meeting => (format!("{name}举行,会议由"), "主持。"),
        Field::PressPresider if meeting => (format!("{name}成果发布会由"), "主持。"),
        // `下届会议：2485年度长三角地区主要领导座谈会在江苏省召开`: the row says it all.
        Field::Next if meeting && text.contains("座谈会") => (format!("{name}确定,"), "。"),
        Field::Next if meeting => (format!("{name}确定,{}年度长三角地区主要领导座谈会由", year + 1), "承办。"),
        Field::Documents if meeting && text.contains('《') => (format!("{name}审议通过"), "。"),
        Field::Signed if meeting && text.contains('《') => (format!("{name}上,三省一市签署"), "。"),
        Field::Attendees if meeting => (format!("{name}举行,"), "出席会议。"),
        Field::ForumTheme if meeting => (format!("{forum}以“"), "”为主题。"),
        Field::ForumPresider if meeting => (format!("{forum}由"), "主持。"),
        Field::Keynotes if meeting => (format!("{forum}上,"), "作主旨演讲。"),
        Field::Signing if meeting => (format!("{forum}现场"), "。"),
        _ => return None,
    })
}

/// One row of a record table as a sentence naming its event.
fn stated(event: Event, year: i32, f: Field, value: &Cell) -> Option<(Vec<char>, Vec<u32>)> {
    let mut s = Sentence::default();
    let at = value.orig.first().copied().unwrap_or(0);
    let name = match event {
        Event::Meeting => format!("{year}年度长三角地区主要领导座谈会"),
        Event::Forum => format!("{year}年长三角一体化发展高层论坛"),
    };
    let text = value.text();
    match f {
        Field::Name => return None,
        Field::Dates => {
            let skip =
                year_in(&text).map_or(0, |(_, e)| text[..e].chars().count() + usize::from(text[e..].starts_with('年')));
            s.word(&format!("{year}年"), at);
            s.cell_from(value, skip);
            s.word(&format!(",{name}举行。"), s.last());
        }
        // `6月17日 第六届长三角一体化发展高层论坛(六安)`: the forum, its day and its place.
        Field::Side if event == Event::Meeting && text.contains("论坛") => {
            let (day, rest) = text.split_once(' ').filter(|(d, _)| d.ends_with('日')).unwrap_or(("", &text));
            let (forum, place) = match rest.strip_suffix([')', '）']).and_then(|r| r.rsplit_once(['(', '（'])) {
                Some((f, p)) => (f, Some(p)),
                None => (rest, None),
            };
            if !forum.ends_with("论坛") {
                return None;
            }
            // `…论坛(2484年6月6日上午,衢州)`: the day and the place in the brackets.
            let (day, place) = match place.and_then(|p| p.rsplit_once([',', '，'])) {
                Some((d, p)) if day.is_empty() => {
                    let d = year_in(d).map_or(d, |(_, e)| d[e..].trim_start_matches('年'));
                    (d, Some(p))
                }
                _ => (day, place),
            };
            s.word(&format!("{year}年{day},{forum}"), at);
            match place {
                Some(p) => s.word(&format!("在{p}举行。"), at),
                None => s.word("举行。", at),
            }
        }
        // `2454年度…事项清单(共31项)`: published with its count.
        Field::List if event == Event::Meeting && text.contains("清单") => {
            let (title, count) = match text.strip_suffix([')', '）']).and_then(|r| r.rsplit_once(['(', '（'])) {
                Some((t, c)) if c.starts_with('共') => (t, Some(c)),
                _ => (text.as_str(), None),
            };
            let title = title.trim_matches(['《', '》']);
            s.word(&format!("{name}发布《{title}》"), at);
            if let Some(c) = count {
                s.word(&format!(",{c}"), at);
            }
            s.word("。", at);
        }
        _ => {
            // Every other row is its value in a frame: `{name}在…举行。`, `{name}以“…”为主题。`.
            let (before, after) = frame(event, year, &name, f, &text)?;
            let inner = if matches!(f, Field::Theme | Field::ForumTheme) { unquoted(value) } else { value.clone() };
            s.word(&before, at);
            s.cell(&inner);
            s.word(after, s.last());
        }
    }
    Some((s.chars, s.orig))
}

/// The unit a header gives its count of signed projects (`集中签约项目(项)`), `个` by default.
fn signed_unit(head: &[Cell]) -> String {
    head.iter()
        .map(Cell::text)
        .find(|t| t.contains("签约"))
        .and_then(|t| t.strip_suffix([')', '）']).and_then(|c| c.rsplit_once(['(', '（'])).map(|(_, u)| u.to_string()))
        .filter(|u| u.chars().count() == 1)
        .unwrap_or_else(|| "个".to_string())
}

/// A row as a sentence of the genre.
fn sentence(event: Event, cols: &[Column], unit: &str, row: &[Cell]) -> Option<(Vec<char>, Vec<u32>)> {
    let get = |want: Column| cols.iter().position(|c| *c == want).map(|k| &row[k]).filter(|c| !c.chars.is_empty());
    let year = get(Column::Year).and_then(|c| year_in(&c.text())).map(|(y, _)| y);
    let dates = get(Column::Dates).filter(|c| c.chars.contains(&'月') || c.chars.contains(&'日'));
    let year = year.or_else(|| dates.and_then(|c| year_in(&c.text())).map(|(y, _)| y))?;
    let place = get(Column::Place).or(get(Column::Host))?;
    let mut s = Sentence::default();
    let first = row.iter().find_map(|c| c.orig.first().copied()).unwrap_or(0);
    s.word(&format!("{year}年"), first);
    if let Some(d) = dates {
        // `2128年5月20日`: the date carries the year already.
        let text = d.text();
        let skip =
            year_in(&text).map_or(0, |(_, e)| text[..e].chars().count() + usize::from(text[e..].starts_with('年')));
        s.cell_from(d, skip);
    }
    s.word(",", s.last());
    match event {
        Event::Meeting => s.word(&format!("{year}年度长三角地区主要领导座谈会在"), s.last()),
        Event::Forum => {
            let edition = get(Column::Edition).map(Cell::text).filter(|e| e.starts_with('第') && e.ends_with('届'));
            s.word(&format!("{}长三角一体化发展高层论坛在", edition.unwrap_or_default()), s.last());
        }
    }
    s.cell(place);
    s.word("举行。", s.last());
    if let Some(theme) = get(Column::Theme) {
        let what = if event == Event::Meeting { "会议" } else { "论坛" };
        s.word(&format!("{what}以“"), s.last());
        s.cell(theme);
        s.word("”为主题。", s.last());
    }
    if event == Event::Meeting
        && let Some(docs) = get(Column::Documents).filter(|c| c.chars.contains(&'《'))
    {
        s.word("会议审议通过", s.last());
        s.cell(docs);
        s.word("。", s.last());
    }
    // A count of signed projects, in the unit its header gave.
    if let Some(n) = get(Column::Signed).filter(|c| c.chars.iter().all(char::is_ascii_digit)) {
        s.word("集中签约项目", s.last());
        s.cell(n);
        s.word(&format!("{unit}。"), s.last());
    }
    Some((s.chars, s.orig))
}

#[derive(Default)]
struct Sentence {
    chars: Vec<char>,
    orig: Vec<u32>,
}

impl Sentence {
    fn word(&mut self, w: &str, at: u32) {
        for c in w.chars() {
            self.chars.push(c);
            self.orig.push(at);
        }
    }
    fn cell(&mut self, c: &Cell) {
        self.cell_from(c, 0);
    }
    fn cell_from(&mut self, c: &Cell, skip: usize) {
        self.chars.extend(c.chars.iter().skip(skip));
        self.orig.extend(c.orig.iter().skip(skip));
    }
    fn last(&self) -> u32 {
        self.orig.last().copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(text: &str) -> Vec<String> {
        let mut r: Vec<_> = rewrites(text)
            .into_iter()
            .filter_map(|(k, v)| v.map(|(c, _)| (k, c.into_iter().collect::<String>())))
            .collect();
        r.sort();
        r.into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn rows_of_a_piped_table_become_sentences() {
        let t = "历届长三角地区主要领导座谈会\n年份｜会期｜举办地｜主题｜主要文件\n2128年｜5月20日—21日｜嘉兴｜数字长三角 共享新未来｜《数据要素行动计划》\n2129｜6月3日｜南通｜江海联动｜—\n";
        assert_eq!(
            rewritten(t),
            [
                "2128年5月20日—21日,2128年度长三角地区主要领导座谈会在嘉兴举行。会议以“数字长三角 共享新未来”为主题。会议审议通过《数据要素行动计划》。",
                "2129年6月3日,2129年度长三角地区主要领导座谈会在南通举行。会议以“江海联动”为主题。",
            ]
        );
    }

    #[test]
    fn cells_one_a_line_are_read_by_their_years() {
        let t = "历届高层论坛一览\n年份\n届次\n举办地\n2130\n第十二届\n澄阳\n2131\n第十三届\n南通\n相关新闻";
        assert_eq!(
            rewritten(t),
            [
                "2130年,第十二届长三角一体化发展高层论坛在澄阳举行。",
                "2131年,第十三届长三角一体化发展高层论坛在南通举行。"
            ]
        );
    }

    #[test]
    fn a_table_of_something_else_or_of_no_one_is_left_alone() {
        assert!(rewritten("2128年主要经济指标\n年份｜地区｜增速｜主题\n2128｜嘉兴｜6%｜数字\n").is_empty());
        // A table naming both events says of neither.
        assert!(rewritten("座谈会和论坛\n年份｜地点｜主题\n2128｜嘉兴｜数字\n").is_empty());
    }

    #[test]
    fn a_record_of_key_colon_value_rows_states_each_row() {
        let text = "关于2484年度长三角地区主要领导座谈会的公告\n会议名称：2484年度长三角地区主要领导座谈会\n举办地点：浙江省衢州市\n                    会议主持：浙江省委书记甲乙\n下届会议：2485年度长三角地区主要领导座谈会在江苏省召开\n                    论坛主题：绿水青山 共富长三角\n承办单位：衢州市人民政府\n";
        let out = rewrites(text);
        let lines: Vec<String> = out.values().flatten().map(|(c, _)| c.iter().collect()).collect();
        assert!(lines.contains(&"2484年度长三角地区主要领导座谈会在浙江省衢州市举行。".to_string()), "{lines:?}");
        assert!(lines.contains(
            &"2484年度长三角地区主要领导座谈会确定,2485年度长三角地区主要领导座谈会在江苏省召开。".to_string()
        ));
        assert!(lines.contains(&"2484年长三角一体化发展高层论坛以“绿水青山 共富长三角”为主题。".to_string()));
        // A press conference's own box (`时间:…`, `主持人:…`) is not the meeting's record.
        let press = "2377年度长三角地区主要领导座谈会成果发布会实录\n【发布会信息】\n时间：2377年6月15日下午\n地点：新闻发布厅\n主持人：某某\n";
        assert!(rewrites(press).values().flatten().next().is_none());
    }

    #[test]
    fn a_record_table_states_each_row_of_its_meeting() {
        let t = "一、会议基本情况\n| 项　　目 | 内　　容 |\n|------|------|\n| 会议名称 | 2125年度长三角地区主要领导座谈会 |\n| 会议时间 | 2125年7月3日—4日 |\n| 会议地点 | 浙江省台州市 |\n| 成果发布会主持 | 浙江省委副书记、省长潘静岚 |\n| 下一年度承办 | 安徽省 |\n";
        assert_eq!(
            rewritten(t),
            [
                "2125年7月3日—4日,2125年度长三角地区主要领导座谈会举行。",
                "2125年度长三角地区主要领导座谈会在浙江省台州市举行。",
                "2125年度长三角地区主要领导座谈会成果发布会由浙江省委副书记、省长潘静岚主持。",
                "2125年度长三角地区主要领导座谈会确定,2126年度长三角地区主要领导座谈会由安徽省承办。",
            ]
        );
        // An index box of the page (`| 索 引 号 | … | 发布机构 | … |`) is no record of the meeting.
        assert!(
            rewritten("| 索 引 号 | 1133/2125-01187 | 发布机构 | 台州市发改委 |\n| 名　　称 | 座谈会在我市召开 |\n")
                .is_empty()
        );
    }

    #[test]
    fn a_signing_column_with_its_unit_and_a_summary_naming_both_events_above() {
        // The summary names the forum beside the meeting; the title above it says whose table.
        let t = "长三角地区主要领导座谈会历年举办情况\n【概述】座谈会与配套的高层论坛每年举行。\n届次\t年份\t日期\t地点\t会议主题\t集中签约项目（项）\n1\t2411\t5月20日\t浙江衢州\t绿色共保\t9\n";
        assert_eq!(
            rewritten(t),
            ["2411年5月20日,2411年度长三角地区主要领导座谈会在浙江衢州举行。会议以“绿色共保”为主题。集中签约项目9项。"]
        );
        // One column no rule reads is passed over; two make no header.
        let one = "历届座谈会\n年份\t地点\t主题\t备注\n2411\t衢州\t绿色\t首次\n";
        assert_eq!(rewritten(one), ["2411年,2411年度长三角地区主要领导座谈会在衢州举行。会议以“绿色”为主题。"]);
        assert!(rewritten("历届座谈会\n年份\t地点\t备注\t说明\n2411\t衢州\t无\t无\n").is_empty());
    }

    #[test]
    fn a_row_keeps_the_offsets_of_its_cells() {
        let t = "座谈会一览\n年份|地点|主题\n2128|嘉兴|数字\n";
        let r = rewrites(t);
        let (chars, orig) = r.get(&2).unwrap().clone().unwrap();
        let at = chars.iter().position(|c| *c == '嘉').unwrap();
        assert_eq!(t.chars().nth(orig[at] as usize), Some('嘉'));
    }
}
