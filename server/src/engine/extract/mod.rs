//! Extraction: the rules that turn one article into facts with provenance.
//!
//! A page holds several articles (the meeting, the forum, the press conference, unrelated news).
//! The extractor walks the normalised paragraphs, opens an article at each dateline (`本报讯`,
//! `新华社…电`) or after a headline, classifies it by its lede, and applies to each sentence the
//! rules of that article's topic. Sentences that name their own event (`2023年度…座谈会在合肥举行`,
//! `会议确定2025年度…在江苏省召开`) are read wherever they stand, headlines included; sentences that do
//! not (`…出席会议`, `…讲话`) only inside an article about that event, so an unrelated article on the
//! same page cannot leak facts into a meeting.

mod english;
mod forum;
mod lists;
pub use lists::list_key;
mod meeting;
pub mod people;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use super::model::*;
use super::normalize::{NormDoc, Sentence, normalize};
use text::dates;

/// What one document yields.
#[derive(Debug, Default)]
pub struct DocFacts {
    pub meetings: BTreeMap<i32, Meeting>,
    pub forums: BTreeMap<i32, Forum>,
    pub lists: Vec<PublishedList>,
    /// Forums of a document that names no year at all (`第三十一届…论坛27日在安庆举行`, a brief
    /// under a dateline without a year): their year is the knowledge base's to settle from the
    /// edition, against the forums other documents date.
    pub undated_forums: Vec<Forum>,
    /// The meeting of a document that names no year (`今年的…座谈会于6月12日至13日在安庆举行`): the
    /// knowledge base dates it only when its theme, or its city and dates, are one dated meeting's.
    pub undated_meetings: Vec<Meeting>,
    pub report: DocReport,
}

/// The year an article without any year is read under, until its facts are set apart.
const UNDATED: i32 = 0;

/// The name of the meeting, in the forms the genre uses.
/// (`长江三角洲地区…` and `两省一市…` are its names of 2005–2010.)
pub(crate) const MEETING: &str =
    r"(?:长三角地区|长三角|长江三角洲地区|长江三角洲|沪苏浙皖|三省一市|两省一市|江浙沪|苏浙沪)?主要领导(?:人)?座谈会";
/// The name of the forum.
pub(crate) const FORUM: &str = r"长三角(?:地区)?(?:一体化发展|一体化)?高层论坛";

pub(crate) static YEAR_MEETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"([0-9]{{4}})年度?的?{MEETING}")).unwrap());
// `登场`: how Taiwan papers say an event opens.
/// `举行`, or as a post says it, `在咱们扬州开的`.
static HELD: LazyLock<Regex> =
    // `…座谈会如约而至`: held as it is every year.
    LazyLock::new(|| {
        Regex::new(r"举行|召开|举办|开幕|启幕|揭幕|闭幕|落下帷幕|登场|如约而至|在[^,。;]{1,12}?开(?:的|了)").unwrap()
    });
/// `论坛是昨天开的`: held, as a post says it of an event it has named.
static BARE_HELD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^,。;]{0,6}是[^,。;]{1,14}?开的").unwrap());
// `拍板`: the colloquial decision of Taiwan and Hong Kong papers; `会议明确`, an official one.
static DECIDED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"确定|决定|商定|同意|宣布|拍板|明确").unwrap());
static PUB_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日").unwrap());
/// A web page's date line: `发布时间:2018-06-02 06:58`, `2021/05/23`, `日期:2020.08.21`.
static WEB_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|2[0-9])[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:$|[^0-9])").unwrap()
});
/// A news site's stamp line opening on the date and time: `2048/05/20 08:15 联合报/记者…`.
static WEB_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:19|2[0-9])[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}").unwrap()
});
/// `今(2014)年`, `明(2015)年`, `明年(2015年)`: the current or next year in parentheses.
static NOW_STATED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(今|明)年?\s*[(（]\s*((?:19|2[0-9])[0-9]{2})\s*年?\s*[)）]").unwrap());
/// A clock time right after a date: `07:17`, `10:26:05`.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[0-9]{1,2}:[0-9]{2}").unwrap());
/// A year written out in a lead-in (`时针拨回到2101年`).
static LEAD_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"((?:19|2[0-9])[0-9]{2})年").unwrap());
static PROVINCE_ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    // `安徽卫视《安徽新闻联播》`: a province's broadcaster is as much its home as its paper.
    // `江苏省人民政府  首页 > 政务公开`: a province's own site.
    Regex::new(r"中共(上海|江苏|浙江|安徽)[省市]委机关报|^(上海|江苏|浙江|安徽)(?:卫视|广播电视台|电视台|新闻联播|省人民政府|市人民政府|省发展和改革委员会)")
        .unwrap()
});
/// A city's own site or organ, as its page's masthead names it.
static CITY_ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:中共)?(\p{Han}{2,3}?)市(?:人民政府|政府|委|发展和改革委员会|发展改革委|发改委|融媒体中心|广播电视台|新闻网)")
        .unwrap()
});
/// A paragraph that opens on a whole date with its year (`2415年6月3日,`), as a yearbook's entries do.
static DATED_ENTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{4})年[0-9]{1,2}月[0-9]{1,2}日(?:[上中下]午|晚)?,").unwrap());
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // `又讯`: a second short report run on under the first one.
    // `中安在线、中安新闻客户端讯 5月22日,…`, `人民网讯`: a portal's or an app's dateline; `新华社、人民日报…`
    // lists media, it is no dateline.
    Regex::new(r"^(?:本报讯|又讯|据新华社|新华社[^、]|本报记者|\(记者|本报[^,。]*电)|^[^,。]*?[0-9]{1,2}月[0-9]{1,2}日电|^[^,。 ]{0,16}(?:客户端|在线|网|台)讯(?:\s|\(|[0-9]|$)")
        .unwrap()
});
/// `5月30日,…`, `30日上午,…`: a sentence that opens on its day.
static DATE_OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:至[0-9]{1,2}日)?(?:[上中下]午|晚)?,").unwrap());
static DATELINE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^,。]*?(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日电").unwrap());
/// `【更新·5月28日20时15分】`: the day of a page's update, the month of the report under it.
static UPDATE_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^【(?:更新|最新|续报|追踪)[^】]*?([0-9]{1,2})月[0-9]{1,2}日").unwrap());
static YEAR_DU: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^[0-9]—-])([0-9]{4})年度").unwrap());
/// A year's plan named without 年度: `2019工作计划`, `2019年工作要点`.
static YEAR_PLAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^0-9—-])((?:19|20)[0-9]{2})年?(?:工作计划|工作要点)").unwrap());
/// The year the integration of the delta became a national strategy (announced 2018-11-05).
const STRATEGY_YEAR: i32 = 2018;
/// Keeps a body sentence with what its event's reports said. A sentence read twice (a press
/// report's line on the meeting) is read in a row: the last few suffice, and keep this linear in
/// the article's length.
pub(super) fn keep_said(said: &mut Vec<Evidence>, ev: &Evidence) {
    if !said.iter().rev().take(4).any(|e| e.quote == ev.quote) {
        said.push(ev.clone());
    }
}

/// `今年是…上升为国家战略五周年`, `今年是…上升为国家战略的第5年`: this year, counted from it.
static STRATEGY_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"今年是[^。,;]{0,20}上升为国家战略(?:的第)?([0-9一二三四五六七八九十]{1,3})(?:周年|年)").unwrap()
});
/// A plan's span of years in its title (`(2021—2023年)`, `(2021-2023年)`).
static PLAN_SPAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:计划|规划|纲要)》?\(([0-9]{4})\s*[—–－\-~～至到]\s*[0-9]{4}年?\)").unwrap());
static MEETING_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(MEETING).unwrap());
static FORUM_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(FORUM).unwrap());
static CHAIRS_PRESS: LazyLock<Regex> = LazyLock::new(|| Regex::new("主持(?:了)?(?:成果|新闻)?发布会").unwrap());
static PRESS_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new("成果发布会|新闻发布会").unwrap());

/// What an article is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Topic {
    Meeting,
    Forum,
    Press,
    List,
    Other,
}

/// The article being read: its topic, year and the month dates without one fall in.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    pub topic: Topic,
    pub year: Option<i32>,
    pub month: Option<u32>,
    /// Inside a meeting article, the part about the press conference.
    pub press: bool,
    /// The list this article publishes, as an index into `DocFacts::lists`.
    pub list: Option<usize>,
    /// Inside a meeting article, the paragraph that reports the forum held beside it.
    pub forum_paragraph: Option<usize>,
}

/// One document's extraction state.
pub(crate) struct Extractor<'a> {
    pub doc: &'a NormDoc,
    pub facts: DocFacts,
    /// Names the body taught us, to split names run together in headlines.
    pub known: BTreeSet<String>,
    pub pub_date: Option<Date>,
    /// The year of the meeting the document reports, when it reports one.
    pub main_year: Option<i32>,
    /// The year the document is about, by the best cue available.
    pub doc_year: Option<i32>,
    /// The province of the paper (新华日报, 中共江苏省委机关报), which writes its own leaders' roles
    /// without it (`省委书记信长星`).
    pub home_province: Option<String>,
    /// The city of a city paper (南通日报): `我市` in its text.
    pub home_city: Option<String>,
    /// Cities the gazetteer does not list, named in full somewhere in the document (`安徽省桐溪市`).
    pub cities: Vec<Place>,
    /// The kind of speech a keynote list's intro announced (`论坛共安排三场主旨演讲:`), while its
    /// items (`——A,以“X”为题`) follow one a line.
    pub keynote_intro: Option<String>,
    /// The paragraph whose lead-in named the year its 那年 refers to (see `carried_year`): its
    /// 那年, 首次 do not look back from the article's year, they are that year.
    pub carried_paragraph: Option<usize>,
    /// The paragraph in which a study session recalls the meeting (`会议指出,6月5日,…座谈会在苏州
    /// 召开`): its later sentences (`江苏省委书记X主持会议`, `会议审议通过了《…》`) are the meeting's.
    pub session_recall: Option<usize>,
    /// Whether a paragraph before the one being read named the meeting in full: a later lede's bare
    /// `座谈会` (`为期两天的座谈会已于28日在扬州闭幕`, an update under a preview) is that meeting.
    pub meeting_named: bool,
    /// Whether the page is the results conference's own (`…成果发布会(文字实录)`): its transcript
    /// names who chairs it in a field (`主持人:…`) and who reports in the chair's words.
    pub press_page: bool,
}

/// Extracts every fact of `doc`.
pub fn extract(doc: &SourceDocument) -> DocFacts {
    let norm = normalize(&doc.id, &doc.text);
    let mut x = Extractor::new(&norm);
    x.run();
    if english::is_english(&norm.text) {
        x.english_report();
    }
    x.finish(&doc.text)
}

impl<'a> Extractor<'a> {
    fn new(doc: &'a NormDoc) -> Self {
        let mut x = Extractor {
            doc,
            facts: DocFacts::default(),
            known: BTreeSet::new(),
            pub_date: None,
            main_year: None,
            doc_year: None,
            home_province: None,
            home_city: None,
            cities: text::unlisted_cities(&doc.text),
            keynote_intro: None,
            carried_paragraph: None,
            session_recall: None,
            meeting_named: false,
            press_page: doc
                .paragraphs
                .iter()
                .take_while(|p| p.headline)
                .take(12)
                .any(|p| doc.text[p.start..p.end].contains("发布会")),
        };
        x.facts.report.document_id = doc.id.to_string();
        x.learn_names();
        x.find_document_cues();
        x
    }

    /// First pass: every `ROLE NAME` the document states, so headlines can be split later.
    fn learn_names(&mut self) {
        for s in &self.doc.sentences {
            let t = self.doc.sentence_text(s);
            if ["出席", "讲话", "致辞", "主持", "通报", "代表", "演讲", "发言"].iter().any(|v| t.contains(v))
            {
                for a in people::role_names(t) {
                    self.known.insert(a.name);
                }
            }
            if let Some((_, name)) = field_person(t) {
                self.known.insert(name);
            }
        }
    }

