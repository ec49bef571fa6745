//! Extraction, fact by fact: every meeting, forum and list of the built-in corpus, and articles of
//! the genre in other words and layouts (tests/data/articles) that no rule was written against.

use std::path::Path;
use std::sync::LazyLock;

use yrdqa_server::engine::{DocAction, Engine, Meeting, SourceDocument};

static BUILTIN: LazyLock<Engine> = LazyLock::new(Engine::builtin);
static ARTICLES: LazyLock<Engine> = LazyLock::new(|| {
    Engine::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles")).expect("test articles")
});

/// An engine over some of the test articles only (file stems), for facts another article refines.
fn only(stems: &[&str]) -> Engine {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles");
    let docs = stems
        .iter()
        .map(|s| SourceDocument {
            id: s.to_string(),
            text: std::fs::read_to_string(dir.join(format!("{s}.txt"))).expect("test article"),
        })
        .collect();
    Engine::build(docs)
}

fn meeting(e: &Engine, year: i32) -> &Meeting {
    e.meeting(year).unwrap_or_else(|_| panic!("no meeting {year}"))
}

fn place(m: &Meeting) -> (String, Option<String>) {
    let p = m.place.get().expect("place");
    (p.province.clone(), p.city.clone())
}

fn dates(m: &Meeting) -> (String, String) {
    let d = m.dates.get().expect("dates");
    (d.start.iso(), d.end.iso())
}

fn attendees(m: &Meeting) -> Vec<(String, String)> {
    m.attendees.iter().map(|a| (a.value.name.clone(), a.value.role.clone())).collect()
}

fn docs(m: &Meeting, action: DocAction) -> Vec<String> {
    m.documents.iter().filter(|d| d.value.action == action).map(|d| d.value.title.clone()).collect()
}

fn names<'a>(it: impl Iterator<Item = &'a String>) -> Vec<&'a str> {
    it.map(String::as_str).collect()
}

/// Every fact carries evidence that points back into its document at the quoted sentence.
fn assert_evidence(e: &Engine) {
    for m in e.meetings() {
        let place = m.place.values.iter().flat_map(|s| &s.evidence);
        let people = m.attendees.iter().flat_map(|s| &s.evidence);
        let docs = m.documents.iter().flat_map(|s| &s.evidence);
        for ev in place.chain(people).chain(docs) {
            assert!(!ev.quote.is_empty() && ev.end > ev.start, "bad evidence {ev:?}");
        }
    }
}

#[test]
fn meeting_2022() {
    let m = meeting(&BUILTIN, 2022);
    assert_eq!(place(m), ("上海".into(), Some("上海".into())));
    assert_eq!(dates(m), ("2022-08-16".into(), "2022-08-16".into()));
    assert_eq!(m.theme.get().unwrap(), "共担新使命、同谱新篇章");
    let a = attendees(m);
    assert_eq!(a.len(), 8);
    assert_eq!(a[0], ("李强".into(), "上海市委书记".into()));
    assert!(a.contains(&("王浩".into(), "浙江省委副书记、省长".into())));
    assert_eq!(
        docs(m, DocAction::Reviewed),
        vec!["长三角区域一体化发展2022年度工作计划", "长三角区域一体化发展2022年度重点合作事项清单"]
    );
    assert!(docs(m, DocAction::Adopted).is_empty());
    assert_eq!(names(m.invited.iter().map(|s| &s.value)), vec!["国家发展改革委"]);
    assert_eq!(m.focus_areas.len(), 8);
    assert_eq!(m.focus_areas[0].value, "高效统筹疫情防控和经济社会发展");
    let next = m.next.get().unwrap();
    assert_eq!((next.year, next.province.as_str()), (2023, "安徽"));
    // Only the headline says who presided: `李强主持成果发布会`.
    assert_eq!(m.press.presider.get().unwrap(), "李强");
}

#[test]
fn meeting_2023_from_a_wrapped_layout() {
    let m = meeting(&BUILTIN, 2023);
    assert_eq!(place(m), ("安徽".into(), Some("合肥".into())));
    assert_eq!(dates(m), ("2023-06-05".into(), "2023-06-06".into()));
    assert_eq!(m.theme.get().unwrap(), "携手高质量一体化、奋进中国式现代化");
    assert_eq!(attendees(m).len(), 8);
    assert!(attendees(m).contains(&("韩俊".into(), "安徽省委书记".into())));
    assert_eq!(docs(m, DocAction::Adopted), vec!["长三角区域一体化发展2023年度工作计划"]);
    // Cited, not adopted.
    let cited = names(m.cited.iter().map(|s| &s.value));
    assert_eq!(cited, vec!["长江三角洲区域一体化发展规划纲要", "长三角一体化发展规划“十四五”实施方案"]);
    assert_eq!(m.press.reporter.get().unwrap(), "韩俊");
    assert_eq!(m.press.date.get().unwrap().iso(), "2023-06-06");
    assert_eq!(m.press.speakers.len(), 4);
    // Decided by the 2022 meeting.
    assert_eq!(m.decided_by.get(), Some(&2022));
    // The 张国清 article on the same page leaks nothing.
    assert!(!attendees(m).iter().any(|(n, _)| n == "张国清"));
    assert!(!BUILTIN.kb().people.contains_key("张国清"));
}

#[test]
fn meeting_2024_under_a_masthead() {
    let m = meeting(&BUILTIN, 2024);
    assert_eq!(place(m), ("浙江".into(), Some("温州".into())));
    assert_eq!(dates(m), ("2024-06-05".into(), "2024-06-06".into()));
    assert_eq!(m.theme.get().unwrap(), "谱写长三角一体化新篇章 勇当中国式现代化先行者");
    assert_eq!(
        docs(m, DocAction::Adopted),
        vec!["长三角地区一体化发展三年行动计划(2024—2026年)", "关于强化长三角区域合作办公室职能建设的实施方案"]
    );
    assert_eq!(m.focus_areas.len(), 6);
    assert_eq!(m.press.presider.get().unwrap(), "易炼红");
    assert_eq!(m.press.reporter.get().unwrap(), "易炼红");
    assert_eq!(m.decided_by.get(), Some(&2023));
    let next = m.next.get().unwrap();
    assert_eq!((next.year, next.province.as_str()), (2025, "江苏"));
    // The 沪宁合高铁 photo piece on the same page leaks no date.
    assert_eq!(m.dates.values.len(), 1);
}

#[test]
fn meeting_2026_merged_from_two_articles() {
    let m = meeting(&BUILTIN, 2026);
    assert_eq!(place(m), ("上海".into(), Some("上海".into())));
    assert_eq!(dates(m), ("2026-05-20".into(), "2026-05-21".into()));
    assert_eq!(m.theme.get().unwrap(), "奋楫扬帆‘十五五’,启航开拓新征程");
    assert_eq!(attendees(m).len(), 8);
    assert_eq!(names(m.invited.iter().map(|s| &s.value)), vec!["中央财办", "国家发展改革委"]);
    let adopted = docs(m, DocAction::Adopted);
    assert_eq!(adopted.len(), 2);
    assert!(adopted[0].contains("一网通办"));
    assert_eq!(docs(m, DocAction::Released), vec!["2026年度长三角一体化发展实事项目清单"]);
    assert_eq!(m.press.reporter.get().unwrap(), "陈吉宁");
    assert_eq!(m.press.date.get().unwrap().iso(), "2026-05-21");
    let speakers: Vec<_> =
        m.press.speakers.iter().map(|s| (s.value.name.as_str(), s.value.province.as_str())).collect();
    assert_eq!(speakers, vec![("龚正", "上海"), ("刘小涛", "江苏"), ("刘捷", "浙江"), ("王清宪", "安徽")]);
    assert!(m.side_events.iter().any(|s| s.value.contains("上海人民城市实践展示馆")));
    // The side events' own discussion topics (边会) are not the meeting's focus areas.
    assert!(!m.focus_areas.iter().any(|f| f.value.contains("航贸数字化")));
    let next = m.next.get().unwrap();
    assert_eq!((next.year, next.province.as_str()), (2027, "安徽"));
}

#[test]
fn decided_meetings() {
    for (year, province, by) in [(2025, "江苏", 2024), (2027, "安徽", 2026)] {
        let m = meeting(&BUILTIN, year);
        assert_eq!(place(m), (province.into(), None));
        assert_eq!(m.decided_by.get(), Some(&by));
        assert!(m.is_decided_only());
        assert!(m.dates.is_empty() && m.theme.is_empty());
    }
    assert!(BUILTIN.meeting(2019).is_err());
}

#[test]
fn forums() {
    let f = BUILTIN.forum(2026).unwrap();
    assert_eq!(f.edition.get(), Some(&8));
    assert_eq!(f.date.get().unwrap().iso(), "2026-05-21");
    assert_eq!(f.place.get().unwrap().province, "上海");
    assert_eq!(names(f.hosts.iter().map(|s| &s.value)), vec!["长三角一体化发展联席会议"]);
    assert_eq!(names(f.organizers.iter().map(|s| &s.value)), vec!["解放日报", "新华日报", "浙江日报", "安徽日报"]);
    assert!(f.speakers.iter().any(|s| s.value.name == "陈吉宁"));
    assert!(f.speakers.iter().any(|s| s.value.name == "肖渭明"));
    assert_eq!(f.keynotes.len(), 2);
    assert_eq!(f.keynotes[1].value.topic, "股权投资助力长三角科技创新策源");
    assert_eq!(f.releases.len(), 3);

    let f = BUILTIN.forum(2023).unwrap();
    assert_eq!(f.place.get().unwrap().city.as_deref(), Some("合肥"));
    assert_eq!(f.date.get().unwrap().iso(), "2023-06-06");
    assert_eq!(f.theme.get().unwrap(), "携手高质量一体化、奋进中国式现代化");

    let f = BUILTIN.forum(2022).unwrap();
    assert_eq!(f.date.get().unwrap().iso(), "2022-08-17");
    let speakers: Vec<_> = f.speakers.iter().map(|s| s.value.name.as_str()).collect();
    assert_eq!(speakers, vec!["李强", "吴政隆", "袁家军", "郑栅洁"]);
}

#[test]
fn published_list_2026() {
    let l: Vec<_> = BUILTIN.lists(2026).collect();
    assert_eq!(l.len(), 1, "one list, under two titles");
    let l = l[0];
    assert_eq!(l.title, "2026年度长三角一体化发展实事项目清单");
    assert_eq!(l.item_count.get(), Some(&10));
    assert_eq!(l.items.len(), 4);
    let figures: Vec<&str> = l.items.iter().flat_map(|i| i.figures.iter().map(String::as_str)).collect();
    for f in ["按需开设远程虚拟窗口超650个", "推动长三角地区医疗机构检查检验互认项目至少达到400项"]
    {
        assert!(figures.contains(&f), "{f} in {figures:?}");
    }
    assert!(figures.iter().any(|f| f.contains("缩短30%以上")));
}

