//! Answers about one year's meeting: where, when and how long, the theme, the host decided for
//! the next meeting (and the reverse: which meeting decided a year's host), the documents it
//! acted on, who attended, the central departments invited, the focus areas, side events, and a
//! summary when the question names a meeting but asks nothing narrower.

use super::Ctx;
use super::reading::PlaceRef;
use super::reply::{Part, Reply, meeting_name};
use super::tagger::cue;
use super::text::{join, years_text};
use crate::engine::gazetteer;
use crate::engine::model::{DocAction, Evidence, Meeting, MeetingDoc, Sourced};

impl Ctx<'_> {
    /// An answer part with its year when several years are answered or the question did not name
    /// the year itself (最近一次, 温州那次): `2026年度：上海市`.
    pub fn with_year(&self, year: i32, count: usize, part: String) -> String {
        if count == 1 && !self.r.years.contains(&year) && part.starts_with(['是', '否']) {
            // 合肥那次有国家发改委参加吗: the verdict first, then which meeting it is of.
            format!("{part}（{year}年度）")
        } else if count > 1 || !self.r.years.contains(&year) {
            format!("{year}年度：{part}")
        } else {
            part
        }
    }

    /// The meeting of `year`, or the NOT_FOUND reply saying what is known.
    pub fn meeting(&self, year: i32, intent: &'static str) -> Result<&Meeting, Reply> {
        self.kb.meetings.get(&year).ok_or_else(|| {
            Reply::not_found(intent, format!("语料中没有{}的记录。{}", meeting_name(year), self.known_meetings()))
                .years(&[year])
        })
    }

    /// Answers year by year: `part` gives each meeting's part, or the reply that stops the
    /// answer (a missing fact); the parts are joined, each with its year when needed.
    pub fn per_meeting(
        &self,
        years: &[i32],
        intent: &'static str,
        part: impl Fn(&Meeting) -> Result<Part, Reply>,
    ) -> Reply {
        let mut answers = Vec::new();
        let mut sentences = String::new();
        let mut ev = Vec::new();
        for &y in years {
            let m = match self.meeting(y, intent) {
                Ok(m) => m,
                Err(r) => return r,
            };
            let p = match part(m) {
                Ok(p) => p,
                Err(r) => return r.years(&[y]),
            };
            answers.push(self.with_year(y, years.len(), p.answer));
            sentences.push_str(&p.sentence);
            ev.extend(p.evidence);
        }
        Reply::answered(intent, answers.join("；"), sentences).years(years).evidence(&ev).rule(intent)
    }

    /// The NOT_FOUND reply for a fact the meeting of `year` lacks, with what is known instead.
    pub fn missing(&self, intent: &'static str, year: i32, what: &str) -> Reply {
        Reply::not_found(intent, format!("语料没有{}的{what}。{}", meeting_name(year), self.known_about(year)))
            .years(&[year])
    }

    pub fn location(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.location";
        let province_only = self.r.asks.has(cue::WHERE_PROVINCE) && !self.r.text.contains("城市");
        let city_asked = self.r.text.contains("城市") || self.r.text.contains("哪个市");
        let mut reply = self.per_meeting(years, INTENT, |m| {
            let y = m.year;
            let Some(place) = m.place.primary() else {
                return Err(self.missing(INTENT, y, "举办地"));
            };
            let p = &place.value;
            if p.city.is_none() && city_asked {
                return Err(self.missing(INTENT, y, "举办城市").evidence(&place.evidence));
            }
            let name =
                if province_only || p.city.is_none() { gazetteer::province_full(&p.province) } else { p.full_name() };
            // `在上海市嘉定区举行`: Shanghai's district, as the report gives it.
            let name = match shanghai_district(&place.evidence) {
                Some(d) if !province_only && p.province == "上海" => format!("{name}{d}"),
                _ => name,
            };
            let sentence = if m.is_decided_only() {
                match m.decided_by.get().copied().or_else(|| self.decider_of(y)) {
                    Some(b) => {
                        format!("{}确定，{}在{name}召开（具体城市和日期语料未载）。", meeting_name(b), meeting_name(y))
                    }
                    None => format!("{}在{name}召开（具体城市和日期语料未载）。", meeting_name(y)),
                }
            } else {
                let when = m.dates.get().map(|d| format!("于{y}年{}", d.chinese())).unwrap_or_default();
                let verb = if super::resolve::held_by(m, self.as_of) { "举行" } else { "举行（按计划）" };
                format!("{}{when}在{}{verb}。", meeting_name(y), p.full_name())
            };
            let mut evidence = place.evidence.clone();
            if let Some(d) = m.dates.primary() {
                evidence.extend(d.evidence.iter().cloned());
            }
            Ok(Part { answer: name, sentence, evidence })
        });
        if let Some(c) = self.conflict_note(years) {
            reply.sentence.push_str(&c);
        }
        reply
    }

    /// A note when sources disagree on a place.
    fn conflict_note(&self, years: &[i32]) -> Option<String> {
        let notes: Vec<String> = years
            .iter()
            .filter_map(|y| self.kb.meetings.get(y))
            .filter(|m| m.place.is_conflicting())
            .map(|m| {
                let all: Vec<String> = m.place.values.iter().map(|s| s.value.full_name()).collect();
                format!("（注意：关于{}的举办地，来源说法不一：{}。）", meeting_name(m.year), join(&all))
            })
            .collect();
        (!notes.is_empty()).then(|| notes.concat())
    }

    /// The meeting that decided `year`'s host.
    pub fn decider_of(&self, year: i32) -> Option<i32> {
        self.kb.meetings.get(&year).and_then(|m| m.decided_by.get().copied()).or_else(|| {
            self.kb.meetings.values().find(|x| x.next.get().is_some_and(|n| n.year == year)).map(|x| x.year)
        })
    }

    /// Whether every meeting of `years` was held at the place the question names.
    pub fn location_check_all(&self, years: &[i32]) -> Reply {
        if years.len() == 1 {
            return self.location_check(years[0]);
        }
        let parts: Vec<Reply> = years.iter().map(|&y| self.location_check(y)).collect();
        if let Some(r) = parts.iter().find(|r| r.status != super::AnswerStatus::Answered) {
            return r.clone();
        }
        let all = parts.iter().all(|r| r.answer.starts_with('是'));
        let answer = format!(
            "{}{}",
            if all { "是，" } else { "否（不是），" },
            years
                .iter()
                .zip(&parts)
                .map(|(y, r)| format!("{y}年度{}", r.answer.split_once('，').map_or("", |x| x.1)))
                .collect::<Vec<_>>()
                .join("；")
        );
        let sentence: String = parts.iter().map(|r| r.sentence.clone()).collect();
        let ev: Vec<Evidence> = parts.iter().flat_map(|r| r.evidence.iter().cloned()).collect();
        Reply::answered("meeting.location_check", answer, sentence).years(years).evidence(&ev).rule("location.check")
    }

    /// A question that names a meeting by its year and a venue it was not held at (2023年在南京
    /// 举行的座谈会…): the premise is false, and the reply says where it was held instead.
    pub fn venue_conflict(&self) -> Option<Reply> {
        const INTENT: &str = "meeting.premise";
        let asked = &self.r.places;
        if asked.is_empty() {
            return None;
        }
        for &y in &self.r.years {
            let Some(m) = self.kb.meetings.get(&y) else { continue };
            let Some(place) = m.place.primary() else { continue };
            // A meeting only decided (2025年度, known from the 2024 report) was not yet held there.
            let held = m.dates.get().is_some() || !m.attendees.is_empty();
            let p = &place.value;
            // A city of the right province, where the city is not known, is no contradiction either.
            let fits = |a: &PlaceRef| a.is_at(p) || p.city.is_none() && a.province == p.province;
            if asked.iter().any(fits) {
                continue;
            }
            let named = join(&asked.iter().map(|a| a.name.clone()).collect::<Vec<_>>());
            let sentence = if held {
                format!("问题的前提有误：{}在{}举行，不是在{named}。", meeting_name(y), p.full_name())
            } else {
                format!("问题的前提有误：语料记载{}确定在{}召开，不是在{named}。", meeting_name(y), p.full_name())
            };
            return Some(
                Reply::not_found(INTENT, sentence).years(&[y]).evidence(&place.evidence).rule("venue.conflict"),
            );
        }
        None
    }

    /// 2023年11月那次座谈会…, 2月26日在上海召开的座谈会…: a month or day that names the meeting
    /// asked about. The meetings the question's year or place selects (all, if it names neither)
    /// must have been held then; when every one of them is dated and none was, the premise is false.
    pub fn date_conflict(&self) -> Option<Reply> {
        const INTENT: &str = "meeting.premise";
        let r = self.r;
        let held_in = |s: &crate::engine::model::DateSpan| match (r.month_day, r.month) {
            (Some((mo, d)), _) => s.covers(mo, d),
            (None, Some(mo)) => s.start.month <= mo && mo <= s.end.month,
            (None, None) => true,
        };
        if r.month_day.is_none() && r.month.is_none() {
            return None;
        }
        let chosen: Vec<&Meeting> = self
            .kb
            .meetings
            .values()
            .filter(|m| r.years.is_empty() || r.years.contains(&m.year))
            .filter(|m| r.places.is_empty() || m.place.get().is_some_and(|p| r.places.iter().any(|a| a.is_at(p))))
            .filter(|m| !m.is_decided_only())
            .collect();
        if chosen.is_empty() || chosen.iter().any(|m| m.dates.get().is_none_or(held_in)) {
            return None;
        }
        let named = match (r.month_day, r.month) {
            (Some((mo, d)), _) => format!("{mo}月{d}日"),
            (None, Some(mo)) => format!("{mo}月"),
            (None, None) => unreachable!("checked above"),
        };
        let held: Vec<String> = chosen
            .iter()
            .filter_map(|m| m.dates.get().map(|d| format!("{}于{}举行", meeting_name(m.year), d.chinese())))
            .collect();
        let sentence = format!("问题的前提有误：语料中没有{named}举行的这次座谈会；{}。", join(&held));
        let years: Vec<i32> = chosen.iter().map(|m| m.year).collect();
        let ev = chosen.iter().filter_map(|m| m.dates.primary()).flat_map(|d| d.evidence.iter());
        Some(Reply::not_found(INTENT, sentence).years(&years).evidence(ev).rule("date.conflict"))
    }

    /// 2322年和2325年这两届座谈会，哪一届是在江苏开的: of the years named, the ones held at the place.
    pub fn years_at_place_among(&self) -> Option<Reply> {
        const INTENT: &str = "meeting.year_by_place";
        let r = self.r;
        // (`2501—2508年间`: a range, not two meetings named.)
        if r.years.len() < 2 || r.places.is_empty() || r.range {
            return None;
        }
        let at = |m: &Meeting| m.place.get().is_some_and(|p| r.places.iter().any(|a| a.is_at(p)));
        let known: Vec<&Meeting> = r.years.iter().filter_map(|y| self.kb.meetings.get(y)).collect();
        if known.len() < r.years.len() || known.iter().any(|m| m.place.get().is_none()) {
            return None;
        }
        let named = join(&r.places.iter().map(|a| a.name.clone()).collect::<Vec<_>>());
        let places: Vec<String> = known
            .iter()
            .filter_map(|m| m.place.get().map(|p| format!("{}在{}举行", meeting_name(m.year), p.full_name())))
            .collect();
        let ev = known.iter().filter_map(|m| m.place.primary()).flat_map(|p| p.evidence.iter());
        let ys: Vec<i32> = known.iter().filter(|m| at(m)).map(|m| m.year).collect();
        if ys.is_empty() {
            let sentence = format!("问题中的几次座谈会都不是在{named}举行的：{}。", join(&places));
            return Some(Reply::not_found(INTENT, sentence).years(&r.years).evidence(ev).rule("venue.among_none"));
        }
        let answer = years_text(&ys);
        let sentence = format!("在{named}举行的是{answer}的座谈会：{}。", join(&places));
        Some(Reply::answered(INTENT, answer, sentence).years(&ys).evidence(ev).rule("venue.among"))
    }

    pub fn location_check(&self, year: i32) -> Reply {
        const INTENT: &str = "meeting.location_check";
        let m = match self.meeting(year, INTENT) {
            Ok(m) => m,
            Err(r) => return r,
        };
        let Some(place) = m.place.primary() else {
            return Reply::not_found(INTENT, self.known_about(year)).years(&[year]);
        };
        // 江苏座谈会在南京开吗: the city is what is checked, the province only names the meeting.
        let asked = self.r.city().or_else(|| self.r.places.first());
        let p = &place.value;
        // 2025年座谈会在苏州开吗, when only the province is known: neither yes nor no.
        if let Some(a) = asked
            && !a.is_province
            && p.city.is_none()
            && a.province == p.province
        {
            return Reply::not_found(INTENT, self.known_about(year)).years(&[year]).evidence(&place.evidence);
        }
        // 在浙江合肥开的 (合肥是浙江省的城市): a city put in a province it is not in is a false premise,
        // whatever the city.
        let misplaced = asked.filter(|a| !a.is_province).is_some_and(|city| {
            self.r.places.iter().any(|q| q.is_province && q.province != city.province && q.province != p.province)
        });
        let mut yes = asked.is_some_and(|a| a.is_at(p)) && !misplaced;
        let mut full = p.full_name();
        // 是不是在嘉定开的: in Shanghai, the district is what is checked.
        if let Some(district) = self.r.district
            && p.province == "上海"
        {
            match shanghai_district(&place.evidence) {
                Some(d) => {
                    yes = yes && d == district;
                    full = format!("{full}{d}");
                }
                None => {
                    let sentence = format!("{}在{full}举行，报道没有说在哪个区。", meeting_name(year));
                    return Reply::not_found(INTENT, sentence).years(&[year]).evidence(&place.evidence);
                }
            }
        }
        let answer = if yes { format!("是，{full}") } else { format!("否（不是），{full}") };
        let sentence =
            format!("{}{}在{}举行。", meeting_name(year), if yes { "确实" } else { "不是在那里举行，而是" }, full);
        Reply::answered(INTENT, answer, sentence).years(&[year]).evidence(&place.evidence).rule("location.check")
    }

    /// 2024年座谈会是8月开的吗, 是6月5日开的吗: the month (and day) checked.
    pub fn date_check(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.date_check";
        let r = self.r;
        self.per_meeting(years, INTENT, |m| {
            let Some(d) = m.dates.primary() else {
                return Err(Reply::not_found(INTENT, self.known_about(m.year)));
            };
            let span = d.value;
            let yes = match (r.month_day, r.month) {
                (Some((mo, day)), _) => {
                    (span.start.month, span.start.day) <= (mo, day) && (mo, day) <= (span.end.month, span.end.day)
                }
                (None, Some(mo)) => span.start.month <= mo && mo <= span.end.month,
                _ => false,
            };
            // 是6月5日到6日在合肥开的吗: the place named is checked with the days.
            let at = m.place.get();
            let place_ok = r.places.iter().all(|p| {
                at.is_some_and(|at| {
                    at.province == p.province
                        && (p.is_province
                            || at.city.as_deref().map(|c| c.trim_end_matches('市'))
                                == Some(p.name.trim_end_matches('市')))
                })
            });
            let yes = yes && place_ok;
            let (where_, evidence) = match at {
                Some(at) if !r.places.is_empty() => (
                    format!("，{}", at.full_name()),
                    d.evidence
                        .iter()
                        .chain(m.place.primary().map(|p| &p.evidence).into_iter().flatten())
                        .cloned()
                        .collect(),
                ),
                _ => (String::new(), d.evidence.clone()),
            };
            Ok(Part {
                answer: format!("{}，{}{where_}", if yes { "是" } else { super::reply::NO }, span.chinese()),
                sentence: match at {
                    Some(at) => format!("{}于{}在{}举行。", meeting_name(m.year), span.chinese(), at.full_name()),
                    None => format!("{}于{}举行。", meeting_name(m.year), span.chinese()),
                },
                evidence,
            })
        })
    }

    pub fn date(&self, years: &[i32], duration: bool) -> Reply {
        let intent = if duration { "meeting.duration" } else { "meeting.date" };
        self.per_meeting(years, intent, |m| {
            let y = m.year;
            let Some(d) = m.dates.primary() else {
                return Err(self.missing(intent, y, "日期"));
            };
            let span = d.value;
            // 哪天结束 / 哪天开幕: one end of a run of days.
            let t = &self.r.text;
            let end_q = ["结束", "闭幕", "闭会", "最后一天", "落幕", "散会"].iter().any(|w| t.contains(w));
            let start_q = ["开幕", "开始", "第一天", "首日", "揭幕"].iter().any(|w| t.contains(w));
            // 几号开幕几号闭幕: both ends are the whole run.
            let (end_q, start_q) = if end_q && start_q { (false, false) } else { (end_q, start_q) };
            let text = if span.start != span.end && end_q && !duration {
                format!("{y}年{}", span.end.month_day())
            } else if span.start != span.end && start_q && !duration {
                format!("{y}年{}", span.start.month_day())
            } else {
                format!("{y}年{}", span.chinese())
            };
            let days = day_count(span.start, span.end);
            let answer = if duration { format!("{days}天（{}）", span.chinese()) } else { text.clone() };
            let place = m.place.get().map(|p| format!("在{}", p.full_name())).unwrap_or_default();
            let sentence = if days > 1 {
                format!("{}于{text}{place}举行，会期{days}天。", meeting_name(y))
            } else {
                format!("{}于{text}{place}举行。", meeting_name(y))
            };
            Ok(Part { answer, sentence, evidence: d.evidence.clone() })
        })
    }

    pub fn theme(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.theme";
        self.per_meeting(years, INTENT, |m| {
            let Some(t) = m.theme.primary() else {
                return Err(self.missing(INTENT, m.year, "主题"));
            };
            let sentence = format!("{}以“{}”为主题。", meeting_name(m.year), t.value);
            // 主题是不是…: the theme quoted is this meeting's or another's.
            if self.r.asks.has(cue::ASKS_YES_NO) && !self.r.themes.is_empty() {
                let yes = self.r.themes.iter().any(|&i| self.lex.themes[i].year == m.year && !self.lex.themes[i].forum);
                let answer = format!("{}，{}", if yes { "是" } else { super::reply::NO }, t.value);
                return Ok(Part { answer, sentence, evidence: t.evidence.clone() });
            }
            Ok(Part { answer: t.value.clone(), sentence, evidence: t.evidence.clone() })
        })
    }

    /// Which meeting had a theme (the question quotes part of it).
    pub fn year_by_theme(&self) -> Reply {
        const INTENT: &str = "meeting.year_by_theme";
        let mut years: Vec<i32> = Vec::new();
        let mut ev = Vec::new();
        let mut theme = String::new();
        for &i in &self.r.themes {
            let t = &self.lex.themes[i];
            if t.forum && self.r.themes.iter().any(|&j| !self.lex.themes[j].forum) {
                continue;
            }
            if !years.contains(&t.year) {
                years.push(t.year);
            }
            theme = t.theme.clone();
            ev.extend(t.evidence.iter());
        }
        let answer = years_text(&years);
        let sentence =
            format!("以“{theme}”为主题的是{}。", join(&years.iter().map(|&y| meeting_name(y)).collect::<Vec<_>>()));
        Reply::answered(INTENT, answer, sentence).years(&years).evidence(ev).topic(&theme).rule("theme.reverse")
    }

    /// The host the meeting of `year` decided for the next one.
    pub fn next_host(&self, year: i32) -> Reply {
        const INTENT: &str = "meeting.next";
        let m = match self.meeting(year, INTENT) {
            Ok(m) => m,
            Err(r) => return r,
        };
        if let Some(n) = m.next.primary() {
            let place = gazetteer::province_full(&n.value.province);
            // 确定下一届在安徽举行吗: yes or no first.
            let check = match self.r.places.first() {
                Some(p) if self.r.asks.has(cue::ASKS_YES_NO) => {
                    if p.province == n.value.province {
                        "是，"
                    } else {
                        "否（不是），"
                    }
                }
                _ => "",
            };
            let mut reply = Reply::answered(
                INTENT,
                format!("{check}{place}（{}年度）", n.value.year),
                format!("{}确定，{}年度长三角地区主要领导座谈会在{place}召开。", meeting_name(year), n.value.year),
            )
            .years(&[year, n.value.year])
            .evidence(&n.evidence)
            .rule("next.forward");
            // The next meeting's own report, when the corpus has it, says where it was in the end.
            if let Some(nm) = self.kb.meetings.get(&n.value.year)
                && let Some(p) = nm.place.primary()
                && p.value.city.is_some()
                && !nm.is_decided_only()
            {
                reply.sentence.push_str(&format!("该届会议后来在{}举行。", p.value.full_name()));
                // 下一届在哪个城市: the city it was held in, which the decision did not name.
                let t = &self.r.text;
                // 2023年的下一届在哪里开 (no 确定): where it was held, which the report of it says.
                let held_asked = !self.r.asks.has(cue::DECIDE) && !self.r.asks.has(cue::WHERE_PROVINCE);
                // `会议确定,下一届座谈会将在江苏扬州举行`: a decision that named the city itself.
                let city_decided =
                    p.value.city.as_deref().is_some_and(|c| n.evidence.iter().any(|e| e.quote.contains(c)));
                if check.is_empty()
                    && (held_asked || city_decided || ["城市", "哪个市", "哪座", "哪市"].iter().any(|w| t.contains(w)))
                {
                    reply.answer = format!("{}（{}年度）", p.value.full_name(), n.value.year);
                    reply.evidence.extend(p.evidence.iter().cloned());
                    return reply;
                }
            }
            // 确定的2130年度会议在安徽哪个城市举行: the decision names a province only, and no report of
            // that meeting names its city.
            let t = &self.r.text;
            if check.is_empty() && ["哪个城市", "哪座城市", "哪个市", "哪市"].iter().any(|w| t.contains(w))
            {
                let sentence = format!("{}语料没有记载该届会议的举办城市。", reply.sentence);
                return Reply::not_found(INTENT, sentence)
                    .years(&[year, n.value.year])
                    .evidence(&n.evidence)
                    .rule("next.city_unknown");
            }
            return reply;
        }
        // No decision reported: the following meeting's own place, if any.
        let following = self.meeting_after(year).and_then(|y| self.kb.meetings.get(&y));
        let Some((nm, place)) = following.and_then(|nm| nm.place.primary().map(|p| (nm, p))) else {
            return Reply::not_found(INTENT, format!("语料没有{}确定下一届举办地的记录。", meeting_name(year)))
                .years(&[year]);
        };
        let full = place.value.full_name();
        let sentence = format!("语料未载{}对下一届的决定；{}在{full}举行。", meeting_name(year), meeting_name(nm.year));
        // 2025年度座谈会确定下一届在哪, with no report of 2025: what it decided is unknown; the reply
        // says so, with where the next one was held.
        let reply = if self.r.asks.has(cue::DECIDE) {
            Reply::not_found(INTENT, sentence)
        } else {
            Reply::answered(INTENT, format!("{full}（{}年度）", nm.year), sentence).rule("next.following")
        };
        reply.years(&[year, nm.year]).evidence(&place.evidence)
    }

    /// Which meeting decided the host of `target` (or decided on `province`).
    pub fn decided_by(&self, target: Option<i32>, province: Option<&str>) -> Reply {
        const INTENT: &str = "meeting.decided_by";
        let mut found: Vec<(&Meeting, i32, String)> = Vec::new();
        for m in self.kb.meetings.values() {
            if let Some(n) = m.next.get()
                && target.is_none_or(|t| t == n.year)
                && province.is_none_or(|p| p == n.province)
            {
                found.push((m, n.year, n.province.clone()));
            }
        }
        if found.is_empty()
            && let Some(t) = target
            && let Some(by) = self.kb.meetings.get(&t).and_then(|m| m.decided_by.get().copied())
            && let Some(m) = self.kb.meetings.get(&by)
        {
            let p = self.kb.meetings[&t].place.get().map(|p| p.province.clone()).unwrap_or_default();
            found.push((m, t, p));
        }
        // 哪次座谈会确定2024年度座谈会在江苏召开, when the meeting decided on another province: the
        // premise fails, whichever meeting decided.
        if let (Some(t), Some(asked)) = (target, province) {
            let decided = self.kb.meetings.values().find_map(|m| {
                let n = m.next.get().filter(|n| n.year == t)?;
                Some((m.year, n.province.clone(), m.next.primary()?.evidence.clone()))
            });
            let held = || {
                let p = self.kb.meetings.get(&t)?.place.primary()?;
                Some((t, p.value.province.clone(), p.evidence.clone()))
            };
            if let Some((_, actual, ev)) = decided.or_else(held)
                && actual != asked
            {
                return Reply::not_found(
                    INTENT,
                    format!(
                        "前提不成立：{t}年度座谈会定在{}召开，不是{}。",
                        gazetteer::province_full(&actual),
                        gazetteer::province_full(asked)
                    ),
                )
                .years(&[t])
                .evidence(&ev)
                .rule("next.reverse.premise");
            }
        }
        if found.is_empty() {
            let what = match (target, province) {
                (Some(t), _) => format!("{t}年度座谈会举办地"),
                (None, Some(p)) => format!("在{}召开座谈会", gazetteer::province_full(p)),
                _ => "下一届举办地".to_string(),
            };
            return Reply::not_found(INTENT, format!("语料中没有哪次会议确定{what}的记录。"));
        }
        let years: Vec<i32> = found.iter().map(|(m, _, _)| m.year).collect();
        let mut ev = Vec::new();
        let sentences: Vec<String> = found
            .iter()
            .map(|(m, t, p)| {
                ev.extend(m.next.primary().map(|s| s.evidence.clone()).unwrap_or_default());
                format!("{}确定{t}年度座谈会在{}召开。", meeting_name(m.year), gazetteer::province_full(p))
            })
            .collect();
        let answer = join(&years.iter().map(|y| format!("{y}年度座谈会")).collect::<Vec<_>>());
        Reply::answered(INTENT, answer, sentences.concat()).years(&years).evidence(&ev).rule("next.reverse")
    }

    /// How many agreements were signed at the meetings of `years` (`期间集中签约了多少项重大合作事项`):
    /// only a total a report states, the meeting's or that of the forum beside it; the agreements a
    /// report happens to name are not counted as the total.
    pub fn signed_count(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.signed_count";
        let unit = |total: &Sourced<u32>| signed_unit(&self.r.text, total.value, &total.evidence);
        // 2389年比2386年多几个, 哪一年签约最多: computed over the totals the reports state.
        let t = &self.r.text;
        let differ = super::text::any_of(t, &super::text::DIFFERENCE_WORDS);
        let most = t.contains("最多");
        let least = t.contains("最少");
        // 2413年至2416年…合计多少个: the sum, when every meeting's total is stated.
        let summed = super::text::any_of(t, &super::text::SUM_WORDS) && !most && !least;
        if (differ && years.len() == 2 || (most || least || summed) && years.len() >= 2)
            && let Some(totals) = years
                .iter()
                .map(|y| {
                    let m = self.kb.meetings.get(y)?;
                    m.signed_total
                        .primary()
                        .filter(|_| !m.signed_total.is_conflicting())
                        .or_else(|| self.kb.forums.get(y).and_then(|f| f.signed_total.primary()))
                        .map(|s| (*y, s))
                })
                .collect::<Option<Vec<(i32, &Sourced<u32>)>>>()
        {
            let u = unit(totals[0].1);
            let parts: Vec<String> =
                totals.iter().map(|(y, s)| format!("{}签约{}{u}", meeting_name(*y), s.value)).collect();
            let ev: Vec<Evidence> = totals.iter().flat_map(|(_, s)| s.evidence.iter().cloned()).collect();
            let mut chosen: Vec<i32> = years.to_vec();
            let (answer, tail) = if differ {
                let d = totals[0].1.value.abs_diff(totals[1].1.value);
                (format!("{d}{u}"), format!("相差{d}{u}"))
            } else if summed {
                let sum: u32 = totals.iter().map(|(_, s)| s.value).sum();
                (format!("{sum}{u}"), format!("合计{sum}{u}"))
            } else {
                let pick = |v: u32| {
                    if most {
                        totals.iter().all(|(_, s)| s.value <= v)
                    } else {
                        totals.iter().all(|(_, s)| s.value >= v)
                    }
                };
                // The meeting picked is the one a later ask (那年在哪开的) refers to.
                chosen = totals.iter().filter(|(_, s)| pick(s.value)).map(|(y, _)| *y).collect();
                let top: Vec<String> = totals
                    .iter()
                    .filter(|(_, s)| pick(s.value))
                    .map(|(y, s)| format!("{y}年（{}{u}）", s.value))
                    .collect();
                (join(&top), format!("{}最{}", join(&top), if most { "多" } else { "少" }))
            };
            return Reply::answered(INTENT, answer, format!("{}，{tail}。", parts.join("，")))
                .years(&chosen)
                .evidence(&ev)
                .rule("meeting.signed_compared");
        }
        self.per_meeting(years, INTENT, |m| {
            if let Some(total) = m.signed_total.primary() {
                let n = format!("{}{}", total.value, unit(total));
                let sentence = format!("{}共签署{n}合作协议。", meeting_name(m.year));
                return Ok(Part { answer: n, sentence, evidence: total.evidence.clone() });
            }
            if let Some(total) = self.kb.forums.get(&m.year).and_then(|f| f.signed_total.primary()) {
                let n = format!("{}{}", total.value, unit(total));
                let sentence = format!(
                    "{}期间，同期举行的{}年长三角一体化发展高层论坛上共签约{n}合作事项。",
                    meeting_name(m.year),
                    m.year
                );
                return Ok(Part { answer: n, sentence, evidence: total.evidence.clone() });
            }
            Err(self.missing(INTENT, m.year, "签约总数"))
        })
    }

    /// The documents the meetings of `years` acted on, or how many.
    pub fn documents(&self, years: &[i32], count: bool) -> Reply {
        let intent = if count { "meeting.document_count" } else { "meeting.documents" };
        self.per_meeting(years, intent, |m| {
            // 签署了几项协议, when the report sums the agreements up beyond the ones it names.
            if count
                && self.r.text.contains('签')
                && let Some(total) = m.signed_total.primary()
            {
                let sentence = format!("{}共签署{}项合作协议。", meeting_name(m.year), total.value);
                return Ok(Part { answer: format!("{}项", total.value), sentence, evidence: total.evidence.clone() });
            }

            let acted = self.asked_documents(m);
            // `会上签署合作协议8项`: a count the report states without naming the agreements, in the
            // passage that says it (a figure only with the unit asked).
            if acted.is_empty()
                && count
                && let Some(said) = self.said_at_meeting(m.year).filter(|r| r.extra.intent == "meeting.said")
            {
                return Ok(Part { answer: said.answer, sentence: said.sentence, evidence: said.evidence });
            }
            if acted.is_empty() {
                let what = if super::asks::signing_asked(&self.r.scan()) {
                    "签署文件记录"
                } else {
                    "审议文件记录"
                };
                return Err(self.missing(intent, m.year, what));
            }
            let titles: Vec<String> = acted.iter().map(|d| format!("《{}》", d.value.title)).collect();
            // Group by verb so 审议 and 审议并原则通过 are not confused.
            let mut by_verb: Vec<(String, Vec<String>)> = Vec::new();
            for d in &acted {
                let verb = if d.value.verb.is_empty() {
                    action_verb(d.value.action).to_string()
                } else {
                    d.value.verb.clone()
                };
                match by_verb.iter_mut().find(|(v, _)| *v == verb) {
                    Some((_, ts)) => ts.push(format!("《{}》", d.value.title)),
                    None => by_verb.push((verb, vec![format!("《{}》", d.value.title)])),
                }
            }
            let said: Vec<String> = by_verb.iter().map(|(v, ts)| format!("{v}{}", ts.concat())).collect();
            let mut sentence = format!("{}{}", meeting_name(m.year), said.join("，"));
            if self.r.text.contains("通过") && acted.iter().all(|d| !d.value.action.is_passed()) {
                sentence.push_str("（报道只说“审议”，未说通过）");
            }
            sentence.push('。');
            if !m.cited.is_empty() {
                let cited: Vec<String> = m.cited.iter().map(|c| format!("《{}》", c.value)).collect();
                sentence.push_str(&format!("会上提及的{}只是引用，并非会议审议的文件。", cited.concat()));
            }
            let answer = if count { format!("{}个", acted.len()) } else { join(&titles) };
            Ok(Part { answer, sentence, evidence: acted.iter().flat_map(|d| d.evidence.iter().cloned()).collect() })
        })
    }

    /// The documents of `m` the question asks about: released ones for 发布, passed ones for
    /// 通过 (all acted on when none was passed, so 审议 alone is reported as such), not released
    /// ones for 审议, else all.
    pub(super) fn asked_documents<'m>(
        &self,
        m: &'m Meeting,
    ) -> Vec<&'m crate::engine::model::Sourced<crate::engine::model::MeetingDoc>> {
        let t = &self.r.scan();
        let all: Vec<_> = m.documents.iter().collect();
        let pick =
            |f: &dyn Fn(DocAction) -> bool| -> Vec<_> { all.iter().copied().filter(|d| f(d.value.action)).collect() };
        // 审议或原则同意了哪些文件, 审议通过和印发了哪些: two acts asked, the documents of either.
        let acts = acts_asked(t);
        if acts.len() >= 2 {
            let either: Vec<_> = all.iter().copied().filter(|d| acts.iter().any(|a| a.covers(&d.value))).collect();
            if !either.is_empty() {
                return either;
            }
        }
        if super::asks::signing_asked(t) {
            let signed = pick(&|a| a == DocAction::Signed);
            if !signed.is_empty() {
                return signed;
            }
            // 2024年签署了哪些协议, where that meeting signed nothing: what it reviewed is no answer.
            if !t.contains("审议") && !t.contains("通过") {
                return Vec::new();
            }
        }
        // 原则同意了哪些文件: only the documents the reports record with that verb, when they say so.
        if t.contains("同意") && !t.contains("通过") {
            let agreed: Vec<_> = all.iter().copied().filter(|d| d.value.verb.contains("同意")).collect();
            if !agreed.is_empty() {
                return agreed;
            }
        }
        // 印发了什么文件: what the meeting issued, as 发布 asks what it released.
        if (t.replace("发布会", "").contains("发布") || t.contains("印发"))
            && !t.contains("通过")
            && !t.contains("审议")
        {
            let released = pick(&|a| a == DocAction::Released);
            if !released.is_empty() {
                return released;
            }
        }
        let not_released = pick(&|a| a != DocAction::Released);
        if t.contains("通过") {
            // Signing an agreement is not passing a document (`审议通过了几份文件`).
            let passed = pick(&|a| a.is_passed() && a != DocAction::Released && a != DocAction::Signed);
            if !passed.is_empty() {
                return passed;
            }
            return not_released;
        }
        if t.contains("成果") {
            return all;
        }
        // 审议了几份文件: an agreement signed at the meeting was not reviewed by it.
        if t.contains("审议") {
            let reviewed = pick(&|a| a != DocAction::Released && a != DocAction::Signed);
            if !reviewed.is_empty() {
                return reviewed;
            }
        }
        if t.contains("审议") || t.contains("文件") {
            return not_released;
        }
        all
    }

    /// 是哪几个省市的领导参加的: the provinces whose leaders attended, with who came from each.
    pub fn attendee_provinces(&self, year: i32) -> Option<Reply> {
        let m = self.kb.meetings.get(&year)?;
        let mut by: Vec<(String, Vec<String>)> = Vec::new();
        for a in m.attendees.iter().filter(|a| !a.value.province.is_empty()) {
            match by.iter_mut().find(|(p, _)| *p == a.value.province) {
                Some((_, names)) => names.push(a.value.name.clone()),
                None => by.push((a.value.province.clone(), vec![a.value.name.clone()])),
            }
        }
        if by.is_empty() {
            return None;
        }
        let answer =
            by.iter().map(|(p, n)| format!("{}（{}）", gazetteer::province_full(p), join(n))).collect::<Vec<_>>();
        let sentence = format!("出席{}的有{}的领导。", meeting_name(year), answer.join("、"));
        Some(
            Reply::answered("meeting.attendee_provinces", answer.join("、"), sentence)
                .years(&[year])
                .evidence(m.attendees.iter().flat_map(|a| a.evidence.iter()))
                .rule("attendees.provinces"),
        )
    }

    pub fn attendees(&self, years: &[i32], count: bool) -> Reply {
        let intent = if count { "meeting.attendee_count" } else { "meeting.attendees" };
        // 2022年在上海召开的座谈会有哪些人出席: the venue names the meeting, not a delegation.
        let provinces = if self.r.place_event { Vec::new() } else { self.role_provinces() };
        // 外国嘉宾: the leaders of the three provinces and Shanghai are no answer to who came from abroad.
        // 香港特区政府有谁出席: a guest from outside the delta's four governments, whom the list would name.
        let abroad = ["外国", "外宾", "境外", "国外", "海外", "香港", "澳门", "台湾", "港澳", "特区"]
            .iter()
            .any(|w| self.r.text.contains(w));
        let leaders = ["领导", "书记", "省长", "市长", "主席", "负责", "官员", "位", "名"];
        // 出席 is what the report's own list says (出席会议的有…); 参加, 一共, 总人数 ask for everyone.
        let total_asked = count
            && !leaders.iter().any(|w| self.r.text.contains(w))
            && !self.r.text.contains("出席")
            && ["参加", "参会", "与会", "一共", "总共", "总人数"].iter().any(|w| self.r.text.contains(w));
        self.per_meeting(years, intent, |m| {
            if abroad {
                return Err(self.missing(intent, m.year, "外国嘉宾出席记录"));
            }
            let mut people = m.attendees.iter().collect::<Vec<_>>();
            if !provinces.is_empty() {
                people.retain(|a| provinces.contains(&a.value.province));
            }
            // 几位省委书记出席: only those in the role.
            let c = self.r.asks;
            if !(c.has(cue::ASKS_SECRETARY) && c.has(cue::GOVERNOR))
                && let Some(ask) = super::people::RoleAsk::read(self.r)
            {
                people.retain(|a| ask.matches(&a.value.role));
            }
            if people.is_empty() {
                return Err(self.missing(intent, m.year, "出席人员记录"));
            }
            let names: Vec<String> = people.iter().map(|a| a.value.name.clone()).collect();
            let with_roles: Vec<String> = people
                .iter()
                .map(|a| format!("{}{}", super::reply::display_role(&a.value.role, &a.value.province), a.value.name))
                .collect();
            // 一共有多少人参加: all who took part, which no report counts; the list names the leaders.
            if total_asked && provinces.is_empty() {
                return Err(Reply::not_found(
                    intent,
                    format!(
                        "语料没有记载{}的与会总人数；报道列出的出席领导有{}人：{}。",
                        meeting_name(m.year),
                        names.len(),
                        join(&with_roles)
                    ),
                ));
            }
            let answer = if count { format!("{}人", names.len()) } else { join(&names) };
            let mut sentence = format!("出席{}的有：{}。", meeting_name(m.year), join(&with_roles));
            if !m.invited.is_empty() {
                let inv: Vec<String> = m.invited.iter().map(|i| i.value.clone()).collect();
                sentence.push_str(&format!("{}有关负责同志应邀出席。", join(&inv)));
            }
            Ok(Part { answer, sentence, evidence: people.iter().flat_map(|a| a.evidence.iter().cloned()).collect() })
        })
    }

    /// 2024年座谈会有中央财办参加吗: whether a body was invited to each meeting named; with several
    /// (除了国家发改委,中央财办也应邀出席了吗), whether every one was.
    pub fn org_check(&self, orgs: &[String], years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.invited_check";
        self.per_meeting(years, INTENT, |m| {
            if m.invited.is_empty() {
                return Err(Reply::not_found(INTENT, format!("语料没有记载{}应邀出席的部门。", meeting_name(m.year))));
            }
            let found: Vec<_> = orgs
                .iter()
                .filter_map(|org| m.invited.iter().find(|s| super::text::normalize(&s.value) == *org))
                .collect();
            let missing: Vec<String> = orgs
                .iter()
                .filter(|org| !m.invited.iter().any(|s| super::text::normalize(&s.value) == **org))
                .cloned()
                .collect();
            let named = join(orgs);
            Ok(if missing.is_empty() {
                Part {
                    answer: if orgs.len() > 1 {
                        format!("是（{named}均应邀出席）")
                    } else {
                        format!("是（{named}应邀出席）")
                    },
                    sentence: format!("{named}应邀出席了{}。", meeting_name(m.year)),
                    evidence: found.iter().flat_map(|s| s.evidence.iter().cloned()).collect(),
                }
            } else {
                let who = join(&m.invited.iter().map(|s| s.value.clone()).collect::<Vec<_>>());
                let absent = join(&missing);
                Part {
                    // The answer names who came instead: a bare 否 would hide the fact asked about.
                    answer: format!("否（不是；应邀出席的是{who}）"),
                    sentence: format!("据报道，{}应邀出席的是{who}，没有{absent}。", meeting_name(m.year)),
                    evidence: m.invited.iter().flat_map(|s| s.evidence.iter().cloned()).collect(),
                }
            })
        })
    }

    /// The officials of a body named at the meetings of `years`, when the reports name them.
    pub fn org_people(&self, org: &str, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.invited_people";
        self.per_meeting(years, INTENT, |m| {
            let named: Vec<_> =
                m.attendees.iter().filter(|a| super::text::normalize(&a.value.role).contains(org)).collect();
            if named.is_empty() {
                let invited = m.invited.iter().any(|s| super::text::normalize(&s.value) == org);
                let why = if invited {
                    "报道只写“有关负责同志”，未写姓名"
                } else {
                    "报道未提及该单位出席"
                };
                return Err(Reply::not_found(INTENT, format!("{}：{why}。", meeting_name(m.year))).years(&[m.year]));
            }
            let names: Vec<String> = named.iter().map(|a| a.value.name.clone()).collect();
            let full: Vec<String> = named.iter().map(|a| format!("{}{}", a.value.role, a.value.name)).collect();
            Ok(Part {
                answer: join(&names),
                sentence: format!("{}出席的{org}领导：{}。", meeting_name(m.year), join(&full)),
                evidence: named.iter().flat_map(|a| a.evidence.iter().cloned()).collect(),
            })
        })
    }

    pub fn cited(&self, years: &[i32]) -> Reply {
        self.simple_list(years, "meeting.cited", "提及（引用）的文件", |m| {
            m.cited.iter().map(|s| (format!("《{}》", s.value), s.evidence.clone())).collect()
        })
    }

    pub fn invited(&self, years: &[i32]) -> Reply {
        self.simple_list(years, "meeting.invited", "应邀出席的中央部门", |m| {
            m.invited.iter().map(|s| (s.value.clone(), s.evidence.clone())).collect()
        })
    }

    pub fn focus(&self, years: &[i32]) -> Reply {
        self.simple_list(years, "meeting.focus", "聚焦讨论的方面", |m| {
            m.focus_areas.iter().map(|s| (s.value.clone(), s.evidence.clone())).collect()
        })
    }

    pub fn side_events(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.side_events";
        // 在杭州考察了哪个社区: a city the question places the visit in must be in what was visited.
        let cities: Vec<&str> = self.r.places.iter().filter(|p| !p.is_province).map(|p| p.name.as_str()).collect();
        for &y in years {
            let Some(m) = self.kb.meetings.get(&y) else { continue };
            let told = |c: &&str| {
                m.side_events.iter().any(|s| s.value.contains(*c) || s.evidence.iter().any(|e| e.quote.contains(*c)))
            };
            if let Some(city) = cities.iter().find(|c| !told(c))
                && !m.side_events.is_empty()
            {
                let all: Vec<String> = m.side_events.iter().map(|s| s.value.clone()).collect();
                let sentence = format!("语料没有记载{}期间在{city}的活动；记载的有：{}。", meeting_name(y), join(&all));
                return Reply::not_found(INTENT, sentence).years(&[y]);
            }
        }
        self.simple_list(years, INTENT, "会议期间的考察和并行活动", |m| {
            m.side_events.iter().map(|s| (s.value.clone(), s.evidence.clone())).collect()
        })
    }

    /// 边会围绕哪些主题, 论坛介绍了哪些边会成果: the topics the reports list for the side sessions
    /// of the year, read from the sentences that mention them.
    pub fn side_topics(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.side_topics";
        let mut topics: Vec<String> = Vec::new();
        let mut ev: Vec<Evidence> = Vec::new();
        for &y in years {
            let meeting =
                self.kb.meetings.get(&y).into_iter().flat_map(|m| m.side_events.iter().flat_map(|s| &s.evidence));
            let forum = self.kb.forums.get(&y).into_iter().flat_map(|f| f.releases.iter().flat_map(|s| &s.evidence));
            for e in meeting.chain(forum) {
                let found = side_session_topics(&e.quote);
                if found.is_empty() {
                    continue;
                }
                if !ev.iter().any(|x| x.quote == e.quote) {
                    ev.push(e.clone());
                }
                for t in found {
                    // The same topic told twice (大气污染防治联防联控, 大气污染联防联控) is kept once.
                    let key: String = t.chars().take(4).collect();
                    if !topics.iter().any(|x| x.starts_with(&key)) {
                        topics.push(t);
                    }
                }
            }
        }
        if topics.is_empty() {
            return Reply::not_found(INTENT, format!("语料没有记载{}边会的主题。", years_text(years))).years(years);
        }
        let sentence = format!("{}边会围绕的主题有：{}。", years_text(years), join(&topics));
        Reply::answered(INTENT, join(&topics), sentence).years(years).evidence(&ev).rule(INTENT)
    }

    fn simple_list(
        &self,
        years: &[i32],
        intent: &'static str,
        what: &str,
        get: impl Fn(&Meeting) -> Vec<(String, Vec<Evidence>)>,
    ) -> Reply {
        self.per_meeting(years, intent, |m| {
            let items = get(m);
            if items.is_empty() {
                return Err(self.missing(intent, m.year, &format!("{what}记录")));
            }
            let names: Vec<String> = items.iter().map(|(v, _)| v.clone()).collect();
            let sentence = format!("{}{what}：{}。", meeting_name(m.year), join(&names));
            // 有几个单位应邀出席: the count, then the names.
            let answer = if self.r.asks.has(cue::ASKS_COUNT) {
                format!("{}个（{}）", names.len(), join(&names))
            } else {
                join(&names)
            };
            Ok(Part { answer, sentence, evidence: items.into_iter().flat_map(|(_, e)| e).collect() })
        })
    }

    /// How many meetings had been held by `year` (or by the latest meeting a report places in the
    /// series), as a report states it (`截至2389年,…已连续举办25次`): that meeting's place in the
    /// series, worded as the count up to it.
    pub fn stated_total(&self, year: Option<i32>) -> Option<Reply> {
        const INTENT: &str = "aggregate.meeting_count";
        let m = match year {
            Some(y) => self.kb.meetings.get(&y)?,
            None => self.kb.meetings.values().rev().find(|m| !m.series.is_empty())?,
        };
        let s = m.series.primary().filter(|_| !m.series.is_conflicting())?;
        let n = s.value.nth;
        let sentence = format!("据报道，截至{}，长三角地区主要领导座谈会共举办{n}次。", meeting_name(m.year));
        Some(
            Reply::answered(INTENT, format!("{n}次（截至{}年）", m.year), sentence)
                .years(&[m.year])
                .evidence(&s.evidence)
                .rule("aggregate.stated_total"),
        )
    }

    /// The place in the series its report gives the one meeting named (`自2045年以来连续第六年`).
    pub fn series_place(&self, years: &[i32]) -> Option<Reply> {
        const INTENT: &str = "meeting.series";
        let [y] = years[..] else { return None };
        let Some(s) = self.kb.meetings.get(&y).and_then(|m| m.series.primary()) else {
            return self.series_place_from_later(y);
        };
        let n = s.value.nth;
        let since = s.value.since.map(|f| format!("自{f}年以来")).unwrap_or_default();
        let sentence = format!("据报道，{}是三省一市主要领导{since}连续第{n}年举行座谈会。", meeting_name(y));
        Some(
            Reply::answered(INTENT, format!("连续第{n}年（第{n}次）"), sentence)
                .years(&[y])
                .evidence(&s.evidence)
                .rule(INTENT),
        )
    }

    /// A meeting whose own report gives no place in the series, between the first year a later
    /// report counts from and that later meeting (`2109年度…自2101年以来连续第九年` makes 2107 the
    /// seventh): the years in a row are counted back. After the last such report nothing is known.
    fn series_place_from_later(&self, y: i32) -> Option<Reply> {
        const INTENT: &str = "meeting.series";
        let (later, s) = self.kb.meetings.range(y + 1..).find_map(|(&l, m)| {
            let s = m.series.primary()?;
            let since = s.value.since?;
            (since <= y && since + s.value.nth as i32 - 1 == l).then_some((l, s))
        })?;
        let n = s.value.nth as i32 - (later - y);
        let since = s.value.since?;
        let sentence = format!(
            "据报道，{}是三省一市主要领导自{since}年以来连续第{}年举行座谈会；由此{}是连续第{n}年。",
            meeting_name(later),
            s.value.nth,
            meeting_name(y)
        );
        Some(
            Reply::answered(INTENT, format!("连续第{n}年（第{n}次）"), sentence)
                .years(&[y])
                .evidence(&s.evidence)
                .rule("meeting.series_counted_back"),
        )
    }

    /// Place, dates and theme of a meeting the question names without asking anything narrower.
    pub fn summary(&self, year: i32) -> Reply {
        const INTENT: &str = "meeting.summary";
        let m = match self.meeting(year, INTENT) {
            Ok(m) => m,
            Err(r) => return r,
        };
        if m.is_decided_only() {
            let place = m.place.get().map(|p| p.full_name()).unwrap_or_default();
            let ev: Vec<_> = m.place.primary().map(|s| s.evidence.clone()).unwrap_or_default();
            // 2025年座谈会取得了哪些成果: only the host province is known, not what was asked.
            let c = self.r.asks;
            if c.has(cue::ITEMS)
                || c.has(cue::DOCS)
                || c.has(cue::THEME)
                || c.has(cue::ASKS_WHO)
                || c.has(cue::ASKS_COUNT)
                || c.has(cue::FOCUS)
                || self.r.text.contains("成果")
            {
                return Reply::not_found(INTENT, self.known_about(year)).years(&[year]).evidence(&ev);
            }
            return Reply::answered(INTENT, place, self.known_about(year)).years(&[year]).evidence(&ev).rule("summary");
        }
        let mut facts = Vec::new();
        let mut ev = Vec::new();
        if let Some(d) = m.dates.primary() {
            facts.push(format!("{year}年{}", d.value.chinese()));
            ev.extend(d.evidence.iter());
        }
        if let Some(p) = m.place.primary() {
            facts.push(format!("在{}举行", p.value.full_name()));
            ev.extend(p.evidence.iter());
        }
        let mut sentence = format!("{}{}", meeting_name(year), facts.concat());
        if let Some(t) = m.theme.primary() {
            sentence.push_str(&format!("，主题为“{}”", t.value));
            ev.extend(t.evidence.iter());
        }
        sentence.push('。');
        if self.r.asks.has(cue::THEME)
            && let Some(t) = m.theme.get()
        {
            facts.push(format!("主题为“{t}”"));
        }
        let answer = facts.join("，");
        Reply::answered(INTENT, answer, sentence).years(&[year]).evidence(ev).rule("summary")
    }
}

