//! Premises the question states about the meeting it means, checked apart from the rule that
//! answers it: a filter that selects nothing, or a meeting that does not agree with another
//! filter, makes the reply NOT_FOUND with a sentence naming the premise and what is known instead.
//!
//! The filters: a place that names the meeting (在南京召开的座谈会, 合肥那次), a month that names it
//! (8月份开的那次), the year a meeting decided (2023年合肥座谈会确定2025年度…), a person in a role
//! (李强作为江苏省委书记), and "first" or "in all" over the corpus, which no article states. A
//! meeting named by its month, or a decision named by its decider and the year it decided, is
//! answered here from the filters themselves, since the rules read the month or the second year
//! as something else.

use super::reading::{PlaceRef, read};
use super::reply::{Reply, meeting_name};
use super::tagger::cue;
use super::text::{join, years_text};
use super::{AnswerStatus, Ctx};
use crate::engine::gazetteer;

/// Before the rules: premises that decide the reply on their own.
pub fn before(ctx: &Ctx) -> Option<Reply> {
    if let Some(reply) = batch_named(ctx).or_else(|| stated_act(ctx)) {
        return Some(reply);
    }
    if ctx.r.event != super::reading::Event::Meeting {
        return None;
    }
    first_or_total(ctx)
        .or_else(|| decided(ctx))
        .or_else(|| by_month(ctx))
        .or_else(|| two_on(ctx))
        .or_else(|| stated_length(ctx))
        .or_else(|| presider_and_place(ctx))
}

/// `鲁定安主持的松江座谈会…`: a meeting named both by who presided and by where it was held; when
/// no meeting the person presided was held there, the premise is false.
fn presider_and_place(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let [name] = &r.people[..] else { return None };
    if !r.text.contains(&format!("{name}主持的")) || r.text.contains("发布会") || r.text.contains("论坛") {
        return None;
    }
    let places = naming_places(ctx);
    // `松江座谈会`: a district of Shanghai, which names no entity of its own.
    let (hosted, where_): (Vec<i32>, String) = match (&places[..], r.district) {
        ([(place, _)], _) => (hosted(ctx, place), place.name.clone()),
        ([], Some(d)) => (ctx.years_hosted_by("上海", false), d.to_string()),
        _ => return None,
    };
    let presided = ctx.years_chaired(name);
    if presided.is_empty() || hosted.is_empty() || presided.iter().any(|y| hosted.contains(y)) {
        return None;
    }
    let held: Vec<String> = presided
        .iter()
        .map(|&y| match ctx.kb.meetings.get(&y).and_then(|m| m.place.primary()) {
            Some(p) => format!("{}（在{}举行）", meeting_name(y), p.value.full_name()),
            None => meeting_name(y),
        })
        .collect();
    let sentence = format!("问题的前提有误：{name}主持的是{}，不是在{where_}举行的座谈会。", join(&held));
    Some(Reply::not_found("meeting.premise", sentence).years(&presided).person(name).rule("premise.presider_place"))
}

/// `2024年…座谈会为期三天，第三天…`: a length the question states of a meeting whose dates are
/// known to span another; asked of, the premise is false whatever else the question asks.
/// (`为期几天` asks the length and states none.)
fn stated_length(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let [year] = r.years[..] else { return None };
    let t = &r.text;
    let at = ["为期", "开了", "一共开", "连开"].iter().find_map(|w| t.find(w).map(|i| i + w.len()))?;
    let num: String =
        t[at..].chars().take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c)).collect();
    // Stated as a clause before what is asked (`为期三天,第三天…`); `开了一天吗` asks it.
    if !t[at + num.len()..].starts_with("天,") || r.asks.has(cue::ASKS_YES_NO) {
        return None;
    }
    let stated = crate::engine::extract::text::parse_number(&num.replace('两', "二"))?;
    let m = ctx.kb.meetings.get(&year)?;
    let dates = m.dates.primary().filter(|_| !m.dates.is_conflicting())?;
    let days = super::meeting::day_count(dates.value.start, dates.value.end);
    if days == i64::from(stated) {
        return None;
    }
    let sentence = format!(
        "问题的前提有误：{}于{}举行，会期{days}天，不是{stated}天。",
        meeting_name(year),
        dates.value.chinese()
    );
    Some(Reply::not_found("meeting.premise", sentence).years(&[year]).evidence(&dates.evidence).rule("premise.length"))
}

