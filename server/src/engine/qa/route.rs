//! The intent rules: from a reading to the handler that answers it. Order matters and is the
//! whole policy: typo ties and out-of-domain first, then the most specific readings (a person,
//! a role, a document, the next host) before the general ones (where, when, summary).

use super::Ctx;
use super::people::RoleAsk;
use super::reading::{Event, Reading};
use super::reply::{Reply, meeting_name};
use super::tagger::cue;
use crate::engine::model::Evidence;

/// Whether nothing in the question ties it to the meetings, the forum or their people.
fn out_of_domain(r: &Reading) -> bool {
    let c = r.asks;
    if c.has(cue::OUTSIDE_DELTA) || r.other_event {
        return true;
    }
    let strong = !r.people.is_empty()
        || !r.docs.is_empty()
        || !r.doc_ties.is_empty()
        || !r.orgs.is_empty()
        || !r.themes.is_empty()
        || !r.ambiguous.is_empty()
        || c.has(cue::DOMAIN_WORD)
        // 2056年重点合作事项包括什么: a published list named by its own words.
        || r.event == Event::List && r.list.is_some()
        // 历年举办地, 历年主题, 举办地有哪些: the service's own aggregates, asked tersely.
        || c.has(cue::ASKS_ALL_YEARS) && (c.has(cue::VENUE_NOUN) || c.has(cue::THEME)) && r.other_places.is_empty()
        || r.edition.is_some() && c.has(cue::DOMAIN_WORD)
        // 有记载签约项目数的几年里,签约最少的是哪一年: the years' signings compared.
        || c.has(cue::SIGNING)
            && r.text.contains("项目")
            && c.has(cue::WHICH_YEAR)
            && ["最多", "最少"].iter().any(|w| r.text.contains(w));
    if strong {
        return false;
    }
    if c.has(cue::OFF_TOPIC) || (!r.other_places.is_empty() && r.places.is_empty()) {
        return true;
    }
    let role = c.has(cue::ASKS_SECRETARY) || c.has(cue::GOVERNOR) || c.has(cue::DEPUTY_SECRETARY);
    // A place, a year or an edition with any of the service's own question words: `合肥 日期`, `第八届 地点`.
    let asked = c.has(cue::HELD_VERB)
        || c.has(cue::EVER)
        || role
        || c.has(cue::WHICH_YEAR)
        || c.has(cue::THEME)
        || c.has(cue::ATTEND)
        || c.has(cue::WHEN)
        || c.has(cue::DURATION)
        || c.has(cue::PRESIDE)
        || c.has(cue::ASKS_REPORT)
        || c.has(cue::ORGANIZER)
        || c.has(cue::HOST)
        || c.has(cue::INVITED)
        || c.has(cue::SIDE)
        || c.has(cue::NEXT)
        || c.has(cue::DECIDE);
    if r.edition.is_some() && (asked || c.has(cue::WHERE)) {
        return false;
    }
    // 2023年6月6日开了什么会: a whole day, asked for its event, is the service's own question.
    if !r.years.is_empty() && r.month_day.is_some() && super::days::asks_event(&r.text) {
        return false;
    }
    let times = ["几次", "几届", "几回", "多少次"].iter().any(|w| r.text.contains(w));
    let place_anchor = !r.places.is_empty() && (r.place_event || asked || times);
    let year_anchor = !r.years.is_empty()
        && (asked || c.has(cue::WHERE) || c.has(cue::DOCS) || c.has(cue::ASKS_WHO) || c.has(cue::ASKS_COUNT));
    !(place_anchor || year_anchor || role && (r.all_provinces || r.rel.is_some()))
}

/// 成果发布会有多少人参加: the press conference's and the forum's audiences are never counted in
/// the reports (the meeting's leaders are, so 座谈会 is left to the count rules).
fn crowd_size(r: &Reading) -> bool {
    matches!(r.event, Event::Press | Event::Forum)
        && ["多少人参加", "多少人出席", "多少人参会", "多少人到场", "多少人与会", "多少名观众", "多少听众"]
            .iter()
            .any(|w| r.text.contains(w))
}

/// `“大零号湾”分论坛签了多少亿`, `智能家电产业专场签约了几个项目`: a session inside the forum or
/// the meeting, asked for signings the reports give only for the whole forum. The forum's total
/// is no answer for a part of it.
fn part_session_signings(ctx: &Ctx) -> Option<Reply> {
    const PARTS: [&str; 5] = ["分论坛", "专场", "平行论坛", "分会场", "专题论坛"];
    let r = ctx.r;
    let figure = ["签", "投资", "多少亿", "几个项目", "多少个项目", "多少项目"].iter().any(|w| r.text.contains(w));
    if !figure {
        return None;
    }
    // (A forum's `签约专场` is where its own signings were made: its total is the answer.)
    if let Some(part) = PARTS.iter().find(|w| r.text.contains(**w))
        && !r.text.contains("签约专场")
    {
        return Some(
            Reply::not_found(
                "forum.part_session",
                format!("语料只记载了论坛的签约总数和总投资，没有记载{part}的签约情况。"),
            )
            .rule("premise.part_session"),
        );
    }
    // `签约了多少个回归项目`: projects of a kind no report of the signings names are no part of
    // the total the reports give.
    let kind = signed_kind(&r.text)?;
    let quotes = ctx
        .kb
        .forums
        .values()
        .flat_map(|f| f.signed_total.values.iter().flat_map(|v| v.evidence.iter()))
        .chain(ctx.kb.meetings.values().flat_map(|m| m.signed_total.values.iter().flat_map(|v| v.evidence.iter())));
    let mut quotes = quotes.peekable();
    quotes.peek()?;
    if quotes.any(|e| e.quote.contains(kind.as_str())) {
        return None;
    }
    Some(
        Reply::not_found("forum.signed_kind", format!("语料记载的签约项目没有按“{kind}项目”分类统计。"))
            .rule("premise.signed_kind"),
    )
}

/// The kind of project a signing question qualifies (`回归项目` → 回归), when it names one beyond
/// the reports' own words for them (合作, 重大, 重点).
fn signed_kind(text: &str) -> Option<String> {
    const PLAIN: [&str; 12] =
        ["合作", "重大", "重点", "签约", "多少", "几个", "个", "些", "的", "了", "大合作", "点合作"];
    let at = text.find("项目")?;
    let before: Vec<char> = text[..at].chars().rev().take_while(|c| super::text::is_cjk(*c)).collect();
    let mut kind: String = before.iter().rev().collect();
    // Strip the counting and the plain qualifiers before the kind: `多少个回归` → 回归.
    for w in ["多少个", "几个", "多少", "了", "签约", "的"] {
        if let Some(i) = kind.rfind(w) {
            kind = kind[i + w.len()..].to_string();
        }
    }
    for w in ["重大", "重点", "合作"] {
        kind = kind.replace(w, "");
    }
    let n = kind.chars().count();
    ((2..=4).contains(&n) && !PLAIN.contains(&kind.as_str())).then_some(kind)
}

