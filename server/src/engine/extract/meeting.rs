//! Rules for the meeting itself and its results press conference: place and dates, next host,
//! attendance, invited bodies, theme, documents acted on, focus areas, side events; who presided,
//! reported and spoke at the press conference.

use std::sync::LazyLock;

use regex::Regex;

use super::people::{bare_names, name_before, role_names, run_together};
use super::text::{dates, relative_day, split_list, unquantified};
use super::{Extractor, MEETING, Scope};
use crate::engine::model::*;
use crate::engine::normalize::Sentence;

static PLACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        // `「…座谈会」,5月18日至19日在…登场`, `…座谈会,昨日(13日)在浙江台州闭幕`: the name may end its
        // own clause, in quotes or not, with the date and place in the next. A post says it plainly:
        // `今年的…座谈会就在咱们扬州开的`.
        r"(?:([0-9]{{4}})年度?的?)?{MEETING}[」”』]?(?:,[^,。;]{{0,16}}?|[^,。;]*?)在([^,。;]+?)(?:隆重)?(?:举行|召开|举办|开幕|启幕|揭幕|闭幕|登场|开的|开了)"
    ))
    .unwrap()
});
/// `2231年度…座谈会,是三省一市…年度会商机制的第58次会议,于2231年5月27日至28日在浙江省湖州市召开`:
/// an encyclopedia's definition, the place after the apposition.
static DEFINED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:([0-9]{{4}})年度?的?){MEETING},是[^。;]{{0,60}}?,于[^,。;在]{{0,24}}在([^,。;]+?)(?:举行|召开|举办)"
    ))
    .unwrap()
});
static BARE_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,:~])(?:为期[两二三0-9]天的)?(?:本次|此次|这次|本届|今年的)?(?:座谈会|会议)(?:也|就|已|正式)?(?:于(?:本月)?[0-9]{1,2}日[上下午晚]*)?在([^,。;]+?)(?:隆重)?(?:召开|举行|举办|开幕|启幕|揭幕|闭幕)").unwrap()
});
/// `这是三省一市自2045年以来连续第六年召开主要领导座谈会`, `主要领导连续第75年坐到一起`,
/// `第十次长三角地区主要领导座谈会`, `三省一市主要领导的第6次座谈会`, `首次长三角地区主要领导座谈会`: the
/// meeting's place in the series.
static SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:自([0-9]{{4}})年(?:首次召开|首次举办|起)?以来[^,。;]{{0,30}}?)?连续第([0-9一二三四五六七八九十百零两]+)(?:年|次|届)|第([0-9一二三四五六七八九十百零两]+)次(?:召开|举行)?的?{MEETING}|主要领导(?:人)?的第([0-9一二三四五六七八九十百零两]+)次(?:召开的|举行的)?座谈会|(首次|第一次)(?:召开|举行)?的?{MEETING}"
    ))
    .unwrap()
});
/// `这是座谈会机制建立以来的第二十四次会议`, `这是自2104年…以来召开的第二十次座谈会`: the sentence
/// after the lede placing the meeting it reports.
static SERIES_THIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"这是(?:自([0-9]{4})年[^,。;]{0,20}?以来)?[^,。;]{0,20}?第([0-9一二三四五六七八九十百零两]+)次(?:召开的|举行的)?(?:座谈会|会议|主要领导座谈会)").unwrap()
});
/// `2185年度长三角地区主要领导座谈会(第176次)`: a meeting named with its place in the series, in any
/// article (a forum report names the meeting held beside it so).
static SERIES_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"([0-9]{{4}})年度?的?{MEETING}\(第([0-9一二三四五六七八九十百零两]+)次\)")).unwrap()
});
/// What a meeting holds beside it, named between the meeting and a place: `…座谈会重大项目开工仪式
/// 在…举办`, `…座谈会成果发布会在…举行`.
static SIDE_EVENT_NOUNS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"仪式|活动|发布会|论坛|签约|开工|分会场|展览|展会|边会|会见|宴会|晚会").unwrap());
static PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"在([^,。;在]+?)(?:召开|举行|举办)的(?:([0-9]{{4}})年度?)?{MEETING}")).unwrap()
});
/// `…主要领导人6月8日在上海市闵行区举行年度会议,即长三角地区主要领导座谈会`: a translated wire
/// names the meeting in apposition, after the verb that holds it.
pub(super) static PLACE_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"在([^,。;在]+?)(?:召开|举行|举办)(?:了)?(?:一年一度的|年度|例行)?(?:会议|会晤|座谈),即(?:([0-9]{{4}})年度?的?)?{MEETING}"
    ))
    .unwrap()
});
/// `去年在湖州召开的座谈会,主题是…`: an earlier meeting recalled as its sentence's subject.
static RECALLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,:]|回顾了?|回忆起?)(去年|前年|上一年度|上年度|上届|上一届|([0-9]{4})年)(?:\((?P<y>[0-9]{4})年度?\))?在([^,。;在]{2,8}?)(?:召开|举行|举办)的(?:座谈会|会议|长三角地区主要领导座谈会)(?:[,:]|上)")
        .unwrap()
});
/// Verbs that hold an event: a date written before one of them is that event's day.
static HELD_VERBS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"举行|召开|举办|开幕|闭幕|开工|启动|揭牌|开园|开通|开赛|开展").unwrap());
/// `回顾去年,5月19日至20日,上一年度座谈会在上海市嘉定区召开,以…为主题,审议…`: the meeting before
/// the reported one, held, as its sentence's subject.
static LAST_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,:])(?:去年|上一年度|上年度|上届|上一届)(?:\((?P<y>[0-9]{4})年度?\))?的?(?:长三角地区主要领导)?(?:座谈会|会议)(?:也|曾|已)?(?:于[^,。;在]{0,14})?在([^,。;在]{2,12}?)(?:召开|举行|举办)")
        .unwrap()
});
/// `明年的座谈会由上海承办`: the next meeting's host said plainly, with no verb of decision; only the
/// year after the one reported, never a named year (which may be a look back).
static NEXT_PLAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|,)(?:明年|下一年度|下届|下一届)的?(?:{MEETING}|会议|座谈会)(?:将)?(?:于[^,。在由]*)?(?:在|由)([^,。;]+?)(?:召开|举行|举办|承办|轮值)"
    ))
    .unwrap()
});
static NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:确定|决定|商定|同意|宣布|拍板|明确)[,:]?\s*(?:由)?(?:([0-9]{{4}})年度?的?(?:{MEETING}|会议|座谈会)|(?:下一年度|下届|下一届|明年)的?(?:会议|{MEETING}|座谈会)?)(?:将)?(?:于[^,。在由]*)?(?:在|由)([^,。;.…]+?)(?:召开|举行|举办|承办|轮值|(?:\.\.\.|…)$)"
    ))
    .unwrap()
});
/// `会议商定,下一年度…座谈会轮值方为上海市`: the next host named by its part (轮值方, 承办地,
/// 东道主) rather than by a verb of holding.
static NEXT_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:确定|决定|商定|同意|宣布|明确|^|,)[,:]?\s*(?:([0-9]{{4}})年度?的?(?:{MEETING}|会议|座谈会)|(?:下一年度|下届|下一届|明年)的?(?:会议|{MEETING}|座谈会)?)的?(?:轮值方|轮值省份|轮值省|承办方|承办地|承办省份|举办地|主办方|东道主)(?:将)?(?:为|是|定为|确定为|定在)([^,。;]+?)(?:[,。;]|$)"
    ))
    .unwrap()
});
static THEME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?:以|围绕|紧扣|聚焦|突出|锚定)[“"「『]([^”"」』]+)[”"」』](?:为|的|这一|这个)?主题|主题(?:为|是|:|确定为|定为|确定是|定位为|同为|同样为|同样是|也是|也为|亦为|(?:跟|与|和|同)(?:座谈会|会议)(?:一样|相同|一致)[,:]?(?:同样是|同样为|也是|都是)?)(?:——|—|:|\s)*[“"「『]([^”"」』]+)[”"」』]"#,
    )
    .unwrap()
});
/// `以‘智造协同 绿色共富’为主题`: a theme in single quotes (never read inside double ones, where
/// `奋楫扬帆‘十五五’` quotes a word of the theme).
static THEME_SINGLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:以|围绕|紧扣|聚焦|突出|锚定)‘([^’]+)’(?:为|的|这一|这个)?主题|主题(?:为|是)‘([^’]+)’").unwrap()
});

/// The theme a text states (`以“…”为主题`, `主题为“…”`), and where its statement starts.
pub(super) fn theme(t: &str) -> Option<(usize, String)> {
    let c = THEME.captures(t).or_else(|| THEME_SINGLE.captures(t))?;
    let at = c.get(0)?.start();
    // `第10届安庆黄梅戏艺术节开幕,主题是“…”`: another event's theme.
    if super::text::last_event(&t[..at]) == Some(super::text::Named::Other) {
        return None;
    }
    Some((at, c.get(1).or(c.get(2))?.as_str().trim().to_string()))
}
/// `会议由江苏省委书记李强主持`, `…长三角座谈会由X主持`: who presided over the meeting itself.
static MEETING_PRESIDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;])[^,。;发]{0,16}?(?:会议|座谈会)(?:同样|也|则|仍|依然)?由([^,。;]+?)主持").unwrap()
});
/// `…座谈会于5月30日至31日在浙江省湖州市举行,由浙江省委书记方致远主持`, `会议以“…”为主题,由X主持`:
/// the presider after the meeting's own clause.
static HELD_PRESIDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:座谈会|会议)[^。;论发]*?(?:举行|召开|为主题),(?:会议)?由([^,。;]+?)主持(?:[,。;]|$)").unwrap()
});
/// `江苏省委书记娄勤俭主持会议`, `钱嘉树在主持会议时表示`: the presider named first.
static PRESIDES_MEETING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[,;])([^,。;]+?)(?:在)?主持(?:了)?(?:会议|座谈会|本次会议)").unwrap());
/// The verb after an attendance list.
static ATTEND_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:等)?(?:出席|参加|列席)(?:了)?(?:(?:那次|本次|此次|这次|当次)?(?:会议|座谈会))?(?:并(?:讲话|致辞|发言))?(?:啦|了|呢)?(?:[,。;!…]| ?\.\.\.|$)|(?:分别|先后)?(?:讲话|致辞|发言)(?:[,。;]|$)|主持(?:了)?(?:会议|座谈会)(?:并讲话)?|(?:出席|参加)(?:会议|座谈会)?并(?:分别)?(?:介绍|汇报|交流)",
    )
    .unwrap()
});
static GATHERED: LazyLock<Regex> = LazyLock::new(|| {
    // `三省一市主要领导、党政机关负责人齐聚古都南京`: others may be named with them.
    Regex::new(r"(?:三省一市|沪苏浙皖)(?:党政)?主要领导(?:同志)?(?:、[^,。;、]{2,10}?)?(?:再次|再度|又一次)?(?:齐聚|相聚|汇聚|聚首)([^,。;]*)")
        .unwrap()
});
static PRESS_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"发布会[^,。;]*?在([^,。;]+?)(?:隆重)?(?:举行|召开|举办)").unwrap());
static INVITED: LazyLock<Regex> = LazyLock::new(|| {
    // `…有关负责人应邀与会`, `国家发改委、国家数据局也派员与会`: invited bodies, in any paper's words.
    Regex::new(
        r"([^,。;]+?)(?:的)?(?:有关|相关)?(?:(?:负责同志|负责人|领导同志|领导)(?:也)?应邀|也?派员)(?:出席|参加|与会)",
    )
    .unwrap()
});
/// `闵志远、秦昊然、邬承德分别发言`, `…省长X、…省长Y分别介绍本省市推进情况`: speakers at the meeting itself.
static MEETING_SPEAKERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[,;])([^,。;]+?)(?:分别|先后|依次|依序)(?:讲话|发言|介绍|通报|汇报)").unwrap());
/// `褚嘉禾通报了一年来长三角一体化发展推进情况`, `葛立新则就…进展做报告`: who reported at the meeting.
static MEETING_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;])([^,。;]+?)(?:则|还)?(?:通报了|通报|就)[^,。;]*?(?:情况|进展)(?:做|作)?(?:了)?(?:报告)?(?:[,。;]|$)")
        .unwrap()
});
/// `楼嘉禾作总结讲话`, `…,宁国栋作了总结讲话`: who summed the meeting up.
static SUMS_UP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[,;])([^,。;]+?)(?:作|做)(?:了)?总结(?:讲话|发言)").unwrap());
/// `签署了《…》等15项合作协议`, `共签署合作协议十五项`, `集中签约了19项重大合作事项`, `签约重大合作
/// 事项19项`: the total of what was signed, beyond the agreements a report names.
static SIGNED_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:签署|签订)(?:了)?[^,。;]*?等([一二三四五六七八九十两[0-9]]+)(?:项|份|个)[^,。;]{0,4}?(?:协议|备忘录|合作文件)|(?:共|一共|合计)?(?:签署|签订)(?:了)?(?:合作)?(?:协议|合作文件)(?:共)?([一二三四五六七八九十两[0-9]]+)(?:项|份|个)|签约(?:了)?(?:重大)?(?:合作)?(?:事项|项目)(?:共|达)?([一二三四五六七八九十两[0-9]]+)(?:项|个)|签约(?:了)?([一二三四五六七八九十两[0-9]]+)(?:项|个)(?:重大|重点)?(?:合作)?(?:事项|项目)|(?:^|[,;:]|论坛上|会上|现场)(?:共有|共|有)?([0-9]+)(?:项|个)(?:重大|重点)?(?:合作)?(?:项目|事项)(?:现场)?(?:集中)?签约|签约的([0-9]+)(?:项|个)(?:重大|重点)?(?:合作)?(?:项目|事项)|(?:^|\))([0-9]+)(?:项|个)(?:重大|重点)?(?:合作)?(?:项目|事项),总投资[^。]*?签约")
        .unwrap()
});