    /// Publication date, the year of the meeting reported, the document's year, the paper's province.
    fn find_document_cues(&mut self) {
        let doc = self.doc;
        const PAPERS: &[(&str, &str)] = &[
            ("新华日报", "江苏"),
            ("解放日报", "上海"),
            ("文汇报", "上海"),
            ("新民晚报", "上海"),
            ("浙江日报", "浙江"),
            ("钱江晚报", "浙江"),
            ("安徽日报", "安徽"),
            ("新安晚报", "安徽"),
        ];
        // Only the masthead names the paper: the first short lines, before any body text.
        for p in doc.paragraphs.iter().take_while(|p| p.headline).take(12) {
            let t = doc.text[p.start..p.end].trim();
            let organ = PROVINCE_ORGAN.captures(t).and_then(|c| c.get(1).or(c.get(2))).map(|m| m.as_str().to_string());
            // `南通日报`: a city's paper; its province is the city's. `台州市人民政府`: a city's own
            // site, whose 我市 is that city as much.
            if let Some(city) = t
                .strip_suffix("日报")
                .or_else(|| t.split(' ').next().and_then(|w| w.strip_suffix("日报")))
                .or_else(|| CITY_ORGAN.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str()))
                && let Some(province) = crate::engine::gazetteer::province_of_city(city)
            {
                self.home_city = Some(city.to_string());
                self.home_province = Some(province.to_string());
                break;
            }
            let paper =
                PAPERS.iter().find(|(n, _)| t == *n || t.starts_with(&format!("{n} "))).map(|(_, p)| p.to_string());
            if let Some(p) = organ.or(paper) {
                self.home_province = Some(p);
                break;
            }
        }
        // A stamp line may be too long to read as a headline (`原创 小编阿皖 皖江观察 2072-06-09 08:30
        // 发表于安徽`): any line of the page's head without a full stop is looked at too.
        let head = |(i, p): &(usize, &crate::engine::normalize::Paragraph)| {
            p.headline || (*i < 12 && !doc.text[p.start..p.end].contains('。'))
        };
        for (_, p) in doc.paragraphs.iter().enumerate().filter(head) {
            let t = &doc.text[p.start..p.end];
            let masthead = ["星期", "版", "期", "出版", "日报", "农历"].iter().any(|w| t.contains(w));
            if let Some(c) = PUB_DATE.captures(t) {
                let whole = c.get(0).unwrap().as_str().len() + 2 >= t.trim().len();
                // `http://finance.sina.com.cn 2005年12月26日 07:17 东方早报`: a portal's stamp, the
                // date with its clock time.
                let clocked = CLOCK.is_match(&t[c.get(0).unwrap().end()..]);
                // `上观快讯   2347年6月12日   直播间:…`: a field of a stamp line, spaces either side.
                let m = c.get(0).unwrap();
                let fielded = t[..m.start()].ends_with(' ') && (t[m.end()..].starts_with(' ') || m.end() == t.len());
                if masthead || whole || clocked || fielded {
                    let d = Date::new(c[1].parse().unwrap(), c[2].parse().unwrap(), c[3].parse().unwrap());
                    if d.is_valid() {
                        self.pub_date = Some(d);
                        break;
                    }
                }
            }
            // `发表于 2063-6-3 09:48`: a forum post's stamp; a member's `注册时间` or `最后登录` is not.
            let web = ["发布", "时间", "日期", "来源", "更新", "编辑", "发表"].iter().any(|w| t.contains(w));
            // `在线时间` is a member's; `中安在线`, `江南财经在线` are sources.
            let member = ["注册", "登录", "在线时", "积分"].iter().any(|w| t.contains(w));
            // `014000319/2362-00418 … 发文日期 | 2362-05-27`: an index number may look like a date
            // first; the first that is one counts.
            let valid = |c: &regex::Captures| {
                Some(Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)).filter(|d| d.is_valid())
            };
            if !member
                && let Some((c, d)) = WEB_DATE.captures_iter(t).find_map(|c| valid(&c).map(|d| (c, d)))
                // `银柿财经 小柿 2025-06-07 13:22:07`: a source, an author, and the date with its time.
                && (web
                    || c.get(0).unwrap().as_str().len() + 8 >= t.trim().len()
                    || WEB_STAMP.is_match(t)
                    || CLOCK.is_match(&t[c.get(0).unwrap().end()..]) && !t.contains(['。', ',']))
            {
                self.pub_date = Some(d);
                break;
            }
        }
        if self.pub_date.is_none() {
            for p in &doc.paragraphs {
                if let Some(c) = DATELINE_DATE.captures(&doc.text[p.start..p.end])
                    && let Some(y) = c.get(1)
                {
                    let d = Date::new(y.as_str().parse().unwrap(), c[2].parse().unwrap(), c[3].parse().unwrap());
                    if d.is_valid() {
                        self.pub_date = Some(d);
                        break;
                    }
                }
            }
        }
        for s in &doc.sentences {
            let t = doc.sentence_text(s);
            let reported = YEAR_MEETING.captures_iter(t).find(|c| {
                let m = c.get(0).unwrap();
                !decided_before(t, m.start()) && HELD.is_match(&t[m.end()..])
            });
            if let Some(c) = reported {
                self.main_year = c[1].parse().ok();
                break;
            }
        }
        // `筹划明(2015)年的合作方向`: the year the text stands in, said in passing.
        let stated_now = doc.sentences.iter().find_map(|s| {
            let c = NOW_STATED.captures(doc.sentence_text(s))?;
            let y: i32 = c[2].parse().ok()?;
            Some(if &c[1] == "明" { y - 1 } else { y })
        });
        // A page stamped in early January reports the meeting of the year before as often as not
        // (`日前…在杭州举行`, posted 2006/1/6): its stamp dates no meeting by itself.
        let stamp_year = self.pub_date.filter(|d| !(d.month == 1 && d.day <= 15)).map(|d| d.year);
        // `【2186年】` on a line of its own: a yearbook's section, whose entries are of that year.
        let section_year = doc.paragraphs.iter().filter(|p| p.headline).find_map(|p| {
            let t = doc.text[p.start..p.end]
                .trim()
                .trim_start_matches(['【', '[', '〔'])
                .trim_end_matches(['】', ']', '〕']);
            let y = t.strip_suffix('年')?;
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())).then(|| y.parse().ok()).flatten()
        });
        self.doc_year = self.main_year.or(section_year).or(stated_now).or(stamp_year).or_else(|| {
            // The year most often named with 年度 outside decisions about later meetings (a title's
            // `2019年度工作计划` counts, `会议确定2020年度…座谈会` does not); else the year before the
            // next meeting decided; else any year.
            let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
            let mut decided: Option<i32> = None;
            for s in &doc.sentences {
                let t = doc.sentence_text(s);
                for c in YEAR_DU.captures_iter(t) {
                    let year: i32 = c[1].parse().unwrap();
                    let m = c.get(0).unwrap();
                    let names_meeting = MEETING_RE.find(&t[m.end()..]).is_some_and(|n| n.start() <= 6)
                        || t[m.end()..].starts_with("会议")
                        || t[m.end()..].starts_with("座谈会");
                    if names_meeting && decided_before(t, m.start()) {
                        decided = decided.or(Some(year));
                    } else {
                        *counts.entry(year).or_default() += 1;
                    }
                }
            }
            if counts.is_empty()
                && let Some(y) = decided
            {
                return Some(y - 1);
            }
            // `审定2019工作计划`, `《…2019年工作计划》`: the year's plan the meeting acts on, written
            // without 年度.
            if counts.is_empty() {
                for c in YEAR_PLAN.captures_iter(&doc.text) {
                    *counts.entry(c[1].parse().unwrap()).or_default() += 1;
                }
            }
            // A plan the meeting works to starts in its year (`三年行动计划(2018—2020年)` at the 2018
            // meeting): its first year, never its last. Any other bare year (`2035年远景目标`) says
            // nothing about the meeting, so the article stays undated rather than wrongly dated.
            if counts.is_empty() {
                for c in PLAN_SPAN.captures_iter(&doc.text) {
                    *counts.entry(c[1].parse().unwrap()).or_default() += 1;
                }
            }
            // `今年是长三角一体化发展上升为国家战略五周年`: the strategy dates from 2018.
            if counts.is_empty()
                && let Some(n) = STRATEGY_YEARS.captures(&doc.text).and_then(|c| text::parse_number(&c[1]))
            {
                counts.insert(STRATEGY_YEAR + n as i32, 1);
            }
            counts.into_iter().max_by_key(|(y, n)| (*n, *y)).map(|(y, _)| y)
        });
        // `5月24日 08:56 来自 iPhone客户端`: a post's stamp, the day its `今天` means, in the year the
        // page gives.
        if self.pub_date.is_none()
            && let Some(y) = self.doc_year
            && let Some(c) = doc.paragraphs.iter().find_map(|p| POST_STAMP.captures(&doc.text[p.start..p.end]))
        {
            let d = Date::new(y, c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            if d.is_valid() {
                self.pub_date = Some(d);
            }
        }
    }

    /// Second pass: articles and their sentences.
    fn run(&mut self) {
        let doc = self.doc;
        let mut scope = Scope {
            topic: Topic::Other,
            year: self.doc_year,
            month: None,
            press: false,
            list: None,
            forum_paragraph: None,
        };
        let mut after_headline = true;
        // Whether every line since the last body paragraph was a short section heading (`▌聊了啥?`,
        // `【解说】`): a crosshead inside a report, not the headline of another article.
        let mut crossheads_only = false;
        // `五、长三角一体化发展高层论坛有关情况`: an official paper's section on the forum, whose items
        // (`论坛名称及届次:…`, `论坛主题:…`) name it without a verb of its being held.
        let mut forum_section = false;
        let mut headline_year: Option<i32> = None;
        // A dateline on a line of its own (`新华社合肥5月22日电(记者 …)`) dates the article below it.
        let mut dateline_month: Option<u32> = None;
        // The year of a roll's heading (`【链接】出席2209年度座谈会的三省一市主要领导`) while its lines
        // of roles and names follow.
        let mut roll: Option<i32> = None;
        for (pi, p) in doc.paragraphs.iter().enumerate() {
            // A translation beside the Chinese text: read as a headline it would end the article.
            if p.foreign {
                continue;
            }
            let text = &doc.text[p.start..p.end];
            if let Some(year) = roll {
                if self.roll_call(year, pi) {
                    continue;
                }
                roll = None;
            }
            let sentences: Vec<Sentence> = paragraph_sentences(&doc.sentences, pi).to_vec();
            // A post's lede may end on `！` (`…座谈会在安徽安庆举行！`): body text all the same, unless the
            // line is as short and bare as a headline.
            // An interviewer's question (`记者:明年的座谈会在哪里开?`) goes on with the piece as well.
            // A gallery's caption (`图为6月9日中午举行的成果发布会,贺知远主持发布会… 何一舟 摄`) reports
            // as a sentence does, though it ends on the photographer's credit.
            let caption = text.find("图为").is_some_and(|i| i <= 24) && text.chars().count() > 16;
            // A search result's snippet, cut off mid-sentence (`…出席会议 …`), is body text too.
            // (NFKC writes the ellipsis `...`.)
            let snippet = (text.contains('…') || text.contains("...")) && text.chars().count() > 40;
            let body = text.contains('。')
                || (!p.headline && text.contains(['！', '!']))
                || text.contains(['？', '?'])
                // `主持:江苏省委书记严青松(主持会议并讲话);`: an item of a list that runs on.
                || text.trim_end().ends_with([';', '；'])
                || caption
                || snippet;
            // `(后面乱得没法看了,我手打)`: a poster's aside between the lines he pastes, no headline.
            let aside = !p.headline && text.starts_with('(') && text.trim_end().ends_with(')');
            if aside {
                continue;
            }
            if !body {
                roll = roll_heading(text).map(|y| y.or(self.main_year).or(self.doc_year).unwrap_or(UNDATED));
                if let Some(c) = DATELINE_DATE.captures(text) {
                    dateline_month = c[2].parse().ok();
                } else if let Some(c) = UPDATE_DATE.captures(text) {
                    dateline_month = c[1].parse().ok();
                }
                // Headlines and decks: only self-describing facts.
                for s in &sentences {
                    let t = doc.sentence_text(s);
                    if let Some(c) = YEAR_MEETING.captures(t)
                        && !decided_before(t, c.get(0).unwrap().start())
                        && !studies_meeting(t)
                    {
                        headline_year = c[1].parse().ok();
                    }
                    self.headline_rules(s);
                }
                self.meeting_named |= MEETING_RE.is_match(text);
                // `◆ 2272年·上海` in a backgrounder on past meetings: the entries below it, till the
                // next heading, are that year's meeting.
                if let Some(y) = YEAR_HEADING.captures(text.trim()).and_then(|c| c[1].parse::<i32>().ok())
                    && crate::engine::TEXT_YEARS.contains(&y)
                    && matches!(scope.topic, Topic::Meeting | Topic::Press)
                {
                    scope = Scope { year: Some(y), month: None, press: false, ..scope };
                    headline_year = Some(y);
                }
                // An infobox's rows and rules (`│ 时  间 2231年5月27日—28日 │`) stand beside the
                // article; they neither open nor end it.
                if text.trim_start().starts_with(['│', '┌', '└', '├', '|', '┃', '═', '─']) {
                    continue;
                }
                let short = text.trim().chars().count() <= 12 && !YEAR_MEETING.is_match(text);
                // An encyclopedia's sections (`目录`, `1 会议概况`, `编辑`): crossheads inside one article.
                // A rule (`————`) or a live blog's clock line (`09:30`) parts entries of one report.
                let t = text.trim();
                let rule = t.chars().count() >= 3 && t.chars().all(|c| "-=—_*~─━·.|+: ".contains(c));
                let clock = t.chars().count() <= 12
                    && t.split_once(':').is_some_and(|(h, m)| {
                        (1..=2).contains(&h.len())
                            && h.bytes().all(|b| b.is_ascii_digit())
                            && m.get(..2).is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit()))
                    });
                // A post's handle (`@江淮观察君 V`) and stamp part posts of one thread.
                let post = POST_STAMP.is_match(t) || t.starts_with('@') && t.chars().count() <= 24;
                // A TV script's shot (`(画面:会议现场,与会人员翻阅材料)`) is no headline of its own.
                let shot = (t.starts_with('(') && t.ends_with(')') || t.starts_with('【') && t.ends_with('】'))
                    && ["画面", "同期", "镜头", "字幕", "解说", "现场"].iter().any(|w| t.contains(w));
                // An explainer's question (`会议的主题是什么?`) heads its answer, in the same article.
                let asked = (t.ends_with('?') || t.starts_with("问:")) && t.chars().count() <= 40;
                forum_section = {
                    let t = text.trim();
                    let numeral = |c: &char| "一二三四五六七八九十".contains(*c);
                    let numbered =
                        t.chars().next().is_some_and(|c| numeral(&c)) && t.chars().find(|c| !numeral(c)) == Some('、');
                    numbered && t.contains("论坛") && !t.contains("座谈会") && t.chars().count() <= 30
                };
                crossheads_only = section_heading(text)
                    || asked && (crossheads_only || !after_headline)
                    || (rule || clock || post || shot) && (crossheads_only || !after_headline)
                    || short && (crossheads_only || !after_headline);
                after_headline = true;
                continue;
            }
            // `京津冀协同发展座谈会今日在石家庄举行,…`, a yearbook's next entry: another gathering's
            // paragraph, whose acts are not the meeting's.
            if sentences.first().is_some_and(|s| other_event_held(doc.sentence_text(s))) {
                after_headline = false;
                continue;
            }
            // A feature piece reaches the meeting in a later paragraph (`6月20日至21日,…出席2031年度…
            // 座谈会。`): that paragraph opens it.
            // `时针拨回到2101年。那年5月26日至27日,首次…座谈会在翠岑举行`: a lead-in names the year
            // the next sentence's 那年 refers to.
            let carried = self.carried_year(&sentences);
            if carried.is_some() {
                self.carried_paragraph = sentences.first().map(|s| s.paragraph);
            }
            let lede_at = if carried.is_some() { 1 } else { self.lede_at(&sentences) };
            let reports_event = (scope.topic == Topic::Other
                && sentences.get(lede_at).is_some_and(|s| {
                    let t = doc.sentence_text(s);
                    classify(t) != Topic::Other && !session_says(t)
                }))
                || self.opens_on_meeting_of_other_year(&scope, &sentences[lede_at..], carried)
                // `5月22日,…座谈会在安徽芜湖召开。` after a paragraph on the press conference: the
                // meeting's own report, whose attendance is not the press conference's.
                || (scope.topic == Topic::Press
                    && sentences.first().is_some_and(|s| {
                        let t = doc.sentence_text(s);
                        s.opens_paragraph && classify(t) == Topic::Meeting && reports_meeting_held(t)
                    }));
            // `【第22届…高层论坛】 2282年6月16日,…`: a yearbook's entry, an article of its own.
            let entry = text.strip_prefix('【').and_then(|t| t.split_once('】')).is_some_and(|(inner, _)| {
                inner.contains("座谈会") || inner.contains("论坛") || inner.contains("发布会")
            });
            // `2415年6月3日,座谈会在丽水举行,…`: a yearbook's dated entry on another year's meeting
            // or forum is an article of its own, whose acts are that year's.
            let dated_entry = sentences.first().is_some_and(|s| {
                let t = self.doc.sentence_text(s);
                DATED_ENTRY.captures(t).and_then(|c| c[1].parse::<i32>().ok()).is_some_and(|y| {
                    Some(y) != scope.year
                        && (FORUM_RE.is_match(t)
                            || MEETING_RE.is_match(t)
                            || self.meeting_named && bare_meeting_held(t))
                })
            });
            if after_headline || DATELINE.is_match(text) || reports_event || entry || dated_entry {
                let headline_year = carried.or(headline_year.take());
                let next = self.open_article(&sentences[lede_at..], headline_year, dateline_month.take());
                // A crosshead inside a meeting report (`审议两份方案 签15项协议`) does not end it: a
                // paragraph that refers back to the meeting (`会上审议…`) goes on with the article.
                // A forum's report goes on past a rule or a shot only with the forum (`本届论坛的主题…`):
                // a programme's next item (`演播室里,我们连线…`) is not the forum's.
                let of_forum =
                    |t: &str| ["论坛", "主旨演讲", "主题演讲", "签约", "发布会"].iter().any(|w| t.contains(w));
                let goes_on = next.topic == Topic::Other
                    && (scope.topic == Topic::Meeting || (crossheads_only && scope.topic != Topic::Other))
                    && (scope.topic != Topic::Forum
                        || sentences.first().is_some_and(|s| of_forum(doc.sentence_text(s))))
                    && !DATELINE.is_match(text)
                    && (crossheads_only
                        || sentences
                            .first()
                            .is_some_and(|s| refers_back(doc.sentence_text(s)) || chairs_press(doc.sentence_text(s))));
                if goes_on {
                    scope.press = false;
                } else {
                    let year = scope.year;
                    scope = next;
                    if std::mem::take(&mut forum_section) && scope.topic != Topic::Forum {
                        scope = Scope { topic: Topic::Forum, year: scope.year.or(year), ..scope };
                    }
                }
            }
            after_headline = false;
            crossheads_only = false;
            // A forum report's paragraph on the meeting held beside it (`本次论坛是今年…座谈会的重要
            // 议程之一。本月中旬,座谈会在桐溪召开,…审议…`) is the meeting's, of the same year.
            // A list or a press conference reported by the forum piece may come between.
            let beside = matches!(scope.topic, Topic::Forum | Topic::List | Topic::Press);
            if beside && self.tells_meeting_beside(&sentences) {
                let mut aside =
                    Scope { topic: Topic::Meeting, press: false, list: None, forum_paragraph: None, ..scope };
                for s in &sentences {
                    self.body_rules(&mut aside, s);
                }
                // `48个项目…——5月31日,第二十一届…论坛…举行` and only then `5月30日,2515年度…座谈会在
                // 温州市召开。`: a forum piece that turns to the meeting's own report, dated, goes on
                // with the meeting (its roll, its presider) until it turns back.
                if sentences.first().is_some_and(|s| {
                    let t = self.doc.sentence_text(s);
                    DATE_OPENING.is_match(t) && MEETING_RE.is_match(t)
                }) {
                    scope = aside;
                }
                continue;
            }
            for s in &sentences {
                self.body_rules(&mut scope, s);
            }
            self.meeting_named |= MEETING_RE.is_match(text);
        }
    }

    /// One paragraph of a roll under its heading (`上海市委书记林肇庭,上海市委副书记、市长章沐秋;`):
    /// its roles and names are the meeting's attendees. False when the paragraph is no roll line.
    fn roll_call(&mut self, year: i32, pi: usize) -> bool {
        let sentences = paragraph_sentences(&self.doc.sentences, pi).to_vec();
        let Some(first) = sentences.first() else { return false };
        let t = self.doc.sentence_text(first);
        // A sentence with a verb of its own (`国家发展改革委有关负责同志应邀出席`) ends the roll.
        if ["出席", "参加", "主持", "讲话", "致辞", "表示", "举行", "召开"].iter().any(|v| t.contains(v))
        {
            return false;
        }
        let people = people::role_names(t);
        if people.is_empty() {
            return false;
        }
        let ev = self.evidence(first);
        for a in people {
            let a = self.localized(year, a);
            self.note(format!("meeting {year}: attendee {} {} (roll)", a.role, a.name), &ev);
            add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
        }
        true
    }

    /// Where a paragraph's lede stands: a broadcast opens on a lead-in (`首先关注一条重要新闻。`)
    /// before the sentence that reports the event, a live show on a greeting or two (`各位网友大家好!
    /// 欢迎收看直播。`), a page on a slogan (`共商一体化大计,共谋高质量发展。5月22日上午,第一届…论坛在
    /// 芜湖举行。`).
    fn lede_at(&self, sentences: &[Sentence]) -> usize {
        for at in 1..sentences.len().min(3) {
            let lead_in = &sentences[..at];
            let texts: Vec<&str> = lead_in.iter().map(|s| self.doc.sentence_text(s)).collect();
            if texts.iter().any(|t| classify(t) != Topic::Other || t.chars().count() > 30) {
                return 0;
            }
            let short = texts.iter().all(|t| t.chars().count() <= 24);
            let next = self.doc.sentence_text(&sentences[at]);
            let reports = match classify(next) {
                Topic::Meeting => {
                    YEAR_MEETING.find(next).is_some_and(|m| !decided_before(next, m.start()))
                        || (short && MEETING_RE.is_match(next))
                        // `…的长三角又迎来年度好戏。12月2日,…座谈会在上海召开。`
                        || reports_meeting_held(next)
                }
                Topic::Forum | Topic::Press => short,
                Topic::List | Topic::Other => false,
            };
            if reports {
                return at;
            }
        }
        0
    }

    /// Whether a forum report's paragraph tells of the meeting held beside the forum: it names the
    /// meeting and says it was held, without looking back at an earlier one or ahead to the next.
    fn tells_meeting_beside(&self, sentences: &[Sentence]) -> bool {
        let texts: Vec<&str> = sentences.iter().map(|s| self.doc.sentence_text(s)).collect();
        let looks_elsewhere = |t: &str| {
            ["去年", "前年", "上届", "上一届", "首届", "首次", "此前", "以来", "历届", "下一届", "明年"]
                .iter()
                .any(|w| t.contains(w))
        };
        texts.iter().any(|t| MEETING_RE.is_match(t))
            && !texts.iter().any(|t| FORUM_RE.is_match(t) && HELD.is_match(t) && !t.contains("座谈会"))
            && texts.iter().any(|t| {
                t.find("座谈会").is_some_and(|i| HELD.is_match(&t[i..]) && !decided_before(t, i)) && !looks_elsewhere(t)
            })
    }

    /// The year a paragraph's short lead-in names (`时针拨回到2101年。`, `回到2019年。`) when the
    /// next sentence opens on 那年 or 当年 and reports the meeting or the forum held.
    fn carried_year(&self, sentences: &[Sentence]) -> Option<i32> {
        let [lead, next, ..] = sentences else { return None };
        let (lead, next) = (self.doc.sentence_text(lead), self.doc.sentence_text(next));
        let refers = ["那年", "那一年", "当年"].iter().any(|w| next.starts_with(w));
        if !refers || lead.chars().count() > 30 || classify(lead) != Topic::Other || classify(next) == Topic::Other {
            return None;
        }
        let mut years = LEAD_YEAR.captures_iter(lead).filter_map(|c| c[1].parse::<i32>().ok());
        match (years.next(), years.next()) {
            (Some(y), None) => Some(y),
            _ => None,
        }
    }

    /// A section of a roundup that reports another year's meeting (`2089年6月12日至13日,…座谈会在
    /// 南通举行。`, `2090年度…座谈会在湖州召开。`) after this year's: it opens an article of its own,
    /// whose facts are that year's. A meeting recalled in passing (`…召开以来`) does not.
    fn opens_on_meeting_of_other_year(&self, scope: &Scope, sentences: &[Sentence], carried: Option<i32>) -> bool {
        let (Some(first), Some(year)) = (sentences.first(), scope.year) else { return false };
        if scope.topic != Topic::Meeting {
            return false;
        }
        let t = self.doc.sentence_text(first);
        let Some(name) = MEETING_RE.find(t) else { return false };
        let named =
            YEAR_MEETING.captures(t).filter(|c| c.get(0).unwrap().end() == name.end()).and_then(|c| c[1].parse().ok());
        let dated = dates(&t[..name.start()]).first().and_then(|d| d.year);
        let Some(other) = named.or(dated).or(carried) else { return false };
        let Some(held) = HELD.find(&t[name.end()..]) else { return false };
        let after = &t[name.end() + held.end()..];
        other != year
            && !decided_before(t, name.start())
            && !["以来", "时", "后", "期间", "的", "上", "之"].iter().any(|w| after.starts_with(w))
    }

    /// Classifies an article by its lede and sets its year and month.
    fn open_article(&mut self, sentences: &[Sentence], headline_year: Option<i32>, dateline: Option<u32>) -> Scope {
        let lede = sentences.first().map(|s| self.doc.sentence_text(s)).unwrap_or_default();
        let mut topic = classify(lede);
        // Under a headline reporting the meeting held (`2031年度…座谈会在上海举行`), a lede that does
        // not name another event goes on about it.
        // `问答|长三角地区主要领导座谈会首次走进港城,…。长三角地区主要领导座谈会首次在连云港举办,…`:
        // a title run into the paragraph names the meeting, and the next sentence holds it.
        let named_then_held = MEETING_RE.is_match(lede)
            && self.doc_year.is_some()
            && sentences.iter().skip(1).take(2).any(|s| {
                let t = self.doc.sentence_text(s);
                MEETING_RE.is_match(t) && bare_meeting_held(t) && !decided_before(t, 0)
            });
        if topic == Topic::Other
            && (headline_year.is_some() || self.meeting_named && bare_meeting_held(lede) || named_then_held)
            && !studies_meeting(lede)
            && (lede.contains("座谈会")
                || lede.starts_with("会议")
                // A feature's lede sets the scene first: the gathering may come a sentence later.
                || sentences.iter().any(|s| leaders_gather(self.doc.sentence_text(s))))
            && !FORUM_RE.is_match(lede)
            && !PRESS_RE.is_match(lede)
        {
            topic = Topic::Meeting;
        }
        let lede_dates = dates(lede);
        let explicit_year = lede_dates.iter().find_map(|d| d.year);
        let year = match topic {
            Topic::Meeting => YEAR_MEETING
                .captures(lede)
                .and_then(|c| c[1].parse().ok())
                .or(headline_year)
                .or(explicit_year)
                .or(self.main_year)
                .or(self.doc_year),
            Topic::Forum => explicit_year.or_else(|| forum::year_named(lede)).or(self.main_year).or(self.doc_year),
            _ => explicit_year.or(self.main_year).or(self.doc_year),
        };
        let year = year.or(self.doc_year.is_none().then_some(UNDATED));
        let month = lede_dates.iter().find_map(|d| d.month).or_else(|| {
            // `1日在上海召开` under the dateline `新华社上海6月2日电`.
            DATELINE_DATE.captures(lede).and_then(|c| c[2].parse().ok())
        });
        let month = month.or(dateline);
        Scope { topic, year, month, press: topic == Topic::Press, list: None, forum_paragraph: None }
    }

    fn headline_rules(&mut self, s: &Sentence) {
        let year = self.main_year.or(self.doc_year).or(Some(UNDATED));
        // `🎯 主题:“山海协作再出发、共富画卷同描绘”`: a field of the meeting's card.
        static THEME_FIELD: LazyLock<Regex> =
            // (`▪ 主题:海港联动 智造共兴`: a summary box's field may leave the quotes out.)
            LazyLock::new(|| {
                Regex::new(r"^[^\p{Han}]*(?:会议|座谈会)?主题[:：]\s*(?:“([^”]{4,40})”|([\p{Han} ]{4,30}))$").unwrap()
            });
        let t = self.doc.sentence_text(s);
        if let Some(c) = THEME_FIELD.captures(t.trim())
            && let Some(theme) = c.get(1).or(c.get(2)).map(|m| m.as_str().trim())
            && let Some(y) = self.main_year
        {
            let ev = self.evidence(s);
            self.note(format!("meeting {y}: theme {theme} (field)"), &ev);
            self.meeting(y).theme.add(theme.to_string(), ev);
        }
        let mut scope =
            Scope { topic: Topic::Other, year, month: None, press: false, list: None, forum_paragraph: None };
        // `主持人:上海市委副书记、市长 蓝思远` at the head of the results conference's transcript.
        if self.press_page
            && let Some(("主持人" | "主持", name)) = field_person(t)
            && let Some(y) = self.main_year.or(self.doc_year)
        {
            let ev = self.evidence(s);
            self.note(format!("meeting {y}: press presided by {name} (field)"), &ev);
            self.meeting(y).press.presider.add(name, ev);
        }
        self.meeting_place(&scope, s, true);
        self.next_meeting(s, None);
        self.forum_lede(&scope, s);
        self.press_headline(&scope, s);
        self.list_title(&mut scope, s);
    }

    fn body_rules(&mut self, scope: &mut Scope, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        // `会议于本月5日在我市召开`: this month is the page's.
        if scope.month.is_none()
            && t.contains("本月")
            && let Some(d) = self.pub_date.filter(|d| scope.year == Some(d.year))
        {
            scope.month = Some(d.month);
        }
        // A roundup's items are each their own year's, none the article's.
        if self.roundup_items(s) {
            return;
        }
        // Self-describing facts, in any article.
        self.meeting_place(scope, s, false);
        self.series_named(s);
        self.series_history(s);
        self.next_meeting(s, reported_meeting(scope));
        self.forum_lede(scope, s);
        self.forum_history(s);
        // A comparison with another year's meeting (`2393年度的扬州会议…发布的实事项目清单共12项,论坛
        // 签约项目41个`) tells nothing of this year's lists, forum or press conference.
        let other_meeting = scope.year.is_some_and(|y| meeting::names_other_meeting(t, y));
        let of_other_year = matches!(scope.topic, Topic::Forum | Topic::List | Topic::Press) && other_meeting;
        if !other_meeting {
            self.list_title(scope, s);
        }
        if matches!(scope.topic, Topic::Meeting | Topic::Press | Topic::List) && !other_meeting {
            self.named_counts(scope, s);
        }
        self.list_examples(scope, s);
        if scope.topic != Topic::Meeting {
            self.meeting_theme_in_passing(s);
        }
        self.meeting_named_back(s);
        // A list published in a meeting or press article, its items set out in a sentence.
        if scope.topic != Topic::List
            && !of_other_year
            && (t.contains("清单") || t.starts_with('共') || t.starts_with("其中") || t.starts_with("根据清单"))
        {
            self.list_inline(scope, s, true);
        }
        let press_at = t.find("发布会").unwrap_or(t.len());
        // `公司举行新品发布会,由…主持`: a company's launch, not the results conference; the press
        // conference's part of the article is over.
        let launch =
            ["新品", "产品", "招商", "品牌", "推介", "新车", "新书"].iter().any(|w| t.contains(&format!("{w}发布会")));
        if launch {
            scope.press = false;
        }
        // `2041年,…时任浙江省委书记方晓东在成果发布会上通报…`: another year's press conference.
        let looking_back = scope.year.is_some_and(|y| meeting::names_other_year(&t[..press_at], y));
        // `还有个成果发布会,是扬州市市长白景行主持的`: named with who chaired it, held all the same.
        let press_here = t.contains("发布会")
            && (HELD.is_match(t)
                || t.contains("发布会上")
                || t.contains("发布会由")
                || t.contains("发布会开始")
                || chairs_press(t)
                || (PRESS_RE.is_match(t) && t.contains("主持")))
            && !looking_back
            // `欢迎出席省政府新闻办今天举行的新闻发布会`: an information office's briefing before the
            // meeting, not its results conference.
            && !t.contains("新闻办")
            && !launch;
        // The press conference after a forum paragraph of a meeting's report is the meeting's, and
        // so is the results conference (成果发布会) a forum piece reports: it tells the meeting's results.
        if press_here
            && scope.topic == Topic::Forum
            && (scope.year.is_some_and(|y| self.facts.meetings.get(&y).is_some_and(|m| !m.place.is_empty()))
                || t.contains("成果发布会"))
        {
            scope.topic = Topic::Meeting;
        }
        if press_here {
            // `…座谈会在无锡举行,并于27日举行成果发布会。上海市委书记…出席会议。`: a trailing clause
            // dates the press conference; the sentences after it are still the meeting's.
            // (`【#…座谈会#闭幕 成果来了】今天下午,座谈会成果发布会…`: a post's title held it, not a
            // clause before the press conference.)
            let trailing = MEETING_RE.find(&t[..press_at]).is_some_and(|m| {
                let between = &t[m.end()..press_at];
                HELD.is_match(between) && !between.contains(['】', '#'])
            });
            scope.press = !trailing;
            self.press_date(scope, s);
        } else if scope.topic == Topic::Meeting
            && (t.starts_with("会议")
                || t.starts_with("此次会议")
                // `出席本次会议的有:…` opening a paragraph after the press conference's.
                || s.opens_paragraph
                    && ["本次会议", "此次会议", "本次座谈会", "此次座谈会"].iter().any(|w| t.contains(w))
                    && !t.contains("发布会")
                // `论坛举行前,2109年度…座谈会已于…在鸠陵召开`: the meeting itself again.
                || MEETING_RE.find(t).is_some_and(|m| HELD.is_match(&t[m.end()..]) && !decided_before(t, m.start())))
        {
            scope.press = false;
        }
        // `第九届…论坛4日下午在马鞍山举行。本届论坛由…主办`: a meeting article's paragraph on the forum.
        if scope.topic == Topic::Meeting {
            let opens = FORUM_RE.find(t).is_some_and(|m| HELD.is_match(&t[m.end()..]) && !decided_before(t, m.start()))
                || forum::FORUM_AT.is_match(t)
                || s.opens_paragraph && held_before(t) == Some(Topic::Forum)
                // `论坛是昨天(6月16日)开的,叫第24届…论坛`: the forum, the paragraph's subject.
                || s.opens_paragraph && classify(t) == Topic::Forum && ["论坛", "高层论坛", "同期论坛", "本届论坛"].iter().any(|w| t.starts_with(w));
            let bare = (t.starts_with("论坛") || t.contains(",论坛在"))
                && self.facts.forums.contains_key(&scope.year.unwrap_or(0));
            // A transcript gives each sentence a line: one on the forum (`…在论坛上作了主旨发言`)
            // goes on with the forum paragraph before it.
            // So does the paragraph after it on the keynotes (`…分别作主旨演讲,题目分别是《A》和《B》`):
            // the meeting itself has no keynote.
            let keynotes = ["主旨演讲", "主题演讲", "主旨报告"].iter().any(|w| t.contains(w));
            // (`现场签约合作项目27个` on the next line of a video's captions.)
            let signing = ["签约", "签署"].iter().any(|w| t.contains(w));
            let goes_on = scope.forum_paragraph.is_some_and(|p| p + 1 == s.paragraph)
                && s.opens_paragraph
                && (t.contains("论坛") || keynotes || signing)
                && !t.contains("座谈会")
                && !t.starts_with("会议");
            if press_here && !opens {
                // The press conference after the forum, told in the forum's paragraph.
                scope.forum_paragraph = None;
            } else if opens
                || t.starts_with("本届论坛")
                || bare
                || goes_on
                || forum::SPOKE_AT_FORUM.is_match(t)
                // `同期举办的第10届…高层论坛上,生态学家宁远舟作主旨演讲`: the forum's keynotes.
                || keynotes && FORUM_RE.is_match(t) && !t.contains("座谈会")
            {
                scope.forum_paragraph = Some(s.paragraph);
            } else if scope.forum_paragraph != Some(s.paragraph) || t.starts_with("会议") {
                scope.forum_paragraph = None;
            }
            if scope.forum_paragraph.is_some() {
                if !other_meeting {
                    self.forum_body(scope, s);
                }
                return;
            }
        }
        // A press-conference report tells of the meeting in the results it reports: its sentences
        // about the 座谈会 (theme, documents) are the meeting's.
        if scope.topic == Topic::Press
            && let Some(year) = scope.year
        {
            if (t.contains("座谈会") || t.contains("为主题")) && !t.contains("发布会") {
                self.meeting_body(scope, s);
            } else if t.contains("签署") {
                // `发布会上,…签署了《…》等8项合作协议`: signed as the meeting's results.
                let ev = self.evidence(s);
                self.documents(year, t, &ev);
            }
        }
        // `下面,先请卓一鸣同志通报座谈会有关情况`: the chair of the results conference gives the floor
        // to its reporter, in the meeting's part of the transcript as well.
        if self.press_page
            && scope.topic == Topic::Meeting
            && !scope.press
            && let Some(year) = scope.year
            && let Some(c) = CALLS_REPORTER.captures(t)
            && let Some(name) = people::name_before(
                ["同志", "主任", "先生", "女士", "局长", "部长", "秘书长"]
                    .iter()
                    .find_map(|w| c[1].strip_suffix(w))
                    .unwrap_or(&c[1]),
                &self.known,
            )
        {
            let ev = self.evidence(s);
            self.note(format!("meeting {year}: results reported by {name}"), &ev);
            self.meeting(year).press.reporter.add(name, ev);
        }
        // The session's own sentences (会议要求, 市长…主持会议) are not the meeting's.
        if scope.topic == Topic::Other
            && self.session_recall == Some(s.paragraph)
            && !session_says(t)
            && !["我市", "本市", "市长", "市政府", "市委常委", "区长", "县长"].iter().any(|w| t.contains(w))
        {
            let recalled = Scope { topic: Topic::Meeting, ..scope.clone() };
            self.meeting_body(&recalled, s);
        }
        match scope.topic {
            Topic::Meeting if !scope.press => self.meeting_body(scope, s),
            Topic::Meeting | Topic::Press => {
                // `会上签署了《…协议》,发布了…清单`: the press conference releases the meeting's results.
                if scope.topic == Topic::Meeting
                    && let Some(year) = scope.year
                    && (["签署", "签订", "签约"].iter().any(|w| t.contains(w))
                        || t.replace("发布会", "").contains("发布"))
                {
                    let ev = self.evidence(s);
                    self.documents(year, t, &ev);
                }
                // `现场集中签约重大合作项目40个` in a results conference's report: the meeting's total.
                if scope.topic == Topic::Press
                    && let Some(year) = scope.year
                    && let Some((n, _)) = meeting::signed_total(t)
                {
                    let ev = self.evidence(s);
                    self.note(format!("meeting {year}: {n} agreements signed in all"), &ev);
                    if let Some(v) = meeting::signed_investment(t) {
                        self.note(format!("meeting {year}: signed projects worth {v}"), &ev);
                        self.meeting(year).invested.add(v, ev.clone());
                    }
                    self.meeting(year).signed_total.add(n, ev);
                }
                self.press_body(scope, s)
            }
            _ if of_other_year => {}
            Topic::Forum => self.forum_body(scope, s),
            Topic::List => self.list_body(scope, s),
            Topic::Other => {}
        }
    }

    /// A delta place at the start of `text`, as [`text::parse_place`] reads it or as a city this
    /// document named in full before (`桐溪召开` after `安徽省桐溪市`).
    pub(crate) fn parse_place(&self, text: &str) -> Option<(Place, usize)> {
        // `在我省皖川市开幕` on a provincial broadcaster's or paper's page: a city of its province.
        if let Some(rest) = ["我省", "本省"].iter().find_map(|w| text.strip_prefix(w))
            && let Some(home) = &self.home_province
        {
            let full = crate::engine::gazetteer::province_full(home);
            if let Some((place, used)) = text::parse_place(&format!("{full}{rest}"))
                && place.province == *home
                && used > full.len()
            {
                return Some((place, used - full.len() + (text.len() - rest.len())));
            }
        }
        text::parse_place(text)
            .or_else(|| self.cities.iter().find_map(|p| text::named_city(text, p).map(|n| (p.clone(), n))))
    }

    pub(crate) fn evidence(&self, s: &Sentence) -> Evidence {
        self.doc.sentence_evidence(s)
    }

    /// An attendee whose role is in a local form with no province (`省委书记信长星`): the paper's
    /// province, else the host province of the meeting.
    pub(crate) fn localized(&self, year: i32, mut a: Attendee) -> Attendee {
        if !a.province.is_empty() {
            return a;
        }
        let host = self.facts.meetings.get(&year).and_then(|m| m.place.get()).map(|p| p.province.clone());
        if let Some(p) = self.home_province.clone().or(host)
            && let Some(role) = people::localize_role(&a.role, &p)
        {
            a.role = role;
            a.province = p;
        }
        a
    }

    pub(crate) fn meeting(&mut self, year: i32) -> &mut Meeting {
        self.facts.meetings.entry(year).or_insert_with(|| Meeting::new(year))
    }

    pub(crate) fn forum(&mut self, year: i32) -> &mut Forum {
        self.facts.forums.entry(year).or_insert_with(|| Forum { year, ..Default::default() })
    }

    /// The month of a day named without one (`25日在南京召开`) in an article of `year` with no month in
    /// force: the publication date's month, or the month before when the day is later than it.
    pub(crate) fn month_of_day(&self, year: i32, day: u32) -> Option<u32> {
        let pub_date = self.pub_date.filter(|d| d.year == year)?;
        if day <= pub_date.day { Some(pub_date.month) } else { (pub_date.month > 1).then(|| pub_date.month - 1) }
    }

    /// Records one extracted fact in the report.
    pub(crate) fn note(&mut self, what: String, ev: &Evidence) {
        let quote: String = ev.quote.chars().take(40).collect();
        self.facts.report.lines.push(format!("{what}  ← [{}..{}] {quote}…", ev.start, ev.end));
        self.facts.report.facts += 1;
    }

    fn finish(mut self, original: &str) -> DocFacts {
        // Only a forum's edition or theme, or a meeting's theme or city and dates, can date it
        // later; an undated list stays unknown.
        if let Some(m) = self.facts.meetings.remove(&UNDATED)
            && (!m.theme.is_empty() || (!m.place.is_empty() && !m.dates.is_empty()))
        {
            self.facts.undated_meetings.push(m);
        }
        self.facts.lists.retain(|l| l.year != UNDATED);
        if let Some(f) = self.facts.forums.remove(&UNDATED)
            && (!f.edition.is_empty() || !f.theme.is_empty())
        {
            self.facts.undated_forums.push(f);
        }
        // `省委书记李锦斌` next to `安徽省委书记李锦斌`: the role without its province is the same
        // person's, written locally; keep the full one.
        let drop_local = |list: &mut Vec<Sourced<Attendee>>| {
            let full: Vec<String> =
                list.iter().filter(|a| !a.value.province.is_empty()).map(|a| a.value.name.clone()).collect();
            list.retain(|a| !a.value.province.is_empty() || !full.contains(&a.value.name));
        };
        for m in self.facts.meetings.values_mut() {
            drop_local(&mut m.attendees);
        }
        for f in self.facts.forums.values_mut() {
            drop_local(&mut f.attendees);
            drop_local(&mut f.speakers);
        }
        let r = &mut self.facts.report;
        // The normalised text too: a traditional-character article names the meeting as 座談會.
        let text = &self.doc.text;
        let in_genre = [original, text.as_str()].iter().any(|t| names_series(t));
        r.in_genre = in_genre;
        r.meeting_years = self.facts.meetings.keys().copied().collect();
        r.forum_years = self.facts.forums.keys().copied().collect();
        r.undated_forums = self.facts.undated_forums.len();
        if !self.facts.undated_forums.is_empty() {
            r.warnings.push("a forum with no year: dated by its edition or theme, if other documents allow".into());
        } else if in_genre && self.facts.meetings.is_empty() && self.facts.forums.is_empty() {
            r.warnings.push("an article of the genre that yielded no meeting and no forum".into());
        } else if in_genre && self.facts.meetings.values().all(|m| m.is_decided_only()) && self.facts.forums.is_empty()
        {
            r.warnings.push(
                "only a later meeting's host, a meeting recalled or an event beside one: no meeting reported in full"
                    .into(),
            );
        }
        if !self.facts.undated_meetings.is_empty() {
            r.warnings.push(
                "a meeting with no year: dated by its theme, or its city and dates, if other documents allow".into(),
            );
        }
        if self.doc_year.is_none() && in_genre {
            r.warnings.push("no year found: neither 年度, a dateline nor a publication date".into());
        }
        self.facts
    }
}