/// `陈吉宁主持2024年度成果发布会时通报了哪些成果`: the act a 时 clause states, and what is asked
/// after it. (时间, 何时, 同时, 时任 are no such clause.)
fn when_clause(text: &str) -> Option<(&str, &str)> {
    text.match_indices('时').find_map(|(i, _)| {
        let (stated, rest) = text.split_at(i);
        let rest = &rest['时'.len_utf8()..];
        let word = stated.ends_with(['何', '同', '当', '及', '按', '临', '届', '那', '这'])
            || rest.starts_with(['间', '任', '候', '期', '刻', '段']);
        let act = ["主持", "通报", "出席", "参加"].iter().any(|v| stated.contains(v));
        (!word && act).then_some((stated, rest))
    })
}

/// `2022年座谈会的成果发布会由李强主持，那次座谈会的主题是什么`: a statement before the question
/// (who chaired, reported at or attended that year's meeting or its results conference) is a
/// premise. A false one makes the question NOT_FOUND with what the reports say; a true one leaves
/// the question after it, read again with the year and the event the statement named.
fn stated_act(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let [year] = r.years[..] else { return None };
    let (stated, asked) = r.text.split_once(',').or_else(|| when_clause(&r.text))?;
    const ASKING: [&str; 10] = ["什么", "哪", "谁", "几", "多少", "吗", "怎么", "是否", "有没有", "?"];
    if ASKING.iter().any(|w| stated.contains(w)) || !ASKING.iter().any(|w| asked.contains(w)) {
        return None;
    }
    // 我同学说…是易炼红通报的，是真的吗: the statement is what is asked, a yes/no check, not a premise.
    const CHECKING: [&str; 8] = ["真的", "对吗", "对不对", "是吗", "是不是", "没错", "属实", "准确"];
    if CHECKING.iter().any(|w| asked.contains(w)) || ["说", "听说", "据说", "称"].iter().any(|w| stated.contains(w))
    {
        return None;
    }
    // 由王五主持: a name-shaped word the lexicon does not know is a person no report names.
    let person = match r.people.iter().find(|p| stated.contains(p.as_str())) {
        Some(p) => p.clone(),
        None => super::route::unknown_before(r, &["主持", "通报", "出席", "参加"])
            .filter(|name| stated.contains(name.as_str()))?,
    };
    let person = &person;
    let m = ctx.kb.meetings.get(&year)?;
    let press = stated.contains("发布会");
    let (what, recorded): (&str, Vec<&String>) = if stated.contains("通报") {
        ("通报成果的人", m.press.reporter.values.iter().chain(&m.reporter.values).map(|v| &v.value).collect())
    } else if stated.contains("主持") && press {
        ("主持人", m.press.presider.values.iter().map(|v| &v.value).collect())
    } else if stated.contains("主持") && !stated.contains("论坛") {
        ("的主持人", m.presider.values.iter().map(|v| &v.value).collect())
    } else if ["出席", "参加"].iter().any(|v| stated.contains(v)) && !press && !stated.contains("论坛") {
        ("的出席者", m.attendees.iter().map(|a| &a.value.name).collect())
    } else {
        return None;
    };
    if recorded.is_empty() {
        return None;
    }
    let event = if press { "的成果发布会" } else { "" };
    if !recorded.contains(&person) {
        let names: Vec<String> = recorded.iter().map(|n| n.to_string()).collect();
        let sentence =
            format!("问题的前提有误：据报道，{}{event}{what}是{}，不是{person}。", meeting_name(year), join(&names));
        return Some(Reply::not_found("meeting.premise", sentence).years(&[year]).rule("premise.stated_act"));
    }
    // 那次座谈会的主题是什么, 他通报了哪些成果: the pronoun is the meeting or the person stated.
    let mut rest = asked.to_string();
    for w in ["那次", "那届", "这次", "这届", "当年", "那场", "那一次"] {
        if let Some(t) = rest.strip_prefix(w) {
            rest = t.to_string();
        }
    }
    for w in ["他", "她", "其"] {
        if let Some(t) = rest.strip_prefix(w) {
            rest = format!("{person}{t}");
        }
    }
    let names_event = ["座谈会", "会议", "论坛", "发布会"].iter().any(|w| rest.contains(w));
    let text = match (names_event, press) {
        (true, _) => format!("{year}年{rest}"),
        (false, true) => format!("{year}年成果发布会上{rest}"),
        (false, false) => format!("{year}年座谈会{rest}"),
    };
    reread(ctx, &text, &[year])
}

