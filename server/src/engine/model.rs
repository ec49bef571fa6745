//! The knowledge base's vocabulary: facts with their provenance. Extraction produces these, the
//! knowledge base merges them, question answering and the service layer read them.

use std::fmt;
use std::sync::Arc;

/// Where a fact was read: a sentence of one document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Evidence {
    /// The document id (file name without extension).
    pub document_id: Arc<str>,
    /// The sentence, with layout line breaks removed.
    pub quote: Arc<str>,
    /// Start of the sentence in the original document, in characters.
    pub start: usize,
    /// End (exclusive) of the sentence in the original document, in characters.
    pub end: usize,
}

/// A value and every sentence that states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub evidence: Vec<Evidence>,
}

impl<T> Sourced<T> {
    pub fn new(value: T, evidence: Evidence) -> Self {
        Sourced { value, evidence: vec![evidence] }
    }
}

/// A single-valued fact as the sources state it. Sources that agree share one entry; sources that
/// contradict each other each keep their own, so a conflict is reported, never overwritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims<T> {
    pub values: Vec<Sourced<T>>,
}

impl<T> Default for Claims<T> {
    fn default() -> Self {
        Claims { values: Vec::new() }
    }
}

impl<T: PartialEq> Claims<T> {
    /// Records that `evidence` states `value`.
    pub fn add(&mut self, value: T, evidence: Evidence) {
        match self.values.iter_mut().find(|s| s.value == value) {
            Some(existing) => {
                if !existing.evidence.contains(&evidence) {
                    existing.evidence.push(evidence);
                }
            }
            None => self.values.push(Sourced::new(value, evidence)),
        }
        // Most attested first; the sort is stable so first-seen wins a tie.
        self.values.sort_by_key(|s| std::cmp::Reverse(s.evidence.len()));
    }

    /// The best-attested value.
    pub fn get(&self) -> Option<&T> {
        self.values.first().map(|s| &s.value)
    }

    pub fn primary(&self) -> Option<&Sourced<T>> {
        self.values.first()
    }

    pub fn is_conflicting(&self) -> bool {
        self.values.len() > 1
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Adds `value` with `evidence` to a multi-valued fact, merging with an equal value already there.
pub fn add_sourced<T: PartialEq>(list: &mut Vec<Sourced<T>>, value: T, evidence: Evidence) {
    match list.iter_mut().find(|s| s.value == value) {
        Some(existing) => {
            if !existing.evidence.contains(&evidence) {
                existing.evidence.push(evidence);
            }
        }
        None => list.push(Sourced::new(value, evidence)),
    }
}

/// A calendar date. Month and day are 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Self {
        Date { year, month, day }
    }

    /// `yyyy-mm-dd`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Parses `yyyy-mm-dd`, checking the day exists.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        let d = Date::new(year, month, day);
        d.is_valid().then_some(d)
    }

    pub fn is_valid(&self) -> bool {
        (1..=12).contains(&self.month) && self.day >= 1 && self.day <= days_in_month(self.year, self.month)
    }

    /// `8月16日` (no year).
    pub fn month_day(&self) -> String {
        format!("{}月{}日", self.month, self.day)
    }

    /// The day before, across month and year boundaries.
    pub fn pred(&self) -> Date {
        if self.day > 1 {
            Date::new(self.year, self.month, self.day - 1)
        } else if self.month > 1 {
            Date::new(self.year, self.month - 1, days_in_month(self.year, self.month - 1))
        } else {
            Date::new(self.year - 1, 12, 31)
        }
    }
}

impl Date {
    /// The day after, across month and year boundaries.
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil): spans of any number of years.
    pub fn serial(&self) -> i64 {
        let (y, m, d) = (i64::from(self.year) - i64::from(self.month <= 2), i64::from(self.month), i64::from(self.day));
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn succ(&self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date::new(self.year, self.month, self.day + 1)
        } else if self.month < 12 {
            Date::new(self.year, self.month + 1, 1)
        } else {
            Date::new(self.year + 1, 1, 1)
        }
    }

    /// Day of the week, Monday 1 to Sunday 7 (Sakamoto's method, proleptic Gregorian).
    pub fn weekday(&self) -> u32 {
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 { self.year - 1 } else { self.year };
        let sunday0 = (y + y / 4 - y / 100 + y / 400 + T[self.month as usize - 1] + self.day as i32).rem_euclid(7);
        if sunday0 == 0 { 7 } else { sunday0 as u32 }
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}年{}月{}日", self.year, self.month, self.day)
    }
}

/// A day or a run of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateSpan {
    pub start: Date,
    pub end: Date,
}

