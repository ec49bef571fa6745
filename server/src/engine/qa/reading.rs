//! Reading a normalised question: the years it names (outside titles), relative references
//! (最近一次, 下一届, 明年, 2024年之后的一届), the edition (第八届), the entities (people, places,
//! bodies, with one-edit typos), the documents, themes and lists it quotes in full or in part,
//! which event it is about (座谈会, 论坛, 成果发布会, 清单) and which question words it uses.

use super::lexicon::{EntityKind, Hit, Lexicon};
use super::text::{CueWords, Pairs, Scan, is_cjk, is_punct, longest_common_substring, replaced};
use crate::engine::gazetteer;
use crate::engine::kb::KnowledgeBase;

/// Whether a [`Scan`] holds any of the cue words. Each call site's words are paired with their
/// bits once, on first use.
macro_rules! has {
    ($scan:expr, [$($word:expr),+ $(,)?] $(,)?) => {{
        static WORDS: std::sync::LazyLock<CueWords> = std::sync::LazyLock::new(|| CueWords::new(&[$($word),+]));
        $scan.holds_any(&WORDS)
    }};
}
pub(crate) use has;

/// What the question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Meeting,
    Forum,
    Press,
    List,
}

/// A time reference to resolve against `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// The last meeting held by `as_of` (最近一次, 上一届 without a year).
    Latest,
    /// The first meeting after the last one held (下一届 without a year).
    Next,
    /// The first meeting the corpus knows (首次, 第一次).
    First,
    /// `as_of`'s year plus the offset (今年 0, 明年 1, 去年 -1).
    Offset(i32),
    /// The meeting after the named year (2024年之后的一届, 2024年的下一届).
    After,
    /// The meeting before the named year (2024年的上一届).
    Before,
    /// So many years from the named year, or from the year of the meeting a fact names
    /// (2024年的前年 -2, 2022年的后年 +2, 温州开座谈会那年的前一年 -1).
    Shift(i32),
}

/// A place named in the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRef {
    pub name: String,
    pub province: String,
    pub is_province: bool,
}

impl PlaceRef {
    /// Whether an event at `place` was held here: in the province named, or in the city named.
    pub fn is_at(&self, place: &crate::engine::model::Place) -> bool {
        if self.is_province {
            self.province == place.province
        } else {
            place.city.as_deref() == Some(self.name.as_str())
        }
    }
}

/// The question words found, one flag per family.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    pub where_: bool,
    pub where_province: bool,
    pub when: bool,
    pub duration: bool,
    pub which_year: bool,
    pub theme: bool,
    pub next: bool,
    pub decide: bool,
    pub docs: bool,
    pub passed: bool,
    pub count: bool,
    pub who: bool,
    pub role: bool,
    pub attend: bool,
    pub both: bool,
    pub preside: bool,
    pub report: bool,
    pub speak: bool,
    pub keynote: bool,
    pub edition_q: bool,
    pub host: bool,
    pub organizer: bool,
    pub org_unit: bool,
    pub release: bool,
    pub focus: bool,
    pub invited: bool,
    pub side: bool,
    pub yes_no: bool,
    pub all_years: bool,
    pub ever: bool,
    pub figure: bool,
    pub items: bool,
    pub held_verb: bool,
    pub meeting_word: bool,
    pub domain_word: bool,
    pub off_topic: bool,
    pub secretary: bool,
    pub deputy_secretary: bool,
    pub governor: bool,
    /// 历任, 先后, 换过几任: every holder of an office over the years.
    pub succession: bool,
    /// 举办地, 举办城市, 东道主.
    pub venue_noun: bool,
    /// 几个文件, 几份: documents counted, not what is inside one.
    pub count_docs: bool,
    pub other_region: bool,
    pub unrecorded: bool,
}

/// 讲话多长时间, 讲了多久: how long someone spoke, which no report records (会期 is the meeting's).
fn speech_length(t: &Scan) -> bool {
    has!(t, ["讲话", "发言", "致辞", "演讲", "讲了", "说了", "讲多"]) && has!(t, ["多长时间", "多久", "时长", "多长"])
}

/// The question without a polite frame around it (…，能告诉我吗; 你知道…在哪开吗): with a
/// question word inside, the frame's 吗 asks for that answer, not for a yes or a no.
fn without_polite_frame(t: &str) -> String {
    let body = t.trim_end_matches(|c: char| !is_cjk(c));
    let wh = |s: &str| has!(Scan::new(s), ["哪", "什么", "谁", "几", "多少", "何时", "啥", "怎么"]);
    for tail in
        ["能告诉我吗", "可以告诉我吗", "能不能告诉我", "告诉我好吗", "能说一下吗", "能说说吗", "可以说说吗", "知道吗"]
    {
        if let Some(rest) = body.strip_suffix(tail)
            && wh(rest)
        {
            return rest.to_string();
        }
    }
    for head in ["你知道", "您知道", "你晓得", "请问你知道", "你清楚", "知不知道"] {
        if let Some(rest) = body.strip_prefix(head)
            && wh(rest)
        {
            return rest.trim_end_matches(['吗', '么']).to_string();
        }
    }
    t.to_string()
}

/// Why a fact is so, what a speaker said, who led an item, which experts spoke: reports of the
/// genre name the fact, the speaker and the item, never these; a neighbouring fact is no answer.
fn unrecorded_ask(t: &Scan) -> bool {
    // 主题为何 at the end is the literary 'is what'; 为何在上海举办 asks why; 为何处, 为何时 are
    // 'is where', 'is when' (何 with its noun).
    let why_literary = t.split_once("为何").is_some_and(|(_, rest)| {
        rest.chars().any(is_cjk) && !rest.starts_with(['处', '地', '时', '日', '年', '人', '种', '方'])
    });
    let why = why_literary || has!(t, ["为什么", "什么原因", "何故", "原因是"]);
    let said = has!(
        t,
        ["说了什么", "讲了什么", "说了啥", "讲了啥", "说了哪些", "讲了哪些内容", "讲话内容", "发言内容", "说的什么"],
    );
    let lead = has!(t, ["哪个单位牵头", "谁牵头", "牵头单位", "哪家单位牵头", "牵头部门", "哪个部门牵头"]);
    let experts = has!(t, ["专家", "学者"]) && has!(t, ["哪些", "哪几", "谁", "哪位", "名字", "姓名"]);
    why || said || lead || experts
}