/// `2022年度座谈会发布的第三批长三角创新联合体包括哪些单位`: a batch (第三批…) the reports name
/// only in other years' passages is no release of the year asked; and its members, which no report
/// lists, are not the meeting's documents.
fn batch_named(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let at = r.text.find('第')?;
    let rest = &r.text[at + '第'.len_utf8()..];
    let num = super::text::leading_numeral(rest);
    if num.is_empty() || !rest[num.len()..].starts_with('批') {
        return None;
    }
    let n = crate::engine::extract::text::parse_number(num)?;
    // The reports may write the batch either way (第三批, 第3批).
    let forms = [format!("第{num}批"), format!("第{n}批"), format!("第{}批", super::reply::chinese_number(n))];
    let quotes = ctx
        .kb
        .meetings
        .values()
        .map(|m| (m.year, &m.said))
        .chain(ctx.kb.forums.values().map(|f| (f.year, &f.said)))
        .flat_map(|(y, said)| said.iter().map(move |e| (y, e)));
    let mut years: Vec<i32> = Vec::new();
    let mut evidence = Vec::new();
    for (y, e) in quotes {
        if forms.iter().any(|f| e.quote.contains(f.as_str())) {
            if !years.contains(&y) {
                years.push(y);
            }
            evidence.push(e.clone());
        }
    }
    // The batch with what it is a batch of (第三批长三角创新联合体), for the reply.
    let after = &rest[num.len() + '批'.len_utf8()..];
    let stop = ["包括", "是", "有", "的", "在", "由", "都", "一共", "共"]
        .iter()
        .filter_map(|w| after.find(w))
        .chain(after.find(|c: char| !super::text::is_cjk(c)))
        .min()
        .unwrap_or(after.len());
    let batch = format!("第{num}批{}", &after[..stop]);
    let members = ["哪些单位", "哪几家", "哪些企业", "哪些机构", "成员", "名单", "包括哪些", "有哪些"]
        .iter()
        .any(|w| r.text.contains(w));
    if !r.years.is_empty() && !years.is_empty() && !r.years.iter().any(|y| years.contains(y)) {
        let sentence = format!(
            "问题的前提有误：语料中{batch}见于{}的报道，不是{}；报道也没有列出其名单。",
            years_text(&years),
            years_text(&r.years)
        );
        return Some(
            Reply::not_found("meeting.premise", sentence).years(&years).evidence(&evidence).rule("premise.batch"),
        );
    }
    if members && !ctx.kb.lists.iter().any(|l| forms.iter().any(|f| l.title.contains(f.as_str()))) {
        let sentence = if years.is_empty() {
            format!("语料中没有{batch}的记录。")
        } else {
            format!("语料只提到{}发布了{batch}，没有列出其名单。", years_text(&years))
        };
        return Some(
            Reply::not_found("list.members", sentence).years(&years).evidence(&evidence).rule("premise.batch_members"),
        );
    }
    None
}

/// After the rules: premises an answer must agree with.
pub fn after(ctx: &Ctx, reply: Reply) -> Reply {
    if reply.status != AnswerStatus::Answered && reply.status != AnswerStatus::Ambiguous {
        return reply;
    }
    // 2022年座谈会在南京开的时候，成果发布会是谁主持的: the press conference is the meeting's.
    let of_meeting = matches!(ctx.r.event, super::reading::Event::Meeting | super::reading::Event::Press);
    if of_meeting && let Some(failed) = venue_named(ctx) {
        return failed;
    }
    if let Some(failed) = person_in_role(ctx) {
        return failed;
    }
    if let Some(failed) = forum_presider_named(ctx, &reply).or_else(|| press_place_named(ctx, &reply)) {
        return failed;
    }
    if of_meeting && let Some(failed) = act_of_another_year(ctx) {
        return failed;
    }
    reply
}

/// 审议通过《X》的2023年座谈会, 主题为“Y”的2022年座谈会: the document or the theme that names the
/// meeting belongs to another year than the one named with it. (A yes/no check says so itself.)
fn act_of_another_year(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let (named, _, _) = decided_years(ctx);
    if named.is_empty() || r.asks.has(cue::ASKS_YES_NO) {
        return None;
    }
    let docs: Vec<&super::lexicon::DocRef> =
        r.docs.iter().map(|&i| &ctx.lex.docs[i]).filter(|d| d.action.is_some()).collect();
    if !docs.is_empty() && !docs.iter().any(|d| named.contains(&d.year)) {
        let d = docs[0];
        let years: Vec<i32> = docs.iter().map(|d| d.year).collect();
        let sentence = format!(
            "问题的前提有误：《{}》是{}座谈会{}的，不是{}的。",
            d.title,
            years_text(&years),
            d.verb,
            years_text(&named)
        );
        return Some(Reply::not_found("meeting.premise", sentence).years(&named).rule("premise.act"));
    }
    let themes: Vec<&super::lexicon::ThemeRef> =
        r.themes.iter().map(|&i| &ctx.lex.themes[i]).filter(|t| !t.forum).collect();
    if !themes.is_empty() && !themes.iter().any(|t| named.contains(&t.year)) {
        let t = themes[0];
        let sentence =
            format!("问题的前提有误：“{}”是{}年度座谈会的主题，不是{}的。", t.theme, t.year, years_text(&named));
        return Some(Reply::not_found("meeting.premise", sentence).years(&named).rule("premise.act"));
    }
    None
}

