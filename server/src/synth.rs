//! Synthetic articles of the genre, for scale benchmarks and load tests: meeting reports, forum
//! pieces and decisions over many years, with generated people, places and documents, written in
//! the varied layouts the extractor must read (newspaper ledes, wrapped print columns). Deterministic
//! for a given seed, so two runs measure the same corpus.

use crate::engine::SourceDocument;
use crate::engine::gazetteer::{CITIES, DELTA_PROVINCES};

const SURNAMES: &[char] =
    &['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林'];
const GIVEN: &[char] =
    &['建', '国', '明', '华', '伟', '强', '军', '平', '海', '东', '志', '红', '春', '晓', '宁', '文', '新', '德'];
const THEMES: &[&str] =
    &["携手共进", "协同创新", "绿色发展", "开放合作", "共建共享", "勇立潮头", "奋楫争先", "同心聚力"];
const PLANS: &[&str] = &["工作计划", "重点合作事项清单", "三年行动计划", "实施方案", "合作备忘录", "行动方案"];
const FOCUS: &[&str] =
    &["科技创新", "产业协同", "生态环境共保联治", "公共服务便利共享", "基础设施互联互通", "高水平对外开放"];

/// A small deterministic generator (xorshift), so benchmarks need no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn name(rng: &mut Rng) -> String {
    let mut n = String::new();
    n.push(rng.pick(SURNAMES));
    n.push(rng.pick(GIVEN));
    if rng.next().is_multiple_of(2) {
        n.push(rng.pick(GIVEN));
    }
    n
}

/// `count` articles: for each year from 1900 on, a meeting report, then forum pieces, cycling
/// through the years so that a large corpus also merges several articles per meeting. As in real
/// coverage, every article about one year reports the same facts (they come from a generator
/// seeded by the year); only the layout varies from article to article.
pub fn articles(count: usize, seed: u64) -> Vec<SourceDocument> {
    let mut layout = Rng(seed.max(1));
    let years = 300;
    (0..count)
        .map(|i| {
            let year = 1900 + (i % years) as i32;
            let mut facts = Rng((seed ^ (year as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)).max(1));
            let text = if (i / years) % 2 == 0 {
                meeting(&mut facts, &mut layout, year)
            } else {
                forum(&mut facts, year, (year - 1900 + 1) as usize)
            };
            SourceDocument { id: format!("synth_{i:05}_{year}"), text }
        })
        .collect()
}

fn meeting(rng: &mut Rng, layout: &mut Rng, year: i32) -> String {
    let host = rng.pick(&DELTA_PROVINCES);
    let cities = CITIES.iter().find(|(p, _)| *p == host).map(|(_, c)| *c).unwrap_or(&["上海"]);
    let city = rng.pick(cities);
    let month = 4 + rng.next() % 5;
    let day = 1 + rng.next() % 27;
    let mut people = Vec::new();
    for p in DELTA_PROVINCES {
        let (sec, gov) = (name(rng), name(rng));
        let (party, head) = if p == "上海" { ("市委", "市长") } else { ("省委", "省长") };
        people.push(format!("{p}{party}书记{sec},{p}{party}副书记、{head}{gov}"));
    }
    let place = if host == "上海" { "上海".to_string() } else { format!("{host}省{city}市") };
    let next = rng.pick(&DELTA_PROVINCES);
    let plan_a = format!("长三角区域一体化发展{year}年度{}", rng.pick(PLANS));
    let plan_b = format!("长三角{}{}", rng.pick(FOCUS), rng.pick(PLANS));
    let focus: Vec<&str> = (0..3).map(|_| rng.pick(FOCUS)).collect();
    let theme = format!("{}、{}", rng.pick(THEMES), rng.pick(THEMES));
    let body = format!(
        "本报讯 {month}月{day}日至{}日,{year}年度长三角地区主要领导座谈会在{place}举行。{}出席会议。国家发展改革委有关负责同志应邀出席会议。\n\n\
         会议以“{theme}”为主题,审议并原则通过《{plan_a}》《{plan_b}》,聚焦{}等方面进行深入讨论。\n\n\
         会议确定,{}年度长三角地区主要领导座谈会在{next}省召开。",
        day + 1,
        people.join(";"),
        focus.join("、"),
        year + 1,
    );
    // Every third meeting report comes in a print column wrapped every 20 characters.
    if layout.next().is_multiple_of(3) {
        let chars: Vec<char> = body.replace("\n\n", "").chars().collect();
        chars.chunks(20).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("\n\n")
    } else {
        format!("{year}年度长三角地区主要领导座谈会在{city}举行\n\n{body}")
    }
}

fn forum(rng: &mut Rng, year: i32, edition: usize) -> String {
    let host = rng.pick(&DELTA_PROVINCES);
    let month = 4 + rng.next() % 5;
    let day = 1 + rng.next() % 27;
    let speakers: Vec<String> = DELTA_PROVINCES
        .iter()
        .map(|p| format!("{p}{}书记{}", if *p == "上海" { "市委" } else { "省委" }, name(rng)))
        .collect();
    format!(
        "长三角一体化发展高层论坛举行\n\n本报讯 {year}年{month}月{day}日,第{edition}届长三角一体化发展高层论坛在{host}举行。{}讲话。\n\n\
         本届论坛由长三角一体化发展联席会议主办,{host}日报承办。",
        speakers.join("、"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;

    #[test]
    fn synthetic_articles_are_read_as_the_genre() {
        let docs = articles(600, 7);
        assert_eq!(docs, articles(600, 7), "deterministic");
        let e = Engine::build(docs);
        // Every year has its meeting with a place, and its forum.
        assert!(e.meetings().filter(|m| !m.is_decided_only()).count() >= 300);
        for m in e.meetings().filter(|m| !m.is_decided_only()) {
            assert!(m.place.get().is_some() && m.dates.get().is_some(), "meeting {}", m.year);
            assert_eq!(m.attendees.len(), 8, "meeting {}", m.year);
        }
        assert_eq!(e.kb().forums.len(), 300);
    }
}
