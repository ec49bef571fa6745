//! Question text normalisation and the small string helpers the reader shares: NFKC (full-width
//! digits and punctuation), traditional → simplified through hanconv's OpenCC tables, Chinese
//! numeral years (二〇二三年), two-digit years (24年), and the punctuation-free
//! "key" form used to compare titles and themes.

use unicode_normalization::{IsNormalized, UnicodeNormalization};

use super::tagger::{self, CueSet};

/// The question as the reader sees it: NFKC, simplified, no whitespace, ASCII lower-case, with
/// Chinese-numeral and two-digit years rewritten as four digits.
pub fn normalize(raw: &str) -> String {
    // Full-width forms (？，（２０２３）) are what NFKC changes in most questions: mapped here, most
    // questions then skip the composition pass.
    let narrow: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let nfkc: String = if unicode_normalization::is_nfkc_quick(narrow.chars()) == IsNormalized::Yes {
        narrow
    } else {
        narrow.nfkc().filter(|c| !c.is_whitespace()).collect()
    };
    let simplified =
        if nfkc.chars().any(crate::engine::normalize::may_be_traditional) { hanconv::t2s(&nfkc) } else { nfkc };
    let lower = simplified.to_lowercase();
    // 省(市)长, 省(市)委书记: the office, written for both kinds of province.
    let lower = replaced(replaced(lower, "(市)", ""), "(省)", "");
    // 甚麼 (Taiwan and Hong Kong) simplifies to 甚么, which is the same 什么.
    let lower = replaced(lower, "甚么", "什么");
    // English question words in a Chinese question: `what was the theme of the 2024 座谈会`.
    let lower = if lower.bytes().any(|b| b.is_ascii_alphabetic()) {
        let english = ENGLISH_CUES.iter().fold(english_ordinals(&lower), |acc, (en, zh)| replaced(acc, en, zh));
        let places = PINYIN_PLACES.iter().fold(english, |acc, (py, zh)| replaced(acc, py, zh));
        // `changsanjiao zuotanhui 2023 zai nali kai de`: a question typed in pinyin throughout, known
        // by the genre's own words; short syllables are read only then.
        if PINYIN_WORDS[..3].iter().any(|(py, _)| places.contains(py)) {
            PINYIN_WORDS.iter().fold(places, |acc, (py, zh)| replaced(acc, py, zh))
        } else {
            places
        }
    } else {
        lower
    };
    let lower = held_in(next_to(lower));
    repair_theme_word(&repair_domain_words(&rewrite_months(&rewrite_years(&apostrophe_years(&lower)))))
}