/// Places that name the meeting asked about (温州那次, 在南京召开的座谈会) rather than being asked
/// (是在杭州开的吧), with where each starts in the question's characters.
pub(super) fn naming_places(ctx: &Ctx) -> Vec<(PlaceRef, usize)> {
    let r = ctx.r;
    let mut out: Vec<(PlaceRef, usize)> = Vec::new();
    for h in &r.hits {
        let e = &ctx.lex.entities[h.entity];
        let end = h.start + h.len;
        if let super::lexicon::EntityKind::Place { province, is_province } = &e.kind
            && super::reading::names_event(&r.chars, end)
            && !predicated(&r.chars[end..])
        {
            let p = PlaceRef { name: e.canonical.clone(), province: province.clone(), is_province: *is_province };
            if !out.iter().any(|(q, _)| *q == p) {
                out.push((p, h.start));
            }
        }
    }
    out
}

/// 在杭州开的，对吧 / 在宁波办的？: the place with its verb ends the clause, so it is what the
/// question checks; 在杭州开的座谈会 goes on to the meeting it names.
fn predicated(rest: &[char]) -> bool {
    let rest: String = rest.iter().take(12).collect();
    let rest = rest.strip_prefix('市').or_else(|| rest.strip_prefix('省')).unwrap_or(&rest);
    let Some(after) =
        ["举行的", "召开的", "举办的", "承办的", "开的", "办的"].iter().find_map(|v| rest.strip_prefix(v))
    else {
        return false;
    };
    after.is_empty() || after.starts_with(['，', ',', '。', '？', '?', '！', '!', '吧', '吗', '么', '呢', '啊'])
}

/// The meetings held (or decided) at a place the question names them by.
pub(super) fn hosted(ctx: &Ctx, p: &PlaceRef) -> Vec<i32> {
    ctx.years_hosted_by(if p.is_province { &p.province } else { &p.name }, p.is_province)
}

/// Every meeting's place, for a sentence saying where they were held instead.
fn venues(ctx: &Ctx) -> String {
    let parts: Vec<String> = ctx
        .kb
        .meetings
        .values()
        .filter_map(|m| {
            let p = m.place.get()?;
            let note = if m.is_decided_only() && p.city.is_none() { "（城市未载）" } else { "" };
            Some(format!("{}年度在{}{note}", m.year, p.full_name()))
        })
        .collect();
    if parts.is_empty() { ctx.known_meetings() } else { format!("语料记载的座谈会：{}。", parts.join("，")) }
}

/// 在南京召开的座谈会…, 在杭州举行的那次…: no meeting the corpus knows was held there; or the
/// year named with it (2022年座谈会在合肥开的时候) was held elsewhere.
fn venue_named(ctx: &Ctx) -> Option<Reply> {
    let (named_years, _, verb) = decided_years(ctx);
    // 2022年之后第一次在安徽召开的: a year that only marks a time from which to count is no meeting's.
    let reference = |y: &i32| {
        ctx.r.text.find(&format!("{y}年")).is_some_and(|at| {
            let rest = ctx.r.text[at + format!("{y}年").len()..].trim_start_matches(['度', '的']);
            ["之后", "以后", "以来", "之前", "以前", "后", "前"].iter().any(|w| rest.starts_with(w))
        })
    };
    let named_years: Vec<i32> = named_years.into_iter().filter(|y| !reference(y)).collect();
    for (p, at_place) in naming_places(ctx) {
        // 2022年的座谈会定了2023年在安徽开: a place after the decision is the decided meeting's.
        if at_place >= verb {
            continue;
        }
        let years = hosted(ctx, &p);
        if years.is_empty() {
            let sentence = format!("问题的前提有误：语料中没有在{}召开的座谈会。{}", p.name, venues(ctx));
            return Some(Reply::not_found("meeting.premise", sentence).rule("premise.venue"));
        }
        let elsewhere: Vec<String> = named_years
            .iter()
            .filter(|y| !years.contains(y))
            .filter_map(|y| {
                let at = ctx.kb.meetings.get(y)?.place.get()?;
                Some(format!("{}在{}举行", meeting_name(*y), at.full_name()))
            })
            .collect();
        // 温州那次座谈会是2023年开的吗: the place names the meeting and the year is what is checked.
        let checked =
            |y: &i32| ctx.r.text.find(&format!("{y}年")).is_some_and(|at| ctx.r.text[..at].chars().count() > at_place);
        if !elsewhere.is_empty() && ctx.r.asks.has(cue::ASKS_YES_NO) && named_years.iter().all(checked) {
            let held: Vec<String> = years.iter().map(|&y| meeting_name(y)).collect();
            let evidence: Vec<_> = years
                .iter()
                .filter_map(|y| ctx.kb.meetings.get(y)?.place.primary())
                .flat_map(|s| s.evidence.iter().cloned())
                .collect();
            return Some(
                Reply::answered(
                    "meeting.year_check",
                    format!("否（不是），在{}举行的是{}", p.name, years_text(&years)),
                    format!("不是。在{}举行的是{}。", p.name, join(&held)),
                )
                .years(&years)
                .evidence(&evidence)
                .rule("premise.year_checked"),
            );
        }
        if !elsewhere.is_empty() {
            let sentence = format!("问题的前提有误：{}，不在{}。", join(&elsewhere), p.name);
            return Some(Reply::not_found("meeting.premise", sentence).years(&named_years).rule("premise.venue"));
        }
    }
    district_named(ctx, &named_years, verb)
}