/// 哪两位, 哪三名, 哪四个人: people asked for by how many are expected.
fn which_n_people(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(3).any(|w| w[0] == '哪' && "两二三四五六七八九十".contains(w[1]) && (w[2] == '位' || w[2] == '名'))
        || chars
            .windows(4)
            .any(|w| w[0] == '哪' && "两二三四五六七八九十".contains(w[1]) && w[2] == '个' && w[3] == '人')
}

impl Cues {
    pub(super) fn read(t: &Scan) -> Cues {
        // 哪几年 / 哪几个 / 第几次 / 几几年 ask which, not how many.
        let counted_text = [("几几年", "哪年"), ("哪几", "哪"), ("第几", "第")]
            .iter()
            .fold(t.to_string(), |acc, (from, to)| replaced(acc, from, to));
        // 在哪天 / 在哪一年 ask when, not where.
        let placeless = [
            "哪一天",
            "哪天",
            "哪日",
            "哪几天",
            "哪个月",
            "哪月",
            "哪一年",
            "哪年",
            "哪届",
            "哪一届",
            "哪次",
            "哪一次",
        ]
        .iter()
        .fold(counted_text.clone(), |acc, w| replaced(acc, w, "…"));
        let (counted, placeless) = (Scan::new(&counted_text), Scan::new(&placeless));
        let count = has!(
            &counted,
            [
                "几个",
                "几项",
                "多少",
                "几份",
                "几次",
                "几回",
                "几件",
                "几大",
                "几方面",
                "几届",
                "几年",
                "几位",
                "几人",
                "几家",
                "几条",
                "几类",
                "数量",
                "总数",
                "人数",
                "次数",
            ],
        );
        let which_year = has!(
            &counted,
            [
                "哪一年",
                "哪年",
                "哪次",
                "哪一次",
                "哪届",
                "哪一届",
                "哪个年度",
                "哪一年度",
                "哪些年",
                "哪几年",
                "哪几次",
                "何年",
                "哪一个年度",
                "年份",
                "哪几届",
                "哪些届",
                "哪一回",
                "哪回",
                "什么年度",
                "哪场",
                "哪一场",
                "哪两年",
                "哪三年",
                "哪两次",
                "哪两届",
            ],
        );
        let all_years = has!(
            t,
            [
                "历年",
                "每年",
                "每次",
                "每一届",
                "每一次",
                "每一年",
                "历届",
                "各年",
                "每届",
                "所有",
                "全部",
                "一共",
                "总共",
                "各届",
                "各次",
                "历次",
                "分别在",
            ],
        );
        // The nouns of a venue: asked with 有哪些 they ask for every meeting's.
        let venue_noun = has!(
            t,
            ["举办地", "举行地", "召开地", "承办地", "举办城市", "举办的城市", "承办城市", "主办城市", "东道主"],
        );
        Cues {
            where_: has!(
                &placeless,
                [
                    "在哪",
                    "哪里",
                    "哪儿",
                    "何地",
                    "何处",
                    "地点",
                    "举办地",
                    "举行地",
                    "召开地",
                    "所在地",
                    "城市",
                    "哪个省",
                    "哪一个省",
                    "哪个市",
                    "什么地方",
                    "哪个地方",
                    "哪些地方",
                    "承办地",
                    "东道主",
                    "省份",
                    "哪座",
                    "地方",
                    "哪省",
                    "哪市",
                ],
            ),
            where_province: has!(t, ["哪个省", "哪一个省", "哪一省", "省份", "哪省", "什么省"]),
            when: has!(
                t,
                [
                    "什么时候",
                    "何时",
                    "哪天",
                    "哪一天",
                    "几月",
                    "日期",
                    "时间",
                    "会期",
                    "哪几天",
                    "几号",
                    "哪日",
                    "什么日子",
                    "多会儿",
                ],
            ),
            duration: has!(
                t,
                [
                    "几天",
                    "多少天",
                    "多久",
                    "多长时间",
                    "持续",
                    "会期多长",
                    "天数",
                    "为期",
                    "一天还是",
                    "开了一天",
                    "开了两天",
                ],
            ),
            which_year,
            theme: has!(t, ["主题", "口号", "主旨是"]),
            next: has!(
                t,
                [
                    "下一届",
                    "下届",
                    "下一年度",
                    "下一年",
                    "下一次",
                    "下次",
                    "下一轮",
                    "之后的一届",
                    "之后一届",
                    "之后的那届",
                    "后一届",
                    "接下来",
                    "之后的座谈会",
                    "之后那届",
                    "之后的那次",
                    "之后一次",
                    "之后的一次",
                    "下一场",
                    "下回",
                    "下一回",
                ],
            ),
            decide: has!(t, ["确定", "决定", "商定", "敲定", "定在", "定于", "定的", "定下", "定了"]),
            docs: has!(
                t,
                [
                    "文件",
                    "审议",
                    "通过",
                    "计划",
                    "方案",
                    "纲要",
                    "规划",
                    "意见",
                    "协议",
                    "办法",
                    "《",
                    "成果文件",
                    "事项清单",
                    "备忘录",
                    "倡议",
                    "宣言",
                    "签署",
                    "签订",
                    // 原则同意了什么: the reports' own verb for a document approved in principle.
                    "原则同意",
                ],
            ),
            passed: has!(t, ["通过", "审议", "批准", "签署", "出台", "发布", "印发", "定的", "采纳", "同意"]),
            count,
            who: has!(
                t,
                [
                    "谁",
                    "哪位",
                    "哪些人",
                    "什么人",
                    "何人",
                    "姓名",
                    "名字",
                    "哪几位",
                    "哪些领导",
                    "哪几个人",
                    "哪些嘉宾",
                    "是哪个人",
                    "哪个领导",
                    "有谁",
                    "人员",
                    "嘉宾",
                    "到会领导",
                    "与会领导",
                    "出席领导",
                    "出席的领导",
                    "出席的人员",
                    "参会的领导",
                    "与会的领导",
                    "参会领导",
                    "到场的人",
                    "到会的人",
                ],
            ) && !(has!(t, ["叫什么名字", "什么名字", "名字叫"])
                && has!(t, ["文件", "主题", "清单", "计划", "方案", "论坛", "项目"]))
                || (t.contains("名单") && !has!(t, ["发布", "公布", "推出"]))
                || which_n_people(t),
            role: has!(
                t,
                [
                    "职务",
                    "职位",
                    "担任",
                    "身份",
                    "什么官",
                    "任职",
                    "官职",
                    "头衔",
                    "哪个省的",
                    "哪个市的",
                    "哪里的",
                    "什么职",
                    "任什么",
                    "干什么的",
                    "做什么的",
                    "什么领导",
                ],
            ),
            attend: has!(
                t,
                [
                    "出席",
                    "参加",
                    "参会",
                    "与会",
                    "到会",
                    "到场",
                    "出现",
                    "列席",
                    "来了",
                    // 江苏去了几位领导, 派了哪些人: a delegation sent.
                    "去了几",
                    "去了哪些",
                    "去了哪几",
                    "去了多少",
                    "派了",
                    "派出",
                ],
            ),
            both: has!(t, ["都", "同时", "均", "两次", "两届", "两年"]) || (t.contains('既') && t.contains('又')),
            preside: has!(t, ["主持"]),
            // 谁介绍的座谈会成果: who presented the results, however many words stand between.
            report: has!(t, ["通报", "代表与会各方", "通告"])
                || t.text().find("介绍").is_some_and(|i| t.text()[i..].contains("成果")),
            speak: has!(t, ["讲话", "发言", "致辞", "演讲", "致词", "发表", "讲了话", "讲过话", "讲的话"]),
            keynote: has!(t, ["主旨演讲", "主旨报告", "主题演讲", "演讲"]),
            edition_q: has!(&counted, ["第届", "届次", "几届", "第次", "第回"]),
            // 代表轮值主办方致辞 is about a speaker, not the forum's hosts.
            host: has!(Scan::new(&t.replace("轮值主办", "")), ["主办"]),
            organizer: has!(t, ["承办", "协办"]),
            org_unit: has!(t, ["单位", "机构", "哪些", "谁", "哪家", "哪几家", "媒体", "报社", "部门"]),
            // 发布会 is the press conference, not a release.
            release: has!(Scan::new(&t.replace("发布会", "")), ["发布", "推出", "公布"]),
            focus: has!(t, ["聚焦", "议题", "讨论", "方面", "重点", "领域", "围绕", "议程", "话题", "任务"]),
            invited: has!(
                t,
                [
                    "应邀",
                    "中央部门",
                    "国家部门",
                    "部委",
                    "中央和国家",
                    "国家有关部门",
                    "中央单位",
                    "邀请",
                    "哪些部门",
                    "什么部门",
                    "哪个部门",
                    "哪些单位出席",
                    "来了哪些单位",
                    "中央来了",
                    "中央有哪些",
                    "哪些中央",
                ],
            ),
            side: has!(t, ["考察", "参观", "并行", "同期", "边会", "期间还", "调研", "首次设置", "首次创新"]),
            yes_no: has!(
                Scan::new(&without_polite_frame(t)),
                [
                    "吗",
                    "是否",
                    "是不是",
                    "有没有",
                    "有无",
                    "对不对",
                    "对吗",
                    "没有",
                    "对吧",
                    "是吧",
                    "是这样",
                    "对么",
                    "是么",
                ],
            ) || {
                // 开的不, 开的吧: a statement put for confirmation.
                let end = t.trim_end_matches(|c: char| !is_cjk(c));
                end.ends_with('不') || end.ends_with("的吧") || end.ends_with("了吧")
            },
            venue_noun,
            count_docs: has!(t, ["几个文件", "几份", "几个", "多少个文件", "多少份", "几项文件", "几部"]),
            // 举办地有哪些: every meeting's place.
            all_years: all_years || (venue_noun && has!(t, ["哪些", "哪几", "列出", "列举", "汇总", "都在哪"])),
            ever: has!(
                t,
                [
                    "过吗",
                    "过没有",
                    "过几次",
                    "过哪些",
                    "举办过",
                    "举行过",
                    "召开过",
                    "办过",
                    "承办过",
                    "当过",
                    "举行过几",
                    "曾经",
                    "曾在",
                ],
            ),
            figure: count || has!(t, ["达到", "目标", "规模", "数字", "指标"]),
            items: has!(t, ["哪些", "什么内容", "包括", "包含", "内容", "哪几"]),
            held_verb: has!(t, ["举行", "举办", "召开", "开的", "开过", "承办", "主办", "在哪开", "办的"]),
            // `23年的会开了几天`, `22年那次会`: the bare 会 after a year or 那次 is the meeting.
            meeting_word: has!(
                t,
                [
                    "座谈会",
                    "会议",
                    "峰会",
                    "年会",
                    "领导会",
                    "主要领导",
                    "年的会",
                    "那次会",
                    "那届会",
                    "次会",
                    "年那次",
                ],
            ),
            domain_word: has!(
                t,
                [
                    "长三角",
                    "三省一市",
                    "沪苏浙皖",
                    "一体化",
                    "座谈会",
                    "论坛",
                    "发布会",
                    "清单",
                    "峰会",
                    "会议",
                    "实事项目",
                    "苏浙皖",
                    "四省市",
                    "边会",
                ],
            ),
            // Other regions' meetings (京津冀, 粤港澳大湾区…) are not this one, even when called 座谈会.
            // 央地共建…工作推进会: a meeting of another kind, reported on the same pages.
            other_region: has!(t, ["推进会"])
                || has!(
                    t,
                    [
                        "京津冀",
                        "粤港澳",
                        "大湾区",
                        "长江经济带",
                        "成渝",
                        "黄河流域",
                        "东北振兴",
                        "西部大开发",
                        "中部崛起",
                        "海峡西岸",
                        "北部湾",
                        "雄安",
                        "珠三角",
                    ],
                ) && !has!(t, ["长三角", "沪苏浙皖", "三省一市"]),
            // What no article of the genre records: a reply would be a guess.
            unrecorded: has!(
                t,
                [
                    "星期几",
                    "周几",
                    "礼拜几",
                    "线上",
                    "线下",
                    "视频会议",
                    "哪个区",
                    "哪个县",
                    "哪个区县",
                    "发言人",
                    "籍贯",
                    "哪里人",
                    "出生",
                    "年龄",
                    "多大岁数",
                    "多大了",
                    "今年多大",
                    "毕业于",
                    "哪所大学",
                    "持续了多长",
                    "学历",
                    "几点",
                    "预算",
                    "经费",
                    "花费",
                    "多少钱",
                    "天气",
                    "气温",
                    "多少页",
                    "几页",
                    "多少字",
                    "几个小时",
                    "多少小时",
                    "多少资金",
                    "多少名专家",
                    "多少位专家",
                    "多少专家",
                    "多少名企业家",
                    "多少位企业家",
                    "多少企业家",
                    "多少名学者",
                    "家媒体",
                    "名记者",
                    "位记者",
                    "家企业",
                    "多少企业",
                    "多少媒体",
                    "多少记者",
                    "几分钟",
                    "多少分钟",
                ],
            ) || speech_length(t)
                || unrecorded_ask(t),
            off_topic: has!(
                t,
                [
                    "天气",
                    "气温",
                    "下雨",
                    "温度",
                    "股票",
                    "股价",
                    "彩票",
                    "菜谱",
                    "做菜",
                    "电影",
                    "歌曲",
                    "足球",
                    "写一首",
                    "唐诗",
                    "古诗",
                    "翻译",
                    "笑话",
                ],
            ),
            // 总书记 is no delta province's secretary.
            secretary: (t.replace("总书记", "").contains("书记") && !t.contains("副书记")) || t.contains("一把手"),
            deputy_secretary: t.contains("副书记"),
            governor: has!(t, ["省长", "市长", "行政首长", "政府主要负责"]),
            succession: has!(
                t,
                ["历任", "先后", "换过", "换了", "几任", "哪几任", "前后", "各任", "都有谁", "都有哪些人", "都是谁"],
            ),
        }
    }
}

