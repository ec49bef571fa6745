//! Answers about the 长三角一体化发展高层论坛 (found by year, edition 第八届, or 最近一次: place,
//! date, edition, theme, hosts 主办, organisers 承办, speakers, keynotes, attendees, what it
//! released) and about the results press conference 成果发布会 (who presided, who reported the
//! results, who spoke, when).

use super::Ctx;
use super::reading::{Event, PlaceRef, Rel};
use super::reply::{Part, Reply, chinese_number, display_role, forum_name, meeting_name};
use super::tagger::cue;
use super::text::join;
use crate::engine::model::{Attendee, Evidence, Forum, Keynote, Place, Sourced};

/// What a question compares between a year's meeting and forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    SameDay,
    SamePlace,
    /// Whether the event named first came after (or before) the other.
    Order {
        forum_first: bool,
        after: bool,
    },
    Gap,
    First,
}

/// The comparison a question asks for, if it names both events and a comparison.
pub fn compare_asked(t: &str) -> Option<Compare> {
    let has = |ws: &[&str]| ws.iter().any(|w| t.contains(w));
    let (Some(f), Some(m)) = (t.find("论坛"), t.find("座谈会").or_else(|| t.find("会议"))) else {
        return None;
    };
    if has(&[
        "同一天",
        "同一日",
        "同天",
        "同日",
        "同一时间",
        "同一个时间",
        "同期举行",
        "同期召开",
        "同时举行",
        "同时召开",
    ]) {
        return Some(Compare::SameDay);
    }
    if has(&["同一个城市", "同一城市", "同一座城市", "同一个地方", "同一地点", "同一个地点", "同一个省", "同城"])
    {
        return Some(Compare::SamePlace);
    }
    if has(&["相隔", "隔了", "间隔", "相差", "差了几", "差几天", "隔几天", "差多少天"]) {
        return Some(Compare::Gap);
    }
    if has(&["哪个先", "谁先", "哪个在前", "哪个早", "先开哪", "哪个后"]) {
        return Some(Compare::First);
    }
    let after = has(&["之后举行", "之后召开", "之后开", "以后举行", "后一天", "晚于", "之后的"]);
    let before = has(&["之前举行", "之前召开", "之前开", "以前举行", "前一天", "早于", "之前的"]);
    if after != before {
        return Some(Compare::Order { forum_first: f < m, after });
    }
    None
}