/// A sentence that is nothing but the roll of the delta's leaders, with no verb (`浙江省委书记X,浙江省委
/// 副书记、省长Y;上海市委书记Z,…`): at least four of them, of at least three provinces, in a
/// sentence no longer than their roles and names.
fn bare_roll(t: &str) -> Option<Vec<Attendee>> {
    if ATTEND_VERB.is_match(t)
        || ["考察", "调研", "会见", "表示", "指出", "强调", "说", "到", "来"].iter().any(|v| t.contains(v))
    {
        return None;
    }
    let roll = role_names(t);
    let mut provinces: Vec<&str> = roll.iter().map(|a| a.province.as_str()).filter(|p| !p.is_empty()).collect();
    provinces.sort_unstable();
    provinces.dedup();
    let written: usize = roll.iter().map(|a| a.role.chars().count() + a.name.chars().count() + 2).sum();
    (roll.len() >= 4 && provinces.len() >= 3 && t.chars().count() <= written + 8).then_some(roll)
}

/// `总投资1280亿元`, `投资总额约256.4亿元`, `计划总投资超过3000亿元`: what signed projects are worth.
static INVESTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:总投资额|总投资|投资总额|计划投资|协议总金额|签约总额|签约金额|总金额)(?:约为|约|达到|达|超过|超|逾|近|共计|共|合计|为)?\s*(?:人民币)?\s*([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?\s*(?:万亿|亿|万)元|[0-9]+(?:\.[0-9]+)?\s*(?:万亿|亿|万)元)")
        .unwrap()
});

/// What a sentence that tells a signing total says the projects are worth, with its qualifier
/// (`约256.4亿元`).
pub(super) fn signed_investment(t: &str) -> Option<String> {
    let c = INVESTED.captures(t)?;
    let whole = c.get(0)?.as_str();
    // (`1,326亿元`: a figure with thousands separators, written without them.)
    let figure = c[1].replace([' ', ','], "");
    let qualifier = ["约", "超过", "超", "逾", "近"].iter().find(|q| whole.contains(**q)).copied().unwrap_or("");
    Some(format!("{qualifier}{figure}"))
}

/// The total `t` says was signed, and where its phrase starts.
pub(super) fn signed_total(t: &str) -> Option<(u32, usize)> {
    let c = SIGNED_TOTAL.captures(t)?;
    // (Whichever of the alternatives matched: each has one group.)
    let n = c.iter().skip(1).flatten().next()?;
    let n = super::text::parse_number(&n.as_str().replace('两', "二"))?;
    let at = c.get(0).unwrap().start();
    // `推介会上,…签约合作项目12个`: another event's signings; `一则简讯称…“签约项目66个”,有误`: a
    // figure quoted to be corrected.
    let other = super::text::last_event(&t[..at]) == Some(super::text::Named::Other);
    let corrected = ["有误", "更正", "误为", "误作"].iter().any(|w| t.contains(w)) && t[..at].ends_with('“');
    (!other && !corrected).then_some((n, at))
}
/// `据了解,座谈会于6月12日至13日举行`: the meeting's dates, the meeting named as the article's own.
static BARE_DATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|,)(?:本次|此次|本届|今年的)?(?:座谈会|会议)(?:于|在)([0-9]{1,2}月[0-9]{1,2}日(?:(?:至|到|—|-)[0-9]{1,2}(?:月[0-9]{1,2})?日)?)(?:[^,。;]{0,12}?)(?:举行|召开)")
        .unwrap()
});
/// `会场设在安庆`, `东道主是安徽`: where the meeting is, said of its venue.
static VENUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:会场|会址|会议地点)(?:设在|选在|定在|位于|在)([^,。;]+)").unwrap());
/// `在座谈会上,安徽省委书记宁德厚代表东道主介绍…`: a leader speaking at the meeting attends it.
static SPOKE_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:在座谈会上|座谈会上|在会上|会上),?([^,。;]+?)(?:代表|介绍|表示|指出|强调)").unwrap()
});
/// Titles in 《》; Hong Kong and Taiwan papers set them in 「」, which also quote anything, so there
/// only a name ending on a kind of document counts.
static TITLES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《([^《》]+)》|「([^「」]{4,}(?:协议|备忘录|方案|计划|规划|清单|意见|框架|宣言|倡议|纲要))」").unwrap()
});
static PLAIN_RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"发布(?:了)?((?:[0-9]{4}年度?)?[^,。;《》、]+?(?:清单|名单|方案|计划|报告|倡议|宣言|协议|指数|白皮书|目录))",
    )
    .unwrap()
});
/// A year's plan named without 《》: `审议了2028年度工作计划`.
static PLAIN_REVIEWED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(审议并原则通过|审议并原则同意|审议通过|原则通过|原则同意|审定了|审定|审议了|审议)([0-9]{4}年度?[^,。;、《》]{0,24}?(?:工作计划|工作要点|重点工作安排|行动计划|行动方案|合作事项清单|事项清单))")
        .unwrap()
});
static FOCUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:聚焦|围绕|就)([^。;]+?)等(?:[一二三四五六七八九十[0-9]]+(?:大|个)?|多个)?(?:方面|议题|问题|领域|主题|事项)?(?:进行|展开|开展)?了?(?:深入|充分|广泛)?(?:讨论|交流|研讨|探讨)")
        .unwrap()
});
static PRESIDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([^,。;]+?)主持(?:了)?(?:会议|成果发布会|发布会|并|的|$|。|,)").unwrap());
/// `X代表长三角区域合作办公室通报…`: the regional office's report, by the person named before it.
static OFFICE_REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;])([^,。;]{2,30}?)代表长三角区域合作办公室(?:,)?(?:通报|介绍|汇报)").unwrap()
});
static REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([^,。;]*?)代表(?:与会各方|与会三省一市|会议各方|三省一市|各方)(?:通报|介绍)|([^,。;]*?)(?:通报|介绍)(?:了)?[^,。;]*?(?:成果|情况)",
    )
    .unwrap()
});
static SPEAKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^。;]+?)(?:分别代表(?:三省一市|沪苏浙皖|[^,。;]*)|分别|先后|依次)(?:讲话|发言|致辞)").unwrap()
});

/// Verbs for what a meeting did to a document, most specific first.
const DOC_VERBS: &[(&str, DocAction)] = &[
    ("审议并原则通过", DocAction::Adopted),
    ("审议并原则同意", DocAction::Approved),
    ("审议并通过", DocAction::Adopted),
    ("审议通过", DocAction::Adopted),
    ("原则通过", DocAction::Adopted),
    ("原则同意", DocAction::Approved),
    ("通过了", DocAction::Adopted),
    ("通过", DocAction::Adopted),
    // `审定了《…2019年工作计划》`: examined and approved.
    ("审定了", DocAction::Approved),
    ("审定", DocAction::Approved),
    ("审议了", DocAction::Reviewed),
    ("审议", DocAction::Reviewed),
    ("讨论了", DocAction::Reviewed),
    ("发布了", DocAction::Released),
    ("发布", DocAction::Released),
    ("印发", DocAction::Released),
    ("签署了", DocAction::Signed),
    ("签署", DocAction::Signed),
    ("签订", DocAction::Signed),
];
/// Words that cite a document rather than act on it.
const CITING: &[&str] = &[
    "按照", "根据", "依据", "对照", "落实", "贯彻", "围绕", "遵循", "结合", "实施", "推进", "依托", "学习", "对接",
    "以",
];
/// Openers of an attendance list that follows its verb: `出席会议的有`, `参加会议的还有`, `与会的领导
/// 有`, `出席座谈会的领导包括`, `出席名单为`.
static LIST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:出席|参加|列席)(?:本次|此次)?(?:会议|座谈会)?的(?:领导|人员|同志|嘉宾)?(?:还|也)?(?:有|包括)[:]?|与会的(?:领导|人员)?(?:还|也)?有[:]?|出席名单(?:包括|有|为)",
    )
    .unwrap()
});
const SIDE_EVENT_VERBS: &[&str] = &[
    "考察",
    "参观",
    "调研",
    "并行召开",
    "同期召开",
    "同期举行",
    "同期举办",
    "举办了",
    "召开了",
    "首次创新设置",
    "首次设置",
];