/// The reading of one question.
#[derive(Debug, Clone)]
pub struct Reading {
    pub text: String,
    /// The bitmap of `text`'s character pairs, for [`Reading::scan`].
    pairs: Pairs,
    pub chars: Vec<char>,
    /// Years named outside titles, in order, without repeats.
    pub years: Vec<i32>,
    pub rel: Option<Rel>,
    /// 2022年到2024年: the named years are the ends of a range.
    pub range: bool,
    /// 今年和去年: two or more relative years, in the order named, as offsets from `as_of`.
    pub offsets: Vec<i32>,
    /// 最近两次, 近三年: how many of the latest meetings.
    pub last_n: Option<u32>,
    pub edition: Option<u32>,
    pub month_day: Option<(u32, u32)>,
    /// `8月开的吗`, `5月份`: a month named alone.
    pub month: Option<u32>,
    /// `2022年以来`: the named year and every meeting after it.
    pub since: bool,
    pub hits: Vec<Hit>,
    pub people: Vec<String>,
    pub places: Vec<PlaceRef>,
    pub other_places: Vec<String>,
    pub orgs: Vec<String>,
    /// 沪苏浙皖, 三省一市, 各省: every delta province.
    pub all_provinces: bool,
    /// A place names the meeting (温州那次, 合肥会议, 在南京举行的座谈会) rather than being asked about.
    pub place_event: bool,
    /// Indices into `Lexicon::docs` of the best-matching document (several entries when the
    /// same title was acted on by several meetings).
    pub docs: Vec<usize>,
    /// Titles that tie for the best match.
    pub doc_ties: Vec<String>,
    /// Titles quoted in 《》 that match no known document.
    pub unknown_titles: Vec<String>,
    pub themes: Vec<usize>,
    pub list: Option<usize>,
    /// Typo ties: candidate canonical names.
    pub ambiguous: Vec<String>,
    pub cues: Cues,
    pub event: Event,
}