/// Whether a decision word (`会议确定`) stands before byte `at`: what follows it is about a later
/// meeting, not the one reported.
pub(crate) fn decided_before(t: &str, at: usize) -> bool {
    DECIDED.find(t).is_some_and(|d| d.start() < at)
}

/// Whether `t` opens on the meeting held, with its date and nothing before: `5月22日,长三角地区主要
/// 领导座谈会在安徽芜湖召开。`, never `…座谈会期间`, `…座谈会后` or a decision about the next one.
fn reports_meeting_held(t: &str) -> bool {
    let Some(m) = MEETING_RE.find(t) else { return false };
    let head = &t[..m.start()];
    let dated = dates(head).last().is_some_and(|d| head[d.end..].trim_start_matches([',', ' ']).chars().count() <= 8);
    let Some(held) = HELD.find(&t[m.end()..]) else { return false };
    let between = &t[m.end()..m.end() + held.start()];
    dated
        && !decided_before(t, m.start())
        && !head.contains("发布会")
        && !between.contains(['。', ',', ';'])
        && !["期间", "之后", "后", "结束"].iter().any(|w| between.contains(w))
        && !t[m.end() + held.end()..].starts_with(['后', '之', '时', '的', '以'])
}

/// `6月14日至15日,三省一市主要领导再次聚首`: a lede on the leaders gathering, the meeting unnamed.
fn leaders_gather(lede: &str) -> bool {
    lede.contains("主要领导") && ["聚首", "齐聚", "相聚", "汇聚"].iter().any(|v| lede.contains(v))
}