impl DateSpan {
    pub fn day(d: Date) -> Self {
        DateSpan { start: d, end: d }
    }

    /// Whether the run includes month `month`, day `day` of its year (8月16日 of 8月16日至17日).
    pub fn covers(&self, month: u32, day: u32) -> bool {
        (self.start.month, self.start.day) <= (month, day) && (month, day) <= (self.end.month, self.end.day)
    }

    /// `6月5日至6日`, `8月16日`.
    pub fn chinese(&self) -> String {
        if self.start == self.end {
            self.start.month_day()
        } else if self.start.month == self.end.month {
            format!("{}至{}日", self.start.month_day(), self.end.day)
        } else {
            format!("{}至{}", self.start.month_day(), self.end.month_day())
        }
    }
}

/// Where something was held. The province is always known when the city is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Short form: 上海, 江苏, 浙江, 安徽.
    pub province: String,
    /// Short form: 合肥, 温州; `None` when only the province is known.
    pub city: Option<String>,
}

impl Place {
    /// `安徽省合肥市`, `上海市`, `江苏省`.
    pub fn full_name(&self) -> String {
        let province = crate::engine::gazetteer::province_full(&self.province);
        match &self.city {
            Some(city) if city != &self.province => {
                format!("{province}{}", crate::engine::gazetteer::city_full(city))
            }
            _ => province,
        }
    }
}

/// A person in a role, as reported in one article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Attendee {
    pub name: String,
    /// As reported, e.g. `上海市委副书记、市长`.
    pub role: String,
    /// Short form of the province the role belongs to; empty for national bodies.
    pub province: String,
}

/// What a meeting did with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocAction {
    Reviewed,
    Adopted,
    Approved,
    Released,
    Signed,
}

impl DocAction {
    pub fn as_str(&self) -> &'static str {
        match self {
            DocAction::Reviewed => "reviewed",
            DocAction::Adopted => "adopted",
            DocAction::Approved => "approved",
            DocAction::Released => "released",
            DocAction::Signed => "signed",
        }
    }

    /// Whether the meeting passed the document (reviewed alone is not passing).
    pub fn is_passed(&self) -> bool {
        !matches!(self, DocAction::Reviewed)
    }
}

/// A document (《…》) a meeting acted on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDoc {
    /// Title without 《》.
    pub title: String,
    pub action: DocAction,
    /// The verb as written, e.g. `审议并原则通过`.
    pub verb: String,
}

/// The next meeting a meeting decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextMeeting {
    pub year: i32,
    pub province: String,
}

/// The press conference on the results.
#[derive(Debug, Clone, Default)]
pub struct PressConference {
    pub date: Claims<Date>,
    /// Where, when the press conference is reported apart (`成果发布会在合肥举行`).
    pub place: Claims<Place>,
    pub presider: Claims<String>,
    pub reporter: Claims<String>,
    pub speakers: Vec<Sourced<Attendee>>,
}

impl PressConference {
    pub fn is_empty(&self) -> bool {
        self.date.is_empty()
            && self.place.is_empty()
            && self.presider.is_empty()
            && self.reporter.is_empty()
            && self.speakers.is_empty()
    }
}

/// One year's 长三角地区主要领导座谈会.
#[derive(Debug, Clone, Default)]
pub struct Meeting {
    pub year: i32,
    pub place: Claims<Place>,
    pub dates: Claims<DateSpan>,
    pub theme: Claims<String>,
    pub attendees: Vec<Sourced<Attendee>>,
    /// Bodies invited (应邀出席).
    pub invited: Vec<Sourced<String>>,
    pub documents: Vec<Sourced<MeetingDoc>>,
    /// How many agreements were signed in all, when the report sums them up (`签署了《…》等15项合作
    /// 协议`) and names only some.
    pub signed_total: Claims<u32>,
    /// What the signed projects are worth in all (`总投资1280亿元`), told beside their total.
    pub invested: Claims<String>,
    /// Documents merely cited (按照《…》部署要求), kept apart from those acted on.
    pub cited: Vec<Sourced<String>>,
    pub focus_areas: Vec<Sourced<String>>,
    pub next: Claims<NextMeeting>,
    /// The year of the meeting that decided this one's host province.
    pub decided_by: Claims<i32>,
    pub press: PressConference,
    /// Who presided over the meeting itself (`会议由…主持`), apart from the press conference.
    pub presider: Claims<String>,
    /// Who spoke at the meeting itself (`闵志远、秦昊然、邬承德分别发言`), apart from the press conference.
    pub speakers: Vec<Sourced<Attendee>>,
    /// Who reported on the year's progress at the meeting itself (`褚嘉禾通报了…推进情况`).
    pub reporter: Claims<String>,
    /// Visits and side events (考察, 参观, 并行召开, 举办了).
    pub side_events: Vec<Sourced<String>>,
    /// Where the report places this meeting in the series (`自2045年以来连续第六年召开`).
    pub series: Claims<SeriesPlace>,
    /// Every sentence of its reports' bodies (`会议提出,…`, `要强化战略协同`): what a question
    /// about what was said there is answered from, sentence by sentence.
    pub said: Vec<Evidence>,
}