#[test]
fn people_timeline() {
    let p = &BUILTIN.kb().people["王浩"];
    let years: Vec<(i32, &str)> =
        p.roles.iter().filter(|r| r.event == "meeting").map(|r| (r.year, r.role.as_str())).collect();
    assert_eq!(
        years,
        vec![
            (2022, "浙江省委副书记、省长"),
            (2023, "浙江省委副书记、省长"),
            (2024, "浙江省委副书记、省长"),
            (2026, "浙江省委书记")
        ]
    );
}

#[test]
fn evidence_points_into_the_original_text() {
    let docs = yrdqa_server::engine::corpus::builtin();
    let m = meeting(&BUILTIN, 2023);
    let ev = &m.dates.primary().unwrap().evidence[0];
    let doc = docs.iter().find(|d| *d.id == *ev.document_id).unwrap();
    let original: String = doc.text.chars().skip(ev.start).take(ev.end - ev.start).collect();
    // The original is wrapped over several lines; removing layout gives the quote back.
    let unwrapped: String = original.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(unwrapped.contains("2023年度长三角"), "{original:?}");
    assert!(original.contains('\n'), "the 2023 article is wrapped: {original:?}");
    assert_evidence(&BUILTIN);
}

#[test]
fn newswire_dateline_without_nian_du() {
    let m = meeting(&ARTICLES, 2018);
    assert_eq!(place(m), ("上海".into(), Some("上海".into())));
    assert_eq!(dates(m), ("2018-06-01".into(), "2018-06-01".into()));
    assert_eq!(m.theme.get().unwrap(), "聚焦高质量,聚力一体化");
    assert_eq!(docs(m, DocAction::Approved), vec!["长三角地区一体化发展三年行动计划(2018—2020年)"]);
    assert_eq!(docs(m, DocAction::Reviewed), vec!["长三角地区合作近期工作要点"]);
    assert_eq!(names(m.cited.iter().map(|s| &s.value)), vec!["长江三角洲城市群发展规划"]);
    // The list follows its verb: `出席座谈会的有:…`.
    let a = attendees(m);
    assert_eq!(a.len(), 8);
    assert_eq!(a[1], ("应勇".into(), "上海市委副书记、市长".into()));
    // Alone, the 2018 newswire knows the 2019 meeting by its province only.
    let alone = only(&["newswire_2018"]);
    let next = meeting(&alone, 2019);
    assert_eq!(place(next), ("安徽".into(), None));
    assert_eq!(next.decided_by.get(), Some(&2018));
    // The 2019 report refines it with the city and keeps the decision.
    let next = meeting(&ARTICLES, 2019);
    assert_eq!(place(next), ("安徽".into(), Some("芜湖".into())));
    assert_eq!(next.decided_by.get(), Some(&2018));
}

#[test]
fn forum_only_piece() {
    let pair = only(&["newswire_2018", "forum_only_2019"]);
    assert!(pair.meeting(2019).unwrap().is_decided_only());
    let f = ARTICLES.forum(2019).unwrap();
    assert_eq!(f.edition.get(), Some(&1));
    assert_eq!(f.date.get().unwrap().iso(), "2019-05-22");
    let p = f.place.get().unwrap();
    assert_eq!((p.province.as_str(), p.city.as_deref()), ("安徽", Some("芜湖")));
    assert_eq!(f.theme.get().unwrap(), "共筑强劲活跃增长极");
    let speakers: Vec<_> = f.speakers.iter().map(|s| s.value.name.as_str()).collect();
    assert_eq!(speakers, vec!["李锦斌", "李强", "娄勤俭", "车俊"]);
    assert_eq!(f.attendees[0].value.name, "李国英");
    assert_eq!(f.keynotes[0].value.name, "王五");
    assert_eq!(names(f.hosts.iter().map(|s| &s.value)), vec!["长三角区域合作办公室"]);
    assert_eq!(names(f.organizers.iter().map(|s| &s.value)), vec!["安徽日报社"]);
    assert_eq!(f.releases.len(), 2);
}

#[test]
fn print_layout_wrapped_every_twenty_characters() {
    let m = meeting(&ARTICLES, 2021);
    assert_eq!(place(m), ("江苏".into(), Some("无锡".into())));
    // A meeting across a month boundary.
    assert_eq!(dates(m), ("2021-05-31".into(), "2021-06-01".into()));
    assert_eq!(m.theme.get().unwrap(), "服务新发展格局、走在现代化前列");
    // Another order of the attendance list: secretaries first, then governors.
    let a = attendees(m);
    assert_eq!(a.len(), 8);
    assert_eq!(a[0], ("娄勤俭".into(), "江苏省委书记".into()));
    assert_eq!(a[6], ("郑栅洁".into(), "浙江省委副书记、省长".into()));
    assert_eq!(names(m.invited.iter().map(|s| &s.value)), vec!["国家发展改革委", "交通运输部"]);
    assert_eq!(docs(m, DocAction::Adopted), vec!["长三角一体化发展规划“十四五”实施方案"]);
    assert_eq!(m.focus_areas.len(), 3);
    assert_eq!(m.press.presider.get().unwrap(), "娄勤俭");
    assert_eq!(m.press.reporter.get().unwrap(), "娄勤俭");
    assert_eq!(m.press.date.get().unwrap().iso(), "2021-06-01");
    assert_eq!(m.press.speakers.len(), 3);
    assert_eq!(m.press.speakers[0].value.role, "上海市委书记", "a bare name takes its role from the attendance list");
    assert_eq!(meeting(&ARTICLES, 2022).decided_by.get(), Some(&2021));
}

#[test]
fn an_article_of_the_genre_with_no_meeting_is_flagged() {
    let r = ARTICLES.reports().iter().find(|r| r.document_id == "preview_only").unwrap();
    assert!(r.in_genre);
    assert_eq!(r.facts, 0);
    assert!(r.warnings.iter().any(|w| w.contains("no meeting")));
}

#[test]
fn contradicting_sources_are_all_kept() {
    let a = "2030年度长三角地区主要领导座谈会在安徽省芜湖市举行\n\n本报讯 5月10日至11日,2030年度长三角地区主要领导座谈会在安徽省芜湖市举行。";
    let b = "本报讯 5月12日,2030年度长三角地区主要领导座谈会在安徽省合肥市举行。";
    let e = Engine::build(vec![
        SourceDocument { id: "a".into(), text: a.into() },
        SourceDocument { id: "b".into(), text: b.into() },
    ]);
    let m = e.meeting(2030).unwrap();
    assert!(m.place.is_conflicting());
    assert_eq!(m.place.get().unwrap().city.as_deref(), Some("芜湖"), "the better-attested value first");
    assert_eq!(m.place.values[1].value.city.as_deref(), Some("合肥"));
    assert_eq!(m.dates.values.len(), 2);
}

#[test]
fn newswire_with_collective_roles_and_a_decision_by_hosting_province() {
    let m = meeting(&ARTICLES, 2020);
    assert_eq!(place(m), ("浙江".into(), Some("湖州".into())));
    // `20日` under the dateline `新华社杭州8月21日电`.
    assert_eq!(dates(m), ("2020-08-20".into(), "2020-08-20".into()));
    assert_eq!(m.theme.get().unwrap(), "战疫一盘棋 夺取双胜利");
    assert_eq!(docs(m, DocAction::Approved), vec!["长三角一体化发展2020年度工作计划"]);
    let a = attendees(m);
    assert_eq!(a.len(), 8);
    assert_eq!(a[1], ("龚正".into(), "上海市领导".into()));
    // `2021年度会议由江苏省承办`, and the 2021 article's own city refines the decided province.
    let next = meeting(&ARTICLES, 2021);
    assert_eq!(next.decided_by.get(), Some(&2020));
    assert_eq!(place(next), ("江苏".into(), Some("无锡".into())));
    assert!(!next.place.is_conflicting());
}

#[test]
fn relative_days_are_read_against_the_publication_date() {
    let text = "2017年12月14日 星期四\n\n本报讯 昨天下午,2017年度长三角地区主要领导座谈会在安徽合肥召开。\n\n今天上午,长三角一体化发展成果发布会在合肥举行。";
    let e = Engine::build(vec![SourceDocument { id: "rel".into(), text: text.into() }]);
    let m = e.meeting(2017).unwrap();
    assert_eq!(dates(m), ("2017-12-13".into(), "2017-12-13".into()));
    assert_eq!(place(m), ("安徽".into(), Some("合肥".into())));
    assert_eq!(m.press.date.get().unwrap().iso(), "2017-12-14");
}

/// A page dated only by its masthead: `25日在南京召开` takes the year and month of `2017年5月26日`;
/// ASCII quotes around the theme; `会议由…主持`; `会议决定,下一年度…由上海市承办`; roles without
/// 副书记 (`上海市长应勇`, `浙江省代省长袁家军`).
#[test]
fn masthead_dated_page() {
    let e = only(&["page_2017_nanjing"]);
    let m = meeting(&e, 2017);
    assert_eq!(place(m), ("江苏".into(), Some("南京".into())));
    assert_eq!(dates(m), ("2017-05-25".into(), "2017-05-25".into()));
    assert_eq!(m.theme.get().unwrap(), "共建长三角世界级城市群,推动更高质量一体化发展");
    assert_eq!(m.presider.get().map(String::as_str), Some("李强"));
    assert_eq!(docs(m, DocAction::Adopted).len(), 2);
    assert_eq!(names(m.cited.iter().map(|s| &s.value)), vec!["长江三角洲城市群发展规划"]);
    let a = attendees(m);
    assert_eq!(a.len(), 8);
    assert!(a.contains(&("袁家军".into(), "浙江省代省长".into())));
    assert_eq!(meeting(&e, 2018).decided_by.get(), Some(&2017));
}

/// A newswire whose dateline stands on a line of its own: `21日至22日` takes its month.
#[test]
fn dateline_on_its_own_line() {
    let e = only(&["newswire_2019_wuhu"]);
    let m = meeting(&e, 2019);
    assert_eq!(place(m), ("安徽".into(), Some("芜湖".into())));
    assert_eq!(dates(m), ("2019-05-21".into(), "2019-05-22".into()));
    assert_eq!(m.press.presider.get().map(String::as_str), Some("李锦斌"));
    assert_eq!(m.press.reporter.get().map(String::as_str), Some("李锦斌"));
    assert!(m.presider.is_empty());
    assert_eq!(docs(m, DocAction::Signed), vec!["长三角地区市场体系一体化建设合作备忘录"]);
    assert_eq!(meeting(&e, 2020).decided_by.get(), Some(&2019));
}

/// Lines wrapped at 22 characters under a masthead: the meeting's presider apart from the press
/// conference's, a cited plan kept apart from the adopted ones, the forum of the same page.
#[test]
fn wrapped_masthead_page() {
    let e = only(&["masthead_2025_suzhou"]);
    let m = meeting(&e, 2025);
    assert_eq!(place(m), ("江苏".into(), Some("苏州".into())));
    assert_eq!(dates(m), ("2025-06-10".into(), "2025-06-11".into()));
    assert_eq!(m.presider.get().map(String::as_str), Some("信长星"));
    assert_eq!(m.press.presider.get().map(String::as_str), Some("刘小涛"));
    assert_eq!(m.press.reporter.get().map(String::as_str), Some("信长星"));
    assert_eq!(docs(m, DocAction::Adopted).len(), 2);
    assert!(m.cited.iter().any(|c| c.value.contains("三年行动计划")));
    // The seven of the list and the presider.
    assert_eq!(attendees(m).len(), 8);
    let f = e.forum(2025).unwrap();
    assert_eq!(f.edition.get(), Some(&7));
    assert_eq!(names(f.organizers.iter().map(|s| &s.value)), vec!["新华日报社"]);
    // A keynote without a topic: `南京大学教授周立新作主旨演讲`.
    assert_eq!(f.keynotes[0].value.name, "周立新");
}