pub fn dispatch(ctx: &Ctx) -> Reply {
    let r = ctx.r;
    let c = r.asks;
    if let Some(reply) = part_session_signings(ctx) {
        return reply;
    }
    // `《低空经济与未来交通》这个主旨演讲是谁讲的`: a talk named by its title, whatever else is asked.
    if (c.has(cue::KEYNOTE) || c.has(cue::SPEAK) || c.has(cue::ASKS_WHO))
        && r.people.is_empty()
        && let Some(reply) = ctx.keynote_by_topic()
    {
        return reply;
    }

    if let Some(reply) = chained_from_forum(ctx) {
        return reply;
    }
    // 第七届论坛上签署的与大飞机有关的协议叫什么: what was signed, named by its subject, is in the
    // passage that tells the signing (the forum's summary is no answer).
    if r.event == Event::Forum
        && r.docs.is_empty()
        && ["签署", "签订", "签约", "签了"].iter().any(|w| r.text.contains(w))
        && ["叫什么", "是什么", "什么协议", "哪个协议", "哪份协议", "名称"].iter().any(|w| r.text.contains(w))
        && let Some(told) = ctx.deed_years()
        && let [(y, e)] = &told[..]
    {
        let label = ctx.kb.forums.get(y).map(|f| ctx.forum_label(f)).unwrap_or_else(|| format!("{y}年论坛"));
        return Reply::answered("forum.content", e.quote.to_string(), format!("据{label}的报道：{}", e.quote))
            .years(&[*y])
            .evidence([e])
            .rule("forum.signed_thing");
    }
    // 2024年…电力互济合作框架协议是谁签的: who did a deed to a thing no fact records is in the
    // passage that tells it; the meeting's attendees are no answer.
    if super::said::deed_asked(&r.text).is_some()
        && r.docs.is_empty()
        && r.people.is_empty()
        && !r.text.contains("论坛")
        && super::said::thing_deed(&r.text, &[]).is_some()
    {
        let years: Vec<i32> = if r.years.is_empty() { Vec::new() } else { ctx.meeting_years() };
        let found =
            if years.is_empty() { ctx.said_anywhere() } else { years.iter().find_map(|&y| ctx.said_at_meeting(y)) };
        return found.unwrap_or_else(|| {
            Reply::not_found("meeting.content", "语料没有记载是谁做了这件事。").years(&years).rule("deed.unknown")
        });
    }
    // 《…》是…由哪位省委书记宣布发布的: who announced or issued a document is told in a passage or
    // not at all; the meeting's attendees are no answer.
    if !r.docs.is_empty()
        && ["谁", "哪位", "哪几位", "哪些领导"].iter().any(|w| r.text.contains(w))
        && let Some(verb) = ["宣布", "印发", "揭牌", "启动", "发布"].iter().find(|w| r.text.contains(**w))
    {
        let title = &ctx.lex.docs[r.docs[0]].title;
        let head: String = title.chars().take_while(|&ch| ch != '(' && ch != '（').take(8).collect();
        return ctx.said_anywhere().filter(|s| s.answer.contains(&head) && s.answer.contains(verb)).unwrap_or_else(
            || {
                Reply::not_found("document.content", format!("语料没有记载是谁{verb}《{title}》的。"))
                    .document(title)
                    .rule("document.deed_unknown")
            },
        );
    }
    // 报道2365年座谈会的新华社记者是谁: the reporters of the press are not recorded, and the
    // meeting's attendees are not they.
    if ["记者是谁", "哪位记者", "哪个记者", "记者叫什么", "记者是哪"].iter().any(|w| r.text.contains(w))
    {
        return Reply::not_found("unrecorded", "语料没有记录撰写报道或提问的记者。").rule("journalist.unrecorded");
    }
    if !r.ambiguous.is_empty() {
        return Reply::ambiguous(
            "entity",
            format!("问题中的名字可能指：{}。请确认是哪一个。", super::text::join(&r.ambiguous)),
            r.ambiguous.clone(),
        )
        .rule("typo.tie");
    }
    // A figure of a published list, asked with the list's own words.
    if c.has(cue::ASKS_FIGURE)
        && r.people.is_empty()
        && r.docs.is_empty()
        && r.event != Event::Forum
        && let Some(m) = ctx.best_figure()
        && m.strong()
    {
        return ctx.list_figure(m);
    }
    if r.event != Event::List
        && r.people.is_empty()
        && r.docs.is_empty()
        && let Some(reply) = ctx.item_detail_unlisted().or_else(|| ctx.item_detail_quoted())
    {
        return reply;
    }
    if out_of_domain(r) {
        return Reply::out_of_domain().rule("out_of_domain");
    }
    // 在北京举行的高层论坛上有哪些领导讲话: held at a place outside the delta, which no report
    // puts a meeting or forum of the series in: the premise selects none.
    if let Some(p) = r
        .other_places
        .iter()
        .find(|p| ["举行", "召开", "举办", "开的"].iter().any(|v| r.text.contains(&format!("在{p}{v}"))))
        // 第八届论坛是在北京举行的吗: the place is what is checked of a forum or meeting named
        // otherwise, and the answer is no.
        && !(c.has(cue::ASKS_YES_NO)
            && (!r.years.is_empty() || r.edition.is_some())
            && ["举行", "召开", "举办", "开"].iter().any(|v| {
                let tail = r.text.rsplit_once(v).map_or("", |(_, t)| t);
                ["的吗", "吗", "的么", "的吧", "的?", "的"].iter().any(|e| tail.trim_end_matches(['?', '!', '。']) == e.trim_end_matches('?'))
            }))
    {
        let event = if r.event == Event::Forum {
            "长三角一体化发展高层论坛"
        } else {
            "长三角地区主要领导座谈会"
        };
        let sentence = format!("语料中没有在{p}举行的{event}的记录。{}", ctx.known_meetings());
        return Reply::not_found("meeting.premise", sentence).rule("premise.place_outside");
    }
    // 2023年座谈会是在北京召开的吗: a place outside the delta checked of a meeting named by its year.
    if r.event == Event::Meeting
        && c.has(cue::ASKS_YES_NO)
        && r.places.is_empty()
        && !r.other_places.is_empty()
        && let [y] = r.years[..]
        && c.has(cue::HELD_VERB)
    {
        return ctx.location_check(y);
    }
    // 第十九次座谈会 when no report places any meeting in the series: no year to answer for.
    if let Some(nth) = r.series_unknown {
        let sentence = format!(
            "语料没有第{nth}次长三角地区主要领导座谈会的记录，报道也没有给出可推算届次的信息。{}",
            ctx.known_meetings()
        );
        return Reply::not_found("meeting.premise", sentence).rule("premise.unknown_series");
    }
    // 在皖川开的那届座谈会: a meeting named by a venue no report holds one at selects none.
    if let Some(venue) = &r.unknown_venue {
        let sentence = format!("语料中没有在{venue}举行的座谈会的记录。{}", ctx.known_meetings());
        return Reply::not_found("meeting.premise", sentence).rule("premise.unknown_venue");
    }
    // 三年行动计划…的第一项是什么, 第一轮三年行动计划: an item of a document, or one round of a
    // series of plans, neither of which the reports number; the title found is not what is asked.
    if r.event != Event::List
        && (!r.docs.is_empty() || !r.doc_ties.is_empty() || c.has(cue::DOCS))
        && (super::asks::item_by_number(&r.text) || super::asks::round_named(&r.text))
    {
        return Reply::not_found(
            "document.content",
            "语料只记载文件的标题和审议情况，没有文件的条目，也没有说是第几轮。",
        )
        .rule("document.numbered");
    }
    // 2022年和2024年的江苏省长是同一个人吗: one office's holders in two years, compared.
    if r.scan().has(cue::SAME_PERSON)
        && let [a, b] = r.years[..]
        && let Some(ask) = RoleAsk::read(r)
    {
        return ctx.same_holder(ask, [a, b]);
    }
    // 每年都在6月举行吗, 一般在几月, 哪次出席的人最多: the series as recorded.
    if let Some(reply) =
        ctx.series().or_else(|| ctx.people_compared()).or_else(|| ctx.forum_gap()).or_else(|| ctx.meetings_compared())
    {
        return reply;
    }
    // 温州会议通过的三年行动计划: the place's meeting settles a tie between titles.
    if let Some(reply) = ctx.ties_narrowed_by_place() {
        return reply;
    }
    // 2486年度长三角重点合作事项清单一共多少项: a list the year published, though the titles of
    // other years' lists (written in 《》, as documents) tie the name.
    let years_list = r.event == Event::List && ctx.kb.lists.iter().any(|l| r.years.contains(&l.year));
    if !r.doc_ties.is_empty() && !years_list {
        // 2023年审议通过了三年行动计划吗, where neither candidate was that year's: no, and whose each was.
        let tied: Vec<&super::lexicon::DocRef> =
            ctx.lex.docs.iter().filter(|d| r.doc_ties.contains(&d.title) && d.action.is_some()).collect();
        if c.has(cue::ASKS_YES_NO)
            && !r.years.is_empty()
            && !tied.is_empty()
            && tied.iter().all(|d| !r.years.contains(&d.year))
        {
            let whose: Vec<String> =
                tied.iter().map(|d| format!("《{}》是{}年度座谈会审议的", d.title, d.year)).collect();
            let years: Vec<i32> = tied.iter().map(|d| d.year).collect();
            return Reply::answered(
                "document.check",
                format!("否（不是），{}", super::text::years_text(&years)),
                format!("{}年度座谈会没有审议这一名称的文件；{}。", r.years[0], super::text::join(&whose)),
            )
            .evidence(tied.iter().flat_map(|d| d.evidence.iter()))
            .rule("document.tie_check");
        }
        // 2022年座谈会审议的那个三年行动计划, where no candidate was that year's: a false premise.
        if !c.has(cue::ASKS_YES_NO)
            && !r.years.is_empty()
            && !tied.is_empty()
            && tied.iter().all(|d| !r.years.contains(&d.year))
        {
            let whose: Vec<String> =
                tied.iter().map(|d| format!("《{}》是{}年度座谈会审议的", d.title, d.year)).collect();
            let sentence = format!(
                "问题的前提有误：{}年度座谈会没有审议这一名称的文件；{}。",
                r.years[0],
                super::text::join(&whose)
            );
            return Reply::not_found("meeting.premise", sentence)
                .evidence(tied.iter().flat_map(|d| d.evidence.iter()))
                .rule("document.tie_premise");
        }
        let titles: Vec<String> = r.doc_ties.iter().map(|t| format!("《{t}》")).collect();
        return Reply::ambiguous(
            "document.meeting",
            format!("问题中的文件可能指：{}。请给出更完整的标题。", super::text::join(&titles)),
            r.doc_ties.clone(),
        )
        .rule("document.tie");
    }
    // 《…第三批重大合作事项清单》共有多少项: a published list's title, not a document's.
    let list_titled = r.event == Event::List && super::reading::titled_list(ctx.lex, &r.chars).is_some();
    if r.docs.is_empty() && !r.unknown_titles.is_empty() && !list_titled {
        let t = &r.unknown_titles[0];
        // 2024年座谈会通过了《…》吗, where that year's documents are all known and this is none of them.
        if c.has(cue::ASKS_YES_NO)
            && let [y] = r.years[..]
            && let Some(m) = ctx.kb.meetings.get(&y)
            && !m.documents.is_empty()
        {
            let titles: Vec<String> = m.documents.iter().map(|d| format!("《{}》", d.value.title)).collect();
            let sentence = format!(
                "语料记载{}审议的文件是{}，没有《{t}》。",
                super::reply::meeting_name(y),
                super::text::join(&titles)
            );
            return Reply::answered(
                "document.check",
                format!("否（不是），{y}年座谈会审议的是{}", super::text::join(&titles)),
                sentence,
            )
            .years(&[y])
            .evidence(m.documents.iter().flat_map(|d| d.evidence.iter()))
            .document(t)
            .rule("document.unknown_check");
        }
        if !c.has(cue::ASKS_YES_NO)
            && let Some(reply) = ctx.document_forum(t)
        {
            return reply;
        }
        return Reply::not_found("document.meeting", format!("语料中没有哪次座谈会涉及《{t}》。"))
            .document(t)
            .rule("document.unknown");
    }

    // 林晓岚在论坛上讲的什么题目, 童以安讲了啥: a keynote's recorded topic.
    if let [name] = &r.people[..]
        && r.scan().has(cue::TALK_VERB)
        && r.scan().has(cue::TALK_WHAT)
        && let Some(reply) = ctx.keynote_topic_of(name)
    {
        return reply;
    }
    // 在上海哪个区召开: Shanghai's district, where a report gives it; otherwise no report records it.
    if r.event == Event::Meeting
        && ["哪个区", "哪一个区", "什么区"].iter().any(|w| r.text.contains(w))
        && let Ok(ys) = years(ctx, true)
    {
        let reply = ctx.location(&ys);
        if reply.status == super::AnswerStatus::Answered && reply.answer.contains('区') {
            return reply;
        }
    }
    // 星期几, 线上还是线下, 籍贯: what no article of the genre records is not guessed from a summary.
    // (`论坛一共投了多少钱`: what the signed projects are worth, which the reports give.)
    let worth_signed = c.has(cue::INVESTED) && (r.event == Event::Forum || c.has(cue::SIGNING));
    if c.has(cue::ASKS_UNRECORDED) && !worth_signed || crowd_size(r) || super::asks::never_recorded(&r.scan()) {
        let ys = ctx.meeting_years();
        let known = ys.first().map(|&y| ctx.known_about(y)).unwrap_or_default();
        return Reply::not_found("unrecorded", format!("语料没有记载这项信息。{known}")).years(&ys).rule("unrecorded");
    }
    // A day names its event: what was held on 2022年8月17日, which year's meeting was on 8月16日.
    if let Some(reply) = ctx.events_on_day().or_else(|| ctx.meeting_years_by_day()) {
        return reply;
    }
    // 2023年在南京举行的座谈会…: a venue that contradicts the year is a false premise, in a
    // yes/no question too (在杭州召开的座谈会通过了…吗), where the place is no longer what is asked.
    let asks_beyond_venue =
        !r.people.is_empty() || c.has(cue::DOCS) || c.has(cue::ATTEND) || c.has(cue::THEME) || c.has(cue::FOCUS);
    // 2093年度座谈会在浙江哪个城市召开: a province that narrows the place asked for is a premise too.
    // 确定的下一届在江苏哪个城市召开: the province narrows the next meeting's place, not this one's.
    let province_narrows = c.has(cue::WHERE)
        && !c.has(cue::ASKS_YES_NO)
        && !c.has(cue::NEXT)
        && !c.has(cue::DECIDE)
        && !r.places.is_empty()
        && r.places.iter().all(|p| {
            p.is_province
                && ["哪", "什么地方", "的哪", "省哪", "省的哪", "市哪"]
                    .iter()
                    .any(|w| r.text.contains(&format!("{}{w}", p.name)))
        });
    // 2322年和2325年这两届座谈会，哪一届是在江苏开的: the place picks among the years, no premise.
    if r.event == Event::Meeting
        && c.has(cue::WHICH_YEAR)
        && !c.has(cue::WHERE)
        && let Some(reply) = ctx.years_at_place_among()
    {
        return reply;
    }
    if r.event == Event::Meeting
        && ((r.place_event && (!c.has(cue::ASKS_YES_NO) || asks_beyond_venue) && !c.has(cue::WHERE))
            || province_narrows)
        && let Some(reply) = ctx.venue_conflict()
    {
        return reply;
    }

    // 2023年11月那次座谈会审议了什么: a month or day no meeting the question selects was held in.
    if r.event == Event::Meeting
        && !c.has(cue::ASKS_YES_NO)
        && !c.has(cue::WHICH_YEAR)
        && !c.has(cue::WHEN)
        && let Some(reply) = ctx.date_conflict()
    {
        return reply;
    }
    // Lists and their figures.
    if r.event == Event::List && super::asks::item_by_number(&r.text) {
        return ctx.list_item_by_number();
    }
    if r.event == Event::List
        && let Some(reply) = ctx.list_of_other_kind().or_else(|| ctx.list_fields()).or_else(|| ctx.list_other_count())
    {
        return reply;
    }
    if r.event == Event::List {
        return ctx.list();
    }
    // 首次设置边会的那次座谈会在哪开: the side sessions name the meeting, the rest asks of it.
    if let Some(reply) = ctx.side_session_chained() {
        return reply;
    }
    // 2026年度座谈会是不是第一次设置边会: what the year's report says of its side sessions being new.
    if r.text.contains("边会")
        && c.has(cue::ASKS_YES_NO)
        && ["第一次", "首次", "头一次", "首度"].iter().any(|w| r.text.contains(w))
        && let [y] = r.years[..]
        && let Some(m) = ctx.kb.meetings.get(&y)
    {
        let quotes = m.side_events.iter().flat_map(|s| s.evidence.iter()).chain(m.said.iter());
        let stated = quotes
            .filter(|e| e.quote.contains("边会") && ["首次", "第一次", "首度"].iter().any(|w| e.quote.contains(w)))
            .cloned()
            .collect::<Vec<_>>();
        let name = super::reply::meeting_name(y);
        return match stated.first() {
            Some(e) => Reply::answered(
                "meeting.side_first",
                format!("是，{name}首次设置边会活动"),
                format!("是。据报道，{name}首次设置了边会活动：{}", e.quote),
            )
            .years(&[y])
            .evidence(std::slice::from_ref(e))
            .rule("side.first_check"),
            None => Reply::not_found("meeting.side_first", format!("报道没有说{name}是不是第一次设置边会活动。"))
                .years(&[y])
                .rule("side.first_check"),
        };
    }
    // 边会是哪一年首次设置的: the meetings whose reports mention side sessions.
    if r.text.contains("边会")
        && c.has(cue::WHICH_YEAR)
        && r.years.is_empty()
        && let held = ctx.kb.meetings.values().filter(|m| m.side_events.iter().any(|s| s.value.contains("边会")))
        && let ys = held.map(|m| m.year).collect::<Vec<i32>>()
        && !ys.is_empty()
    {
        let first = ["首次", "第一次", "最早", "头一次"].iter().any(|w| r.text.contains(w));
        let ys = if first { ys[..1].to_vec() } else { ys };
        let ev: Vec<_> = ys
            .iter()
            .filter_map(|y| ctx.kb.meetings.get(y))
            .flat_map(|m| m.side_events.iter().filter(|s| s.value.contains("边会")).flat_map(|s| s.evidence.iter()))
            .collect();
        let text = super::text::years_text(&ys);
        return Reply::answered("meeting.side_year", text.clone(), format!("设置边会活动的是{text}的座谈会。"))
            .years(&ys)
            .evidence(ev)
            .rule("side.year");
    }
    // 边会围绕哪些主题, 介绍了哪些边会成果: the side sessions' topics.
    if r.text.contains("边会")
        && (c.has(cue::THEME)
            || c.has(cue::ITEMS)
            || c.has(cue::FOCUS)
            || ["成果", "话题", "内容"].iter().any(|w| r.text.contains(w)))
        && !c.has(cue::ASKS_COUNT)
        && !c.has(cue::ASKS_WHO)
    {
        let ys = ctx.meeting_years();
        let ys = if ys.is_empty() && r.event == Event::Forum {
            ctx.kb
                .forums
                .values()
                .filter(|f| r.edition.is_none_or(|e| f.edition.get() == Some(&e)))
                .map(|f| f.year)
                .collect()
        } else {
            ys
        };
        if !ys.is_empty() {
            return ctx.side_topics(&ys);
        }
    }
    // 座谈会和论坛是同一天吗, 相隔几天: the two events of a year compared. (同日举行的是第几届论坛
    // asks the forum's edition, the day only naming which forum.)
    if r.people.is_empty()
        && !c.has(cue::EDITION_ASKED)
        && let Some(mode) = super::forum::compare_asked(&r.text)
    {
        return ctx.meeting_forum_compare(mode);
    }
    // 出席但没讲话的有谁: attendance less speech (two asks, 谁主持的，哪天开的, are a query's).
    if let Some(reply) = ctx.silent_attendees() {
        return reply;
    }
    // 李强、蔡奇出席的是哪一年度的座谈会: every person named is a premise; one no report has attend
    // makes the whole question's meeting none.
    if c.has(cue::ATTEND)
        && !c.has(cue::ASKS_WHO)
        && r.orgs.is_empty()
        && let Some(name) = unknown_person(r)
    {
        return Reply::not_found("person.attendance_check", format!("语料中没有{name}出席座谈会或论坛的记录。"))
            .rule("person.unknown");
    }
    // 吴政隆参加的那次座谈会在哪开: the person's part names the meetings, the rest asks of them.
    if let Some(name) = r.people.first()
        && let Some(reply) = ctx.person_chained(name).or_else(|| ctx.person_choice()).or_else(|| ctx.forum_role(name))
    {
        return reply;
    }
    // 阴和俊是在高层论坛上讲话的吗, 洪银兴是在第几届论坛上发表演讲的: a name no report of the
    // meetings or the forum gives is none of their speakers, asked yes or no or asked where.
    if (c.has(cue::SPEAK) || c.has(cue::PRESIDE) || c.has(cue::KEYNOTE))
        && r.people.is_empty()
        && r.orgs.is_empty()
        && let Some(name) = leading_unknown_name(r)
    {
        return Reply::not_found(
            "person.speech_check",
            format!("语料记载的座谈会、论坛和成果发布会上没有{name}讲话或主持的记录。"),
        )
        .rule("person.unknown_speaker");
    }
    // 2502年座谈会上唐小禾代表安徽作了什么讲话: a name no report gives, before the act asked of it.
    if (c.has(cue::SPEAK) || c.has(cue::PRESIDE))
        && r.people.is_empty()
        && r.orgs.is_empty()
        && let Some(name) = unknown_before(r, &["代表", "讲话", "发言", "致辞", "主持"])
    {
        return Reply::not_found(
            "person.speech_check",
            format!("语料记载的座谈会、论坛和成果发布会上没有{name}讲话或主持的记录。"),
        )
        .rule("person.unknown_speaker");
    }
    // 2315年论坛上陶景行作主旨演讲的题目是什么: a name no keynote of the reports gives is no speaker's.
    if r.event == Event::Forum
        && c.has(cue::KEYNOTE)
        && r.people.is_empty()
        && let Some(name) = unknown_before(r, &["作主旨演讲", "作了主旨演讲", "的主旨演讲", "作主题演讲", "的演讲"])
    {
        return Reply::not_found("forum.premise", format!("语料记载的论坛主旨演讲人中没有{name}。"))
            .rule("forum.keynote_unknown_speaker");
    }
    if r.event == Event::Forum {
        return ctx.forum();
    }

    // 第三批长三角创新联合体是哪年发布的: the forum that released it.
    if c.has(cue::RELEASE)
        && (c.has(cue::WHICH_YEAR) || c.has(cue::WHERE) || c.has(cue::WHEN))
        && r.docs.is_empty()
        && let Some(reply) = ctx.release_by_name()
    {
        return reply;
    }

    // Meetings are named by year, never by edition.
    // 首届座谈会: the first meeting, when a report states which one it was.
    let stated_first = r.edition == Some(1) && !c.has(cue::EDITION_ASKED) && ctx.stated_first().is_some();
    if (r.asks.has(cue::EDITION_ASKED) || r.edition.is_some())
        && r.asks.has(cue::MEETING_WORD)
        && !c.has(cue::ASKS_COUNT)
        && r.people.is_empty()
        && !stated_first
    {
        // 2050年座谈会是连续第几年召开: what its report says of its place in the series.
        // 霁阳那次是连续第几年: the meeting a place names; 自2101年以来: a first year, no meeting named.
        let ys = ctx.meeting_years();
        let ys = if ys.is_empty() && r.place_event { ctx.years_by_fact(false, true, true) } else { ys };
        let ys: Vec<i32> = ys
            .into_iter()
            .filter(|y| !(r.text.contains(&format!("自{y}年")) || r.text.contains(&format!("{y}年以来"))))
            .collect();
        if r.edition.is_none()
            && let Some(reply) = ctx.series_place(&ys)
        {
            return reply;
        }
        return Reply::not_found(
            "meeting.edition",
            format!("语料没有给出长三角地区主要领导座谈会的届次，座谈会按年度称呼。{}", ctx.known_meetings()),
        )
        .rule("meeting.edition");
    }

    // Bodies.
    // 2019年座谈会国家发展改革委哪位领导出席: the body's officials named that year (几位…负责同志参加
    // counts them, not the leaders of the provinces).
    if let Some(org) = r.orgs.first()
        && r.people.is_empty()
        && (c.has(cue::ASKS_WHO) || c.has(cue::ASKS_COUNT) && c.has(cue::ATTEND))
        && r.event == Event::Meeting
        && let ys = ctx.meeting_years()
        && !ys.is_empty()
    {
        return ctx.org_people(org, &ys);
    }
    if !r.orgs.is_empty() && r.people.is_empty() && c.has(cue::ASKS_YES_NO) && r.event == Event::Meeting {
        // 合肥那次会,中央财办有人来吗: the meeting the place names.
        let ys = ctx.meeting_years();
        let ys = if ys.is_empty() && !r.places.is_empty() { ctx.years_by_fact(false, true, true) } else { ys };
        if !ys.is_empty() {
            return ctx.org_check(&r.orgs, &ys);
        }
    }
    if let Some(org) = r.orgs.first()
        && r.people.is_empty()
        && r.years.is_empty()
        && (c.has(cue::INVITED) || c.has(cue::ATTEND) || c.has(cue::WHICH_YEAR) || c.has(cue::ASKS_COUNT))
    {
        return ctx.org_years(org);
    }

    // A person.
    if let Some(name) = r.people.first()
        && !(c.has(cue::ASKS_WHO)
            || c.has(cue::WHICH_YEAR)
            || c.has(cue::WHEN)
            || c.has(cue::WHERE)
            || c.has(cue::ASKS_COUNT))
        && super::asks::said_thing(&r.scan())
    {
        return Reply::not_found("person.speech", format!("语料没有记载{name}这方面讲话的具体内容。"))
            .person(name)
            .rule("person.said");
    }
    if let Some(name) = r.people.first() {
        return person(ctx, name);
    }
    // 黄坤明出席了2024年座谈会吗: a name the corpus never mentions is no attendee it can confirm.
    if c.has(cue::ATTEND)
        && !c.has(cue::ASKS_WHO)
        && r.orgs.is_empty()
        && let Some(name) = unknown_person(r)
    {
        return Reply::not_found("person.attendance_check", format!("语料中没有{name}出席座谈会或论坛的记录。"))
            .rule("person.unknown");
    }

    // 哪一年的座谈会是由安徽省委书记主持的: meetings by their presider's office.
    if c.has(cue::WHICH_YEAR)
        && c.has(cue::PRESIDE)
        && let Some(reply) = ctx.years_presided_by_role()
    {
        return reply;
    }
    // The press conference.
    if r.event == Event::Press || c.has(cue::PRESIDE) || c.has(cue::ASKS_REPORT) {
        return match years(ctx, true) {
            Ok(ys) => ctx.press(&ys),
            Err(reply) => reply,
        };
    }

    // 习近平在座谈会上讲话了吗: the reports cite 总书记's speeches, never one at the meeting.
    if c.has(cue::ASKS_YES_NO)
        && (c.has(cue::SPEAK) || c.has(cue::PRESIDE))
        && (r.text.contains("习近平") || r.text.contains("总书记"))
    {
        return Reply::not_found("press.speakers", "语料记载的讲话人和主持人中没有习近平总书记。")
            .rule("speak.general_secretary");
    }
    // 讲话 at a meeting is the press conference's: 分别代表三省一市讲话.
    if c.has(cue::SPEAK)
        && !c.has(cue::ROLE)
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.press(&ys);
    }
    // Both the secretary and the governor: the province's attendees.
    if c.has(cue::ASKS_SECRETARY)
        && c.has(cue::GOVERNOR)
        && !r.provinces().is_empty()
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.attendees(&ys, false);
    }

    // 两次座谈会都出席了的省委书记有哪几位: the office's holders at every meeting named.
    // (2022年到2026年江苏省长都有谁 lists the holders; it does not intersect.)
    let lists_all = ["都有谁", "都有哪些", "都是谁", "都有什么人", "都谁"].iter().any(|w| r.text.contains(w));
    if c.has(cue::ASKS_BOTH) && !lists_all && (c.has(cue::ASKS_WHO) || c.has(cue::ATTEND)) && RoleAsk::read(r).is_some()
    {
        let ys = ctx.meeting_years();
        if ys.len() >= 2 {
            return ctx.common_attendees(&ys);
        }
    }
    // Who held a role.
    let role = RoleAsk::read(r);
    if let Some(ask) = role
        && !(c.has(cue::ATTEND) && c.has(cue::ASKS_COUNT))
    {
        let ys = ctx.meeting_years();
        let ys = if ys.is_empty() { ctx.years_by_fact(false, false, false) } else { ys };
        // 历任, 先后, 出席过的安徽省长有哪些: every year.
        let ys = if ys.is_empty()
            && (c.has(cue::SUCCESSION)
                || c.has(cue::ASKS_ALL_YEARS)
                || (c.has(cue::ITEMS) && (c.has(cue::EVER) || c.has(cue::ATTEND))))
        {
            ctx.role_years()
        } else {
            ys
        };
        if r.provinces().is_empty() && !r.other_places.is_empty() {
            return Reply::out_of_domain().rule("role.other_province");
        }
        // 杭州市委书记是谁: the articles name the provinces' leaders, not the cities'.
        if let Some(city) = r.city()
            && r.provinces().is_empty()
            && ["市委书记", "市长", "市委副书记"].iter().any(|w| {
                let bare = city.name.trim_end_matches('市');
                r.text.contains(&format!("{bare}{w}")) || r.text.contains(&format!("{bare}市{w}"))
            })
        {
            return Reply::not_found(
                "person.role_holder",
                format!("语料只记载三省一市的省（市）级领导，没有{}市领导的记录。", city.name),
            )
            .rule("role.city");
        }
        return ctx.role_holder(ask, &ys);
    }

    if c.has(cue::INVITED) {
        return match years(ctx, true) {
            Ok(ys) => ctx.invited(&ys),
            Err(reply) => reply,
        };
    }

    // Who attended several meetings.
    if c.has(cue::ASKS_BOTH) && (c.has(cue::ASKS_WHO) || c.has(cue::ATTEND)) {
        let ys = ctx.meeting_years();
        if ys.len() >= 2 {
            return ctx.common_attendees(&ys);
        }
    }
    // Who attended every meeting, or the most of them.
    // 都有谁 lists, it does not intersect; a place names one meeting.
    let every = (c.has(cue::ASKS_BOTH) && !lists_all)
        || ["所有", "每次", "每届", "每年", "每一次", "每一届", "历次都", "全部"].iter().any(|w| r.text.contains(w));
    let every = every && r.places.is_empty();
    if (c.has(cue::ASKS_WHO) || c.has(cue::ATTEND))
        && r.years.is_empty()
        && r.rel.is_none()
        && r.event == Event::Meeting
    {
        let held: Vec<i32> = ctx.kb.meetings.values().filter(|m| !m.attendees.is_empty()).map(|m| m.year).collect();
        if every && held.len() >= 2 {
            return ctx.common_attendees(&held);
        }
        if ["最多", "最频繁", "最常"].iter().any(|w| r.text.contains(w)) && !held.is_empty() {
            return ctx.most_attended();
        }
    }
    // 谁没有参加2026年的座谈会, 谁只参加过一次: attendance by its complement.
    if (c.has(cue::ATTEND) || c.has(cue::ASKS_WHO)) && ctx.absence_asked() {
        return ctx.absentees();
    }
    // 与会领导考察了哪些地方 asks about the visits, not who attended; 商定2030年度由谁承办 the host.
    // `2023 出席`: attendance and a year alone ask who.
    let terse_attend = c.has(cue::ATTEND) && !c.has(cue::ASKS_YES_NO) && r.text.chars().count() <= 8;
    if !(c.has(cue::SIDE)
        || c.has(cue::DECIDE) && c.has(cue::ORGANIZER)
        || c.has(cue::NEXT) && super::asks::host_asked(&r.scan()))
        && ((c.has(cue::ATTEND)
            && (c.has(cue::ASKS_WHO) || c.has(cue::ITEMS) || c.has(cue::ASKS_COUNT) || terse_attend))
            || (c.has(cue::ASKS_WHO) && (c.has(cue::MEETING_WORD) || !r.years.is_empty())))
    {
        return match years(ctx, true) {
            // 出席领导有多少人 counts; 有哪些人 names.
            Ok(ys) => ctx.attendees(
                &ys,
                c.has(cue::ASKS_COUNT) && !(c.has(cue::ASKS_WHO) && (r.text.contains('谁') || c.has(cue::ITEMS))),
            ),
            Err(reply) => reply,
        };
    }

    // 习近平出席2026年座谈会了吗: 总书记 is quoted in every article and listed in none.
    if c.has(cue::ATTEND) && (r.text.contains("习近平") || r.text.contains("总书记")) {
        return Reply::not_found("meeting.attendees", "语料记载的座谈会出席名单中没有习近平总书记。")
            .rule("attend.general_secretary");
    }
    // 通过…工作计划的那次座谈会确定下一届在哪: the document's meeting, asked of.
    if let Some(reply) = ctx.doc_chained() {
        return reply;
    }
    // A document named.
    if !r.docs.is_empty() {
        // 《…工作计划》有多少项任务, 分为几个方面: the corpus has titles, not the documents' contents
        // (one document named is not counted among others). 由哪个机构印发: nor who issued it,
        // which no meeting is. (A report's passage naming the document tells of the meeting's
        // acts: its `六大方面` are what the meeting discussed, not the plan's parts.)
        let one_named = r.docs.len() == 1 && !r.text.contains("文件") && !r.text.contains("等");
        let counted = c.has(cue::ASKS_COUNT) && !c.has(cue::WHICH_YEAR) && (!c.has(cue::COUNT_DOCS) || one_named);
        let issuer = ["哪个机构", "哪个部门", "哪个单位", "哪家单位", "哪家机构", "什么机构", "什么部门", "哪些部门"]
            .iter()
            .any(|w| r.text.contains(w));
        if counted || issuer || c.has(cue::DOC_CONTENT) {
            let sentence = if issuer {
                "语料只记载文件在座谈会上的审议情况，没有记载印发或发布文件的机构。"
            } else {
                "语料只记载文件的标题和审议情况，没有文件的具体内容。"
            };
            return Reply::not_found("document.content", sentence).rule("document.content");
        }
        // 三年行动计划全称是什么, 叫什么: the title itself.
        if ["全称", "叫什么", "名称", "全名", "标题", "题目"].iter().any(|w| r.text.contains(w)) {
            return ctx.document_titles();
        }
        if c.has(cue::ASKS_YES_NO)
            && let Some(&y) = r.years.first()
        {
            return ctx.document_check(y);
        }
        // 《…》是在温州通过的吗: the place of the meeting that adopted it.
        if c.has(cue::ASKS_YES_NO)
            && !r.places.is_empty()
            && let [y] = ctx.years_by_fact(true, true, false)[..]
        {
            return ctx.location_check(y);
        }
        // 一网通办三年行动计划覆盖哪几年: the years in its title.
        if [
            "覆盖",
            "哪几年的",
            "期限",
            "时间跨度",
            "管哪几年",
            "到哪年",
            "到哪一年",
            "截至哪",
            "至哪年",
            "到什么时候",
            "哪年结束",
            "哪一年结束",
            "到期",
        ]
        .iter()
        .any(|w| r.text.contains(w))
            && let Some(&i) = r.docs.first()
        {
            let title = &ctx.lex.docs[i].title;
            if let Some(span) = title_years(title) {
                return Reply::answered("document.span", span.clone(), format!("《{title}》的期限是{span}。"))
                    .evidence(&ctx.lex.docs[i].evidence)
                    .document(title)
                    .rule("document.span");
            }
            // 《…行动计划》的实施期限是哪几年: a title without its years, and no report gives them.
            if ["期限", "时间跨度", "实施期", "实施周期", "覆盖", "到期", "哪年结束", "哪一年结束"]
                .iter()
                .any(|w| r.text.contains(w))
            {
                return Reply::not_found("document.span", format!("语料没有记载《{title}》的实施期限。"))
                    .document(title)
                    .rule("document.span_unknown");
            }
        }
        // 是在哪次座谈会上通过的，在哪个城市: the place, said with its year.
        if c.has(cue::WHERE) || c.has(cue::WHEN) && !c.has(cue::WHICH_YEAR) {
            // 《…清单》是在哪个城市审议的: a document only reviewed names its meeting too.
            let ys = ctx.years_by_fact(true, true, false);
            let ys = if ys.is_empty() { ctx.years_acted_on() } else { ys };
            if !ys.is_empty() {
                return if c.has(cue::WHERE) { ctx.location(&ys) } else { ctx.date(&ys, c.has(cue::DURATION)) };
            }
        }
        return ctx.document_meeting();
    }

    // 决定2025年度座谈会由江苏承办的会议在哪开: the deciding meeting, asked of.
    if let Some(reply) = ctx.decider_chained() {
        return reply;
    }
    // 已确定举办地的最晚一届是哪一年: the furthest meeting whose host the reports fix.
    if c.has(cue::DECIDE)
        && r.years.is_empty()
        && ["最晚一届", "最晚的一届", "最后一届", "最远", "最靠后"].iter().any(|w| r.text.contains(w))
        && let Some(m) = ctx.kb.meetings.values().rev().find(|m| m.place.primary().is_some())
        && let Some(place) = m.place.primary()
    {
        let at = place.value.full_name();
        let how = if m.is_decided_only() { "已确定在" } else { "在" };
        return Reply::answered(
            "meeting.latest_fixed",
            format!("{}年度：{at}", m.year),
            format!("语料记载中举办地已确定的最晚一届是{}，{how}{at}召开。", meeting_name(m.year)),
        )
        .years(&[m.year])
        .evidence(&place.evidence)
        .rule("meeting.latest_fixed");
    }
    // The next host, and the meeting that decided a host.
    if c.has(cue::DECIDE) && c.has(cue::WHICH_YEAR) {
        return ctx.decided_by(r.years.first().copied(), r.province());
    }
    // 今年 / 最近一届座谈会确定的下届: the next host decided by the latest meeting.
    if c.has(cue::DECIDE)
        && c.has(cue::NEXT)
        && r.years.is_empty()
        && ["最近", "最新", "今年", "本届", "这次", "这一届", "刚刚"].iter().any(|w| r.text.contains(w))
    {
        let y = if r.text.contains("今年") { Some(ctx.as_of.year) } else { ctx.latest_held() };
        if let Some(y) = y {
            return ctx.next_host(y);
        }
    }
    // 前年的座谈会确定下一届在哪: the next host decided by the year the relative word names.
    if (c.has(cue::DECIDE) || c.has(cue::NEXT))
        && r.years.is_empty()
        && let Some(super::reading::Rel::Offset(k)) = r.rel
        && (["下一届", "下届", "下一次", "之后", "以后", "下回"].iter().any(|w| r.text.contains(w))
            // 今年的座谈会确定明年在哪开: the year that decides, and the one decided.
            || c.has(cue::DECIDE) && r.text.contains("明年") && ["今年", "去年", "前年", "本届"].iter().any(|w| r.text.contains(w)))
    {
        return ctx.next_host(ctx.as_of.year + k);
    }
    // 温州那次确定的下一届: the next host decided by the meeting the place names.
    if (c.has(cue::NEXT) || c.has(cue::DECIDE))
        && r.years.is_empty()
        && r.place_event
        && !c.has(cue::WHEN)
        && !c.has(cue::THEME)
        && !c.has(cue::DOCS)
        && let [y] = ctx.years_by_fact(false, true, true)[..]
    {
        return ctx.next_host(y);
    }
    // 2025年度座谈会定在哪里开: where that year's meeting was fixed, not what it decided.
    let fixed_itself = !c.has(cue::NEXT)
        && ["座谈会定在", "座谈会确定在", "座谈会定于", "会议定在"].iter().any(|w| r.text.contains(w));
    // 2272年三省一市确定了多少项重点合作事项: a count of what was decided, not the next host.
    let decided_count = c.has(cue::ASKS_COUNT) && !c.has(cue::NEXT);
    // 2379年座谈会说明年在哪开: 明年 of a named year's meeting is the one it decided.
    let next_of_named = c.has(cue::NEXT_YEAR) && c.has(cue::WHERE) && r.years.len() == 1;
    if (c.has(cue::NEXT) || c.has(cue::DECIDE) || next_of_named)
        && !fixed_itself
        && !decided_count
        && let Some(&y) = r.years.first()
        && !c.has(cue::WHEN)
        && !c.has(cue::THEME)
        && !c.has(cue::DOCS)
    {
        // 2023年和2024年的座谈会分别确定下一届在哪: each meeting's decision.
        if r.years.len() >= 2 && ["分别", "各自", "各"].iter().any(|w| r.text.contains(w)) {
            let each: Vec<Reply> = r.years.iter().map(|&y| ctx.next_host(y)).collect();
            if each.iter().all(|e| e.status == super::AnswerStatus::Answered) {
                let answers: Vec<String> =
                    r.years.iter().zip(&each).map(|(y, e)| format!("{y}年度：{}", e.answer)).collect();
                return super::query::joined("meeting.next", &answers, &each).rule("next.each");
            }
        }
        return ctx.next_host(y);
    }

    // 2040年度座谈会提到要深入实施哪个规划: the documents a meeting cited.
    if c.has(cue::DOCS)
        && ["提到", "提及", "引用", "深入实施", "认真落实", "强调落实", "按照哪", "依据哪"]
            .iter()
            .any(|w| r.text.contains(w))
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.cited(&ys);
    }
    // 哪一年签约的重大合作项目最多: compared over the years named, else over every meeting whose
    // reports state a total.
    if ["最多", "最少"].iter().any(|w| r.text.contains(w))
        && (c.has(cue::COOPERATION_ITEMS) || r.text.contains("项目"))
        && !r.text.contains("论坛")
        && r.places.is_empty()
        && super::asks::signing_asked(&r.scan())
    {
        let ys: Vec<i32> = if r.range && r.years.len() == 2 {
            (r.years[0]..=r.years[1]).collect()
        } else if r.years.len() >= 2 {
            r.years.clone()
        } else {
            // (A meeting whose report gives no total has its forum's, as `signed_count` reads it.)
            let kb = ctx.kb;
            kb.meetings
                .values()
                .filter(|m| {
                    !m.signed_total.is_empty() || kb.forums.get(&m.year).is_some_and(|f| !f.signed_total.is_empty())
                })
                .map(|m| m.year)
                .collect()
        };
        if ys.len() >= 2 {
            return ctx.signed_count(&ys);
        }
    }
    // 签约项目总投资多少: the worth of what was signed, the meeting's or its forum's.
    if c.has(cue::INVESTED)
        && ctx.asks_whole_worth()
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.meeting_invested(&ys);
    }
    // 签了啥协议: signing said plainly is the documents' verb too.
    // 期间集中签约了多少项重大合作事项: a signing counted, whatever it calls what was signed.
    // (安徽参与签约的有多少项: one party's share is no total.)
    // (铜陵座谈会…比泰州座谈会多多少个: places that only name the meetings are no party.)
    let only_naming = r.places.len() == super::premise::naming_places(ctx).len();
    let signed_counted = c.has(cue::ASKS_COUNT)
        && (c.has(cue::COOPERATION_ITEMS) || r.text.contains("项目"))
        && (r.places.is_empty() || only_naming)
        && !r.text.contains("参与");
    if signed_counted && !c.has(cue::DOCS) && !c.has(cue::PASSED) && super::asks::signing_asked(&r.scan()) {
        // Two meetings named by their places, each place one meeting's.
        let named: Vec<Vec<i32>> =
            super::premise::naming_places(ctx).iter().map(|(p, _)| super::premise::hosted(ctx, p)).collect();
        if named.len() == 2 && named.iter().all(|ys| ys.len() == 1) {
            return ctx.signed_count(&[named[0][0], named[1][0]]);
        }
        if let Ok(ys) = years(ctx, true) {
            return ctx.signed_count(&ys);
        }
    }
    if c.has(cue::DOCS)
        && !c.has(cue::PASSED)
        && super::asks::signing_asked(&r.scan())
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.documents(&ys, c.has(cue::ASKS_COUNT));
    }
    // Documents of a meeting. (发布了多少项重点合作事项 counts the items, not the documents.)
    let items_counted = c.has(cue::ASKS_COUNT) && c.has(cue::COOPERATION_ITEMS) && !c.has(cue::DOCS);
    if (c.has(cue::DOCS) && (c.has(cue::PASSED) || r.text.contains("文件")))
        || (c.has(cue::RELEASE) && !r.years.is_empty() && !items_counted)
    {
        return match years(ctx, true) {
            Ok(ys) => ctx.documents(&ys, c.has(cue::ASKS_COUNT)),
            Err(_) => {
                let ys: Vec<i32> =
                    ctx.kb.meetings.values().filter(|m| !m.documents.is_empty()).map(|m| m.year).collect();
                if ys.is_empty() {
                    Reply::not_found("meeting.documents", "语料中没有座谈会审议文件的记录。")
                } else {
                    ctx.documents(&ys, c.has(cue::ASKS_COUNT))
                }
            }
        };
    }

    // Where (or when) and the theme together: the summary says all three.
    if c.has(cue::THEME)
        && (c.has(cue::WHERE) || c.has(cue::WHEN))
        && let [y] = ctx.meeting_years()[..]
    {
        return ctx.summary(y);
    }
    // Themes.
    if c.has(cue::THEME) || !r.themes.is_empty() {
        if !r.themes.is_empty() && r.years.is_empty() && r.rel.is_none() {
            if c.has(cue::WHERE) || c.has(cue::WHEN) {
                let ys = ctx.years_by_fact(true, false, true);
                return if c.has(cue::WHERE) { ctx.location(&ys) } else { ctx.date(&ys, c.has(cue::DURATION)) };
            }
            return ctx.year_by_theme();
        }
        return match years(ctx, true) {
            Ok(ys) => ctx.theme(&ys),
            Err(_) => {
                let ys: Vec<i32> = ctx.kb.meetings.values().filter(|m| !m.theme.is_empty()).map(|m| m.year).collect();
                if ys.is_empty() { Reply::not_found("meeting.theme", ctx.known_meetings()) } else { ctx.theme(&ys) }
            }
        };
    }
    if c.has(cue::FOCUS) && !c.has(cue::WHERE) && !c.has(cue::WHEN) {
        return match years(ctx, true) {
            // 在大气污染防治方面要深化什么机制: a passage naming the question's words beats the list
            // of areas.
            Ok(ys) if ys.len() == 1 => ctx.said_if_closer(ys[0], ctx.focus(&ys)),
            Ok(ys) => ctx.focus(&ys),
            Err(reply) => reply,
        };
    }
    if c.has(cue::SIDE) {
        return match years(ctx, true) {
            Ok(ys) => ctx.side_events(&ys),
            Err(reply) => {
                // 三省一市领导考察了哪些地方: the meetings that report visits at all.
                let ys: Vec<i32> =
                    ctx.kb.meetings.values().filter(|m| !m.side_events.is_empty()).map(|m| m.year).collect();
                if ys.is_empty() { reply } else { ctx.side_events(&ys) }
            }
        };
    }

    // A place with no year: which years it hosted, how often, whether ever.
    let place = r.city().cloned().or_else(|| r.places.first().cloned());
    // 长三角的国家级集群中江苏有几个: a place with a count of something else asks nothing of the
    // meetings it hosted; the question must name a meeting, hosting, or times (几次, 几届).
    let of_meetings = c.has(cue::MEETING_WORD)
        || c.has(cue::HELD_VERB)
        || c.has(cue::WHICH_YEAR)
        || r.place_event
        || ["次", "届", "回", "开", "办", "轮值"].iter().any(|w| r.text.contains(w));
    if let Some(p) = &place
        && (r.years.is_empty() || r.range || r.since)
        && r.rel.is_none()
        && !r.all_provinces
        // (沪苏浙三地哪一年启动了会晤机制: three places named together are the parties, not a host.)
        && r.places.len() < 3
        && of_meetings
    {
        // 这篇说“今天座谈会在浙江温州举行”的报道,座谈会在哪里开: the meetings the place selects.
        if c.has(cue::WHERE) && !c.has(cue::WHICH_YEAR) {
            let ys = ctx.years_hosted_by(&p.name, p.is_province);
            if !ys.is_empty() {
                return ctx.location(&ys);
            }
        }
        // 有哪几次座谈会不是在上海开的: the meetings held elsewhere.
        // (有没有在浙江开过 asks whether, not which others.)
        let negated = |w: &str| {
            let said = format!("{w}{}", p.name);
            r.text.contains(&said) && !r.text.contains(&format!("有{said}")) && !r.text.contains(&format!("是{said}"))
        };
        if ["不是在", "不在", "没在", "没有在"].iter().any(|w| negated(w)) {
            let held: Vec<i32> = ctx.years_hosted_by(&p.name, p.is_province);
            let ys: Vec<i32> = ctx
                .kb
                .meetings
                .values()
                .filter(|m| !m.is_decided_only() && !held.contains(&m.year))
                .map(|m| m.year)
                .collect();
            if !ys.is_empty() {
                return ctx.location(&ys);
            }
        }
        // 温州那次是什么时候开的, 合肥那届为期几天: the date of the meetings the place names.
        if (c.has(cue::WHEN) || c.has(cue::DURATION)) && !c.has(cue::WHICH_YEAR) {
            let ys = ctx.years_by_fact(false, true, true);
            if !ys.is_empty() {
                return ctx.date(&ys, c.has(cue::DURATION));
            }
        }
        if c.has(cue::ASKS_COUNT) {
            return ctx.years_by_place(p, true, false);
        }
        // 安徽省是哪一年成为座谈会成员的: the year of another act of the place than hosting, which
        // only a passage that dates it tells.
        if c.has(cue::WHICH_YEAR)
            && !c.has(cue::HELD_VERB)
            && ["成为", "加入", "成员", "纳入"].iter().any(|w| r.text.contains(w))
        {
            return ctx.said_anywhere().unwrap_or_else(|| {
                Reply::not_found("meeting.content", "语料没有记载这件事发生在哪一年。").rule("place.other_act")
            });
        }
        if c.has(cue::WHICH_YEAR) {
            return ctx.years_by_place(p, false, false);
        }
        if (c.has(cue::EVER) || c.has(cue::ASKS_YES_NO))
            && ["每年都", "每次都", "每届都", "历届都", "都在", "一直在", "总是在", "都是在"]
                .iter()
                .any(|w| r.text.contains(w))
        {
            return ctx.hosted_every(p);
        }
        if c.has(cue::EVER) || c.has(cue::ASKS_YES_NO) {
            return ctx.years_by_place(p, false, true);
        }
        if c.has(cue::WHEN) || c.has(cue::HELD_VERB) {
            return ctx.years_by_place(p, false, false);
        }
    }
    // 下一届座谈会是哪一年的: the year a relative word names.
    if c.has(cue::WHICH_YEAR)
        && r.years.is_empty()
        && r.rel.is_some()
        && !(c.has(cue::WHERE) || c.has(cue::WHEN) || c.has(cue::THEME) || c.has(cue::DOCS) || c.has(cue::ASKS_WHO))
        && let ys = ctx.meeting_years()
        && !ys.is_empty()
    {
        let sentence = ys.iter().map(|&y| ctx.known_about(y)).collect::<String>();
        return Reply::answered("meeting.year", super::text::years_text(&ys), sentence)
            .years(&ys)
            .rule("relative.year");
    }
    // 长三角的两大国家科学中心分别在哪里: where other things are, which no meeting's venue answers.
    let of_venues = c.has(cue::MEETING_WORD) || c.has(cue::HELD_VERB) || c.has(cue::VENUE_NOUN) || c.has(cue::HOST);
    if c.has(cue::ASKS_ALL_YEARS)
        && (c.has(cue::WHERE) || c.has(cue::HELD_VERB))
        && r.years.is_empty()
        && r.offsets.is_empty()
        && !c.has(cue::ASKS_COUNT)
        && !c.has(cue::WHEN)
        && of_venues
    {
        return ctx.all_locations();
    }
    // 哪一年的座谈会只开了一天: meetings by their length.
    if c.has(cue::WHICH_YEAR) && r.years.is_empty() && c.has(cue::DURATION) {
        let days = if ["一天", "1天"].iter().any(|w| r.text.contains(w)) {
            Some(1)
        } else if ["两天", "二天", "2天"].iter().any(|w| r.text.contains(w)) {
            Some(2)
        } else if ["三天", "3天"].iter().any(|w| r.text.contains(w)) {
            Some(3)
        } else {
            None
        };
        if let Some(n) = days {
            let ys: Vec<i32> = ctx
                .kb
                .meetings
                .values()
                .filter(|m| m.dates.get().is_some_and(|d| super::meeting::day_count(d.start, d.end) == n))
                .map(|m| m.year)
                .collect();
            if !ys.is_empty() {
                return ctx.date(&ys, true);
            }
            return Reply::not_found("meeting.year_by_duration", format!("语料中没有开了{n}天的座谈会。"));
        }
    }
    // 哪一年的座谈会是在8月份开的, 有几次是在6月召开的: meetings by the month they were held in.
    if (c.has(cue::WHICH_YEAR) || c.has(cue::ASKS_COUNT))
        && r.years.is_empty()
        && r.month_day.is_none()
        && let Some(mo) = r.month
    {
        let ys: Vec<i32> = ctx
            .kb
            .meetings
            .values()
            .filter(|m| m.dates.get().is_some_and(|s| s.start.month <= mo && mo <= s.end.month))
            .map(|m| m.year)
            .collect();
        if c.has(cue::ASKS_COUNT) {
            let sentence = format!("语料记载的座谈会中，{}月举行的有{}次。", mo, ys.len());
            let answer = format!("{}次（{}）", ys.len(), super::text::years_text(&ys));
            return Reply::answered("aggregate.month_count", answer, sentence).years(&ys).rule("aggregate.month");
        }
        if !ys.is_empty() {
            return ctx.date(&ys, false);
        }
        return Reply::not_found(
            "meeting.year_by_month",
            format!("语料中没有{mo}月举行的座谈会。{}", ctx.known_meetings()),
        );
    }
    if c.has(cue::WHICH_YEAR)
        && r.years.is_empty()
        && let Some((mo, d)) = r.month_day
    {
        let ys: Vec<i32> = ctx
            .kb
            .meetings
            .values()
            .filter(|m| m.dates.get().is_some_and(|s| s.covers(mo, d)))
            .map(|m| m.year)
            .collect();
        if !ys.is_empty() {
            return ctx.date(&ys, false);
        }
    }

    // 2024年座谈会是8月开的吗: the month checked.
    if c.has(cue::ASKS_YES_NO)
        && (r.month.is_some() || r.month_day.is_some())
        && !c.has(cue::WHICH_YEAR)
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.date_check(&ys);
    }
    // 安徽的领导参加了吗: a delegation asked about, not a venue.
    if c.has(cue::ASKS_YES_NO)
        && c.has(cue::ATTEND)
        && !c.has(cue::HELD_VERB)
        && !r.provinces().is_empty()
        && !r.place_event
        && let Ok(ys) = years(ctx, false)
    {
        let reply = ctx.attendees(&ys, false);
        return if reply.status == super::AnswerStatus::Answered {
            let answer = format!("是，{}", reply.answer);
            Reply { answer, ..reply }.rule("attend.province_check")
        } else {
            reply
        };
    }
    if c.has(cue::ASKS_YES_NO)
        && (c.has(cue::HELD_VERB) || c.has(cue::MEETING_WORD))
        && place.is_some()
        && !c.has(cue::WHEN)
        && (!c.has(cue::ATTEND) || c.has(cue::HELD_VERB))
        && let Ok(ys) = years(ctx, false)
    {
        return ctx.location_check_all(&ys);
    }
    // 在南京哪个会场: the corpus names cities, never halls.
    if ["会场", "场馆", "酒店", "宾馆", "会议中心", "哪栋", "哪个馆"].iter().any(|w| r.text.contains(w))
        && let Ok(ys) = years(ctx, true)
    {
        let known = ys.iter().map(|&y| ctx.known_about(y)).collect::<String>();
        return Reply::not_found("meeting.venue", format!("语料没有记载会场的具体地点。{known}"))
            .years(&ys)
            .rule("venue.detail");
    }
    if c.has(cue::WHERE)
        && c.has(cue::WHEN)
        && let Ok(ys) = years(ctx, true)
        && ys.len() == 1
    {
        return ctx.summary(ys[0]);
    }
    if c.has(cue::WHERE) {
        return match years(ctx, true) {
            Ok(ys) => {
                if c.has(cue::ASKS_YES_NO) && place.is_some() && ys.len() == 1 {
                    ctx.location_check(ys[0])
                } else {
                    ctx.location(&ys)
                }
            }
            Err(reply) if !c.has(cue::MEETING_WORD) => reply,
            Err(_) => ctx.all_locations(),
        };
    }
    if c.has(cue::WHEN) || c.has(cue::DURATION) {
        return match years(ctx, true) {
            Ok(ys) => ctx.date(&ys, c.has(cue::DURATION)),
            Err(reply) if !c.has(cue::MEETING_WORD) => reply,
            Err(_) => {
                let ys: Vec<i32> = ctx.kb.meetings.values().filter(|m| !m.dates.is_empty()).map(|m| m.year).collect();
                if ys.is_empty() {
                    Reply::not_found("meeting.date", ctx.known_meetings())
                } else {
                    ctx.date(&ys, c.has(cue::DURATION))
                }
            }
        };
    }
    if c.has(cue::ASKS_COUNT)
        && r.years.is_empty()
        && c.has(cue::MEETING_WORD)
        && ["次", "届", "回"].iter().any(|w| r.text.contains(w))
    {
        return ctx.meeting_count();
    }
    // 截至2389年,座谈会一共开了多少次: the count up to that year, as a report states it.
    if c.has(cue::ASKS_COUNT)
        && c.has(cue::MEETING_WORD)
        && let [y] = r.years[..]
        && ["截至", "截止", "为止"].iter().any(|w| r.text.contains(w))
        && ["次", "届", "回"].iter().any(|w| r.text.contains(w))
    {
        return ctx.stated_total(Some(y)).unwrap_or_else(|| {
            Reply::not_found("aggregate.meeting_count", format!("语料没有记载截至{y}年座谈会共举办过多少次。"))
                .years(&[y])
                .rule("aggregate.stated_total")
        });
    }
    // 第三批创新联合体一共有多少家: a total no handler counted is not every meeting's venue.
    // 资料中报道了哪几个年度的座谈会: which meetings the corpus holds.
    if r.years.is_empty()
        && r.places.is_empty()
        && r.people.is_empty()
        && c.has(cue::MEETING_WORD)
        && ["哪几个年度", "哪些年度", "哪几年", "哪些年份", "哪几个年份", "哪些年"].iter().any(|w| r.text.contains(w))
    {
        return ctx.years_recorded();
    }
    if c.has(cue::ASKS_ALL_YEARS) && r.years.is_empty() && (c.has(cue::ASKS_COUNT) || c.has(cue::ASKS_FIGURE)) {
        return Reply::not_found("figure.unknown", format!("语料没有这项数据。{}", ctx.known_meetings()))
            .rule("figure.unknown_total");
    }
    if c.has(cue::ASKS_ALL_YEARS) && r.years.is_empty() && (of_venues || !c.has(cue::WHERE)) {
        return ctx.all_locations();
    }
    if let Ok(ys) = years(ctx, false) {
        // 有国务院领导出席吗, 有企业家参加吗: whether someone came is not answered by a summary either.
        if c.has(cue::ASKS_YES_NO) && c.has(cue::ATTEND) {
            return Reply::not_found("meeting.attendees", format!("语料没有这项出席记录。{}", ctx.known_about(ys[0])))
                .years(&ys[..1])
                .rule("attend.unknown");
        }
        // A figure the handlers above do not know (GDP是多少) is not answered by a summary.
        if c.has(cue::ASKS_COUNT) || c.has(cue::ASKS_FIGURE) {
            if let Some(reply) = ctx.said_at_meeting(ys[0]) {
                return reply;
            }
            return Reply::not_found("meeting.summary", format!("语料没有这项数据。{}", ctx.known_about(ys[0])))
                .years(&ys[..1])
                .rule("figure.unknown");
        }
        // 2023年座谈会取得了哪些成果: the reports' results are the documents acted on.
        if r.text.contains("成果") && !c.has(cue::ASKS_YES_NO) && super::asks::asks_a_thing(&r.scan()) {
            return ctx.documents(&ys, c.has(cue::ASKS_COUNT));
        }
        // 2026年座谈会提出要共创什么先行区: a thing asked that no rule read is unknown, and the
        // meeting's date and place would be a guess at it.
        if super::asks::asks_a_thing(&r.scan()) {
            if let Some(reply) = ctx.said_at_meeting(ys[0]) {
                return reply;
            }
            return Reply::not_found("meeting.content", format!("语料没有这项信息。{}", ctx.known_about(ys[0])))
                .years(&ys[..1])
                .rule("content.unknown");
        }
        return ctx.summary(ys[0]);
    }
    Reply::not_understood(
        "没有读懂这个问题。可以这样问：“2023年度座谈会在哪里举行？”“2026年江苏省长是谁？”“第八届论坛由哪些单位承办？”",
    )
    .rule("not_understood")
}

