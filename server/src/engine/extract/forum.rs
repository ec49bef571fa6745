//! Rules for the 长三角一体化发展高层论坛: edition, date, place, theme, speakers and attendees,
//! keynotes, hosts and co-organisers, and what was released there.

use std::sync::LazyLock;

use regex::Regex;

use super::people::role_names;
use super::text::{dates, parse_number, relative_day, split_list, unquantified};
use super::{Extractor, FORUM, Scope};
use crate::engine::model::*;
use crate::engine::normalize::Sentence;

static FORUM_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{FORUM}[^,。;]*?在([^,。;]+?)(?:隆重)?(?:举行|召开|举办|开幕|启幕|揭幕|开的|开了)")).unwrap()
});
static EDITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?:第([一二三四五六七八九十百零〇[0-9]]+)|首)届{FORUM}")).unwrap());
/// `在6月2日举行的…高层论坛上`: the forum after the clause that holds it.
pub(super) static FORUM_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"在([^,。;在]{{1,24}}?)(?:举行|召开|举办)的(?:[^,。;]{{0,12}}?){FORUM}(?:上|中|期间)"))
        .unwrap()
});
/// `论坛在湖州举行`, `本届论坛于…在…举行`, after the forum was named in full.
static BARE_FORUM_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^,。;]*?,)?(?:本届|此次|本次)?论坛(?:[^,。;在]*?)在([^,。;]+?)(?:隆重)?(?:举行|召开|举办|开幕|启幕|揭幕|开的|开了)")
        .unwrap()
});
/// The hall a forum is held in (`在青浦淀山湖会议中心开幕`), or the county-level city
/// (`在金华市下辖的义乌市举行`).
static VENUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^,。;在]{0,8}?下辖的(\p{Han}{2,3}[市县])|([^,。;在]{2,24}?(?:中心|宾馆|酒店|饭店|大厦|剧院|会堂|礼堂|展览馆|博览园)))(?:隆重)?(?:举行|召开|举办|开幕|启幕)")
        .unwrap()
});
/// A year named before the place: `首届…论坛于2019年在芜湖举行`, background in a later article.
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"([0-9]{4})年(?:[0-9]{1,2}月)?").unwrap());
static ATTENDED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.+?)(?:应邀)?(?:出席|参加)(?:论坛|会议|活动)?(?:并讲话|并致辞)?。?$").unwrap());
static KEYNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^。;]+?)(?:分别|先后|依次)?(?:(?:围绕|就)([^。;]+?))?(?:作|发表)(?:了)?(?:题为((?:《[^》]+》)+)的)?(?:(?:主旨|主题)(?:演讲|报告|发言)|演讲)")
        .unwrap()
});
/// `高层论坛上,江苏省委书记信长星分享了…`: a leader who speaks at the forum, its sentence opening on it.
pub(super) static SPOKE_AT_FORUM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:在)?(?:本届|此次|本次|这次|今年的)?(?:高层)?论坛上,?([^,。;]{4,30}?)(?:分享|介绍|表示|指出|强调|提出|谈到)")
        .unwrap()
});
/// `论坛由俞思齐主持`, `…论坛在合肥举行,由江苏省委副书记X主持`: the presider named after the forum.
/// One item of a keynote list (`论坛共安排三场主旨演讲:——院士X,以“A”为题,…;——Y,分享了“B”`):
/// the speaker, then the topic however it is introduced.
/// Adverbs before a speech verb (`先后作主旨演讲`), never part of a topic.
const ADVERBS: [&str; 4] = ["先后", "分别", "依次", "相继"];
static KEYNOTE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    // `院长费南星:《…》`: a list of a page that gives each speaker's title after a colon;
    // `学部委员何以宁,讲大运河文化遗产的当代价值`: a topic told, unquoted.
    Regex::new(r"^[—\-•·\s]*([^,:;—]+?)(?:,?(?:以“([^”]+)”为题|围绕“([^”]+)”|分享了?“([^”]+)”|题为“([^”]+)”|谈“([^”]+)”|以(《[^》]+》)为题|,讲(?:的是|了|述)?([^,;。“”]{4,30}))|:(《[^》]+》|“[^”]+”))")
        .unwrap()
});
/// `作题为“X”的`, `分别作题为“A”“B”的`: one title, or several side by side.
static TITLED_QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:作|发表)(?:了)?题为((?:“[^”]+”(?:、|和|与)?)+)的").unwrap());
/// `作主旨演讲,题目为《X》`: the title after the talk, said as `作题为《X》的主旨演讲` says it.
static TITLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(作|发表)(?:了)?((?:主旨|主题)(?:演讲|报告|发言))[,:]?(?:演讲|报告)?(?:题目|讲题|题|讲的是|讲的)(?:分别)?(?:为|是|叫)?((?:《[^》]+》(?:和|与|、)?)+|“[^”]+”)",
    )
    .unwrap()
});
static PRESIDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|,|】)(?:本届|此次|本次)?(?:论坛由|由)([^,。;]+?)主持(?:论坛)?(?:$|[,。;])").unwrap()
});
static HOSTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"由([^,。;]+?)(?:共同|联合)?主办").unwrap());
static ORGANIZERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|,|由)([^,。;由]+?)(?:共同|联合)?承办").unwrap());
static RELEASED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"发布(?:了)?([^,。;]+)").unwrap());
/// `(共18项)`, `(36项)`: a list's count after its title, not part of it.
static COUNT_IN_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:共|总共|一共|计)?[一二三四五六七八九十百两0-9]+(?:项|个|家|条|份)\)$").unwrap());
/// `并为第五批长三角创新联合体授牌`: a result presented rather than released.
static HONOURED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"为([^,。;为]{4,}?)(?:授牌|揭牌)").unwrap());