impl Reading {
    /// The question, for cue words, with the bitmap made when it was read.
    pub fn scan(&self) -> Scan<'_> {
        Scan::again(&self.text, self.pairs)
    }

    /// The reading of another question text (a part of this one), the rest kept.
    pub fn retext(&mut self, text: &Scan) {
        self.text = text.to_string();
        self.chars = text.chars().collect();
        self.pairs = text.pairs();
    }

    pub fn province(&self) -> Option<&str> {
        self.places.iter().find(|p| p.is_province).map(|p| p.province.as_str())
    }

    pub fn city(&self) -> Option<&PlaceRef> {
        self.places.iter().find(|p| !p.is_province)
    }

    /// The delta provinces named, in 沪苏浙皖 order; all four for 三省一市.
    pub fn provinces(&self) -> Vec<String> {
        if self.all_provinces {
            return gazetteer::DELTA_PROVINCES.iter().map(|s| s.to_string()).collect();
        }
        let mut out: Vec<String> = Vec::new();
        for p in &self.places {
            if p.is_province && !out.contains(&p.province) {
                out.push(p.province.clone());
            }
        }
        out
    }
}

/// Reads `text` (already normalised).
pub fn read(lex: &Lexicon, kb: &KnowledgeBase, text: &str) -> Reading {
    let text = &Scan::new(text);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut cues = Cues::read(text);
    // 有10项吗, 出席了4次吗: a count asserted is a count asked.
    if cues.yes_no && !super::settle::counts(&super::settle::digits(text)).is_empty() {
        cues.count = true;
    }
    let mut masked = vec![false; n];

    // 《…》 spans, and the documents they name.
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if chars[i] == '《'
            && let Some(close) = chars[i + 1..].iter().position(|&c| c == '》')
        {
            quoted.push((i + 1, i + 1 + close));
            masked[i..=i + 1 + close].fill(true);
            i += close + 2;
            continue;
        }
        i += 1;
    }
    let mut docs = Vec::new();
    let mut doc_ties = Vec::new();
    let mut unknown_titles = Vec::new();
    for &(s, e) in &quoted {
        let q: Vec<char> = chars[s..e].iter().copied().filter(|&c| !is_punct(c)).collect();
        let (found, ties) = match_doc(lex, &q, true);
        if found.is_empty() && ties.is_empty() {
            unknown_titles.push(chars[s..e].iter().collect());
        }
        docs.extend(found);
        doc_ties.extend(ties);
    }
    // A title named in part without 《》.
    if quoted.is_empty() && cues.docs && !lex.docs.is_empty() {
        let q: Vec<char> = chars.iter().copied().map(|c| if is_punct(c) { '\u{0}' } else { c }).collect();
        let (found, ties) = match_doc(lex, &q, false);
        if let Some(&first) = found.first() {
            // Years inside the matched part belong to the title, not to the question.
            let key = &lex.docs[first].key;
            let (len, qs, _) = longest_common_substring(&q, key);
            masked[qs..qs + len].fill(true);
        }
        docs.extend(found);
        doc_ties.extend(ties);
    }

    // Years, editions, dates.
    let mut years = Vec::new();
    let mut edition = None;
    let mut month_day = None;
    let mut month = None;
    let mut i = 0;
    while i < n {
        if masked[i] || !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && chars[i].is_ascii_digit() && !masked[i] {
            i += 1;
        }
        let digits: String = chars[start..i].iter().collect();
        let next = chars.get(i).copied();
        if digits.len() == 4 && (start == 0 || !chars[start - 1].is_ascii_digit()) {
            if let Ok(y) = digits.parse::<i32>()
                && (1900..=2200).contains(&y)
                && !years.contains(&y)
            {
                years.push(y);
            }
        } else if next == Some('月') && digits.len() <= 2 {
            month = digits.parse::<u32>().ok().filter(|m| (1..=12).contains(m)).or(month);
            let rest: String = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).collect();
            if let (Ok(m), Ok(d)) = (digits.parse::<u32>(), rest.parse::<u32>())
                && chars.get(i + 1 + rest.chars().count()).is_some_and(|&c| c == '日' || c == '号')
            {
                month_day = Some((m, d));
            }
        }
    }
    if text.contains("首届") {
        edition = Some(1);
    } else if !text.contains('第')
        && let Some(p) = text.find("届")
        && text[p..].contains("论坛")
    {
        // `8届论坛几号`, `八届论坛`: the edition without 第.
        let before: String =
            text[..p].chars().rev().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).collect();
        let num: String = before.chars().rev().collect();
        // 哪一届, 上一届, 每一届 are no edition.
        let lead = text[..p].chars().rev().nth(before.chars().count());
        if !lead.is_some_and(|c| "哪几每上下本各历这那首".contains(c)) {
            edition = crate::engine::extract::text::parse_number(&num).filter(|&e| e > 0);
        }
    } else if let Some(p) = text.find('第') {
        let after: String = text[p + '第'.len_utf8()..].chars().take_while(|&c| c != '届').take(4).collect();
        if text[p..].contains('届') {
            edition = crate::engine::extract::text::parse_number(&after).filter(|&e| e > 0);
        }
    }
    // Titles that tie, settled by the year the question names (`2024年通过的三年行动计划`).
    if !doc_ties.is_empty() && !years.is_empty() {
        let idx: Vec<usize> = (0..lex.docs.len())
            .filter(|&i| doc_ties.contains(&lex.docs[i].title) && years.contains(&lex.docs[i].year))
            .collect();
        let mut titles: Vec<&str> = idx.iter().map(|&i| lex.docs[i].title.as_str()).collect();
        titles.dedup();
        if titles.len() == 1 {
            docs = idx;
            doc_ties.clear();
        }
    }
    let rel = read_relative(text, !years.is_empty());
    let offsets = if years.is_empty() { relative_offsets(text) } else { Vec::new() };
    let range = years.len() == 2 && has!(text, ["到", "至", "—", "-", "~", "之间", "期间"]) && years[0] < years[1];
    let since = years.len() == 1 && has!(text, ["以来", "至今", "以后的各", "以后历次", "之后历次", "之后的历次"]);
    let last_n = read_last_n(text);

    // Entities.
    let mut hits = lex.scan(&chars, &masked);
    // Places outside the delta stay open to typo matching: 陈吉林 is 陈吉宁 misspelt, not 吉林.
    let mut covered = masked.clone();
    for h in hits.iter().filter(|h| lex.entities[h.entity].kind != EntityKind::OtherPlace) {
        covered[h.start..h.start + h.len].fill(true);
    }
    let has_person = hits.iter().any(|h| lex.entities[h.entity].kind == EntityKind::Person);
    let mut ambiguous = Vec::new();
    if !has_person {
        let other: Vec<Hit> =
            hits.iter().filter(|h| lex.entities[h.entity].kind == EntityKind::OtherPlace).cloned().collect();
        let mut fuzzy = lex.fuzzy(&chars, &covered);
        // Over another place only a person's name may win, and then the place goes.
        fuzzy.retain(|f| !other.iter().any(|o| overlaps(o, f)) || lex.entities[f.entity].kind == EntityKind::Person);
        hits.retain(|h| lex.entities[h.entity].kind != EntityKind::OtherPlace || !fuzzy.iter().any(|f| overlaps(f, h)));
        // Candidates sharing a window tie: AMBIGUOUS rather than a guess.
        let mut groups: Vec<Vec<&Hit>> = Vec::new();
        for h in &fuzzy {
            match groups.iter_mut().find(|g| g.iter().any(|x| overlaps(x, h))) {
                Some(g) => g.push(h),
                None => groups.push(vec![h]),
            }
        }
        for g in groups {
            if g.len() == 1 {
                hits.push(g[0].clone());
            } else {
                ambiguous.extend(g.iter().map(|h| lex.entities[h.entity].canonical.clone()));
            }
        }
    }
    if ambiguous.is_empty() {
        let by_sound: Vec<Hit> =
            lex.venue_by_sound(&chars, &covered).into_iter().filter(|v| !hits.iter().any(|h| overlaps(h, v))).collect();
        hits.extend(by_sound);
    }
    let mut people = Vec::new();
    let mut places = Vec::new();
    let mut other_places = Vec::new();
    let mut orgs = Vec::new();
    for h in &hits {
        let e = &lex.entities[h.entity];
        match &e.kind {
            EntityKind::Person => push_unique(&mut people, e.canonical.clone()),
            EntityKind::Place { province, is_province } => {
                let p = PlaceRef { name: e.canonical.clone(), province: province.clone(), is_province: *is_province };
                if !places.contains(&p) {
                    places.push(p);
                }
            }
            EntityKind::OtherPlace => push_unique(&mut other_places, e.canonical.clone()),
            EntityKind::Org => push_unique(&mut orgs, e.canonical.clone()),
        }
    }
    let place_event = hits.iter().any(|h| {
        matches!(lex.entities[h.entity].kind, EntityKind::Place { .. }) && names_event(&chars, h.start + h.len)
    });
    let rel = match fact_shift(text) {
        Some(k) if years.is_empty() && place_event => Some(Rel::Shift(k)),
        _ => rel,
    };
    // 前一年 counts back one year; it does not ask for the latest one.
    let last_n = if matches!(rel, Some(Rel::Shift(_))) { None } else { last_n };
    let all_provinces = read_abbreviations(&chars, &covered, &mut places)
        || has!(text, ["三省一市", "四省市", "四省", "四地", "各省", "每个省", "各地", "每省"]);

    // Themes named in part.
    let themes = if cues.theme || (years.is_empty() && places.is_empty() && people.is_empty() && docs.is_empty()) {
        match_theme(lex, &chars, &masked)
    } else {
        Vec::new()
    };

    // `第八届 地点`: meetings have no editions, so an edition alone names the forum.
    let event = if text.contains("论坛") || edition.is_some() && !cues.meeting_word {
        Event::Forum
    } else if has!(text, ["发布会", "新闻发布"]) {
        Event::Press
    } else if has!(text, ["清单", "实事项目", "实事"]) && !text.contains("事项清单")
        || names_published_list(lex, kb, text, &years, &docs)
    {
        Event::List
    } else {
        Event::Meeting
    };
    let list = if event == Event::List { match_list(lex, kb, &chars, &years) } else { None };

    Reading {
        text: text.to_string(),
        pairs: text.pairs(),
        chars,
        years,
        rel,
        range,
        offsets,
        last_n,
        edition,
        month_day,
        month,
        since,
        hits,
        people,
        places,
        other_places,
        orgs,
        all_provinces,
        place_event,
        docs,
        doc_ties,
        unknown_titles,
        themes,
        list,
        ambiguous,
        cues,
        event,
    }
}