/// `2497年在松江区举行的座谈会主题是什么`: a district of Shanghai the question holds a meeting in,
/// which no report puts that meeting (or any) in. Checked (`…是在松江区举行的吗`), it is the
/// answer's to say no.
fn district_named(ctx: &Ctx, named_years: &[i32], verb: usize) -> Option<Reply> {
    let d = ctx.r.district?;
    let short = d.trim_end_matches('区');
    let at = ctx.r.text.find(short).map(|b| ctx.r.text[..b].chars().count())?;
    if at >= verb || ctx.r.asks.has(cue::ASKS_YES_NO) {
        return None;
    }
    let years = ctx.years_hosted_by("上海", false);
    if years.is_empty() {
        let sentence = format!("问题的前提有误：语料中没有在上海市{d}召开的座谈会。{}", venues(ctx));
        return Some(Reply::not_found("meeting.premise", sentence).years(named_years).rule("premise.district"));
    }
    let elsewhere: Vec<String> = named_years
        .iter()
        .filter(|y| !years.contains(y))
        .filter_map(|y| {
            let m = ctx.kb.meetings.get(y)?;
            let p = m.place.primary()?;
            let district = super::meeting::shanghai_district(&p.evidence);
            Some(format!("{}在{}{}举行", meeting_name(*y), p.value.full_name(), district.unwrap_or_default()))
        })
        .collect();
    if elsewhere.is_empty() {
        return None;
    }
    let sentence = format!("问题的前提有误：{}，不在上海市{d}。", join(&elsewhere));
    Some(Reply::not_found("meeting.premise", sentence).years(named_years).rule("premise.district"))
}

/// 长三角座谈会第一次是哪年开的, 到现在一共开过多少次: the reports name no first meeting and
/// no total, and the corpus's earliest or its count would be a guess at them.
fn first_or_total(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let t = r.scan();
    // A person's, a place's or a side event's first (刘小涛第一次参加, 首次在温州召开, 首次设置边会)
    // is a fact of the meetings recorded; only the series' own first is not.
    let qualified = !r.people.is_empty()
        || !r.places.is_empty()
        || !r.orgs.is_empty()
        || !r.docs.is_empty()
        || t.has(cue::FIRST_QUALIFIED);
    // 首届 and 第一届 count editions, which the meetings do not have: the edition rule says so.
    let first = t.has(cue::SERIES_FIRST) && r.years.is_empty() && !qualified && ctx.stated_first().is_none();
    if first {
        let c = r.asks;
        let intent = if c.has(cue::WHERE) {
            "meeting.location"
        } else if c.has(cue::THEME) {
            "meeting.theme"
        } else if c.has(cue::WHEN) && !c.has(cue::WHICH_YEAR) {
            "meeting.date"
        } else {
            "meeting.year"
        };
        let sentence = format!("报道没有说哪一次是第一次座谈会，语料只记载了其中几次。{}", ctx.known_meetings());
        return Some(Reply::not_found(intent, sentence).rule("premise.first"));
    }
    let total = t.has(cue::SERIES_TOTAL)
        && r.asks.has(cue::ASKS_COUNT)
        && r.years.is_empty()
        && r.asks.has(cue::MEETING_WORD)
        && !qualified;
    if total {
        if let Some(reply) = ctx.stated_total(None) {
            return Some(reply);
        }
        let sentence = format!("语料没有记载座谈会总共举办过多少次。{}", ctx.known_meetings());
        return Some(Reply::not_found("aggregate.meeting_count", sentence).rule("premise.total"));
    }
    None
}

