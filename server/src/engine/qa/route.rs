//! The intent rules: from a reading to the handler that answers it. Order matters and is the
//! whole policy: typo ties and out-of-domain first, then the most specific readings (a person,
//! a role, a document, the next host) before the general ones (where, when, summary).

use super::Ctx;
use super::people::RoleAsk;
use super::reading::{Event, Reading};
use super::reply::Reply;
use super::tagger::cue;

/// Whether nothing in the question ties it to the meetings, the forum or their people.
fn out_of_domain(r: &Reading) -> bool {
    let c = &r.cues;
    if c.other_region {
        return true;
    }
    let strong = !r.people.is_empty()
        || !r.docs.is_empty()
        || !r.doc_ties.is_empty()
        || !r.orgs.is_empty()
        || !r.themes.is_empty()
        || !r.ambiguous.is_empty()
        || c.domain_word
        // 2056年重点合作事项包括什么: a published list named by its own words.
        || r.event == Event::List && r.list.is_some()
        // 历年举办地, 历年主题, 举办地有哪些: the service's own aggregates, asked tersely.
        || c.all_years && (c.venue_noun || c.theme) && r.other_places.is_empty()
        || r.edition.is_some() && c.domain_word;
    if strong {
        return false;
    }
    if c.off_topic || (!r.other_places.is_empty() && r.places.is_empty()) {
        return true;
    }
    let role = c.secretary || c.governor || c.deputy_secretary;
    // A place, a year or an edition with any of the service's own question words: `合肥 日期`, `第八届 地点`.
    let asked = c.held_verb
        || c.ever
        || role
        || c.which_year
        || c.theme
        || c.attend
        || c.when
        || c.duration
        || c.preside
        || c.report
        || c.organizer
        || c.host
        || c.invited
        || c.side
        || c.next
        || c.decide;
    if r.edition.is_some() && (asked || c.where_) {
        return false;
    }
    // 2023年6月6日开了什么会: a whole day, asked for its event, is the service's own question.
    if !r.years.is_empty() && r.month_day.is_some() && super::days::asks_event(&r.text) {
        return false;
    }
    let times = ["几次", "几届", "几回", "多少次"].iter().any(|w| r.text.contains(w));
    let place_anchor = !r.places.is_empty() && (r.place_event || asked || times);
    let year_anchor = !r.years.is_empty() && (asked || c.where_ || c.docs || c.who || c.count);
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

pub fn dispatch(ctx: &Ctx) -> Reply {
    let r = ctx.r;
    let c = &r.cues;

    if !r.ambiguous.is_empty() {
        return Reply::ambiguous(
            "entity",
            format!("问题中的名字可能指：{}。请确认是哪一个。", super::text::join(&r.ambiguous)),
            r.ambiguous.clone(),
        )
        .rule("typo.tie");
    }
    // A figure of a published list, asked with the list's own words.
    if c.figure
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
    // 2022年和2024年的江苏省长是同一个人吗: one office's holders in two years, compared.
    if r.scan().has(cue::SAME_PERSON)
        && let [a, b] = r.years[..]
        && let Some(ask) = RoleAsk::read(&r.text, c.secretary, c.deputy_secretary, c.governor)
    {
        return ctx.same_holder(ask, [a, b]);
    }
    // 每年都在6月举行吗, 一般在几月, 哪次出席的人最多: the series as recorded.
    if let Some(reply) = ctx.series().or_else(|| ctx.meetings_compared()) {
        return reply;
    }
    // 温州会议通过的三年行动计划: the place's meeting settles a tie between titles.
    if let Some(reply) = ctx.ties_narrowed_by_place() {
        return reply;
    }
    if !r.doc_ties.is_empty() {
        // 2023年审议通过了三年行动计划吗, where neither candidate was that year's: no, and whose each was.
        let tied: Vec<&super::lexicon::DocRef> =
            ctx.lex.docs.iter().filter(|d| r.doc_ties.contains(&d.title) && d.action.is_some()).collect();
        if c.yes_no && !r.years.is_empty() && !tied.is_empty() && tied.iter().all(|d| !r.years.contains(&d.year)) {
            let whose: Vec<String> =
                tied.iter().map(|d| format!("《{}》是{}年度座谈会审议的", d.title, d.year)).collect();
            let years: Vec<i32> = tied.iter().map(|d| d.year).collect();
            return Reply::answered(
                "document.check",
                format!("否，{}", super::text::years_text(&years)),
                format!("{}年度座谈会没有审议这一名称的文件；{}。", r.years[0], super::text::join(&whose)),
            )
            .evidence(tied.iter().flat_map(|d| d.evidence.iter()))
            .rule("document.tie_check");
        }
        // 2022年座谈会审议的那个三年行动计划, where no candidate was that year's: a false premise.
        if !c.yes_no && !r.years.is_empty() && !tied.is_empty() && tied.iter().all(|d| !r.years.contains(&d.year)) {
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
    if r.docs.is_empty() && !r.unknown_titles.is_empty() {
        let t = &r.unknown_titles[0];
        // 2024年座谈会通过了《…》吗, where that year's documents are all known and this is none of them.
        if c.yes_no
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
                format!("否，{y}年座谈会审议的是{}", super::text::join(&titles)),
                sentence,
            )
            .years(&[y])
            .evidence(m.documents.iter().flat_map(|d| d.evidence.iter()))
            .document(t)
            .rule("document.unknown_check");
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
    // 星期几, 线上还是线下, 籍贯: what no article of the genre records is not guessed from a summary.
    if c.unrecorded || crowd_size(r) || super::asks::never_recorded(&r.scan()) {
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
    let asks_beyond_venue = !r.people.is_empty() || c.docs || c.attend || c.theme || c.focus;
    // 2093年度座谈会在浙江哪个城市召开: a province that narrows the place asked for is a premise too.
    let province_narrows = c.where_
        && !c.yes_no
        && !r.places.is_empty()
        && r.places.iter().all(|p| {
            p.is_province
                && ["哪", "什么地方", "的哪", "省哪", "省的哪", "市哪"]
                    .iter()
                    .any(|w| r.text.contains(&format!("{}{w}", p.name)))
        });
    if r.event == Event::Meeting
        && ((r.place_event && (!c.yes_no || asks_beyond_venue) && !c.where_) || province_narrows)
        && let Some(reply) = ctx.venue_conflict()
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
    // 边会是哪一年首次设置的: the meetings whose reports mention side sessions.
    if r.text.contains("边会")
        && c.which_year
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
        && (c.theme || c.items || c.focus || ["成果", "话题", "内容"].iter().any(|w| r.text.contains(w)))
        && !c.count
        && !c.who
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
    // 座谈会和论坛是同一天吗, 相隔几天: the two events of a year compared.
    if r.people.is_empty()
        && let Some(mode) = super::forum::compare_asked(&r.text)
    {
        return ctx.meeting_forum_compare(mode);
    }
    // 谁主持的，哪天开的: two asks; 出席但没讲话的有谁: attendance less speech.
    if let Some(reply) = ctx.two_part().or_else(|| ctx.silent_attendees()) {
        return reply;
    }
    // 吴政隆参加的那次座谈会在哪开: the person's part names the meetings, the rest asks of them.
    if let Some(name) = r.people.first()
        && let Some(reply) = ctx.person_chained(name).or_else(|| ctx.person_choice()).or_else(|| ctx.forum_role(name))
    {
        return reply;
    }
    if r.event == Event::Forum {
        return ctx.forum();
    }

    // 第三批长三角创新联合体是哪年发布的: the forum that released it.
    if c.release
        && (c.which_year || c.where_ || c.when)
        && r.docs.is_empty()
        && let Some(reply) = ctx.release_by_name()
    {
        return reply;
    }

    // Meetings are named by year, never by edition.
    if (r.cues.edition_q || r.edition.is_some()) && r.cues.meeting_word && !c.count && r.people.is_empty() {
        // 2050年座谈会是连续第几年召开: what its report says of its place in the series.
        if r.edition.is_none()
            && let Some(reply) = ctx.series_place(&ctx.meeting_years())
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
        && (c.who || c.count && c.attend)
        && r.event == Event::Meeting
        && let ys = ctx.meeting_years()
        && !ys.is_empty()
    {
        return ctx.org_people(org, &ys);
    }
    if let Some(org) = r.orgs.first()
        && r.people.is_empty()
        && c.yes_no
        && r.event == Event::Meeting
    {
        // 合肥那次会,中央财办有人来吗: the meeting the place names.
        let ys = ctx.meeting_years();
        let ys = if ys.is_empty() && !r.places.is_empty() { ctx.years_by_fact(false, true, true) } else { ys };
        if !ys.is_empty() {
            return ctx.org_check(org, &ys);
        }
    }
    if let Some(org) = r.orgs.first()
        && r.people.is_empty()
        && r.years.is_empty()
        && (c.invited || c.attend || c.which_year || c.count)
    {
        return ctx.org_years(org);
    }

    // A person.
    if let Some(name) = r.people.first()
        && !(c.role || c.who || c.which_year || c.when || c.where_ || c.count)
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
    if c.attend
        && !c.who
        && r.orgs.is_empty()
        && let Some(name) = unknown_person(r)
    {
        return Reply::not_found("person.attendance_check", format!("语料中没有{name}出席座谈会或论坛的记录。"))
            .rule("person.unknown");
    }

    // The press conference.
    if r.event == Event::Press || c.preside || c.report {
        return match years(ctx, true) {
            Ok(ys) => ctx.press(&ys),
            Err(reply) => reply,
        };
    }

    // 习近平在座谈会上讲话了吗: the reports cite 总书记's speeches, never one at the meeting.
    if c.yes_no && (c.speak || c.preside) && (r.text.contains("习近平") || r.text.contains("总书记")) {
        return Reply::not_found("press.speakers", "语料记载的讲话人和主持人中没有习近平总书记。")
            .rule("speak.general_secretary");
    }
    // 讲话 at a meeting is the press conference's: 分别代表三省一市讲话.
    if c.speak
        && !c.role
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.press(&ys);
    }
    // Both the secretary and the governor: the province's attendees.
    if c.secretary
        && c.governor
        && !r.provinces().is_empty()
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.attendees(&ys, false);
    }

    // Who held a role.
    let role = RoleAsk::read(&r.text, c.secretary, c.deputy_secretary, c.governor);
    if let Some(ask) = role
        && !(c.attend && c.count)
    {
        let ys = ctx.meeting_years();
        let ys = if ys.is_empty() { ctx.years_by_fact(false, false, false) } else { ys };
        // 历任, 先后, 出席过的安徽省长有哪些: every year.
        let ys = if ys.is_empty() && (c.succession || c.all_years || (c.items && (c.ever || c.attend))) {
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
            && ["市委书记", "市长", "市委副书记"].iter().any(|w| r.text.contains(&format!("{}{w}", city.name)))
        {
            return Reply::not_found(
                "person.role_holder",
                format!("语料只记载三省一市的省（市）级领导，没有{}市领导的记录。", city.name),
            )
            .rule("role.city");
        }
        return ctx.role_holder(ask, &ys);
    }

    if c.invited {
        return match years(ctx, true) {
            Ok(ys) => ctx.invited(&ys),
            Err(reply) => reply,
        };
    }

    // Who attended several meetings.
    if c.both && (c.who || c.attend) {
        let ys = ctx.meeting_years();
        if ys.len() >= 2 {
            return ctx.common_attendees(&ys);
        }
    }
    // Who attended every meeting, or the most of them.
    // 都有谁 lists, it does not intersect; a place names one meeting.
    let all_of = ["都有谁", "都有哪些", "都是谁", "都有什么人", "都谁"].iter().any(|w| r.text.contains(w));
    let every = (c.both && !all_of)
        || ["所有", "每次", "每届", "每年", "每一次", "每一届", "历次都", "全部"].iter().any(|w| r.text.contains(w));
    let every = every && r.places.is_empty();
    if (c.who || c.attend) && r.years.is_empty() && r.rel.is_none() && r.event == Event::Meeting {
        let held: Vec<i32> = ctx.kb.meetings.values().filter(|m| !m.attendees.is_empty()).map(|m| m.year).collect();
        if every && held.len() >= 2 {
            return ctx.common_attendees(&held);
        }
        if ["最多", "最频繁", "最常"].iter().any(|w| r.text.contains(w)) && !held.is_empty() {
            return ctx.most_attended();
        }
    }
    // 谁没有参加2026年的座谈会, 谁只参加过一次: attendance by its complement.
    if (c.attend || c.who) && ctx.absence_asked() {
        return ctx.absentees();
    }
    // 与会领导考察了哪些地方 asks about the visits, not who attended; 商定2030年度由谁承办 the host.
    // `2023 出席`: attendance and a year alone ask who.
    let terse_attend = c.attend && !c.yes_no && r.text.chars().count() <= 8;
    if !(c.side || c.decide && c.organizer || c.next && super::asks::host_asked(&r.scan()))
        && ((c.attend && (c.who || c.items || c.count || terse_attend))
            || (c.who && (c.meeting_word || !r.years.is_empty())))
    {
        return match years(ctx, true) {
            // 出席领导有多少人 counts; 有哪些人 names.
            Ok(ys) => ctx.attendees(&ys, c.count && !(c.who && (r.text.contains('谁') || c.items))),
            Err(reply) => reply,
        };
    }

    // 习近平出席2026年座谈会了吗: 总书记 is quoted in every article and listed in none.
    if c.attend && (r.text.contains("习近平") || r.text.contains("总书记")) {
        return Reply::not_found("meeting.attendees", "语料记载的座谈会出席名单中没有习近平总书记。")
            .rule("attend.general_secretary");
    }
    // 通过…工作计划的那次座谈会确定下一届在哪: the document's meeting, asked of.
    if let Some(reply) = ctx.doc_chained() {
        return reply;
    }
    // A document named.
    if !r.docs.is_empty() {
        // 《…工作计划》有多少项任务: the corpus has titles, not the documents' contents.
        if c.count && !c.which_year && !c.count_docs {
            return Reply::not_found("document.content", "语料只记载文件的标题和审议情况，没有文件的具体内容。")
                .rule("document.content");
        }
        // 三年行动计划全称是什么, 叫什么: the title itself.
        if ["全称", "叫什么", "名称", "全名", "标题", "题目"].iter().any(|w| r.text.contains(w)) {
            return ctx.document_titles();
        }
        if c.yes_no
            && let Some(&y) = r.years.first()
        {
            return ctx.document_check(y);
        }
        // 《…》是在温州通过的吗: the place of the meeting that adopted it.
        if c.yes_no
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
            && let Some(span) = title_years(&ctx.lex.docs[i].title)
        {
            let title = &ctx.lex.docs[i].title;
            return Reply::answered("document.span", span.clone(), format!("《{title}》的期限是{span}。"))
                .evidence(&ctx.lex.docs[i].evidence)
                .document(title)
                .rule("document.span");
        }
        // 是在哪次座谈会上通过的，在哪个城市: the place, said with its year.
        if c.where_ || c.when && !c.which_year {
            // 《…清单》是在哪个城市审议的: a document only reviewed names its meeting too.
            let ys = ctx.years_by_fact(true, true, false);
            let ys = if ys.is_empty() { ctx.years_acted_on() } else { ys };
            if !ys.is_empty() {
                return if c.where_ { ctx.location(&ys) } else { ctx.date(&ys, c.duration) };
            }
        }
        return ctx.document_meeting();
    }

    // 决定2025年度座谈会由江苏承办的会议在哪开: the deciding meeting, asked of.
    if let Some(reply) = ctx.decider_chained() {
        return reply;
    }
    // The next host, and the meeting that decided a host.
    if c.decide && c.which_year {
        return ctx.decided_by(r.years.first().copied(), r.province());
    }
    // 今年 / 最近一届座谈会确定的下届: the next host decided by the latest meeting.
    if c.decide
        && c.next
        && r.years.is_empty()
        && ["最近", "最新", "今年", "本届", "这次", "这一届", "刚刚"].iter().any(|w| r.text.contains(w))
    {
        let y = if r.text.contains("今年") { Some(ctx.as_of.year) } else { ctx.latest_held() };
        if let Some(y) = y {
            return ctx.next_host(y);
        }
    }
    // 前年的座谈会确定下一届在哪: the next host decided by the year the relative word names.
    if (c.decide || c.next)
        && r.years.is_empty()
        && let Some(super::reading::Rel::Offset(k)) = r.rel
        && (["下一届", "下届", "下一次", "之后", "以后", "下回"].iter().any(|w| r.text.contains(w))
            // 今年的座谈会确定明年在哪开: the year that decides, and the one decided.
            || c.decide && r.text.contains("明年") && ["今年", "去年", "前年", "本届"].iter().any(|w| r.text.contains(w)))
    {
        return ctx.next_host(ctx.as_of.year + k);
    }
    // 温州那次确定的下一届: the next host decided by the meeting the place names.
    if (c.next || c.decide)
        && r.years.is_empty()
        && r.place_event
        && !c.when
        && !c.theme
        && !c.docs
        && let [y] = ctx.years_by_fact(false, true, true)[..]
    {
        return ctx.next_host(y);
    }
    // 2025年度座谈会定在哪里开: where that year's meeting was fixed, not what it decided.
    let fixed_itself =
        !c.next && ["座谈会定在", "座谈会确定在", "座谈会定于", "会议定在"].iter().any(|w| r.text.contains(w));
    if (c.next || c.decide)
        && !fixed_itself
        && let Some(&y) = r.years.first()
        && !c.when
        && !c.theme
        && !c.docs
    {
        return ctx.next_host(y);
    }

    // 2040年度座谈会提到要深入实施哪个规划: the documents a meeting cited.
    if c.docs
        && ["提到", "提及", "引用", "深入实施", "认真落实", "强调落实", "按照哪", "依据哪"]
            .iter()
            .any(|w| r.text.contains(w))
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.cited(&ys);
    }
    // 签了啥协议: signing said plainly is the documents' verb too.
    if c.docs
        && !c.passed
        && super::asks::signing_asked(&r.scan())
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.documents(&ys, c.count);
    }
    // Documents of a meeting.
    if (c.docs && (c.passed || r.text.contains("文件"))) || (c.release && !r.years.is_empty()) {
        return match years(ctx, true) {
            Ok(ys) => ctx.documents(&ys, c.count),
            Err(_) => {
                let ys: Vec<i32> =
                    ctx.kb.meetings.values().filter(|m| !m.documents.is_empty()).map(|m| m.year).collect();
                if ys.is_empty() {
                    Reply::not_found("meeting.documents", "语料中没有座谈会审议文件的记录。")
                } else {
                    ctx.documents(&ys, c.count)
                }
            }
        };
    }

    // Where (or when) and the theme together: the summary says all three.
    if c.theme
        && (c.where_ || c.when)
        && let [y] = ctx.meeting_years()[..]
    {
        return ctx.summary(y);
    }
    // Themes.
    if c.theme || !r.themes.is_empty() {
        if !r.themes.is_empty() && r.years.is_empty() && r.rel.is_none() {
            if c.where_ || c.when {
                let ys = ctx.years_by_fact(true, false, true);
                return if c.where_ { ctx.location(&ys) } else { ctx.date(&ys, c.duration) };
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
    if c.focus && !c.where_ && !c.when {
        return match years(ctx, true) {
            Ok(ys) => ctx.focus(&ys),
            Err(reply) => reply,
        };
    }
    if c.side {
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
    if let Some(p) = &place
        && r.years.is_empty()
        && r.rel.is_none()
        && !r.all_provinces
    {
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
        if (c.when || c.duration) && !c.which_year {
            let ys = ctx.years_by_fact(false, true, true);
            if !ys.is_empty() {
                return ctx.date(&ys, c.duration);
            }
        }
        if c.count {
            return ctx.years_by_place(p, true, false);
        }
        if c.which_year {
            return ctx.years_by_place(p, false, false);
        }
        if (c.ever || c.yes_no)
            && ["每年都", "每次都", "每届都", "历届都", "都在", "一直在", "总是在", "都是在"]
                .iter()
                .any(|w| r.text.contains(w))
        {
            return ctx.hosted_every(p);
        }
        if c.ever || c.yes_no {
            return ctx.years_by_place(p, false, true);
        }
        if c.when || c.held_verb {
            return ctx.years_by_place(p, false, false);
        }
    }
    // 下一届座谈会是哪一年的: the year a relative word names.
    if c.which_year
        && r.years.is_empty()
        && r.rel.is_some()
        && !(c.where_ || c.when || c.theme || c.docs || c.who)
        && let ys = ctx.meeting_years()
        && !ys.is_empty()
    {
        let sentence = ys.iter().map(|&y| ctx.known_about(y)).collect::<String>();
        return Reply::answered("meeting.year", super::text::years_text(&ys), sentence)
            .years(&ys)
            .rule("relative.year");
    }
    if c.all_years && (c.where_ || c.held_verb) && r.years.is_empty() && r.offsets.is_empty() && !c.count && !c.when {
        return ctx.all_locations();
    }
    // 哪一年的座谈会只开了一天: meetings by their length.
    if c.which_year && r.years.is_empty() && c.duration {
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
    if (c.which_year || c.count)
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
        if c.count {
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
    if c.which_year
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
    if c.yes_no
        && (r.month.is_some() || r.month_day.is_some())
        && !c.which_year
        && let Ok(ys) = years(ctx, true)
    {
        return ctx.date_check(&ys);
    }
    // 安徽的领导参加了吗: a delegation asked about, not a venue.
    if c.yes_no
        && c.attend
        && !c.held_verb
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
    if c.yes_no
        && (c.held_verb || c.meeting_word)
        && place.is_some()
        && !c.when
        && (!c.attend || c.held_verb)
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
    if c.where_
        && c.when
        && let Ok(ys) = years(ctx, true)
        && ys.len() == 1
    {
        return ctx.summary(ys[0]);
    }
    if c.where_ {
        return match years(ctx, true) {
            Ok(ys) => {
                if c.yes_no && place.is_some() && ys.len() == 1 {
                    ctx.location_check(ys[0])
                } else {
                    ctx.location(&ys)
                }
            }
            Err(reply) if !c.meeting_word => reply,
            Err(_) => ctx.all_locations(),
        };
    }
    if c.when || c.duration {
        return match years(ctx, true) {
            Ok(ys) => ctx.date(&ys, c.duration),
            Err(reply) if !c.meeting_word => reply,
            Err(_) => {
                let ys: Vec<i32> = ctx.kb.meetings.values().filter(|m| !m.dates.is_empty()).map(|m| m.year).collect();
                if ys.is_empty() {
                    Reply::not_found("meeting.date", ctx.known_meetings())
                } else {
                    ctx.date(&ys, c.duration)
                }
            }
        };
    }
    if c.count && r.years.is_empty() && c.meeting_word && ["次", "届", "回"].iter().any(|w| r.text.contains(w)) {
        return ctx.meeting_count();
    }
    // 第三批创新联合体一共有多少家: a total no handler counted is not every meeting's venue.
    if c.all_years && r.years.is_empty() && (c.count || c.figure) {
        return Reply::not_found("figure.unknown", format!("语料没有这项数据。{}", ctx.known_meetings()))
            .rule("figure.unknown_total");
    }
    if c.all_years && r.years.is_empty() {
        return ctx.all_locations();
    }
    if let Ok(ys) = years(ctx, false) {
        // 有国务院领导出席吗, 有企业家参加吗: whether someone came is not answered by a summary either.
        if c.yes_no && c.attend {
            return Reply::not_found("meeting.attendees", format!("语料没有这项出席记录。{}", ctx.known_about(ys[0])))
                .years(&ys[..1])
                .rule("attend.unknown");
        }
        // A figure the handlers above do not know (GDP是多少) is not answered by a summary.
        if c.count || c.figure {
            return Reply::not_found("meeting.summary", format!("语料没有这项数据。{}", ctx.known_about(ys[0])))
                .years(&ys[..1])
                .rule("figure.unknown");
        }
        // 2023年座谈会取得了哪些成果: the reports' results are the documents acted on.
        if r.text.contains("成果") && !c.yes_no && super::asks::asks_a_thing(&r.scan()) {
            return ctx.documents(&ys, c.count);
        }
        // 2026年座谈会提出要共创什么先行区: a thing asked that no rule read is unknown, and the
        // meeting's date and place would be a guess at it.
        if super::asks::asks_a_thing(&r.scan()) {
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

/// 易炼红主持成果发布会的那次会议在哪里开: the person's role picks the year, and the question
/// goes on to ask that year's venue, theme or date.
fn chained_from_press(ctx: &Ctx, name: &str) -> Option<Reply> {
    let c = &ctx.r.cues;
    let t = &ctx.r.text;
    let chained = ["那次", "那年", "那一年", "那届", "那一届", "那场", "那回"].iter().any(|w| t.contains(w));
    if !chained || c.yes_no || !(c.where_ || c.theme || c.when) {
        return None;
    }
    let found = ctx.press_by_person(name);
    if found.status != super::AnswerStatus::Answered || found.years.is_empty() {
        return Some(found);
    }
    let ys = found.years.clone();
    let reply = if c.theme {
        ctx.theme(&ys)
    } else if c.where_ {
        ctx.location(&ys)
    } else {
        ctx.date(&ys, c.duration)
    };
    Some(reply.evidence(&found.evidence).rule("press.chained"))
}

fn person(ctx: &Ctx, name: &str) -> Reply {
    let c = &ctx.r.cues;
    let ys = ctx.meeting_years();
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
    if (c.preside || c.report)
        && ys.is_empty()
        && let Some(reply) = chained_from_press(ctx, name)
    {
        return reply;
    }
    if c.preside || c.report {
        if c.yes_no
            && let [y] = ys[..]
        {
            return ctx.press_check(name, y);
        }
        return ctx.press_by_person(name);
    }
    if c.yes_no
        && let Some(ask) = RoleAsk::read(&ctx.r.text, c.secretary, c.deputy_secretary, c.governor)
    {
        return ctx.role_check(name, ask, &ys);
    }
    if c.speak || c.keynote {
        return ctx.person_speeches(name, &ys);
    }
    if c.attend && ctx.r.people.len() > 1 {
        return ctx.attended_together(&ctx.r.people);
    }
    if c.attend && c.count {
        return ctx.attendance(name, true);
    }
    if c.attend
        && c.yes_no
        && let [y] = ys[..]
    {
        return ctx.attendance_check(name, y);
    }
    if c.attend && (c.which_year || ys.is_empty() || c.yes_no) && (!c.role || ctx.capacity_asked().is_some()) {
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
    if c.count && !c.role && ["次数", "几次", "多少次", "几回"].iter().any(|w| ctx.r.text.contains(w)) {
        return ctx.attendance(name, true);
    }
    ctx.person_roles(name, &ys)
}

/// Common surnames: a name-shaped word the lexicon does not know starts with one of these.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤易常温康施文牛樊葛邢安齐伍庞颜倪殷";

/// Words that end a subject without being a name (三省一市主要领导, 中央部门负责同志).
const NOT_NAMES: &[&str] = &[
    "领导", "书记", "省长", "市长", "代表", "同志", "嘉宾", "人员", "专家", "主任", "部长", "负责", "委员", "干部",
    "多人", "人们",
];

/// The unknown name right before the attendance verb (黄坤明出席了, 座谈会马兴瑞参加了吗): a surname
/// and one or two more characters, none of them an entity the question was read to name.
fn unknown_person(r: &Reading) -> Option<String> {
    let chars = &r.chars;
    let covered = |i: usize| r.hits.iter().any(|h| h.start <= i && i < h.start + h.len);
    let verbs = ["出席", "参加", "参会", "与会", "到会", "列席"];
    for v in verbs {
        let Some(p) = r.text.find(v) else { continue };
        let mut end = r.text[..p].chars().count();
        // 是否出席, 有没有参加, 也出席了: the name is before the adverb.
        for adverb in ["是否", "有没有", "有无", "没有", "曾经", "也", "都", "曾", "有", "未"] {
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
            let name_shaped = chars[start..end].iter().all(|&c| super::text::is_cjk(c))
                && SURNAMES.contains(chars[start])
                && !"人们方面者家员门校位".contains(chars[end - 1])
                && !(start..end).any(covered)
                && !NOT_NAMES.iter().any(|w| word.contains(w));
            if name_shaped {
                return Some(word);
            }
        }
    }
    None
}