impl Extractor<'_> {
    /// `2023年度…座谈会在安徽省合肥市举行` with its dates, in any article, headlines included.
    pub(super) fn meeting_place(&mut self, scope: &Scope, s: &Sentence, headline: bool) {
        let t = self.doc.sentence_text(s);
        // `【#…座谈会#今天在绍兴开幕】7月14日至15日,2203年度…座谈会在浙江省绍兴市举行`: the clause
        // naming the meeting with its year is the report's own, a post's hashtag title is not.
        let after: Vec<regex::Captures> = PLACE_AFTER.captures_iter(t).collect();
        let found = after
            .iter()
            .find(|c| c.get(1).is_some())
            .or(after.first())
            .map(|c| {
                (c.get(1).and_then(|y| y.as_str().parse().ok()), c.get(2).unwrap().start(), c.get(0).unwrap().start())
            })
            .or_else(|| {
                DEFINED_AT.captures(t).map(|c| {
                    (
                        c.get(1).and_then(|y| y.as_str().parse().ok()),
                        c.get(2).unwrap().start(),
                        c.get(0).unwrap().start(),
                    )
                })
            })
            .or_else(|| {
                PLACE_BEFORE.captures(t).or_else(|| PLACE_APPOSED.captures(t)).map(|c| {
                    (
                        c.get(2).and_then(|y| y.as_str().parse().ok()),
                        c.get(1).unwrap().start(),
                        c.get(0).unwrap().start(),
                    )
                })
            })
            .or_else(|| {
                // `本月中旬,座谈会在桐溪召开`: the meeting by its short name, in its own article.
                let own = scope.topic == super::Topic::Meeting && !scope.press && !headline;
                own.then(|| BARE_HELD.captures(t))
                    .flatten()
                    .map(|c| (None, c.get(1).unwrap().start(), c.get(0).unwrap().start()))
            });
        let Some((year, place_at, name_at)) = found else {
            self.meeting_dates_only(scope, s, headline);
            return;
        };
        // `…座谈会重大项目开工仪式在江苏无锡举办`: the place of an event of the meeting's, not of it.
        let name_end = super::MEETING_RE.find_at(t, name_at).map_or(name_at, |m| m.end());
        // `…座谈会、第二届…高层论坛等活动近日在浙江湖州举行`: events listed with the meeting are held
        // where it is.
        let listed_with = ["、", "和", "与", "及", "暨", "以及"].iter().any(|w| t[name_end..].starts_with(w));
        if name_end <= place_at && !listed_with && SIDE_EVENT_NOUNS.is_match(&t[name_end..place_at]) {
            // Of a meeting named with its year, a side event of its own.
            if let Some(y) = year
                && !headline
                && !t[name_end..place_at].contains("发布会")
            {
                let clause = t[name_end..].split([',', '。', ';']).next().unwrap_or_default().trim();
                if clause.chars().count() >= 6 {
                    let ev = self.evidence(s);
                    self.note(format!("meeting {y}: side event {clause}"), &ev);
                    add_sourced(&mut self.meeting(y).side_events, clause.to_string(), ev);
                }
            }
            return;
        }
        // `记者从会上获悉,2032年度…座谈会将在安徽省召开`, in the report of 2031: the next host.
        if let Some(y) = year
            && self.main_year.or(self.doc_year).is_some_and(|m| y == m + 1)
            && t[name_at..place_at].contains('将')
        {
            if let Some((place, _)) = self.parse_place(&t[place_at..]) {
                let ev = self.evidence(s);
                self.decided(y - 1, y, place, ev);
            }
            return;
        }
        // `会议确定,2025年度…在江苏省召开` is a decision about a later meeting, not a report.
        if super::decided_before(t, place_at) {
            return;
        }
        // A forum report's line on the meeting (`就在论坛前一天,…座谈会也在马鞍山召开`) is of the
        // forum's year, the meeting being held beside it, unless it looks back at an earlier one.
        let beside_forum = scope.topic == super::Topic::Forum
            && !["去年", "前年", "上届", "上一届", "首届", "首次", "第一次", "此前", "曾", "历届", "以往"]
                .iter()
                .any(|w| t[..place_at].contains(w))
            && !t[place_at..].contains("以来");
        // `2005年12月25日,首次…座谈会在杭州召开`: a date with its year, in the clause that names the
        // meeting, dates it wherever it stands.
        let dated = dates(&t[..name_at]).into_iter().next_back().filter(|d| {
            let between = t[d.end..name_at].trim_start_matches([',', ' ']);
            d.month.is_some() && !between.contains([',', '。', ';']) && between.chars().count() <= 12
        });
        let year = year.or(dated.and_then(|d| d.year));
        // `20年前,…座谈会在杭州西子湖畔举行`, `去年,座谈会在芜湖召开` in a report of another year's:
        // an earlier meeting, of the year the article's date less N when the page has a date, else
        // of no year the text gives.
        let clause_at = t[..name_at].rfind(['。', ';']).map_or(0, |i| i + 1);
        let carried = self.carried_paragraph == Some(s.paragraph);
        // `…座谈会首次在连云港举办`: 首次 after the name is the first time in that place, this meeting.
        let clause = if name_end <= place_at {
            format!("{}{}", &t[clause_at..name_end], t[name_end..place_at].replace("首次", "").replace("第一次", ""))
        } else {
            t[clause_at..place_at].to_string()
        };
        let back = if year.is_none() && !carried { looked_back(&clause, self.pub_date) } else { None };
        if let Some(back) = back {
            let Some(y) = back else { return };
            let Some((place, _)) = self.parse_place(&t[place_at..]) else { return };
            let ev = self.evidence(s);
            self.note(format!("meeting {y}: place {} (looked back)", place.full_name()), &ev);
            crate::engine::kb::add_place(&mut self.meeting(y).place, place, ev.clone());
            self.first_of_series(y, &t[clause_at..name_at], &ev);
            return;
        }
        // A study session's finding on the meeting its lede named with the year (`传达学习2276年度
        // …座谈会精神` … `会议指出,6月4日至5日在上海举行的…座谈会`): that year's meeting.
        let recalled = !headline
            && scope.topic == super::Topic::Other
            && super::session_says(t)
            && self.meeting_named
            && scope.year == self.main_year.or(self.doc_year);
        if recalled && let Some(y) = scope.year {
            // `…座谈会日前在上海召开,会议以“X”为主题`: a 会议 that states a theme in the finding's
            // sentence is still the meeting recalled; one that 要求 or 强调 is the session again.
            let rest = &t[name_end..];
            let states_theme =
                |i: usize| ["会议以", "会议围绕", "会议紧扣", "会议聚焦"].iter().any(|w| rest[i..].starts_with(w));
            let session_again = rest.match_indices("会议").find(|(i, _)| !states_theme(*i)).map(|(i, _)| i);
            let owned =
                until_first(&rest[..session_again.unwrap_or(rest.len())], &["学习会", "研讨会", "论坛", "发布会"]);
            self.theme_and_acts(y, owned, &self.evidence(s), "recalled by a session", &[]);
            self.session_recall = Some(s.paragraph);
        }
        let year = year.or(if headline {
            None
        } else {
            scope.year.filter(|_| scope.topic == super::Topic::Meeting || beside_forum || recalled)
        });
        let Some(year) = year.or(if headline { self.main_year } else { None }) else { return };
        let ev = self.evidence(s);
        match self.parse_place(&t[place_at..]).map(|(p, _)| p).or_else(|| self.described_city(&t[place_at..])) {
            Some(place) => {
                self.note(format!("meeting {year}: place {}", place.full_name()), &ev);
                crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev.clone());
            }
            // `在我市举行` in a city's paper: that city.
            None if t[place_at..].starts_with("我市") && self.home_city.is_some() => {
                let city = self.home_city.clone().unwrap_or_default();
                if let Some((place, _)) = self.parse_place(&city) {
                    self.note(format!("meeting {year}: place {}", place.full_name()), &ev);
                    crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev.clone());
                }
            }
            // `在我市举行`: a local paper names its own city only in the headline; the dates still stand.
            None if ["我市", "我省", "本市", "本省", "此间", "当地", "我区"]
                .iter()
                .any(|w| t[place_at..].starts_with(w)) => {}
            None => return,
        }
        // The dates stand before the place: `8月16日,2022年度…`, `…座谈会12日在芜湖召开`.
        let span = self.date_before(scope, year, t, place_at).or_else(|| relative_day(t, place_at, self.pub_date));
        // `为期两天的…座谈会昨天在上海闭幕`: the day named is the last of the run; `…10日在合肥开幕`
        // (or 举行, 召开), its first.
        let span = span.map(|sp| match run_days(t) {
            Some(n) if sp.start == sp.end && t[place_at..].contains("闭幕") => {
                DateSpan { start: (1..n).fold(sp.end, |d, _| d.pred()), end: sp.end }
            }
            Some(n) if sp.start == sp.end => DateSpan { start: sp.start, end: (1..n).fold(sp.start, |d, _| d.succ()) },
            _ => sp,
        });
        // A masthead joined to the headline under it (`宁波日报 2061年06月10日 星期五 … 座谈会在甬举行`)
        // dates the paper, not the meeting: a headline's date that is the publication date says nothing.
        let masthead = headline
            && dates(t).into_iter().rfind(|d| d.start < place_at).is_some_and(|d| {
                let after = t[d.end..].trim_start();
                // `星期五`, and an app's `5月22日 周五`.
                after.starts_with("星期")
                    || after
                        .strip_prefix('周')
                        .is_some_and(|w| w.starts_with(['一', '二', '三', '四', '五', '六', '日', '天']))
            });
        let span = span.filter(|sp| !(headline && (masthead || self.pub_date == Some(sp.start))));
        self.first_of_series(year, &t[..name_at], &ev);
        // `…座谈会在临澜举行,这是第二十六次座谈会`, wherever the sentence stands.
        if SERIES_THIS.is_match(&t[place_at..]) {
            self.series_place(year, &t[place_at..], &ev);
        }
        if let Some(span) = span {
            let _ = name_at;
            self.note(format!("meeting {year}: dates {}", span.chinese()), &ev);
            self.meeting(year).dates.add(span, ev);
        }
    }

    /// `在澄阳召开` where the gazetteer lists no 澄阳: a city the page places in its province elsewhere
    /// (`澄阳是安徽科创走廊上的重要节点城市`, `安徽澄阳`), else in the province of the paper's own
    /// region, whose new or county-level cities it names without their province.
    fn described_city(&self, text: &str) -> Option<Place> {
        let chars: Vec<char> = text.chars().collect();
        let (name, _) = super::text::unlisted_city(&chars)?;
        let described = ["是", "位于", "地处", "作为", "地属", "隶属"].iter().find_map(|v| {
            let at =
                self.doc.text.find(&format!("{name}{v}")).or_else(|| self.doc.text.find(&format!("{name}市{v}")))?;
            let after: Vec<char> = self.doc.text[at..].chars().skip(name.chars().count()).take(12).collect();
            (0..after.len()).find_map(|i| crate::engine::gazetteer::match_place(&after[i..]).filter(|m| m.is_province))
        });
        let province = described
            .map(|m| m.name.to_string())
            .or_else(|| {
                let chars: Vec<char> = self.doc.text.chars().collect();
                let at = self.doc.text[..self.doc.text.find(&name)?].chars().count();
                (1..=3).filter_map(|k| at.checked_sub(k)).find_map(|s| {
                    crate::engine::gazetteer::match_place(&chars[s..at])
                        .filter(|m| m.is_province && s + m.len == at)
                        .map(|m| m.name.to_string())
                })
            })
            .or_else(|| self.home_province.clone())?;
        (province != "上海").then_some(Place { province, city: Some(name) })
    }

    /// `首次…座谈会在杭州召开`, `第一次…座谈会`: the meeting that opened the series.
    fn first_of_series(&mut self, year: i32, before_name: &str, ev: &Evidence) {
        let clause = before_name.rsplit([',', '。', ';']).next().unwrap_or(before_name);
        if ["首次", "第一次"].iter().any(|w| clause.contains(w)) && clause.chars().count() <= 14 {
            self.add_series(year, 1, None, ev);
        }
    }

    /// The last date written before byte `at` of `t`, completed with the article's month (or the
    /// publication date's) and `year`.
    fn date_before(&self, scope: &Scope, year: i32, t: &str, at: usize) -> Option<DateSpan> {
        let date = dates(t).into_iter().rfind(|d| d.start < at)?;
        // `…音乐季6月28日开幕 ▶ …座谈会在湖州举行` (furniture run into a headline): the day is the
        // other event's, held by its own verb, apart from the name (`21日上午,…举行了成果发布会`
        // is the event's own).
        if HELD_VERBS
            .find_iter(&t[date.end..at])
            .any(|m| t[date.end + m.end()..at].contains(['▶', '|', '>', ':', ',', ';', ' ', '·', '】']))
        {
            return None;
        }
        let month = scope.month.or_else(|| self.month_of_day(year, date.day));
        date.resolve(year, month)
    }

    /// `6月20日至21日,…出席2031年度…座谈会`: a meeting named with its dates and no place.
    fn meeting_dates_only(&mut self, scope: &Scope, s: &Sentence, headline: bool) {
        if headline {
            return;
        }
        let t = self.doc.sentence_text(s);
        let Some(c) = super::YEAR_MEETING.captures(t) else { return };
        let at = c.get(0).unwrap().start();
        if super::decided_before(t, at)
            || !["出席", "参加", "聚首", "召开", "举行", "举办"].iter().any(|v| t.contains(v))
        {
            return;
        }
        // `6月6日上午,在圆满完成…座谈会各项议程后,成果发布会…举行`: the date is another event's.
        if ["发布会", "论坛", "议程后", "期间"].iter().any(|w| t.contains(w)) {
            return;
        }
        // `6月19日,市委中心组召开专题学习会,传达学习2049年度…座谈会精神`: the day is the session's,
        // which takes the meeting as its object.
        let end = c.get(0).unwrap().end();
        let clause_start = t[..at].rfind([',', ';']).map_or(0, |i| i + 1);
        if t[end..].starts_with("精神")
            || ["传达", "学习", "贯彻", "落实"].iter().any(|w| t[clause_start..at].contains(w))
            || ["学习会", "研讨会", "中心组", "常委会", "报告会", "宣讲"].iter().any(|w| t[..at].contains(w))
        {
            return;
        }
        let Ok(year) = c[1].parse::<i32>() else { return };
        if self.facts.meetings.get(&year).is_some_and(|m| !m.dates.is_empty()) {
            return;
        }
        if let Some(span) = self.date_before(scope, year, t, at) {
            let ev = self.evidence(s);
            self.note(format!("meeting {year}: dates {}", span.chinese()), &ev);
            self.meeting(year).dates.add(span, ev);
        }
    }

    /// `会议确定,2027年度…座谈会在安徽省召开`: the next meeting, and who decided it.
    /// `会议确定,2054年度…在上海市召开`: `reported` is the meeting of the article the sentence
    /// stands in, which decides; a yearbook entry reporting several meetings files the decision
    /// under its own paragraph's meeting, not under the document's first.
    pub(super) fn next_meeting(&mut self, s: &Sentence, reported: Option<i32>) {
        let t = self.doc.sentence_text(s);
        let decider = reported.or(self.main_year).or(self.doc_year);
        let (year, host) = match (NEXT.captures(t), NEXT_PLAIN.captures(t)) {
            (Some(c), _) => (c.get(1).map_or(decider.map(|y| y + 1), |y| y.as_str().parse::<i32>().ok()), c.get(2)),
            (None, Some(c)) if reported.is_some() => (decider.map(|y| y + 1), c.get(1)),
            _ => match NEXT_ROLE.captures(t) {
                // Only a decision, or the year after the one reported: never a named year alone.
                Some(c) if reported.is_some() || c.get(1).is_none() => {
                    (c.get(1).map_or(decider.map(|y| y + 1), |y| y.as_str().parse::<i32>().ok()), c.get(2))
                }
                _ => return,
            },
        };
        let (Some(year), Some(host)) = (year, host) else { return };
        let Some((place, _)) = self.parse_place(host.as_str()) else { return };
        // `根据2276年座谈会商定,2277年度…由江苏省承办`: the deciding meeting named in the sentence.
        static DECIDER_NAMED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"([0-9]{4})年度?的?(?:长三角地区主要领导)?(?:座谈会|会议)(?:上)?(?:商定|确定|决定|明确)")
                .unwrap()
        });
        let named = DECIDER_NAMED.captures(t).and_then(|c| c[1].parse::<i32>().ok()).filter(|d| *d < year);
        let decider = named.or(decider.filter(|d| *d < year)).unwrap_or(year - 1);
        let ev = self.evidence(s);
        self.decided(decider, year, place, ev);
    }

    /// Meeting `decider` decided that meeting `year` is held at `place` (a province, or a city).
    pub(super) fn decided(&mut self, decider: i32, year: i32, place: Place, ev: Evidence) {
        self.note(format!("meeting {decider}: next meeting {year} in {}", place.full_name()), &ev);
        self.meeting(decider).next.add(NextMeeting { year, province: place.province.clone() }, ev.clone());
        let next = self.meeting(year);
        next.decided_by.add(decider, ev.clone());
        crate::engine::kb::add_place(&mut next.place, place, ev);
    }

    /// Sentences of a meeting article that do not name the meeting themselves.
    /// `…座谈会(第176次)` with its year, wherever it stands.
    pub(super) fn series_named(&mut self, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        let Some(c) = SERIES_NAMED.captures(t) else { return };
        let (Ok(year), Some(nth)) = (c[1].parse::<i32>(), super::text::parse_number(&c[2])) else { return };
        if super::decided_before(t, c.get(0).unwrap().start()) {
            return;
        }
        let ev = self.evidence(s);
        self.add_series(year, nth, None, &ev);
    }

    /// The `nth` meeting of the series (since `since`), when the count is one a series can have.
    fn add_series(&mut self, year: i32, nth: u32, since: Option<i32>, ev: &Evidence) {
        if !(1..=200).contains(&nth) {
            return;
        }
        self.note(format!("meeting {year}: series {nth}"), ev);
        self.meeting(year).series.add(SeriesPlace { nth, since }, ev.clone());
    }

    /// The series' history told with a bare `座谈会`, in any paragraph of a page that names the
    /// meeting: a count up to a year and the first meeting.
    pub(super) fn series_history(&mut self, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        // (`这一机制自2441年在上海首次召开以来`: the meeting named as the mechanism it is.)
        if !t.contains("座谈会") && !["这一机制", "该机制", "这个机制", "座谈会机制"].iter().any(|w| t.contains(w))
        {
            return;
        }
        let paragraph = &self.doc.paragraphs[s.paragraph];
        if !self.meeting_named && !super::MEETING_RE.is_match(&self.doc.text[paragraph.start..paragraph.end]) {
            return;
        }
        let ev = &self.evidence(s);
        // `自2441年在上海首次召开以来`: the first meeting, its year and place, told as a start.
        static FIRST_SINCE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"自([0-9]{4})年(?:[0-9]{1,2}月)?(?:在([^,。;在于]{2,8}?))?(?:首次|第一次)(?:召开|举行|举办)以来",
            )
            .unwrap()
        });
        if let Some(c) = FIRST_SINCE.captures(t) {
            self.first_meeting(&c[1], c.get(2).map(|p| p.as_str()), ev);
        }
        // `座谈会按照…轮值举办,截至2418年已连续举办8次`: the series named before the count, when no
        // forum is named between them (`论坛…截至2418年共举办7届` counts the forum's editions).
        static COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"座谈会([^。;]{0,40}?),截至([0-9]{4})年(?:底)?,?(?:已|共|累计|先后)*(?:连续)?(?:举办|召开|举行)(?:了)?([0-9一二三四五六七八九十百零两]+)次")
                .unwrap()
        });
        if let Some(c) = COUNT_AFTER.captures(t)
            && !c[1].contains("论坛")
            && let Ok(by) = c[2].parse::<i32>()
            && let Some(nth) = super::text::parse_number(&c[3])
        {
            self.add_series(by, nth, None, ev);
        }
        // `自2411年5月在浙江衢州举行首次座谈会以来`: the first meeting, its year and place.
        static FIRST_AT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"([0-9]{4})年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:在|于)([^,。;在于]{2,10}?)(?:召开|举行|举办)了?(?:首次|第一次|首届)的?(?:长三角地区主要领导|主要领导)?座谈会")
                .unwrap()
        });
        if let Some(c) = FIRST_AT.captures(t) {
            self.first_meeting(&c[1], Some(&c[2]), ev);
        }
    }

    /// The series' first meeting as a history states it: its year (digits) and, when given, its place.
    fn first_meeting(&mut self, year: &str, place: Option<&str>, ev: &Evidence) {
        let Some(first) = year.parse::<i32>().ok().filter(|y| crate::engine::TEXT_YEARS.contains(y)) else { return };
        if let Some((place, _)) = place.and_then(|p| self.parse_place(p)) {
            self.note(format!("meeting {first}: place {} (first of the series)", place.full_name()), ev);
            crate::engine::kb::add_place(&mut self.meeting(first).place, place, ev.clone());
        }
        self.add_series(first, 1, None, ev);
    }

    /// The meeting's place in the series, when its report states it.
    fn series_place(&mut self, year: i32, t: &str, ev: &Evidence) {
        // `截至2389年,…座谈会已连续举办25次`: the count of the series up to a year, that year's place.
        static COUNT_BY: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(r"截至([0-9]{{4}})年(?:底)?,?[^,。;]{{0,24}}?{MEETING}[^,。;]{{0,6}}?(?:已|共|累计|先后)*(?:连续)?(?:举办|召开|举行)(?:了)?([0-9一二三四五六七八九十百零两]+)(?:次|届)"))
                .unwrap()
        });
        if let Some(c) = COUNT_BY.captures(t)
            && let Ok(by) = c[1].parse::<i32>()
            && let Some(nth) = super::text::parse_number(&c[2])
        {
            self.add_series(by, nth, None, ev);
            return;
        }
        // `2231年度…座谈会,是三省一市…会商机制的第58次会议,于…召开`: an encyclopedia's apposition.
        static DEFINED_NTH: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(r"^(?:[0-9]{{4}}年度?的?)?{MEETING},是[^。;]{{0,40}}?第([0-9一二三四五六七八九十百零两]+)次(?:会议|座谈会)"))
                .unwrap()
        });
        if let Some(c) = DEFINED_NTH.captures(t)
            && let Some(nth) = super::text::parse_number(&c[1]).filter(|n| (1..=200).contains(n))
        {
            self.add_series(year, nth, None, ev);
            return;
        }
        if let Some(c) = SERIES_THIS.captures(t)
            && let Some(nth) = super::text::parse_number(&c[2]).filter(|n| (1..=200).contains(n))
        {
            let since = c.get(1).and_then(|y| y.as_str().parse().ok());
            self.add_series(year, nth, since, ev);
            return;
        }
        let Some(c) = SERIES.captures(t) else { return };
        let nth = match c.get(5) {
            Some(_) => Some(1),
            None => c.get(2).or(c.get(3)).or(c.get(4)).and_then(|m| super::text::parse_number(m.as_str())),
        };
        let Some(nth) = nth else { return };
        // `连续第四次出席座谈会`: a person's count of attendances, not the series'.
        let after = &t[c.get(0).unwrap().end()..];
        if ["出席", "参加", "参会", "与会", "赴会", "主持", "担任", "以"].iter().any(|w| after.starts_with(w))
        {
            return;
        }
        let since = c.get(1).and_then(|y| y.as_str().parse().ok());
        // A first year that does not agree with the count in a row is some other span's.
        let since = since.filter(|s: &i32| c.get(2).is_none() || s + nth as i32 - 1 == year);
        self.add_series(year, nth, since, ev);
    }

    pub(super) fn meeting_body(&mut self, scope: &Scope, s: &Sentence) {
        let Some(year) = scope.year else { return };
        let t = self.doc.sentence_text(s);
        // An earlier meeting's sentence (`去年在嘉兴召开的座谈会,主题是…`) is that meeting's alone.
        if RECALLED.is_match(t) || LAST_HELD.is_match(t) {
            return;
        }
        let ev = self.evidence(s);
        self.series_place(year, t, &ev);
        super::keep_said(&mut self.meeting(year).said, &ev);
        // `上海市委常委、常务副市长闻海澄代表长三角区域合作办公室通报一年来合作进展`: the office's
        // report of the year's results, made at the meeting itself.
        if let Some(c) = OFFICE_REPORT.captures(t)
            && let Some(name) = self.name_in(c.get(1).map_or("", |m| m.as_str()))
        {
            self.note(format!("meeting {year}: results reported by {name}"), &ev);
            self.meeting(year).press.reporter.add(name.clone(), ev.clone());
            // The reporter attends, in the office the sentence gives (`上海市委常委、常务副市长`).
            let known = self.meeting(year).attendees.iter().any(|a| a.value.name == name);
            if !known && let Some(a) = role_names(&c[1]).into_iter().find(|a| a.name == name) {
                let a = self.localized(year, a);
                self.note(format!("meeting {year}: attendee {} {} (reporter)", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        }

        // `主持:江苏省委书记严青松(主持会议并讲话);讲话:…;出席:…`: an explainer's roll by part.
        for clause in t.split([';', '。']) {
            let Some((part, names)) = clause.split_once(':') else { continue };
            let part = part.trim_start_matches(['—', '-', ' ']);
            // `时间:…;地点:…;主题:海港联动 智造共兴;…`: a summary box's theme field.
            if ["主题", "会议主题"].contains(&part) {
                let theme = names.trim().trim_matches(['“', '”', '"', '「', '」']);
                if (4..=40).contains(&theme.chars().count()) && !theme.contains(['。', ',', ':']) {
                    self.note(format!("meeting {year}: theme {theme} (field)"), &ev);
                    self.meeting(year).theme.add(theme.to_string(), ev.clone());
                }
                continue;
            }
            if !["主持", "讲话", "发言", "出席", "参加", "与会"].contains(&part) {
                continue;
            }
            // `严青松(主持会议并讲话)`: what the bracket says of the name is not part of it.
            let names: String = {
                let mut depth = 0;
                names
                    .chars()
                    .filter(|&c| {
                        depth += i32::from(c == '(') - i32::from(c == ')');
                        depth == 0 && c != ')'
                    })
                    .collect()
            };
            for a in role_names(&names) {
                let a = self.localized(year, a);
                if part == "主持" {
                    self.note(format!("meeting {year}: presided by {}", a.name), &ev);
                    self.meeting(year).presider.add(a.name.clone(), ev.clone());
                }
                if matches!(part, "主持" | "讲话" | "发言") {
                    self.note(format!("meeting {year}: speaker {}", a.name), &ev);
                    add_sourced(&mut self.meeting(year).speakers, a.clone(), ev.clone());
                }
                self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        }
        // `上海:市委书记郑立衡,市长邵景川;江苏:省委书记…`: a post's roll by province, each province
        // before its colon, read as `上海市委书记郑立衡,市长邵景川`.
        let parts: Vec<&str> = t.trim_end_matches('。').split(';').collect();
        let rolled: Vec<String> = parts
            .iter()
            .filter_map(|c| {
                let (p, rest) = c.split_once(':')?;
                let p = p.trim().trim_end_matches(['省', '市']);
                ["上海", "江苏", "浙江", "安徽"].contains(&p).then(|| format!("{p}{}", rest.trim()))
            })
            .collect();
        if rolled.len() >= 2 && rolled.len() == parts.len() {
            for a in rolled.iter().flat_map(|r| role_names(r)) {
                let a = self.localized(year, a);
                self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        }
        if let Some(c) = INVITED.captures(t) {
            // `另外,大陆国家发改委…`: a Taiwan paper's 大陆 is not part of the body's name.
            let bodies = c.get(1).unwrap().as_str().trim_start_matches("大陆");
            // `国家发展改革委及工业和信息化部`: 及 joins bodies; 和 may be inside one's name.
            let bodies = split_list(bodies)
                .into_iter()
                .flat_map(|b| b.replace("以及", "及").split('及').map(str::to_string).collect::<Vec<_>>());
            for body in bodies.filter(|b| !b.is_empty()) {
                self.note(format!("meeting {year}: invited {body}"), &ev);
                add_sourced(&mut self.meeting(year).invited, body, ev.clone());
            }
            // `上海市委书记…出席会议 … 国家发展改革委有关负责同志应邀出席`: snippets run into one
            // sentence; the provinces' leaders before the invited bodies attended all the same.
            let before = &t[..c.get(0).unwrap().start()];
            if let Some(m) = ATTEND_VERB.find_iter(before).last() {
                for a in role_names(&before[..m.start()]) {
                    let a = self.localized(year, a);
                    self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), &ev);
                    add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
                }
            }
        } else if let Some(i) = LIST_AFTER.find(t).map(|m| m.end()) {
            // `出席座谈会的有:上海市委书记李强,…`: the list follows the verb.
            for a in role_names(&t[i..]) {
                let a = self.localized(year, a);
                self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        } else if let Some(roll) = bare_roll(t) {
            // `✨ 谁来了?` then `浙江省委书记X,…省长Y;上海市委书记Z,…`: the roll of the leaders alone.
            for a in roll {
                let a = self.localized(year, a);
                self.note(format!("meeting {year}: attendee {} {} (roll)", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        } else {
            // `…出席会议`, `…出席并讲话`, `…等参加会议`, `…分别讲话`, `…主持会议`: each list before its verb.
            let mut from = 0;
            let invited = t.contains("应邀");
            for m in ATTEND_VERB.find_iter(t) {
                // `…出席座谈会并讲话`, `…主持会议并讲话,A、B、C讲话`: those who attend and speak are the
                // meeting's speakers too.
                let spoke = ["讲话", "发言"].iter().any(|v| m.as_str().contains(v)) && !t.contains("发布会");
                for a in role_names(&t[from..m.start()]) {
                    let a = self.localized(year, a);
                    if spoke {
                        self.note(format!("meeting {year}: speaker {}", a.name), &ev);
                        add_sourced(&mut self.meeting(year).speakers, a.clone(), ev.clone());
                    }
                    // `…国家发展改革委副主任罗文应邀出席`: the body named in an invited official's role.
                    if invited {
                        for body in super::people::bodies_of(&a.role) {
                            self.note(format!("meeting {year}: invited {body}"), &ev);
                            add_sourced(&mut self.meeting(year).invited, body, ev.clone());
                        }
                    }
                    self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), &ev);
                    add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
                }
                from = m.end();
            }
        }

        let presider =
            MEETING_PRESIDER.captures(t).or_else(|| PRESIDES_MEETING.captures(t)).or_else(|| HELD_PRESIDED.captures(t));
        if let Some(c) = presider
            && let Some(name) = self.name_in(c.get(1).unwrap().as_str())
        {
            self.note(format!("meeting {year}: presided by {name}"), &ev);
            self.meeting(year).presider.add(name.clone(), ev.clone());
            // Who presides attends: `会议由江苏省委书记信长星主持` names a role too.
            if let Some(a) = role_names(c.get(1).unwrap().as_str()).into_iter().find(|a| a.name == name) {
                self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), &ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        }

        // `2019年在芜湖召开的座谈会上,…以“…”为主题`, looking back: another year's theme.
        // (`论坛以“…”为主题`: the forum's, in a roundup of forums.)
        if let Some((at, theme)) = theme(t)
            && !names_other_year(&t[..at], year)
            && super::text::last_event(&t[..at]) != Some(super::text::Named::Forum)
        {
            self.note(format!("meeting {year}: theme {theme}"), &ev);
            self.meeting(year).theme.add(theme, ev.clone());
        }

        // `6月5日至6日,三省一市主要领导齐聚湖州`: the leaders gathered are the meeting; the place may
        // be said of the venue instead (`…再次聚首,这一次,东道主是安徽,会场设在安庆`).
        if let Some(c) = GATHERED.captures(t) {
            let at = c.get(0).unwrap().start();
            let place = self
                .parse_place(c.get(1).unwrap().as_str())
                .or_else(|| VENUE.captures(t).and_then(|v| self.parse_place(v.get(1).unwrap().as_str())));
            if let Some((place, _)) = place {
                self.note(format!("meeting {year}: place {}", place.full_name()), &ev);
                crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev.clone());
                if let Some(span) = self.date_before(scope, year, t, at) {
                    self.note(format!("meeting {year}: dates {}", span.chinese()), &ev);
                    self.meeting(year).dates.add(span, ev.clone());
                }
            }
        }
        self.bare_dates(scope, year, t, &ev);
        self.meeting_speakers(year, t, &ev);
        if let Some(c) = SPOKE_AT.captures(t)
            && let Some(a) = role_names(c.get(1).unwrap().as_str()).into_iter().next()
        {
            let a = self.localized(year, a);
            self.note(format!("meeting {year}: attendee {} {} (spoke)", a.role, a.name), &ev);
            add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
        }

        self.documents(year, t, &ev);

        if !t.contains("边会")
            && let Some(c) = FOCUS.captures(t)
        {
            {
                // The areas follow the last 聚焦/围绕 (commas may separate them, `…等领域联合攻关,…`).
                let areas = c.get(1).unwrap().as_str();
                let from =
                    ["聚焦", "围绕"].iter().filter_map(|w| areas.rfind(w).map(|i| i + w.len())).max().unwrap_or(0);
                let areas = &areas[from..];
                // A clause that is not an area (`以“…”为主题`, `审议了…`) ends the run before it.
                let areas = areas.rsplit(['。']).next().unwrap_or(areas);
                for area in split_list(areas) {
                    self.note(format!("meeting {year}: focus {area}"), &ev);
                    add_sourced(&mut self.meeting(year).focus_areas, area, ev.clone());
                }
            }
        }

        if SIDE_EVENT_VERBS.iter().any(|v| t.contains(v)) {
            for clause in t.split([',', '。', ';']) {
                let clause = clause.trim().trim_start_matches("同时").trim_start_matches("会议期间").trim();
                if clause.chars().count() >= 6 && SIDE_EVENT_VERBS.iter().any(|v| clause.contains(v)) {
                    self.note(format!("meeting {year}: side event {clause}"), &ev);
                    add_sourced(&mut self.meeting(year).side_events, clause.to_string(), ev.clone());
                }
            }
        }
    }

    /// `闵志远、秦昊然、邬承德分别发言;葛立新则就…进展做报告`: who spoke and who reported at the
    /// meeting itself, names the attendance list gave roles to.
    fn meeting_speakers(&mut self, year: i32, t: &str, ev: &Evidence) {
        if t.contains("发布会") || names_other_year(t, year) {
            return;
        }
        if let Some(c) = MEETING_SPEAKERS.captures(t) {
            let list = c.get(1).unwrap().as_str();
            let people: Vec<Attendee> = match bare_names(list) {
                Some(names) => names.into_iter().map(|n| self.attendee_of(year, n)).collect(),
                None => role_names(list),
            };
            for a in people {
                // A delegate named with a province's role here only (`安徽省省长方慕白分别介绍…`) attends.
                let listed =
                    self.facts.meetings.get(&year).is_some_and(|m| m.attendees.iter().any(|x| x.value.name == a.name));
                if !listed && !a.province.is_empty() {
                    self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), ev);
                    add_sourced(&mut self.meeting(year).attendees, a.clone(), ev.clone());
                }
                self.note(format!("meeting {year}: speaker {}", a.name), ev);
                add_sourced(&mut self.meeting(year).speakers, a, ev.clone());
            }
        }
        // `楼嘉禾作总结讲话`: the presider sums up, a speaker of the meeting.
        if let Some(c) = SUMS_UP.captures(t)
            && let Some(name) = self.name_in(c.get(1).unwrap().as_str())
            && let Some(a) = self.delegate(year, c.get(1).unwrap().as_str(), &name)
        {
            self.note(format!("meeting {year}: speaker {name}"), ev);
            add_sourced(&mut self.meeting(year).speakers, a, ev.clone());
        }
        if let Some(c) = MEETING_REPORTER.captures(t)
            && let Some(name) = self.name_in(c.get(1).unwrap().as_str())
            && let Some(a) = self.delegate(year, c.get(1).unwrap().as_str(), &name)
        {
            // `安徽省省长邵晴川通报了…情况`, named nowhere else: who reports attends.
            if self.facts.meetings.get(&year).is_none_or(|m| m.attendees.iter().all(|x| x.value.name != name)) {
                self.note(format!("meeting {year}: attendee {} {}", a.role, a.name), ev);
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
            self.note(format!("meeting {year}: reported by {name}"), ev);
            self.meeting(year).reporter.add(name, ev.clone());
        }
    }

    /// `name`, who `clause` says acted at the meeting, as one of its delegates: a name its
    /// attendance list holds, or one the clause gives a delta province's role (`安徽省省长邵晴川`).
    /// Anyone else (a minister reporting, a name read wrong) is not taken for one.
    fn delegate(&self, year: i32, clause: &str, name: &str) -> Option<Attendee> {
        let listed = self.facts.meetings.get(&year).and_then(|m| m.attendees.iter().find(|a| a.value.name == name));
        if let Some(a) = listed {
            return Some(a.value.clone());
        }
        role_names(clause).into_iter().find(|a| a.name == name && !a.province.is_empty())
    }

    /// `据了解,座谈会于6月12日至13日举行`: the dates of the meeting the article reports.
    fn bare_dates(&mut self, scope: &Scope, year: i32, t: &str, ev: &Evidence) {
        let Some(c) = BARE_DATES.captures(t) else { return };
        let m = c.get(1).unwrap();
        // `2040年,座谈会于…`: looking back at another year.
        if names_other_year(&t[..m.start()], year) {
            return;
        }
        let Some(span) = self.date_before(scope, year, t, m.end()) else { return };
        self.note(format!("meeting {year}: dates {}", span.chinese()), ev);
        self.meeting(year).dates.add(span, ev.clone());
    }

    /// Documents in 《》 and what the meeting did to each; cited ones are kept apart.
    pub(super) fn documents(&mut self, year: i32, t: &str, ev: &Evidence) {
        // `5月13日,中共中央政治局召开会议,审议《…》`: another body's act, reported in passing.
        let opening = t.trim_start_matches(|c: char| c.is_ascii_digit() || "月日年,上午下午 ".contains(c));
        let other_body =
            ["中共中央", "中央政治局", "国务院", "党中央", "全国人大"].iter().any(|b| opening.starts_with(b));
        let mut clause_start = 0;
        let mut run_verb: Option<(DocAction, &str)> = None;
        let mut run_cited = false;
        let mut last_end = 0;
        for c in TITLES.captures_iter(t) {
            let m = c.get(0).unwrap();
            // `新华社推出特别报道《…》`, `接受《浙江日报》专访`: a news report or a paper, not a document.
            if is_media(&t[..m.start()], c.get(1).or(c.get(2)).unwrap().as_str(), &t[m.end()..]) {
                last_end = m.end();
                continue;
            }
            let between = &t[last_end..m.start()];
            // A new run of titles unless only a separator stands between this title and the last.
            // `;` between bare titles: the items of a list set out one a line.
            // (`;(二)《B》`: a numbered list's items, the number no word between them.)
            if last_end == 0 || !matches!(unnumbered(between.trim()), "" | "、" | "和" | "及" | "以及" | "与" | ";")
            {
                let boundary = t[..m.start()].rfind([',', ';', '。', ':']).map_or(0, |i| i + 1);
                clause_start = boundary.max(last_end);
                let prefix = lead_clause(t, clause_start, m.start());
                // `原则同意《A》2019年工作要点和《B》`: still the same clause, so still the same verb.
                let same_clause = last_end > 0 && boundary < last_end && verb_before(prefix).is_none();
                if same_clause {
                    last_end = m.end();
                    let title = c.get(1).or(c.get(2)).unwrap().as_str().trim().to_string();
                    self.act_on(year, title, run_verb, run_cited || other_body, ev);
                    continue;
                }
                run_verb = verb_before(prefix);
                // `审议并原则通过了两份文件,一份是例行的《A》,另一份是《B》`: the items of a count the
                // clause before acted on.
                let item = ["一份是", "另一份是", "一个是", "另一个是", "一是", "二是", "其一是", "分别是", "包括"]
                    .iter()
                    .any(|w| prefix.trim_start().starts_with(w))
                    // `审议并原则同意了两份重要文件:✅《A》✅《B》`: the titles after the colon, each
                    // behind a bullet at most.
                    || t[..clause_start].ends_with(':') && unnumbered(prefix).chars().all(|ch| !ch.is_alphanumeric());
                if run_verb.is_none() && item {
                    run_verb = verb_before(&t[..clause_start]);
                    if run_verb.is_some() {
                        last_end = m.end();
                        let title = c.get(1).or(c.get(2)).unwrap().as_str().trim().to_string();
                        run_cited = other_body;
                        self.act_on(year, title, run_verb, run_cited, ev);
                        continue;
                    }
                }
                let cite_at = CITING.iter().filter_map(|w| prefix.rfind(w)).max();
                let verb_at = run_verb.and_then(|(_, v)| prefix.rfind(v));
                run_cited = match (cite_at, verb_at) {
                    (Some(c), Some(v)) => c > v,
                    (Some(_), None) => true,
                    _ => false,
                } || relative_clause(prefix)
                    || looks_back(&t[t[..m.start()].rfind([';', '。']).map_or(0, |i| i + 1)..m.start()], year);
            }
            last_end = m.end();
            let title = c.get(1).or(c.get(2)).unwrap().as_str().trim().to_string();
            // `审议了《…》实施情况评估报告`: the act was on a report about the document.
            let about_it = ["实施情况", "评估", "编制思路", "执行情况", "中期评估", "落实情况"]
                .iter()
                .any(|w| t[m.end()..].starts_with(w));
            // `《…三年行动计划(2018—2020年)》2019年工作要点`: the document is the plan's yearly part.
            let part: String =
                t[m.end()..].chars().take_while(|&c| !matches!(c, ',' | '。' | ';' | '、' | '和' | '《')).collect();
            // `落实《纲要》的重点任务` is the document's content, not a part of it.
            let title = if part.chars().count() <= 12
                && !part.starts_with('的')
                && ["工作要点", "实施方案", "工作计划", "重点任务"].iter().any(|w| part.ends_with(w))
            {
                format!("{title}{part}")
            } else {
                title
            };
            self.act_on(year, title, run_verb, run_cited || about_it || other_body, ev);
        }
        let _ = clause_start;
        if let Some((n, at)) = signed_total(t)
            && !looks_back(&t[..at], year)
        {
            self.note(format!("meeting {year}: {n} agreements signed in all"), ev);
            self.meeting(year).signed_total.add(n, ev.clone());
            if let Some(v) = signed_investment(t) {
                self.note(format!("meeting {year}: signed projects worth {v}"), ev);
                self.meeting(year).invested.add(v, ev.clone());
            }
        }
        // Reviewed without 《》: `审议了2028年度工作计划`.
        for c in PLAIN_REVIEWED.captures_iter(t) {
            let verb = c[1].to_string();
            let Some(&(_, action)) = DOC_VERBS.iter().find(|(v, _)| *v == verb.as_str()) else { continue };
            let title = c[2].trim().to_string();
            self.note(format!("meeting {year}: {} {title}", action.as_str()), ev);
            let doc = MeetingDoc { title, action, verb: verb.trim_end_matches('了').to_string() };
            add_sourced(&mut self.meeting(year).documents, doc, ev.clone());
        }
        // Released without 《》: `发布了2026年度长三角一体化发展实事项目清单等成果`.
        for c in PLAIN_RELEASE.captures_iter(t) {
            // (`去年闵行座谈会上发布的…清单`: 发布 qualifies a list released before; it releases nothing.)
            if c[1].starts_with('的') || looks_back(&t[..c.get(0).map_or(0, |m| m.start())], year) {
                continue;
            }
            let title = unquantified(c[1].trim()).to_string();
            self.note(format!("meeting {year}: released {title}"), ev);
            let doc = MeetingDoc { title, action: DocAction::Released, verb: "发布".into() };
            add_sourced(&mut self.meeting(year).documents, doc, ev.clone());
        }
    }

    /// An article about something else (a city's study session) that names the year's meeting as
    /// the subject of its own clause: `6月6日至7日召开的2025年度…座谈会,深入学习…,围绕“X”主题`, its
    /// theme and the documents it adopted. The meeting as an object (`传达学习…座谈会精神,围绕“Y”主题
    /// 进行交流`) is the session's, not the meeting's, and so is anything before the meeting is named.
    pub(super) fn meeting_theme_in_passing(&mut self, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        let Some(c) = super::YEAR_MEETING.captures(t) else { return };
        let m = c.get(0).unwrap();
        let Ok(year) = c[1].parse::<i32>() else { return };
        let after = &t[m.end()..];
        let subject = after.starts_with(',') || after.starts_with("以") || after.starts_with("围绕");
        if !subject || super::decided_before(t, m.start()) {
            return;
        }
        // Another gathering named after the meeting owns what follows it.
        let owned = until_first(after, &["学习会", "研讨会", "论坛", "发布会", "会议", "座谈会"]);
        let ev = self.evidence(s);
        // `…座谈会,以“X”为主题,审议通过了《Y》`: what it adopted, in the same breath.
        self.theme_and_acts(year, owned, &ev, "named in passing", &["审议", "通过", "原则同意"]);
    }

    /// The theme `owned` (a part of a sentence that is `year`'s meeting's alone) states, and the
    /// documents it acted on when one of `acts` is there; `how` the meeting was named, for the notes.
    fn theme_and_acts(&mut self, year: i32, owned: &str, ev: &Evidence, how: &str, acts: &[&str]) {
        if let Some((_, theme)) = theme(owned) {
            self.note(format!("meeting {year}: theme {theme} ({how})"), ev);
            self.meeting(year).theme.add(theme, ev.clone());
        }
        if acts.iter().any(|v| owned.contains(v)) {
            self.documents(year, owned, ev);
        }
        // `…座谈会,以“X”为主题,由浙江省委书记柯砚秋主持`: its presider, named with a province's role.
        for clause in owned.split([',', ';', '。']) {
            let Some(who) = clause.strip_prefix('由').and_then(|c| c.strip_suffix("主持")) else { continue };
            for a in role_names(who).into_iter().filter(|a| !a.province.is_empty()) {
                self.note(format!("meeting {year}: presided by {} ({how})", a.name), ev);
                self.meeting(year).presider.add(a.name.clone(), ev.clone());
                add_sourced(&mut self.meeting(year).attendees, a, ev.clone());
            }
        }
    }

    /// `历年座谈会都在哪儿开:——2371年,座谈会在合肥举行,主题为“…”;——2372年,…`: a roundup's items,
    /// each its year's meeting, with the theme and acts the item gives. Whether the sentence was one.
    pub(super) fn roundup_items(&mut self, s: &Sentence) -> bool {
        static ITEM: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^[—\-–·•\s]*([0-9]{4})年度?[,:](?:座谈会|会议)(?:在|于)([^,。;]{2,10}?)(?:举行|召开|举办)")
                .unwrap()
        });
        let t = self.doc.sentence_text(s);
        let dashed = t.contains("——");
        let items: Vec<&str> = t.split(if dashed { "——" } else { ";" }).filter(|i| ITEM.is_match(i)).collect();
        if items.len() < 2 {
            return false;
        }
        let ev = self.evidence(s);
        for item in items {
            let c = ITEM.captures(item).unwrap();
            let Some(year) = c[1].parse::<i32>().ok().filter(|y| crate::engine::TEXT_YEARS.contains(y)) else {
                continue;
            };
            let Some((place, _)) = self.parse_place(&c[2]) else { continue };
            self.note(format!("meeting {year}: place {} (roundup)", place.full_name()), &ev);
            crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev.clone());
            let rest = &item[c.get(0).unwrap().end()..];
            self.theme_and_acts(year, rest, &ev, "roundup", &["审议", "通过", "原则同意", "签署", "签订"]);
            // `第35届高层论坛同期在苏州举办`: the forum beside it, by its edition.
            static FORUM_EDITION: LazyLock<Regex> =
                LazyLock::new(|| Regex::new(r"第([0-9]{1,3})届(?:长三角一体化发展)?高层论坛").unwrap());
            if let Some(n) = FORUM_EDITION.captures(rest).and_then(|e| e[1].parse::<u32>().ok()) {
                self.note(format!("forum {year}: edition {n} (roundup)"), &ev);
                self.forum(year).edition.add(n, ev.clone());
            }
        }
        true
    }

    /// `总结交流了2020年湖州会议以来…`: a look back names an earlier meeting by its year and city.
    /// It is a sourced fact of that year's meeting (its place), quoted from the sentence that says it.
    pub(super) fn meeting_named_back(&mut self, s: &Sentence) {
        static BACK: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r#"(?:([0-9]{4})年度?|(去年|前年))[“"]?([\p{Han}]{2,3}?)(?:会议|座谈会)[”"]?(?:以来|上|精神|期间|成果)"#)
                .unwrap()
        });
        let t = self.doc.sentence_text(s);
        if !["三省一市", "长三角", "座谈会", "一体化"].iter().any(|w| t.contains(w)) {
            return;
        }
        for c in BACK.captures_iter(t) {
            // `去年“上海会议”以来`: the year before the one the article reports.
            let back = |n: i32| self.main_year.or(self.doc_year).map(|y| y - n);
            let year = match (c.get(1), c.get(2).map(|m| m.as_str())) {
                (Some(y), _) => y.as_str().parse::<i32>().ok(),
                (None, Some("去年")) => back(1),
                (None, Some(_)) => back(2),
                (None, None) => None,
            };
            let Some(year) = year else { continue };
            let name = &c[3];
            let Some((place, used)) = self.parse_place(name) else { continue };
            if used != name.len() || place.city.is_none() || Some(year) == self.main_year {
                continue;
            }
            let ev = self.evidence(s);
            self.note(format!("meeting {year}: place {} (named looking back)", place.full_name()), &ev);
            crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev);
        }
        self.meeting_recalled(s);
    }

    /// `去年在湖州召开的座谈会,主题是“…”,审议通过了《…》`, `2075年在上海举行的座谈会,签署了《…》`: an
    /// earlier meeting recalled as the subject of its sentence, with what it did. Its place, theme and
    /// documents are that year's, never the reported meeting's.
    fn meeting_recalled(&mut self, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        let Some(reported) = self.main_year.or(self.doc_year) else { return };
        // `去年(2340年)的座谈会`: the year in brackets says which.
        let bracketed = |c: &regex::Captures| c.name("y").and_then(|y| y.as_str().parse::<i32>().ok());
        if let Some(c) = LAST_HELD.captures(t) {
            let year = bracketed(&c).filter(|&y| y < reported).unwrap_or(reported - 1);
            return self.last_meeting_held(t, &c, year, s);
        }
        let Some(c) = RECALLED.captures(t) else { return };
        let year = match (bracketed(&c), &c[1], c.get(2)) {
            (Some(y), _, _) => y,
            (_, "前年", _) => reported - 2,
            (_, _, Some(y)) => y.as_str().parse().unwrap_or(reported),
            _ => reported - 1,
        };
        if year >= reported {
            return;
        }
        let Some((place, _)) = self.parse_place(&c[4]) else { return };
        let ev = self.evidence(s);
        // What follows, up to another meeting named (`,今年扬州…`).
        let rest = until_first(&t[c.get(0).unwrap().end()..], &["今年", "本届", "这次", "此次"]);
        self.note(format!("meeting {year}: place {} (recalled)", place.full_name()), &ev);
        crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev.clone());
        self.theme_and_acts(year, rest, &ev, "recalled", &["审议", "通过", "原则同意", "签署", "签订"]);
    }

    /// The meeting before the reported one, told as held (`上一年度座谈会在嘉定召开,以…为主题,审议…`):
    /// its place, its dates written before it in the sentence, its theme and its acts.
    fn last_meeting_held(&mut self, t: &str, c: &regex::Captures, year: i32, s: &Sentence) {
        let Some((place, _)) = self.parse_place(&c[2]) else { return };
        let whole = c.get(0).unwrap();
        let ev = self.evidence(s);
        self.note(format!("meeting {year}: place {} (the year before)", place.full_name()), &ev);
        crate::engine::kb::add_place(&mut self.meeting(year).place, place, ev.clone());
        // `5月19日至20日,上一年度座谈会…`: a date in the clause just before, with no verb of its own.
        if let Some(d) = dates(&t[..whole.start()]).into_iter().next_back()
            && !HELD_VERBS.is_match(&t[d.end..whole.start()])
            && let Some(span) = d.resolve(year, d.month)
        {
            self.note(format!("meeting {year}: dates {} (the year before)", span.chinese()), &ev);
            self.meeting(year).dates.add(span, ev.clone());
        }
        let rest = until_first(&t[whole.end()..], &["今年", "本届", "这次", "此次", "本年度"]);
        self.theme_and_acts(year, rest, &ev, "the year before", &["审议", "通过", "原则同意", "签署", "签订"]);
        // `…同时确定本年度会议由浙江承办`: that meeting decided the reported one's host.
        static DECIDED_THIS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:确定|决定|商定)[,:]?(?:本年度|今年|本届)的?(?:会议|座谈会)?(?:由|在)([^,。;]+?)(?:承办|召开|举行|举办)")
                .unwrap()
        });
        if let Some(c) = DECIDED_THIS.captures(&t[whole.end()..])
            && let Some((place, _)) = self.parse_place(&c[1])
        {
            self.decided(year, year + 1, place, ev);
        }
    }

    /// Records what the meeting did to one title: cited, or acted on with the run's verb.
    fn act_on(&mut self, year: i32, title: String, verb: Option<(DocAction, &str)>, cited: bool, ev: &Evidence) {
        match verb {
            Some((action, verb)) if !cited => {
                self.note(format!("meeting {year}: {} 《{title}》", action.as_str()), ev);
                let doc = MeetingDoc { title, action, verb: verb.trim_end_matches('了').to_string() };
                add_sourced(&mut self.meeting(year).documents, doc, ev.clone());
            }
            _ => {
                self.note(format!("meeting {year}: cited 《{title}》"), ev);
                add_sourced(&mut self.meeting(year).cited, title, ev.clone());
            }
        }
    }

    /// `6月6日上午,长三角一体化发展成果发布会在合肥举行`, `21日上午,…举行了成果发布会`.
    pub(super) fn press_date(&mut self, scope: &Scope, s: &Sentence) {
        let Some(year) = scope.year else { return };
        let t = self.doc.sentence_text(s);
        let at = t.find("发布会").unwrap_or(t.len());
        let ev = self.evidence(s);
        if let Some(c) = PRESS_PLACE.captures(t)
            && let Some((place, _)) = self.parse_place(c.get(1).unwrap().as_str())
        {
            self.note(format!("meeting {year}: press conference in {}", place.full_name()), &ev);
            crate::engine::kb::add_place(&mut self.meeting(year).press.place, place, ev.clone());
        }
        let Some(span) = self.date_before(scope, year, t, at).or_else(|| relative_day(t, at, self.pub_date)) else {
            return;
        };
        self.note(format!("meeting {year}: press conference on {}", span.start.month_day()), &ev);
        self.meeting(year).press.date.add(span.start, ev);
    }

    /// Headlines such as `李强主持成果发布会`, `韩俊通报主要成果`.
    pub(super) fn press_headline(&mut self, scope: &Scope, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        if !(t.contains("发布会") || t.contains("成果")) {
            return;
        }
        if let Some(year) = scope.year {
            self.press_roles(year, s);
        }
    }

    /// Sentences of the press conference part of an article.
    pub(super) fn press_body(&mut self, scope: &Scope, s: &Sentence) {
        let Some(year) = scope.year else { return };
        self.press_roles(year, s);
        let t = self.doc.sentence_text(s);
        // What the results conference said is said of the meeting (`要在…上下更大功夫`).
        let ev = self.evidence(s);
        super::keep_said(&mut self.meeting(year).said, &ev);
        if let Some(c) = SPEAKERS.captures(t) {
            let list = c.get(1).unwrap().as_str();
            let list = list.rsplit(['。', ':']).next().unwrap_or(list);
            // `王清宪主持发布会,梁言顺…通报…,陈吉宁、信长星、王浩分别致辞`: the names after the last clause.
            let last_clause = list.rsplit(',').next().unwrap_or(list);
            let speakers: Vec<Attendee> = match bare_names(list).or_else(|| bare_names(last_clause)) {
                Some(names) => names.into_iter().map(|n| self.attendee_of(year, n)).collect(),
                None => role_names(list),
            };
            let ev = self.evidence(s);
            for a in speakers {
                self.note(format!("meeting {year}: press speaker {}", a.name), &ev);
                add_sourced(&mut self.meeting(year).press.speakers, a, ev.clone());
            }
        }
    }

    /// Presider and reporter, from body or headline.
    fn press_roles(&mut self, year: i32, s: &Sentence) {
        let t = self.doc.sentence_text(s);
        let ev = self.evidence(s);
        let mut presider = None;
        for clause in t.split([',', '。', ';']) {
            if let Some(c) = PRESIDER.captures(clause)
                && let Some(name) = self.name_in(c.get(1).unwrap().as_str())
            {
                presider = Some(name.clone());
                self.note(format!("meeting {year}: press presided by {name}"), &ev);
                self.meeting(year).press.presider.add(name, ev.clone());
            }
            if let Some(c) = REPORTER.captures(clause) {
                let before = c.get(1).or(c.get(2)).unwrap().as_str();
                // `李锦斌主持发布会并通报…`: the presider reports.
                let before = if before.contains("主持") { "" } else { before };
                let before = before.trim().trim_start_matches('并').trim_start_matches("同时");
                // `易炼红主持会议,代表与会各方通报…`: the subject carries over from the last clause.
                let name = if before.trim().is_empty() { presider.clone() } else { self.name_in(before) };
                if let Some(name) = name {
                    self.note(format!("meeting {year}: results reported by {name}"), &ev);
                    self.meeting(year).press.reporter.add(name, ev.clone());
                }
            }
        }
    }

    /// The person a clause ends on, splitting headline runs against known names.
    fn name_in(&self, clause: &str) -> Option<String> {
        // `何文博在成果发布会上主持`: the name stands before where it happened.
        let clause = match clause.find('在') {
            Some(i) if i > 0 && clause[i..].contains("发布会") => &clause[..i],
            _ => clause,
        };
        // `龚启帆也是首次以东道主身份主持会议`: the capacity and the adverbs before it are not the name.
        let clause = match clause.rfind('以') {
            Some(i) if clause.ends_with("身份") || clause.ends_with("名义") => {
                clause[..i].trim_end_matches(['也', '是', '首', '次', '再', '还', '又', '今', '年'])
            }
            _ => clause,
        };
        let tail = clause.rsplit([' ', ',']).next().unwrap_or(clause);
        if let Some(names) = run_together(tail, &self.known) {
            return names.last().cloned();
        }
        name_before(tail, &self.known)
    }

    /// A bare name with the role the year's meeting or forum gives it elsewhere.
    pub(super) fn role_in_year(&self, year: i32, name: String) -> Attendee {
        let forum = self.facts.forums.get(&year).into_iter().flat_map(|f| f.attendees.iter().chain(&f.speakers));
        match forum.map(|a| &a.value).find(|a| a.name == name) {
            Some(a) => a.clone(),
            None => self.attendee_of(year, name),
        }
    }

    /// A bare name resolved to the role its meeting's attendance list gives it.
    fn attendee_of(&self, year: i32, name: String) -> Attendee {
        self.facts
            .meetings
            .get(&year)
            .and_then(|m| m.attendees.iter().find(|a| a.value.name == name))
            .map(|a| a.value.clone())
            .unwrap_or(Attendee { name, role: String::new(), province: String::new() })
    }
}