/// The press conference's own place, when its article reports it apart.
#[test]
fn press_conference_place() {
    let p = BUILTIN.meeting(2023).unwrap().press.place.get().unwrap();
    assert_eq!(p.city.as_deref(), Some("合肥"));
    assert!(BUILTIN.meeting(2024).unwrap().press.place.is_empty());
}

fn one(text: &str) -> Engine {
    Engine::build(vec![SourceDocument { id: "t".into(), text: text.into() }])
}

#[test]
fn the_year_of_an_undated_newswire_comes_from_its_titles_and_its_decision() {
    // No year in the dateline and none with the meeting: `原则同意《…2019年度…》` is about a
    // document, not a decision about a later meeting, so 2019 stands; 会议确定2020年度 does not count.
    let e = one(
        "新华社合肥5月22日电(记者 甲乙)长三角地区主要领导座谈会22日在安徽芜湖召开。安徽省委书记李锦斌主持会议,上海市委书记李强、江苏省委书记娄勤俭、浙江省委书记车俊出席会议并讲话。\n\n会议以“共筑强劲活跃增长极”为主题,审议并原则同意《长三角一体化发展2019年度工作计划》。\n\n会议确定,2020年度长三角地区主要领导座谈会由浙江省承办。",
    );
    let m = meeting(&e, 2019);
    assert_eq!(dates(m), ("2019-05-22".into(), "2019-05-22".into()));
    assert_eq!(m.presider.get().map(String::as_str), Some("李锦斌"));
    let people = attendees(m);
    for name in ["李锦斌", "李强", "娄勤俭", "车俊"] {
        assert!(people.iter().any(|(n, _)| n == name), "{name} missing from {people:?}");
    }
    assert_eq!(meeting(&e, 2020).place.get().map(|p| p.province.as_str()), Some("浙江"));
    // Without the title, the decision alone dates the article: the year before the one decided.
    let e = one(
        "新华社合肥5月22日电 长三角地区主要领导座谈会22日在安徽芜湖召开。\n\n会议确定,2020年度长三角地区主要领导座谈会由浙江省承办。",
    );
    assert_eq!(place(meeting(&e, 2019)), ("安徽".into(), Some("芜湖".into())));
}

#[test]
fn a_web_page_dated_in_iso_form() {
    let e = one(
        "首页 > 要闻\n\n长三角地区主要领导座谈会在上海召开\n\n发布时间:2018-06-02 06:58 来源:解放日报\n\n昨天,长三角地区主要领导座谈会在上海召开。上海市委书记李强主持会议并讲话,江苏省委书记娄勤俭、浙江省委书记车俊、安徽省委书记李锦斌分别讲话。上海市委副书记、市长应勇,江苏省委副书记、省长吴政隆参加会议。",
    );
    let m = meeting(&e, 2018);
    assert_eq!(dates(m), ("2018-06-01".into(), "2018-06-01".into()));
    let people = attendees(m);
    for name in ["李强", "娄勤俭", "车俊", "李锦斌", "应勇", "吴政隆"] {
        assert!(people.iter().any(|(n, _)| n == name), "{name} missing from {people:?}");
    }
}

#[test]
fn a_traditional_character_article() {
    let e = one(
        "2019年度長三角地區主要領導座談會在蕪湖舉行\n\n本報訊 5月22日,2019年度長三角地區主要領導座談會在安徽省蕪湖市舉行。上海市委書記李強,江蘇省委書記婁勤儉出席會議。會議以「共築強勁活躍增長極」為主題。",
    );
    let m = meeting(&e, 2019);
    assert_eq!(place(m), ("安徽".into(), Some("芜湖".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("共筑强劲活跃增长极"));
    assert!(attendees(m).iter().any(|(n, r)| n == "娄勤俭" && r == "江苏省委书记"));
}

#[test]
fn a_forum_paragraph_inside_a_meeting_article() {
    let e = one(
        "本报讯 6月3日至4日,2035年度长三角地区主要领导座谈会在安徽省马鞍山市举行。\n\n第九届长三角一体化发展高层论坛4日下午在马鞍山举行。本届论坛由长三角一体化发展联席会议主办,安徽日报报业集团承办。中国科学技术大学校长包信和、中国工程院院士潘云鹤先后作主旨演讲。\n\n会议确定,2036年度长三角地区主要领导座谈会在浙江省召开。",
    );
    let f = e.kb().forums.get(&2035).expect("forum 2035");
    assert_eq!(f.edition.get(), Some(&9));
    assert_eq!(names(f.hosts.iter().map(|s| &s.value)), vec!["长三角一体化发展联席会议"]);
    assert_eq!(names(f.organizers.iter().map(|s| &s.value)), vec!["安徽日报报业集团"]);
    let keynotes: Vec<&str> = f.keynotes.iter().map(|k| k.value.name.as_str()).collect();
    assert_eq!(keynotes, vec!["包信和", "潘云鹤"]);
    assert_eq!(meeting(&e, 2035).next.get().map(|n| n.province.as_str()), Some("浙江"));
}

#[test]
fn press_speakers_after_the_presider_and_reporter() {
    let e = one(
        "本报讯 6月3日至4日,2035年度长三角地区主要领导座谈会在安徽省马鞍山市举行。\n\n4日上午,长三角一体化发展成果发布会举行。王清宪主持发布会,梁言顺代表与会各方通报座谈会主要成果,陈吉宁、信长星、王浩分别致辞。",
    );
    let p = &meeting(&e, 2035).press;
    assert_eq!(p.presider.get().map(String::as_str), Some("王清宪"));
    assert_eq!(p.reporter.get().map(String::as_str), Some("梁言顺"));
    let speakers: Vec<&str> = p.speakers.iter().map(|a| a.value.name.as_str()).collect();
    assert_eq!(speakers, vec!["陈吉宁", "信长星", "王浩"]);
}

#[test]
fn a_list_titled_before_its_verb_with_items_in_one_sentence() {
    let e = one(
        "本报讯 记者从29日举行的第七届长三角一体化发展高层论坛上获悉,2035年度长三角一体化发展实事项目清单正式发布,共包括3项民生实事。根据清单,三省一市今年将新增跨省通办事项30项;推动检查检验结果互认项目达到300项;新开通省际毗邻公交线路10条。",
    );
    let list = e.kb().lists.iter().find(|l| l.year == 2035).expect("list 2035");
    assert_eq!(list.item_count.get(), Some(&3));
    let headings: Vec<&str> = list.items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(
        headings,
        vec!["新增跨省通办事项30项", "推动检查检验结果互认项目达到300项", "新开通省际毗邻公交线路10条"]
    );
}

#[test]
fn a_page_jump_ends_the_paragraph_it_interrupts() {
    let e = one(
        "本报讯 5月21日至22日,2031年度长三角地区主要领导座谈会在江苏省无锡市举行。会议确定,2032年度长三角地区主要领导座谈会在上海市\n(下转第2版)\n第三届长三角一体化发展高层论坛举行\n本报讯 22日上午,第三届长三角一体化发展高层论坛在无锡举行。",
    );
    let f = e.kb().forums.get(&2031).expect("forum 2031");
    assert!(f.edition.values.iter().all(|s| s.evidence.iter().all(|ev| !ev.quote.contains("会议确定"))));
}

#[test]
fn a_web_page_with_a_comma_headline_and_related_links() {
    let e = one(
        "2038年度长三角地区主要领导座谈会在宁波举行，明年将在江苏召开\n\n澎湃新闻记者 周琳 宁波报道\n2038-06-12 09:30 来源:澎湃新闻\n\n分享至:微信 微博\n\n6月10日至11日,2038年度长三角地区主要领导座谈会在浙江省宁波市举行。会议审议了2038年度工作计划。会议确定,下一年度座谈会由江苏省承办。\n\n相关推荐\n2037年度长三角地区主要领导座谈会在安徽蚌埠召开 2037-06-10\n",
    );
    let m = meeting(&e, 2038);
    assert_eq!(dates(m), ("2038-06-10".into(), "2038-06-11".into()));
    assert_eq!(docs(m, DocAction::Reviewed), vec!["2038年度工作计划"]);
    assert_eq!(meeting(&e, 2039).place.get().map(|p| p.province.as_str()), Some("江苏"));
    // The related link names no fact.
    assert!(e.meeting(2037).is_err());
}

#[test]
fn a_document_adopted_by_the_central_government_is_cited() {
    let e = one(
        "本报讯 5月22日,2039年度长三角地区主要领导座谈会在安徽省芜湖市举行。会议审议通过了《长三角一体化发展2039年度工作计划》,要求认真落实中央政治局会议审议通过的《长江三角洲区域一体化发展规划纲要》。",
    );
    let m = meeting(&e, 2039);
    assert_eq!(docs(m, DocAction::Adopted), vec!["长三角一体化发展2039年度工作计划"]);
    assert!(m.cited.iter().any(|c| c.value == "长江三角洲区域一体化发展规划纲要"));
}

fn speakers(m: &Meeting) -> Vec<&str> {
    m.speakers.iter().map(|a| a.value.name.as_str()).collect()
}

#[test]
fn those_who_attend_and_speak_are_speakers_too() {
    let e = one("本台消息:2060年度长三角地区主要领导座谈会6月1日在江苏省南京市召开。\
         江苏省委书记甲乙,上海市委书记丙丁出席座谈会并讲话。上海市市长戊己出席。");
    let m = meeting(&e, 2060);
    assert_eq!(speakers(m), vec!["甲乙", "丙丁"]);
    assert_eq!(attendees(m).len(), 3);
}

#[test]
fn the_presider_summing_up_speaks() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会6月1日在浙江省湖州市举行。浙江省委书记甲乙主持座谈会。\
         上海市委书记丙丁、江苏省委书记戊己分别讲话,甲乙作总结讲话。");
    assert_eq!(speakers(meeting(&e, 2060)), vec!["丙丁", "戊己", "甲乙"]);
}

#[test]
fn a_governor_reporting_at_the_meeting_attends_it() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会7月1日在安徽省芜湖市召开。座谈会由安徽省委书记甲乙主持。\
         安徽省省长丙丁通报了长三角区域合作办公室年度工作情况。国家部委负责人戊己通报了有关情况。");
    let m = meeting(&e, 2060);
    assert_eq!(m.reporter.get().map(String::as_str), Some("丙丁"));
    assert!(attendees(m).contains(&("丙丁".into(), "安徽省省长".into())));
    assert!(attendees(m).iter().all(|(n, _)| n != "戊己"));
}