impl Ctx<'_> {
    /// 2022年座谈会和论坛是同一天吗, 是在同一个城市开的吗, 相隔几天, 哪个先开: the meeting and the
    /// forum of a year side by side; the forum counts as the same day when it fell within the
    /// meeting's days.
    pub fn meeting_forum_compare(&self, mode: Compare) -> Reply {
        const INTENT: &str = "meeting.forum_compare";
        // 在论坛之前召开: 之前 orders the two events here, it does not move the year named.
        let ys = if self.r.years.is_empty() { self.meeting_years() } else { self.r.years.clone() };
        let ys: Vec<i32> = if ys.is_empty() {
            self.kb.forums.keys().filter(|y| self.kb.meetings.contains_key(y)).copied().collect()
        } else {
            ys
        };
        let mut verdicts = Vec::new();
        let mut facts = Vec::new();
        let mut answers = Vec::new();
        let mut ev: Vec<Evidence> = Vec::new();
        for &y in &ys {
            let (Some(m), Some(f)) = (self.kb.meetings.get(&y), self.kb.forums.get(&y)) else {
                return Reply::not_found(INTENT, format!("语料没有{y}年座谈会和论坛两方面的记录。")).years(&[y]);
            };
            if mode == Compare::SamePlace {
                let (Some(mp), Some(fp)) = (m.place.primary(), f.place.primary()) else {
                    return Reply::not_found(INTENT, format!("语料没有{y}年座谈会和论坛两者的举办地。")).years(&[y]);
                };
                ev.extend(mp.evidence.iter().chain(&fp.evidence).cloned());
                let same = mp.value.province == fp.value.province
                    && (mp.value.city == fp.value.city || mp.value.city.is_none() || fp.value.city.is_none());
                verdicts.push(same);
                facts.push(format!("{y}年座谈会在{}，论坛在{}", mp.value.full_name(), fp.value.full_name()));
                continue;
            }
            let (Some(md), Some(fd)) = (m.dates.primary(), f.date.primary()) else {
                return Reply::not_found(INTENT, format!("语料没有{y}年座谈会和论坛两者的日期。")).years(&[y]);
            };
            ev.extend(md.evidence.iter().chain(&fd.evidence).cloned());
            let (span, day) = (md.value, fd.value);
            let fact = format!("{y}年座谈会{}，论坛{}", span.chinese(), day.month_day());
            match mode {
                Compare::SameDay => verdicts.push(span.start <= day && day <= span.end),
                // 论坛是在座谈会之后举行的吗: the event named first is the one placed in time.
                Compare::Order { forum_first, after } => {
                    let forum_after = day > span.end;
                    let forum_before = day < span.start;
                    let later = if forum_first { forum_after } else { forum_before };
                    let earlier = if forum_first { forum_before } else { forum_after };
                    verdicts.push(if after { later } else { earlier });
                }
                Compare::Gap => {
                    let gap = if day > span.end {
                        super::meeting::day_count(span.end, day) - 1
                    } else if day < span.start {
                        super::meeting::day_count(day, span.start) - 1
                    } else {
                        0
                    };
                    answers.push(if gap == 0 {
                        format!("同期举行（{fact}）")
                    } else {
                        format!("相隔{gap}天（{fact}）")
                    });
                }
                Compare::First => {
                    let first = if day < span.start {
                        "论坛先举行"
                    } else if day > span.end {
                        "座谈会先举行"
                    } else if day == span.start {
                        "同一天开始"
                    } else {
                        "座谈会先开始，论坛在会期内举行"
                    };
                    answers.push(format!("{first}（{fact}）"));
                }
                Compare::SamePlace => {}
            }
            facts.push(fact);
        }
        if facts.is_empty() {
            return Reply::not_found(INTENT, "语料中没有同年的座谈会和论坛记录。");
        }
        let answer = if answers.is_empty() {
            let yes = verdicts.iter().all(|&v| v);
            format!("{}，{}", if yes { "是" } else { super::reply::NO }, facts.join("；"))
        } else {
            answers.join("；")
        };
        Reply::answered(INTENT, answer, format!("{}。", facts.join("；"))).years(&ys).evidence(&ev).rule(INTENT)
    }

    pub(super) fn forum_label(&self, f: &Forum) -> String {
        forum_name(f.year, f.edition.get().copied())
    }

    /// `2026年第八届`, or `2022年` when the edition is not known.
    fn forum_short(&self, f: &Forum) -> String {
        match f.edition.get() {
            Some(&e) => format!("{}年第{}届", f.year, chinese_number(e)),
            None => format!("{}年", f.year),
        }
    }

    /// 林晓岚在论坛上讲的什么题目, 童以安讲了啥: the topic of `name`'s keynote, the only thing the
    /// reports say of what a speaker said; `None` when no keynote of theirs has one.
    pub fn keynote_topic_of(&self, name: &str) -> Option<Reply> {
        let years = &self.r.years;
        let edition = self.r.edition;
        let all: Vec<(&Forum, &Sourced<Keynote>)> = self
            .kb
            .forums
            .values()
            .filter(|f| years.is_empty() || years.contains(&f.year))
            .flat_map(|f| f.keynotes.iter().map(move |k| (f, k)))
            .filter(|(_, k)| k.value.name == name && !k.value.topic.is_empty())
            .collect();
        let found: Vec<_> =
            all.iter().copied().filter(|(f, _)| edition.is_none_or(|e| f.edition.get() == Some(&e))).collect();
        // 霍思远在第二十七届论坛上的演讲题目: he spoke at another edition; the premise is false.
        if found.is_empty()
            && let (Some(e), [(f, k)]) = (edition, &all[..])
        {
            let sentence =
                format!("问题的前提有误：{name}是在{}上作演讲的，不是第{}届。", self.forum_label(f), chinese_number(e));
            return Some(
                Reply::not_found("forum.premise", sentence)
                    .years(&[f.year])
                    .person(name)
                    .evidence(&k.evidence)
                    .rule("forum.keynote_other_edition"),
            );
        }
        let [(f, k)] = found[..] else { return None };
        let kind = if k.value.kind == "演讲" { "演讲" } else { k.value.kind.as_str() };
        let sentence =
            format!("{name}在{}上围绕“{}”作{kind}；讲话的具体内容语料未载。", self.forum_label(f), k.value.topic);
        Some(
            Reply::answered("forum.by_person", k.value.topic.clone(), sentence)
                .years(&[f.year])
                .person(name)
                .evidence(&k.evidence)
                .rule("forum.keynote_topic"),
        )
    }

    /// `《低空经济与未来交通》这个主旨演讲是谁讲的`: a keynote named by its topic, its speaker and
    /// forum; `None` unless the question holds one keynote's topic whole.
    pub fn keynote_by_topic(&self) -> Option<Reply> {
        let key: String = self.r.text.chars().filter(|&c| !super::text::is_punct(c)).collect();
        let found: Vec<(&Forum, &Sourced<Keynote>)> = self
            .kb
            .forums
            .values()
            .flat_map(|f| f.keynotes.iter().map(move |k| (f, k)))
            .filter(|(_, k)| {
                let topic: String = k.value.topic.chars().filter(|&c| !super::text::is_punct(c)).collect();
                topic.chars().count() >= 4 && key.contains(&topic)
            })
            .collect();
        let [(f, k)] = found[..] else { return None };
        let who =
            if k.value.role.is_empty() { k.value.name.clone() } else { format!("{}{}", k.value.role, k.value.name) };
        let kind = k.value.kind.as_str();
        let sentence = format!("{who}在{}上以“{}”为题作{kind}。", self.forum_label(f), k.value.topic);
        Some(
            Reply::answered("forum.keynote_by_topic", format!("{}（{}）", k.value.name, self.forum_short(f)), sentence)
                .years(&[f.year])
                .person(&k.value.name)
                .evidence(&k.evidence)
                .rule("forum.keynote_by_topic"),
        )
    }

    /// The forums `name` spoke at, gave a keynote at or attended (肖渭明在哪一届论坛上致辞).
    fn forum_by_person(&self, name: &str) -> Reply {
        const INTENT: &str = "forum.by_person";
        let c = self.r.asks;
        let mut parts = Vec::new();
        let mut sentences = Vec::new();
        let mut ev: Vec<Evidence> = Vec::new();
        let mut years = Vec::new();
        let mut titled = false;
        let mut gave_keynote = false;
        let forums = self.forums(INTENT).unwrap_or_default();
        for f in forums {
            let keynote = f.keynotes.iter().find(|k| k.value.name == name);
            let spoke = f.speakers.iter().find(|a| a.value.name == name);
            let attended = f.attendees.iter().find(|a| a.value.name == name);
            let (what, e) = match (keynote, spoke, attended) {
                (Some(k), _, _) if c.has(cue::KEYNOTE) || !c.has(cue::SPEAK) => {
                    // 阮青演讲的主题: the keynote's topic goes with it.
                    let topic = &k.value.topic;
                    (
                        if topic.is_empty() {
                            "作主旨演讲".to_string()
                        } else {
                            format!("围绕{topic}作主旨演讲")
                        },
                        &k.evidence,
                    )
                }
                (_, Some(a), _) => ("讲话或致辞".to_string(), &a.evidence),
                (Some(k), None, _) => ("作主旨演讲".to_string(), &k.evidence),
                (None, None, Some(a)) if !c.has(cue::SPEAK) && !c.has(cue::KEYNOTE) => {
                    ("出席".to_string(), &a.evidence)
                }
                _ => continue,
            };
            years.push(f.year);
            gave_keynote |= keynote.is_some();
            ev.extend(e.iter().cloned());
            let topic = keynote
                .map(|k| k.value.topic.as_str())
                .filter(|t| !t.is_empty() && (c.has(cue::THEME) || c.has(cue::KEYNOTE)));
            titled |= keynote.is_some_and(|k| !k.value.topic.is_empty());
            parts.push(match topic {
                Some(t) => format!("{}：{t}", self.forum_short(f)),
                // 肖渭明在论坛上做了什么: the act itself.
                None if did_asked(&self.r.text) => format!("{}：{what}", self.forum_short(f)),
                None => self.forum_short(f),
            });
            sentences.push(format!("{name}在{}上{what}。", self.forum_label(f)));
        }
        // 致辞的题目是什么: that someone spoke does not tell what the speech was titled.
        let asks_title = ["题目", "标题", "题为"].iter().any(|w| self.r.text.contains(w));
        if asks_title && !parts.is_empty() && !titled {
            return Reply::not_found(INTENT, format!("语料没有记载{name}在高层论坛上讲话的题目。")).person(name);
        }
        if parts.is_empty() {
            let what = if c.has(cue::KEYNOTE) {
                "作主旨演讲"
            } else if c.has(cue::SPEAK) {
                "讲话或致辞"
            } else {
                "出席"
            };
            let answer = if c.has(cue::ASKS_YES_NO) { super::reply::NO } else { "" };
            let sentence = format!("语料中没有{name}在高层论坛上{what}的记录。");
            return if c.has(cue::ASKS_YES_NO) {
                Reply::answered(INTENT, answer, sentence).person(name).rule(INTENT)
            } else {
                Reply::not_found(INTENT, sentence).person(name)
            };
        }
        // 陈吉宁在论坛上是作主旨演讲吗, when he gave an address: no, and what he did.
        let no_keynote = c.has(cue::KEYNOTE) && !gave_keynote;
        let answer = match (c.has(cue::ASKS_YES_NO), no_keynote) {
            (true, true) => format!("否（不是），{}：讲话或致辞", join(&parts)),
            (true, false) => format!("是，{}", join(&parts)),
            _ => join(&parts),
        };
        let sentences = if c.has(cue::ASKS_YES_NO) && no_keynote {
            format!("语料中没有{name}在高层论坛上作主旨演讲的记录。{}", sentences.concat())
        } else {
            sentences.concat()
        };
        Reply::answered(INTENT, answer, sentences).years(&years).evidence(&ev).person(name).rule(INTENT)
    }

    /// The forums the question means, or the NOT_FOUND reply.
    fn forums(&self, intent: &'static str) -> Result<Vec<&Forum>, Reply> {
        let r = self.r;
        let kb = self.kb;
        let known = || {
            let all: Vec<String> = kb.forums.values().map(|f| self.forum_label(f)).collect();
            if all.is_empty() {
                "语料中没有高层论坛的记录。".to_string()
            } else {
                format!("语料记载的论坛有：{}。", join(&all))
            }
        };
        if let Some(e) = r.edition {
            let found: Vec<&Forum> =
                kb.forums.values().filter(|f| f.edition.values.iter().any(|s| s.value == e)).collect();
            if found.is_empty() {
                return Err(Reply::not_found(
                    intent,
                    format!("语料中没有第{}届高层论坛的记录。{}", chinese_number(e), known()),
                ));
            }
            // 2023年的高层论坛是第八届吗: the edition named is another year's forum.
            if !r.years.is_empty() && !found.iter().any(|f| r.years.contains(&f.year)) {
                let held = join(&found.iter().map(|f| format!("{}年", f.year)).collect::<Vec<_>>());
                let named = join(&r.years.iter().map(|y| format!("{y}年")).collect::<Vec<_>>());
                let own: Vec<String> = r
                    .years
                    .iter()
                    .filter_map(|y| kb.forums.get(y))
                    .filter_map(|f| {
                        f.edition.primary().map(|e| format!("{}年的是第{}届", f.year, chinese_number(e.value)))
                    })
                    .collect();
                let own = if own.is_empty() { String::new() } else { format!("{}。", join(&own)) };
                let sentence = format!("第{}届高层论坛是{held}举办的，不是{named}。{own}", chinese_number(e));
                let ev: Vec<_> =
                    found.iter().flat_map(|f| f.edition.values.iter().flat_map(|s| s.evidence.iter())).collect();
                let reply = if r.asks.has(cue::ASKS_YES_NO) {
                    Reply::answered("forum.edition", format!("否（不是；第{}届是{held}）", chinese_number(e)), sentence)
                } else {
                    Reply::not_found("forum.premise", format!("问题的前提有误：{sentence}"))
                };
                return Err(reply.years(&r.years).evidence(ev).rule("forum.edition_conflict"));
            }
            return Ok(found);
        }
        let years: Vec<i32> = if !r.years.is_empty() {
            r.years.clone()
        } else {
            match r.rel {
                Some(Rel::Latest) => kb
                    .forums
                    .values()
                    .filter(|f| f.date.get().is_none_or(|d| *d <= self.as_of))
                    .map(|f| f.year)
                    .max()
                    .into_iter()
                    .collect(),
                Some(Rel::Offset(k)) => vec![self.as_of.year + k],
                Some(Rel::First) => kb.forums.keys().next().copied().into_iter().collect(),
                // 下一届论坛: one after the last the corpus reports, which it cannot know.
                Some(Rel::Next) => {
                    let last = kb.forums.keys().next_back().copied();
                    return Err(Reply::not_found(
                        intent,
                        format!(
                            "语料没有下一届高层论坛的记录。{}",
                            last.map(|y| format!("最近的一届是{y}年的。")).unwrap_or_default()
                        ),
                    ));
                }
                // 在合肥举行的论坛: the forums held there; 池州那届论坛, of a forum whose report gives
                // no place of its own (`同期举办的第十届…论坛`), the forum of the meeting held there.
                // (金山论坛: of Shanghai's, the one a report puts in that district.)
                _ if !r.places.is_empty() => kb
                    .forums
                    .values()
                    .filter(|f| {
                        let meeting = kb.meetings.get(&f.year).and_then(|m| m.place.primary());
                        let Some(p) = f.place.primary().or(meeting) else { return false };
                        // The district the forum's report names, else the meeting's.
                        let district = || {
                            super::meeting::shanghai_district(&p.evidence)
                                .or_else(|| meeting.and_then(|m| super::meeting::shanghai_district(&m.evidence)))
                        };
                        // `在安徽黄山举办的`: a province named with one of its cities is that city.
                        let narrower = |q: &PlaceRef| {
                            q.is_province && r.places.iter().any(|c| !c.is_province && c.province == q.province)
                        };
                        r.places.iter().filter(|q| !narrower(q)).any(|q| q.is_at(&p.value))
                            && r.district.is_none_or(|d| district().as_deref() == Some(d))
                    })
                    .map(|f| f.year)
                    .collect(),
                _ => kb.forums.keys().copied().collect(),
            }
        };
        let mut out = Vec::new();
        for y in years {
            match kb.forums.get(&y) {
                Some(f) => out.push(f),
                None => {
                    return Err(
                        Reply::not_found(intent, format!("语料中没有{y}年高层论坛的记录。{}", known())).years(&[y])
                    );
                }
            }
        }
        if out.is_empty() {
            return Err(Reply::not_found(intent, known()));
        }
        Ok(out)
    }

    pub fn forum(&self) -> Reply {
        let c = self.r.asks;
        // 第八届论坛在合肥举行时谁致辞: a venue the forum was not held at is a false premise.
        if self.r.place_event
            && !c.has(cue::ASKS_YES_NO)
            && !c.has(cue::WHERE)
            && let Ok(forums) = self.forums("forum.premise")
        {
            for f in forums {
                let Some(p) = f.place.primary() else { continue };
                let fits = self.r.places.iter().any(|a| a.is_at(&p.value));
                if !fits {
                    let named = join(&self.r.places.iter().map(|a| a.name.clone()).collect::<Vec<_>>());
                    let sentence = format!(
                        "问题的前提有误：{}在{}举行，不是在{named}。",
                        self.forum_label(f),
                        p.value.full_name()
                    );
                    return Reply::not_found("forum.premise", sentence)
                        .years(&[f.year])
                        .evidence(&p.evidence)
                        .rule("venue.conflict");
                }
            }
        }
        // 第八届论坛一共有多少人参加: the reports list the leaders, not the audience.
        if c.has(cue::ASKS_COUNT)
            && c.has(cue::ATTEND)
            && ["多少人", "几人", "人数"].iter().any(|w| self.r.text.contains(w))
        {
            return Reply::not_found("forum.headcount", "语料没有记载论坛的参加人数，只列出了出席的领导和嘉宾。")
                .rule("forum.headcount");
        }
        if let Some(name) = self.r.people.first()
            && (c.has(cue::WHICH_YEAR)
                || c.has(cue::EDITION_ASKED)
                || c.has(cue::ATTEND)
                || c.has(cue::SPEAK)
                || c.has(cue::KEYNOTE)
                || c.has(cue::ASKS_YES_NO)
                || did_asked(&self.r.text))
        {
            return self.forum_by_person(name);
        }
        // 主办单位和承办单位分别是谁, 由谁主办、谁承办: both.
        if c.has(cue::HOST) && c.has(cue::ORGANIZER) {
            return self.forum_fact("forum.hosts_organizers", |f| {
                let names = |v: &[Sourced<String>]| join(&v.iter().map(|s| s.value.clone()).collect::<Vec<_>>());
                let mut parts = Vec::new();
                if !f.hosts.is_empty() {
                    parts.push(format!("主办：{}", names(&f.hosts)));
                }
                if !f.organizers.is_empty() {
                    parts.push(format!("承办：{}", names(&f.organizers)));
                }
                let ev = f.hosts.iter().chain(&f.organizers).flat_map(|s| s.evidence.iter().cloned()).collect();
                (!parts.is_empty()).then(|| (parts.join("；"), format!("的{}", parts.join("，")), ev))
            });
        }
        if c.has(cue::HOST) && c.has(cue::ORG_UNIT) {
            return self.forum_orgs(true);
        }
        if c.has(cue::ORGANIZER) {
            return self.forum_orgs(false);
        }
        // 主旨演讲的题目是什么, where the reports name the speakers but no titles.
        if c.has(cue::KEYNOTE)
            && super::asks::talk_title_asked(&self.r.scan())
            && let Ok(forums) = self.forums("forum.keynotes")
            && forums.iter().all(|f| f.keynotes.iter().all(|k| k.value.topic.is_empty()))
        {
            return Reply::not_found("forum.keynotes", "语料记载了主旨演讲人，没有记载演讲的题目。")
                .rule("forum.keynote_title");
        }
        if c.has(cue::KEYNOTE) {
            let asked = self.speech_kind_asked();
            return self.forum_people("forum.keynotes", |f| {
                // 谁作了主旨演讲 at a forum that also had theme speeches (主题演讲): only the keynotes.
                // Where the report names one kind only, any speech answers.
                let of_kind = |k: &&Sourced<Keynote>| asked.is_none_or(|a| k.value.kind.starts_with(a));
                let both = f.keynotes.iter().any(|k| of_kind(&k)) && !f.keynotes.iter().all(|k| of_kind(&k));
                f.keynotes
                    .iter()
                    .filter(|k| !both || of_kind(k))
                    .map(|k| {
                        (
                            if k.value.topic.is_empty() {
                                k.value.name.clone()
                            } else {
                                format!("{}（{}）", k.value.name, k.value.topic)
                            },
                            format!("{}{}", k.value.role, k.value.name),
                            k.evidence.clone(),
                        )
                    })
                    .collect()
            });
        }
        // 论坛由谁主持: the presider only, not everyone who attended.
        if c.has(cue::PRESIDE) && self.r.people.is_empty() {
            return self.forum_people("forum.presider", |f| attendee_rows(&f.presiders));
        }
        if c.has(cue::SPEAK) {
            return self.forum_people("forum.speakers", |f| attendee_rows(&f.speakers));
        }
        // 哪几位领导共同为…联盟揭牌: those the passage that tells the act names.
        if super::said::deed_asked(&self.r.text).is_some() {
            let years: Vec<i32> = match self.forums("forum.content") {
                Ok(forums) => forums.iter().map(|f| f.year).collect(),
                Err(_) => self.r.years.clone(),
            };
            if let Some(reply) = years.iter().find_map(|&y| self.said_at_forum(y)) {
                return reply;
            }
        }
        if c.has(cue::ATTEND) || (c.has(cue::ASKS_WHO) && !c.has(cue::RELEASE)) {
            return self.forum_people("forum.attendees", |f| {
                let mut rows = attendee_rows(&f.speakers);
                rows.extend(attendee_rows(&f.attendees));
                rows
            });
        }
        // 哪一届集中签约的重大合作事项最多: the forums whose totals the reports state, compared.
        if c.has(cue::SIGNING) && ["最多", "最少"].iter().any(|w| self.r.text.contains(w)) {
            let most = self.r.text.contains("最多");
            let totals: Vec<(&Forum, u32)> =
                self.kb.forums.values().filter_map(|f| f.signed_total.primary().map(|n| (f, n.value))).collect();
            let Some((best, top)) = super::text::extreme(&totals, |t| t.1, most).filter(|_| totals.len() >= 2) else {
                return Reply::not_found("forum.signed_most", "语料记载签约总数的论坛不足两届，无法比较。");
            };
            let names: Vec<String> = top.iter().map(|(f, _)| self.forum_label(f)).collect();
            // The measure word the reports wrote (`签约项目41个`).
            let unit = top
                .first()
                .and_then(|(f, _)| f.signed_total.primary())
                .map_or("项", |n| super::meeting::signed_unit(&self.r.text, n.value, &n.evidence));
            let all: Vec<String> = totals.iter().map(|(f, n)| format!("{}{n}{unit}", self.forum_label(f))).collect();
            let sentence = format!("语料记载签约总数的论坛中：{}。", join(&all));
            let ev: Vec<Evidence> = top
                .iter()
                .filter_map(|(f, _)| f.signed_total.primary())
                .flat_map(|n| n.evidence.iter().cloned())
                .collect();
            let years: Vec<i32> = top.iter().map(|(f, _)| f.year).collect();
            return Reply::answered("forum.signed_most", format!("{}（{best}{unit}）", join(&names)), sentence)
                .years(&years)
                .evidence(&ev)
                .rule("forum.signed_most");
        }
        if c.has(cue::INVESTED)
            && !self.asks_share()
            && let Some(reply) = self.invested_compared()
        {
            return reply;
        }
        if c.has(cue::INVESTED) && self.asks_whole_worth() {
            return self.forum_invested();
        }
        // 签约了多少项重大合作事项: the total the reports state, not the agreements they happen to name.
        // (A party's share, `江苏参与签约的有多少项`, is the passage that states it, read below.)
        let signings_counted = c.has(cue::SIGNING) && c.has(cue::ASKS_COUNT) && !self.r.text.contains("参与");
        if signings_counted && self.names_share() {
            return Reply::not_found(
                "forum.signed_count",
                "语料只记载了论坛签约项目的总数，没有记载其中这一部分的数目。",
            )
            .rule("signed.share");
        }
        // (常州那届论坛签了几个: a place that names the forum is no party to the signing.)
        if signings_counted && (self.r.places.is_empty() || self.r.place_event) {
            // 2393年和2397年论坛一共签约多少个: summed over the totals the reports state, every one.
            let t = &self.r.text;
            let summed = super::text::any_of(t, &super::text::SUM_WORDS);
            let differ = super::text::any_of(t, &super::text::DIFFERENCE_WORDS);
            if (summed || differ) && !t.contains("投资") {
                // `2392年到2397年各届`: every year of the range, each year's forum counted.
                let forums = if self.r.range && self.r.years.len() == 2 {
                    let (a, b) = (self.r.years[0], self.r.years[1]);
                    if let Some(y) = (a..=b).find(|y| !self.kb.forums.contains_key(y)) {
                        return Reply::not_found(
                            "forum.signed_count",
                            format!("语料没有{y}年高层论坛的记录，无法合计{a}年到{b}年的签约数。"),
                        );
                    }
                    self.kb.forums.range(a..=b).map(|(_, f)| f).collect::<Vec<&Forum>>()
                } else {
                    match self.forums("forum.signed_count") {
                        Ok(f) => f,
                        Err(reply) => return reply,
                    }
                };
                if forums.len() >= 2 {
                    if let Some(f) = forums.iter().find(|f| f.signed_total.primary().is_none()) {
                        return Reply::not_found(
                            "forum.signed_count",
                            format!("语料没有{}的签约总数，无法计算。", self.forum_label(f)),
                        )
                        .years(&forums.iter().map(|f| f.year).collect::<Vec<_>>())
                        .rule("forum.signed_sum");
                    }
                    let values: Vec<(&Forum, &Sourced<u32>)> =
                        forums.iter().filter_map(|f| f.signed_total.primary().map(|n| (*f, n))).collect();
                    let unit = super::meeting::signed_unit(t, values[0].1.value, &values[0].1.evidence);
                    let parts: Vec<String> =
                        values.iter().map(|(f, n)| format!("{}签约{}{unit}", self.forum_label(f), n.value)).collect();
                    let (answer, tail) = if differ && values.len() == 2 {
                        let d = values[0].1.value.abs_diff(values[1].1.value);
                        // `哪次论坛签约项目更多？多几个`: which, then by how many.
                        let (big, small) = if values[0].1.value >= values[1].1.value {
                            (values[0].0, values[1].0)
                        } else {
                            (values[1].0, values[0].0)
                        };
                        if t.contains('哪') && d > 0 {
                            let (big, small) = (self.forum_label(big), self.forum_label(small));
                            (format!("{big}多{d}{unit}"), format!("{big}比{small}多{d}{unit}"))
                        } else {
                            (format!("{d}{unit}"), format!("相差{d}{unit}"))
                        }
                    } else {
                        let sum: u32 = values.iter().map(|(_, n)| n.value).sum();
                        (format!("{sum}{unit}"), format!("合计{sum}{unit}"))
                    };
                    let years: Vec<i32> = values.iter().map(|(f, _)| f.year).collect();
                    return Reply::answered("forum.signed_count", answer, format!("{}，{tail}。", parts.join("，")))
                        .years(&years)
                        .evidence(values.iter().flat_map(|(_, n)| n.evidence.iter()))
                        .rule("forum.signed_sum");
                }
            }
            return self.forum_fact("forum.signed_count", |f| {
                f.signed_total.primary().map(|n| {
                    let unit = super::meeting::signed_unit(&self.r.text, n.value, &n.evidence);
                    let count = format!("{}{unit}", n.value);
                    (count.clone(), format!("共签约{count}合作事项"), n.evidence.clone())
                })
            });
        }
        // 第十六届论坛发布的制度创新成果清单共多少项: the one list of the forum's year whose title
        // ends as the question names it, counted.
        if c.has(cue::ASKS_COUNT)
            && let Some(at) = self.r.text.find("清单")
        {
            let named: String = self.r.text[..at]
                .chars()
                .rev()
                .take_while(|&ch| ('\u{4e00}'..='\u{9fff}').contains(&ch) && ch != '的' && ch != '布')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let years: Vec<i32> =
                self.forums("forum.releases").map(|fs| fs.iter().map(|f| f.year).collect()).unwrap_or_default();
            let phrase = format!("{named}清单");
            let found: Vec<&crate::engine::model::PublishedList> = self
                .kb
                .lists
                .iter()
                .filter(|l| years.contains(&l.year) && named.chars().count() >= 2 && l.title.contains(&phrase))
                .collect();
            if let [list] = found[..]
                && let Some(n) = list.item_count.primary()
            {
                let sentence = format!("{}共{}项。", list.title, n.value);
                return Reply::answered("list.count", format!("{}项", n.value), sentence)
                    .years(&[list.year])
                    .evidence(&n.evidence)
                    .rule("forum.list_count");
            }
        }
        if c.has(cue::RELEASE) {
            if c.has(cue::WHICH_YEAR) || c.has(cue::EDITION_ASKED) {
                return self.forum_by_release();
            }
            return self.forum_values("forum.releases", "发布了", |f| &f.releases);
        }
        if c.has(cue::THEME) {
            return self.forum_fact("forum.theme", |f| {
                f.theme.primary().map(|t| (t.value.clone(), format!("主题为“{}”", t.value), t.evidence.clone()))
            });
        }
        if c.has(cue::EDITION_ASKED) {
            return self.forum_fact("forum.edition", |f| {
                f.edition.primary().map(|e| {
                    (
                        format!("第{}届", chinese_number(e.value)),
                        format!("是第{}届", chinese_number(e.value)),
                        e.evidence.clone(),
                    )
                })
            });
        }
        // 2023年论坛在合肥举行吗: the place checked.
        if c.has(cue::ASKS_YES_NO) && (!self.r.places.is_empty() || !self.r.other_places.is_empty()) {
            let asked = self.r.places.clone();
            return self.forum_fact("forum.location_check", |f| {
                f.place.primary().map(|p| {
                    let yes = asked.iter().any(|a| a.is_at(&p.value));
                    let full = p.value.full_name();
                    let answer = if yes { format!("是，{full}") } else { format!("否（不是），{full}") };
                    (answer, format!("在{full}举行"), p.evidence.clone())
                })
            });
        }
        // 在哪天哪个城市: date and place.
        if c.has(cue::WHERE) && c.has(cue::WHEN) {
            return self.forum_fact("forum.summary", |f| {
                let d = f.date.primary()?;
                let p = f.place.primary()?;
                let ev = d.evidence.iter().chain(&p.evidence).cloned().collect();
                let text = format!("{}，{}", d.value, p.value.full_name());
                Some((text, format!("于{}在{}举行", d.value, p.value.full_name()), ev))
            });
        }
        // 开通高铁的城市不少于多少个: a count asked of cities, not where the forum was.
        if c.has(cue::WHERE) && !c.has(cue::ASKS_COUNT) {
            // 首届是哪年在哪里办的: the year with the place.
            let with_year = c.has(cue::WHICH_YEAR);
            return self.forum_fact("forum.location", |f| {
                let (p, co_held) = match f.place.primary() {
                    Some(p) => (p, None),
                    None => self.co_held_place(f).map(|(p, told)| (p, Some(told)))?,
                };
                // `在青浦举行`: Shanghai's district, as the report gives it.
                let area = super::meeting::shanghai_district(&p.evidence).filter(|_| p.value.province == "上海");
                let mut name = format!("{}{}", p.value.full_name(), area.unwrap_or_default());
                let mut ev = p.evidence.clone();
                // `（义乌国际博览中心）`: the hall or county-level city its report names.
                if !f.venue.is_empty() {
                    let venues: Vec<&str> = f.venue.values.iter().map(|v| v.value.as_str()).collect();
                    name = format!("{name}（{}）", venues.join("，"));
                    ev.extend(f.venue.values.iter().flat_map(|v| v.evidence.iter().cloned()));
                }
                let answer = if with_year { format!("{}年，{name}", f.year) } else { name.clone() };
                let predicate = match co_held {
                    Some(told) => {
                        ev.insert(0, told);
                        format!("与{}年度座谈会同期在{name}举行（论坛的报道未另写地点）", f.year)
                    }
                    None => format!("在{name}举行"),
                };
                Some((answer, predicate, ev))
            });
        }
        // 首届论坛是哪一年举办的: the year (and edition), whether or not the day is known.
        // (要推进哪几年的重大交通项目: several years of something else, never the forum's one year;
        // 在上海举办过哪几年 asks the forums' own.)
        let other_years = self.r.text.contains("哪几年") && !c.has(cue::HELD_VERB);
        if c.has(cue::WHICH_YEAR) && !c.has(cue::WHEN) && !other_years {
            return self.forum_fact("forum.year", |f| {
                let ev = f
                    .edition
                    .primary()
                    .map(|e| e.evidence.clone())
                    .or_else(|| f.place.primary().map(|p| p.evidence.clone()));
                Some((
                    self.forum_label(f).replace("长三角一体化发展高层论坛", ""),
                    "举办".to_string(),
                    ev.unwrap_or_default(),
                ))
            });
        }
        if (c.has(cue::WHEN) || c.has(cue::WHICH_YEAR)) && !other_years {
            return self.forum_fact("forum.date", |f| {
                f.date.primary().map(|d| (d.value.to_string(), format!("于{}举行", d.value), d.evidence.clone()))
            });
        }
        if c.has(cue::HOST) {
            return self.forum_orgs(true);
        }
        // 论坛为第几批创新联合体授牌: a thing asked that no rule read; the forum's day and place
        // would be a guess at it.
        if super::asks::asks_a_thing(&self.r.scan()) {
            // The forum named by its edition (第七届) as well as by its year.
            let years: Vec<i32> = match self.forums("forum.content") {
                Ok(forums) => forums.iter().map(|f| f.year).collect(),
                Err(_) => self.r.years.clone(),
            };
            if let Some(reply) = years.iter().find_map(|&y| self.said_at_forum(y)) {
                return reply;
            }
            return Reply::not_found("forum.content", "语料没有记载论坛的这项信息。").rule("forum.content_unknown");
        }
        self.forum_fact("forum.summary", |f| {
            let mut facts = Vec::new();
            let mut ev = Vec::new();
            if let Some(d) = f.date.primary() {
                facts.push(format!("于{}", d.value));
                ev.extend(d.evidence.iter().cloned());
            }
            if let Some(p) = f.place.primary() {
                facts.push(format!("在{}举行", p.value.full_name()));
                ev.extend(p.evidence.iter().cloned());
            }
            (!facts.is_empty()).then(|| (facts.concat(), facts.concat(), ev))
        })
    }

    /// Which forum released what the question names (`第三批长三角创新联合体是在哪一届论坛上发布的`).
    fn forum_by_release(&self) -> Reply {
        self.release_by_name().unwrap_or_else(|| self.forum_values("forum.releases", "发布了", |f| &f.releases))
    }

    /// The forum that released what the question names, if it names a release at all.
    pub fn release_by_name(&self) -> Option<Reply> {
        const INTENT: &str = "forum.by_release";
        let q: Vec<char> =
            self.r.chars.iter().copied().filter(|&c| super::text::is_cjk(c) || c.is_ascii_digit()).collect();
        let mut found: Vec<(&Forum, &Sourced<String>)> = Vec::new();
        let mut best = 0;
        for f in self.kb.forums.values() {
            for rel in &f.releases {
                let key: Vec<char> = rel.value.chars().collect();
                let (len, _, _) = super::text::longest_common_substring(&q, &key);
                if len < 5 || len < best {
                    continue;
                }
                if len > best {
                    best = len;
                    found.clear();
                }
                found.push((f, rel));
            }
        }
        if found.is_empty() {
            return None;
        }
        // 第二批创新联合体, where the forums released the third: another batch is no match.
        if let Some(batch) = super::asks::batch_named(&self.r.text)
            && found.iter().all(|(_, r)| !r.value.contains(&batch))
        {
            let known: Vec<String> = found.iter().map(|(_, r)| r.value.clone()).collect();
            return Some(
                Reply::not_found(INTENT, format!("语料中没有发布{batch}的记录，记载发布的是{}。", join(&known)))
                    .rule("release.other_batch"),
            );
        }
        let labels: Vec<String> = found.iter().map(|(f, _)| self.forum_label(f)).collect();
        let sentences: String =
            found.iter().map(|(f, r)| format!("{}发布了{}。", self.forum_label(f), r.value)).collect();
        let years: Vec<i32> = found.iter().map(|(f, _)| f.year).collect();
        let ev: Vec<Evidence> = found.iter().flat_map(|(_, r)| r.evidence.iter().cloned()).collect();
        Some(Reply::answered(INTENT, join(&labels), sentences).years(&years).evidence(&ev).rule(INTENT))
    }

    /// What the projects signed at the forum are worth in all (`总投资1280亿元`), as its report
    /// states it beside the count. A share (`落户马鞍山的那几个项目`, `其中江苏的`) is never the whole's.
    fn forum_invested(&self) -> Reply {
        const INTENT: &str = "forum.invested";
        if let Some(reply) = self.invested_share(INTENT) {
            return reply;
        }
        // 签约项目数和总投资: the count with the worth.
        let counted =
            ["项目数", "几个", "多少个", "多少项", "数量", "多少项目"].iter().any(|w| self.r.text.contains(w));
        self.forum_fact(INTENT, |f| {
            f.invested.primary().map(|v| {
                let mut ev = v.evidence.clone();
                let count = f.signed_total.primary().filter(|_| counted).map(|n| {
                    ev.extend(n.evidence.iter().cloned());
                    let unit = super::meeting::signed_unit(&self.r.text, n.value, &n.evidence);
                    format!("{}{unit}", n.value)
                });
                match count {
                    Some(c) => (format!("{c}；{}", v.value), format!("签约项目{c}，总投资{}", v.value), ev),
                    None => (v.value.clone(), format!("签约项目总投资{}", v.value), ev),
                }
            })
        })
    }

    /// Two or more forums' worth of signings summed (`三届…加起来`), taken apart (`比2497年多多少亿元`)
    /// or ranked (`哪一年的签约总投资最高`), from the figures the reports state; one forum without a
    /// figure makes a sum or a difference NOT_FOUND.
    fn invested_compared(&self) -> Option<Reply> {
        const INTENT: &str = "forum.invested";
        let t = &self.r.text;
        let summed = super::text::any_of(t, &super::text::SUM_WORDS);
        let differ = super::text::any_of(t, &super::text::DIFFERENCE_WORDS);
        let most = ["最高", "最多", "最大"].iter().any(|w| t.contains(w));
        let least = ["最低", "最少", "最小"].iter().any(|w| t.contains(w));
        // (`投资额最大的是哪个`: one project's worth, which no report gives.)
        let over_forums = ["哪一年", "哪年", "哪届", "哪一届", "哪次", "哪一次"].iter().any(|w| t.contains(w))
            && !["哪个项目", "项目中", "项目里"].iter().any(|w| t.contains(w));
        let ranked = (most || least) && over_forums;
        if !(summed || differ || ranked) {
            return None;
        }
        let forums: Vec<&Forum> = if self.r.range && self.r.years.len() == 2 {
            let (a, b) = (self.r.years[0], self.r.years[1]);
            // (A sum over a range is of every year's forum; a year with none leaves it unknown.)
            if !ranked && let Some(y) = (a..=b).find(|y| !self.kb.forums.contains_key(y)) {
                return Some(Reply::not_found(
                    INTENT,
                    format!("语料没有{y}年高层论坛的记录，无法合计{a}年到{b}年的签约总投资。"),
                ));
            }
            self.kb.forums.range(a..=b).map(|(_, f)| f).collect()
        } else if self.r.years.is_empty() && ranked {
            self.kb.forums.values().collect()
        } else {
            self.forums(INTENT).ok()?
        };
        fn worth(f: &Forum) -> Option<(f64, &Sourced<String>)> {
            f.invested.primary().and_then(|v| yi(&v.value).map(|x| (x, v)))
        }
        let known: Vec<(&Forum, f64, &Sourced<String>)> =
            forums.iter().filter_map(|f| worth(f).map(|(x, v)| (*f, x, v))).collect();
        if ranked {
            if known.len() < 2 {
                return Some(Reply::not_found(INTENT, "语料记载签约总投资的论坛不足两届，无法比较。"));
            }
            let (_, top) = super::text::extreme(&known, |k| k.1, most)?;
            let names: Vec<String> =
                top.iter().map(|(f, _, v)| format!("{}（{}）", self.forum_label(f), v.value)).collect();
            let all: Vec<String> =
                known.iter().map(|(f, _, v)| format!("{}{}", self.forum_label(f), v.value)).collect();
            let word = if most { "最高" } else { "最低" };
            let sentence = format!("语料记载签约总投资的论坛中：{}；{word}的是{}。", join(&all), join(&names));
            let years: Vec<i32> = top.iter().map(|(f, _, _)| f.year).collect();
            return Some(
                Reply::answered(INTENT, join(&names), sentence)
                    .years(&years)
                    .evidence(top.iter().flat_map(|(_, _, v)| v.evidence.iter()))
                    .rule("forum.invested_most"),
            );
        }
        if forums.len() < 2 {
            return None;
        }
        if let Some(f) = forums.iter().find(|f| worth(f).is_none()) {
            return Some(
                Reply::not_found(INTENT, format!("语料没有{}的签约总投资，无法计算。", self.forum_label(f)))
                    .years(&forums.iter().map(|f| f.year).collect::<Vec<_>>())
                    .rule("forum.invested_sum"),
            );
        }
        // Every forum has its worth here: `known` is all of them.
        let values = known;
        let parts: Vec<String> =
            values.iter().map(|(f, _, v)| format!("{}签约项目总投资{}", self.forum_label(f), v.value)).collect();
        let (answer, tail) = if differ && values.len() == 2 {
            let d = yuan((values[0].1 - values[1].1).abs());
            (d.clone(), format!("相差{d}"))
        } else {
            let sum = yuan(values.iter().map(|v| v.1).sum());
            (sum.clone(), format!("合计{sum}"))
        };
        let years: Vec<i32> = values.iter().map(|(f, _, _)| f.year).collect();
        Some(
            Reply::answered(INTENT, answer, format!("{}，{tail}。", parts.join("，")))
                .years(&years)
                .evidence(values.iter().flat_map(|(_, _, v)| v.evidence.iter()))
                .rule("forum.invested_sum"),
        )
    }

    /// Whether the worth asked is the whole's (`总投资多少`), not one project's (`投资额最大的是哪个`)
    /// nor a comparison (`比第四届多多少`).
    pub(super) fn asks_whole_worth(&self) -> bool {
        const NOT_WHOLE: [&str; 13] =
            ["最大", "最小", "最高", "最低", "最多", "最少", "哪个", "哪一个", "哪些", "哪几个", "超过", "以上", "比"];
        !NOT_WHOLE.iter().any(|w| self.r.text.contains(w))
    }

    /// Whether a question about what was signed asks of a part of it: by where it goes (`落户马鞍山的`,
    /// `有几个落在宣城`), by a party (`上海方面`, `参与`), or as a subset (`其中`).
    pub(super) fn asks_share(&self) -> bool {
        self.names_share() || !self.r.places.is_empty() && !self.r.place_event
    }

    /// Words that pick a part of what was signed: where it goes, who signed it, what kind it is.
    fn names_share(&self) -> bool {
        const SHARE: [&str; 13] = [
            "落户",
            "落在",
            "落地",
            "其中",
            "方面",
            "参与",
            "那几个",
            "这几个",
            "外资",
            "内资",
            "本地",
            "项目里",
            "项目中",
        ];
        SHARE.iter().any(|w| self.r.text.contains(w)) || kind_of_project(&self.r.text)
    }

    /// A question about the worth of a part of what was signed (by where it goes, by who signed
    /// it): the reports give the whole's only, so NOT_FOUND, without the whole's figure.
    pub(super) fn invested_share(&self, intent: &'static str) -> Option<Reply> {
        self.asks_share().then(|| {
            Reply::not_found(intent, "语料只记载了签约项目的总投资，没有记载其中这一部分项目的投资额。")
                .rule("invested.share")
        })
    }

    /// What the projects signed at the meetings of `years` (or the forums beside them) are worth.
    pub fn meeting_invested(&self, years: &[i32]) -> Reply {
        const INTENT: &str = "meeting.invested";
        if let Some(reply) = self.invested_share(INTENT) {
            return reply;
        }
        let mut parts = Vec::new();
        let mut sentences = String::new();
        let mut ev: Vec<Evidence> = Vec::new();
        let mut found = Vec::new();
        for &y in years {
            let own = self.kb.meetings.get(&y).and_then(|m| m.invested.primary()).map(|v| (v, meeting_name(y)));
            let beside = || {
                let f = self.kb.forums.get(&y)?;
                f.invested.primary().map(|v| (v, self.forum_label(f)))
            };
            let Some((v, label)) = own.or_else(beside) else {
                if years.len() == 1 {
                    return Reply::not_found(INTENT, format!("语料没有记载{}签约项目的总投资。", meeting_name(y)))
                        .years(&[y]);
                }
                continue;
            };
            found.push(y);
            parts.push(if years.len() > 1 { format!("{y}年：{}", v.value) } else { v.value.clone() });
            sentences.push_str(&format!("{label}签约项目总投资{}。", v.value));
            ev.extend(v.evidence.iter().cloned());
        }
        if parts.is_empty() {
            return Reply::not_found(INTENT, "语料没有记载签约项目的总投资。").years(years);
        }
        Reply::answered(INTENT, parts.join("；"), sentences).years(&found).evidence(&ev).rule(INTENT)
    }

    /// The place of a forum whose reports give none of their own but tell it was held alongside the
    /// meeting (`同期举办的第十届…论坛`): the meeting's place, with the sentence that ties them.
    fn co_held_place<'k>(&'k self, f: &'k Forum) -> Option<(&'k Sourced<Place>, Evidence)> {
        let told = f
            .said
            .iter()
            .find(|e| ["同期", "同时举办", "同时举行", "期间", "配套"].iter().any(|w| e.quote.contains(w)))?;
        let place = self.kb.meetings.get(&f.year)?.place.primary()?;
        Some((place, told.clone()))
    }

    /// One fact per forum: (answer, predicate for the sentence, evidence).
    fn forum_fact(
        &self,
        intent: &'static str,
        get: impl Fn(&Forum) -> Option<(String, String, Vec<Evidence>)>,
    ) -> Reply {
        let forums = match self.forums(intent) {
            Ok(f) => f,
            Err(r) => return r,
        };
        let (forums, told) = match self.deed_filter(intent, forums) {
            Ok(f) => f,
            Err(r) => return r,
        };
        let mut parts = Vec::new();
        let mut sentences = Vec::new();
        let mut ev = told;
        let mut years = Vec::new();
        for f in &forums {
            let Some((answer, predicate, e)) = get(f) else {
                if forums.len() == 1 {
                    return Reply::not_found(intent, format!("语料没有{}的这项信息。", self.forum_label(f)))
                        .years(&[f.year]);
                }
                continue;
            };
            years.push(f.year);
            ev.extend(e);
            parts.push(if forums.len() > 1 { format!("{}：{answer}", self.forum_short(f)) } else { answer });
            sentences.push(format!("{}{predicate}。", self.forum_label(f)));
        }
        if parts.is_empty() {
            return Reply::not_found(intent, "语料没有论坛的这项信息。");
        }
        Reply::answered(intent, parts.join("；"), sentences.concat()).years(&years).evidence(&ev).rule(intent)
    }

    /// A forum picked out by what was done there (`四个产业链联盟是在第几届论坛上揭牌的`): the one
    /// forum whose reports tell it, with the sentence; none, or several, is no answer. A forum
    /// named as well (`…协议是2020年湖州论坛上签的吗`) must be one of those.
    fn deed_filter<'k>(
        &self,
        intent: &'static str,
        forums: Vec<&'k Forum>,
    ) -> Result<(Vec<&'k Forum>, Vec<Evidence>), Reply> {
        const PICKS: &[&str] =
            &["forum.edition", "forum.location", "forum.year", "forum.location_check", "forum.date", "forum.summary"];
        if !PICKS.contains(&intent) {
            return Ok((forums, Vec::new()));
        }
        let Some(told) = self.deed_years() else { return Ok((forums, Vec::new())) };
        let kept: Vec<&Forum> = forums.iter().copied().filter(|f| told.iter().any(|(y, _)| *y == f.year)).collect();
        let ev: Vec<Evidence> =
            told.iter().filter(|(y, _)| kept.iter().any(|f| f.year == *y)).map(|(_, e)| e.clone()).collect();
        if kept.len() == 1 || !kept.is_empty() && kept.len() == forums.len() && forums.len() < self.kb.forums.len() {
            return Ok((kept, ev));
        }
        let sentence = match &told[..] {
            [] => "语料中没有哪届论坛的报道说到这件事。".to_string(),
            [(y, e)] => format!(
                "据报道，这件事是在{}上：{}",
                self.kb.forums.get(y).map(|f| self.forum_label(f)).unwrap_or_else(|| format!("{y}年论坛")),
                e.quote
            ),
            _ => format!(
                "语料中有{}届论坛的报道说到类似的事（{}），无法确定是哪一届。",
                told.len(),
                join(&told.iter().map(|(y, _)| format!("{y}年")).collect::<Vec<_>>())
            ),
        };
        let years: Vec<i32> = told.iter().map(|(y, _)| *y).collect();
        Err(Reply::not_found(intent, sentence)
            .years(&years)
            .evidence(told.iter().map(|(_, e)| e))
            .rule("forum.deed_unknown"))
    }

    fn forum_orgs(&self, hosts: bool) -> Reply {
        if hosts {
            self.forum_values("forum.hosts", "的主办单位是", |f| &f.hosts)
        } else {
            self.forum_values("forum.organizers", "的承办单位是", |f| &f.organizers)
        }
    }

    fn forum_values(&self, intent: &'static str, verb: &str, get: impl Fn(&Forum) -> &Vec<Sourced<String>>) -> Reply {
        self.forum_fact(intent, |f| {
            let v = get(f);
            if v.is_empty() {
                return None;
            }
            let names: Vec<String> = v.iter().map(|s| s.value.clone()).collect();
            let ev = v.iter().flat_map(|s| s.evidence.iter().cloned()).collect();
            // 由几家报社承办: the count, then the names.
            let answer = if self.r.asks.has(cue::ASKS_COUNT) {
                // Organisations are counted as 家, things released as 项.
                let unit = if intent == "forum.releases" { "项" } else { "家" };
                format!("{}{unit}（{}）", names.len(), join(&names))
            } else {
                join(&names)
            };
            Some((answer, format!("{verb}{}", join(&names)), ev))
        })
    }

    /// The kind of speech a question names: `主旨` (keynote) or `主题` (theme speech), if either.
    fn speech_kind_asked(&self) -> Option<&'static str> {
        let t = &self.r.text;
        if t.contains("主旨") {
            Some("主旨")
        } else if ["主题演讲", "主题报告", "主题发言"].iter().any(|w| t.contains(w)) {
            Some("主题")
        } else {
            None
        }
    }

    /// People of each forum: rows of (answer item, item with role, evidence).
    fn forum_people(
        &self,
        intent: &'static str,
        get: impl Fn(&Forum) -> Vec<(String, String, Vec<Evidence>)>,
    ) -> Reply {
        let verb = match intent {
            "forum.speakers" => "上讲话或致辞的有",
            "forum.keynotes" if self.speech_kind_asked() == Some("主题") => "上作主题演讲的有",
            "forum.keynotes" => "上作主旨演讲的有",
            "forum.presider" => "的主持人是",
            _ => "的出席者有",
        };
        self.forum_fact(intent, |f| {
            let mut rows = get(f);
            // 江苏谁出席了, 国家发展改革委谁致辞: keep the rows of the province or body named.
            let provinces = self.r.provinces();
            let orgs = &self.r.orgs;
            if !provinces.is_empty() || !orgs.is_empty() {
                let keep = |full: &str| {
                    provinces.iter().any(|p| full.starts_with(p.as_str()))
                        || orgs.iter().any(|o| full.contains(o.as_str()))
                };
                if rows.iter().any(|r| keep(&r.1)) {
                    rows.retain(|r| keep(&r.1));
                }
            }
            // 谁代表轮值主办方致辞: the one the report says spoke for the host, when it says so.
            if host_speaker_asked(&self.r.text) {
                let for_host: Vec<_> = rows.iter().filter(|r| spoke_for_host(&r.0, &r.2)).cloned().collect();
                if !for_host.is_empty() {
                    rows = for_host;
                }
            }
            // 几位省委书记出席: only the holders of the office named are counted or listed.
            if let Some(office) = self.office_asked() {
                rows.retain(|r| holds_office(&r.1, office));
            }
            if rows.is_empty() {
                return None;
            }
            let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
            let full: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
            let ev = rows.into_iter().flat_map(|r| r.2).collect();
            // One presider: named with the office held (主持人是谁？是哪个省的副省长？).
            // …是什么职务: the offices with the names.
            let answer = if intent == "forum.presider" && full.len() == 1 {
                full[0].clone()
            } else if self.r.asks.has(cue::ROLE) {
                self.counted(&full)
            } else {
                self.counted(&names)
            };
            Some((answer, format!("{verb}{}", join(&full)), ev))
        })
    }

    /// The press conferences `name` presided over or reported at.
    pub fn press_by_person(&self, name: &str) -> Reply {
        // (易慕川主持的成果发布会上通报了…: the person's own act is the one after the name.)
        let report = self.r.asks.has(cue::ASKS_REPORT) && !self.r.text.contains(&format!("{name}主持"));
        let intent = if report { "press.reporter" } else { "press.presider" };
        let mut years = Vec::new();
        let mut ev = Vec::new();
        // 主持了哪一年的座谈会, with no word of the press conference: the meeting's presider too.
        let meeting_too = !report && self.r.event == Event::Meeting;
        let (mut chaired, mut pressed) = (false, false);
        for m in self.kb.meetings.values() {
            let claims = if report { &m.press.reporter } else { &m.press.presider };
            if let Some(s) = claims.values.iter().find(|s| s.value == name) {
                years.push(m.year);
                ev.extend(s.evidence.iter());
                pressed = true;
            } else if meeting_too && let Some(s) = m.presider.values.iter().find(|s| s.value == name) {
                years.push(m.year);
                ev.extend(s.evidence.iter());
                chaired = true;
            }
        }
        let what = match (report, chaired, pressed) {
            (true, _, _) => "通报座谈会主要成果",
            (false, true, true) => "主持座谈会或其成果发布会",
            (false, true, false) => "主持座谈会",
            (false, false, _) => "主持成果发布会",
        };
        if years.is_empty() {
            return Reply::not_found(intent, format!("语料中没有{name}{what}的记录。")).person(name);
        }
        let sentence = format!("{name}在{}{what}。", super::text::years_text(&years));
        let answer = super::text::years_text(&years);
        // 易炼红主持过成果发布会吗: yes, and when. 是谁主持的,好像叫X: the name, and when.
        let answer = if self.r.asks.has(cue::ASKS_YES_NO) {
            format!("是，{answer}")
        } else if self.r.asks.has(cue::ASKS_WHO) {
            format!("{name}（{answer}）")
        } else {
            answer
        };
        Reply::answered(intent, answer, sentence).years(&years).evidence(ev).person(name).rule("press.by_person")
    }

    /// 2024年成果发布会通报成果的是韩俊吗: whether `name` presided (or reported) in `year`.
    pub fn press_check(&self, name: &str, year: i32) -> Reply {
        let report = self.r.asks.has(cue::ASKS_REPORT);
        let intent = if report { "press.reporter_check" } else { "press.presider_check" };
        let what = if report { "通报座谈会主要成果" } else { "主持成果发布会" };
        let Some(m) = self.kb.meetings.get(&year) else {
            return Reply::not_found(intent, format!("语料中没有{}的记录。", meeting_name(year))).years(&[year]);
        };
        // 2020年座谈会是车俊主持的吗, with no word of the press conference: the meeting's presider.
        let chaired = !report && self.r.event == Event::Meeting && m.presider.get().is_some();
        let claims = if report {
            &m.press.reporter
        } else if chaired {
            &m.presider
        } else {
            &m.press.presider
        };
        let what = if chaired { "主持座谈会" } else { what };
        let Some(actual) = claims.primary() else {
            return Reply::not_found(intent, format!("语料没有记载{}的成果发布会由谁{what}。", meeting_name(year)))
                .years(&[year]);
        };
        let yes = claims.values.iter().any(|s| s.value == name);
        let (answer, sentence) = if yes {
            (format!("是，{name}"), format!("{name}在{year}年{what}。"))
        } else {
            (format!("否（不是），是{}", actual.value), format!("{year}年{what}的是{}，不是{name}。", actual.value))
        };
        Reply::answered(intent, answer, sentence).years(&[year]).evidence(&actual.evidence).person(name).rule(intent)
    }

    /// The results press conference of the meetings of `years`.
    pub fn press(&self, years: &[i32]) -> Reply {
        let c = self.r.asks;
        // 成果发布会签约了几个项目: the meeting's signed total, which its results conference signs.
        if c.has(cue::ASKS_COUNT)
            && super::asks::signing_asked(&self.r.scan())
            && (self.r.text.contains("项目") || c.has(cue::COOPERATION_ITEMS))
        {
            let signed = self.signed_count(years);
            if signed.status == super::AnswerStatus::Answered {
                return signed;
            }
        }
        let (intent, what) = if c.has(cue::WHERE) && !c.has(cue::ASKS_WHO) {
            ("press.location", "地点")
        } else if c.has(cue::PRESIDE) {
            ("press.presider", "主持")
        } else if c.has(cue::ASKS_REPORT) {
            ("press.reporter", "通报主要成果")
        } else if c.has(cue::SPEAK) || c.has(cue::ASKS_WHO) {
            ("press.speakers", "讲话")
        } else if c.has(cue::WHEN) {
            ("press.date", "日期")
        } else {
            ("press.summary", "")
        };
        self.per_meeting(years, intent, |m| {
            let y = m.year;
            let p = &m.press;
            let role_of = |name: &str| {
                self.lex
                    .roles
                    .iter()
                    .find(|r| r.name == name && r.year == y && !r.role.is_empty())
                    .map(|r| display_role(&r.role, &r.province))
                    .unwrap_or_default()
            };
            // 主持发布会的人那年是什么职务: the office with the name, when the office is asked.
            let named = |name: &str, role: String| {
                if c.has(cue::ROLE) && !role.is_empty() { format!("{role}{name}") } else { name.to_string() }
            };
            // 2368年座谈会是由上海市委书记主持的吗: the office checked against the presider's, the
            // meeting's own, else its results conference's (and the reply says which).
            if intent == "press.presider"
                && c.has(cue::ASKS_YES_NO)
                && self.r.people.is_empty()
                && let Some(ask) = super::people::RoleAsk::read(self.r)
                && let [province] = &self.r.provinces()[..]
            {
                let own = m.presider.primary().filter(|_| self.r.event == Event::Meeting);
                let chair = own
                    .map(|s| (s, meeting_name(y)))
                    .or_else(|| p.presider.primary().map(|s| (s, format!("{}的成果发布会", meeting_name(y)))));
                if let Some((s, of)) = chair {
                    let role = role_of(&s.value);
                    let yes = !role.is_empty() && role.contains(province.as_str()) && ask.matches(&role);
                    let answer = if yes {
                        format!("是，{role}{}", s.value)
                    } else {
                        format!("否（不是），由{role}{}主持", s.value)
                    };
                    let sentence = format!("{of}由{role}{}主持。", s.value);
                    return Ok(Part { answer, sentence, evidence: s.evidence.clone() });
                }
            }
            let found: Option<(String, String, Vec<Evidence>)> = match intent {
                // 座谈会由谁主持, with no word of the press conference: the meeting's own presider.
                "press.presider" if self.r.event == Event::Meeting && m.presider.get().is_some() => {
                    let s = m.presider.primary().expect("checked");
                    return Ok(Part {
                        answer: s.value.clone(),
                        sentence: format!("{}由{}{}主持。", meeting_name(y), role_of(&s.value), s.value),
                        evidence: s.evidence.clone(),
                    });
                }
                // 座谈会上谁发言, 谁通报了…情况, with no word of the press conference: the meeting's own.
                "press.speakers" if self.r.event == Event::Meeting && !m.speakers.is_empty() => {
                    let names: Vec<String> = m.speakers.iter().map(|a| a.value.name.clone()).collect();
                    return Ok(Part {
                        answer: self.counted(&names),
                        sentence: format!("{}上{}先后发言。", meeting_name(y), join(&names)),
                        evidence: m.speakers.iter().flat_map(|a| a.evidence.iter().cloned()).collect(),
                    });
                }
                // 出席座谈会并讲话: the attendees the report says spoke, when it names no other speakers.
                "press.speakers"
                    if self.r.event == Event::Meeting
                        && p.speakers.is_empty()
                        && !attendees_who_spoke(m).is_empty() =>
                {
                    let spoke = attendees_who_spoke(m);
                    let names: Vec<String> = spoke.iter().map(|a| a.value.name.clone()).collect();
                    return Ok(Part {
                        answer: self.counted(&names),
                        sentence: format!("{}上{}出席并讲话。", meeting_name(y), join(&names)),
                        evidence: spoke.iter().flat_map(|a| a.evidence.iter().cloned()).collect(),
                    });
                }
                "press.reporter" if self.r.event == Event::Meeting && m.reporter.get().is_some() => {
                    let s = m.reporter.primary().expect("checked");
                    return Ok(Part {
                        answer: s.value.clone(),
                        sentence: format!("{}上由{}{}通报有关情况。", meeting_name(y), role_of(&s.value), s.value),
                        evidence: s.evidence.clone(),
                    });
                }
                "press.location" => p
                    .place
                    .primary()
                    .map(|s| (s.value.full_name(), format!("在{}举行", s.value.full_name()), s.evidence.clone())),
                "press.presider" => p.presider.primary().map(|s| {
                    (
                        named(&s.value, role_of(&s.value)),
                        format!("由{}{}主持", role_of(&s.value), s.value),
                        s.evidence.clone(),
                    )
                }),
                "press.reporter" => p.reporter.primary().map(|s| {
                    (
                        named(&s.value, role_of(&s.value)),
                        format!("由{}{}代表与会各方通报座谈会及长三角一体化发展主要成果", role_of(&s.value), s.value),
                        s.evidence.clone(),
                    )
                }),
                // 成果发布会上出席的江苏省委书记是谁: the office asked, which the speakers may not hold
                // (the governors spoke; the secretaries attended): who held it that year.
                "press.speakers"
                    if let Some(ask) = super::people::RoleAsk::read(self.r)
                        && !self.r.provinces().is_empty()
                        && !p
                            .speakers
                            .iter()
                            .any(|a| ask.matches(&a.value.role) && self.r.provinces().contains(&a.value.province)) =>
                {
                    let provinces = self.r.provinces();
                    let holder = self.lex.roles.iter().find(|r| {
                        r.year == y && ask.matches(&r.role) && provinces.contains(&r.province) && !r.role.is_empty()
                    });
                    return match holder {
                        Some(h) => Err(Reply::answered(
                            "person.role_holder",
                            h.name.clone(),
                            format!(
                                "据{y}年的报道，{}是{}；语料记载的成果发布会讲话者中没有这一职务的人。",
                                display_role(&h.role, &h.province),
                                h.name
                            ),
                        )
                        .years(&[y])
                        .evidence(h.evidence.iter())
                        .person(&h.name)
                        .rule("press.role_holder")),
                        None => Err(Reply::not_found(
                            intent,
                            format!("语料没有{}成果发布会上这一职务的记录。", meeting_name(y)),
                        )),
                    };
                }
                "press.speakers" => (!p.speakers.is_empty()).then(|| {
                    let mut rows = attendee_rows(&p.speakers);
                    let provinces = self.r.provinces();
                    if !provinces.is_empty() && !self.r.all_provinces {
                        let kept: Vec<_> =
                            p.speakers.iter().filter(|a| provinces.contains(&a.value.province)).collect();
                        if !kept.is_empty() {
                            rows.retain(|r| kept.iter().any(|a| a.value.name == r.0));
                        }
                    }
                    let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
                    let ev = rows.iter().flat_map(|r| r.2.iter().cloned()).collect();
                    (self.counted(&names), format!("上{}分别代表三省一市讲话", join(&names)), ev)
                }),
                "press.date" => {
                    p.date.primary().map(|d| (d.value.to_string(), format!("于{}举行", d.value), d.evidence.clone()))
                }
                _ => {
                    let mut facts = Vec::new();
                    let mut e = Vec::new();
                    if let Some(d) = p.date.primary() {
                        facts.push(format!("于{}举行", d.value));
                        e.extend(d.evidence.iter().cloned());
                    }
                    if let Some(s) = p.presider.primary() {
                        facts.push(format!("{}主持", s.value));
                        e.extend(s.evidence.iter().cloned());
                    }
                    if let Some(s) = p.reporter.primary() {
                        facts.push(format!("{}通报主要成果", s.value));
                        e.extend(s.evidence.iter().cloned());
                    }
                    (!facts.is_empty()).then(|| (facts.join("，"), facts.join("，"), e))
                }
            };
            let Some((answer, predicate, e)) = found else {
                let mut sentence = format!("语料没有{}成果发布会{what}的记录。", meeting_name(y));
                if intent == "press.speakers"
                    && let Some(f) = self.kb.forums.get(&y)
                    && !f.speakers.is_empty()
                {
                    let names: Vec<String> = f.speakers.iter().map(|a| a.value.name.clone()).collect();
                    sentence.push_str(&format!("同期{}上讲话的有{}。", self.forum_label(f), join(&names)));
                }
                return Err(Reply::not_found(intent, sentence));
            };
            Ok(Part { answer, sentence: format!("{}的成果发布会{predicate}。", meeting_name(y)), evidence: e })
        })
    }
}