/// Whether `t` reports another gathering held, named by its own qualifier (`京津冀协同发展座谈会今日在
/// 河北石家庄举行`, `浙江省与四川省东西部协作联席会议在成都举行`): not the meeting, the forum or the press
/// conference, nor one referred to (`此次会议`, `明年的座谈会`).
fn other_event_held(t: &str) -> bool {
    let Some(held) = HELD.find(t) else { return false };
    if MEETING_RE.is_match(t) || FORUM_RE.is_match(t) || PRESS_RE.is_match(t) {
        return false;
    }
    // The gathering is the sentence's subject: nothing but a date or a flash's time before it
    // (`6月17日,公司第十二届合作伙伴大会在合肥…举行`).
    static LEADING_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:(?:今天|明天|昨天|今日|明日|昨日|后天)\(?)?(?:[0-9]{1,2}月)?[0-9]{1,2}日\)?(?:[上下]午|晚间?|晚上)?,",
        )
        .unwrap()
    });
    let clause = &t[..held.start()];
    let clause = LEADING_DAY.find(clause).map_or(clause, |m| &clause[m.end()..]);
    if clause.contains([',', ';']) || ["长三角", "三省一市", "沪苏浙皖"].iter().any(|w| clause.contains(w)) {
        return false;
    }
    let Some(at) =
        ["联席会议", "座谈会", "会议", "论坛", "大会", "峰会", "研讨会", "博览会"].iter().find_map(|w| clause.find(w))
    else {
        return false;
    };
    // Its name: the run of characters before it, after any date, time or 【快讯】 mark.
    let start = clause[..at].char_indices().rev().take_while(|(_, c)| text::is_han(*c)).last().map_or(at, |(i, _)| i);
    let name = &clause[start..at];
    if start > 24 {
        return false;
    }
    // The clause named none of 长三角, 三省一市, 沪苏浙皖 already.
    let ours = name.contains("一体化");
    let referred = ["此", "本", "这", "该", "今年", "明年", "去年", "下一", "下届", "上届", "首届"]
        .iter()
        .any(|w| name.starts_with(w))
        || name.ends_with('的');
    name.chars().count() >= 4 && !ours && !referred && !decided_before(t, held.start())
}