/// Whether the place ending at `chars[end]` names an event: `温州那次`, `合肥会议`, `温州的座谈会`,
/// `在南京举行的`, `上海开的那次`.
pub(super) fn names_event(chars: &[char], end: usize) -> bool {
    let rest: String = chars[end..].iter().take(6).collect();
    let rest = rest.strip_prefix('市').or_else(|| rest.strip_prefix('省')).unwrap_or(&rest);
    let after = [
        "那次",
        "那届",
        "那年",
        "那一年",
        "那一次",
        "那一届",
        "那场",
        "那回",
        "会议",
        "座谈会",
        "的会",
        "的座谈会",
        "的那次",
        "的那届",
        "峰会",
    ];
    if after.iter().any(|w| rest.starts_with(w)) {
        return true;
    }
    let held = [
        "举行的",
        "召开的",
        "举办的",
        "开的",
        "承办的",
        "办的",
        "举行时",
        "召开时",
        "举办时",
        // 温州开座谈会那年, 在杭州开幕时: the meeting named by its venue.
        "开座谈会",
        "召开座谈会",
        "举行座谈会",
        "举办座谈会",
        "开幕时",
        "开幕的",
        "闭幕时",
        "开会时",
        "开会的",
        // 在温州开完会以后: the meeting named by where it was just held.
        "开完会",
        "开完座谈会",
        "开会以后",
        "开会之后",
    ];
    held.iter().any(|w| rest.starts_with(w)) && !rest.contains('吗')
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

fn overlaps(a: &Hit, b: &Hit) -> bool {
    a.start < b.start + b.len && b.start < a.start + a.len
}

fn read_relative(t: &Scan, has_year: bool) -> Option<Rel> {
    if has_year {
        // 2022年的下下届: the meeting after the next, one a year.
        if has!(t, ["下下届", "下下一届", "下下次", "下下一次"]) {
            return Some(Rel::Shift(2));
        }
        if has!(t, ["上上届", "上上一届", "上上次", "上上一次"]) {
            return Some(Rel::Shift(-2));
        }
        if let Some(k) = year_shift(t) {
            return Some(Rel::Shift(k));
        }
        if has!(t, ["之后", "以后", "后一届", "的下一", "下一届", "下届", "下一次", "下次", "下一年", "下回", "下一回"])
        {
            return Some(Rel::After);
        }
        if has!(t, ["之前", "以前", "前一届", "的上一", "上一届", "上届", "上一次", "上次", "前一年", "上一年"])
        {
            return Some(Rel::Before);
        }
        return None;
    }
    if has!(t, ["今年", "本年度", "当年"]) {
        return Some(Rel::Offset(0));
    }
    if has!(t, ["明年", "来年"]) {
        return Some(Rel::Offset(1));
    }
    if has!(t, ["后年"]) {
        return Some(Rel::Offset(2));
    }
    if has!(t, ["去年", "上年"]) {
        return Some(Rel::Offset(-1));
    }
    if has!(t, ["大前年"]) {
        return Some(Rel::Offset(-3));
    }
    if has!(t, ["前年"]) {
        return Some(Rel::Offset(-2));
    }
    // 三年前, 2年前: so many years before the reference date.
    if let Some(p) = t.find("年前") {
        let num: String =
            t[..p].chars().rev().take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c)).collect();
        let num: String = num.chars().rev().collect();
        if let Some(n) = crate::engine::extract::text::parse_number(&num).filter(|&n| (1..=30).contains(&n)) {
            return Some(Rel::Offset(-(n as i32)));
        }
    }
    if has!(
        t,
        [
            "下一届",
            "下届",
            "下一次",
            "下次",
            "下一轮",
            "接下来",
            "即将",
            "将在哪",
            "下一年度",
            "下一场",
            "下回",
            "下一回",
        ],
    ) {
        return Some(Rel::Next);
    }
    if has!(
        t,
        [
            "最近一次",
            "最近一届",
            "最新一次",
            "最新一届",
            "最近的",
            "最新的",
            "最后一次",
            "最近",
            "最新",
            "上一届",
            "上届",
            "上一次",
            "上次",
            "前一届",
            "刚刚",
            "刚结束",
            "最后一届",
            // 时间最晚的一次 (not 开得最晚, a month compared across years).
            "最晚的一次",
            "最晚一次",
            "最晚那次",
            "最晚的那次",
            "本届",
            "这一届",
            "这届",
            "本次",
            "此次",
        ],
    ) {
        return Some(Rel::Latest);
    }
    if has!(t, ["第一次", "首次", "第一届", "最早", "首届"]) {
        return Some(Rel::First);
    }
    None
}