/// `(2026—2028年)` in a title: the years it covers.
fn title_years(title: &str) -> Option<String> {
    let open = title.rfind('(')?;
    let inner = title[open + 1..].trim_end_matches(')');
    (inner.chars().filter(|c| c.is_ascii_digit()).count() >= 8 && inner.ends_with('年')).then(|| inner.to_string())
}

/// The meeting years of the question: named, relative, or identified by a fact it names.
fn years(ctx: &Ctx, allow_place: bool) -> Result<Vec<i32>, Reply> {
    let ys = ctx.meeting_years();
    if !ys.is_empty() {
        return Ok(ys);
    }
    let ys = ctx.years_by_fact(!allow_place, false, false);
    if !ys.is_empty() {
        return Ok(ys);
    }
    Err(Reply::not_understood("请说明是哪一年的座谈会，例如“2023年度座谈会”。").rule("year.missing"))
}

/// 第三十八届论坛举办那年，座谈会的主题是什么: the forum's edition picks the year, and the
/// question goes on to ask that year's meeting.
/// Years from the one a chain names to the one asked (`第十八届论坛举办的前一年`).
const CHAIN_STEPS: &[(&str, i32)] = &[
    ("那年", 0),
    ("那一年", 0),
    ("当年", 0),
    ("同年", 0),
    ("那届", 0),
    ("那次", 0),
    ("前一年", -1),
    ("上一年", -1),
    ("后一年", 1),
    ("下一年", 1),
    ("次年", 1),
    ("第二年", 1),
];