fn action_verb(a: DocAction) -> &'static str {
    match a {
        DocAction::Reviewed => "审议了",
        DocAction::Adopted => "审议通过了",
        DocAction::Approved => "批准了",
        DocAction::Released => "发布了",
        DocAction::Signed => "签署了",
    }
}

/// An act on documents a question names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    Signed,
    Agreed,
    Released,
    Passed,
    Reviewed,
}

impl Act {
    fn covers(self, d: &MeetingDoc) -> bool {
        let acted = d.action != DocAction::Released && d.action != DocAction::Signed;
        match self {
            Act::Signed => d.action == DocAction::Signed,
            Act::Agreed => d.verb.contains("同意"),
            Act::Released => d.action == DocAction::Released,
            Act::Passed => acted && d.action.is_passed(),
            Act::Reviewed => acted,
        }
    }
}

/// The acts `t` asks documents of: `审议通过` is one act (passing), `审议或原则同意` two.
fn acts_asked(t: &super::text::Scan) -> Vec<Act> {
    let reviewed_alone = t.match_indices("审议").any(|(i, w)| !t[i + w.len()..].starts_with(['通', '并']));
    [
        (Act::Signed, super::asks::signing_asked(t)),
        (Act::Agreed, t.contains("同意")),
        (Act::Released, t.replace("发布会", "").contains("发布") || t.contains("印发")),
        (Act::Passed, t.contains("通过")),
        (Act::Reviewed, reviewed_alone),
    ]
    .into_iter()
    .filter_map(|(a, asked)| asked.then_some(a))
    .collect()
}