/// Whether the keynote's topic is one title in 《》.
fn titles_single(c: &regex::Captures) -> bool {
    c.get(3).is_some_and(|m| m.as_str().matches('《').count() == 1)
}

/// The year written before the forum a sentence reports held (`2124年第十届…论坛在澄江举行`).
pub(super) fn year_named(t: &str) -> Option<i32> {
    let c = FORUM_HELD.captures(t)?;
    let y: i32 = YEAR_BEFORE.captures(&t[..c.get(1)?.start()])?[1].parse().ok()?;
    (crate::engine::TEXT_YEARS.contains(&y) && !t.contains(&format!("{y}年度"))).then_some(y)
}

/// An entry of a backgrounder's list of past forums: `第十三届(2274年,芜湖):主题为“…”`.
static HISTORY_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第([0-9一二三四五六七八九十百]+)届\(([0-9]{4})年?(?:[,、\s]([^)]{1,12}))?\)[:,]?(.*)$").unwrap()
});

impl Extractor<'_> {
    /// A backgrounder's entries on past forums, each with its edition, year and place
    /// (`第十三届(2274年,芜湖):主题为“…”;第十四届(2275年,湖州):…`), in any article.
    pub(super) fn forum_history(&mut self, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        if !t.contains("届(") {
            return;
        }
        let ev = self.evidence(s);
        for item in t.split(';') {
            let Some(c) = HISTORY_ITEM.captures(item) else { continue };
            let (Some(n), Ok(year)) = (parse_number(&c[1]), c[2].parse::<i32>()) else { continue };
            if !crate::engine::TEXT_YEARS.contains(&year) {
                continue;
            }
            self.note(format!("forum {year}: edition {n} (history)"), &ev);
            self.forum(year).edition.add(n, ev.clone());
            if let Some((place, _)) = c.get(3).and_then(|m| self.parse_place(m.as_str())) {
                self.note(format!("forum {year}: place {} (history)", place.full_name()), &ev);
                crate::engine::kb::add_place(&mut self.forum(year).place, place, ev.clone());
            }
            if let Some((_, theme)) = super::meeting::theme(&c[4]) {
                self.note(format!("forum {year}: theme {theme} (history)"), &ev);
                self.forum(year).theme.add(theme, ev.clone());
            }
        }
    }

    /// `5月21日上午,第八届长三角一体化发展高层论坛在上海举行`, and any `第八届…高层论坛`.
    pub(super) fn forum_lede(&mut self, scope: &Scope, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        let Some(year) = scope.year else { return };
        // `6月11日下午,论坛在湖州南太湖新区举行`: a bare 论坛 is the forum this document named.
        let held = FORUM_HELD
            .captures(t)
            .or_else(|| self.facts.forums.contains_key(&year).then(|| BARE_FORUM_HELD.captures(t)).flatten());
        // A forum of another year, named as background, is that year's, not this article's.
        let year = held
            .as_ref()
            .and_then(|c| YEAR_BEFORE.captures(&t[..c.get(1).unwrap().start()]))
            .and_then(|y| y[1].parse().ok())
            .filter(|y: &i32| crate::engine::TEXT_YEARS.contains(y) && !t.contains(&format!("{y}年度")))
            .unwrap_or(year);
        let ev = self.evidence(s);
        if let Some(c) = EDITION.captures(t) {
            let n = c.get(1).map_or(Some(1), |m| parse_number(m.as_str()));
            if let Some(n) = n {
                self.note(format!("forum {year}: edition {n}"), &ev);
                self.forum(year).edition.add(n, ev.clone());
            }
        }
        let Some(c) = held else {
            self.forum_held_at(year, scope.month, t, &ev);
            return;
        };
        let place_at = c.get(1).unwrap().start();
        if super::decided_before(t, place_at) {
            return;
        }
        // `在我市举行` in a city's paper: that city.
        let home = || {
            t[place_at..]
                .starts_with("我市")
                .then(|| self.home_city.as_deref().and_then(super::text::parse_place))
                .flatten()
        };
        // `论坛在京华城国际会议中心举行` in the meeting's report: a venue with no city is in the city
        // the meeting is held in, beside which the forum is.
        let venue_of_meeting = || {
            let clause = t[place_at..].split([',', '。', ';']).next().unwrap_or_default();
            let venue = ["中心", "宾馆", "酒店", "饭店", "大厦", "剧院", "会堂", "礼堂", "展览馆", "博览园"]
                .iter()
                .any(|w| clause.contains(w));
            (venue && scope.topic == super::Topic::Meeting)
                .then(|| {
                    self.facts.meetings.get(&year).and_then(|m| m.place.get()).filter(|p| p.city.is_some()).cloned()
                })
                .flatten()
                .map(|p| (p, 0))
        };
        if let Some((place, _)) = self.parse_place(&t[place_at..]).or_else(home).or_else(venue_of_meeting) {
            self.note(format!("forum {year}: place {}", place.full_name()), &ev);
            crate::engine::kb::add_place(&mut self.forum(year).place, place, ev.clone());
        }
        if let Some(c) = VENUE.captures(&t[place_at..]) {
            let venue = c.get(1).or(c.get(2)).unwrap().as_str().to_string();
            self.note(format!("forum {year}: venue {venue}"), &ev);
            self.forum(year).venue.add(venue, ev.clone());
        }
        // `第八届…高层论坛21日在上海举行`: the date may stand between the name and the place.
        let date = dates(t).into_iter().rfind(|d| d.start < place_at);
        // A bare day (`1日`) falls in the meeting's run: the end month when the run crosses one
        // and the day is before the start day.
        let meeting_month = self.facts.meetings.get(&year).and_then(|m| m.dates.get()).map(|d| {
            let day = date.as_ref().map_or(d.start.day, |x| x.day);
            if d.start.month != d.end.month && day < d.start.day { d.end.month } else { d.start.month }
        });
        let month = scope.month.or(meeting_month);
        // `同日下午,首届…论坛在芜湖举行`: the day the article last named, the meeting's last day.
        let same_day = || {
            ["同日", "同一天", "当日", "当天"]
                .iter()
                .any(|w| t[..place_at].contains(w))
                .then(|| self.facts.meetings.get(&year).and_then(|m| m.dates.get()).map(|d| DateSpan::day(d.end)))
                .flatten()
        };
        if let Some(span) = date
            .and_then(|d| d.resolve(year, month))
            .or_else(|| relative_day(t, place_at, self.pub_date))
            .or_else(same_day)
        {
            self.note(format!("forum {year}: date {}", span.start.month_day()), &ev);
            self.forum(year).date.add(span.start, ev);
        }
    }

    /// `在6月2日举行的长三角一体化发展高层论坛上,…`: the forum named after the clause that holds it,
    /// its day or place in that clause.
    fn forum_held_at(&mut self, year: i32, month: Option<u32>, t: &str, ev: &Evidence) {
        let Some(c) = FORUM_AT.captures(t) else { return };
        let clause = &c[1];
        let month = month.or_else(|| self.facts.meetings.get(&year).and_then(|m| m.dates.get()).map(|d| d.start.month));
        let span = dates(clause).into_iter().next().and_then(|d| d.resolve(year, month));
        let place = self.parse_place(clause);
        if span.is_none() && place.is_none() {
            return;
        }
        // The forum now exists for this year, so the sentences after it read as its own.
        self.forum(year);
        if let Some(span) = span {
            self.note(format!("forum {year}: date {}", span.start.month_day()), ev);
            self.forum(year).date.add(span.start, ev.clone());
        }
        if let Some((place, _)) = place {
            self.note(format!("forum {year}: place {}", place.full_name()), ev);
            crate::engine::kb::add_place(&mut self.forum(year).place, place, ev.clone());
        }
    }

    /// Sentences of a forum article that do not name the forum themselves.
    pub(super) fn forum_body(&mut self, scope: &Scope, s: &Sentence) {
        let Some(year) = scope.year else { return };
        let t = self.doc.sentence_text(s);
        let ev = self.evidence(s);
        super::keep_said(&mut self.forum(year).said, &ev);

        // A list of past forums (`第13届(2274年,芜湖):主题为“…”`) gives each its own theme.
        if let Some((_, theme)) = super::meeting::theme(t).filter(|_| !HISTORY_ITEM.is_match(t)) {
            self.note(format!("forum {year}: theme {theme}"), &ev);
            self.forum(year).theme.add(theme, ev.clone());
        }
        // Each clause that ends on its act: `上海市委书记陈吉宁代表会议轮值主办方致辞`,
        // `省委书记车俊致辞,上海市委书记李强…作主旨演讲`, `周建明、孙立群、汪春华分别讲话`.
        let mut spoke = false;
        for clause in t.split([',', ';', '。']) {
            let clause = clause.trim();
            let Some(head) = ["发表讲话", "作讲话", "讲话", "致辞", "发言"].iter().find_map(|v| clause.strip_suffix(v))
            else {
                continue;
            };
            // `…在连云港举行,由秦昊然致辞`: the speaker after 由.
            let head = head.trim_start_matches('由');
            let head = head.trim_end_matches("分别").trim_end_matches("先后").trim_end_matches("依次");
            let mut speakers: Vec<Attendee> = role_names(head).into_iter().map(|a| self.localized(year, a)).collect();
            if speakers.is_empty() {
                // Names the article gave roles to elsewhere (`信长星代表…致辞`, `周建明、孙立群分别讲话`).
                let names = super::people::bare_names(head).unwrap_or_else(|| {
                    super::people::name_before(head.split("代表").next().unwrap_or(""), &self.known)
                        .into_iter()
                        .collect()
                });
                speakers =
                    names.into_iter().filter(|n| self.known.contains(n)).map(|n| self.role_in_year(year, n)).collect();
            }
            for a in speakers {
                spoke = true;
                self.note(format!("forum {year}: speaker {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.forum(year).speakers, a, ev.clone());
            }
        }
        if !spoke && let Some(c) = SPOKE_AT_FORUM.captures(t) {
            for a in role_names(&c[1]).into_iter().filter(|a| !a.province.is_empty()) {
                let a = self.localized(year, a);
                spoke = true;
                self.note(format!("forum {year}: speaker {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.forum(year).speakers, a, ev.clone());
            }
        }
        if spoke {
        } else if let Some(c) = ATTENDED.captures(t) {
            let mut people = role_names(&c[1]);
            // `应勇、吴政隆、袁家军、李国英出席论坛`: names the meeting's report gave roles to.
            if people.is_empty()
                && let Some(names) = super::people::bare_names(&c[1])
            {
                people =
                    names.into_iter().filter(|n| self.known.contains(n)).map(|n| self.role_in_year(year, n)).collect();
            }
            for a in people {
                self.note(format!("forum {year}: attendee {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.forum(year).attendees, a, ev.clone());
            }
        }
        // `江苏省委副书记、省长吴政隆主持论坛`: who presides attends, with the role given.
        for clause in t.split([',', '。', ';']) {
            // `…高层论坛在蚌埠举行,安徽省长唐敬之主持`: the clause ends on the verb.
            let bare = clause.strip_suffix("主持").filter(|c| !c.contains('由') && !c.contains("会")).map(str::len);
            if let Some(i) = clause.find("主持论坛").or_else(|| clause.find("主持开幕式")).or(bare) {
                for a in role_names(&clause[..i]) {
                    self.note(format!("forum {year}: attendee {} {} (presided)", a.role, a.name), &ev);
                    add_sourced(&mut self.forum(year).attendees, a.clone(), ev.clone());
                    if clause[i..].starts_with("主持论坛") || bare.is_some() {
                        add_sourced(&mut self.forum(year).presiders, a, ev.clone());
                    }
                }
            }
        }
        self.forum_presider(year, t, &ev);
        // A sentence may hold several statements: read each clause-led pattern on its own part.
        // `分别以「A」「B」为题作主旨演讲` says what `分别围绕“A”“B”作主旨演讲` says.
        let plain;
        let quoted_title;
        let title_after;
        let t = if TITLE_AFTER.is_match(t) {
            // `题目分别是《A》和《B》`: the titles side by side, one each.
            title_after = TITLE_AFTER
                .replace_all(t, |c: &regex::Captures| {
                    let titles = c[3].replace("》和《", "》《").replace("》与《", "》《").replace("》、《", "》《");
                    format!("{}题为{}的{}", &c[1], titles.trim_end_matches(['和', '与', '、']), &c[2])
                })
                .into_owned();
            title_after.as_str()
        } else {
            t
        };
        let t = if t.contains("题为“") {
            // `作了题为“X”的主旨演讲` says what `围绕“X”作主旨演讲` says.
            // (`分别作题为“A”“B”的主旨演讲`: `分别围绕“A”“B”作`, one topic each.)
            quoted_title = TITLED_QUOTE
                .replace_all(t, |c: &regex::Captures| {
                    let titles = c[1].replace("”、“", "”“").replace("”和“", "”“").replace("”与“", "”“");
                    format!("围绕{titles}作")
                })
                .into_owned();
            quoted_title.as_str()
        } else {
            t
        };
        let t = if t.contains("为题") {
            // `以《A》为题` too: a talk's title in book quotes is its topic all the same.
            // (`以“X”为题发言`: a talk with its own title is a keynote, whatever the verb.)
            plain = t
                .replace("为题发言", "为题作主旨发言")
                .replace('「', "“")
                .replace('」', "”")
                .replace("以“", "围绕“")
                .replace("”为题", "”")
                .replace("以《", "围绕“")
                .replace("》为题", "”");
            plain.as_str()
        } else {
            t
        };
        for whole in t.split(['。', ';']) {
            // `论坛围绕“X”主题展开,院长A作了…主旨演讲`: when a match names no speaker (its 围绕 was the
            // forum's), the clauses after each comma are tried in turn.
            let mut part = whole;
            loop {
                let mut read = false;
                for c in KEYNOTE.captures_iter(part) {
                    // `省委书记车俊致辞,上海市委书记李强…作主旨演讲`: the keynote's speakers follow the
                    // last clause that ended on another act.
                    let who = &c[1];
                    let who = ["致辞,", "讲话,", "主持论坛,", "致辞;", "讲话;"]
                        .iter()
                        .filter_map(|w| who.rfind(w).map(|i| &who[i + w.len()..]))
                        .min_by_key(|rest| rest.len())
                        .unwrap_or(who);
                    // `董事长甘若水也作了主旨演讲`: the adverb after the name is no part of it.
                    let who = who.trim_end_matches(['也', '还', '则', '又', '亦']);
                    let mut speakers = self.speakers_named(year, who);
                    // `论坛围绕“X”主题展开,…`: a 围绕 with no speaker before it is the forum's theme.
                    if speakers.is_empty() {
                        continue;
                    }
                    read = true;
                    // `A围绕“X”、B围绕“Y”作主旨演讲`: each speaker with the topic after his name.
                    let mut pairs: Vec<String> = Vec::new();
                    if let Some(about) = c.get(2).map(|m| m.as_str())
                        && about.contains("围绕")
                    {
                        // `A围绕X,B围绕Y作了演讲` as well as `A围绕X、B围绕Y`: a piece naming its own
                        // 围绕 is the next speaker's; any other piece goes on with the topic before it.
                        let mut pieces = about.split_inclusive(['、', ',']);
                        if let Some(first) = pieces.next() {
                            pairs.push(first.to_string());
                        }
                        for piece in pieces {
                            if let Some((person, topic)) = piece.split_once("围绕") {
                                speakers.extend(self.speakers_named(year, person));
                                pairs.push(topic.to_string());
                            } else if ADVERBS.contains(&piece.trim()) {
                                // `…为题,先后作主旨演讲`: the adverb before the verb, no topic's part.
                            } else if let Some(last) = pairs.last_mut() {
                                last.push_str(piece);
                            }
                        }
                        for p in pairs.iter_mut() {
                            let mut piece = p.trim_end_matches(['、', ',']);
                            // `…围绕“Y”分别作主旨演讲`: the adverb is no part of the topic.
                            while let Some(a) = ADVERBS.iter().find(|a| piece.ends_with(*a)) {
                                piece = piece[..piece.len() - a.len()].trim_end_matches(['、', ',']);
                            }
                            *p = piece.to_string();
                        }
                    }
                    let about = c.get(2).or(c.get(3)).map_or("", |m| m.as_str());
                    // `题为《A》《B》`: one title each, in order.
                    let titles: Vec<String> = c
                        .get(3)
                        .map(|m| m.as_str().split(['《', '》']).filter(|s| !s.is_empty()).map(str::to_string).collect())
                        .unwrap_or_default();
                    // `分别围绕“A”“B”`: quoted topics side by side, one each.
                    let quoted: Vec<String> = about
                        .split(['“', '”'])
                        .map(str::trim)
                        .filter(|q| !q.is_empty() && *q != "、")
                        .map(str::to_string)
                        .collect();
                    let topics = if pairs.len() > 1 {
                        pairs.iter().map(|p| p.trim_matches(['“', '”']).to_string()).collect()
                    } else if titles.len() > 1 {
                        titles
                    } else if about.contains("”“") && quoted.len() > 1 {
                        quoted
                    } else {
                        // `围绕“A”作了主旨演讲`: one quoted topic, without its quotes.
                        split_list(about).into_iter().map(|t| t.trim_matches(['“', '”']).to_string()).collect()
                    };
                    let about =
                        if titles_single(&c) { about.trim_start_matches('《').trim_end_matches('》') } else { about };
                    for (i, a) in speakers.iter().enumerate() {
                        // Topics pair with speakers in order when the counts agree (分别围绕 A、B).
                        let topic = if topics.len() == speakers.len() { topics[i].clone() } else { about.to_string() };
                        let kind = speech_kind(c.get(0).unwrap().as_str()).to_string();
                        let k = Keynote { name: a.name.clone(), role: a.role.clone(), topic, kind };
                        self.note(format!("forum {year}: keynote {} on {}", k.name, k.topic), &ev);
                        add_sourced(&mut self.forum(year).keynotes, k, ev.clone());
                    }
                }
                match part.find(',') {
                    Some(i) if !read => part = &part[i + 1..],
                    _ => break,
                }
            }
        }
        self.keynote_list(year, t, &ev);
        for clause in t.split([',', '。', ';']) {
            // `会议确定下一届座谈会由上海承办`: the meeting's next host, not the forum's.
            if ["座谈会", "下一届", "下届", "明年", "下一年度"].iter().any(|w| clause.contains(w)) {
                continue;
            }
            if let Some(c) = HOSTS.captures(clause) {
                for h in split_list(&c[1]) {
                    self.note(format!("forum {year}: host {h}"), &ev);
                    add_sourced(&mut self.forum(year).hosts, h, ev.clone());
                }
            } else if let Some(c) = ORGANIZERS.captures(clause)
                // `鹭屿是首次承办这一论坛`: a remark on the city's history, not the organiser's name.
                && !["是", "首次", "第一次", "曾", "已", "再次", "多次", "上一次", "上次", "@"].iter().any(|w| c[1].contains(w))
            {
                for o in split_list(&c[1]) {
                    self.note(format!("forum {year}: organiser {o}"), &ev);
                    add_sourced(&mut self.forum(year).organizers, o, ev.clone());
                }
            }
        }
        self.forum_releases(year, t, &ev);
        if let Some((n, _)) = super::meeting::signed_total(t) {
            self.note(format!("forum {year}: {n} agreements signed in all"), &ev);
            self.forum(year).signed_total.add(n, ev.clone());
            if let Some(v) = super::meeting::signed_investment(t) {
                self.note(format!("forum {year}: signed projects worth {v}"), &ev);
                self.forum(year).invested.add(v, ev.clone());
            }
        }
    }

    /// The speakers `who` names: with their roles, or by a bare name (`柏一鸣以“…”为题作了主旨演讲`
    /// after a preview that gave his title).
    fn speakers_named(&self, year: i32, who: &str) -> Vec<Attendee> {
        let named = role_names(who);
        let bare = who.trim_start_matches(['、', ',', ' ']).trim();
        if named.is_empty() && super::people::is_name_known(bare, &self.known) {
            return vec![self.role_in_year(year, bare.to_string())];
        }
        named
    }

    /// `论坛由俞思齐主持`: the presider, with the role the article gave the name, if any.
    fn forum_presider(&mut self, year: i32, t: &str, ev: &Evidence) {
        let Some(c) = PRESIDED_BY.captures(t) else { return };
        let who = c.get(1).unwrap().as_str();
        let a = match role_names(who).pop() {
            Some(a) => self.localized(year, a),
            None if super::people::is_name_known(who, &self.known) => self.role_in_year(year, who.to_string()),
            None => return,
        };
        self.note(format!("forum {year}: presided by {} {}", a.role, a.name), ev);
        add_sourced(&mut self.forum(year).presiders, a, ev.clone());
    }

    /// `发布了A、B、C`: what the forum released.
    pub(super) fn forum_releases(&mut self, year: i32, t: &str, ev: &Evidence) {
        // 发布会 is the press conference, not a release.
        let t = &t.replace("发布会", "新闻会");
        // `上一届论坛…曾发布《…》`: another year's release, told as background.
        let released_at = t.find("发布").unwrap_or(t.len());
        if ["上一届", "上届", "前一届", "去年", "曾"].iter().any(|w| t[..released_at].contains(w)) {
            return;
        }
        for c in HONOURED.captures_iter(t) {
            let item = c[1].to_string();
            self.note(format!("forum {year}: released {item}"), ev);
            add_sourced(&mut self.forum(year).releases, item, ev.clone());
        }
        // `…跨省通办远程虚拟窗口上线发布,…骨干网建设成果发布`: the thing released as the clause's subject.
        for clause in t.split([',', '。', ';']) {
            let Some(subject) = ["上线发布", "正式发布", "发布"].iter().find_map(|v| clause.strip_suffix(v))
            else {
                continue;
            };
            let subject = ["与此同时", "同时", "此外", "另外", "会上", "论坛上", "现场"]
                .iter()
                .fold(subject.trim(), |s, p| s.strip_prefix(p).unwrap_or(s));
            let n = subject.chars().count();
            if (4..=40).contains(&n)
                && !["发布", "新闻", "会", "将", "要", "了", "等", "、", "”", "“"].iter().any(|w| subject.contains(w))
            {
                self.note(format!("forum {year}: released {subject}"), ev);
                add_sourced(&mut self.forum(year).releases, subject.to_string(), ev.clone());
            }
        }
        // `发布了A,共36项;发布了B,…;还发布了C`: each release in turn.
        for c in RELEASED.captures_iter(t) {
            // `发布了两张清单:《A》,共24项;《B》,共16项`: the titles the count introduces, to the
            // sentence's end, not the count.
            if let Some((head, _)) = c[1].split_once(':')
                && head.starts_with(|ch: char| "一两二三四五六七八九十0123456789".contains(ch))
            {
                let after = &t[c.get(1).unwrap().start() + head.len()..];
                for title in after.split('《').skip(1).filter_map(|x| x.split_once('》').map(|(a, _)| a)) {
                    let item = format!("《{title}》");
                    self.note(format!("forum {year}: released {item}"), ev);
                    add_sourced(&mut self.forum(year).releases, item, ev.clone());
                }
                continue;
            }
            // `《A》(共18项)和《B》(共36项)`: two titles joined by 和, each with its count.
            let list = c[1].trim_end_matches("等成果").trim_end_matches("等");
            let list = ["和", "及", "以及"].iter().fold(list.to_string(), |acc, w| {
                acc.replace(&format!("》{w}《"), "》、《").replace(&format!("){w}《"), ")、《")
            });
            for item in split_list(&list) {
                let item = item.trim_end_matches("等成果").trim_end_matches('等');
                let item = match item.rsplit_once('(') {
                    Some((title, count)) if title.ends_with('》') && COUNT_IN_BRACKETS.is_match(count) => title,
                    _ => item,
                };
                let item = unquantified(item).to_string();
                // `发布两张清单` in a headline: a count of what was released, not a title.
                let counted = item.starts_with(|ch: char| "一两二三四五六七八九十".contains(ch))
                    && item.chars().nth(1).is_some_and(|ch| "张份项个批".contains(ch))
                    && item.chars().count() <= 5;
                if item.chars().count() >= 4 && !counted {
                    self.note(format!("forum {year}: released {item}"), ev);
                    add_sourced(&mut self.forum(year).releases, item, ev.clone());
                }
            }
        }
    }
}

impl Extractor<'_> {
    /// The items of a keynote list its intro announces (`…三场主旨演讲:——A,以“X”为题,…;——B,
    /// 分享了“Y”`): each item one speaker and the topic; items a keynote clause already read
    /// (`——C,围绕“Z”作主旨演讲`) are not read twice.
    fn keynote_list(&mut self, year: i32, t: &str, ev: &Evidence) {
        // Items with no intro read (it may stand as a line of its own): one of them is a keynote
        // clause (`——C,围绕“Z”作主旨演讲`), and it names the kind for the others.
        let dashed = t.starts_with(['—', '-']);
        let spoken = t.split(';').find_map(|i| KEYNOTE.find(i)).map(|m| speech_kind(m.as_str()).to_string());
        if dashed && self.keynote_intro.is_none() && spoken.is_some() {
            self.keynote_intro = spoken.clone();
        }
        // After an intro that is a sentence of its own (`3位专家先后作主旨演讲。`), the next sentence
        // holds the items when its first one reads as one (`研究员X以《A》为题,分析了…;…`).
        let first_item = t.split(';').next().unwrap_or(t).trim_start_matches(['—', '-', ' ']);
        let items_follow = self.keynote_intro.is_some()
            && (dashed || !KEYNOTE.is_match(first_item) && KEYNOTE_ITEM.is_match(first_item));
        let (kind, items) = match t.find(':') {
            // `主旨演讲环节,三位嘉宾先后登台:`: an intro naming the kind of speech before its end.
            Some(intro)
                if ["演讲", "报告", "发言"].iter().any(|w| t[..intro].trim_end_matches("如下").ends_with(w))
                    || SPEECH_KINDS.iter().any(|k| t[..intro].contains(k)) =>
            {
                let lead = t[..intro].trim_end_matches("如下");
                let kind = SPEECH_KINDS
                    .into_iter()
                    .find(|k| lead.ends_with(k))
                    .or_else(|| SPEECH_KINDS.into_iter().find(|k| lead.contains(k)))
                    .unwrap_or_else(|| speech_kind(lead))
                    .to_string();
                self.keynote_intro = Some(kind.clone());
                (kind, &t[intro + 1..])
            }
            _ if items_follow => (self.keynote_intro.clone().unwrap_or_default(), t),
            // `…X作题为《A》的主旨演讲;…Y以《B》为题,分享了…`: items in one sentence, one of them a
            // keynote clause that names the kind for the rest.
            _ if t.contains(';') && spoken.is_some() => (spoken.clone().unwrap_or_default(), t),
            _ => {
                // `3位专家先后作主旨演讲。`: an intro naming no one, no topic, its items to come.
                self.keynote_intro = KEYNOTE
                    .captures(t)
                    .filter(|c| c.get(2).is_none() && c.get(3).is_none() && self.speakers_named(year, &c[1]).is_empty())
                    .map(|c| speech_kind(c.get(0).map_or("", |m| m.as_str())).to_string());
                return;
            }
        };
        for item in items.split([';', '。']) {
            let item = item.trim_start_matches(['—', '-', ' ']);
            if KEYNOTE.is_match(item) {
                continue;
            }
            let told = KEYNOTE_ITEM.captures(item).and_then(|c| {
                let topic = (2..=9).find_map(|i| c.get(i))?.as_str().to_string();
                let [a] = &role_names(&c[1])[..] else { return None };
                Some(vec![(a.clone(), topic)])
            });
            // `主旨演讲嘉宾:某大学校长 甘棠;企业家 温若愚`, `做主旨演讲的是两位:生态学家乔松年,还有一个
            // 企业家叫范澄`: speakers named with their titles only, their topics told later if at all.
            let speakers = told.unwrap_or_else(|| {
                item.split([',', '、'])
                    .filter_map(|part| {
                        let part = ["还有", "以及", "和", "另一位是", "另一位", "一个是", "一位是"]
                            .iter()
                            .fold(part.trim(), |p, w| p.strip_prefix(w).unwrap_or(p));
                        let part = ["一个", "一位", "一名"].iter().fold(part, |p, w| p.strip_prefix(w).unwrap_or(p));
                        let part = part.replacen('叫', "", 1).replace(' ', "");
                        if part.chars().count() > 16 {
                            return None;
                        }
                        let [a] = &role_names(&part)[..] else { return None };
                        part.ends_with(&a.name).then(|| (a.clone(), String::new()))
                    })
                    .collect()
            });
            for (a, topic) in speakers {
                let k = Keynote { name: a.name.clone(), role: a.role.clone(), topic, kind: kind.clone() };
                self.note(format!("forum {year}: keynote {} on {}", k.name, k.topic), ev);
                add_sourced(&mut self.forum(year).keynotes, k, ev.clone());
            }
        }
    }
}

/// The kinds of speech a forum's programme names.
const SPEECH_KINDS: [&str; 6] = ["主旨演讲", "主题演讲", "主旨报告", "主题报告", "主旨发言", "主题发言"];

/// What a keynote clause calls the speech it ends on (`…作主旨演讲` → `主旨演讲`).
fn speech_kind(clause: &str) -> &str {
    SPEECH_KINDS.into_iter().find(|k| clause.ends_with(k)).unwrap_or("演讲")
}