/// Where the chain's word ends in `t`, and its step in years.
fn chain_step(t: &str) -> Option<(usize, i32)> {
    CHAIN_STEPS.iter().filter_map(|(w, k)| t.find(w).map(|i| (i + w.len(), *k))).min_by_key(|(at, _)| *at)
}

fn chained_from_forum(ctx: &Ctx) -> Option<Reply> {
    let r = ctx.r;
    let c = r.asks;
    let t = &r.text;
    if !r.years.is_empty() || c.has(cue::ASKS_YES_NO) || !t.contains("座谈会") {
        return None;
    }
    let (at, step) = chain_step(t)?;
    if !t[at..].contains("座谈会") {
        return None;
    }
    // 钟明哲作主旨演讲那年的座谈会: the forum a keynote speaker names, when one does.
    let Some(edition) = r.edition else { return chained_from_keynote(ctx, step) };
    let forum = ctx.kb.forums.values().find(|f| f.edition.values.iter().any(|e| e.value == edition));
    let Some(forum) = forum else {
        return Some(
            Reply::not_found(
                "forum.edition",
                format!("语料中没有第{}届高层论坛的记录。", super::reply::chinese_number(edition)),
            )
            .rule("forum.chained"),
        );
    };
    let ys = [forum.year + step];
    let ev = forum.edition.primary().map(|e| e.evidence.clone()).unwrap_or_default();
    meeting_of_chain(ctx, &ys).map(|reply| reply.evidence(&ev).rule("forum.chained"))
}