/// The year a meeting decided: a year named after 确定 / 决定 / 定了 (…确定2025年度会议在哪).
/// Also where the verb is, in characters (the end of the question when there is none).
fn decided_years(ctx: &Ctx) -> (Vec<i32>, Vec<i32>, usize) {
    let t = &ctx.r.text;
    let verb = ["确定", "决定", "定了", "商定", "敲定"].iter().filter_map(|w| t.find(w)).min();
    let Some(verb) = verb else { return (ctx.r.years.clone(), Vec::new(), ctx.r.chars.len()) };
    let (named, decided) = ctx.r.years.iter().partition(|y| t.find(&format!("{y}年")).is_none_or(|at| at < verb));
    (named, decided, t[..verb].chars().count())
}

/// 2023年合肥座谈会确定2025年度会议在哪里召开: the meeting named (by year or place) and the year
/// it is said to have decided must agree; when they do, the decision is the answer.
fn decided(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let (named, decided, verb) = decided_years(ctx);
    let [d] = decided[..] else { return None };
    // 决定2025年度座谈会由江苏承办: a place after the verb is the one decided, not the decider.
    let places: Vec<PlaceRef> = naming_places(ctx).into_iter().filter(|(_, at)| *at < verb).map(|(p, _)| p).collect();
    if places.is_empty() && named.is_empty() {
        return None;
    }
    // The question asks where (or checks a place); who presided or what was adopted is another rule's.
    if !(r.asks.has(cue::WHERE) || r.asks.has(cue::ASKS_YES_NO)) || !r.people.is_empty() || !r.docs.is_empty() {
        return None;
    }
    let mut subjects: Vec<i32> =
        if named.is_empty() { places.iter().flat_map(|p| hosted(ctx, p)).collect() } else { named.clone() };
    subjects.retain(|y| places.iter().all(|p| hosted(ctx, p).contains(y)));
    subjects.sort_unstable();
    subjects.dedup();
    let label = |y: i32| match ctx.kb.meetings.get(&y).and_then(|m| m.place.get()) {
        Some(p) if p.city.is_some() => format!("{}（{}）", meeting_name(y), p.full_name()),
        _ => meeting_name(y),
    };
    if subjects.is_empty() {
        let named_text = join(
            &places.iter().map(|p| p.name.clone()).chain(named.iter().map(|y| format!("{y}年"))).collect::<Vec<_>>(),
        );
        let sentence = format!("问题的前提有误：语料中没有{named_text}的座谈会。{}", venues(ctx));
        return Some(Reply::not_found("meeting.premise", sentence).rule("premise.venue"));
    }
    let decider = subjects
        .iter()
        .copied()
        .find(|y| ctx.kb.meetings.get(y).and_then(|m| m.next.get()).is_some_and(|n| n.year == d));
    let Some(s) = decider else {
        let what: Vec<String> = subjects
            .iter()
            .filter_map(|y| {
                let n = ctx.kb.meetings.get(y)?.next.get()?;
                Some(format!(
                    "{}确定的是{}年度座谈会在{}召开",
                    label(*y),
                    n.year,
                    gazetteer::province_full(&n.province)
                ))
            })
            .collect();
        let by = ctx.kb.meetings.values().find_map(|m| {
            let n = m.next.get().filter(|n| n.year == d)?;
            Some(format!("{d}年度座谈会由{}确定在{}召开", meeting_name(m.year), gazetteer::province_full(&n.province)))
        });
        let mut sentence = format!(
            "问题的前提有误：{}没有确定{d}年度座谈会的举办地。",
            join(&subjects.iter().map(|y| label(*y)).collect::<Vec<_>>())
        );
        if !what.is_empty() {
            sentence.push_str(&format!("{}。", join(&what)));
        }
        if let Some(by) = by {
            sentence.push_str(&format!("{by}。"));
        }
        return Some(Reply::not_found("meeting.premise", sentence).years(&subjects).rule("premise.decided"));
    };
    let n = ctx.kb.meetings.get(&s).and_then(|m| m.next.primary())?;
    let place = gazetteer::province_full(&n.value.province);
    // 是不是定了2025年在上海开: the place checked is the one that does not name the meeting.
    let checked = r.places.iter().find(|p| !places.contains(p));
    let verdict = match checked {
        Some(p) if r.asks.has(cue::ASKS_YES_NO) => {
            if p.province == n.value.province {
                "是，"
            } else {
                "否（不是），"
            }
        }
        _ => "",
    };
    let mut sentence = format!("{}确定，{}在{place}召开。", label(s), meeting_name(d));
    let held = ctx.kb.meetings.get(&d).filter(|m| !m.is_decided_only()).and_then(|m| m.place.get());
    let city_asked = ["哪个城市", "哪座城市", "哪个市", "哪市"].iter().any(|w| r.text.contains(w));
    let mut answer = format!("{verdict}{place}（{d}年度）");
    if let Some(p) = held
        && p.city.is_some()
    {
        sentence.push_str(&format!("该届会议后来在{}举行。", p.full_name()));
        // 定了2023年在安徽开,没错吧?那安徽那次具体在哪个城市: the city it was held in, too.
        if city_asked {
            answer = format!("{verdict}{place}（{d}年度），后在{}举行", p.full_name());
        }
    } else if verdict.is_empty() && city_asked {
        // 确定的2130年度会议在安徽哪个城市举行: the decision names a province, no report the city.
        sentence.push_str("语料没有记载该届会议的举办城市。");
        return Some(
            Reply::not_found("meeting.next", sentence).years(&[s, d]).evidence(&n.evidence).rule("next.city_unknown"),
        );
    }
    Some(Reply::answered("meeting.next", answer, sentence).years(&[s, d]).evidence(&n.evidence).rule("premise.decided"))
}