/// Days from `a` to `b` inclusive.
pub fn day_count(a: crate::engine::model::Date, b: crate::engine::model::Date) -> i64 {
    b.serial() - a.serial() + 1
}

/// The topics a sentence lists for side sessions (边会): `围绕A、B、C等主题` after 边会, or
/// `介绍了A、B等边会成果` before it.
fn side_session_topics(quote: &str) -> Vec<String> {
    let Some(at) = quote.find("边会") else { return Vec::new() };
    for lead in ["围绕", "介绍了", "聚焦", "涉及"] {
        for (p, _) in quote.match_indices(lead) {
            let rest = &quote[p + lead.len()..];
            let Some(e) = rest.find('等') else { continue };
            let list = &rest[..e];
            let after = &rest[e..];
            // Tied to the side sessions: the list follows 边会 closely, or ends in 等边会….
            let tied = (p > at && p - at <= 30) || after.starts_with("等边会");
            if tied && !list.contains(['。', '，']) && list.contains('、') {
                return list
                    .split('、')
                    .map(|t| t.trim_matches([',', ' ']).to_string())
                    .filter(|t| !t.is_empty())
                    .collect();
            }
        }
    }
    Vec::new()
}

/// `在上海市嘉定区举行`, `在上海临港召开`, `在青浦举行`: the district or area of Shanghai a report
/// puts the meeting in; in an English report, the gloss of the place it was held in
/// (`in Songjiang district (松江区) of Shanghai`).
pub(super) fn shanghai_district(evidence: &[crate::engine::model::Evidence]) -> Option<String> {
    evidence.iter().find_map(|e| {
        let q: &str = &e.quote;
        let held = ["held", " met ", "gathered", "convened"].iter().filter_map(|w| q.find(w)).min();
        let glossed = held
            .and_then(|h| q[h..].find(" in ").map(|k| h + k))
            .and_then(|at| q[at..].find('(').map(|k| at + k))
            .into_iter();
        q.match_indices('在').map(|(at, _)| at).chain(glossed).find_map(|at| {
            let rest = &q[at + q[at..].chars().next().map_or(1, char::len_utf8)..];
            let rest = rest.strip_prefix("上海").map_or(rest, |r| r.strip_prefix('市').unwrap_or(r));
            if let Some((area, _)) = gazetteer::shanghai_area(rest) {
                return Some(area.to_string());
            }
            // A district the table does not list, named with 区 after the city.
            let named_city = q[at..].starts_with("在上海") || q[at..].starts_with('(');
            let chars: Vec<char> = rest.chars().take(4).collect();
            let n = chars.iter().position(|&c| c == '区').filter(|&n| named_city && (2..=3).contains(&n))?;
            Some(chars[..=n].iter().collect())
        })
    })
}

/// The measure word a count is asked in (`多少个项目` → 个, `几项` → 项): the answer is given in it.
/// The measure word for a count of `n` signed: the one asked (`多少个`, `几项`), else the one the
/// report wrote after the figure (`签约重大合作项目33个`), else 项.
pub(super) fn signed_unit(question: &str, n: u32, evidence: &[Evidence]) -> &'static str {
    // (`多少项目` asks no measure word: 项目 is the noun.)
    let asks = |w: &str| question.match_indices(w).any(|(at, _)| !question[at + w.len()..].starts_with('目'));
    if asks("多少项") || asks("几项") {
        return "项";
    }
    if asks("多少个") || asks("几个") {
        return "个";
    }
    let figure = n.to_string();
    let written = evidence.iter().find_map(|e| {
        e.quote.match_indices(&figure).find_map(|(at, _)| {
            let before = e.quote[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            match e.quote[at + figure.len()..].chars().next() {
                Some('个') => Some("个"),
                Some('项') => Some("项"),
                _ => None,
            }
        })
    });
    written.unwrap_or("项")
}