/// `孔德华主持成果发布会`: a paragraph on who chaired the press conference goes on with the
/// meeting whose results it presents.
fn chairs_press(t: &str) -> bool {
    CHAIRS_PRESS.is_match(t)
}

/// The meeting an article reports, which decides where the next one is held.
fn reported_meeting(scope: &Scope) -> Option<i32> {
    let reports = matches!(scope.topic, Topic::Meeting | Topic::Press);
    scope.year.filter(|&y| reports && y != UNDATED)
}

/// `传达学习2328年度长三角地区主要领导座谈会精神`: a body's session that studies the meeting, which
/// it does not report: its headline dates no report of the meeting, its officials never attend it.
fn studies_meeting(t: &str) -> bool {
    MEETING_RE.find_iter(t).any(|m| {
        t[m.end()..].starts_with("精神")
            || ["传达", "学习", "贯彻", "落实"]
                .iter()
                .any(|w| t[..m.start()].rsplit(',').next().unwrap_or("").contains(w))
    })
}

/// `请卓一鸣同志通报座谈会有关情况`, `首先请顾予安主任通报情况`: the chair calls the one who reports the
/// meeting's results. (`请X介绍本次发布的有关成果` introduces the releases.)
static CALLS_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"请(?:来)?([^,。;请]{2,24}?),?(?:(?:通报|介绍)[^,。;]*?(?:座谈会|会议)[^,。;]*?(?:成果|情况)|通报(?:有关|相关)?(?:情况|成果))").unwrap()
});

