//! The socket server the background app runs: bounded lines, time and
//! connections; a bad connection never stops the accept loop.

use std::fs::{self};
use std::io::{self, ErrorKind, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWriteExt, BufReader as AsyncBufReader};
use tokio::net::unix::OwnedWriteHalf;
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio::task::JoinSet;

use super::{
    decode_request, encode_response, Endpoint, IpcError, ProtocolError, Request, Response,
    HANDLER_TIMEOUT, MAX_CONNECTIONS, MAX_LINE,
};

/// What `bind` found.
#[derive(Debug)]
pub enum Bind {
    /// We are the one instance; serve the socket.
    Primary(Server),
    /// Another instance answers on the socket; `pid` from its peer credentials.
    Running { pid: Option<u32> },
}

/// Where the app receives requests: answer each on its `oneshot` (within
/// `HANDLER_TIMEOUT`, else the client is told the app did not answer).
pub type Handler = mpsc::Sender<(Request, oneshot::Sender<Response>)>;

/// The bound control socket. Dropping it (or the `serve` future) removes the socket file.
#[derive(Debug)]
pub struct Server {
    pub(crate) listener: UnixListener,
    pub(crate) guard: SocketGuard,
    pub(crate) uid: u32,
    pub(crate) idle_timeout: Duration,
}

/// Removes the socket on drop, unless something else has replaced it since.
#[derive(Debug)]
pub(crate) struct SocketGuard {
    pub(crate) path: PathBuf,
    pub(crate) dev: u64,
    pub(crate) ino: u64,
}

impl Drop for SocketGuard {
    fn drop(&mut self) {
        if let Ok(meta) = fs::symlink_metadata(&self.path) {
            if meta.dev() == self.dev && meta.ino() == self.ino {
                let _ = fs::remove_file(&self.path);
            }
        }
    }
}

/// How reading one request line ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum LineRead {
    Line,
    Eof,
    TooLong,
}

impl Server {
    pub fn socket_path(&self) -> &Path {
        &self.guard.path
    }

    /// How long a connection may take to send a whole line (default `IDLE_TIMEOUT`).
    pub fn with_idle_timeout(mut self, timeout: Duration) -> Server {
        self.idle_timeout = timeout;
        self
    }

    /// Accepts connections until the future is dropped; each connection runs
    /// in its own task. Connection tasks end with it.
    pub async fn serve(self, handler: Handler) {
        let limit = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let mut connections = JoinSet::new();
        loop {
            tokio::select! {
                biased;
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
                accepted = self.listener.accept() => {
                    let stream = match accepted {
                        Ok((stream, _)) => stream,
                        Err(e) => {
                            // Out of file descriptors and the like: back off, keep serving.
                            eprintln!("unknot: control socket: accept failed: {e}");
                            tokio::time::sleep(Duration::from_millis(100)).await;
                            continue;
                        }
                    };
                    let Ok(permit) = limit.clone().try_acquire_owned() else {
                        let mut line = encode_response(&Response::Error(
                            "unknot is serving too many connections; try again".into(),
                        ));
                        line.push('\n');
                        // Straight to the socket, never waiting: tokio's try_write
                        // would refuse before the reactor has seen it writable.
                        if let Ok(mut std_stream) = stream.into_std() {
                            let _ = std_stream.write(line.as_bytes());
                        }
                        continue;
                    };
                    match stream.peer_cred() {
                        Ok(cred) if cred.uid() == self.uid => {}
                        _ => continue, // another user (or unknown): drop it unanswered
                    }
                    let handler = handler.clone();
                    let idle = self.idle_timeout;
                    connections.spawn(async move {
                        serve_connection(stream, handler, idle).await;
                        drop(permit);
                    });
                }
            }
        }
    }
}

