//! The geography of the genre: the four provinces of the Yangtze River Delta with their
//! prefecture-level cities and abbreviations, and the other provinces of China (so that a question
//! about them is recognised as out of domain). Names are kept in their short form (合肥, 安徽);
//! the full forms (安徽省合肥市) are derived.

/// The four provinces of the delta, in the order articles list them (沪苏浙皖).
pub const DELTA_PROVINCES: [&str; 4] = ["上海", "江苏", "浙江", "安徽"];

/// Whether `text` opens on a delta province or on 国家, as an official's office does
/// (`上海市委书记…`, `国家发展改革委副主任…`).
pub fn opens_on_an_office(text: &str) -> bool {
    DELTA_PROVINCES.iter().chain(&["国家"]).any(|p| text.starts_with(p))
}

/// Single-character abbreviations, in the same order.
pub const ABBREVIATIONS: [(char, &str); 4] = [('沪', "上海"), ('苏', "江苏"), ('浙', "浙江"), ('皖', "安徽")];

/// Prefecture-level cities of each delta province. 上海 is a municipality and its own city.
pub const CITIES: &[(&str, &[&str])] = &[
    ("上海", &["上海"]),
    (
        "江苏",
        &["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"],
    ),
    ("浙江", &["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]),
    (
        "安徽",
        &[
            "合肥",
            "芜湖",
            "蚌埠",
            "淮南",
            "马鞍山",
            "淮北",
            "铜陵",
            "安庆",
            "黄山",
            "滁州",
            "阜阳",
            "宿州",
            "六安",
            "亳州",
            "池州",
            "宣城",
        ],
    ),
];

/// Provincial-level divisions outside the delta.
pub const OTHER_PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// Municipalities: full name takes 市, not 省.
const MUNICIPALITIES: [&str; 4] = ["上海", "北京", "天津", "重庆"];

/// The province a delta city belongs to.
pub fn province_of_city(city: &str) -> Option<&'static str> {
    CITIES.iter().find(|(_, cities)| cities.contains(&city)).map(|(p, _)| *p)
}

/// Whether `name` (short form) is one of the four delta provinces.
pub fn is_delta_province(name: &str) -> bool {
    DELTA_PROVINCES.contains(&name)
}

/// `安徽` → `安徽省`, `上海` → `上海市`.
pub fn province_full(short: &str) -> String {
    if MUNICIPALITIES.contains(&short) {
        format!("{short}市")
    } else if short.ends_with('省') || short.ends_with('市') {
        short.to_string()
    } else {
        format!("{short}省")
    }
}

/// `合肥` → `合肥市`.
pub fn city_full(short: &str) -> String {
    if short.ends_with('市') { short.to_string() } else { format!("{short}市") }
}

/// Whether `text` ends with a delta province or city, in short or full form (`合肥`, `湖州市`).
pub fn ends_with_delta_place(text: &str) -> bool {
    let text = text.strip_suffix('市').or_else(|| text.strip_suffix('省')).unwrap_or(text);
    CITIES.iter().any(|(p, cities)| text.ends_with(p) || cities.iter().any(|c| text.ends_with(c)))
}

/// Whether `name` (with or without 省 / 市) is a delta place misspelt by one character (`安微省`):
/// a typo, not an unknown place.
pub fn near_delta_place(name: &str) -> bool {
    let name = name.strip_suffix('市').or_else(|| name.strip_suffix('省')).unwrap_or(name);
    let a: Vec<char> = name.chars().collect();
    CITIES.iter().flat_map(|(p, cities)| std::iter::once(p).chain(cities.iter())).any(|known| {
        let b: Vec<char> = known.chars().collect();
        a.len() == b.len() && a.iter().zip(&b).filter(|(x, y)| x != y).count() <= 1
    })
}

/// A delta province from its abbreviation.
pub fn province_from_abbreviation(c: char) -> Option<&'static str> {
    ABBREVIATIONS.iter().find(|(a, _)| *a == c).map(|(_, p)| *p)
}

