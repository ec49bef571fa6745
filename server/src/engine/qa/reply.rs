//! What a handler returns before it becomes an `Answer`: status, the concise answer, the whole
//! sentence, the intent, the years it resolved, the evidence, and the rule that fired; plus the
//! shared wording (places, meetings, dates, roles) so every handler phrases facts alike.

use super::AnswerStatus;
use crate::engine::gazetteer;
use crate::engine::model::Evidence;

#[derive(Debug, Clone)]
pub struct Reply {
    pub status: AnswerStatus,
    pub answer: String,
    pub sentence: String,
    pub years: Vec<i32>,
    pub evidence: Vec<Evidence>,
    /// Slots the handler resolved beyond the reading's (boxed to keep `Reply` small).
    pub extra: Box<Extra>,
}

#[derive(Debug, Clone, Default)]
pub struct Extra {
    pub intent: &'static str,
    pub candidates: Vec<String>,
    pub rule: &'static str,
    pub person: Option<String>,
    pub role: Option<String>,
    pub document: Option<String>,
    pub topic: Option<String>,
}

impl Reply {
    fn new(status: AnswerStatus, intent: &'static str, sentence: String) -> Reply {
        Reply {
            status,
            answer: String::new(),
            sentence,
            years: Vec::new(),
            evidence: Vec::new(),
            extra: Box::new(Extra { intent, ..Default::default() }),
        }
    }

    pub fn answered(intent: &'static str, answer: impl Into<String>, sentence: impl Into<String>) -> Reply {
        let mut r = Reply::new(AnswerStatus::Answered, intent, sentence.into());
        r.answer = answer.into();
        r
    }

    pub fn not_found(intent: &'static str, sentence: impl Into<String>) -> Reply {
        Reply::new(AnswerStatus::NotFound, intent, sentence.into())
    }

    pub fn not_understood(sentence: impl Into<String>) -> Reply {
        Reply::new(AnswerStatus::NotUnderstood, "", sentence.into())
    }

    pub fn out_of_domain() -> Reply {
        Reply::new(
            AnswerStatus::NotFound,
            "out_of_domain",
            "这个问题不在本服务的范围内：本服务只回答长三角地区主要领导座谈会及长三角一体化发展高层论坛的相关问题。"
                .to_string(),
        )
    }

    pub fn ambiguous(intent: &'static str, sentence: impl Into<String>, candidates: Vec<String>) -> Reply {
        let mut r = Reply::new(AnswerStatus::Ambiguous, intent, sentence.into());
        r.extra.candidates = candidates;
        r
    }

    pub fn rule(mut self, rule: &'static str) -> Reply {
        self.extra.rule = rule;
        self
    }

    pub fn years(mut self, years: &[i32]) -> Reply {
        for y in years {
            if !self.years.contains(y) {
                self.years.push(*y);
            }
        }
        self
    }

    pub fn evidence<'e>(mut self, ev: impl IntoIterator<Item = &'e Evidence>) -> Reply {
        for e in ev {
            if !self.evidence.contains(e) {
                self.evidence.push(e.clone());
            }
        }
        self
    }

    pub fn person(mut self, name: &str) -> Reply {
        self.extra.person = Some(name.to_string());
        self
    }

    pub fn role(mut self, role: &str) -> Reply {
        self.extra.role = Some(role.to_string());
        self
    }

    pub fn document(mut self, title: &str) -> Reply {
        self.extra.document = Some(title.to_string());
        self
    }

    pub fn topic(mut self, topic: &str) -> Reply {
        self.extra.topic = Some(topic.to_string());
        self
    }
}

/// One meeting's (or forum's) share of a reply.
pub struct Part {
    pub answer: String,
    pub sentence: String,
    pub evidence: Vec<Evidence>,
}

/// `2023年度长三角地区主要领导座谈会`.
pub fn meeting_name(year: i32) -> String {
    format!("{year}年度长三角地区主要领导座谈会")
}

/// `2026年长三角一体化发展高层论坛`, with the edition when known.
pub fn forum_name(year: i32, edition: Option<u32>) -> String {
    match edition {
        Some(e) => format!("{year}年第{}届长三角一体化发展高层论坛", chinese_number(e)),
        None => format!("{year}年长三角一体化发展高层论坛"),
    }
}

pub fn chinese_number(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", D[(n / 10) as usize]),
        20..=99 => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

/// `浙江省委副书记、省长` from a role as reported and its province.
pub fn display_role(role: &str, province: &str) -> String {
    if role.is_empty() {
        return String::new();
    }
    // `中共中央政治局委员、上海市委书记`: a rank before the office that names the province.
    if province.is_empty() || role.starts_with(province) || role.split('、').any(|part| part.starts_with(province)) {
        return role.to_string();
    }
    // 省委书记 / 市委书记 / 省长 read with the province in front.
    if role.starts_with('省') || role.starts_with('市') {
        return format!("{province}{role}");
    }
    format!("{}{role}", gazetteer::province_full(province))
}

/// A yes-or-no question answered no: 否, with the plain word a reader looks for (不是).
pub const NO: &str = "否（不是）";
