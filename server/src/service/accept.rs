//! The accept loop's source of connections ([`Acceptor`]): it sets each socket's options and gives
//! each connection its handshake deadline (`io.rs`). When the process is out of file descriptors
//! (or the kernel out of memory for sockets) `accept` fails at once for as long as that lasts;
//! retrying at once would spin a core at 100% and starve the connections already served, health
//! checks included. The acceptor waits [`BACKOFF`] before trying again instead, and logs the
//! shortage once when it starts and once when it ends, not once per attempt.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use socket2::{SockRef, TcpKeepalive};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Sleep;
use tokio_stream::Stream;

use super::io::Connection;

/// How long to wait before accepting again when out of file descriptors.
pub const BACKOFF: Duration = Duration::from_millis(100);

/// Accepted connections of `listener`, for tonic's accept loop.
pub struct Acceptor {
    listener: TcpListener,
    keepalive: Duration,
    handshake_timeout: Duration,
    backoff: Option<Pin<Box<Sleep>>>,
    /// Failed accepts in the shortage going on, if one is.
    refused: u64,
}

impl Acceptor {
    pub fn new(listener: TcpListener, keepalive: Duration, handshake_timeout: Duration) -> Acceptor {
        Acceptor { listener, keepalive, handshake_timeout, backoff: None, refused: 0 }
    }

    fn configure(&self, stream: &TcpStream) {
        // Best effort, as tonic's own acceptor: a socket without them still serves.
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!("cannot set TCP_NODELAY: {e}");
        }
        if let Err(e) = SockRef::from(stream).set_tcp_keepalive(&TcpKeepalive::new().with_time(self.keepalive)) {
            tracing::debug!("cannot set TCP keepalive: {e}");
        }
    }
}

/// Errors that say the process or the kernel is out of something, which waiting may bring back.
fn is_shortage(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc_codes::EMFILE | libc_codes::ENFILE | libc_codes::ENOBUFS | libc_codes::ENOMEM))
}

/// The errno values of a shortage (the same on Linux and the BSDs but ENOBUFS, listed per OS).
mod libc_codes {
    pub const ENOMEM: i32 = 12;
    pub const ENFILE: i32 = 23;
    pub const EMFILE: i32 = 24;
    #[cfg(target_os = "linux")]
    pub const ENOBUFS: i32 = 105;
    #[cfg(not(target_os = "linux"))]
    pub const ENOBUFS: i32 = 55;
}

impl Stream for Acceptor {
    type Item = io::Result<Connection>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if let Some(backoff) = self.backoff.as_mut() {
                std::task::ready!(backoff.as_mut().poll(cx));
                self.backoff = None;
            }
            match std::task::ready!(self.listener.poll_accept(cx)) {
                Ok((stream, _)) => {
                    if self.refused > 0 {
                        tracing::info!("accepting connections again after {} failed attempts", self.refused);
                        self.refused = 0;
                    }
                    self.configure(&stream);
                    return Poll::Ready(Some(Ok(Connection::new(stream, self.handshake_timeout))));
                }
                Err(e) if is_shortage(&e) => {
                    if self.refused == 0 {
                        tracing::warn!("cannot accept connections: {e}; retrying every {BACKOFF:?} until it passes");
                    }
                    self.refused += 1;
                    self.backoff = Some(Box::pin(tokio::time::sleep(BACKOFF)));
                }
                // The peer gave up before we accepted (ECONNABORTED and the like): nothing to serve.
                Err(e) => tracing::debug!("accept failed: {e}"),
            }
        }
    }
}