/// The meeting attribute a chain asks for, of `ys`.
fn meeting_of_chain(ctx: &Ctx, ys: &[i32]) -> Option<Reply> {
    let c = ctx.r.asks;
    Some(if c.has(cue::THEME) {
        ctx.theme(ys)
    } else if c.has(cue::WHERE) {
        ctx.location(ys)
    } else if c.has(cue::WHEN) {
        ctx.date(ys, c.has(cue::DURATION))
    } else {
        return None;
    })
}

/// 钟明哲作主旨演讲那年的座谈会以什么为主题: the year of the one forum where the person named gave
/// a keynote, then the meeting of that year.
fn chained_from_keynote(ctx: &Ctx, step: i32) -> Option<Reply> {
    let [name] = &ctx.r.people[..] else { return None };
    if !ctx.r.text.contains("演讲") && !ctx.r.text.contains("报告") {
        return None;
    }
    let gave: Vec<(i32, &Evidence)> = ctx
        .kb
        .forums
        .values()
        .filter_map(|f| f.keynotes.iter().find(|k| &k.value.name == name).map(|k| (f.year, &k.evidence)))
        .flat_map(|(y, ev)| ev.iter().map(move |e| (y, e)))
        .collect();
    let years: std::collections::BTreeSet<i32> = gave.iter().map(|(y, _)| *y).collect();
    let [year] = years.into_iter().collect::<Vec<_>>()[..] else { return None };
    let reply = meeting_of_chain(ctx, &[year + step])?;
    Some(reply.evidence(gave.iter().map(|(_, e)| *e)).rule("forum.keynote_chained"))
}