/// `text` up to the first of `stops` in it, or all of it.
/// Whether a title in 《》 names a news report or a paper rather than a document: a report's word
/// right before it (`特别报道《…》`, `署名文章《…》`), a paper's name (`《浙江日报》`), or an
/// interview after it (`《浙江日报》专访`).
fn is_media(before: &str, title: &str, after: &str) -> bool {
    let before = before.trim_end_matches(['—', '-', ':', ' ']);
    ["报道", "专访", "社论", "评论员文章", "署名文章", "文章", "专栏", "栏目", "节目", "纪录片", "专题片"]
        .iter()
        .any(|w| before.ends_with(w))
        || ["日报", "晚报", "时报", "商报", "青年报", "杂志", "周刊", "新闻联播"].iter().any(|w| title.ends_with(w))
        || ["专访", "报道", "刊发", "发表文章", "记者"].iter().any(|w| after.starts_with(w))
}

/// Whether the clause before a meeting's place looks back at an earlier meeting (`20年前,`,
/// `去年`, `首次`): `Some(Some(year))` when an `N年前` can be counted from the page's date,
/// `Some(None)` when it looks back to a year it does not give, `None` when it does not look back.
fn looked_back(clause: &str, pub_date: Option<Date>) -> Option<Option<i32>> {
    static YEARS_AGO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(多)?年(?:前|之前)").unwrap());
    if let Some(c) = YEARS_AGO.captures(clause) {
        let n = super::text::parse_number(&c[1].replace('两', "二"));
        let exact = c.get(2).is_none();
        return Some(n.zip(pub_date).filter(|_| exact).map(|(n, d)| d.year - n as i32));
    }
    ["去年", "前年", "首次", "第一次", "当年", "此前", "彼时"].iter().any(|w| clause.contains(w)).then_some(None)
}