/// Years counted from a named year (2024年的前年, 2022年的后年, 其次年): the word must follow a year.
fn year_shift(t: &str) -> Option<i32> {
    const WORDS: &[(&str, i32)] = &[
        ("大前年", -3),
        ("大后年", 3),
        ("前年", -2),
        ("后年", 2),
        ("次年", 1),
        ("翌年", 1),
        // 2024年座谈会的去年: 去年 / 明年 of the named year, said with 的.
        ("的去年", -1),
        ("的明年", 1),
    ];
    let first_year = t.find('年')?;
    // 之后年份, 以前年度: 后年 / 前年 inside other words.
    let word_at = |p: usize, w: &str| {
        let before = t[..p].chars().next_back();
        let after = t[p + w.len()..].chars().next();
        p > first_year && !before.is_some_and(|c| "之以最".contains(c)) && !after.is_some_and(|c| "度份".contains(c))
    };
    WORDS
        .iter()
        .find(|(w, _)| t.match_indices(w).any(|(p, _)| word_at(p, w)))
        .map(|&(_, k)| k)
        .or_else(|| years_apart(&t[first_year..]))
}

/// 2024年的两年前, 2022年两年后, 再往前两年: a small count of years from the named year (2024年前
/// is before 2024, not a count).
fn years_apart(t: &str) -> Option<i32> {
    for (p, _) in t.match_indices('年') {
        let num: String =
            t[..p].chars().rev().take_while(|c| "一二两三四五六七八九十".contains(*c) || c.is_ascii_digit()).collect();
        let num: String = num.chars().rev().collect();
        let Some(n) = crate::engine::extract::text::parse_number(&num).filter(|&n| (1..=10).contains(&n)) else {
            continue;
        };
        let before = &t[..p - num.len()];
        let after = &t[p + '年'.len_utf8()..];
        let back = after.starts_with(['前'])
            || after.starts_with("之前")
            || after.starts_with("以前")
            || before.ends_with("往前");
        let ahead = after.starts_with(['后'])
            || after.starts_with("之后")
            || after.starts_with("以后")
            || before.ends_with("往后");
        if back {
            return Some(-(n as i32));
        }
        if ahead {
            return Some(n as i32);
        }
    }
    None
}

