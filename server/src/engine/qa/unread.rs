//! The last word on a question no rule could read. One about these meetings that asks something
//! is NOT_FOUND with what the corpus records, not NOT_UNDERSTOOD: the service understood enough to
//! know that the corpus does not say. A request for writing or translating, or a figure of the
//! region rather than of the meetings (GDP, 人口), is OUT_OF_DOMAIN even when it names 长三角.
//! Only text that asks nothing (`座谈会`, `长三角`) stays NOT_UNDERSTOOD.

use super::reading::has;
use super::reply::Reply;
use super::text::CueWords;
use super::{AnswerStatus, Ctx};

pub fn unread(ctx: &Ctx, reply: Reply) -> Reply {
    if reply.status != AnswerStatus::NotUnderstood {
        return reply;
    }
    let t = ctx.r.scan();
    let task = has!(
        t,
        [
            "写一首",
            "写首",
            "写一段",
            "写一篇",
            "写篇",
            "作一首",
            "作首",
            "翻译",
            "标语",
            "口号",
            "宣传语",
            "笑话",
            "作文"
        ],
    );
    let region_figure = has!(t, ["GDP", "gdp", "人口", "面积", "经济总量", "生产总值"]);
    if task || region_figure {
        return Reply::out_of_domain().rule("out_of_domain.request");
    }
    let asks =
        has!(t, ["哪", "什么", "谁", "几", "多少", "吗", "是否", "怎么", "如何", "何", "啥", "么", "?", "有没有"]);
    if !asks {
        return reply;
    }
    // The rule's own hint (请说明是哪一年…) stays: it says how to ask what the corpus can answer.
    let hint = if reply.extra.rule == "year.missing" { reply.sentence.as_str() } else { "" };
    Reply::not_found("meeting.content", format!("语料没有这项信息。{hint}{}", ctx.known_meetings())).rule("unread")
}