fn until_first<'a>(text: &'a str, stops: &[&str]) -> &'a str {
    &text[..stops.iter().filter_map(|w| text.find(w)).min().unwrap_or(text.len())]
}

/// Whether the last time `seg` names is an earlier year's (`2042年在江苏泰州,三省一市审议了…`,
/// `去年6月在上海,会议审议…`): a feature looking back, not this meeting's act.
/// `s` without the numbers of a numbered list (`(一)`, `(2)`, `3.`, `①`, `二、`) and the
/// separators around them: `;(二)` is `;`.
fn unnumbered(s: &str) -> &str {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        let item = crate::engine::normalize::ITEM_NUMBER;
        Regex::new(&format!("^(;?)(?:{item}|[一二三四五六七八九十]{{1,2}}、)$")).unwrap()
    });
    match NUMBER.captures(s) {
        Some(c) => c.get(1).map_or("", |m| m.as_str()),
        None => s,
    }
}

fn looks_back(seg: &str, year: i32) -> bool {
    static WHEN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([0-9]{4})年|去年|前年|上一年|上届|上一届|今年|本届|本次|此次|这次").unwrap());
    let outside_titles: String = seg.split('《').map(|p| p.rsplit('》').next().unwrap_or(p)).collect();
    // `总结交流了2049年上海会议以来…的工作成效,审议…`: a span since another year is this meeting's
    // review of the time between, not an act of that year's.
    let since = |end: usize| {
        let rest = &outside_titles[end..];
        rest.find("以来").is_some_and(|i| !rest[..i].contains([',', ';', '。']) && rest[..i].chars().count() <= 12)
    };
    // `总结上一年度…发展成效,审议…`: the year's work reviewed, not an act of an earlier meeting.
    let reviewed = |start: usize| {
        let before = outside_titles[..start].trim_end_matches('了');
        ["总结", "回顾", "梳理", "盘点"].iter().any(|w| before.ends_with(w))
    };
    let when = WHEN.captures_iter(&outside_titles).filter(|c| {
        let m = c.get(0).unwrap();
        !since(m.end()) && !reviewed(m.start())
    });
    when.last().is_some_and(|c| match c.get(1) {
        Some(y) => y.as_str().parse::<i32>().is_ok_and(|y| y < year && y >= 1990),
        None => ["去年", "前年", "上一年", "上届", "上一届"].contains(&&c[0]),
    })
}