/// `主持人:上海市委副书记、市长 蓝思远`, `发布人:陆秉文 江苏省发展改革委主任`: a transcript's field
/// naming a person, as (label, name).
fn field_person(t: &str) -> Option<(&str, String)> {
    let (label, value) = t.trim().split_once(':')?;
    // `主持人(上海市人民政府新闻办公室主任 韩小舟):`: the person in brackets after the label.
    let (label, value) = match label.split_once('(') {
        Some((l, inner)) if value.trim().is_empty() => (l.trim(), inner.trim_end_matches(')')),
        _ => (label, value),
    };
    if !["主持人", "主持", "发布人", "发言人"].contains(&label) {
        return None;
    }
    let name = value.split([' ', '、', ',']).map(|w| w.trim()).find(|w| {
        text::is_name(w)
            && !["书记", "长", "主任", "主席", "委员", "员", "授", "士", "理", "人"].iter().any(|r| w.ends_with(r))
    })?;
    Some((label, name.to_string()))
}

/// `◆ 2272年·上海`, `2019年`: the heading of one year's entry, a year and at most a place.
static YEAR_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^\p{Han}0-9]*([0-9]{4})年度?(?:[·・:|,\s—\-]*\p{Han}{1,8})?$").unwrap());

/// `会议指出,6月4日至5日在上海举行的…座谈会,以“…”为主题…`: a study session's finding that recalls
/// the meeting; the session (with its own city, day and officials) is still what is reported.
fn session_says(t: &str) -> bool {
    ["会议指出", "会议认为", "会议强调", "会议要求", "会议提出", "会上指出"].iter().any(|w| t.starts_with(w))
}

/// `5月24日 08:56 来自 iPhone客户端`, `7-14 12:40 来自 微博视频号`: a social post's stamp.
static POST_STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,2})(?:月|-)([0-9]{1,2})日?\s*[0-9]{1,2}:[0-9]{2}(?:\s*来自.*)?$").unwrap());

/// `目录`, `编辑`, `1 会议概况`, `3.2 会议成果`: the section headings of an encyclopedia entry.
fn section_heading(t: &str) -> bool {
    let t = t.trim();
    if ["目录", "编辑", "参考资料", "基本信息"].contains(&t) {
        return true;
    }
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    rest.len() < t.len() && {
        // `01|主题:…`, `02｜…`: a post's numbered section, its bar after the number.
        let title = rest.trim_start().trim_start_matches(['|', '｜', '、']).trim_start();
        let n = title.chars().count();
        // `01 主题:勇立潮头再出发`, `03 成果:15项实事、40个项目`: a label and its gist.
        let labelled = title.split_once(':').is_some_and(|(label, gist)| {
            (1..=4).contains(&label.chars().count())
                && label.chars().all(han)
                && gist.chars().count() <= 16
                && !gist.contains(['。', ',', ';'])
        });
        (2..=10).contains(&n) && title.chars().all(han) || labelled
    }
}

/// `出席2209年度座谈会的三省一市主要领导`, `座谈会出席名单`: a heading over a roll of the meeting's
/// attendees (`Some(None)` when it names no year).
fn roll_heading(t: &str) -> Option<Option<i32>> {
    static ROLL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"出席(?:([0-9]{4})年度?的?)?(?:长三角地区主要领导)?座谈会的[^,。]{0,10}(?:领导|人员|名单)$|座谈会出席(?:人员|名单)$|^出席(?:本次)?(?:会议|座谈会)(?:的(?:领导|人员))?(?:有|名单)?$").unwrap()
    });
    // `👥 出席会议:`: an app's heading, its icon before the words.
    let t = t.trim().trim_end_matches([':', '：']).trim_start_matches(|c: char| !text::is_han(c));
    let c = ROLL.captures(t)?;
    (!t.contains("发布会") && !t.contains("论坛")).then(|| c.get(1).and_then(|y| y.as_str().parse().ok()))
}

/// `为期两天的座谈会已于28日下午在扬州闭幕`: the meeting, named bare, told as held (not ahead, as
/// `座谈会将于本月下旬在我省举行` is).
fn bare_meeting_held(lede: &str) -> bool {
    lede.find("座谈会").is_some_and(|at| {
        let rest = &lede[at..];
        HELD.find(rest).is_some_and(|m| {
            let between = &rest[..m.start()];
            !["将", "拟", "定于", "计划", "预计", "即将"].iter().any(|w| between.contains(w) || lede[..at].contains(w))
                && !between.contains([',', ';'])
        })
    })
}

/// A paragraph opening that can only go on about a meeting already reported (`会上…`).
fn refers_back(t: &str) -> bool {
    const BACK: [&str; 8] =
        ["会上", "会议期间", "座谈会上", "座谈会期间", "在座谈会上", "会议还", "会议审议", "会议同意"];
    // `本次座谈会以“…”为主题。`, `此次会议由…主持`: the meeting named as the one just reported.
    const THIS: [&str; 5] = ["本次", "此次", "这次", "本届", "今年的"];
    BACK.iter().any(|w| t.starts_with(w))
        || THIS.iter().any(|w| t.strip_prefix(w).is_some_and(|r| r.starts_with("座谈会") || r.starts_with("会议")))
}

/// The topic of an article from its lede: the event that is held (举行) in it.
fn classify(lede: &str) -> Topic {
    // `论坛举行前,…座谈会已于…召开`: a held verb that only times another clause is not the lede's.
    let held_at = HELD
        .find_iter(lede)
        .find(|m| !["前", "后", "之前", "之后", "期间", "时"].iter().any(|w| lede[m.end()..].starts_with(w)))
        .map(|m| m.start());
    // `7日,在江苏南京举行的第七届…论坛上,…揭牌成立`: the event named right after `举行的` is held.
    let held_event_at = held_at.and_then(|h| {
        let verb = HELD.find(&lede[h..])?;
        let at = h + verb.end();
        lede[at..].starts_with('的').then_some(at + '的'.len_utf8())
    });
    let before_held = |re: &Regex| -> Option<usize> {
        re.find_iter(lede)
            .filter(|m| {
                held_at.is_some_and(|h| m.start() < h)
                    || held_event_at.is_some_and(|a| m.start() >= a && m.start() <= a + 24)
            })
            .map(|m| m.start())
            .last()
    };
    // `…在上海市闵行区举行年度会议,即长三角地区主要领导座谈会`: the meeting named in apposition.
    if meeting::PLACE_APPOSED.is_match(lede) {
        return Topic::Meeting;
    }
    // (`【成果发布会】…通报:会议审议通过了《A》;…发布…清单`: the results, not the list alone.)
    if lede.contains("发布") && lede.contains("清单") && !lede.contains("发布会") && !lede.contains("审议") {
        return Topic::List;
    }
    let candidates = [
        (before_held(&MEETING_RE), Topic::Meeting),
        (before_held(&FORUM_RE), Topic::Forum),
        (before_held(&PRESS_RE), Topic::Press),
    ];
    if candidates[0].0.is_some_and(|at| decided_before(lede, at))
        && candidates[1].0.is_none()
        && candidates[2].0.is_none()
    {
        return Topic::Other;
    }
    let topic = candidates
        .iter()
        .filter_map(|(pos, t)| pos.map(|p| (p, *t)))
        .max_by_key(|(p, _)| *p)
        .map_or(Topic::Other, |x| x.1);
    // `6月6日上午,在第五届…论坛上,三省一市集中签约…`: the event the lede's acts take place at.
    if topic == Topic::Other {
        let at = |re: &Regex| {
            re.find_iter(lede).any(|m| {
                lede[m.end()..].trim_start_matches(['”', '」', '』']).starts_with('上')
                    && lede[..m.start()].rsplit([',', '。', ';']).next().is_some_and(|c| c.contains('在'))
            })
        };
        if at(&FORUM_RE) {
            return Topic::Forum;
        }
        if at(&MEETING_RE) {
            return Topic::Meeting;
        }
    }
    // `高层论坛:23号上午办了第二十一届…论坛,主题是…`: the event named right after a verb that
    // held it.
    if topic == Topic::Other
        && let Some(t) = held_before(lede)
    {
        return t;
    }
    // `论坛是昨天(6月16日)开的,叫第24届…高层论坛`: the forum, the paragraph's subject by its bare
    // name, held, then named in full.
    if topic == Topic::Other
        && ["论坛", "高层论坛", "本届论坛", "同期论坛"].iter().any(|w| lede.starts_with(w))
        && FORUM_RE.is_match(lede)
        && (HELD.is_match(lede) || BARE_HELD.is_match(lede))
    {
        return Topic::Forum;
    }
    // `三省一市主要领导再次聚首,出席2031年度…座谈会`: a lede that attends the meeting opens it.
    if topic == Topic::Other
        && let Some(m) = YEAR_MEETING.find(lede)
        && ["出席", "参加", "聚首", "齐聚", "相聚"].iter().any(|v| lede[..m.start()].contains(v))
    {
        return Topic::Meeting;
    }
    topic
}