/// A place name found at the start of `text`: its short form, whether it is a province, and how
/// many characters it spans (with any 省 / 市 suffix). Longest name first, so 马鞍山 wins over
/// shorter prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceMatch {
    pub name: &'static str,
    pub is_province: bool,
    /// Province the name belongs to (itself for a province).
    pub province: &'static str,
    pub len: usize,
}

/// Landmarks reports hold the meeting at instead of naming the city (`在西子湖畔举行`), each in one
/// city only. (太湖 touches three cities, so it is not one.)
const LANDMARKS: [(&str, &str); 8] = [
    ("西子湖畔", "杭州"),
    ("西湖之畔", "杭州"),
    ("钱塘江畔", "杭州"),
    ("黄浦江畔", "上海"),
    ("浦江之畔", "上海"),
    ("秦淮河畔", "南京"),
    ("瓯江之畔", "温州"),
    ("南太湖畔", "湖州"),
];

/// Districts and areas of Shanghai a report may hold the meeting in without naming the city
/// (`在青浦举行`, `在上海临港召开`), with the name an answer gives them. Districts whose names are
/// also elsewhere's (舟山's 普陀, 金山 the mountain) or a river's (黄浦江) count only with 区.
pub const SHANGHAI_AREAS: [(&str, &str); 33] = [
    ("浦东新区", "浦东新区"),
    ("浦东", "浦东新区"),
    ("黄浦区", "黄浦区"),
    ("徐汇区", "徐汇区"),
    ("徐汇", "徐汇区"),
    ("长宁区", "长宁区"),
    ("静安区", "静安区"),
    ("静安", "静安区"),
    ("普陀区", "普陀区"),
    ("虹口区", "虹口区"),
    ("虹口", "虹口区"),
    ("杨浦区", "杨浦区"),
    ("杨浦", "杨浦区"),
    ("闵行区", "闵行区"),
    ("闵行", "闵行区"),
    ("宝山区", "宝山区"),
    ("嘉定区", "嘉定区"),
    ("嘉定", "嘉定区"),
    ("金山区", "金山区"),
    ("松江区", "松江区"),
    ("松江", "松江区"),
    ("青浦区", "青浦区"),
    ("青浦", "青浦区"),
    ("奉贤区", "奉贤区"),
    ("奉贤", "奉贤区"),
    ("崇明区", "崇明区"),
    ("崇明", "崇明区"),
    ("临港新片区", "临港新片区"),
    ("临港", "临港"),
    ("虹桥", "虹桥"),
    ("张江", "张江"),
    ("陆家嘴", "陆家嘴"),
    ("滴水湖", "临港"),
];

/// Districts whose bare names are also elsewhere's, for a question that names the event right
/// after one (`金山那次会议`, `宝山座谈会`): there the name can only be the meeting's place.
pub const SHANGHAI_AREAS_OF_EVENTS: [(&str, &str); 4] =
    [("金山", "金山区"), ("宝山", "宝山区"), ("黄浦", "黄浦区"), ("长宁", "长宁区")];

/// The Shanghai district or area `text` opens on, as an answer names it, and its length in bytes.
/// Whether a Shanghai district or area may start with `c`: a test that spares the question reader
/// a string at every character.
pub fn may_open_shanghai_area(c: char) -> bool {
    static FIRST: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let mut f: Vec<char> =
            SHANGHAI_AREAS.iter().chain(&SHANGHAI_AREAS_OF_EVENTS).filter_map(|(w, _)| w.chars().next()).collect();
        f.sort_unstable();
        f.dedup();
        f
    });
    FIRST.binary_search(&c).is_ok()
}

pub fn shanghai_area(text: &str) -> Option<(&'static str, usize)> {
    SHANGHAI_AREAS.iter().filter(|(w, _)| text.starts_with(w)).max_by_key(|(w, _)| w.len()).map(|(w, d)| (*d, w.len()))
}

