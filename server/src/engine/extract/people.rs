//! Reading people out of the genre's lists: `上海市委书记陈吉宁，上海市委副书记、市长龚正；江苏省委书记…`,
//! `上海市委书记李强、江苏省委书记吴政隆…讲话`, bare name lists (`龚正、刘小涛、刘捷`), and names run together in
//! headlines (`陈吉宁信长星王浩出席`), which are split against the names the body already taught us.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::text::{is_han, is_name};
use crate::engine::gazetteer;
use crate::engine::model::Attendee;

/// Titles that end a role, longest first so `副书记` wins over `书记`.
const TITLES: &[&str] = &[
    "首席执行官",
    "首席科学家",
    "首席经济学家",
    "总裁",
    "常务副省长",
    "常务副市长",
    "副秘书长",
    "秘书长",
    "副书记",
    "书记",
    "副省长",
    "省长",
    "副市长",
    "市长",
    "副主席",
    "主席",
    "副主任",
    "主任",
    "副部长",
    "部长",
    "副总理",
    "总理",
    "副院长",
    "院长",
    "副局长",
    "局长",
    "副署长",
    "署长",
    "理事长",
    "董事长",
    "总经理",
    "合伙人",
    "行长",
    "社长",
    "会长",
    "校长",
    "研究员",
    "院士",
    "教授",
    // A forum's speakers from outside government: `知名专家张三立`, `企业家代表李四海`.
    "企业家代表",
    "专家代表",
    "学者代表",
    "经济学家",
    "科学家",
    // `生态学家宁远舟`, `社会学家…`: any scholar of a field.
    "学家",
    "企业家",
    "专家",
    "学者",
    "创始人",
    // `国际物流企业负责人裴星野`.
    "负责人",
    "所长",
    // Engineers and managers of the enterprises that speak: `浙江绿能集团总工程师岑启东`.
    "总工程师",
    "总设计师",
    "工程师",
    "总监",
    "总编辑",
    "委员",
    "领导",
];

/// Words that follow a name and end it: `陈吉宁代表…致辞`, `李强主持…`.
const AFTER_NAME: &[&str] = &[
    "出席",
    "讲话",
    "致辞",
    "代表",
    "主持",
    "通报",
    "参加",
    "分别",
    "等",
    "在",
    "应邀",
    "作",
    "说",
    "指出",
    "强调",
    "表示",
    "介绍",
    "发言",
    "会见",
    "共同",
    "一同",
    "陪同",
    "先后",
    "依次",
    "和三省一市",
    "和有关",
    "和各",
    "以及",
];

/// Reads a list of `ROLE NAME` entries. Roles may themselves contain `、`
/// (`上海市委副书记、市长龚正`): a piece that ends on a title carries over to the next piece.
pub fn role_names(text: &str) -> Vec<Attendee> {
    let mut out: Vec<Attendee> = Vec::new();
    // `江苏省委书记信长星,省委副书记、省长刘小涛;…`: within a group of one province, a local form
    // of a role (省委…, 市长) belongs to the province named first.
    for group in text.split([';', '；', '。']) {
        let first = out.len();
        out.extend(role_names_in_group(group));
        // `上海市委书记A、市长B,江苏省委书记C、省长D` (one group, commas between provinces): the
        // nearest province named before a local role is its own; else the group's first.
        // A province's own paper names its leaders without it (`省委书记刘小涛,上海市委书记…,省委副
        // 书记、省长孙建明`): there an unqualified role is the paper's province, left to the caller.
        let group_first = out[first..].iter().map(|a| a.province.clone()).find(|p| !p.is_empty());
        let home_paper = out[first..]
            .iter()
            .any(|a| a.province.is_empty() && (a.role.starts_with("省委书记") || a.role.starts_with("市委书记")));
        for i in first..out.len() {
            if !out[i].province.is_empty() {
                continue;
            }
            let nearest =
                out[first..i].iter().rev().map(|a| a.province.clone()).find(|p| !p.is_empty()).filter(|_| !home_paper);
            let localized = [nearest, group_first.clone()]
                .into_iter()
                .flatten()
                .find_map(|p| localize_role(&out[i].role, &p).map(|role| (role, p)));
            if let Some((role, p)) = localized {
                out[i].role = role;
                out[i].province = p;
            }
        }
    }
    out
}