/// The event a verb that held it names right after (`23号上午办了第二十一届…论坛`).
fn held_before(t: &str) -> Option<Topic> {
    for verb in ["办了", "开了", "举办了", "举行了", "召开了"] {
        for (at, _) in t.match_indices(verb) {
            let after = &t[at + verb.len()..];
            let near = |re: &Regex| re.find(after).is_some_and(|m| after[..m.start()].chars().count() <= 8);
            if near(&FORUM_RE) {
                return Some(Topic::Forum);
            }
            if near(&MEETING_RE) {
                return Some(Topic::Meeting);
            }
        }
    }
    None
}

/// Whether `t` names the meeting or the forum: not when its only leaders' meeting is another
/// region's (`长江中游三省主要领导座谈会`, which the raw text still spells so).
fn names_series(t: &str) -> bool {
    FORUM_RE.is_match(t)
        || MEETING_RE.find_iter(t).any(|m| {
            let chars: Vec<char> = t[..m.start()].chars().collect();
            let before = crate::engine::series::clause_before(&chars, chars.len());
            let place_end =
                |k: usize| crate::engine::gazetteer::ends_with_delta_place(&before[..k].iter().collect::<String>());
            !t[m.start()..].starts_with("主要领导")
                || !crate::engine::series::names_other_event(before, "主要领导座谈会", &place_end)
        })
}

