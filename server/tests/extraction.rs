//! Extraction, fact by fact: every meeting, forum and list of the built-in corpus, and articles of
//! the genre in other words and layouts (tests/data/articles) that no rule was written against.

use std::path::Path;
use std::sync::LazyLock;

use yrdqa_server::engine::{DocAction, Engine, Meeting, SourceDocument};

static BUILTIN: LazyLock<Engine> = LazyLock::new(Engine::builtin);
static ARTICLES: LazyLock<Engine> = LazyLock::new(|| {
    Engine::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles")).expect("test articles")
});

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
    let next = meeting(&ARTICLES, 2019);
    assert_eq!(place(next), ("安徽".into(), None));
    assert_eq!(next.decided_by.get(), Some(&2018));
}

#[test]
fn forum_only_piece() {
    assert!(ARTICLES.meeting(2019).unwrap().is_decided_only());
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