/// A month that names the meeting: `8月份开的那次座谈会`, `5月份开的座谈会` (not `8月开的吗`).
fn naming_month(ctx: &Ctx) -> Option<(u32, String)> {
    let chars = &ctx.r.chars;
    for (i, &c) in chars.iter().enumerate() {
        if c != '月' || i == 0 || !chars[i - 1].is_ascii_digit() {
            continue;
        }
        let start = (0..i).rev().take_while(|&k| chars[k].is_ascii_digit()).last()?;
        // 2022年8月: a date, not a month naming the meeting.
        if start > 0 && chars[start - 1] == '年' {
            continue;
        }
        let month: u32 = chars[start..i].iter().collect::<String>().parse().ok()?;
        let after: String = chars[i + 1..].iter().collect();
        let rest = after.strip_prefix('份').unwrap_or(&after);
        let rest = ["召开", "举行", "举办", "开"].iter().find_map(|v| rest.strip_prefix(v))?;
        let named =
            ["的那次", "的那届", "的座谈会", "的会议", "的那一次", "的会"].iter().find(|w| rest.starts_with(*w))?;
        let mut end = chars.len() - rest.chars().count() + named.chars().count();
        // 那次座谈会: the noun after the clause goes with it.
        for noun in ["座谈会", "会议"] {
            if chars[end..].starts_with(&noun.chars().collect::<Vec<_>>()) {
                end += noun.chars().count();
            }
        }
        let clause: String = chars[start..end].iter().collect();
        return Some((month, clause));
    }
    None
}

/// 8月份开的那次座谈会，安徽省委书记是谁: the month names the meeting; the question is read again
/// with the meetings held that month in its place, or is NOT_FOUND when none was.
fn by_month(ctx: &Ctx) -> Option<Reply> {
    let (month, clause) = naming_month(ctx)?;
    // 8月份开的那次是哪一年: the month is what identifies the year asked; the rules answer it.
    if !ctx.r.years.is_empty() || ctx.r.asks.has(cue::WHICH_YEAR) {
        return None;
    }
    let held: Vec<i32> = ctx
        .kb
        .meetings
        .values()
        .filter(|m| m.dates.get().is_some_and(|d| d.start.month == month || d.end.month == month))
        .map(|m| m.year)
        .collect();
    if held.is_empty() {
        let dates: Vec<String> = ctx
            .kb
            .meetings
            .values()
            .filter_map(|m| Some(format!("{}年度{}", m.year, m.dates.get()?.chinese())))
            .collect();
        let sentence =
            format!("问题的前提有误：语料中没有在{month}月召开的座谈会。各次座谈会的日期：{}。", join(&dates));
        return Some(Reply::not_found("meeting.premise", sentence).rule("premise.month"));
    }
    let named = format!("{}的座谈会", years_text(&held).replace('、', "和"));
    reread(ctx, &ctx.r.text.replacen(&clause, &named, 1), &held)
}

/// 2022年那届的下下届, 2024年度座谈会的上上届: two meetings on, one a year; the question is read
/// again with that year's meeting in its place (2026年的下下届 is 2028, which the corpus lacks).
fn two_on(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let [y] = r.years[..] else { return None };
    const WORDS: [(&str, i32); 8] = [
        ("下下一届", 2),
        ("下下届", 2),
        ("下下一次", 2),
        ("下下次", 2),
        ("上上一届", -2),
        ("上上届", -2),
        ("上上一次", -2),
        ("上上次", -2),
    ];
    let (word, k) = WORDS.iter().find(|(w, _)| r.text.contains(w))?;
    let at = r.text.find(word)? + word.len();
    let rest = r.text[at..].trim_start_matches("座谈会").trim_start_matches("会议");
    let target = y + k;
    reread(ctx, &format!("{target}年度座谈会{rest}"), &[target])
}