/// `the meeting right after the Yangzhou one`, once its words are read (`座谈会rightafterthe扬州one`):
/// the meeting next to the one a place names, said as a Chinese question says it (`扬州那次之后的
/// 下一次座谈会`, `扬州那次之前的上一次座谈会`).
fn next_to(text: String) -> String {
    const MARK: &str = "座谈会";
    let Some(at) = text.find(MARK) else { return text };
    for (word, said) in [("after", "之后的下一次"), ("before", "之前的上一次")] {
        let rest = &text[at + MARK.len()..];
        let rest =
            ["right", "just", "immediately", "directly"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(word) else { continue };
        let rest = rest.strip_prefix("the").unwrap_or(rest);
        let place: String = rest.chars().take_while(|&c| is_cjk(c)).collect();
        if place.is_empty() || place.contains(MARK) {
            continue;
        }
        let tail = &rest[place.len()..];
        let tail = ["one", "meeting"].iter().find_map(|w| tail.strip_prefix(w)).unwrap_or(tail);
        return format!("{}{place}那次{said}座谈会{tail}", &text[..at]);
    }
    text
}

/// `the 2504 meeting held in Suzhou`, once its words are read (`2504座谈会举行in苏州`): the place
/// the question holds the meeting in, said as a Chinese question says it (`在苏州举行的2504年座谈会`),
/// so that it is a premise to check.
fn held_in(text: String) -> String {
    const MARK: &str = "座谈会举行in";
    let Some(at) = text.find(MARK) else { return text };
    let after = &text[at + MARK.len()..];
    let place: String = after.chars().take_while(|&c| is_cjk(c)).collect();
    if place.is_empty() {
        return text;
    }
    let year: String =
        text[..at].chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    let start = at - year.len();
    let year = if year.len() == 4 { format!("{year}年") } else { year };
    format!("{}在{place}举行的{year}座谈会{}", &text[..start], &after[place.len()..])
}

/// `五月`, `八月份`, `十二月`: a month in Chinese numerals, written as the reports date (`5月`), so
/// that one reading serves both. Not inside a longer numeral (`三十五月`) nor after 第 or 个.
fn rewrite_months(s: &str) -> String {
    if !s.contains('月') {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let free = i == 0 || (cn_digit(chars[i - 1]).is_none() && !"十百千第个几".contains(chars[i - 1]));
        let month = match (chars[i], chars.get(i + 1), chars.get(i + 2)) {
            ('十', Some(&'一'), Some(&'月')) => Some((11, 3)),
            ('十', Some(&'二'), Some(&'月')) => Some((12, 3)),
            ('十', Some(&'月'), _) => Some((10, 2)),
            (c, Some(&'月'), _) => cn_digit(c).filter(|d| *d >= 1).map(|d| (d, 2)),
            _ => None,
        };
        match month {
            Some((m, len)) if free => {
                out.push_str(&format!("{m}月"));
                i += len;
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// 主提, and 主体 asked for (座谈会的主体是什么): pinyin slips for 主题, the only 'zhuti' the genre asks.
fn repair_theme_word(s: &str) -> String {
    let s = replaced(s.to_string(), "主提", "主题");
    if !(s.contains("主体") && (s.contains("座谈会") || s.contains("论坛"))) {
        return s;
    }
    ["主体是", "主体为", "主体叫"].iter().fold(s, |acc, w| replaced(acc, w, &format!("主题{}", &w[6..])))
}

/// `s` with every `from` replaced, without a new string when there is none: the reader rewrites
/// each question for many words that it seldom holds.
pub fn replaced(s: String, from: &str, to: &str) -> String {
    if s.contains(from) { s.replace(from, to) } else { s }
}

/// `'23座谈会`: a year written with an apostrophe and no 年, as in '23 or ’24.
fn apostrophe_years(s: &str) -> String {
    if !s.contains(['\'', '’', '‘']) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '\'' | '’' | '‘')
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
            && chars.get(i + 2).is_some_and(|c| c.is_ascii_digit())
            && !chars.get(i + 3).is_some_and(|c| c.is_ascii_digit())
            && (i == 0 || !chars[i - 1].is_ascii_digit())
        {
            out.push_str("20");
            out.push(chars[i + 1]);
            out.push(chars[i + 2]);
            if chars.get(i + 3) != Some(&'年') {
                out.push('年');
            }
            i += 3;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Whether two ASCII digits at `i` are a year of a list that ends in one written with 年
/// (`23、24两年`, `23和24年`): the 年 of the last one stands for them all.
fn two_digit_year_list(chars: &[char], i: usize) -> bool {
    let two = |j: usize| {
        chars.get(j).is_some_and(|c| c.is_ascii_digit())
            && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())
            && !chars.get(j + 2).is_some_and(|c| c.is_ascii_digit())
            && (j == 0 || !chars[j - 1].is_ascii_digit())
    };
    if !two(i) {
        return false;
    }
    match chars.get(i + 2) {
        Some('年') => true,
        Some('、' | '和' | '与' | '及' | '跟') => {
            two(i + 3)
                && (two_digit_year_list(chars, i + 3)
                    || chars.get(i + 5) == Some(&'两') && chars.get(i + 6) == Some(&'年'))
        }
        Some('两') => i > 0 && chars.get(i + 3) == Some(&'年'),
        _ => false,
    }
}

pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c) || c == '〇'
}

/// Words that ask for a sum (`一共多少项`).
pub(super) const SUM_WORDS: [&str; 5] = ["一共", "合计", "总共", "共计", "加起来"];
/// Words that ask for a difference (`比2386年多几个`).
pub(super) const DIFFERENCE_WORDS: [&str; 7] = ["多几", "少几", "多多少", "少多少", "相差", "差几", "差多少"];

/// Whether `text` holds any of `words`.
pub(super) fn any_of(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The kind a question names before `清单` (`实事项目清单加起来` → `实事项目`): the Chinese
/// characters right before it, back to a `的`.
pub(super) fn list_kind(text: &str) -> String {
    let Some(at) = text.find("清单") else { return String::new() };
    let before: Vec<char> = text[..at].chars().rev().take_while(|&c| is_cjk(c) && c != '的').collect();
    before.into_iter().rev().collect()
}

/// English words people mix into a question, with the Chinese cue each stands for.
const ENGLISH_CUES: &[(&str, &str)] = &[
    // First: with spaces gone, `the meeting` reads `themeeting`, which holds `theme`.
    ("meeting", "座谈会"),
    ("forum", "论坛"),
    // Before `who` and `speaker`'s parts: the keynote is the forum's 主旨演讲, not any speech.
    ("keynotespeaker", "主旨演讲嘉宾"),
    ("keynote", "主旨演讲"),
    ("howmany", "多少"),
    ("whichprovince", "哪个省"),
    ("whichcity", "哪个城市"),
    ("whichyear", "哪一年"),
    ("whatdistrict", "哪个区"),
    ("whichdistrict", "哪个区"),
    ("hosted", "承办"),
    ("signed", "签约"),
    ("projects", "项目"),
    ("hosts", "承办"),
    ("chaired", "主持"),
    ("presided", "主持"),
    ("chair", "主持"),
    ("held", "举行"),
    ("theme", "主题"),
    ("where", "在哪里"),
    ("when", "什么时候"),
    ("date", "日期"),
    ("who", "谁"),
    ("host", "承办"),
    ("documents", "文件"),
    ("document", "文件"),
    ("attendees", "出席人员"),
    ("attend", "出席"),
    ("venue", "地点"),
    ("location", "地点"),
    // `Which Jiangsu Party secretary attended…`: the office asked.
    ("partysecretary", "书记"),
    ("partychief", "书记"),
    ("governor", "省长"),
    ("mayor", "市长"),
];

/// The delta's provinces and the cities that have hosted or may host, in pinyin (`hefei那次`,
/// `Wenzhou meeting`): written as the reports write them. Longer names first (`shanghai` before
/// `hai…`); 台州 and 泰州 share `taizhou`, so neither is guessed.
const PINYIN_PLACES: &[(&str, &str)] = &[
    ("shanghai", "上海"),
    ("jiangsu", "江苏"),
    ("zhejiang", "浙江"),
    ("anhui", "安徽"),
    ("hangzhou", "杭州"),
    ("nanjing", "南京"),
    ("hefei", "合肥"),
    ("wenzhou", "温州"),
    ("huzhou", "湖州"),
    ("wuhu", "芜湖"),
    ("jiaxing", "嘉兴"),
    ("suzhou", "苏州"),
    ("wuxi", "无锡"),
    ("ningbo", "宁波"),
    ("shaoxing", "绍兴"),
    ("yangzhou", "扬州"),
    ("nantong", "南通"),
    ("zhenjiang", "镇江"),
    ("changzhou", "常州"),
    ("anqing", "安庆"),
    ("jinhua", "金华"),
    ("zhoushan", "舟山"),
    ("huangshan", "黄山"),
    ("maanshan", "马鞍山"),
];

/// The genre's words in toneless pinyin, as a question typed without an input method writes them
/// (spaces already gone): the first three mark such a question. Longer words first.
const PINYIN_WORDS: &[(&str, &str)] = &[
    ("zuotanhui", "座谈会"),
    ("changsanjiao", "长三角"),
    ("luntan", "论坛"),
    ("shenmeshihou", "什么时候"),
    ("nayinian", "哪一年"),
    ("xiayijie", "下一届"),
    ("zainali", "在哪里"),
    ("zhaokai", "召开"),
    ("juxing", "举行"),
    ("juban", "举办"),
    ("zhuchi", "主持"),
    ("chuxi", "出席"),
    ("shenyi", "审议"),
    ("wenjian", "文件"),
    ("zhuti", "主题"),
    ("shenme", "什么"),
    ("jihao", "几号"),
    ("nali", "哪里"),
    ("zaina", "在哪"),
    ("kaide", "开的"),
    ("shei", "谁"),
];

/// `8th`, `1st`, `the 22nd`: an English ordinal is the edition it counts, 第8届 (meetings are
/// named by year, so an ordinal in the genre is always the forum's edition).
fn english_ordinals(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit());
        let end = if starts { i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count() } else { i };
        let suffix =
            b.get(end..end + 2).filter(|x| matches!(x, [b't', b'h'] | [b's', b't'] | [b'n', b'd'] | [b'r', b'd']));
        if end - i > 0 && end - i <= 2 && suffix.is_some() {
            out.push('第');
            out.push_str(&s[i..end]);
            out.push('届');
            i = end + 2;
            continue;
        }
        let len = s[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&s[i..i + len]);
        i += len;
    }
    out
}

/// The value of one Chinese digit (〇 to 九).
fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'O' | 'o' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// `二〇二三年` → `2023年`, `二零二四年度` → `2024年度`, `24年` → `2024年`.
fn rewrite_years(s: &str) -> String {
    // Every form it rewrites ends in 年.
    if !s.contains('年') {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        // Four Chinese digits then 年.
        if i + 4 <= chars.len() {
            let digits: Option<Vec<u32>> = chars[i..i + 4].iter().map(|&c| cn_digit(c)).collect();
            if let Some(d) = digits
                && chars.get(i + 4) == Some(&'年')
                && (d[0] == 1 || d[0] == 2)
            {
                for v in d {
                    out.push(char::from_digit(v, 10).unwrap_or('0'));
                }
                i += 4;
                continue;
            }
        }
        // Spelled out with 千: 两千零二十三年, 二千零一十九年, 两千零二十年.
        if let Some((year, len)) = spelled_year(&chars[i..]) {
            out.push_str(&year.to_string());
            i += len;
            continue;
        }
        // Two Chinese digits then 年 (二三年, 一九年): a year of this century. Not 两三年 (a duration),
        // nor part of a longer numeral, nor 年级.
        if i + 2 < chars.len()
            && chars[i + 2] == '年'
            && !chars.get(i + 3).is_some_and(|c| "级前后来间里内多".contains(*c))
            && matches!(chars[i], '一' | '二')
            && let Some(d1) = cn_digit(chars[i + 1])
            && (i == 0 || (cn_digit(chars[i - 1]).is_none() && !"十百千".contains(chars[i - 1])))
        {
            out.push_str("20");
            out.push(char::from_digit(cn_digit(chars[i]).unwrap_or(0), 10).unwrap_or('0'));
            out.push(char::from_digit(d1, 10).unwrap_or('0'));
            i += 2;
            continue;
        }
        // Exactly two ASCII digits then 年: a year of this century; 20年前, 10年来 are spans.
        if chars[i].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
            && chars.get(i + 2) == Some(&'年')
            && !chars.get(i + 3).is_some_and(|c| "前后来间里内多".contains(*c))
            && (i == 0 || !chars[i - 1].is_ascii_digit())
        {
            out.push_str("20");
            out.push(chars[i]);
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        // 23、24两年: each listed year gets its 年.
        if two_digit_year_list(&chars, i) {
            out.push_str("20");
            out.push(chars[i]);
            out.push(chars[i + 1]);
            out.push('年');
            i += 2;
            if chars.get(i) == Some(&'两') && chars.get(i + 1) == Some(&'年') {
                i += 2;
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// `两千零二十三年` at the start of `s`: the year and the characters it takes before 年.
fn spelled_year(s: &[char]) -> Option<(u32, usize)> {
    let thousands = cn_digit(*s.first()?).filter(|&d| d == 1 || d == 2)?;
    if s.get(1) != Some(&'千') {
        return None;
    }
    let mut i = 2;
    let mut hundreds = 0;
    if let Some(d) = s.get(i).and_then(|&c| cn_digit(c)).filter(|&d| d > 0)
        && s.get(i + 1) == Some(&'百')
    {
        hundreds = d;
        i += 2;
    }
    if s.get(i).is_some_and(|&c| c == '零' || c == '〇') {
        i += 1;
    }
    let mut rest = 0;
    let tens_digit = s.get(i).and_then(|&c| cn_digit(c));
    if let Some(t) = tens_digit
        && s.get(i + 1) == Some(&'十')
    {
        rest = t * 10;
        i += 2;
    } else if s.get(i) == Some(&'十') {
        rest = 10;
        i += 1;
    }
    if let Some(u) = s.get(i).and_then(|&c| cn_digit(c)).filter(|&d| d > 0) {
        rest += u;
        i += 1;
    }
    (s.get(i) == Some(&'年')).then_some((thousands * 1000 + hundreds * 100 + rest, i))
}

/// Whether two characters can be typed with the same pinyin, tones aside: the typo a pinyin
/// input method makes (温洲 for 温州, 和肥 for 合肥).
pub fn same_sound(a: char, b: char) -> bool {
    use pinyin::ToPinyinMulti;
    if a == b {
        return true;
    }
    let (Some(pa), Some(pb)) = (a.to_pinyin_multi(), b.to_pinyin_multi()) else {
        return false;
    };
    pa.into_iter().any(|x| pb.into_iter().any(|y| x.plain() == y.plain()))
}

/// Whether `window` is `word` with exactly one character replaced by one of the same sound.
pub fn one_homophone_off(window: &[char], word: &[char]) -> bool {
    window.len() == word.len()
        && window.iter().zip(word).filter(|(a, b)| a != b).count() == 1
        && window.iter().zip(word).all(|(&a, &b)| a == b || (is_cjk(a) && same_sound(a, b)))
}

/// Characters of the delta's place names and the ones a reader's eye takes for them.
const LOOK_ALIKE: &[(char, char)] =
    &[('徽', '微'), ('徽', '薇'), ('浙', '淅'), ('浙', '渐'), ('苏', '芬'), ('江', '汪'), ('肥', '吧'), ('州', '川')];

/// Whether `window` is `word` with exactly one character replaced by one that looks like it.
pub fn one_look_alike_off(window: &[char], word: &[char]) -> bool {
    window.len() == word.len()
        && window.iter().zip(word).filter(|(a, b)| a != b).count() == 1
        && window.iter().zip(word).all(|(&a, &b)| a == b || LOOK_ALIKE.iter().any(|&(x, y)| (x, y) == (b, a)))
}

/// The genre's own words of three or more characters, put right where a pinyin typo broke them
/// (坐谈会 → 座谈会, 长三脚 → 长三角), so the question words are found as written by a careful user.
pub fn repair_domain_words(s: &str) -> String {
    const WORDS: &[&[char]] = &[
        &['座', '谈', '会'],
        &['长', '三', '角'],
        &['一', '体', '化'],
        &['主', '要', '领', '导'],
        &['高', '层', '论', '坛'],
        // `第三十六届论谈`: the forum after its edition.
        &['届', '论', '坛'],
        &['发', '布', '会'],
        &['实', '事', '项', '目'],
        &['三', '省', '一', '市'],
        // `主旨演将`.
        &['主', '旨', '演', '讲'],
        // `第几界`: the edition asked.
        &['第', '几', '届'],
    ];
    let mut chars: Vec<char> = s.chars().collect();
    for &word in WORDS {
        let n = word.len();
        let mut i = 0;
        while i + n <= chars.len() {
            // One character off: the first or the second is as written (every word has three or more),
            // which rules out most windows before the sound table is looked at.
            let near = chars[i] == word[0] || chars[i + 1] == word[1];
            if near && one_homophone_off(&chars[i..i + n], word) {
                chars[i..i + n].copy_from_slice(word);
                i += n;
            } else {
                i += 1;
            }
        }
    }
    chars.into_iter().collect()
}

/// The numeral `s` opens with, in ASCII or Chinese digits (`三` of `三、新开通…`, `12` of `12项`).
pub fn leading_numeral(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Whether a character only punctuates (kept out of title and theme keys).
/// `上海第三次承办`, `第2次在安徽召开`: the ordinal of a place's hosting the question asks of, when
/// a hosting verb follows `第N次` (N of 2 or more; the first is read as such elsewhere).
pub(super) fn hosting_ordinal(text: &str) -> Option<u32> {
    const VERBS: [&str; 7] = ["承办", "举办", "召开", "举行", "主办", "开会", "开座谈会"];
    text.match_indices('第').find_map(|(i, _)| {
        let rest = &text[i + '第'.len_utf8()..];
        let num: String =
            rest.chars().take_while(|c| c.is_ascii_digit() || "二两三四五六七八九十".contains(*c)).collect();
        let after = rest[num.len()..].strip_prefix('次').or_else(|| rest[num.len()..].strip_prefix('回'))?;
        let n =
            crate::engine::extract::text::parse_number(&num.replace('两', "二")).filter(|&n| (2..=30).contains(&n))?;
        let verb = VERBS.iter().any(|v| after.chars().take(8).collect::<String>().contains(v));
        verb.then_some(n)
    })
}

pub fn is_punct(c: char) -> bool {
    !(c.is_alphanumeric() || is_cjk(c))
}

/// The comparison key of a title or theme: normalised, no punctuation or quotes.
pub fn key(s: &str) -> String {
    normalize(s).chars().filter(|&c| !is_punct(c)).collect()
}

/// Longest common substring of two char slices: (length, start in `a`, start in `b`).
pub fn longest_common_substring(a: &[char], b: &[char]) -> (usize, usize, usize) {
    if a.is_empty() || b.is_empty() {
        return (0, 0, 0);
    }
    // Runs along each diagonal, with no table: every question is matched against every title.
    // Of the longest runs, the one ending first row by row wins, as in the textbook programme.
    let mut best = (0, 0, 0);
    let mut best_end = (usize::MAX, usize::MAX);
    let starts = (0..b.len()).map(|j| (0, j)).chain((1..a.len()).map(|i| (i, 0)));
    for (i0, j0) in starts {
        let mut run = 0;
        for (i, j) in (i0..a.len()).zip(j0..b.len()) {
            if a[i] != b[j] {
                run = 0;
                continue;
            }
            run += 1;
            if run > best.0 || run == best.0 && (i, j) < best_end {
                best = (run, i + 1 - run, j + 1 - run);
                best_end = (i, j);
            }
        }
    }
    best
}

/// Joins with the Chinese enumeration comma.
/// The largest key of `items` (the smallest unless `most`) and every item that has it, a tie
/// naming them all; `None` when there are no items.
pub(super) fn extreme<T, K: PartialOrd + Copy>(items: &[T], key: impl Fn(&T) -> K, most: bool) -> Option<(K, Vec<&T>)> {
    let better = |a: K, b: K| if most { b > a } else { b < a };
    let best = items.iter().map(&key).reduce(|a, b| if better(a, b) { b } else { a })?;
    Some((best, items.iter().filter(|i| key(i) == best).collect()))
}

pub fn join<S: AsRef<str>>(items: &[S]) -> String {
    let mut out = String::new();
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push('、');
        }
        out.push_str(s.as_ref());
    }
    out
}

/// `2022年、2026年`.
pub fn years_text(years: &[i32]) -> String {
    join(&years.iter().map(|y| format!("{y}年")).collect::<Vec<_>>())
}

/// `text` with what stands inside 《》 blanked out, the marks kept.
fn titles_blanked(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .map(|c| match c {
            '《' => {
                depth += 1;
                c
            }
            '》' => {
                depth = depth.saturating_sub(1);
                c
            }
            _ if depth > 0 => '·',
            _ => c,
        })
        .collect()
}

/// A question text with the cues it holds, tagged once (see `tagger`): the reader asks it for
/// cues many times per question, and each ask is then one bit.
pub struct Scan<'a> {
    text: &'a str,
    cues: CueSet,
}

impl<'a> Scan<'a> {
    pub fn new(text: &'a str) -> Self {
        // 《长三角气候韧性城市群共建方案》是哪一年通过的: a title's words (城市) ask nothing; they may
        // still name the domain, an event or an attribute (《…实事项目清单》有几项).
        let cues = if text.contains('《') {
            let full = tagger::tag(text);
            let mut cues = tagger::tag(&titles_blanked(text));
            for (i, cue) in tagger::CUES.iter().enumerate() {
                if full.has(i) && matches!(cue.kind, tagger::Kind::Event | tagger::Kind::Scope | tagger::Kind::Attr) {
                    cues.insert(i);
                }
            }
            cues
        } else {
            tagger::tag(text)
        };
        Scan { text, cues }
    }

    /// `text` with the cues [`Scan::new`] found in it before (kept by [`Scan::cues`]).
    pub fn again(text: &'a str, cues: CueSet) -> Self {
        Scan { text, cues }
    }

    pub fn cues(&self) -> CueSet {
        self.cues
    }

    /// Whether the text holds the cue (a constant of `tagger::cue`).
    pub fn has(&self, cue: usize) -> bool {
        self.cues.has(cue)
    }
}

impl std::ops::Deref for Scan<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_chinese_numerals_read_as_digits() {
        assert_eq!(normalize("在五月举行的那次"), "在5月举行的那次");
        assert_eq!(normalize("八月份开的"), "8月份开的");
        assert_eq!(normalize("十二月和十月"), "12月和10月");
        // Not a month: a count of months, an ordinal, part of a longer numeral.
        assert_eq!(normalize("开了三个月"), "开了三个月");
        assert_eq!(normalize("第一月"), "第一月");
        assert_eq!(normalize("三十五月"), "三十五月");
    }

    #[test]
    fn normalises_variants() {
        assert_eq!(normalize("２０２４年度 座谈会"), "2024年度座谈会");
        assert_eq!(normalize("二〇二三年座谈会在哪开的？"), "2023年座谈会在哪开的?");
        assert_eq!(normalize("二零一九年"), "2019年");
        assert_eq!(normalize("24年的座谈会"), "2024年的座谈会");
        assert_eq!(normalize("两千零二十三年"), "2023年");
        assert_eq!(normalize("二千零一十九年度"), "2019年度");
        assert_eq!(normalize("兩千零二十年"), "2020年");
        assert_eq!(normalize("两千年"), "2000年");
        assert_eq!(normalize("二三年的座谈会"), "2023年的座谈会");
        assert_eq!(normalize("一九年座谈会"), "2019年座谈会");
        assert_eq!(normalize("两三年"), "两三年");
        assert_eq!(normalize("十二年"), "十二年");
        assert_eq!(
            normalize("2023年長三角地區主要領導座談會在哪裡舉行？"),
            "2023年长三角地区主要领导座谈会在哪里举行?"
        );
        // A three-digit run is not a year; 三年 stays a duration.
        assert_eq!(normalize("三年行动计划"), "三年行动计划");
        assert_eq!(normalize("100年"), "100年");
    }

    #[test]
    fn english_cue_words_with_the_spaces_gone() {
        // `the meeting` reads `themeeting`: the meeting is read before the theme.
        assert!(normalize("Which province hosts the meeting?").contains("哪个省承办the座谈会"));
        assert!(normalize("How many projects were signed at the 5th forum?").contains("多少项目were签约"));
    }

    #[test]
    fn pinyin_typos_of_the_genre_words() {
        assert_eq!(normalize("2023年坐谈会在哪开"), "2023年座谈会在哪开");
        assert_eq!(repair_domain_words("第三十六届论谈签约了多少个"), "第三十六届论坛签约了多少个");
        assert_eq!(normalize("长三脚一体化"), "长三角一体化");
        assert_eq!(normalize("2022年三省一市的省(市)长"), "2022年三省一市的省长");
        assert!(same_sound('洲', '州') && same_sound('和', '合'));
        assert!(!same_sound('海', '周'));
        let w: Vec<char> = "温洲".chars().collect();
        let t: Vec<char> = "温州".chars().collect();
        assert!(one_homophone_off(&w, &t));
        assert!(!one_homophone_off(&t, &t));
    }

    #[test]
    fn keys_and_parens() {
        assert_eq!(key("奋楫扬帆“十五五”，启航开拓新征程"), "奋楫扬帆十五五启航开拓新征程");
        let a: Vec<char> = "一网通办三年行动计划".chars().collect();
        let b: Vec<char> = "长三角政务服务一网通办三年行动计划".chars().collect();
        assert_eq!(longest_common_substring(&a, &b).0, 10);
    }

    #[test]
    fn a_scan_answers_for_its_text() {
        let s = Scan::new("谁主持了座谈会");
        assert!(s.has(tagger::cue::WHO) && s.has(tagger::cue::PRESIDE));
        assert!(!s.has(tagger::cue::WHERE));
        let again = Scan::again("谁主持了座谈会", s.cues());
        assert!(again.has(tagger::cue::WHO));
    }

    proptest::proptest! {
        /// The diagonal walk finds what the textbook table finds, ties included.
        #[test]
        fn longest_common_substring_as_the_table_finds_it(a in "[会议长三角a1]{0,16}", b in "[会议长三角a1]{0,16}") {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
            let mut expected = (0, 0, 0);
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    if a[i - 1] == b[j - 1] {
                        table[i][j] = table[i - 1][j - 1] + 1;
                        if table[i][j] > expected.0 {
                            expected = (table[i][j], i - table[i][j], j - table[i][j]);
                        }
                    }
                }
            }
            proptest::prop_assert_eq!(longest_common_substring(&a, &b), expected);
        }
    }

    #[test]
    fn an_english_meeting_held_somewhere_is_a_premise() {
        assert_eq!(
            held_in("whatwasthe主题ofthe2504座谈会举行in苏州?".into()),
            "whatwasthe主题ofthe在苏州举行的2504年座谈会?"
        );
        assert_eq!(held_in("2504座谈会举行的地点".into()), "2504座谈会举行的地点");
    }
}

#[cfg(test)]
mod extreme_tests {
    use super::extreme;

    #[test]
    fn the_largest_or_the_smallest_with_every_tie() {
        let items = [("a", 3), ("b", 7), ("c", 7), ("d", 1)];
        let (best, top) = extreme(&items, |i| i.1, true).unwrap();
        assert_eq!((best, top.iter().map(|i| i.0).collect::<Vec<_>>()), (7, vec!["b", "c"]));
        let (least, bottom) = extreme(&items, |i| i.1, false).unwrap();
        assert_eq!((least, bottom.len()), (1, 1));
        assert!(extreme(&[] as &[(&str, u32)], |i| i.1, true).is_none());
        let worth = [(2047.5_f64, 1), (2315.0, 2)];
        assert_eq!(extreme(&worth, |w| w.0, true).unwrap().1[0].1, 2);
    }
}