/// A year counted from the year of the meeting a place names (温州开座谈会那年，前一年): the
/// one-year words too, which with a year of its own read as 上一届 / 下一届.
fn fact_shift(t: &str) -> Option<i32> {
    if let Some(k) = year_shift(&format!("年{t}")) {
        return Some(k);
    }
    const ONE: &[(&str, i32)] =
        &[("前一年", -1), ("上一年", -1), ("之前一年", -1), ("后一年", 1), ("之后一年", 1), ("下一年", 1)];
    let t = t.replace("下一年度", "");
    ONE.iter().find(|(w, _)| t.contains(w)).map(|&(_, k)| k)
}

/// The relative years a question names (今年 0, 去年 -1, 大前年 -3, 明年 1), when it names two or
/// more: `今年的座谈会和去年的座谈会分别在哪个省`.
fn relative_offsets(t: &str) -> Vec<i32> {
    const WORDS: &[(&str, i32)] = &[("大前年", -3), ("前年", -2), ("去年", -1), ("今年", 0), ("明年", 1), ("后年", 2)];
    let mut found: Vec<(usize, i32)> = Vec::new();
    let mut taken = vec![false; t.len()];
    for (w, k) in WORDS {
        for (i, _) in t.match_indices(w) {
            if !taken[i] {
                taken[i..i + w.len()].fill(true);
                found.push((i, *k));
            }
        }
    }
    found.sort_unstable();
    let mut offsets: Vec<i32> = Vec::new();
    for (_, k) in found {
        if !offsets.contains(&k) {
            offsets.push(k);
        }
    }
    if offsets.len() >= 2 { offsets } else { Vec::new() }
}

/// 最近两次, 近三年, 最近3届: the count of latest meetings asked for.
fn read_last_n(t: &str) -> Option<u32> {
    for lead in ["最近", "近", "前", "最后"] {
        let mut from = 0;
        while let Some(p) = t[from..].find(lead) {
            let start = from + p + lead.len();
            let num: String = t[start..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c))
                .collect();
            let after = t[start + num.len()..].chars().next();
            if !num.is_empty()
                && after.is_some_and(|c| "次届年".contains(c))
                && let Some(n) = crate::engine::extract::text::parse_number(&num).filter(|&n| n >= 1)
            {
                return Some(n);
            }
            from = start;
        }
    }
    None
}

/// Runs of 沪苏浙皖 abbreviations (two or more together) name delta provinces.
fn read_abbreviations(chars: &[char], covered: &[bool], places: &mut Vec<PlaceRef>) -> bool {
    let mut i = 0;
    let mut found = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && !covered[i] && gazetteer::province_from_abbreviation(chars[i]).is_some() {
            i += 1;
        }
        // 在沪召开, 来皖: one abbreviation alone names a province only in a venue's frame.
        // (举办地是皖吗: after 是 only when the question ends there.)
        let next = chars.get(i).copied();
        let venue_frame = i - start == 1
            && start > 0
            && ("在于赴到来".contains(chars[start - 1])
                && next.is_none_or(|c| !is_cjk(c) || "召举开办的吗上城".contains(c))
                || chars[start - 1] == '是' && next.is_none_or(|c| !is_cjk(c) || "吗吧不呢".contains(c)));
        if i - start >= 2 || venue_frame {
            for &c in &chars[start..i] {
                let p = gazetteer::province_from_abbreviation(c).unwrap_or_default().to_string();
                let r = PlaceRef { name: p.clone(), province: p, is_province: true };
                if !places.contains(&r) {
                    places.push(r);
                    found += 1;
                }
            }
        }
        // 在申城召开: 申 is 上海 too, but only as a venue (申请 is no place).
        if i == start
            && chars[i] == '申'
            && !covered[i]
            && i > 0
            && "在于赴到来".contains(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&c| "城召举开办".contains(c))
        {
            let r = PlaceRef { name: "上海".to_string(), province: "上海".to_string(), is_province: true };
            if !places.contains(&r) {
                places.push(r);
            }
        }
        if i == start {
            i += 1;
        }
    }
    found >= 4
}

