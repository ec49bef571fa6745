//! The answer cache: `Ask` replies kept by request, so a question asked again costs a lookup and a
//! copy instead of a reading of the question. An answer is a pure function of the request and the
//! engine (relative words are read against `as_of` or the corpus's own reference date, never the
//! wall clock), so a kept reply is exact as long as the engine it came from is the one serving:
//! the cache remembers which engine filled it and empties itself when another one is swapped in.
//!
//! Bounded in entries, not time: when full, an arbitrary entry (the std map's random order) makes
//! room, which keeps a hot set of questions without any bookkeeping on the hit path.

use std::collections::HashMap;
use std::sync::{Arc, RwLock, Weak};

use yrdqa_proto::v1 as pb;

use crate::engine::{Engine, Question};

/// What identifies a reply: the question's fields, verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AskKey {
    question: String,
    as_of: String,
    explain: bool,
}

impl From<&Question> for AskKey {
    fn from(q: &Question) -> AskKey {
        AskKey { question: q.text.clone(), as_of: q.as_of.clone(), explain: q.explain }
    }
}

struct Entries {
    /// The engine the replies came from. Weak, so a replaced engine is freed, while its address
    /// cannot be reused by a newer one and mistaken for it.
    engine: Weak<Engine>,
    replies: HashMap<AskKey, Arc<pb::AskResponse>>,
}

/// Replies to `Ask`, at most `capacity` of them; a capacity of 0 keeps none.
pub struct AnswerCache {
    capacity: usize,
    entries: RwLock<Entries>,
}

impl AnswerCache {
    pub fn new(capacity: usize) -> AnswerCache {
        AnswerCache { capacity, entries: RwLock::new(Entries { engine: Weak::new(), replies: HashMap::new() }) }
    }

    /// The reply `engine` gave to `key` before, if it is kept.
    pub fn get(&self, engine: &Arc<Engine>, key: &AskKey) -> Option<pb::AskResponse> {
        if self.capacity == 0 {
            return None;
        }
        let entries = self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Compared by address: no reference count is touched on the hit path.
        if !std::ptr::eq(entries.engine.as_ptr(), Arc::as_ptr(engine)) {
            return None;
        }
        let reply = entries.replies.get(key).cloned();
        drop(entries);
        // Copied outside the lock, so readers never wait on one another's copies.
        reply.map(|r| (*r).clone())
    }

    /// Keeps `reply`, the answer `engine` gave to `key`.
    pub fn put(&self, engine: &Arc<Engine>, key: AskKey, reply: &pb::AskResponse) {
        if self.capacity == 0 {
            return;
        }
        let mut entries = self.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        let current = Arc::downgrade(engine);
        if !Weak::ptr_eq(&entries.engine, &current) {
            // Another engine serves now: every kept reply may be stale.
            entries.engine = current;
            entries.replies.clear();
        }
        if entries.replies.len() >= self.capacity
            && let Some(victim) = entries.replies.keys().next().cloned()
        {
            entries.replies.remove(&victim);
        }
        entries.replies.insert(key, Arc::new(reply.clone()));
    }

    /// How many replies are kept.
    pub fn len(&self) -> usize {
        self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner()).replies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::SourceDocument;

    fn engine() -> Arc<Engine> {
        Arc::new(Engine::build(vec![SourceDocument { id: "a".into(), text: "无关的文字。".into() }]))
    }

    fn ask(question: &str) -> AskKey {
        request(question, "", false)
    }

    fn request(question: &str, as_of: &str, explain: bool) -> AskKey {
        AskKey::from(&Question { text: question.into(), as_of: as_of.into(), explain })
    }

    fn reply(sentence: &str) -> pb::AskResponse {
        pb::AskResponse { sentence: sentence.into(), ..Default::default() }
    }

    #[test]
    fn a_kept_reply_comes_back_for_the_same_request_only() {
        let (cache, e) = (AnswerCache::new(8), engine());
        cache.put(&e, ask("甲？"), &reply("一"));
        assert_eq!(cache.get(&e, &ask("甲？")).map(|r| r.sentence), Some("一".into()));
        assert!(cache.get(&e, &ask("乙？")).is_none());
        assert!(cache.get(&e, &request("甲？", "", true)).is_none(), "explain is part of the key");
        assert!(cache.get(&e, &request("甲？", "2024-01-01", false)).is_none(), "as_of is part of the key");
    }

    #[test]
    fn another_engine_sees_nothing_and_empties_the_cache_on_its_first_put() {
        let (cache, old, new) = (AnswerCache::new(8), engine(), engine());
        cache.put(&old, ask("甲？"), &reply("旧"));
        assert!(cache.get(&new, &ask("甲？")).is_none());
        cache.put(&new, ask("乙？"), &reply("新"));
        assert_eq!(cache.len(), 1);
        assert!(cache.get(&old, &ask("甲？")).is_none());
    }

    #[test]
    fn it_never_holds_more_than_its_capacity() {
        let (cache, e) = (AnswerCache::new(3), engine());
        for i in 0..10 {
            cache.put(&e, ask(&format!("问题{i}？")), &reply("答"));
        }
        assert_eq!(cache.len(), 3);
        assert!(cache.get(&e, &ask("问题9？")).is_some(), "the newest is always kept");
    }

    #[test]
    fn capacity_zero_keeps_nothing() {
        let (cache, e) = (AnswerCache::new(0), engine());
        cache.put(&e, ask("甲？"), &reply("一"));
        assert!(cache.is_empty() && cache.get(&e, &ask("甲？")).is_none());
    }
}