/// `省委副书记、省长` of 江苏 → `江苏省委副书记、省长`; `市长` of 上海 → `上海市长`. `None` when the
/// role is not in a local form (`国家发展改革委副秘书长`).
pub fn localize_role(role: &str, province: &str) -> Option<String> {
    let local = ["省委", "省长", "副省长", "市委", "市长", "副市长", "省政府", "市政府"];
    if !local.iter().any(|l| role.starts_with(l)) {
        return None;
    }
    let municipality = gazetteer::province_full(province).ends_with('市');
    let fits = if municipality {
        role.starts_with('市') || role.starts_with("副市")
    } else {
        role.starts_with('省') || role.starts_with("副省")
    };
    fits.then(|| format!("{province}{role}"))
}

fn role_names_in_group(text: &str) -> Vec<Attendee> {
    let mut out = Vec::new();
    let mut pending = String::new();
    // `四位省(市)长——上海市长A、…`: a dash, like a colon, ends the introduction of a list.
    let pieces = text.split([',', '、', '，', ' ', ':', '—']).flat_map(split_at_connectives);
    for piece in pieces {
        let piece = strip_connectives(piece.trim());
        if piece.is_empty() {
            continue;
        }
        // `沪苏浙皖四位省(市)长`, `还有四位书记`: a count of the people listed next, no one's role.
        let chars: Vec<char> = piece.chars().collect();
        if chars.windows(2).any(|w| "两二三四五六七八九十几多".contains(w[0]) && (w[1] == '位' || w[1] == '名'))
        {
            pending.clear();
            continue;
        }
        match split_role_name(piece) {
            // 习近平总书记 is named in every article, attending none of these meetings.
            Some((role, _)) if role.ends_with("总书记") => pending.clear(),
            Some((role, name)) => {
                // `今年初履新的安徽省长樊秋实`: what the writer says of the office is no part of it.
                let role = match role.rfind('的') {
                    Some(i) if crate::engine::gazetteer::opens_on_an_office(&role[i + '的'.len_utf8()..]) => {
                        &role[i + '的'.len_utf8()..]
                    }
                    _ => role,
                };
                let role = format!("{pending}{role}");
                pending.clear();
                out.push(attendee(name, &role));
            }
            None if ends_with_title(piece) => {
                pending.push_str(piece);
                pending.push('、');
            }
            // `上海市领导李强、龚正`: a bare name after a collective role shares it.
            None if is_name(cut_after_name(piece))
                && out.last().is_some_and(|a: &Attendee| a.role.ends_with("领导")) =>
            {
                let role = out.last().map(|a: &Attendee| a.role.clone()).unwrap_or_default();
                out.push(attendee(cut_after_name(piece), &role));
            }
            None => pending.clear(),
        }
    }
    out
}

/// Whether `text` is one name the document taught us (`俞思齐`), or a plausible one.
pub fn is_name_known(text: &str, known: &BTreeSet<String>) -> bool {
    known.contains(text) || is_name(text)
}

/// A bare list of names (`龚正、刘小涛、刘捷、王清宪`), each a plausible name; `None` if any piece is not.
pub fn bare_names(text: &str) -> Option<Vec<String>> {
    let names: Vec<String> = text
        .split(['、', ',', '，', ' '])
        .map(|p| strip_connectives(p.trim()))
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (!names.is_empty() && names.iter().all(|n| is_name(n))).then_some(names)
}

/// Splits names run together (`陈吉宁信长星易炼红`) against known names, longest first. `None`
/// when some part is not a known name.
pub fn run_together(text: &str, known: &BTreeSet<String>) -> Option<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let found = (2..=4)
            .rev()
            .find(|&n| i + n <= chars.len() && known.contains(&chars[i..i + n].iter().collect::<String>()))?;
        out.push(chars[i..i + found].iter().collect());
        i += found;
    }
    (!out.is_empty()).then_some(out)
}

