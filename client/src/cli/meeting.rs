//! `yrdqa meeting YEAR` (every field of one meeting) and `yrdqa meetings` (a table of all).

use std::process::ExitCode;

use yrdqa_client::{Client, Error, pb};

use super::{Output, evidence_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The meeting year (年度), e.g. 2023.
    year: i32,
}

pub async fn one(client: &Client, args: Args, out: Output) -> Result<ExitCode, Error> {
    let meeting = client.get_meeting(args.year).await?;
    if out.json {
        out.print_json(&meeting);
    } else {
        show(&meeting);
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn all(client: &Client, out: Output) -> Result<ExitCode, Error> {
    let meetings = client.list_meetings().await?;
    if out.json {
        out.print_json(&pb::ListMeetingsResponse { meetings });
        return Ok(ExitCode::SUCCESS);
    }
    println!("{:<6}{:<23}{}THEME", "YEAR", "DATES", pad("PLACE", 12));
    for m in &meetings {
        println!(
            "{:<6}{:<23}{}{}",
            m.year,
            dates(&m.start_date, &m.end_date),
            pad(&place(&m.province, &m.city), 12),
            m.theme
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `安徽·合肥`, `上海`, or `-` when unknown.
fn place(province: &str, city: &str) -> String {
    match (province, city) {
        ("", "") => "-".into(),
        (p, "") => p.into(),
        (p, c) if p == c => c.into(),
        (p, c) => format!("{p}·{c}"),
    }
}

/// `2023-06-05/2023-06-06`, one date for a one-day meeting, `-` when unknown.
fn dates(start: &str, end: &str) -> String {
    match (start, end) {
        ("", _) => "-".into(),
        (s, e) if e.is_empty() || s == e => s.into(),
        (s, e) => format!("{s}/{e}"),
    }
}

/// Pads to `width` terminal columns, counting a CJK character as two (everything from U+1100 on
/// is taken as wide, which holds for the place names printed here).
fn pad(text: &str, width: usize) -> String {
    let used: usize = text.chars().map(|c| if u32::from(c) < 0x1100 { 1 } else { 2 }).sum();
    format!("{text}{}", " ".repeat(width.saturating_sub(used).max(1)))
}

fn people(list: &[pb::Attendee]) -> Vec<String> {
    list.iter().map(|a| if a.role.is_empty() { a.name.clone() } else { format!("{}（{}）", a.name, a.role) }).collect()
}

/// Prints `label: value` lines, skipping empty values so unknown facts take no room.
fn field(label: &str, value: impl AsRef<str>) {
    let value = value.as_ref();
    if !value.is_empty() {
        println!("  {label:<18}{value}");
    }
}

fn fields(label: &str, values: impl IntoIterator<Item = String>) {
    for value in values {
        field(label, value);
    }
}

fn show(m: &pb::Meeting) {
    println!("{}年度长三角地区主要领导座谈会", m.year);
    field("place", place(&m.province, &m.city));
    field("dates", dates(&m.start_date, &m.end_date));
    field("theme", &m.theme);
    if m.decided_by_year != 0 {
        field("decided by", format!("{}年度座谈会", m.decided_by_year));
    }
    fields("attendee", people(&m.attendees));
    fields("invited", m.invited.iter().cloned());
    fields("document", m.documents.iter().map(|d| format!("{} 《{}》（{}）", d.action, d.title, d.verb)));
    fields("focus", m.focus_areas.iter().cloned());
    fields("side event", m.side_events.iter().cloned());
    if let Some(n) = &m.next_meeting {
        field("next meeting", format!("{}年度 {}", n.year, n.province));
    }
    if let Some(p) = &m.press_conference {
        field("press conference", &p.date);
        field("  presider", &p.presider);
        field("  reporter", &p.reporter);
        fields("  speaker", people(&p.speakers));
    }
    if let Some(f) = &m.forum {
        let edition = if f.edition > 0 { format!("第{}届 ", f.edition) } else { String::new() };
        field("forum", format!("{edition}{} {}", f.date, place(&f.province, &f.city)));
        field("  theme", &f.theme);
        fields("  speaker", people(&f.speakers));
        fields("  attendee", people(&f.attendees));
        fields("  keynote", f.keynotes.iter().map(|k| format!("{}（{}）：{}", k.name, k.role, k.topic)));
        fields("  host", f.hosts.iter().cloned());
        fields("  organizer", f.organizers.iter().cloned());
        fields("  release", f.releases.iter().cloned());
    }
    for l in &m.published_lists {
        let count = if l.item_count > 0 { format!("（{}项）", l.item_count) } else { String::new() };
        field("list", format!("{}{count}", l.title));
        fields("  item", l.items.iter().map(|i| format!("{} {}", i.heading, i.figures.join("，"))));
    }
    fields("conflict", m.conflicts.iter().map(|c| format!("{}: {}", c.field, c.values.join(" | "))));
    fields("evidence", m.evidence.iter().map(evidence_line));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_dates_read_short() {
        assert_eq!(place("安徽", "合肥"), "安徽·合肥");
        assert_eq!(place("上海", "上海"), "上海");
        assert_eq!(place("江苏", ""), "江苏");
        assert_eq!(place("", ""), "-");
        assert_eq!(dates("2023-06-05", "2023-06-06"), "2023-06-05/2023-06-06");
        assert_eq!(dates("2022-08-16", "2022-08-16"), "2022-08-16");
        assert_eq!(dates("", ""), "-");
    }

    #[test]
    fn padding_counts_cjk_as_two_columns() {
        assert_eq!(pad("合肥", 6), "合肥  ");
        assert_eq!(pad("PLACE", 6), "PLACE ");
        assert_eq!(pad("安徽·合肥", 10), "安徽·合肥 ");
        assert_eq!(pad("黑龙江·哈尔滨", 6), "黑龙江·哈尔滨 ");
    }
}
