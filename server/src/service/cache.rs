//! The answer cache: `Ask` replies kept, encoded, by the request's own bytes, so a question asked
//! again costs a hash of its bytes and a reference count instead of a decoding, a reading of the
//! question, a copy and an encoding of the reply. An answer is a pure function of the request and
//! the engine (relative words are read against `as_of` or the corpus's own reference date, never
//! the wall clock), so a kept reply is exact as long as the engine it came from is the one serving:
//! the cache remembers which engine filled it and empties itself when another one is swapped in.
//!
//! Keyed by bytes, not by the decoded request: equal bytes always decode to the same request, so a
//! hit is always right; two encodings of one request (fields reordered, defaults written out) are
//! merely kept twice. Bounded in entries, not time: when full, an arbitrary entry (the std map's
//! random order) makes room, which keeps a hot set of questions without bookkeeping on the hit path.

use std::collections::HashMap;
use std::sync::{Arc, RwLock, Weak};

use bytes::Bytes;

use crate::engine::Engine;

struct Entries {
    /// The engine the replies came from. Weak, so a replaced engine is freed, while its address
    /// cannot be reused by a newer one and mistaken for it.
    engine: Weak<Engine>,
    replies: HashMap<Bytes, Bytes>,
    /// The bytes of every kept request and reply, for the metrics.
    bytes: usize,
}

impl Entries {
    fn remove(&mut self, key: &Bytes) {
        if let Some(reply) = self.replies.remove(key) {
            self.bytes -= key.len() + reply.len();
        }
    }
}

/// The most bytes of requests and replies the cache keeps: entries alone do not bound it, since a
/// pathological corpus can make replies large (RSS reached 311 MB before this bound).
pub const MAX_CACHE_BYTES: usize = 16 * 1024 * 1024;

/// Encoded replies to `Ask`, at most `capacity` of them and [`MAX_CACHE_BYTES`] in all; a capacity of
/// 0 keeps none.
pub struct AnswerCache {
    capacity: usize,
    max_bytes: usize,
    entries: RwLock<Entries>,
}

impl AnswerCache {
    pub fn new(capacity: usize) -> AnswerCache {
        AnswerCache::bounded(capacity, MAX_CACHE_BYTES)
    }

    /// At most `capacity` replies and `max_bytes` bytes of them.
    pub fn bounded(capacity: usize, max_bytes: usize) -> AnswerCache {
        let entries = Entries { engine: Weak::new(), replies: HashMap::new(), bytes: 0 };
        AnswerCache { capacity, max_bytes, entries: RwLock::new(entries) }
    }

    /// The reply `engine` gave to the encoded request `request` before, if it is kept.
    pub fn get(&self, engine: &Arc<Engine>, request: &[u8]) -> Option<Bytes> {
        if self.capacity == 0 {
            return None;
        }
        let entries = self.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Compared by address: no reference count is touched on the hit path.
        let reply = if std::ptr::eq(entries.engine.as_ptr(), Arc::as_ptr(engine)) {
            entries.replies.get(request).cloned()
        } else {
            None
        };
        super::metrics::cache_lookup(reply.is_some());
        reply
    }

    /// Keeps `reply`, the encoded answer `engine` gave to the encoded request `request`.
    pub fn put(&self, engine: &Arc<Engine>, request: &[u8], reply: Bytes) {
        if self.capacity == 0 || request.len() + reply.len() > self.max_bytes {
            return;
        }
        // A copy: the caller's bytes may be a slice of a larger receive buffer the key would pin.
        let key = Bytes::copy_from_slice(request);
        let mut entries = self.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        let current = Arc::downgrade(engine);
        if !Weak::ptr_eq(&entries.engine, &current) {
            // Another engine serves now: every kept reply may be stale.
            entries.engine = current;
            entries.replies.clear();
            entries.bytes = 0;
        }
        entries.remove(&key);
        while entries.replies.len() >= self.capacity || entries.bytes + key.len() + reply.len() > self.max_bytes {
            let Some(victim) = entries.replies.keys().next().cloned() else { break };
            entries.remove(&victim);
        }
        entries.bytes += key.len() + reply.len();
        entries.replies.insert(key, reply);
        super::metrics::cache_size(entries.bytes);
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

    fn reply(text: &'static str) -> Bytes {
        Bytes::from_static(text.as_bytes())
    }

    #[test]
    fn a_kept_reply_comes_back_for_the_same_bytes_only() {
        let (cache, e) = (AnswerCache::new(8), engine());
        cache.put(&e, b"\x0a\x01a", reply("one"));
        assert_eq!(cache.get(&e, b"\x0a\x01a"), Some(reply("one")));
        assert!(cache.get(&e, b"\x0a\x01b").is_none());
        assert!(cache.get(&e, b"\x0a\x01a\x18\x01").is_none(), "another field makes another request");
    }

    #[test]
    fn another_engine_sees_nothing_and_empties_the_cache_on_its_first_put() {
        let (cache, old, new) = (AnswerCache::new(8), engine(), engine());
        cache.put(&old, b"a", reply("old"));
        assert!(cache.get(&new, b"a").is_none());
        cache.put(&new, b"b", reply("new"));
        assert_eq!(cache.len(), 1);
        assert!(cache.get(&old, b"a").is_none());
    }

    #[test]
    fn it_never_holds_more_than_its_capacity() {
        let (cache, e) = (AnswerCache::new(3), engine());
        for i in 0..10u8 {
            cache.put(&e, &[i], reply("answer"));
        }
        assert_eq!(cache.len(), 3);
        assert!(cache.get(&e, &[9]).is_some(), "the newest is always kept");
        // Putting a kept request again replaces it and evicts nothing.
        let kept: Vec<u8> = (0..10).filter(|i| cache.get(&e, &[*i]).is_some()).collect();
        cache.put(&e, &[kept[0]], reply("again"));
        assert!(kept.iter().all(|i| cache.get(&e, &[*i]).is_some()));
    }

    #[test]
    fn the_key_is_a_copy_of_the_callers_bytes() {
        let (cache, e) = (AnswerCache::new(8), engine());
        let buffer = Bytes::from(vec![7u8; 8192]);
        cache.put(&e, &buffer[..4], reply("x"));
        let entries = cache.entries.read().unwrap();
        let key = entries.replies.keys().next().unwrap();
        assert_eq!(key.len(), 4);
        assert!(!std::ptr::eq(key.as_ptr(), buffer.as_ptr()), "the receive buffer is not pinned");
    }

    #[test]
    fn it_never_holds_more_than_its_bytes() {
        let (cache, e) = (AnswerCache::bounded(1000, 10_000), engine());
        for i in 0..100u8 {
            cache.put(&e, &[i], Bytes::from(vec![0u8; 999]));
        }
        assert!(cache.len() <= 10, "{} replies of 1000 bytes in 10,000", cache.len());
        assert!(cache.get(&e, &[99]).is_some(), "the newest is kept");
        cache.put(&e, b"huge", Bytes::from(vec![0u8; 20_000]));
        assert!(cache.get(&e, b"huge").is_none(), "a reply over the whole bound is not kept");
        assert!(cache.entries.read().unwrap().bytes <= 10_000);
    }

    #[test]
    fn capacity_zero_keeps_nothing() {
        let (cache, e) = (AnswerCache::new(0), engine());
        cache.put(&e, b"a", reply("one"));
        assert!(cache.is_empty() && cache.get(&e, b"a").is_none());
    }
}