/// 易炼红主持成果发布会的那次会议在哪里开: the person's role picks the year, and the question
/// goes on to ask that year's venue, theme or date.
fn chained_from_press(ctx: &Ctx, name: &str) -> Option<Reply> {
    let c = ctx.r.asks;
    let t = &ctx.r.text;
    let chained = ["那次", "那年", "那一年", "那届", "那一届", "那场", "那回"].iter().any(|w| t.contains(w));
    // 易炼红主持成果发布会的那届座谈会上，江苏省省长是谁: an office asked of that meeting.
    let role = RoleAsk::read(ctx.r).filter(|_| c.has(cue::ASKS_WHO) && !ctx.r.provinces().is_empty());
    let asks_of_meeting = c.has(cue::WHERE) || c.has(cue::THEME) || c.has(cue::WHEN) || role.is_some();
    if !chained || c.has(cue::ASKS_YES_NO) || !asks_of_meeting {
        return None;
    }
    let found = ctx.press_by_person(name);
    if found.status != super::AnswerStatus::Answered || found.years.is_empty() {
        return Some(found);
    }
    let ys = found.years.clone();
    let reply = if let Some(ask) = role {
        ctx.role_holder(ask, &ys)
    } else if c.has(cue::THEME) {
        ctx.theme(&ys)
    } else if c.has(cue::WHERE) {
        ctx.location(&ys)
    } else {
        ctx.date(&ys, c.has(cue::DURATION))
    };
    Some(reply.evidence(&found.evidence).rule("press.chained"))
}

