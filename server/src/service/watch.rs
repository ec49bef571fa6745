//! `--watch`: the corpus directory watched for changes (the `notify` crate, debounced), each burst
//! of changes followed by one reload, exactly the reload SIGHUP makes: a failed one is logged and
//! the served corpus stays. Replicas sharing one directory (a ReadWriteMany volume, a git-sync
//! checkout) thereby converge by themselves: a document one of them is given reaches the others.
//!
//! The OS's notifications (inotify) see only the writes made on this machine; on a network
//! filesystem (NFS), where other hosts write, the directory is polled instead (`--watch-interval`).

use std::path::Path;
use std::time::Duration;

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer_opt};
use tokio::sync::mpsc;

use super::{LiveCorpus, Reloaded};

/// How long the directory must be quiet before a reload: a copy of many files, or an editor's
/// save in several steps, is taken in with one reload.
pub const QUIET: Duration = Duration::from_millis(300);

/// Why the directory cannot be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("--watch needs --corpus: the built-in corpus cannot change")]
    NoDirectory,
    #[error("cannot watch {path}: {source}")]
    Notify { path: String, source: notify::Error },
}

/// Watches while it lives; dropping it stops the watching.
pub enum Watch {
    Notified(Debouncer<RecommendedWatcher, RecommendedCache>),
    Polled(Debouncer<PollWatcher, RecommendedCache>),
}

/// Starts watching `corpus`'s directory, by the OS's notifications, or by reading it every
/// `poll` when given; call inside a tokio runtime.
pub fn watch(corpus: LiveCorpus, poll: Option<Duration>) -> Result<Watch, WatchError> {
    let dir = corpus.dir().ok_or(WatchError::NoDirectory)?.to_path_buf();
    // One pending reload at most: a change seen while one waits is taken in by it, since a reload
    // reads the whole directory.
    let (changed, mut changes) = mpsc::channel::<()>(1);
    let notify_error = |source| WatchError::Notify { path: dir.display().to_string(), source };
    let handler = move |result: DebounceEventResult| match result {
        Ok(events) if events.iter().any(is_change) => {
            let _ = changed.try_send(());
        }
        Ok(_) => {}
        Err(errors) => {
            for e in errors {
                tracing::warn!("watch: {e}");
            }
        }
    };
    let watch = match poll {
        None => Watch::Notified(start(&dir, handler, notify::Config::default()).map_err(notify_error)?),
        Some(every) => Watch::Polled(
            start(&dir, handler, notify::Config::default().with_poll_interval(every)).map_err(notify_error)?,
        ),
    };
    tokio::spawn(async move {
        while changes.recv().await.is_some() {
            Reloaded::log(&corpus.reload().await, "watch");
        }
    });
    tracing::info!("watching {} for changes", dir.display());
    Ok(watch)
}

fn start<W: Watcher>(
    dir: &Path,
    handler: impl Fn(DebounceEventResult) + Send + 'static,
    config: notify::Config,
) -> Result<Debouncer<W, RecommendedCache>, notify::Error> {
    let mut debouncer = new_debouncer_opt::<_, W, _>(QUIET, None, handler, RecommendedCache::new(), config)?;
    debouncer.watch(dir, RecursiveMode::NonRecursive)?;
    Ok(debouncer)
}

/// Whether an event can change what a reload reads: not a mere read of a file (a reload's own
/// reading would otherwise trigger the next reload), nor a hidden file alone (a write in progress,
/// which becomes visible by a rename that is an event of its own).
fn is_change(event: &DebouncedEvent) -> bool {
    !event.kind.is_access() && event.paths.iter().any(|path| !is_hidden(path))
}

fn is_hidden(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::time::Instant;

    use notify::event::{AccessKind, CreateKind, EventKind};

    use super::*;

    fn event(kind: EventKind, path: &str) -> DebouncedEvent {
        DebouncedEvent::new(notify::Event::new(kind).add_path(PathBuf::from(path)), Instant::now())
    }

    #[test]
    fn reads_and_hidden_writes_are_not_changes() {
        assert!(is_change(&event(EventKind::Create(CreateKind::File), "/c/a.txt")));
        assert!(!is_change(&event(EventKind::Access(AccessKind::Any), "/c/a.txt")));
        assert!(!is_change(&event(EventKind::Create(CreateKind::File), "/c/.a.txt.tmp")));
    }
}