/// Matches a delta province or city at the start of `chars`.
pub fn match_place(chars: &[char]) -> Option<PlaceMatch> {
    let mut best: Option<PlaceMatch> = None;
    let mut consider = |name: &'static str, is_province: bool, province: &'static str| {
        let n = name.chars().count();
        if chars.len() >= n && chars[..n].iter().copied().eq(name.chars()) {
            let mut len = n;
            if let Some(&next) = chars.get(n)
                && ((is_province && (next == '省' || (next == '市' && MUNICIPALITIES.contains(&name))))
                    || (!is_province && next == '市'))
            {
                len += 1;
            }
            if best.is_none_or(|b| len > b.len) {
                best = Some(PlaceMatch { name, is_province, province, len });
            }
        }
    };
    for (province, cities) in CITIES {
        consider(province, true, province);
        for city in cities.iter() {
            if city != province {
                consider(city, false, province);
            }
        }
    }
    for (area, _) in SHANGHAI_AREAS {
        let n = area.chars().count();
        if chars.len() >= n && chars[..n].iter().copied().eq(area.chars()) && best.is_none_or(|b| n > b.len) {
            best = Some(PlaceMatch { name: "上海", is_province: false, province: "上海", len: n });
        }
    }
    for (landmark, city) in LANDMARKS {
        let n = landmark.chars().count();
        if chars.len() >= n && chars[..n].iter().copied().eq(landmark.chars()) && best.is_none_or(|b| n > b.len) {
            let province = province_of_city(city).unwrap_or(city);
            best = Some(PlaceMatch { name: city, is_province: false, province, len: n });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names() {
        assert_eq!(province_full("安徽"), "安徽省");
        assert_eq!(province_full("上海"), "上海市");
        assert_eq!(city_full("合肥"), "合肥市");
        assert_eq!(province_of_city("温州"), Some("浙江"));
        assert_eq!(province_of_city("泰州"), Some("江苏"));
        assert_eq!(province_of_city("台州"), Some("浙江"));
        assert_eq!(province_of_city("北京"), None);
    }

    #[test]
    fn longest_place_first() {
        let chars: Vec<char> = "安徽省合肥市举行".chars().collect();
        let m = match_place(&chars).unwrap();
        assert_eq!((m.name, m.is_province, m.len), ("安徽", true, 3));
        let chars: Vec<char> = "马鞍山市".chars().collect();
        assert_eq!(match_place(&chars).unwrap().len, 4);
        let chars: Vec<char> = "上海市委".chars().collect();
        assert_eq!(match_place(&chars).unwrap().name, "上海");
        assert!(match_place(&"北京".chars().collect::<Vec<_>>()).is_none());
    }
}

/// Common and formal names of the bodies that articles name in their short official form, as
/// (the form in articles, the forms people also write). Applied to any body name containing the
/// first form, so 国家发展改革委 is also 国家发改委 and 国家发展和改革委员会.
const ORG_NAME_FORMS: &[(&str, &[&str])] = &[
    ("发展改革委", &["发改委", "发展和改革委员会", "发展改革委员会"]),
    ("中央财办", &["中央财经委员会办公室", "中央财经委办公室", "中央财经办"]),
    ("区域合作办", &["区域合作办公室"]),
    ("示范区执委会", &["示范区执行委员会"]),
    ("交通运输部", &["交通部"]),
    ("国家统计局", &["统计局"]),
];

/// The other names people give a body (`国家发展改革委` → `国家发改委`, …).
pub fn org_aliases(org: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (form, others) in ORG_NAME_FORMS {
        if org.contains(form) {
            out.extend(others.iter().map(|o| org.replace(form, o)));
        }
    }
    // 国家发展改革委 is also just 发改委.
    let bare: Vec<String> = std::iter::once(org)
        .chain(out.iter().map(String::as_str))
        .filter_map(|n| n.strip_prefix("国家").filter(|b| b.chars().count() >= 3).map(str::to_string))
        .collect();
    out.extend(bare);
    out
}

#[cfg(test)]
mod org_tests {
    use super::org_aliases;

    #[test]
    fn bodies_have_their_common_names() {
        let a = org_aliases("国家发展改革委");
        for n in ["国家发改委", "发改委", "国家发展和改革委员会", "发展改革委"] {
            assert!(a.iter().any(|x| x == n), "{n} missing from {a:?}");
        }
        assert!(org_aliases("中央财办").iter().any(|x| x == "中央财经委员会办公室"));
        assert!(org_aliases("科技部").is_empty());
    }
}
