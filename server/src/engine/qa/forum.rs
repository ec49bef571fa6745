//! Answers about the 长三角一体化发展高层论坛 (found by year, edition 第八届, or 最近一次: place,
//! date, edition, theme, hosts 主办, organisers 承办, speakers, keynotes, attendees, what it
//! released) and about the results press conference 成果发布会 (who presided, who reported the
//! results, who spoke, when).

use super::Ctx;
use super::reading::Rel;
use super::reply::{Part, Reply, chinese_number, display_role, forum_name, meeting_name};
use super::text::join;
use crate::engine::model::{Attendee, Evidence, Forum, Sourced};

impl Ctx<'_> {
    fn forum_label(&self, f: &Forum) -> String {
        forum_name(f.year, f.edition.get().copied())
    }

    /// The forums the question means, or the NOT_FOUND reply.
    fn forums(&self, intent: &'static str) -> Result<Vec<&Forum>, Reply> {
        let r = self.r;
        let kb = self.kb;
        let known = || {
            let all: Vec<String> = kb.forums.values().map(|f| self.forum_label(f)).collect();
            if all.is_empty() {
                "语料中没有高层论坛的记录。".to_string()
            } else {
                format!("语料记载的论坛有：{}。", join(&all))
            }
        };
        if let Some(e) = r.edition {
            let found: Vec<&Forum> =
                kb.forums.values().filter(|f| f.edition.values.iter().any(|s| s.value == e)).collect();
            if found.is_empty() {
                return Err(Reply::not_found(
                    intent,
                    format!("语料中没有第{}届高层论坛的记录。{}", chinese_number(e), known()),
                ));
            }
            return Ok(found);
        }
        let years: Vec<i32> = if !r.years.is_empty() {
            r.years.clone()
        } else {
            match r.rel {
                Some(Rel::Latest) => kb
                    .forums
                    .values()
                    .filter(|f| f.date.get().is_none_or(|d| *d <= self.as_of))
                    .map(|f| f.year)
                    .max()
                    .into_iter()
                    .collect(),
                Some(Rel::Offset(k)) => vec![self.as_of.year + k],
                Some(Rel::First) => kb.forums.keys().next().copied().into_iter().collect(),
                // 在合肥举行的论坛: the forums held there.
                _ if !r.places.is_empty() => kb
                    .forums
                    .values()
                    .filter(|f| {
                        f.place.get().is_some_and(|p| {
                            r.places.iter().any(|q| {
                                if q.is_province {
                                    q.province == p.province
                                } else {
                                    p.city.as_deref() == Some(&q.name)
                                }
                            })
                        })
                    })
                    .map(|f| f.year)
                    .collect(),
                _ => kb.forums.keys().copied().collect(),
            }
        };
        let mut out = Vec::new();
        for y in years {
            match kb.forums.get(&y) {
                Some(f) => out.push(f),
                None => {
                    return Err(
                        Reply::not_found(intent, format!("语料中没有{y}年高层论坛的记录。{}", known())).years(&[y])
                    );
                }
            }
        }
        if out.is_empty() {
            return Err(Reply::not_found(intent, known()));
        }
        Ok(out)
    }

    pub fn forum(&self) -> Reply {
        let c = &self.r.cues;
        if c.host && c.org_unit {
            return self.forum_orgs(true);
        }
        if c.organizer {
            return self.forum_orgs(false);
        }
        if c.keynote {
            return self.forum_people("forum.keynotes", |f| {
                f.keynotes
                    .iter()
                    .map(|k| {
                        (
                            format!("{}（{}）", k.value.name, k.value.topic),
                            format!("{}{}", k.value.role, k.value.name),
                            k.evidence.clone(),
                        )
                    })
                    .collect()
            });
        }
        if c.speak {
            return self.forum_people("forum.speakers", |f| attendee_rows(&f.speakers));
        }
        if c.attend || (c.who && !c.release) {
            return self.forum_people("forum.attendees", |f| {
                let mut rows = attendee_rows(&f.speakers);
                rows.extend(attendee_rows(&f.attendees));
                rows
            });
        }
        if c.release {
            return self.forum_values("forum.releases", "发布了", |f| &f.releases);
        }
        if c.theme {
            return self.forum_fact("forum.theme", |f| {
                f.theme.primary().map(|t| (t.value.clone(), format!("主题为“{}”", t.value), t.evidence.clone()))
            });
        }
        if c.edition_q {
            return self.forum_fact("forum.edition", |f| {
                f.edition.primary().map(|e| {
                    (
                        format!("第{}届", chinese_number(e.value)),
                        format!("是第{}届", chinese_number(e.value)),
                        e.evidence.clone(),
                    )
                })
            });
        }
        if c.where_ {
            return self.forum_fact("forum.location", |f| {
                f.place
                    .primary()
                    .map(|p| (p.value.full_name(), format!("在{}举行", p.value.full_name()), p.evidence.clone()))
            });
        }
        if c.when || c.which_year {
            return self.forum_fact("forum.date", |f| {
                f.date.primary().map(|d| (d.value.to_string(), format!("于{}举行", d.value), d.evidence.clone()))
            });
        }
        if c.host {
            return self.forum_orgs(true);
        }
        self.forum_fact("forum.summary", |f| {
            let mut facts = Vec::new();
            let mut ev = Vec::new();
            if let Some(d) = f.date.primary() {
                facts.push(format!("于{}", d.value));
                ev.extend(d.evidence.iter().cloned());
            }
            if let Some(p) = f.place.primary() {
                facts.push(format!("在{}举行", p.value.full_name()));
                ev.extend(p.evidence.iter().cloned());
            }
            (!facts.is_empty()).then(|| (facts.concat(), facts.concat(), ev))
        })
    }

    /// One fact per forum: (answer, predicate for the sentence, evidence).
    fn forum_fact(
        &self,
        intent: &'static str,
        get: impl Fn(&Forum) -> Option<(String, String, Vec<Evidence>)>,
    ) -> Reply {
        let forums = match self.forums(intent) {
            Ok(f) => f,
            Err(r) => return r,
        };
        let mut parts = Vec::new();
        let mut sentences = Vec::new();
        let mut ev = Vec::new();
        let mut years = Vec::new();
        for f in &forums {
            let Some((answer, predicate, e)) = get(f) else {
                if forums.len() == 1 {
                    return Reply::not_found(intent, format!("语料没有{}的这项信息。", self.forum_label(f)))
                        .years(&[f.year]);
                }
                continue;
            };
            years.push(f.year);
            ev.extend(e);
            parts.push(if forums.len() > 1 { format!("{}年：{answer}", f.year) } else { answer });
            sentences.push(format!("{}{predicate}。", self.forum_label(f)));
        }
        if parts.is_empty() {
            return Reply::not_found(intent, "语料没有论坛的这项信息。");
        }
        Reply::answered(intent, parts.join("；"), sentences.concat()).years(&years).evidence(&ev).rule(intent)
    }

    fn forum_orgs(&self, hosts: bool) -> Reply {
        if hosts {
            self.forum_values("forum.hosts", "的主办单位是", |f| &f.hosts)
        } else {
            self.forum_values("forum.organizers", "的承办单位是", |f| &f.organizers)
        }
    }

    fn forum_values(&self, intent: &'static str, verb: &str, get: impl Fn(&Forum) -> &Vec<Sourced<String>>) -> Reply {
        self.forum_fact(intent, |f| {
            let v = get(f);
            if v.is_empty() {
                return None;
            }
            let names: Vec<String> = v.iter().map(|s| s.value.clone()).collect();
            let ev = v.iter().flat_map(|s| s.evidence.iter().cloned()).collect();
            Some((join(&names), format!("{verb}{}", join(&names)), ev))
        })
    }

    /// People of each forum: rows of (answer item, item with role, evidence).
    fn forum_people(
        &self,
        intent: &'static str,
        get: impl Fn(&Forum) -> Vec<(String, String, Vec<Evidence>)>,
    ) -> Reply {
        let verb = match intent {
            "forum.speakers" => "上讲话或致辞的有",
            "forum.keynotes" => "上作主旨演讲的有",
            _ => "的出席者有",
        };
        self.forum_fact(intent, |f| {
            let mut rows = get(f);
            // 江苏谁出席了, 国家发展改革委谁致辞: keep the rows of the province or body named.
            let provinces = self.r.provinces();
            let orgs = &self.r.orgs;
            if !provinces.is_empty() || !orgs.is_empty() {
                let keep = |full: &str| {
                    provinces.iter().any(|p| full.starts_with(p.as_str()))
                        || orgs.iter().any(|o| full.contains(o.as_str()))
                };
                if rows.iter().any(|r| keep(&r.1)) {
                    rows.retain(|r| keep(&r.1));
                }
            }
            if rows.is_empty() {
                return None;
            }
            let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
            let full: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
            let ev = rows.into_iter().flat_map(|r| r.2).collect();
            Some((join(&names), format!("{verb}{}", join(&full)), ev))
        })
    }

    /// The press conferences `name` presided over or reported at.
    pub fn press_by_person(&self, name: &str) -> Reply {
        let report = self.r.cues.report;
        let intent = if report { "press.reporter" } else { "press.presider" };
        let mut years = Vec::new();
        let mut ev = Vec::new();
        for m in self.kb.meetings.values() {
            let claims = if report { &m.press.reporter } else { &m.press.presider };
            if let Some(s) = claims.values.iter().find(|s| s.value == name) {
                years.push(m.year);
                ev.extend(s.evidence.iter());
            }
        }
        let what = if report { "通报座谈会主要成果" } else { "主持成果发布会" };
        if years.is_empty() {
            return Reply::not_found(intent, format!("语料中没有{name}{what}的记录。")).person(name);
        }
        let sentence = format!("{name}在{}{what}。", super::text::years_text(&years));
        Reply::answered(intent, super::text::years_text(&years), sentence)
            .years(&years)
            .evidence(ev)
            .person(name)
            .rule("press.by_person")
    }

    /// The results press conference of the meetings of `years`.
    pub fn press(&self, years: &[i32]) -> Reply {
        let c = &self.r.cues;
        let (intent, what) = if c.preside {
            ("press.presider", "主持")
        } else if c.report {
            ("press.reporter", "通报主要成果")
        } else if c.speak || c.who {
            ("press.speakers", "讲话")
        } else if c.when {
            ("press.date", "日期")
        } else {
            ("press.summary", "")
        };
        self.per_meeting(years, intent, |m| {
            let y = m.year;
            let p = &m.press;
            let role_of = |name: &str| {
                self.lex
                    .roles
                    .iter()
                    .find(|r| r.name == name && r.year == y && !r.role.is_empty())
                    .map(|r| display_role(&r.role, &r.province))
                    .unwrap_or_default()
            };
            let found: Option<(String, String, Vec<Evidence>)> = match intent {
                "press.presider" => p
                    .presider
                    .primary()
                    .map(|s| (s.value.clone(), format!("由{}{}主持", role_of(&s.value), s.value), s.evidence.clone())),
                "press.reporter" => p.reporter.primary().map(|s| {
                    (
                        s.value.clone(),
                        format!("由{}{}代表与会各方通报座谈会及长三角一体化发展主要成果", role_of(&s.value), s.value),
                        s.evidence.clone(),
                    )
                }),
                "press.speakers" => (!p.speakers.is_empty()).then(|| {
                    let mut rows = attendee_rows(&p.speakers);
                    let provinces = self.r.provinces();
                    if !provinces.is_empty() && !self.r.all_provinces {
                        let kept: Vec<_> =
                            p.speakers.iter().filter(|a| provinces.contains(&a.value.province)).collect();
                        if !kept.is_empty() {
                            rows.retain(|r| kept.iter().any(|a| a.value.name == r.0));
                        }
                    }
                    let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
                    let ev = rows.iter().flat_map(|r| r.2.iter().cloned()).collect();
                    (join(&names), format!("上{}分别代表三省一市讲话", join(&names)), ev)
                }),
                "press.date" => {
                    p.date.primary().map(|d| (d.value.to_string(), format!("于{}举行", d.value), d.evidence.clone()))
                }
                _ => {
                    let mut facts = Vec::new();
                    let mut e = Vec::new();
                    if let Some(d) = p.date.primary() {
                        facts.push(format!("于{}举行", d.value));
                        e.extend(d.evidence.iter().cloned());
                    }
                    if let Some(s) = p.presider.primary() {
                        facts.push(format!("{}主持", s.value));
                        e.extend(s.evidence.iter().cloned());
                    }
                    if let Some(s) = p.reporter.primary() {
                        facts.push(format!("{}通报主要成果", s.value));
                        e.extend(s.evidence.iter().cloned());
                    }
                    (!facts.is_empty()).then(|| (facts.join("，"), facts.join("，"), e))
                }
            };
            let Some((answer, predicate, e)) = found else {
                let mut sentence = format!("语料没有{}成果发布会{what}的记录。", meeting_name(y));
                if intent == "press.speakers"
                    && let Some(f) = self.kb.forums.get(&y)
                    && !f.speakers.is_empty()
                {
                    let names: Vec<String> = f.speakers.iter().map(|a| a.value.name.clone()).collect();
                    sentence.push_str(&format!("同期{}上讲话的有{}。", self.forum_label(f), join(&names)));
                }
                return Err(Reply::not_found(intent, sentence));
            };
            Ok(Part { answer, sentence: format!("{}的成果发布会{predicate}。", meeting_name(y)), evidence: e })
        })
    }
}

fn attendee_rows(list: &[Sourced<Attendee>]) -> Vec<(String, String, Vec<Evidence>)> {
    list.iter()
        .map(|a| {
            (
                a.value.name.clone(),
                format!("{}{}", display_role(&a.value.role, &a.value.province), a.value.name),
                a.evidence.clone(),
            )
        })
        .collect()
}