/// The question read again as `text`, which names the meetings `years`; `None` when the new
/// reading does not name exactly those.
fn reread(ctx: &Ctx, text: &str, years: &[i32]) -> Option<Reply> {
    let reading = read(ctx.lex, ctx.kb, text);
    if reading.years != years {
        return None;
    }
    let inner = Ctx { kb: ctx.kb, lex: ctx.lex, r: &reading, as_of: ctx.as_of };
    let reply = super::route::dispatch(&inner);
    Some(super::settle::settle(&reading, reply))
}

/// 郗文韬主持的第四十届论坛…: the forum answered was presided by someone else.
fn forum_presider_named(ctx: &Ctx, reply: &Reply) -> Option<Reply> {
    let r = ctx.r;
    if r.event != super::reading::Event::Forum || r.asks.has(cue::ASKS_YES_NO) {
        return None;
    }
    let person = r.people.iter().find(|p| r.text.contains(&format!("{p}主持的")))?;
    let [year] = reply.years[..] else { return None };
    let f = ctx.kb.forums.get(&year)?;
    let presiders: Vec<String> = f.presiders.iter().map(|p| p.value.name.clone()).collect();
    if presiders.is_empty() || presiders.contains(person) {
        return None;
    }
    let sentence = format!("问题的前提有误：据报道，{year}年的高层论坛由{}主持，不是{person}。", join(&presiders));
    Some(Reply::not_found("forum.premise", sentence).years(&[year]).rule("premise.forum_presider"))
}

/// 阚文博在湖州成果发布会上…: the results conference named by a place where that year's meeting,
/// and so its results conference, was not held.
fn press_place_named(ctx: &Ctx, reply: &Reply) -> Option<Reply> {
    let r = ctx.r;
    if r.asks.has(cue::ASKS_YES_NO) || !r.text.contains("发布会") {
        return None;
    }
    let named = r.places.iter().find(|p| {
        ["成果发布会", "发布会", "的成果发布会", "的发布会"].iter().any(|w| r.text.contains(&format!("{}{w}", p.name)))
    })?;
    let [year] = reply.years[..] else { return None };
    let held = ctx.kb.meetings.get(&year)?.place.primary()?;
    if named.is_at(&held.value) {
        return None;
    }
    let sentence =
        format!("问题的前提有误：{year}年度座谈会及其成果发布会在{}举行，不在{}。", held.value.full_name(), named.name);
    Some(
        Reply::not_found("press.premise", sentence).years(&[year]).evidence(&held.evidence).rule("premise.press_place"),
    )
}

/// 李强作为江苏省委书记出席的是哪一年, 王清宪当安徽省委书记是哪一年: the person never held that
/// office in the records, and any year given would answer another question.
fn person_in_role(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    if r.asks.has(cue::ASKS_YES_NO) || r.people.len() != 1 || r.places.len() != 1 {
        return None;
    }
    let t = r.scan();
    // 上海市长李强出席的…: the role stands before the name it is given to.
    let apposed = r.hits.iter().any(|h| {
        matches!(ctx.lex.entities[h.entity].kind, super::lexicon::EntityKind::Person)
            && r.chars[..h.start].iter().collect::<String>().ends_with(['长', '记'])
    });
    if !apposed && !t.has(cue::CAPACITY) {
        return None;
    }
    let role = if r.asks.has(cue::DEPUTY_SECRETARY) {
        return None;
    } else if r.asks.has(cue::ASKS_SECRETARY) {
        "书记"
    } else if r.asks.has(cue::GOVERNOR) {
        "长"
    } else {
        return None;
    };
    let person = &r.people[0];
    let place = &r.places[0];
    let mut held = Vec::new();
    let mut as_other = Vec::new();
    // 2026年以浙江省长身份出席的王浩: the role in the year named, not in any year.
    for m in ctx.kb.meetings.values().filter(|m| r.years.is_empty() || r.years.contains(&m.year)) {
        for a in &m.attendees {
            let a = &a.value;
            if &a.name != person {
                continue;
            }
            // 省委副书记、省长 is the governor, 省委书记 the secretary.
            let is_role = match role {
                "书记" => a.role.contains("书记") && !a.role.contains("副书记"),
                _ => a.role.ends_with("长"),
            };
            if is_role && a.province == place.province {
                held.push(m.year);
            } else {
                as_other.push(format!("{}年任{}", m.year, super::reply::display_role(&a.role, &a.province)));
            }
        }
    }
    if !held.is_empty() || as_other.is_empty() {
        return None;
    }
    let asked =
        format!("{}{}", gazetteer::province_full(&place.province), if role == "书记" { "省委书记" } else { "省长" })
            .replace("上海市省委书记", "上海市委书记")
            .replace("上海市省长", "上海市长");
    let sentence =
        format!("问题的前提有误：语料中{person}没有以{asked}的身份出席座谈会；{person}{}。", join(&as_other));
    Some(Reply::not_found("person.roles", sentence).person(person).rule("premise.role"))
}
