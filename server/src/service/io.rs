//! The server's side of each TCP connection, as HTTP/2 sees it: writes are collected in a buffer
//! and go to the socket when h2 flushes, and h2 is told the socket takes no vectored writes. A
//! connection whose peer has not sent the start of its handshake (the HTTP/2 preface and first
//! SETTINGS, or a TLS ClientHello) within the handshake timeout fails its next read, which closes
//! it: otherwise a peer that connects and says nothing holds a file descriptor for ever.
//!
//! Why: h2 copies a DATA frame into its own write buffer, next to other streams' frames, only when
//! the frame is under its chain threshold: 256 bytes on a socket with vectored writes, 1024 on one
//! without. A larger frame is chained, and h2 flushes it before buffering anything else: one more
//! syscall and TCP segment per reply. `Ask` replies are 0.1 to 2 kB (0.6 kB on average over the dev
//! set), `Health` replies a few bytes; with vectored writes `Ask` paid about two `writev` per call
//! against one per `Health` call. Offered plain writes, h2 batches replies under 1 kB as it does
//! health replies; the buffer underneath turns the two plain writes h2 makes for a chained frame
//! (its buffer, then the payload) into one. Measured in BENCHMARKS.md.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use pin_project_lite::pin_project;
use tokio::io::{AsyncRead, AsyncWrite, BufWriter, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::Sleep;
use tonic::transport::server::{Connected, TcpConnectInfo};

/// The size of h2's own write buffer, so one h2 flush fits; allocated per connection, as h2's is.
/// A write at least this large (a big chained frame) goes straight to the socket.
const WRITE_BUFFER: usize = 16 * 1024;

/// What a peer sends first that proves it speaks: the 24-byte HTTP/2 preface and the 9-byte header
/// of its SETTINGS frame (a TLS ClientHello is longer still; the TLS handshake has a timeout of its
/// own in rustls's acceptor).
const HANDSHAKE_BYTES: usize = 24 + 9;

pin_project! {
    /// An accepted connection: reads pass through, writes are buffered until flushed.
    pub struct Connection {
        #[pin]
        inner: BufWriter<TcpStream>,
        info: TcpConnectInfo,
        // Until the peer has sent HANDSHAKE_BYTES: when it must have.
        handshake: Option<Pin<Box<Sleep>>>,
        received: usize,
    }
}

impl Connection {
    /// A connection whose peer must start its handshake within `handshake_timeout`.
    pub fn new(stream: TcpStream, handshake_timeout: Duration) -> Connection {
        let info = stream.connect_info();
        Connection {
            inner: BufWriter::with_capacity(WRITE_BUFFER, stream),
            info,
            handshake: Some(Box::pin(tokio::time::sleep(handshake_timeout))),
            received: 0,
        }
    }
}

impl AsyncRead for Connection {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.project();
        let Some(deadline) = this.handshake else { return this.inner.poll_read(cx, buf) };
        let before = buf.filled().len();
        match this.inner.poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                *this.received += buf.filled().len() - before;
                if *this.received >= HANDSHAKE_BYTES {
                    *this.handshake = None;
                }
                Poll::Ready(Ok(()))
            }
            Poll::Pending if deadline.as_mut().poll(cx).is_ready() => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the peer did not finish its handshake in time",
            ))),
            other => other,
        }
    }
}

impl AsyncWrite for Connection {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.project().inner.poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.project().inner.poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.project().inner.poll_shutdown(cx)
    }

    // `poll_write_vectored` and `is_write_vectored` keep their defaults (plain writes): the point.
}

impl Connected for Connection {
    type ConnectInfo = TcpConnectInfo;

    fn connect_info(&self) -> TcpConnectInfo {
        self.info.clone()
    }
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    use super::*;

    #[tokio::test]
    async fn writes_wait_for_the_flush_and_bytes_pass_both_ways() {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let mut peer = TcpStream::connect(listener.local_addr().expect("addr")).await.expect("connect");
        let mut conn = Connection::new(listener.accept().await.expect("accept").0, std::time::Duration::from_secs(10));
        assert!(!conn.is_write_vectored());
        assert_eq!(conn.connect_info().remote_addr(), Some(peer.local_addr().expect("peer addr")));

        conn.write_all(b"pi").await.expect("write");
        conn.write_all(b"ng").await.expect("write");
        let mut got = [0u8; 4];
        let early = tokio::time::timeout(std::time::Duration::from_millis(50), peer.read(&mut got)).await;
        assert!(early.is_err(), "nothing is sent before the flush");
        conn.flush().await.expect("flush");
        peer.read_exact(&mut got).await.expect("read");
        assert_eq!(&got, b"ping");

        peer.write_all(b"pong").await.expect("write back");
        conn.read_exact(&mut got).await.expect("read back");
        assert_eq!(&got, b"pong");
    }
}
