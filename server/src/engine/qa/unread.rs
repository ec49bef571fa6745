//! The last word on a question no rule could read. One about these meetings that asks something
//! is NOT_FOUND with what the corpus records, not NOT_UNDERSTOOD: the service understood enough to
//! know that the corpus does not say. A request for writing or translating, or a figure of the
//! region rather than of the meetings (GDP, 人口), is out of domain (NOT_FOUND, intent `out_of_domain`) even when it names 长三角.
//! Only text that asks nothing (`座谈会`, `长三角`) stays NOT_UNDERSTOOD.

use super::reply::Reply;
use super::tagger::cue;
use super::{AnswerStatus, Ctx};

pub fn unread(ctx: &Ctx, reply: Reply) -> Reply {
    if reply.status != AnswerStatus::NotUnderstood {
        return reply;
    }
    let t = ctx.r.scan();
    let task = t.has(cue::WRITING_TASK);
    let region_figure = t.has(cue::REGION_FIGURE);
    if task || region_figure {
        return Reply::out_of_domain().rule("out_of_domain.request");
    }
    let asks = t.has(cue::ASKS_ANYTHING);
    if !asks {
        return reply;
    }
    // A content question with no year: the one passage of any year's reports it points to.
    if ctx.r.years.is_empty()
        && let Some(said) = ctx.said_anywhere()
    {
        return said;
    }
    // The rule's own hint (请说明是哪一年…) stays: it says how to ask what the corpus can answer.
    let hint = if reply.extra.rule == "year.missing" { reply.sentence.as_str() } else { "" };
    Reply::not_found("meeting.content", format!("语料没有这项信息。{hint}{}", ctx.known_meetings())).rule("unread")
}