fn person(ctx: &Ctx, name: &str) -> Reply {
    let c = ctx.r.asks;
    let ys = ctx.meeting_years();
    if ctx.r.scan().has(cue::OFFICE_START) {
        return ctx.office_start(name);
    }
    // 易炼红2024年在成果发布会上干了什么: the person's acts at the press conference.
    if ctx.r.event == Event::Press && super::forum::did_asked(&ctx.r.text) {
        let mut parts = Vec::new();
        let mut ev = Vec::new();
        for m in ctx.kb.meetings.values().filter(|m| ys.is_empty() || ys.contains(&m.year)) {
            let acts = super::forum::press_acts(m, name);
            if !acts.is_empty() {
                let what: Vec<&str> = acts.iter().map(|(a, _)| *a).collect();
                parts.push(format!("{}年：{}", m.year, super::text::join(&what)));
                ev.extend(acts.into_iter().flat_map(|(_, e)| e));
            }
        }
        if parts.is_empty() {
            return Reply::not_found("press.person", format!("语料中没有{name}在成果发布会上的记录。")).person(name);
        }
        let sentence = format!("{name}在成果发布会上：{}。", parts.join("；"));
        return Reply::answered("press.person", parts.join("；"), sentence)
            .evidence(&ev)
            .person(name)
            .rule("press.person");
    }
    // 溫州會議龔正出席了嗎: the meeting the place names.
    let ys = if ys.is_empty() && ctx.r.place_event { ctx.years_by_fact(false, true, true) } else { ys };
    if (c.has(cue::PRESIDE) || c.has(cue::ASKS_REPORT))
        && ys.is_empty()
        && let Some(reply) = chained_from_press(ctx, name)
    {
        return reply;
    }
    // 梁守拙主持过几次座谈会: the meetings the person presided, counted (a count of times is no
    // count of what a results conference reported).
    let times = ["几次", "几回", "多少次", "多少回", "几届", "多少届"].iter().any(|w| ctx.r.text.contains(w));
    if c.has(cue::PRESIDE) && times && ctx.r.event == Event::Meeting && !ctx.r.text.contains("发布会") {
        let presided: Vec<(i32, &Evidence)> = ctx
            .kb
            .meetings
            .values()
            .filter(|m| ys.is_empty() || ys.contains(&m.year))
            .filter_map(|m| Some((m.year, m.presider.values.iter().find(|p| p.value == name)?.evidence.first()?)))
            .collect();
        if presided.is_empty() {
            return Reply::not_found("meeting.presided_count", format!("语料中没有{name}主持座谈会的记录。"))
                .person(name)
                .rule("person.presided_count");
        }
        let years: Vec<i32> = presided.iter().map(|(y, _)| *y).collect();
        let n = years.len();
        let listed = super::text::years_text(&years);
        return Reply::answered(
            "meeting.presided_count",
            format!("{n}次（{listed}）"),
            format!("语料中{name}主持了{listed}的长三角地区主要领导座谈会，共{n}次。"),
        )
        .years(&years)
        .evidence(presided.iter().map(|(_, e)| *e))
        .person(name)
        .rule("person.presided_count");
    }
    // 阚文博在南通成果发布会上通报签署了几项合作协议: a count of what that results conference
    // reported, the conference picked by the person's part in it.
    if (c.has(cue::PRESIDE) || c.has(cue::ASKS_REPORT)) && c.has(cue::ASKS_COUNT) && !c.has(cue::ASKS_YES_NO) {
        let found = ctx.press_by_person(name);
        let years: Vec<i32> = found.years.iter().copied().filter(|y| ys.is_empty() || ys.contains(y)).collect();
        if found.status != super::AnswerStatus::Answered || years.is_empty() {
            return Reply::not_found("press.person", format!("语料中没有{name}在这场成果发布会上的记录。"))
                .person(name)
                .rule("press.chained_count");
        }
        let reply = if super::asks::signing_asked(&ctx.r.scan()) {
            ctx.signed_count(&years)
        } else {
            ctx.documents(&years, true)
        };
        return reply.evidence(&found.evidence).rule("press.chained_count");
    }
    // 钟岳明主持的松江座谈会审议通过了什么规划: the documents of the meetings the person presided
    // (among those the question names otherwise), not the years presided.
    if c.has(cue::PRESIDE)
        && c.has(cue::DOCS)
        && !c.has(cue::ASKS_YES_NO)
        && ctx.r.text.contains(&format!("{name}主持的"))
    {
        let presided: Vec<i32> =
            ctx.years_chaired(name).into_iter().filter(|y| ys.is_empty() || ys.contains(y)).collect();
        if !presided.is_empty() {
            return ctx.documents(&presided, c.has(cue::ASKS_COUNT)).person(name);
        }
    }
    if c.has(cue::PRESIDE) || c.has(cue::ASKS_REPORT) {
        if c.has(cue::ASKS_YES_NO)
            && let [y] = ys[..]
        {
            return ctx.press_check(name, y);
        }
        return ctx.press_by_person(name);
    }
    if c.has(cue::ASKS_YES_NO)
        && let Some(reply) = ctx.roles_check(&ys)
    {
        return reply;
    }
    if c.has(cue::ASKS_YES_NO)
        && let Some(ask) = RoleAsk::read(ctx.r)
    {
        return ctx.role_check(name, ask, &ys);
    }
    // 讲话的具体内容是什么, 讲了些什么: what was said, which no fact holds; where and when a person
    // spoke is no answer to it.
    if (c.has(cue::SPEAK) || c.has(cue::KEYNOTE))
        && (c.has(cue::DOC_CONTENT)
            || ["讲了什么", "讲了些什么", "说了什么", "说了些什么", "讲话内容"].iter().any(|w| ctx.r.text.contains(w)))
    {
        return Reply::not_found("person.speech", format!("语料没有记载{name}讲话的具体内容。"))
            .person(name)
            .years(&ys)
            .rule("person.said");
    }
    if c.has(cue::SPEAK) || c.has(cue::KEYNOTE) {
        return ctx.person_speeches(name, &ys);
    }
    if c.has(cue::ATTEND) && ctx.r.people.len() > 1 {
        return ctx.attended_together(&ctx.r.people);
    }
    if c.has(cue::ATTEND) && c.has(cue::ASKS_COUNT) {
        return ctx.attendance(name, true);
    }
    if c.has(cue::ATTEND)
        && c.has(cue::ASKS_YES_NO)
        && let [y] = ys[..]
    {
        return ctx.attendance_check(name, y);
    }
    if c.has(cue::ATTEND)
        && (c.has(cue::WHICH_YEAR) || ys.is_empty() || c.has(cue::ASKS_YES_NO))
        && (!c.has(cue::ROLE) || ctx.capacity_asked().is_some())
    {
        return ctx.attendance(name, false);
    }
    // 龚正和王清宪分别是什么职务: each person's roles.
    if ctx.r.people.len() > 1 {
        let replies: Vec<Reply> = ctx.r.people.iter().map(|p| ctx.person_roles(p, &ys)).collect();
        if replies.iter().all(|r| r.status == super::AnswerStatus::Answered) {
            let answer: Vec<String> =
                ctx.r.people.iter().zip(&replies).map(|(p, r)| format!("{p}：{}", r.answer)).collect();
            let sentence: String = replies.iter().map(|r| r.sentence.as_str()).collect();
            let ev: Vec<_> = replies.iter().flat_map(|r| r.evidence.iter()).cloned().collect();
            return Reply::answered("person.roles", answer.join("；"), sentence)
                .evidence(&ev)
                .rule("person.roles_each");
        }
    }
    // 信长星 次数: how many meetings the person attended.
    // 龚正在这几次会议中担任什么职务: the offices, not the count of the meetings.
    if c.has(cue::ASKS_COUNT)
        && !c.has(cue::ROLE)
        && ["次数", "几次", "多少次", "几回"].iter().any(|w| ctx.r.text.contains(w))
    {
        return ctx.attendance(name, true);
    }
    ctx.person_roles(name, &ys)
}