/// Whether `head` names a year (`2019年`) other than `year` as its own, not inside a title.
/// `2393年度的扬州会议以…为纽带,…论坛签约项目41个`: a sentence about another year's meeting, in a
/// piece that compares meetings; what it counts is that year's.
pub(super) fn names_other_meeting(t: &str, year: i32) -> bool {
    static OTHER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([0-9]{4})年度?的?[^,。;0-9]{0,6}?(?:会议|座谈会|论坛)").unwrap());
    OTHER.captures_iter(t).any(|c| c[1].parse::<i32>().is_ok_and(|y| y != year))
}

pub(super) fn names_other_year(head: &str, year: i32) -> bool {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"([0-9]{4})年").unwrap());
    let outside_titles: String = head.split('《').map(|p| p.rsplit('》').next().unwrap_or(p)).collect();
    YEAR.captures_iter(&outside_titles)
        .any(|c| c[1].parse::<i32>().is_ok_and(|y| y != year && crate::engine::TEXT_YEARS.contains(&y)))
}

/// `为期两天`, `为期3天`: the length of the run the text states.
/// `一连两日`, `连续两天`: the same, in Hong Kong and Taiwan papers' words.
fn run_days(t: &str) -> Option<u32> {
    let at = ["为期", "一连", "连续"].iter().find_map(|w| t.find(w).map(|i| i + w.len()))?;
    let num: String = t[at..].chars().take_while(|c| c.is_ascii_digit() || "一二两三四五".contains(*c)).collect();
    let unit = &t[at + num.len()..];
    (unit.starts_with('天') || unit.starts_with('日')).then_some(())?;
    super::text::parse_number(&num.replace('两', "二")).filter(|&n| (2..=5).contains(&n))
}