/// 做了什么, 干了什么, 讲了什么: what a person did at an event.
pub(super) fn did_asked(t: &str) -> bool {
    ["做了什么", "干了什么", "讲了什么", "做了哪些", "做什么", "干什么", "什么角色", "担任什么角色"]
        .iter()
        .any(|w| t.contains(w))
}

/// What `name` did at the press conference of `m`: presided, reported, spoke.
pub(super) fn press_acts(m: &crate::engine::model::Meeting, name: &str) -> Vec<(&'static str, Vec<Evidence>)> {
    let mut acts = Vec::new();
    if let Some(s) = m.press.presider.values.iter().find(|s| s.value == name) {
        acts.push(("主持成果发布会", s.evidence.clone()));
    }
    if let Some(s) = m.press.reporter.values.iter().find(|s| s.value == name) {
        acts.push(("通报座谈会主要成果", s.evidence.clone()));
    }
    if let Some(s) = m.press.speakers.iter().find(|s| s.value.name == name) {
        acts.push(("代表所在省（市）讲话", s.evidence.clone()));
    }
    acts
}

fn attendee_rows(list: &[Sourced<Attendee>]) -> Vec<(String, String, Vec<Evidence>)> {
    list.iter()
        .map(|a| {
            (
                a.value.name.clone(),
                format!("{}{}", display_role(&a.value.role, &a.value.province), a.value.name),
                a.evidence.clone(),
            )
        })
        .collect()
}