/// Common surnames: a name-shaped word the lexicon does not know starts with one of these.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤易常温康施文牛樊葛邢安齐伍庞颜倪殷阴阮柏骆荀宓訾郏缪蔺仇柯卓闵屠岑詹祁郁储翁奚栾娄鲍虞裘鲁欧洪阎卞苗蓝桂俞费华童萧司诸端皇慕尉宫甘厉戎祖符景束幸韶郜蓟薄蒲邰鄂赖蒙池乔胥苍闻党翟贡劳逄姬申堵冉宰郦雍璩桑濮扈燕冀浦庄晏柴瞿茹宦艾鱼戈庾耿弘匡寇阙夔巩聂晁辛阚饶鞠蒯荆竺逯桓汝鄢岳牟佘谯佟";

/// Words that end a subject without being a name (三省一市主要领导, 中央部门负责同志).
const NOT_NAMES: &[&str] = &[
    "领导", "书记", "省长", "市长", "代表", "同志", "嘉宾", "人员", "专家", "主任", "部长", "负责", "委员", "干部",
    "多人", "人们",
];

/// The unknown name right before the attendance verb (黄坤明出席了, 座谈会马兴瑞参加了吗): a surname
/// and one or two more characters, none of them an entity the question was read to name.
/// `阴和俊是在…论坛上讲话的吗`: a name-shaped word opening the question, before the verb that
/// asks about it, that the lexicon does not know.
fn leading_unknown_name(r: &Reading) -> Option<String> {
    let chars = &r.chars;
    if r.hits.iter().any(|h| h.start < 4) {
        return None;
    }
    [3, 2].into_iter().find_map(|len| {
        let word: String = chars.get(..len)?.iter().collect();
        let rest: String = chars[len..].iter().take(3).collect();
        let follows = ["是在", "在", "是不是", "是否", "有没有", "曾", "也"].iter().any(|w| rest.starts_with(w));
        (follows && name_like(&chars[..len])).then_some(word)
    })
}

/// Characters shaped like a name: ideographs after a common surname, none of the words that only
/// look like one.
fn name_like(word: &[char]) -> bool {
    let text: String = word.iter().collect();
    word.iter().all(|&c| super::text::is_cjk(c) && !"谁哪啥么几".contains(c))
        && word.first().is_some_and(|&c| SURNAMES.contains(c))
        && !NOT_NAMES.iter().any(|w| text.contains(w))
}

fn unknown_person(r: &Reading) -> Option<String> {
    unknown_before(r, &["出席", "参加", "参会", "与会", "到会", "列席"])
}

/// A name-shaped word the lexicon does not know, right before one of `verbs` (an adverb between).
pub(super) fn unknown_before(r: &Reading, verbs: &[&str]) -> Option<String> {
    let chars = &r.chars;
    let covered = |i: usize| r.hits.iter().any(|h| h.start <= i && i < h.start + h.len);
    for &v in verbs {
        let Some(p) = r.text.find(v) else { continue };
        let mut end = r.text[..p].chars().count();
        // 是否出席, 有没有参加, 也出席了: the name is before the adverb.
        for adverb in ["是否", "有没有", "有无", "没有", "曾经", "一起", "一同", "共同", "也", "都", "曾", "有", "未"]
        {
            let a: Vec<char> = adverb.chars().collect();
            if end >= a.len() && chars[end - a.len()..end] == a[..] {
                end -= a.len();
                break;
            }
        }
        for len in [3, 2] {
            if end < len {
                continue;
            }
            let start = end - len;
            let word: String = chars[start..end].iter().collect();
            // 几万人, 领导们, 各方, 专家: words for people that are no one's name.
            let name_shaped = name_like(&chars[start..end])
                && !"人们方面者家员门校位".contains(chars[end - 1])
                && !(start..end).any(covered);
            if name_shaped {
                return Some(word);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::signed_kind;

    #[test]
    fn a_kind_of_project_is_read_past_the_count_and_the_plain_qualifiers() {
        assert_eq!(signed_kind("2515年温州座谈会现场签约了多少个回归项目?").as_deref(), Some("回归"));
        assert_eq!(signed_kind("论坛签约了多少个重大合作项目"), None);
        assert_eq!(signed_kind("论坛签了几个项目"), None);
        assert_eq!(signed_kind("签约的外资项目有几个").as_deref(), Some("外资"));
    }

    #[test]
    fn a_session_inside_the_forum_is_not_the_forum() {
        use crate::engine::{Engine, Question};
        let engine = Engine::builtin();
        let ask = |q: &str| engine.ask(&Question::new(q)).unwrap();
        let part = ask("2025年高层论坛的人工智能分论坛签约了多少个项目?");
        assert_eq!(part.status, crate::engine::AnswerStatus::NotFound, "{part:?}");
        assert!(part.sentence.contains("分论坛"), "{part:?}");
        // The forum's own signing session is the forum's.
        let whole = ask("2025年高层论坛签约专场签约了多少个项目?");
        assert_ne!(whole.intent, "forum.part_session", "{whole:?}");
    }
}