/// `落实中央政治局会议审议通过的《…》`: a verb made an attribute by 的, whose subject is a body
/// of the central government, describes a document adopted elsewhere.
fn relative_clause(prefix: &str) -> bool {
    let Some(head) = prefix.trim_end().strip_suffix('的') else { return false };
    let Some(verb) = DOC_VERBS.iter().map(|(v, _)| *v).filter(|v| head.ends_with(v)).max_by_key(|v| v.len()) else {
        return false;
    };
    let subject = &head[..head.len() - verb.len()];
    // `在去年通过的《…》基础上`: adopted before, by an earlier meeting.
    // `2038年度座谈会审议通过的《…》`, read in another year's report: that year's.
    if super::YEAR_MEETING.is_match(subject) || subject.contains("年度座谈会") {
        return true;
    }
    ["中央", "国务院", "政治局", "全国人大", "常委会", "国家发展改革委", "去年", "此前", "上一年", "往年", "前期"]
        .iter()
        .any(|w| subject.contains(w))
}

/// The verb nearest before a run of titles.
fn verb_before(prefix: &str) -> Option<(DocAction, &'static str)> {
    let mut best: Option<(usize, usize, DocAction, &'static str)> = None; // (end, len)
    for (verb, action) in DOC_VERBS {
        if let Some(i) = prefix.rfind(verb) {
            let end = i + verb.len();
            if best.is_none_or(|(e, l, _, _)| end > e || (end == e && verb.len() > l)) {
                best = Some((end, verb.len(), *action, verb));
            }
        }
    }
    best.map(|(_, _, a, v)| (a, v))
}

/// The words that act on a title: the clause before it, or, when a colon introduces the titles
/// (`会议审议并原则通过了:《A》`), the clause that leads up to the colon.
fn lead_clause(t: &str, start: usize, title_at: usize) -> &str {
    let prefix = &t[start..title_at];
    let Some(before) = t[..start].strip_suffix(':').filter(|_| prefix.trim().is_empty()) else { return prefix };
    &before[before.rfind([',', ';', '。']).map_or(0, |i| i + 1)..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_after_a_colon_take_the_verb_of_the_lead() {
        let t = "会上,会议审议并原则通过了:《甲》";
        let at = t.find('《').unwrap();
        assert_eq!(lead_clause(t, at, at), "会议审议并原则通过了");
        let t = "会议通过《甲》";
        assert_eq!(lead_clause(t, 6, 12), "通过");
    }

    #[test]
    fn verbs() {
        assert_eq!(verb_before("会议审议并原则通过").unwrap().0, DocAction::Adopted);
        assert_eq!(verb_before("审议了").unwrap().0, DocAction::Reviewed);
        assert_eq!(verb_before("会议审议并原则同意").unwrap().0, DocAction::Approved);
        assert!(verb_before("按照").is_none());
    }

    #[test]
    fn looking_back() {
        assert!(looks_back("2042年在江苏泰州,三省一市审议了", 2044));
        assert!(looks_back("去年6月在上海,会议审议并原则通过了", 2044));
        assert!(!looks_back("与去年相比,今年会议审议通过了", 2044));
        assert!(!looks_back("会议审议并原则通过《长三角区域一体化发展2044年度工作计划》", 2044));
        assert!(!looks_back("会议审议通过了面向2050年的", 2044));
    }

    #[test]
    fn a_bare_roll_of_the_leaders_and_the_worth_of_a_signing() {
        let roll = bare_roll(
            "浙江省委书记甲一,浙江省委副书记、省长乙二;上海市委书记丙三,上海市委副书记、市长丁四;江苏省委书记戊五。",
        )
        .expect("a roll");
        assert_eq!(roll.len(), 5);
        // Two provinces, a verb, or a sentence with more than the roll: no roll.
        assert!(bare_roll("浙江省委书记甲一,浙江省长乙二;上海市委书记丙三,上海市长丁四。").is_none());
        assert!(
            bare_roll("浙江省委书记甲一、上海市委书记丙三、江苏省委书记戊五、安徽省委书记己六考察了园区。").is_none()
        );
        assert_eq!(signed_investment("论坛现场签约项目36个,总投资1280亿元").as_deref(), Some("1280亿元"));
        assert_eq!(signed_investment("集中签约8个项目,总投资约256.4亿元").as_deref(), Some("约256.4亿元"));
        assert_eq!(signed_investment("签约项目36个"), None);
    }

    #[test]
    fn dates_and_invitations_in_other_papers_words() {
        let c = BARE_DATES.captures("据了解,座谈会于6月12日至13日举行").unwrap();
        assert_eq!(&c[1], "6月12日至13日");
        assert!(BARE_DATES.captures("2040年,座谈会在黄山召开").is_none());
        let c = INVITED.captures("中央财办、国家发展改革委有关负责人应邀与会").unwrap();
        assert_eq!(&c[1], "中央财办、国家发展改革委");
        assert!(INVITED.is_match("大陆国家发改委、国家数据局也派员与会"));
        assert_eq!(run_days("一连两日的2047年度…座谈会"), Some(2));
        assert_eq!(run_days("为期3天"), Some(3));
    }

    #[test]
    fn the_total_of_agreements_signed() {
        let c =
            SIGNED_TOTAL.captures("三省一市有关部门共签署了《长三角港口群一体化运营合作协议》等15项合作协议").unwrap();
        assert_eq!(&c[1], "15");
        let c = SIGNED_TOTAL.captures("也签署「长三角陆海联运通道共建合作协议」等9项协议").unwrap();
        assert_eq!(&c[1], "9");
        assert!(SIGNED_TOTAL.captures("签署了《长三角港航一体化发展合作协议》,发布了清单等3项成果").is_none());
        assert_eq!(signed_total("会议期间集中签约了19项重大合作事项,涉及产业合作"), Some((19, "会议期间集中".len())));
        assert_eq!(signed_total("此次签约仪式共计签约重大合作事项19项").map(|(n, _)| n), Some(19));
        assert_eq!(signed_total("三省一市共集中签约9个重大合作事项").map(|(n, _)| n), Some(9));
        assert_eq!(signed_total("会上集中签约28个项目。").map(|(n, _)| n), Some(28));
        // Who took part in how many is no total.
        assert_eq!(signed_total("安徽参与签约的项目达14项"), None);
        assert_eq!(signed_total("论坛上,8个重点合作项目集中签约,总投资约256.4亿元").map(|(n, _)| n), Some(8));
    }

    #[test]
    fn titles_in_corner_brackets_only_when_they_name_a_document() {
        let titles: Vec<String> = TITLES
            .captures_iter("签署「长三角陆海联运通道共建合作协议」等9项协议,打出「民生牌」")
            .map(|c| c.get(1).or(c.get(2)).unwrap().as_str().to_string())
            .collect();
        assert_eq!(titles, vec!["长三角陆海联运通道共建合作协议"]);
    }
}