/// Generic words of titles: a partial match made only of these (and digits) names no document.
const GENERIC_TITLE: &[&str] = &[
    "长三角",
    "一体化",
    "发展",
    "区域",
    "地区",
    "年度",
    "行动",
    "工作",
    "实施",
    "关于",
    "三年",
    "计划",
    "方案",
    "清单",
    "建设",
    "重点",
    "事项",
    "合作",
    "座谈会",
    "会议",
    "通过",
];

/// A document noun: a partial match that contains one names a document.
const DOC_NOUNS: &[&str] = &[
    "计划",
    "方案",
    "清单",
    "纲要",
    "意见",
    "规划",
    "协议",
    "办法",
    "通知",
    "报告",
    "宣言",
    "倡议",
    "备忘录",
    "措施",
    "要点",
];

/// Whether a partial title match is specific enough to name a document.
fn informative(part: &[char]) -> bool {
    let s: String = part.iter().collect();
    let mut rest = s.clone();
    for g in GENERIC_TITLE {
        rest = rest.replace(g, "");
    }
    let own = rest.chars().filter(|&c| is_cjk(c) && c != '年' && c != '度').count();
    // A document noun names a title when words of its own come with it, or the generic part is
    // long (三年行动计划); `合作协议` alone is what many titles end with, not one of them.
    if DOC_NOUNS.iter().any(|n| s.contains(n)) && part.len() >= 4 {
        let bare = DOC_NOUNS.iter().fold(rest.clone(), |acc, n| acc.replace(n, ""));
        return part.len() >= 6 || bare.chars().any(is_cjk);
    }
    own >= 2
}

/// The documents best matching `q` (a quoted title, or the whole question): indices of the
/// winning title's entries, or the tied titles.
fn match_doc(lex: &Lexicon, q: &[char], quoted: bool) -> (Vec<usize>, Vec<String>) {
    let best = best_matches(lex.docs.iter().map(|d| d.key.as_slice()), q, |part, key| {
        if quoted {
            // A quoted title must be the document's title, or most of it.
            part.len() * 10 >= q.len() * 7 || part.len() * 10 >= key.len() * 7
        } else {
            informative(part)
        }
    });
    let mut titles: Vec<String> = Vec::new();
    for &i in &best {
        push_unique(&mut titles, lex.docs[i].title.clone());
    }
    if titles.len() > 1 {
        // Prefer a title matched whole, then the quoted text matched whole.
        let exact: Vec<usize> = best.iter().copied().filter(|&i| lex.docs[i].key.as_slice() == q).collect();
        if !exact.is_empty() {
            return (exact, Vec::new());
        }
        // Then the title sharing the most of the question's other words (`“一网通办”三年行动计划`
        // ties on 三年行动计划 and is settled by 一网通办, `三年行动计划(2024—2026年)` by its years):
        // character pairs in common.
        let shared = |key: &[char]| {
            q.windows(2)
                .filter(|w| w.iter().all(|&c| is_cjk(c) || c.is_ascii_digit()) && key.windows(2).any(|k| k == *w))
                .count()
        };
        let scores: Vec<usize> = best.iter().map(|&i| shared(&lex.docs[i].key)).collect();
        let top = scores.iter().copied().max().unwrap_or(0);
        let winners: Vec<usize> = best.iter().zip(&scores).filter(|(_, s)| **s == top).map(|(&i, _)| i).collect();
        let mut won: Vec<String> = Vec::new();
        for &i in &winners {
            push_unique(&mut won, lex.docs[i].title.clone());
        }
        if won.len() == 1 {
            return (winners, Vec::new());
        }
        return (Vec::new(), titles);
    }
    (best, Vec::new())
}

/// Themes the question quotes in part (4+ characters in common, most of the theme or 6+).
fn match_theme(lex: &Lexicon, chars: &[char], masked: &[bool]) -> Vec<usize> {
    // Punctuation dropped, not kept as a break: a theme quoted with other commas still matches whole.
    let q: Vec<char> = chars.iter().zip(masked).filter(|(c, m)| !**m && !is_punct(**c)).map(|(&c, _)| c).collect();
    best_matches(lex.themes.iter().map(|t| t.key.as_slice()), &q, |part, _| {
        let len = part.len();
        let part: String = part.iter().collect();
        let generic = ["长三角", "一体化", "高质量", "发展", "座谈会"].iter().fold(part, |acc, g| acc.replace(g, ""));
        // Three words of its own, or two within a long quote (携手高质量一体化).
        let own = generic.chars().count();
        own >= 3 || (own >= 2 && len >= 6)
    })
}

/// The indices of the keys sharing the longest common substring (4 or more characters) with
/// `q`, among those whose shared part `accept` takes (it gets the part and the whole key).
fn best_matches<'k>(
    keys: impl Iterator<Item = &'k [char]>,
    q: &[char],
    accept: impl Fn(&[char], &[char]) -> bool,
) -> Vec<usize> {
    let mut best_len = 0;
    let mut best = Vec::new();
    for (i, key) in keys.enumerate() {
        let (len, qs, _) = longest_common_substring(q, key);
        if len < 4 || len < best_len || !accept(&q[qs..qs + len], key) {
            continue;
        }
        if len > best_len {
            best_len = len;
            best.clear();
        }
        best.push(i);
    }
    best
}

/// 2054年度重点合作事项清单有多少项, 2055年重点合作事项有多少项: a 事项清单 is a document a meeting
/// reviews unless a list of that name was published that year.
/// (Its title named in full, the year inside it names the list.)
fn names_published_list(lex: &Lexicon, kb: &KnowledgeBase, text: &Scan, years: &[i32], docs: &[usize]) -> bool {
    if !has!(text, ["事项清单", "合作事项"]) || text.contains('《') {
        return false;
    }
    match years[..] {
        [y] => kb.lists.iter().any(|l| l.year == y && l.title.contains("事项")),
        [] => docs.iter().any(|&i| kb.lists.iter().any(|l| l.title == lex.docs[i].title)),
        _ => false,
    }
}

/// The published list a list question is about: the best title match, else the one of the year.
fn match_list(lex: &Lexicon, kb: &KnowledgeBase, chars: &[char], years: &[i32]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, key) in lex.list_keys.iter().enumerate() {
        if let Some(&y) = years.first()
            && kb.lists[i].year != y
        {
            continue;
        }
        let (len, _, _) = longest_common_substring(chars, key);
        if best.is_none_or(|(_, l)| len > l) {
            best = Some((i, len));
        }
    }
    best.map(|(i, _)| i)
}