/// The sentences of paragraph `pi`: a slice found by binary search, since normalisation emits
/// sentences in paragraph order. (Filtering all sentences for each paragraph made extraction
/// quadratic in the length of a document: 160k short lines took 12.7 s.)
fn paragraph_sentences(sentences: &[Sentence], pi: usize) -> &[Sentence] {
    let start = sentences.partition_point(|s| s.paragraph < pi);
    let end = start + sentences[start..].partition_point(|s| s.paragraph == pi);
    &sentences[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ledes() {
        assert_eq!(classify("本报讯 8月16日,2022年度长三角地区主要领导座谈会在上海举行。"), Topic::Meeting);
        assert_eq!(classify("本报讯 6月6日上午,长三角一体化发展高层论坛在安徽省合肥市举行。"), Topic::Forum);
        assert_eq!(classify("本报讯 6月6日上午,长三角一体化发展成果发布会在合肥举行。"), Topic::Press);
        assert_eq!(
            classify("高层论坛:23号上午办了第21届长三角一体化发展高层论坛,主题是“文脉相连 产业相融”。"),
            Topic::Forum
        );
        assert_eq!(classify("中共中央政治局委员张国清近日在上海调研制造业发展。"), Topic::Other);
        assert_eq!(
            classify("6月20日至21日,三省一市主要领导再次聚首,出席2031年度长三角地区主要领导座谈会。"),
            Topic::Meeting
        );
        assert_eq!(classify("第八届长三角一体化发展高层论坛21日在上海举行,会上发布2026年度清单。"), Topic::List);
    }

    fn facts(text: &str) -> DocFacts {
        extract(&SourceDocument { id: "t".into(), text: text.into() })
    }

    fn place(m: &Meeting) -> String {
        m.place.get().map(Place::full_name).unwrap_or_default()
    }

    fn dates_of(m: &Meeting) -> String {
        m.dates.get().map(DateSpan::chinese).unwrap_or_default()
    }

    #[test]
    fn a_feature_lede_on_the_leaders_gathering_opens_the_meeting() {
        let f = facts(
            "安徽日报 2044年6月17日 星期五\n\n——2044年度长三角地区主要领导座谈会综述\n\n\
             初夏的皖江之滨,潮平岸阔。6月14日至15日,长三角三省一市主要领导再次聚首,这一次,东道主是安徽,会场设在安庆。\n\n\
             上海市委书记韩立衡,上海市委副书记、市长邵明哲一同出席会议。\n",
        );
        let m = &f.meetings[&2044];
        assert_eq!(place(m), "安徽省安庆市");
        assert_eq!(dates_of(m), "6月14日至15日");
        assert_eq!(m.attendees.len(), 2);
    }

    #[test]
    fn a_taiwan_page_names_the_meeting_in_quotes_and_lists_attendance_after_its_verb() {
        let f = facts(
            "2048/05/20 08:15 联合报/记者林冠宇/综合报导\n\n\
             长江三角洲地区年度重头戏「长三角地区主要领导座谈会」,5月18日至19日在江苏省连云港市登场。\
             据陆媒报导,会议并拍板,2049年度座谈会将在安徽省召开。\n\n\
             出席名单包括:中共江苏省委书记秦昊然、江苏省长葛立新;中共上海市委书记闵志远、上海市长戴心怡。\
             另外,大陆国家发改委、国家数据局也派员与会。\n",
        );
        let m = &f.meetings[&2048];
        assert_eq!(place(m), "江苏省连云港市");
        assert_eq!(dates_of(m), "5月18日至19日");
        let roles: Vec<&str> = m.attendees.iter().map(|a| a.value.role.as_str()).collect();
        assert_eq!(roles, vec!["江苏省委书记", "江苏省长", "上海市委书记", "上海市长"]);
        let invited: Vec<&str> = m.invited.iter().map(|b| b.value.as_str()).collect();
        assert_eq!(invited, vec!["国家发改委", "国家数据局"]);
        assert_eq!(f.meetings[&2049].decided_by.get(), Some(&2048));
    }

    #[test]
    fn a_hong_kong_report_closes_the_meeting_yesterday_and_goes_on_after_a_crosshead() {
        let f = facts(
            "2047年6月14日(星期五)\n\n\
             香港文汇报讯 一连两日的2047年度长三角地区主要领导座谈会,昨日(13日)在浙江台州闭幕。\n\n\
             审议两份方案 签15项协议\n\n\
             会上审议并原则通过了《长三角低空经济协同发展行动方案》和《长三角海洋经济高质量发展合作框架》两份文件。\n",
        );
        let m = &f.meetings[&2047];
        assert_eq!(place(m), "浙江省台州市");
        assert_eq!(dates_of(m), "6月12日至13日");
        assert_eq!(m.documents.len(), 2);
    }

    #[test]
    fn a_yearbook_files_the_decision_under_the_entry_it_stands_in() {
        let f = facts(
            "大事记\n\n2041年\n5月18日 2041年度长三角地区主要领导座谈会在江苏省南通市召开。\n\n\
             2043年\n5月27日 2043年度长三角地区主要领导座谈会在安徽省安庆市举行。会议确定,2044年度长三角地区\
             主要领导座谈会在上海市召开。\n",
        );
        assert_eq!(f.meetings[&2043].next.get().map(|n| n.year), Some(2044));
        assert!(f.meetings[&2041].next.get().is_none());
    }

    #[test]
    fn a_broadcast_reports_the_meeting_after_its_lead_in() {
        let f = facts(
            "新闻联播 文字稿\n\n【主持人口播】\n观众朋友们,晚上好。\n首先关注一条重要新闻。5月18日,2041年度长三角地区\
             主要领导座谈会在我省南通市召开。\n\n【记者现场】\n出席会议的有:上海市委书记甲乙,江苏省委书记丙丁。\n\
             江苏省委书记丙丁主持会议。\n\n【解说】\n座谈会后召开了成果发布会。江苏省长戊己主持发布会。\n",
        );
        let m = &f.meetings[&2041];
        assert_eq!(m.attendees.len(), 2);
        assert_eq!(m.presider.get().map(String::as_str), Some("丙丁"));
        assert_eq!(m.press.presider.get().map(String::as_str), Some("戊己"));
    }

    #[test]
    fn a_paragraph_on_who_chaired_the_press_conference_goes_on_with_the_meeting() {
        let f = facts(
            "一、会议概况\n\n6月8日,2042年度长三角地区主要领导座谈会在浙江省丽水市召开。\n\n三、主要成果\n\n\
             浙江省长甲乙主持成果发布会,江苏省委书记丙丁代表与会各方通报了座谈会主要成果。会上:\n\
             • 签署《长三角甲合作协议》\n• 发布《长三角乙报告》\n",
        );
        let m = &f.meetings[&2042];
        assert_eq!(m.press.presider.get().map(String::as_str), Some("甲乙"));
        assert_eq!(m.press.reporter.get().map(String::as_str), Some("丙丁"));
        let docs: Vec<(&str, DocAction)> =
            m.documents.iter().map(|d| (d.value.title.as_str(), d.value.action)).collect();
        assert!(docs.contains(&("长三角甲合作协议", DocAction::Signed)));
        assert!(docs.contains(&("长三角乙报告", DocAction::Released)));
    }

    #[test]
    fn a_transcripts_line_on_the_forum_stays_with_the_forum() {
        let f = facts(
            "本报讯 5月18日,2041年度长三角地区主要领导座谈会在南通召开。\n\
             另外,5月19日,第三十三届长三角一体化发展高层论坛也在南通举行。\n本届论坛的主题是“江海联动”。\n\
             浙江省委书记甲乙在论坛上作了主旨发言。\n",
        );
        assert!(f.meetings[&2041].attendees.iter().all(|a| a.value.name != "甲乙"));
        assert!(f.meetings[&2041].speakers.iter().all(|a| a.value.name != "甲乙"));
    }

    #[test]
    fn the_press_conference_signs_and_releases_the_meetings_results() {
        let f = facts(
            "本报讯 6月8日至9日,2043年度长三角地区主要领导座谈会在上海举行。\n\n\
             会议期间举行了成果发布会。邵明哲主持发布会。会上签署了《长三角港航一体化发展合作协议》,\
             发布了2043年度长三角一体化发展实事项目清单。\n",
        );
        let docs: Vec<(&str, DocAction)> =
            f.meetings[&2043].documents.iter().map(|d| (d.value.title.as_str(), d.value.action)).collect();
        assert!(docs.contains(&("长三角港航一体化发展合作协议", DocAction::Signed)));
        assert!(docs.contains(&("2043年度长三角一体化发展实事项目清单", DocAction::Released)));
        assert!(f.forums.get(&2043).is_none_or(|fo| fo.releases.is_empty()));
    }

    #[test]
    fn the_forum_presider_named_after_the_forum() {
        let f = facts(
            "本报舟山5月27日电 2045年5月27日上午,第二十七届长三角一体化发展高层论坛在舟山举行。\n\n\
             浙江省委副书记、省长俞思齐出席论坛。论坛由俞思齐主持。\n",
        );
        let presiders: Vec<&str> = f.forums[&2045].presiders.iter().map(|a| a.value.role.as_str()).collect();
        assert_eq!(presiders, vec!["浙江省委副书记、省长"]);
    }

    #[test]
    fn who_spoke_and_reported_at_the_meeting_itself() {
        let f = facts(
            "本报讯 6月26日至27日,2049年度长三角地区主要领导座谈会在安庆召开。\
             江苏省委书记秦昊然,上海市委书记闵志远,安徽省委副书记、省长聂文轩出席会议。\n\n\
             秦昊然、闵志远先后发言。聂文轩通报了长三角地区合作与发展有关情况。\n",
        );
        let m = &f.meetings[&2049];
        let speakers: Vec<&str> = m.speakers.iter().map(|a| a.value.role.as_str()).collect();
        assert_eq!(speakers, vec!["江苏省委书记", "上海市委书记"]);
        assert_eq!(m.reporter.get().map(String::as_str), Some("聂文轩"));
        assert!(m.press.speakers.is_empty());
    }

    #[test]
    fn a_forum_brief_with_no_year_is_set_apart_for_its_edition_to_date() {
        let f = facts("新华社合肥6月27日电 第三十一届长三角一体化发展高层论坛27日在安徽省安庆市举行。\n");
        assert!(f.forums.is_empty());
        assert_eq!(f.undated_forums.len(), 1);
        assert_eq!(f.undated_forums[0].edition.get(), Some(&31));
    }

    #[test]
    fn a_look_back_at_another_years_press_conference_is_not_this_years() {
        let f = facts(
            "本报讯 6月14日,2044年度长三角地区主要领导座谈会在安庆举行。\n\n\
             2041年,会议移师浙江绍兴,时任浙江省委书记方晓东在成果发布会上通报了成果;\
             2042年在江苏泰州,三省一市审议了《长三角医疗卫生协同发展行动方案》。今年的座谈会以“江海联动”为主题。\n",
        );
        let m = &f.meetings[&2044];
        assert!(m.documents.is_empty());
        assert_eq!(m.theme.get().map(String::as_str), Some("江海联动"));
    }

    #[test]
    fn an_update_under_a_preview_reports_the_meeting_and_a_briefing_is_no_results_conference() {
        let f = facts(
            "发布时间:2301-05-20 10:00\n\n长三角地区主要领导座谈会新闻发布会\n\n\
             主持人:欢迎出席省政府新闻办今天举行的新闻发布会。会议定于5月27日至28日在扬州市举行。\n\n\
             【更新·5月28日20时15分】\n\n\
             本网从会议获悉:为期两天的座谈会已于28日下午在扬州闭幕。江苏省委书记祁万川主持了会议的成果发布会。\n\
             出席本次会议的有:上海市委书记贺知远,江苏省委书记祁万川。\n\
             第十一届长三角一体化发展高层论坛已于当天上午举行。柏一鸣以“甲路径”为题、华晓岚以“乙协同”为题作了主旨演讲。\n",
        );
        let m = &f.meetings[&2301];
        assert_eq!(place(m), "江苏省扬州市");
        assert_eq!(dates_of(m), "5月27日至28日");
        let names: Vec<&str> = m.attendees.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["贺知远", "祁万川"]);
        assert!(m.press.date.is_empty(), "the information office's briefing dated the results conference");
        let talks: Vec<(&str, &str)> =
            f.forums[&2301].keynotes.iter().map(|k| (k.value.name.as_str(), k.value.topic.as_str())).collect();
        assert_eq!(talks, [("柏一鸣", "甲路径"), ("华晓岚", "乙协同")]);
    }

    #[test]
    fn last_years_meeting_recalled_as_held_is_that_years() {
        let f = facts(
            "发布时间:2307-06-25 08:14\n\n\
             6月23日至24日,2307年度长三角地区主要领导座谈会在湖州市举行。会议以“生态共治”为主题,审议通过《甲方案》。\n\
             回顾去年,5月19日至20日,上一年度座谈会在上海市嘉定区召开,以“民生共享”为主题,\
             审议并原则通过了《乙清单》,同时确定本年度会议由浙江承办。\n",
        );
        let this = &f.meetings[&2307];
        assert_eq!(this.theme.get().map(String::as_str), Some("生态共治"));
        assert!(this.documents.iter().all(|d| d.value.title != "乙清单"));
        let last = &f.meetings[&2306];
        assert_eq!(place(last), "上海市");
        assert_eq!(dates_of(last), "5月19日至20日");
        assert_eq!(last.theme.get().map(String::as_str), Some("民生共享"));
        assert!(last.documents.iter().any(|d| d.value.title == "乙清单"));
    }

    #[test]
    fn a_day_held_by_another_events_verb_does_not_date_the_meeting() {
        let f = facts(
            "快讯:▶ 度假区“夏日音乐季”6月28日开幕 ▶ 县医院试运行\n长三角地区主要领导座谈会在湖州举行\n\
             来源:湖州日报 发布时间:2307-06-25 08:14\n\n\
             6月23日至24日,2307年度长三角地区主要领导座谈会在湖州市举行。\n",
        );
        let m = &f.meetings[&2307];
        assert_eq!(m.dates.values.iter().map(|d| d.value.chinese()).collect::<Vec<_>>(), ["6月23日至24日"]);
    }

    #[test]
    fn a_roll_under_its_heading_is_the_meetings_attendance() {
        let f = facts(
            "8月6日至7日,2309年度长三角地区主要领导座谈会在江苏省宁澜市举行。\n\n\
             【链接】出席2309年度座谈会的三省一市主要领导\n\
             上海市委书记林肇庭,上海市委副书记、市长章沐秋;\n\
             江苏省委书记陶允章,江苏省委副书记、省长卢慕白。\n\
             国家发展改革委有关负责同志应邀出席。\n",
        );
        let names: Vec<&str> = f.meetings[&2309].attendees.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["林肇庭", "章沐秋", "陶允章", "卢慕白"]);
    }

    #[test]
    fn a_gallerys_captions_and_a_posts_hashtag_title() {
        let f = facts(
            "2302-06-09 21:47:03 来源:东方网\n\n\
             6月8日至9日,第十八次长三角地区主要领导座谈会在上海市青浦区举行。\n\
             ▲ 11/12\n\
             图为6月9日中午举行的成果发布会,贺知远主持发布会,浙江省委书记欧阳澍代表与会各方通报座谈会主要成果。 何一舟 摄\n",
        );
        let m = &f.meetings[&2302];
        assert_eq!(m.press.presider.get().map(String::as_str), Some("贺知远"));
        let f = facts(
            "发布时间:2303-07-15 10:00\n\n\
             【#长三角主要领导座谈会#今天在绍兴开幕】7月14日至15日,2303年度长三角地区主要领导座谈会在浙江省绍兴市举行。\n\n\
             7-15 17:48 来自 微博\n\n\
             【#长三角主要领导座谈会#闭幕 成果来了】今天下午,座谈会成果发布会在绍兴举行,\
             浙江省委书记欧阳澍主持,安徽省委书记严涵生代表与会各方通报主要成果。\n",
        );
        let m = &f.meetings[&2303];
        assert_eq!(dates_of(m), "7月14日至15日");
        assert_eq!(m.press.presider.get().map(String::as_str), Some("欧阳澍"));
    }

    #[test]
    fn a_forum_at_a_venue_beside_the_meeting_and_last_years_decision() {
        let f = facts(
            "发布时间:2307-06-25 08:14\n\n\
             6月23日至24日,2307年度长三角地区主要领导座谈会在湖州市举行。\n\
             24日上午,第十七届长三角一体化发展高层论坛在南太湖国际会议中心举行。\n\
             回顾去年,上一年度座谈会在上海市嘉定区召开,同时确定本年度会议由浙江承办。\n",
        );
        assert_eq!(f.forums[&2307].place.get().map(Place::full_name).as_deref(), Some("浙江省湖州市"));
        assert_eq!(f.meetings[&2306].next.get().map(|n| (n.year, n.province.as_str())), Some((2307, "浙江")));
    }

    #[test]
    fn an_encyclopedia_entry_and_a_companys_own_events() {
        let f = facts(
            "2331年度长三角地区主要领导座谈会\n编辑 | 讨论\n\n\
             2331年度长三角地区主要领导座谈会,是三省一市党政主要领导年度会商机制的第58次会议,\
             于2331年5月27日至28日在浙江省湖州市召开。\n\n\
             │ 时  间    2331年5月27日—28日 │\n│ 地  点    浙江省湖州市 │\n\n目录\n1 会议概况\n2 会议成果\n\n\
             1 会议概况\n编辑\n\
             上海市委书记贺承岳,上海市委副书记、市长闵立书出席会议。\n",
        );
        let m = &f.meetings[&2331];
        assert_eq!(place(m), "浙江省湖州市");
        assert_eq!(dates_of(m), "5月27日至28日");
        let names: Vec<&str> = m.attendees.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["贺承岳", "闵立书"]);
        let f = facts(
            "发布时间:2336-06-20\n\n6月18日至19日,2336年度长三角地区主要领导座谈会在安徽省安庆市举行。\n\
             当天下午,座谈会成果发布会举行,安徽省长岑立夫主持。\n\n\
             6月17日,公司第十二届合作伙伴大会在合肥举行。大会由公司总裁闫书航主持。\n\n\
             公司在安庆生产基地举行新品发布会,由公司副总裁苏弈主持。\n",
        );
        let chairs: Vec<&str> = f.meetings[&2336].press.presider.values.iter().map(|s| s.value.as_str()).collect();
        assert_eq!(chairs, ["岑立夫"]);
    }

    #[test]
    fn a_news_apps_card_with_fields_and_a_weekday_stamp() {
        let f = facts(
            "━━ 🌤 台州天气 ━━\n5月22日 周五 多云\n🗓 5月22日 周五 21:03\n\
             📰【权威发布】2335年度长三角地区主要领导座谈会在台州举行\n\
             5月22日至23日,2335年度长三角地区主要领导座谈会在浙江省台州市举行。\n\
             👥 出席会议:\n\
             上海市委书记闵立书,上海市委副书记、市长祁望川;\n\
             安徽省委书记薛鸣皋,安徽省委副书记、省长岑立夫。\n\
             🎯 主题:“山海协作再出发、共富画卷同描绘”\n",
        );
        let m = &f.meetings[&2335];
        assert_eq!(m.dates.values.iter().map(|d| d.value.chinese()).collect::<Vec<_>>(), ["5月22日至23日"]);
        assert_eq!(m.attendees.len(), 4);
        assert_eq!(m.theme.get().map(String::as_str), Some("山海协作再出发、共富画卷同描绘"));
    }

    #[test]
    fn a_papers_footnote_marks_are_no_digits() {
        let f = facts(
            "2333年6月6日至7日,第60次长三角地区主要领导座谈会在上海市青浦区举行①。\
             上海市委书记贺承岳,上海市委副书记、市长闵立书出席②。\n",
        );
        let m = &f.meetings[&2333];
        let names: Vec<&str> = m.attendees.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["贺承岳", "闵立书"]);
        assert!(m.series.values.iter().all(|s| s.value.nth == 60));
    }

    #[test]
    fn a_search_results_snippets_and_an_encyclopedias_place_in_the_series() {
        let f = facts(
            "2332年度长三角地区主要领导座谈会在芜湖举行_安徽日报\n\
             6月14日至15日,2332年度长三角地区主要领导座谈会在安徽省芜湖市举行。上海市委书记贺承岳,\
             上海市委副书记、市长闵立书出席会议 …\n\
             ahrb.com.cn/2332-06/16/content_88…  2332-06-16  快照\n",
        );
        let names: Vec<&str> = f.meetings[&2332].attendees.iter().map(|a| a.value.name.as_str()).collect();
        assert_eq!(names, ["贺承岳", "闵立书"]);
        let f = facts(
            "2331年度长三角地区主要领导座谈会,是三省一市党政主要领导年度会商机制的第58次会议,\
             于2331年5月27日至28日在浙江省湖州市召开。\n",
        );
        assert_eq!(f.meetings[&2331].series.values.iter().map(|s| s.value.nth).collect::<Vec<_>>(), [58]);
    }
}