/// The name a clause ends on, just before a verb (`…易炼红主持会议` → 易炼红): the role-name reading
/// if the clause has a role, else a known name ending there, else 2-3 ideographs after a separator.
pub fn name_before(clause: &str, known: &BTreeSet<String>) -> Option<String> {
    let clause = clause.trim();
    if let Some(a) = role_names(clause).pop().filter(|a| clause.ends_with(a.name.as_str())) {
        return Some(a.name);
    }
    let chars: Vec<char> = clause.chars().collect();
    for n in (2..=4).rev() {
        if chars.len() >= n {
            let cand: String = chars[chars.len() - n..].iter().collect();
            if known.contains(&cand) {
                return Some(cand);
            }
        }
    }
    // An unknown name standing alone after a separator or at the start.
    let tail: String = chars.iter().rev().take_while(|c| is_han(**c)).collect::<Vec<_>>().into_iter().rev().collect();
    (is_name(&tail) && tail.chars().count() <= 3).then_some(tail)
}

/// The bodies a role names before its title: `推动长三角一体化发展领导小组办公室副主任、国家发展改革委副主任`
/// → the office and 国家发展改革委. A delta province's own role names none.
pub fn bodies_of(role: &str) -> Vec<String> {
    if gazetteer::match_place(&role.chars().collect::<Vec<_>>()).is_some() {
        return Vec::new();
    }
    role.split('、')
        .filter_map(|seg| {
            let title = TITLES.iter().filter(|t| seg.ends_with(*t)).max_by_key(|t| t.len())?;
            let body = seg[..seg.len() - title.len()].trim_end_matches("常务").trim_end_matches('副');
            (body.chars().count() >= 3).then(|| body.to_string())
        })
        .collect()
}

/// Connectives that may join two entries of a list, longest first so `以及` wins over `及`.
const CONNECTIVES: &[&str] = &["以及", "和", "及", "与"];

/// `安徽省委书记柴怀远和浙江省委副书记`: a connective joins two entries when what stands before it is a
/// whole `ROLE NAME` entry and what follows it begins another role (ends on a title or holds one
/// before a name). A connective inside a body's name (`国家发展和改革委员会副主任`,
/// `住房和城乡建设部部长`) has no entry before it and stays.
fn split_at_connectives(piece: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < piece.len() {
        let rest = &piece[i..];
        let conn = CONNECTIVES.iter().find(|c| rest.starts_with(*c));
        if let Some(c) = conn {
            let (left, right) = (&piece[start..i], &rest[c.len()..]);
            let entry = split_role_name(left).is_some_and(|(role, name)| role.len() + name.len() == left.len());
            let role_follows = split_role_name(right).is_some() || ends_with_title(right);
            if entry && role_follows {
                out.push(left);
                start = i + c.len();
                i = start;
                continue;
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    out.push(&piece[start..]);
    out
}

fn strip_connectives(s: &str) -> &str {
    let s = s.trim_start_matches("以及").trim_start_matches('和').trim_start_matches('及').trim_start_matches('与');
    // `时任上海市委书记宋启年`, `当年的安徽省长柏若衡`: a role held then is the role.
    let s = ["时任", "当年的", "当时的", "那时的"].iter().find_map(|w| s.strip_prefix(w)).unwrap_or(s);
    s.trim()
}

fn ends_with_title(piece: &str) -> bool {
    TITLES.iter().any(|t| piece.ends_with(t))
}

/// `上海市委副书记、市长龚正` → (`上海市委副书记、市长`, `龚正`): the last title followed by a name.
fn split_role_name(piece: &str) -> Option<(&str, &str)> {
    // One pass over the piece finds every title (a list of names runs to thousands of pieces).
    static TITLE_AC: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(TITLES).expect("the titles build an automaton"));
    let best = TITLE_AC
        .find_overlapping_iter(piece)
        .map(|m| (m.end(), m.start()))
        .reduce(|(e, s), (end, i)| if end > e || (end == e && i < s) { (end, i) } else { (e, s) });
    let (end, _) = best?;
    let rest = cut_after_name(&piece[end..]);
    is_name(rest).then(|| (&piece[..end], rest))
}

/// Cuts what follows a name: `陈吉宁代表会议轮值主办方致辞` → `陈吉宁`.
fn cut_after_name(s: &str) -> &str {
    static AFTER_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(AFTER_NAME)
            .expect("the words after a name build an automaton")
    });
    // A name has at least two characters: look for the verb after them.
    let skip = s.char_indices().nth(2).map_or(s.len(), |(i, _)| i);
    AFTER_AC.find(&s[skip..]).map_or(s, |m| &s[..skip + m.start()])
}