/// 代表轮值主办方, 代表东道主: a speaker asked for by whom they spoke for.
fn host_speaker_asked(t: &str) -> bool {
    ["代表轮值主办方", "代表会议轮值主办方", "代表主办方", "代表东道主", "代表主办地"].iter().any(|w| t.contains(w))
}

/// Whether the evidence says `name` spoke for the host (陈吉宁代表会议轮值主办方致辞).
fn spoke_for_host(name: &str, ev: &[Evidence]) -> bool {
    ev.iter().any(|e| {
        e.quote.split(name).skip(1).any(|after| {
            let head: String = after.chars().take(12).collect();
            head.starts_with("代表") && (head.contains("主办方") || head.contains("东道主"))
        })
    })
}

/// The office a question narrows people to.
#[derive(Clone, Copy)]
pub(crate) enum Office {
    Secretary,
    Governor,
}

/// Whether a row's title (`江苏省委书记信长星`) is of `office`.
pub(crate) fn holds_office(full: &str, office: Office) -> bool {
    match office {
        Office::Secretary => full.contains("书记") && !full.contains("副书记"),
        Office::Governor => full.contains("省长") || full.contains("市长"),
    }
}

impl Ctx<'_> {
    /// People named, or counted first when the question asks how many (几位, 几个人).
    pub(crate) fn counted(&self, names: &[String]) -> String {
        if self.r.asks.has(cue::ASKS_COUNT) && !self.r.asks.has(cue::WHICH_YEAR) {
            format!("{}位（{}）", names.len(), join(names))
        } else {
            join(names)
        }
    }

    /// 省委书记 or 省长 named as who is asked for (几位省委书记, 哪些省长讲了话).
    pub(crate) fn office_asked(&self) -> Option<Office> {
        let c = self.r.asks;
        match (c.has(cue::ASKS_SECRETARY), c.has(cue::GOVERNOR)) {
            (true, false) => Some(Office::Secretary),
            (false, true) => Some(Office::Governor),
            _ => None,
        }
    }
}