/// A meeting's place in the series as a report states it: the nth in a row, and since when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesPlace {
    pub nth: u32,
    /// The first year, when the text names it (`自2045年以来`).
    pub since: Option<i32>,
}

impl Meeting {
    pub fn new(year: i32) -> Self {
        Meeting { year, ..Default::default() }
    }

    /// True when the corpus only knows this meeting from an earlier meeting's decision. (A meeting
    /// a roundup says was held in a city, `2372年,座谈会在上海举行,审议通过了《…》`, was held, though
    /// its days and people are not known.)
    pub fn is_decided_only(&self) -> bool {
        let held_in_a_city = self.decided_by.is_empty() && self.place.values.iter().any(|p| p.value.city.is_some());
        self.dates.is_empty()
            && self.attendees.is_empty()
            && self.theme.is_empty()
            && self.documents.is_empty()
            && !held_in_a_city
    }
}

/// A keynote speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keynote {
    pub name: String,
    pub role: String,
    pub topic: String,
    /// What the report calls the speech: `主旨演讲`, `主题演讲`, `主旨报告`, or a plain `演讲`. A
    /// forum may have both a keynote (主旨) and theme speeches (主题), and a question may ask for one.
    pub kind: String,
}

/// The 长三角一体化发展高层论坛 of one year.
#[derive(Debug, Clone, Default)]
pub struct Forum {
    pub year: i32,
    pub edition: Claims<u32>,
    pub date: Claims<Date>,
    pub place: Claims<Place>,
    /// Where in its city, as its report names it: a hall (`淀山湖会议中心`), a county-level city
    /// (`金华市下辖的义乌市`).
    pub venue: Claims<String>,
    pub theme: Claims<String>,
    /// Spoke or gave an address (讲话, 致辞).
    pub speakers: Vec<Sourced<Attendee>>,
    /// Attended without speaking.
    pub attendees: Vec<Sourced<Attendee>>,
    /// Who presided over the forum (`论坛由…主持`, `…主持论坛`); they attend it too.
    pub presiders: Vec<Sourced<Attendee>>,
    pub keynotes: Vec<Sourced<Keynote>>,
    /// 主办.
    pub hosts: Vec<Sourced<String>>,
    /// 承办.
    pub organizers: Vec<Sourced<String>>,
    /// 发布了….
    pub releases: Vec<Sourced<String>>,
    /// `签约重大合作事项19项`: how many agreements were signed at it.
    pub signed_total: Claims<u32>,
    /// What the signed projects are worth in all (`总投资1280亿元`), told beside their total.
    pub invested: Claims<String>,
    /// Every sentence of its reports' bodies, as for a meeting.
    pub said: Vec<Evidence>,
}

/// One item of a published list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem {
    pub heading: String,
    pub figures: Vec<String>,
    pub evidence: Evidence,
}

/// A published list, e.g. 2026年度长三角一体化发展实事项目清单.
#[derive(Debug, Clone, Default)]
pub struct PublishedList {
    pub year: i32,
    pub title: String,
    pub item_count: Claims<u32>,
    pub items: Vec<ListItem>,
    pub evidence: Vec<Evidence>,
}

/// One role a person held in one year, as reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRecord {
    pub year: i32,
    pub role: String,
    pub province: String,
    /// Where: `meeting`, `forum`, `press`.
    pub event: &'static str,
    pub evidence: Evidence,
}

/// A person and the roles the corpus reports for them, oldest first.
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub name: String,
    pub roles: Vec<RoleRecord>,
}

/// An input article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceDocument {
    /// File name without extension.
    pub id: String,
    pub text: String,
}

/// What extraction understood of one document, for operators (`--check`, `AddDocument`).
#[derive(Debug, Clone, Default)]
pub struct DocReport {
    pub document_id: String,
    /// The document is about the meeting or the forum.
    pub in_genre: bool,
    pub meeting_years: Vec<i32>,
    pub forum_years: Vec<i32>,
    /// Forums found with an edition but no year, for the knowledge base to date.
    pub undated_forums: usize,
    pub facts: usize,
    pub lines: Vec<String>,
    pub warnings: Vec<String>,
}