/// `remarks.上海市市长`, `Delta".浙江省委书记`: an English sentence run on before the role ends at
/// its full stop after a word; the role starts at the Chinese after it (`IDG资本管理合伙人` keeps its
/// letters, and so does an initialism: `U.S.商会会长`).
fn after_foreign_sentence(role: &str) -> &str {
    let mut cut = 0;
    let mut prev: Option<char> = None;
    for (i, c) in role.char_indices() {
        if is_han(c) && prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | '"' | '\'' | ')')) {
            let head = role[..i].trim_end_matches(['.', '!', '?', '"', '\'', ')']);
            let word = head.chars().rev().take_while(|c| c.is_ascii_alphabetic()).count();
            if word >= 3 {
                cut = i;
            }
        }
        prev = Some(c);
    }
    &role[cut..]
}

fn attendee(name: &str, role: &str) -> Attendee {
    // `会议由上海市委书记龚启帆主持`: the clause's frame before the office is not part of it.
    let role = role.trim_start_matches(['、', ' ']);
    let role = ["会议由", "会议", "由"].iter().find_map(|w| role.strip_prefix(w)).unwrap_or(role);
    let role = after_foreign_sentence(role);
    let starts_on_place = |r: &str| gazetteer::match_place(&r.chars().collect::<Vec<_>>()).is_some();
    // `中共江苏省委书记`: the party's name before a provincial committee; the genre's 江苏省委书记.
    let role = role.strip_prefix("中共").filter(|r| starts_on_place(r)).unwrap_or(role);
    // A role without a delta place name (`国家发展改革委副秘书长`) has no province; a national rank
    // before the provincial office (`中共中央政治局委员、上海市委书记`) gives none either.
    let province = role
        .split('、')
        .find_map(|part| gazetteer::match_place(&part.chars().collect::<Vec<_>>()).map(|m| m.province.to_string()))
        .unwrap_or_default();
    Attendee { name: name.to_string(), role: role.to_string(), province }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[Attendee]) -> Vec<(String, String, String)> {
        v.iter().map(|a| (a.role.clone(), a.name.clone(), a.province.clone())).collect()
    }

    #[test]
    fn meeting_attendance_list() {
        let got =
            role_names("上海市委书记陈吉宁,上海市委副书记、市长龚正;江苏省委书记信长星,江苏省委副书记、省长刘小涛");
        assert_eq!(
            pairs(&got),
            vec![
                ("上海市委书记".into(), "陈吉宁".into(), "上海".into()),
                ("上海市委副书记、市长".into(), "龚正".into(), "上海".into()),
                ("江苏省委书记".into(), "信长星".into(), "江苏".into()),
                ("江苏省委副书记、省长".into(), "刘小涛".into(), "江苏".into()),
            ]
        );
    }

    #[test]
    fn a_local_role_takes_the_province_named_nearest_before_it() {
        let got =
            role_names("上海市委书记周明远、市长吴德海,江苏省委书记孙立平、省长钱正义,浙江省委书记赵启航、省长李青山");
        assert_eq!(
            pairs(&got),
            vec![
                ("上海市委书记".into(), "周明远".into(), "上海".into()),
                ("上海市长".into(), "吴德海".into(), "上海".into()),
                ("江苏省委书记".into(), "孙立平".into(), "江苏".into()),
                ("江苏省长".into(), "钱正义".into(), "江苏".into()),
                ("浙江省委书记".into(), "赵启航".into(), "浙江".into()),
                ("浙江省长".into(), "李青山".into(), "浙江".into()),
            ]
        );
    }

    #[test]
    fn speakers_with_trailing_verbs() {
        let got = role_names("上海市委书记陈吉宁代表会议轮值主办方致辞");
        assert_eq!(pairs(&got), vec![("上海市委书记".into(), "陈吉宁".into(), "上海".into())]);
        let got = role_names("国家发展改革委副秘书长肖渭明在论坛上致辞");
        assert_eq!(got[0].name, "肖渭明");
        assert_eq!(got[0].province, "");
        let got = role_names("上海全球城市研究院院长阮青、IDG资本管理合伙人王静波");
        assert_eq!(got.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["阮青", "王静波"]);
    }

    #[test]
    fn party_committee_roles_and_bare_governors() {
        let got = role_names("中共江苏省委书记秦昊然、江苏省长葛立新");
        assert_eq!(
            pairs(&got),
            vec![
                ("江苏省委书记".into(), "秦昊然".into(), "江苏".into()),
                ("江苏省长".into(), "葛立新".into(), "江苏".into()),
            ]
        );
        assert_eq!(role_names("宁德时代首席科学家吴启航")[0].name, "吴启航");
    }

    #[test]
    fn an_english_sentence_run_on_before_a_role_is_not_part_of_it() {
        assert_eq!(role_names("made concluding remarks.上海市市长甲乙")[0].role, "上海市市长");
        assert_eq!(role_names("in the Delta\".浙江省委书记丙丁")[0].role, "浙江省委书记");
        assert_eq!(role_names("IDG资本管理合伙人王静波")[0].role, "IDG资本管理合伙人");
        assert_eq!(role_names("U.S.商会会长王静波")[0].role, "U.S.商会会长");
    }

    #[test]
    fn a_connective_joins_two_entries_not_a_body() {
        let got = role_names("安徽省委书记柴怀远和浙江省委副书记、省长孔令澜先后讲话");
        assert_eq!(
            pairs(&got),
            vec![
                ("安徽省委书记".into(), "柴怀远".into(), "安徽".into()),
                ("浙江省委副书记、省长".into(), "孔令澜".into(), "浙江".into()),
            ]
        );
        let got = role_names("国家发展和改革委员会副主任甲乙与中国科学技术协会副主席丙丁");
        assert_eq!(
            got.iter().map(|a| (a.role.as_str(), a.name.as_str())).collect::<Vec<_>>(),
            vec![("国家发展和改革委员会副主任", "甲乙"), ("中国科学技术协会副主席", "丙丁")]
        );
        assert_eq!(role_names("住房和城乡建设部部长戊己")[0].role, "住房和城乡建设部部长");
    }

    #[test]
    fn collective_roles() {
        let got = role_names("上海市领导李强、龚正,江苏省领导娄勤俭、吴政隆等出席会议");
        assert_eq!(
            pairs(&got),
            vec![
                ("上海市领导".into(), "李强".into(), "上海".into()),
                ("上海市领导".into(), "龚正".into(), "上海".into()),
                ("江苏省领导".into(), "娄勤俭".into(), "江苏".into()),
                ("江苏省领导".into(), "吴政隆".into(), "江苏".into()),
            ]
        );
    }

    #[test]
    fn headline_names_against_known_ones() {
        let known: BTreeSet<String> = ["陈吉宁", "信长星", "王浩", "梁言顺"].iter().map(|s| s.to_string()).collect();
        assert_eq!(run_together("陈吉宁信长星王浩", &known).unwrap(), vec!["陈吉宁", "信长星", "王浩"]);
        assert!(run_together("陈吉宁张三", &known).is_none());
        assert_eq!(name_before("陈吉宁信长星出席 李强", &known).as_deref(), Some("李强"));
        assert_eq!(name_before("易炼红", &known).as_deref(), Some("易炼红"));
        assert_eq!(name_before("安徽省委书记韩俊", &known).as_deref(), Some("韩俊"));
    }
}