#[test]
fn a_meeting_made_clear_who_hosts_next() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会5月27日在浙江省嘉兴市举行。\
         会议明确,2061年度长三角地区主要领导座谈会将由安徽省承办。");
    assert_eq!(meeting(&e, 2060).next.get().map(|n| n.province.as_str()), Some("安徽"));
}

/// Each Chinese paragraph followed by its English translation: the translation joins neither the
/// sentence before nor the one after, and does not end the article.
#[test]
fn a_bilingual_page_keeps_its_translations_apart() {
    let e = one(
        "首页 Home > 区域 Regional\n作者 By 甲丙 Jia Bing in Jiaxing\n长三角主要领导座谈会在浙江嘉兴举行\nLeaders meet in Jiaxing\n\n\
         2060年度长三角地区主要领导座谈会5月27日在浙江省嘉兴市举行。\n\
         The meeting was held in Jiaxing, Zhejiang province.\n\n\
         本次座谈会主题为“共建统一大市场”。\n\
         The theme was \"Building a unified market in the Delta\".\n\
         浙江省委书记甲乙主持座谈会。\n\
         Jia Yi, Party secretary of Zhejiang, presided over the meeting and made concluding remarks.\n\
         上海市市长丙丁、江苏省省长戊己出席座谈会。\n\
         Shanghai Mayor Bing Ding and Jiangsu Governor Wu Ji attended.\n",
    );
    let m = meeting(&e, 2060);
    assert_eq!(m.theme.get().map(String::as_str), Some("共建统一大市场"));
    assert_eq!(
        attendees(m),
        vec![
            ("甲乙".into(), "浙江省委书记".into()),
            ("丙丁".into(), "上海市市长".into()),
            ("戊己".into(), "江苏省省长".into())
        ]
    );
    assert!(m.attendees.iter().all(|a| a.evidence.iter().all(|ev| !ev.quote.contains("remarks"))));
    // A byline mostly in English is not the headline's first half.
    assert!(m.place.values.iter().flat_map(|p| &p.evidence).all(|ev| !ev.quote.contains("By")));
}

#[test]
fn a_count_in_brackets_a_second_list_by_its_count_and_each_lists_examples() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会7月8日在安徽省安庆市召开。\
         会议发布了2060年度长三角地区一体化发展重点合作事项清单(共16项),以及长三角民生实事项目10项。\
         重点合作事项包括甲航道整治、乙产业链协同攻关等;民生实事项目包括异地就医结算扩围、养老补贴互认等。\
         出席名单包括上海市委书记丙丁、江苏省委书记戊己等。");
    let lists = &e.kb().lists;
    let list = |key: &str| lists.iter().find(|l| l.year == 2060 && l.title.contains(key)).expect(key);
    let headings = |key: &str| list(key).items.iter().map(|i| i.heading.clone()).collect::<Vec<_>>();
    assert_eq!(list("重点合作事项").item_count.get(), Some(&16));
    assert_eq!(list("民生实事项目").item_count.get(), Some(&10));
    assert_eq!(headings("重点合作事项"), vec!["甲航道整治", "乙产业链协同攻关"]);
    assert_eq!(headings("民生实事项目"), vec!["异地就医结算扩围", "养老补贴互认"]);
    assert_eq!(lists.iter().filter(|l| l.year == 2060).count(), 2);
}

#[test]
fn the_examples_of_the_list_a_sentence_releases() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会6月11日在江苏省常州市召开。\
         会上发布了2060年度长三角地区一体化发展重点合作事项清单,清单共18项,包括共建算力调度枢纽、推进高等教育合作等。");
    let list = e.kb().lists.iter().find(|l| l.year == 2060).expect("list 2060");
    assert_eq!(list.item_count.get(), Some(&18));
    let headings: Vec<&str> = list.items.iter().map(|i| i.heading.as_str()).collect();
    assert_eq!(headings, vec!["共建算力调度枢纽", "推进高等教育合作"]);
}

#[test]
fn the_fields_a_list_spans_are_not_its_items() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会6月11日在江苏省常州市召开。\
         会上发布了2060年度长三角地区一体化发展重点合作事项清单,包括交通、科创、产业等领域。\
         会上还发布了《长三角标志性成果清单》,涵盖已开通的城际铁路、打通的省际断头路等十大标志性成果。");
    assert!(e.kb().lists.iter().all(|l| l.items.is_empty()));
}

#[test]
fn a_connective_between_two_entries_splits_the_list_but_not_a_body_named_with_it() {
    let e = one("本报讯 2060年度长三角地区主要领导座谈会6月11日在江苏省常州市召开。\
         上海市委书记甲乙、江苏省委书记丙丁和浙江省委副书记、省长戊己先后讲话。\
         安徽省委书记庚辛以及上海市委副书记、市长壬癸出席会议。\
         国家发展和改革委员会副主任子丑、住房和城乡建设部副部长寅卯应邀出席会议。");
    let people = attendees(meeting(&e, 2060));
    let role = |name: &str| {
        people.iter().find(|(n, _)| n == name).map(|(_, r)| r.as_str()).unwrap_or_else(|| panic!("{name}: {people:?}"))
    };
    assert_eq!(role("丙丁"), "江苏省委书记");
    assert_eq!(role("戊己"), "浙江省委副书记、省长");
    assert_eq!(role("庚辛"), "安徽省委书记");
    assert_eq!(role("壬癸"), "上海市委副书记、市长");
    assert_eq!(role("子丑"), "国家发展和改革委员会副主任");
    assert_eq!(role("寅卯"), "住房和城乡建设部副部长");
}

/// One article of `tests/data/web` (real web layouts, in our own words) on its own.
fn web(stem: &str) -> Engine {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/web/{stem}.txt"));
    let text = std::fs::read_to_string(path).expect("web test article");
    Engine::build(vec![SourceDocument { id: stem.to_string(), text }])
}