/// The attendees of `m` whose own sentence says they spoke (出席座谈会并讲话, 出席会议并发表讲话).
fn attendees_who_spoke(m: &crate::engine::model::Meeting) -> Vec<&Sourced<Attendee>> {
    m.attendees
        .iter()
        .filter(|a| a.evidence.iter().any(|e| ["并讲话", "并发表讲话", "并作讲话"].iter().any(|w| e.quote.contains(w))))
        .collect()
}

/// `签约了多少个文旅项目`, `新能源汽车项目有几个`: projects of a kind, which the reports never count
/// apart (`签约项目`, `重大合作项目` are all of them).
fn kind_of_project(t: &str) -> bool {
    const NEUTRAL: [&str; 16] = [
        "高层论坛",
        "论坛",
        "座谈会",
        "会议",
        "大会",
        "现场",
        "集中",
        "签约",
        "签署",
        "签下",
        "重大",
        "重点",
        "合作",
        "产业",
        "投资",
        "总",
    ];
    t.match_indices("项目").any(|(at, _)| {
        let run: String = t[..at]
            .chars()
            .rev()
            .take_while(|&c| super::text::is_cjk(c) && !"个了的多少几些和与及届年次上共".contains(c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // The qualifier is what stands after the last neutral word (`盐城论坛期间签约项目`: none).
        let from = NEUTRAL.iter().filter_map(|w| run.rfind(w).map(|i| i + w.len())).max().unwrap_or(0);
        run[from..].chars().count() >= 2
    })
}

/// A worth as the reports state it (`1675亿元`, `2.3万亿元`, `8000万元`), in 亿元; `约`, `超`
/// and the like make it no exact figure to compute with.
fn yi(value: &str) -> Option<f64> {
    let v = value.trim().trim_start_matches("人民币");
    let (num, scale) = if let Some(n) = v.strip_suffix("万亿元") {
        (n, 10000.0)
    } else if let Some(n) = v.strip_suffix("亿元") {
        (n, 1.0)
    } else if let Some(n) = v.strip_suffix("万元") {
        (n, 0.0001)
    } else {
        return None;
    };
    num.trim().parse::<f64>().ok().map(|x| x * scale)
}

/// An amount in 亿元, written as the reports write one.
fn yuan(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    if r.fract() == 0.0 { format!("{}亿元", r as i64) } else { format!("{r}亿元") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worth_in_yi_and_back() {
        assert_eq!(yi("1675亿元"), Some(1675.0));
        assert_eq!(yi("2.3万亿元"), Some(23000.0));
        assert_eq!(yi("约256.4亿元"), None);
        assert_eq!(yuan(1675.0 + 3012.0 + 1208.0), "5895亿元");
        assert_eq!(yuan(256.4), "256.4亿元");
    }

    #[test]
    fn projects_of_a_kind_are_a_part() {
        assert!(kind_of_project("2495年舟山高层论坛签约了多少个文旅项目"));
        assert!(kind_of_project("新能源汽车项目有几个"));
        assert!(!kind_of_project("盐城论坛期间签约项目总投资大约多少"));
        assert!(!kind_of_project("论坛现场签约重大合作项目多少个"));
    }
}