/// Answers request lines one at a time until EOF, a timeout or an oversized
/// line. A line that is not a valid request gets an error and the connection
/// stays open: the line framing is still intact.
pub(crate) async fn serve_connection(stream: UnixStream, handler: Handler, idle: Duration) {
    let (read, mut write) = stream.into_split();
    let mut reader = AsyncBufReader::with_capacity(8 * 1024, read);
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = tokio::time::timeout(idle, read_line_bounded(&mut reader, &mut line, MAX_LINE));
        let response = match read.await {
            Err(_) => {
                let msg = format!(
                    "no complete request line within {} s; closing",
                    idle.as_secs_f32()
                );
                let _ = write_response(&mut write, &Response::Error(msg), idle).await;
                return;
            }
            Ok(Err(_)) | Ok(Ok(LineRead::Eof)) => return,
            Ok(Ok(LineRead::TooLong)) => {
                let msg = format!("{}; closing", ProtocolError::TooLong { max: MAX_LINE });
                let _ = write_response(&mut write, &Response::Error(msg), idle).await;
                return;
            }
            Ok(Ok(LineRead::Line)) => {
                if line.trim_ascii().is_empty() {
                    continue;
                }
                match decode_request(&line) {
                    Ok(req) => ask(&handler, req).await,
                    Err(e) => Response::Error(e.to_string()),
                }
            }
        };
        if write_response(&mut write, &response, idle).await.is_err() {
            return;
        }
    }
}

/// Reads up to and without the next `\n`, never holding more than `max` bytes.
/// A last line without `\n` before EOF still counts as a line.
pub(crate) async fn read_line_bounded<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<LineRead> {
    loop {
        let available = reader.fill_buf().await?;
        if available.is_empty() {
            return Ok(if buf.is_empty() {
                LineRead::Eof
            } else {
                LineRead::Line
            });
        }
        let (take, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (available.len(), false),
        };
        if buf.len() + take > max {
            return Ok(LineRead::TooLong);
        }
        buf.extend_from_slice(&available[..take]);
        reader.consume(if done { take + 1 } else { take });
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(LineRead::Line);
        }
    }
}

pub(crate) async fn write_response(
    write: &mut OwnedWriteHalf,
    resp: &Response,
    idle: Duration,
) -> io::Result<()> {
    let mut line = encode_response(resp);
    line.push('\n');
    match tokio::time::timeout(idle, write.write_all(line.as_bytes())).await {
        Ok(result) => result,
        Err(_) => Err(io::Error::new(
            ErrorKind::TimedOut,
            "the client does not read",
        )),
    }
}

pub(crate) async fn ask(handler: &Handler, req: Request) -> Response {
    let (tx, rx) = oneshot::channel();
    let exchange = async {
        handler.send((req, tx)).await.ok()?;
        rx.await.ok()
    };
    match tokio::time::timeout(HANDLER_TIMEOUT, exchange).await {
        Ok(Some(resp)) => resp,
        Ok(None) => Response::Error("unknot is shutting down and did not answer".into()),
        Err(_) => Response::Error(format!(
            "unknot did not answer within {} s",
            HANDLER_TIMEOUT.as_secs()
        )),
    }
}

/// `Endpoint::from_env().bind()`: what `unknot` (the app) calls first.
pub async fn bind() -> Result<Bind, IpcError> {
    Endpoint::from_env().bind().await
}

#[cfg(test)]
mod tests {
    use tokio::io::BufReader as AsyncBufReader;

    use super::*;

    async fn read_all_lines(input: &[u8], max: usize) -> Vec<Result<Vec<u8>, &'static str>> {
        let mut reader = AsyncBufReader::with_capacity(16, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line_bounded(&mut reader, &mut buf, max).await {
                Ok(LineRead::Line) => out.push(Ok(buf)),
                Ok(LineRead::Eof) => return out,
                Ok(LineRead::TooLong) => {
                    out.push(Err("too long"));
                    return out;
                }
                Err(_) => {
                    out.push(Err("io"));
                    return out;
                }
            }
        }
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(f)
    }

    #[test]
    fn lines_are_split_and_bounded() {
        let lines = block_on(read_all_lines(b"a\r\nbb\n\nccc", 3));
        assert_eq!(
            lines,
            vec![
                Ok(b"a".to_vec()),
                Ok(b"bb".to_vec()),
                Ok(vec![]),
                Ok(b"ccc".to_vec())
            ]
        );
        let lines = block_on(read_all_lines(b"abcd\nx\n", 3));
        assert_eq!(lines, vec![Err("too long")]);
        let huge = vec![b'x'; 10 * MAX_LINE];
        let lines = block_on(read_all_lines(&huge, MAX_LINE));
        assert_eq!(lines, vec![Err("too long")]);
    }
}