#[test]
fn a_plain_report_keeps_its_list_theme_plan_and_forum_keynotes() {
    let e = web("plain_list_frames");
    let m = meeting(&e, 2041);
    assert_eq!(place(m), ("江苏".into(), Some("无锡".into())));
    let people = attendees(m);
    assert_eq!(people.len(), 8, "{people:?}");
    assert!(people.contains(&("钱正义".into(), "江苏省委副书记、省长".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("携手共建新格局、勇当发展排头兵"));
    assert_eq!(docs(m, DocAction::Reviewed), ["长三角地区一体化发展三年行动计划(2041-2043年)"]);
    let f = e.forum(2041).expect("forum 2041");
    let keynotes: Vec<&str> = f.keynotes.iter().map(|k| k.value.name.as_str()).collect();
    assert_eq!(keynotes, ["张三立", "李四海"]);
}

#[test]
fn an_undated_wire_takes_the_first_year_of_its_plan_and_local_roles_their_own_province() {
    let e = web("undated_wire");
    // No year anywhere but the plan's span: the meeting is the span's first year, never its last.
    assert!(e.meeting(2046).is_err());
    let m = meeting(&e, 2044);
    assert_eq!(place(m), ("安徽".into(), Some("芜湖".into())));
    let people = attendees(m);
    // `江苏省委书记孙立平、省长钱正义`: the governor is Jiangsu's, not the host province's.
    assert!(people.contains(&("钱正义".into(), "江苏省长".into())), "{people:?}");
    assert!(people.contains(&("李青山".into(), "浙江省长".into())), "{people:?}");
}

#[test]
fn inline_pinyin_of_a_bad_converter_does_not_hide_the_meeting() {
    let e = web("inline_pinyin");
    let m = meeting(&e, 2047);
    assert_eq!(place(m), ("江苏".into(), Some("南京".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("携手共进、开放共赢"));
    assert_eq!(attendees(m).len(), 4);
}

#[test]
fn a_forum_named_after_the_clause_that_holds_it_gets_its_day_theme_and_speakers() {
    let e = web("forum_paragraph");
    let f = e.forum(2048).expect("forum 2048");
    assert_eq!(f.date.get().map(|d| d.iso()), Some("2048-06-02".into()));
    assert_eq!(f.theme.get().map(String::as_str), Some("共建共享、协同创新"));
    let topics: Vec<(&str, &str)> =
        f.keynotes.iter().map(|k| (k.value.name.as_str(), k.value.topic.as_str())).collect();
    assert_eq!(topics, [("杨立新", "统一大市场建设"), ("陈思远", "长三角科创共同体")]);
    // The forum's theme is not the meeting's.
    assert!(meeting(&e, 2048).theme.get().is_none());
}

#[test]
fn slogans_portal_furniture_and_bbs_threads_do_not_hide_the_lede() {
    let e = web("slogan_portal");
    let m = meeting(&e, 2045);
    assert_eq!(place(m), ("浙江".into(), Some("杭州".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("数字赋能、绿色共富"));
    let bbs = web("bbs_repost");
    // The year is only in the post's date stamp.
    let m = meeting(&bbs, 2046);
    assert_eq!(place(m).0, "上海");
    assert_eq!(docs(m, DocAction::Reviewed), ["长三角区域一体化发展2046年度工作计划"]);
}

#[test]
fn a_slogan_before_a_forum_lede_and_an_app_menu_do_not_hide_the_forum() {
    // No year anywhere: the edition dates it (首届 in 2019, one a year).
    let e = web("forum_app_page");
    let f = e.forum(2027).expect("第九届 is 2027's forum");
    assert_eq!(f.date.get().map(|d| d.iso()), Some("2027-06-03".into()));
    let speakers: Vec<&str> = f.speakers.iter().map(|a| a.value.name.as_str()).collect();
    assert_eq!(speakers, ["周明远"]);
    let presiders: Vec<&str> = f.presiders.iter().map(|a| a.value.name.as_str()).collect();
    assert_eq!(presiders, ["孙立平"]);
    assert!(f.attendees.iter().any(|a| a.value.name == "赵启航" && a.value.role == "浙江省委书记"));
}

#[test]
fn a_trailing_press_clause_in_the_lede_does_not_take_the_attendance_list() {
    let e = web("trailing_press");
    let m = meeting(&e, 2052);
    assert_eq!(m.press.date.get().map(|d| d.iso()), Some("2052-05-27".into()));
    let people = attendees(m);
    assert_eq!(people.len(), 4, "{people:?}");
    assert!(m.press.speakers.is_empty());
}

#[test]
fn a_study_session_quoting_the_meeting_gives_the_meeting_nothing_of_its_own() {
    let e = web("study_session");
    let m = meeting(&e, 2049);
    // The session met on 6月19日; the meeting on 16–17.
    assert_eq!(dates(m), ("2049-06-16".into(), "2049-06-17".into()));
    assert!(!m.dates.is_conflicting());
    assert_eq!(place(m).0, "上海");
    assert!(attendees(m).is_empty(), "the city's officials attend the session, not the meeting");
}

#[test]
fn a_look_back_names_an_earlier_meeting_and_does_not_make_this_years_acts_citations() {
    let e = web("look_back");
    let m = meeting(&e, 2050);
    assert_eq!(docs(m, DocAction::Approved), ["长三角区域一体化发展2050年度工作计划"]);
    assert!(m.cited.is_empty());
    // `2049年上海会议以来`: the 2049 meeting's place, quoted from that sentence.
    let back = meeting(&e, 2049);
    assert_eq!(place(back).0, "上海");
    assert!(back.place.values[0].evidence[0].quote.contains("2049年上海会议以来"));
}

#[test]
fn a_page_with_no_year_is_dated_by_the_strategys_anniversary() {
    // `今年是…上升为国家战略八周年`: the strategy dates from 2018.
    let e = web("press_anniversary");
    let m = meeting(&e, 2026);
    assert_eq!(m.press.date.get().map(|d| d.iso()), Some("2026-06-09".into()));
    assert_eq!(m.press.reporter.get().map(String::as_str), Some("孙立平"));
}

#[test]
fn an_interview_recalls_earlier_meetings_as_their_own_years_facts() {
    let e = web("interview_recall");
    let m = meeting(&e, 2090);
    assert_eq!(place(m).0, "安徽");
    assert_eq!(docs(m, DocAction::Adopted), ["长三角山区生态补偿协作方案"]);
    assert_eq!(m.theme.get().map(String::as_str), Some("徽韵山水 协同共进"));
    assert!(m.cited.is_empty(), "the recalled meetings' documents are theirs, not cited by this one");
    // `去年在嘉兴召开的座谈会,主题是…,审议通过了《…》`: the 2089 meeting's place, theme and document.
    let last = meeting(&e, 2089);
    assert_eq!(place(last), ("浙江".to_string(), Some("嘉兴".to_string())));
    assert_eq!(last.theme.get().map(String::as_str), Some("红船起航 共创新篇"));
    assert_eq!(docs(last, DocAction::Adopted), ["长三角革命文物保护利用协作办法"]);
    let earlier = meeting(&e, 2087);
    assert_eq!(place(earlier).1.as_deref(), Some("南京"));
    assert_eq!(docs(earlier, DocAction::Signed), ["长三角人才互认协议"]);
    // An interviewer's question does not end the piece: the press conference is still this year's.
    assert_eq!(m.press.reporter.get().map(String::as_str), Some("程望远"));
}

/// A feature page dated only by its stamp in the 2100s, whose second section goes back to the
/// first meeting (`镜头转回到2111年。那年…`): that section's meeting, leaders held `时任`, and its
/// adopted plan are that year's; a leader's `连续第三次出席` is no place in the series.
#[test]
fn a_roundup_section_dated_by_its_lead_in_is_that_years() {
    let text = "长三角观察 > 深度 > 正文\n\
        2118-06-02 10:20:31 来源：江南观察网\n\
        一、今年：在临澄再聚首\n\
        5月30日至31日,2118年度长三角地区主要领导座谈会在江苏省临澄市举行。上海市委书记蒋岩、江苏省委书记祁远出席会议。\
        祁远已是连续第三次出席座谈会。\n\
        二、起点：从枫渚出发\n\
        镜头转回到2111年。那年6月8日至9日,首次长三角地区主要领导座谈会在安徽省枫渚市举行。\
        时任上海市委书记韦立言,安徽省委书记祁远出席了那次会议。\n\
        那次会议审议通过了《长三角区域协作三年纲要(2111—2113年)》。\n";
    let e = Engine::build(vec![SourceDocument { id: "roundup".into(), text: text.into() }]);
    let now = meeting(&e, 2118);
    assert_eq!(place(now).1.as_deref(), Some("临澄"));
    assert!(now.series.get().is_none(), "a person's third attendance is not the series: {:?}", now.series);
    assert!(now.place.values.len() == 1, "the first meeting's city is not this year's: {:?}", now.place);
    let first = meeting(&e, 2111);
    assert_eq!(place(first).1.as_deref(), Some("枫渚"));
    assert_eq!(dates(first), ("2111-06-08".into(), "2111-06-09".into()));
    assert!(attendees(first).contains(&("韦立言".into(), "上海市委书记".into())), "{:?}", attendees(first));
    assert_eq!(docs(first, DocAction::Adopted), vec!["长三角区域协作三年纲要(2111—2113年)"]);
    // The report states which meeting was the first: the series' first is then known.
    let a = e.ask(&yrdqa_server::engine::Question::new("第一次长三角地区主要领导座谈会在哪里开的？")).unwrap();
    assert!(a.answer.contains("枫渚"), "{a:?}");
}

/// A forum feature in our own words: its results conference (成果发布会) is the meeting's, a line
/// listing the media (`新华社、人民日报…的记者`) is no dateline, and the closing section on the
/// meeting (`论坛举行前,…座谈会已于…召开`) gives the meeting's theme, plan and place in the
/// series; a year its report does not count is counted back from a later report.
#[test]
fn a_forum_features_sections_on_the_press_conference_and_the_meeting() {
    let text = "第十二届长三角一体化发展高层论坛在汀溪举行\n\n\
        6月9日上午,第十二届长三角一体化发展高层论坛在浙江省汀溪市举行。论坛围绕“数实共进”主题展开。\n\n\
        【成果发布会】\n\n\
        当天上午10时,长三角一体化发展成果发布会在汀溪会议中心举行。发布会由浙江省委副书记、省长岑望主持,\
        浙江省委书记闻韶代表与会各方通报了此次座谈会主要成果。\n\n\
        新华社、人民日报、浙江日报等30余家媒体的记者参加发布会。\n\n\
        【座谈会】\n\n\
        论坛举行前,2122年度长三角地区主要领导座谈会已于6月8日至9日在汀溪召开。\
        会议以“同频共振、再攀新高”为主题,审议通过《长三角协同创新行动方案(2122—2124年)》。\
        这是三省一市自2110年以来连续第十三年召开主要领导座谈会。\n";
    let e = Engine::build(vec![SourceDocument { id: "feature".into(), text: text.into() }]);
    let m = meeting(&e, 2122);
    assert_eq!(m.theme.get().map(String::as_str), Some("同频共振、再攀新高"));
    assert_eq!(docs(m, DocAction::Adopted), vec!["长三角协同创新行动方案(2122—2124年)"]);
    assert_eq!(m.series.get().map(|s| s.nth), Some(13));
    let a = e.ask(&yrdqa_server::engine::Question::new("2122年成果发布会由谁主持？")).unwrap();
    assert!(a.answer.contains("岑望"), "{a:?}");
    let a = e.ask(&yrdqa_server::engine::Question::new("2120年度座谈会是连续第几年召开？")).unwrap();
    assert!(a.answer.contains("第11年"), "{a:?}");
}

/// Keynotes as features list them, in our own words: dash-led items after an intro, each its own
/// frame (`以“X”为题`, `分享了“Y”`, `围绕“Z”作主旨演讲`), and `作了题为“W”的主旨演讲` after a clause
/// on the forum's own theme (`论坛围绕“…”主题展开`), which names no speaker.
#[test]
fn keynotes_listed_by_dashes_and_titled_in_quotes() {
    let text = "2124年第十届长三角一体化发展高层论坛在澄江举行\n\n\
        6月3日上午,2124年第十届长三角一体化发展高层论坛在江苏省澄江市举行。\
        论坛围绕“融合共生”主题展开,海川大学校长严霁作了题为“区域创新的底层逻辑”的主旨演讲。\n\n\
        论坛另有三场主旨演讲:\n\
        ——研究院院长柯望,以“数据跨域流通”为题,介绍了试点经验;\
        ——集团董事长焦一帆,分享了“链主企业的协同实践”,称配套率过半;\
        ——实验室主任穆清,围绕“量子网络组网”作主旨演讲。\n";
    let e = Engine::build(vec![SourceDocument { id: "keynotes".into(), text: text.into() }]);
    let f = e.kb().forums.get(&2124).expect("the forum of 2124");
    let mut got: Vec<(String, String)> =
        f.keynotes.iter().map(|k| (k.value.name.clone(), k.value.topic.clone())).collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            ("严霁".to_string(), "区域创新的底层逻辑".to_string()),
            ("柯望".to_string(), "数据跨域流通".to_string()),
            ("焦一帆".to_string(), "链主企业的协同实践".to_string()),
            ("穆清".to_string(), "量子网络组网".to_string()),
        ]
    );
}

#[test]
fn a_portal_repost_with_a_caption_an_app_dateline_and_lost_characters() {
    // A traditional page: the photo caption (`本報記者…攝`) goes, the app's dateline (`…客戶端訊`)
    // opens the report, and `錢??;` (characters the converter lost) does not end the sentence.
    let e = web("portal_caption_dateline");
    let m = meeting(&e, 2071);
    assert_eq!(place(m), ("安徽".into(), Some("芜湖".into())));
    assert_eq!(dates(m), ("2071-05-22".into(), "2071-05-22".into()));
    let people = attendees(m);
    assert_eq!(people.len(), 7, "{people:?}");
    assert!(people.iter().any(|(n, _)| n == "陆文涛") && people.iter().any(|(n, _)| n == "何振宇"));
    assert_eq!(docs(m, DocAction::Approved), ["长三角一体化发展2071年工作计划"]);
    assert_eq!(m.theme.get().map(String::as_str), Some("同心聚力、携手共进"));
}

#[test]
fn a_meeting_years_ago_is_not_this_years_and_the_first_is_dated_by_its_own_date() {
    let e = web("history_look_back");
    // `25年后的今天` is not the page's day; `25年前` is not this year's meeting.
    let m = meeting(&e, 2080);
    assert_eq!(place(m), ("江苏".into(), Some("南京".into())));
    assert!(m.dates.is_empty(), "{:?}", m.dates);
    assert_eq!(m.place.values.len(), 1, "{:?}", m.place);
    // `2055年12月25日,首次…座谈会在杭州召开`: the first meeting, of the year its date gives.
    let first = meeting(&e, 2055);
    assert_eq!(place(first), ("浙江".into(), Some("杭州".into())));
    assert_eq!(dates(first), ("2055-12-25".into(), "2055-12-25".into()));
    assert_eq!(first.series.get().map(|s| s.nth), Some(1));
}

#[test]
fn words_of_pinyin_go_and_the_leaders_gathered_in_a_city_give_the_place() {
    let e = web("pinyin_gathered");
    let m = meeting(&e, 2090);
    assert_eq!(place(m), ("江苏".into(), Some("南京".into())));
    assert_eq!(dates(m), ("2090-06-06".into(), "2090-06-07".into()));
    assert_eq!(m.theme.get().map(String::as_str), Some("协同创新、共赴未来"));
}

fn inline(text: &str) -> Engine {
    Engine::build(vec![SourceDocument { id: "inline".into(), text: text.into() }])
}

#[test]
fn the_nth_meeting_of_the_leaders_is_its_place_in_the_series() {
    let e = inline(
        "6月3日至4日,2077年度长三角地区主要领导座谈会在安徽黄山召开。这是一体化上升为国家战略以来,三省一市主要领导的第9次座谈会。",
    );
    let m = meeting(&e, 2077);
    assert_eq!(m.series.get().map(|s| s.nth), Some(9));
}

#[test]
fn a_batch_of_the_items_a_list_names_is_its_count() {
    let e = inline(
        "与此同时,2078年6月长三角地区主要领导座谈会期间,三省一市共同发布2078年长三角一体化发展实事项目清单。这是自2077年首创该机制以来,三省一市共同谋划的第二批12个实事项目。目前,其中两项任务已基本达到预期。",
    );
    let list = e.lists(2078).next().expect("the list");
    assert_eq!(list.item_count.get(), Some(&12));
}

#[test]
fn an_event_of_the_meeting_held_somewhere_does_not_place_the_meeting() {
    let e = inline(
        "5月20日,2079年长三角地区主要领导座谈会重大项目开工仪式在浙江嘉善举办。通过“云开工”的形式,各分会场视频连线。",
    );
    let m = meeting(&e, 2079);
    assert!(m.place.is_empty(), "{:?}", m.place);
    assert!(m.dates.is_empty(), "{:?}", m.dates);
    assert_eq!(names(m.side_events.iter().map(|s| &s.value)), ["重大项目开工仪式在浙江嘉善举办"]);
}

#[test]
fn a_leader_who_shares_a_case_at_the_forum_of_a_meeting_report_speaks_there() {
    let e = inline(
        "6月6日至7日,2081年度长三角地区主要领导座谈会在江苏南京召开。上海市委书记周明远,江苏省委书记孙立平,浙江省委书记赵启航,安徽省委书记王承德出席会议。\n高层论坛上,江苏省委书记孙立平分享了一个三省一市推进科技创新的案例。",
    );
    let f = e.forum(2081).expect("the forum beside the meeting");
    let speakers: Vec<&str> = f.speakers.iter().map(|a| a.value.name.as_str()).collect();
    assert_eq!(speakers, ["孙立平"]);
}

#[test]
fn a_news_reports_title_is_not_a_document_and_a_documents_tasks_are_not_its_part() {
    let e = inline(
        "6月5日至6日,2082年度长三角地区主要领导座谈会在安徽合肥举行。值此会议召开之际,某社推出特别报道——《新起点 新篇章》。会议审议了《长三角协同创新2082年度工作计划》,部署了落实《长三角区域协同发展纲要》的重点任务。",
    );
    let m = meeting(&e, 2082);
    assert_eq!(docs(m, DocAction::Reviewed), ["长三角协同创新2082年度工作计划"]);
    assert_eq!(names(m.cited.iter().map(|c| &c.value)), ["长三角区域协同发展纲要"]);
}

#[test]
fn last_years_meeting_named_by_its_city_is_that_years() {
    let e = inline(
        "5月20日,2083年度长三角地区主要领导座谈会在安徽芜湖召开。会议总结交流了去年“南通会议”以来三省一市推进一体化发展的工作成效。",
    );
    assert_eq!(place(meeting(&e, 2082)), ("江苏".into(), Some("南通".into())));
    assert_eq!(place(meeting(&e, 2083)), ("安徽".into(), Some("芜湖".into())));
}

#[test]
fn a_flash_with_no_year_but_the_years_plan_is_of_that_year() {
    let e =
        inline("第一届长三角一体化发展高层论坛闭幕。据安徽省委书记王承德介绍,会议审定2084工作计划和重点合作事项清单。");
    let f = e.forum(2084).expect("the forum of the plan's year");
    assert_eq!(f.edition.get(), Some(&1));
}

#[test]
fn the_meetings_own_paragraph_after_one_on_the_press_conference_is_the_meetings() {
    let e = web("press_then_meeting");
    let m = meeting(&e, 2085);
    assert_eq!(place(m), ("安徽".into(), Some("芜湖".into())));
    assert_eq!(attendees(m).len(), 4);
    assert_eq!(m.press.presider.get().map(String::as_str), Some("王承德"));
}

#[test]
fn another_regions_leaders_meeting_is_not_this_series() {
    // A page about the three provinces of the middle Yangtze: its meeting, its documents and its
    // date are none of the delta's.
    let e = one(
        "本报讯 7月14日,长江中游三省主要领导座谈会在湖南长沙举行。会议审议通过了《三省协同发展行动方案》,签署了6个合作文件。\n\n会议明确,每年召开主要领导座谈会。",
    );
    assert!(e.meeting(2022).is_err() && e.kb().meetings.is_empty(), "{:?}", e.kb().meetings.keys());
}

#[test]
fn the_series_under_its_names_of_2005_to_2010_dated_by_a_portal_stamp() {
    let e = one(
        "两省一市领导共商合作 | ||||\n---|---|---|\nhttp://news.example.cn 2005年12月26日 07:17 某某早报 | |||\n早报讯 昨天,长三角两省一市主要领导座谈会在西子湖畔举行。上海市委书记甲一,江苏省委书记乙二,浙江省委书记丙三出席会议。",
    );
    let m = meeting(&e, 2005);
    assert_eq!(dates(m), ("2005-12-25".into(), "2005-12-25".into()));
    assert!(attendees(m).iter().any(|(n, r)| n == "丙三" && r == "浙江省委书记"));
    let e = one(
        "跳转到正文\n\n保证合作成功\n\nhttp://www.example.com  2009年11月28日 10:26  某某网\n\n  某某网11月28日消息:11月27日,长江三角洲地区主要领导座谈会在江苏省苏州市举行。",
    );
    assert_eq!(place(meeting(&e, 2009)), ("江苏".into(), Some("苏州".into())));
}

#[test]
fn a_page_stamped_in_early_january_does_not_date_the_meeting_by_its_stamp() {
    // Posted 2006/1/6 about a meeting held 日前: late December of 2005, as likely as January.
    let e = one(
        "构建交通网络\n2006/1/6 9:09:12     来源:     作者/编辑:\n\n  长三角两省一市主要领导座谈会日前在杭州西子湖畔举行。上海市委书记甲一出席会议。",
    );
    assert!(e.meeting(2006).is_err(), "2006 taken from the stamp");
}

#[test]
fn a_scene_setting_lede_then_the_meeting_and_the_year_said_in_passing() {
    let e = one(
        "长三角的年度大戏\n\n区域合作走在前列的长三角又迎来一年一度的聚会。12月2日,长江三角洲地区三省一市主要领导座谈会在上海召开。四省市党政主要领导齐聚一堂,筹划明(2015)年的合作重点。",
    );
    let m = meeting(&e, 2014);
    assert_eq!(place(m).0, "上海");
    assert_eq!(dates(m), ("2014-12-02".into(), "2014-12-02".into()));
}

#[test]
fn events_listed_with_the_meeting_are_held_where_it_is() {
    let e = one(
        "原标题:十九项合作落地\n2020年度长三角地区主要领导座谈会、第二届长三角一体化发展高层论坛等活动近日在浙江湖州举行。会议期间集中签约了19项重大合作事项。",
    );
    assert_eq!(place(meeting(&e, 2020)), ("浙江".into(), Some("湖州".into())));
}

#[test]
fn a_table_of_the_series_with_a_header_row() {
    // A yearbook's table, one row a meeting: each row is read as the sentence it abbreviates and
    // cites that row of the page.
    let text = "长三角一体化资料库 > 历届会议\n\n历届长三角地区主要领导座谈会一览\n\n年份｜会期｜举办地｜主题｜审议文件\n2141年｜5月19日—20日｜浙江嘉兴｜数字赋能 共建共享｜《长三角算力网络协同建设方案》\n2142年｜6月8日｜江苏南通｜江海联动 通达四方｜—\n\n（资料整理：本网编辑部）";
    let e = one(text);
    let m = meeting(&e, 2141);
    assert_eq!(place(m), ("浙江".into(), Some("嘉兴".into())));
    assert_eq!(dates(m), ("2141-05-19".into(), "2141-05-20".into()));
    assert_eq!(m.theme.get().map(String::as_str), Some("数字赋能 共建共享"));
    assert!(docs(m, DocAction::Adopted).iter().any(|d| d.contains("算力网络")), "{:?}", m.documents);
    let m = meeting(&e, 2142);
    assert_eq!(place(m), ("江苏".into(), Some("南通".into())));
    let ev = m.place.primary().unwrap().evidence[0].clone();
    let cited: String = text.chars().skip(ev.start).take(ev.end - ev.start).collect();
    assert!(cited.starts_with("2142年｜6月8日｜江苏南通"), "{cited}");
    // The same table under a heading of the forum is the forum's, never the meeting's.
    let e = one(&text.replace("主要领导座谈会", "高层论坛"));
    assert!(e.meeting(2141).is_err());
}

#[test]
fn a_city_site_with_a_record_table_and_its_own_city() {
    // A city government's page: the record table names the meeting once, and `在我市召开` is the
    // city of the site's masthead.
    let e = one(
        "丽水市人民政府\n首页 | 政务公开 | 部门动态\n\n一、会议基本情况\n| 项　　目 | 内　　容 |\n|----------|----------|\n| 会议名称 | 2143年度长三角地区主要领导座谈会 |\n| 会议时间 | 2143年6月2日—3日 |\n| 会议主题 | 协同创新 共赢未来 |\n| 会议主持 | 浙江省委书记甲乙丙 |\n| 下一年度承办 | 江苏省 |\n\n二、主要内容\n\n6月2日至3日，2143年度长三角地区主要领导座谈会在我市召开。这是自2124年以来召开的第二十次座谈会。",
    );
    let m = meeting(&e, 2143);
    assert_eq!(dates(m), ("2143-06-02".into(), "2143-06-03".into()));
    assert_eq!(place(m), ("浙江".into(), Some("丽水".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("协同创新 共赢未来"));
    assert_eq!(m.presider.get().map(String::as_str), Some("甲乙丙"));
    assert_eq!(m.series.get().map(|s| (s.nth, s.since)), Some((20, Some(2124))));
    assert_eq!(meeting(&e, 2144).place.get().map(|p| p.province.as_str()), Some("江苏"));
}

#[test]
fn keynote_items_marked_with_glyphs_after_their_intro() {
    // `▲` before a line is a pull quote, except in the items of a list its lead line announces.
    let e = one(
        "新华社嘉兴6月3日电 6月3日，第二十届长三角一体化发展高层论坛在浙江嘉兴举行。\n主旨演讲环节，两位嘉宾先后登台：\n▲ 长三角研究院院长丁戊己：《走向协同的下一程》\n▲ 某大学校长庚辛壬：《创新链与产业链》\n论坛发布了一批合作项目。",
    );
    let f = e.kb().forums.values().next().expect("a forum");
    let talks: Vec<(&str, &str)> = f.keynotes.iter().map(|k| (k.value.name.as_str(), k.value.topic.as_str())).collect();
    assert_eq!(talks, [("丁戊己", "《走向协同的下一程》"), ("庚辛壬", "《创新链与产业链》")]);
}

#[test]
fn a_rank_before_the_office_and_a_range_with_one_day_mark() {
    // `中共中央政治局委员、上海市委书记`: the office after the rank names the province; `5月22-23日`
    // writes 日 once; `(原标题:…)` on its own line is a note of the page, not the lede's start.
    let e = one(
        "(原标题:座谈会在芜湖召开)\n人民财讯5月24日电,5月22-23日,2149年度长三角地区主要领导座谈会在安徽省芜湖市举行。中共中央政治局委员、上海市委书记甲乙丙,上海市委副书记、市长丁戊己出席会议。",
    );
    let m = meeting(&e, 2149);
    assert_eq!(dates(m), ("2149-05-22".into(), "2149-05-23".into()));
    let shanghai: Vec<&str> =
        m.attendees.iter().filter(|a| a.value.province == "上海").map(|a| a.value.name.as_str()).collect();
    assert_eq!(shanghai, ["甲乙丙", "丁戊己"]);
}

#[test]
fn a_results_conference_transcript_names_its_chair_in_a_field_and_its_reporter_in_the_chairs_words() {
    // The head's fields stand on lines of their own; a speaker's mark (`【主持人 …】`) ends the turn
    // before it, so the chair's greeting and the meeting's report are not run into the fields.
    let e = one(
        "2401年度长三角地区主要领导座谈会成果发布会（文字实录）\n\n时间：2401年6月9日下午\n地点：上海虹桥 国家会展中心\n主持人：上海市委副书记、市长 甲乙丙\n发布人：上海市发展改革委主任 丁戊己\n　　　　长三角区域合作办公室主任 庚辛壬\n\n【主持人 甲乙丙】\n各位记者，大家下午好！6月8日至9日，2401年度长三角地区主要领导座谈会在上海虹桥举行。上海市委书记子丑寅，江苏省委书记卯辰巳出席会议。\n下面，请丁戊己同志通报座谈会有关情况。\n\n【发布人 丁戊己】\n谢谢主持人。本次座谈会紧扣“同频共振 协同致远”这一主题。会议审议了《长三角区域一体化发展2401年度工作计划》。\n\n【主持人 甲乙丙】\n下面请庚辛壬同志介绍本次发布的有关成果。",
    );
    let m = meeting(&e, 2401);
    assert_eq!(m.press.presider.get().map(String::as_str), Some("甲乙丙"));
    assert_eq!(names(m.press.reporter.values.iter().map(|r| &r.value)), ["丁戊己"]);
    assert_eq!(place(m), ("上海".into(), Some("上海".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("同频共振 协同致远"));
    assert_eq!(attendees(m).len(), 2);
    assert_eq!(docs(m, DocAction::Reviewed), ["长三角区域一体化发展2401年度工作计划"]);
}

#[test]
fn a_city_session_that_studies_the_meeting_lends_it_no_officials() {
    // The headline names the meeting only as what the session studies: the city's mayor who
    // attends the session attends no meeting; the session's finding still gives place and theme.
    let e = one(
        "某某日报　　2402年6月20日　星期五　　第1版\n\n市委常委会召开（扩大）会议\n传达学习2402年度长三角地区主要领导座谈会精神\n\n本报讯 6月19日，市委书记甲乙丙主持召开市委常委会（扩大）会议，传达学习2402年度长三角地区主要领导座谈会精神。市委副书记、市长丁戊己，市政协主席庚辛壬出席会议。\n\n会议指出，2402年度长三角地区主要领导座谈会日前在安徽蚌埠召开，会议以“淮河安澜 共襄发展”为主题。全市上下要深刻领会会议精神。",
    );
    let m = meeting(&e, 2402);
    assert!(m.attendees.is_empty(), "{:?}", attendees(m));
    assert_eq!(place(m), ("安徽".into(), Some("蚌埠".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("淮河安澜 共襄发展"));
}

#[test]
fn a_numbered_heading_after_a_posts_intro_opens_its_entry() {
    // `一起来看↓↓↓` does not end on a stop; the numbered heading under it still opens an entry
    // whose month-only lede reports the meeting, in the year of the post's stamp.
    let e = one(
        "回眸2403｜区域合作大事记\n\n原创　编辑部　2403年12月28日 08:00\n\n岁末年终，我们梳理了这一年最值得记住的几件大事。一起来看↓↓↓\n\n01｜主要领导座谈会在青浦召开\n6月，长三角地区主要领导座谈会在上海青浦召开，主题为“示范引领 一体共兴”。上海市委书记甲乙丙主持座谈会，江苏省委书记丁戊己出席。\n\n02｜城际铁路开通\n9月，城际铁路开通运营。",
    );
    let m = meeting(&e, 2403);
    assert_eq!(place(m), ("上海".into(), Some("上海".into())));
    assert_eq!(m.theme.get().map(String::as_str), Some("示范引领 一体共兴"));
    assert_eq!(m.presider.get().map(String::as_str), Some("甲乙丙"));
}

#[test]
fn a_shanghai_district_named_alone_is_shanghai() {
    let e = one(
        "2404-06-08 09:15 来源：某某融媒\n\n6月7日，第三十六届长三角一体化发展高层论坛在青浦举行。上海市委书记甲乙丙致辞。据了解，今年的长三角地区主要领导座谈会于6月6日至7日在青浦召开。",
    );
    let f = e.kb().forums.get(&2404).expect("forum 2404");
    assert_eq!(f.place.get().map(|p| p.province.as_str()), Some("上海"));
    assert_eq!(place(meeting(&e, 2404)), ("上海".into(), Some("上海".into())));
}

#[test]
fn lists_named_with_their_counts_and_a_shortened_title_are_one_list() {
    // `其中,重点合作事项清单共列入46项` is the reviewed document's list; `一是第六批…,共32项` a batch
    // released; `2405年度实事项目清单` in the headline is the text's full title, not a second list.
    let e = one(
        "长三角发布2405年度实事项目清单\n\n6月9日，2405年度长三角地区主要领导座谈会在安徽安庆举行。会议审议了《长三角区域一体化发展2405年度重点合作事项清单》。其中，重点合作事项清单共列入46项。会议发布了2405年度长三角一体化发展实事项目清单，共10项。\n\n会上集中发布两批成果。一是第六批长三角政务服务跨省通办事项，共32项；二是第三批示范区制度创新成果，共18项。",
    );
    let lists: Vec<(String, Option<u32>)> =
        e.kb().lists.iter().map(|l| (l.title.clone(), l.item_count.get().copied())).collect();
    assert_eq!(
        lists,
        [
            ("2405年度长三角一体化发展实事项目清单".to_string(), Some(10)),
            ("长三角区域一体化发展2405年度重点合作事项清单".to_string(), Some(46)),
            ("第六批长三角政务服务跨省通办事项".to_string(), Some(32)),
            ("第三批示范区制度创新成果".to_string(), Some(18)),
        ]
    );
}

/// A forum post in our own words, set the way reposting accounts break lines (a phrase a line, the
/// forum's name alone on one), with the forum 启幕 rather than 举行, the signing's total and one
/// province's share of it, officials unveiling an alliance, and results released as subjects
/// (`…远程窗口上线发布`).
#[test]
fn a_reposted_forum_post_with_its_signing_and_unveiling() {
    let text = "您的位置: 某某新闻网 > 聚焦 > 正文\n\n\
        大消息!长三角又签了一批……\n\n\
        2353-06-08 10:12:40 来源:某某在线\n\n\
        6月7日上午,\n\n\
        第三十五届长三角一体化发展高层论坛\n\n\
        在江苏盐城启幕!\n\n\
        三省一市主要领导、\n\n\
        专家学者齐聚一堂,\n\n\
        共谋区域协同发展新篇章!\n\n\
        记者在现场获悉,\n\n\
        此次签约仪式共计签约重大合作事项23项,\n\n\
        涉及航运物流、低空经济等多个领域。\n\n\
        这其中,江苏参与签约的项目达17项!\n\n\
        会上,上海市副市长卢定远、江苏省副省长钟晓岚共同为长三角湿地保护联盟揭牌。\n\n\
        与此同时,长三角跨省医保结算服务专区上线发布,沿海风电协同运维平台建设成果发布。\n";
    let e = Engine::build(vec![SourceDocument { id: "post".into(), text: text.into() }]);
    let f = e.forum(2353).expect("the forum of the page's date stamp");
    assert_eq!(f.edition.get().copied(), Some(35));
    assert_eq!(f.place.get().and_then(|p| p.city.clone()).as_deref(), Some("盐城"));
    assert_eq!(f.date.get().map(|d| d.iso()).as_deref(), Some("2353-06-07"));
    assert_eq!(f.signed_total.get().copied(), Some(23), "one province's share is not the total");
    let released: Vec<&str> = f.releases.iter().map(|r| r.value.as_str()).collect();
    assert!(released.contains(&"长三角跨省医保结算服务专区"), "{released:?}");
    assert!(released.contains(&"沿海风电协同运维平台建设成果"), "{released:?}");
    let ask = |q: &str| e.ask(&yrdqa_server::engine::Question::new(q)).unwrap();
    let total = ask("第三十五届长三角一体化发展高层论坛上一共签约了多少项重大合作事项?");
    assert_eq!(total.answer, "23项", "{total:?}");
    // One party's share is the passage that states it, never the total.
    let share = ask("2353年论坛签约的重大合作事项中,江苏参与签约的有多少项?");
    assert!(share.answer.contains("17项") && !share.answer.contains("23"), "{share:?}");
    // Who unveiled the alliance: the officials the passage names, not the forum's attendees.
    let who = ask("2353年长三角一体化发展高层论坛上,哪几位领导共同为长三角湿地保护联盟揭牌?");
    assert!(who.answer.contains("卢定远") && who.answer.contains("钟晓岚"), "{who:?}");
    // The meeting of that year, of which the page says nothing but the forum's signing.
    let days = ask("2353年度长三角地区主要领导座谈会期间集中签约了多少项重大合作事项?");
    assert_ne!(days.intent, "meeting.date", "期间 is not the meeting's dates: {days:?}");
}

/// A portal's brief in our own words opens on the forum as the setting of its act (`在第N届…论坛
/// 上,三省一市共集中签约…`), with no verb of holding: the article is the forum's.
#[test]
fn a_brief_that_opens_at_the_forum_is_the_forums() {
    let text = "新闻中心 > 要闻 >\n\n\
        三省一市在盐集中签约11个重大合作事项\n\n\
        发表于:2353-06-08 09:05  作者:某某  来源:某某日报\n\n\
        6月7日上午,在第三十五届长三角一体化发展高层论坛上,沪苏浙皖三省一市共集中签约11个重大合作事项,\
        内容涵盖航运物流、低空经济等领域。\n";
    let e = Engine::build(vec![SourceDocument { id: "brief".into(), text: text.into() }]);
    let f = e.forum(2353).expect("forum");
    assert_eq!(f.signed_total.get().copied(), Some(11));
    assert!(e.meeting(2353).is_err(), "the forum's brief reports no meeting");
}

/// A post in our own words with an emoji-bulleted roll by province (`▪️ 江苏：省委书记…，省长…`),
/// and a report whose governors speak only as a group (`…省长X、…省长Y分别介绍…情况`): both are
/// attendance.
#[test]
fn a_roll_by_province_and_governors_who_report_as_a_group_attend() {
    let post = "2381年度长三角地区主要领导座谈会在绍兴举行\n\n6月3日，2381年度长三角地区主要领导座谈会在浙江绍兴举行。\n\n👥 谁来了？\n\n\
        ▪️ 上海：市委书记甲乙丙，市长丁戊己\n▪️ 江苏：省委书记庚辛壬，省长癸子丑\n▪️ 浙江：省委书记寅卯辰，省长巳午未\n\n📑 审议了啥？\n\n\
        会议审议通过《长三角某某协同方案》。\n";
    let e = one(post);
    let m = meeting(&e, 2381);
    let got = attendees(m);
    for (name, role) in
        [("丁戊己", "上海市长"), ("癸子丑", "江苏省长"), ("巳午未", "浙江省长"), ("庚辛壬", "江苏省委书记")]
    {
        assert!(got.contains(&(name.into(), role.into())), "{name} {role}: {got:?}");
    }
    let report = "新华社扬州5月26日电 2382年度长三角地区主要领导座谈会26日在江苏扬州召开。\
        上海市市长申酉戌、江苏省省长亥甲乙、安徽省省长丙丁戊分别介绍本省市推进一体化发展情况。";
    let e = one(report);
    let got = attendees(meeting(&e, 2382));
    assert!(got.iter().any(|(n, r)| n == "丙丁戊" && r.contains("安徽")), "{got:?}");
}

/// A transcript in our own words: the chair named in brackets after the label (`主持人（…主任 X）：`)
/// and the reporter called by the chair (`首先请Y主任通报情况`).
#[test]
fn a_transcript_chair_in_brackets_and_the_reporter_called_to_report() {
    let e = one("2383年长三角地区主要领导座谈会成果发布会（文字实录）\n\n时间：2383年6月19日上午10:00\n\n\
         主持人（上海市人民政府新闻办公室主任 甲乙丙）：\n\
         各位记者朋友，上午好！6月18日，2383年度长三角地区主要领导座谈会在上海召开。今天我们请来上海市发展和改革委员会主任丁戊己，通报会议主要成果。首先请丁戊己主任通报情况。\n\n\
         丁戊己：\n谢谢主持人。本次座谈会以“某某主题”为主题。\n");
    let m = meeting(&e, 2383);
    assert_eq!(m.press.presider.get().map(String::as_str), Some("甲乙丙"));
    assert_eq!(names(m.press.reporter.values.iter().map(|r| &r.value)), ["丁戊己"]);
}

/// A portal page in our own words: a menu line, a breadcrumb, the headline, a stamp line that runs
/// on with its byline and print buttons, and a slogan before the lede; the lede names no year. Then
/// a roundup of past meetings set out as dashed items of one sentence, each its own year's.
#[test]
fn a_portal_page_with_a_long_stamp_line_and_a_roundup_of_past_meetings() {
    let page = "某城新闻网 | 首页 | 新闻 | 时政 | 区县 | 视频 | 登录 注册\n\n首页 > 新闻中心 > 长三角 > 正文\n\n\
        长三角地区主要领导座谈会在舟山举行\n\n\
        2384-06-12 21:06:33　来源：某城新闻网-某城日报　作者：甲乙丙 丁戊己　　字号：大 中 小　　【打印】【关闭】\n\n\
        携手同心 共创未来——奋力谱写一体化发展新篇章\n\n\
        \u{3000}\u{3000}6月11日至12日，长三角地区主要领导座谈会在舟山召开。本次座谈会围绕“海陆联动，共筑枢纽”主题。\n\n\
        \u{3000}\u{3000}浙江省委书记庚辛壬主持会议并讲话。\n\n\
        【回眸】历年座谈会都在哪儿开？\n\n\
        \u{3000}\u{3000}记者梳理发现：\n　　——2381年，座谈会在滁州举行，主题为“江淮共进”；\n　　——2382年，座谈会在松江举行，\
        会议审议通过了《长三角某某走廊建设方案》；\n　　——2383年，座谈会在常州举行。\n";
    let e = one(page);
    let m = meeting(&e, 2384);
    assert_eq!(place(m).1.as_deref(), Some("舟山"));
    assert_eq!(dates(m), ("2384-06-11".into(), "2384-06-12".into()));
    assert_eq!(m.theme.get().map(String::as_str), Some("海陆联动,共筑枢纽"));
    assert_eq!(m.place.values.len(), 1, "no roundup city is this year's: {:?}", m.place);
    assert_eq!(place(meeting(&e, 2381)).1.as_deref(), Some("滁州"));
    assert_eq!(meeting(&e, 2381).theme.get().map(String::as_str), Some("江淮共进"));
    assert_eq!(docs(meeting(&e, 2382), DocAction::Adopted), vec!["长三角某某走廊建设方案"]);
    assert_eq!(place(meeting(&e, 2383)).1.as_deref(), Some("常州"));
}

/// A study session in our own words recalls the meeting with its presider (`…座谈会,以“X”为主题,由
/// 浙江省委书记Y主持`): the presider is the meeting's; the session's own chair is not.
#[test]
fn a_study_session_recalls_the_meetings_presider() {
    let e = one("市委常委会传达学习2385年度长三角地区主要领导座谈会精神\n\n2385-06-23 22:10 来源：某某日报\n\n\
         6月23日，市委书记甲乙丙主持召开市委常委会会议，传达学习2385年度长三角地区主要领导座谈会精神。\n\n\
         会议指出，6月20日至21日在湖州召开的2385年度长三角地区主要领导座谈会，以“生态优先”为主题，由浙江省委书记丁戊己主持。\n");
    let m = meeting(&e, 2385);
    assert_eq!(m.presider.get().map(String::as_str), Some("丁戊己"));
    assert!(attendees(m).iter().all(|(n, _)| n != "甲乙丙"), "{:?}", attendees(m));
}

/// A forum report in our own words that releases two lists after their count (`发布了两张清单：《A》，
/// 共24项；《B》，共16项`) and recalls the previous forum's list as background (`上一届…曾发布《C》`):
/// the two lists are this year's with their counts; the count is no title; C is not this year's.
#[test]
fn a_forum_releases_two_lists_after_their_count_and_recalls_another() {
    let e = one("第五十届长三角一体化发展高层论坛在盐城举行 发布两张清单\n\n\
         新华社盐城6月6日电 2388年6月6日，第五十届长三角一体化发展高层论坛在江苏盐城举行。\
         论坛现场发布了两张清单：《长三角湿地协同保护第一批重点事项清单》，共24项；《长三角示范区第三批制度创新成果清单》，共16项。\
         据了解，上一届论坛在上海闵行举办，曾发布《长三角数据共享开放清单》，共30项。\n");
    let lists: Vec<(String, Option<u32>)> =
        e.kb().lists.iter().map(|l| (l.title.clone(), l.item_count.get().copied())).collect();
    assert!(lists.contains(&("长三角湿地协同保护第一批重点事项清单".into(), Some(24))), "{lists:?}");
    assert!(lists.contains(&("长三角示范区第三批制度创新成果清单".into(), Some(16))), "{lists:?}");
    assert!(lists.iter().all(|(t, _)| t != "两张清单" && !t.contains("数据共享开放")), "{lists:?}");
    let f = e.forum(2388).expect("forum");
    assert!(f.releases.iter().all(|r| !r.value.contains("数据共享开放") && r.value != "两张清单"), "{:?}", f.releases);
    let ask = |q: &str| e.ask(&yrdqa_server::engine::Question::new(q)).unwrap();
    assert_eq!(ask("第五十届论坛发布的制度创新成果清单共多少项？").answer, "16项");
    assert_eq!(ask("《长三角湿地协同保护第一批重点事项清单》共有多少项？").answer, "24项");
}

/// Own-words reports of two forums with their signing totals and a results conference with three
/// lists: the forum with the most signings is compared over what the reports state, and three lists
/// asked together are summed only when the reports give three.
#[test]
fn forums_compared_by_signings_and_lists_summed_by_their_number() {
    let e = Engine::build(vec![
        SourceDocument {
            id: "a".into(),
            text: "新华社扬州6月3日电 2391年6月3日，第五十三届长三角一体化发展高层论坛在扬州举行，三省一市集中签约21个重大合作事项。\n".into(),
        },
        SourceDocument {
            id: "b".into(),
            text: "新华社衢州6月5日电 2392年6月5日，第五十四届长三角一体化发展高层论坛在衢州举行，三省一市集中签约34个重大合作事项。\n".into(),
        },
        SourceDocument {
            id: "c".into(),
            text: "2392年度长三角地区主要领导座谈会成果发布会举行\n\n新华社衢州6月6日电 6月5日至6日，2392年度长三角地区主要领导座谈会在浙江衢州举行。\
                   上海市委书记甲乙丙、浙江省委书记丁戊己出席会议。\
                   会上发布了《2392年度重点合作事项清单》，共40项；《长三角科创攻关任务清单》，共12项。\n"
                .into(),
        },
    ]);
    let ask = |q: &str| e.ask(&yrdqa_server::engine::Question::new(q)).unwrap();
    let most = ask("哪一届论坛集中签约的重大合作事项最多？");
    assert!(most.answer.contains("第五十四届") && most.answer.contains("34"), "{most:?}");
    let two = ask("2392年座谈会发布的两份清单一共收录多少项？");
    assert_eq!(two.answer, "合计52项", "{two:?}");
    let three = ask("2392年座谈会发布的三份清单一共收录多少项？");
    assert_ne!(three.status, yrdqa_server::engine::AnswerStatus::Answered, "{three:?}");
}

/// A yearbook in our own words: a summary that counts the series up to a year and names where it
/// began with a bare `座谈会`, then dated entries (`2433年  6月2日，座谈会在金华举行，…主持会议`) after a
/// forum's entry: each entry's presider and documents are its own year's, not the page's.
#[test]
fn a_yearbook_counts_the_series_and_dates_each_entry() {
    let e = one("长三角年鉴（2436） > 大事记 > 长三角地区主要领导座谈会\n\n\
         【概述】自2431年6月在江苏常州举行首次座谈会以来，座谈会由三省一市轮流举办，截至2435年已连续举办5次。\
         配套的高层论坛截至2435年共举办4届。\n\n\
         2432年  5月30日，第一届长三角一体化发展高层论坛在芜湖举行。\n\n\
         2433年  6月2日，座谈会在金华举行，浙江省委书记甲乙丙主持会议。会议审议通过《长三角某某合作方案》。\n\n\
         2435年  6月9日，座谈会在上海举行，上海市委书记丁戊己主持会议。\n");
    let first = meeting(&e, 2431);
    assert_eq!(place(first).1.as_deref(), Some("常州"));
    assert!(first.series.values.iter().any(|s| s.value.nth == 1), "{:?}", first.series);
    assert!(meeting(&e, 2435).series.values.iter().any(|s| s.value.nth == 5), "the forum's 4 is no count of meetings");
    let m = meeting(&e, 2433);
    assert_eq!(place(m).1.as_deref(), Some("金华"));
    assert_eq!(dates(m).0, "2433-06-02");
    assert_eq!(m.presider.get().map(String::as_str), Some("甲乙丙"));
    assert_eq!(docs(m, DocAction::Adopted), vec!["长三角某某合作方案"]);
    assert_eq!(meeting(&e, 2435).presider.get().map(String::as_str), Some("丁戊己"));
}
