//! Where the socket lives and who may reach it: a private folder of ours in
//! `$XDG_RUNTIME_DIR`, the socket 0600, the single-instance lock.

use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, BufRead, BufReader, ErrorKind, Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::net::UnixStream as StdUnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::net::{UnixListener, UnixStream};

use super::{
    decode_response, encode_request, Bind, ClientError, ProtocolError, Request, Response, Server,
    SocketGuard, CLIENT_TIMEOUT, IDLE_TIMEOUT, LOCK_NAME, LOCK_TIMEOUT, MAX_RESPONSE, SOCKET_NAME,
};

/// Why the control socket cannot be set up or used.
#[derive(Debug, thiserror::Error)]
pub enum IpcError {
    #[error("{}: {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        source: io::Error,
    },
    #[error("{}", crate::t!("ipc-not-a-directory", path = path.display().to_string()))]
    NotADirectory { path: PathBuf },
    #[error("{}", crate::t!("ipc-not-owned", path = path.display().to_string(), owner = *owner, uid = *uid))]
    NotOwned { path: PathBuf, owner: u32, uid: u32 },
    #[error("{}", crate::t!("ipc-too-open", path = path.display().to_string(), mode = format!("{mode:o}")))]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("{}", crate::t!("ipc-locked", path = path.display().to_string()))]
    Locked { path: PathBuf },
}

/// The folder that holds `unknot.sock` and `unknot.lock`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    dir: PathBuf,
}

impl Endpoint {
    /// `$XDG_RUNTIME_DIR/unknot`; when that is unset, empty or relative,
    /// `/tmp/unknot-<uid>` (never a folder shared between users).
    pub fn from_env() -> Endpoint {
        match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
            Some(dir) if dir.is_absolute() => Endpoint::in_runtime_dir(&dir),
            _ => Endpoint {
                dir: PathBuf::from(format!("/tmp/unknot-{}", current_uid())),
            },
        }
    }

    /// `RUNTIME_DIR/unknot`, as if `XDG_RUNTIME_DIR=RUNTIME_DIR`.
    pub fn in_runtime_dir(runtime_dir: &Path) -> Endpoint {
        Endpoint {
            dir: runtime_dir.join("unknot"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn socket_path(&self) -> PathBuf {
        self.dir.join(SOCKET_NAME)
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(LOCK_NAME)
    }

    /// Creates the folder 0700 if missing, and refuses one that is not ours or
    /// is open to others.
    fn ensure_dir(&self) -> Result<(), IpcError> {
        match DirBuilder::new().mode(0o700).create(&self.dir) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(IpcError::Io {
                    path: self.dir.clone(),
                    what: "cannot create the socket folder",
                    source,
                })
            }
        }
        self.check_dir()
    }

    fn check_dir(&self) -> Result<(), IpcError> {
        let meta = fs::symlink_metadata(&self.dir).map_err(|source| IpcError::Io {
            path: self.dir.clone(),
            what: "cannot inspect the socket folder",
            source,
        })?;
        judge_dir(
            &self.dir,
            meta.file_type().is_dir(),
            meta.uid(),
            meta.mode(),
            current_uid(),
        )
    }

    /// Becomes the primary instance, or finds the running one. Holds
    /// `unknot.lock` around check-remove-bind so that two instances starting
    /// at once cannot both take a stale socket for their own.
    pub async fn bind(&self) -> Result<Bind, IpcError> {
        self.ensure_dir()?;
        let lock_path = self.lock_path();
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&lock_path)
            .map_err(|source| IpcError::Io {
                path: lock_path.clone(),
                what: "cannot open the lock file",
                source,
            })?;
        // Polled rather than blocking: this runs on the async runtime, and a
        // stuck instance holding the lock must not hang this one forever.
        let mut waited = Duration::ZERO;
        loop {
            match lock.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if waited < LOCK_TIMEOUT => {
                    let step = Duration::from_millis(20);
                    tokio::time::sleep(step).await;
                    waited += step;
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(IpcError::Locked { path: lock_path })
                }
                Err(fs::TryLockError::Error(source)) => {
                    return Err(IpcError::Io {
                        path: lock_path,
                        what: "cannot lock",
                        source,
                    })
                }
            }
        }
        let result = self.bind_locked().await;
        drop(lock); // closing the file releases the lock
        result
    }

    async fn bind_locked(&self) -> Result<Bind, IpcError> {
        let path = self.socket_path();
        let io_err = |what: &'static str| {
            let path = path.clone();
            move |source| IpcError::Io { path, what, source }
        };
        let listener = match UnixListener::bind(&path) {
            Ok(l) => l,
            Err(e) if e.kind() == ErrorKind::AddrInUse => match UnixStream::connect(&path).await {
                Ok(probe) => {
                    let pid = probe
                        .peer_cred()
                        .ok()
                        .and_then(|c| c.pid())
                        .and_then(|p| u32::try_from(p).ok());
                    return Ok(Bind::Running { pid });
                }
                // A live server whose backlog is full.
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    return Ok(Bind::Running { pid: None })
                }
                Err(e) if e.kind() == ErrorKind::ConnectionRefused => {
                    // Left behind by a crashed run: nobody listens.
                    fs::remove_file(&path).map_err(io_err("cannot remove the stale socket"))?;
                    UnixListener::bind(&path).map_err(io_err("cannot listen"))?
                }
                Err(source) => {
                    return Err(IpcError::Io {
                        path,
                        what: "cannot reach the socket",
                        source,
                    })
                }
            },
            Err(source) => {
                return Err(IpcError::Io {
                    path,
                    what: "cannot listen",
                    source,
                })
            }
        };
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600))
            .map_err(io_err("cannot restrict the socket to 0600"))?;
        let meta = fs::symlink_metadata(&path).map_err(io_err("cannot inspect the socket"))?;
        Ok(Bind::Primary(Server {
            listener,
            guard: SocketGuard {
                path: path.clone(),
                dev: meta.dev(),
                ino: meta.ino(),
            },
            uid: current_uid(),
            idle_timeout: IDLE_TIMEOUT,
        }))
    }

    /// Sends one request to the running app and waits for its answer.
    pub fn request(&self, req: &Request) -> Result<Response, ClientError> {
        match fs::symlink_metadata(&self.dir) {
            Err(e) if e.kind() == ErrorKind::NotFound => return Err(ClientError::NotRunning),
            _ => self.check_dir()?,
        }
        let path = self.socket_path();
        let io = |what: &'static str| {
            let path = path.clone();
            move |source: io::Error| match source.kind() {
                ErrorKind::WouldBlock | ErrorKind::TimedOut => ClientError::Timeout,
                _ => ClientError::Io { path, what, source },
            }
        };
        let mut stream = match connect_with_timeout(&path, CLIENT_TIMEOUT) {
            Ok(s) => s,
            Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::ConnectionRefused) => {
                return Err(ClientError::NotRunning)
            }
            Err(e) => return Err(io("cannot connect")(e)),
        };
        stream
            .set_read_timeout(Some(CLIENT_TIMEOUT))
            .map_err(io("cannot set a timeout"))?;
        stream
            .set_write_timeout(Some(CLIENT_TIMEOUT))
            .map_err(io("cannot set a timeout"))?;
        let mut line = encode_request(req);
        line.push('\n');
        // A server that refuses (too busy, line too long) answers and closes,
        // possibly before our write lands: its answer is still there to read.
        let sent = stream.write_all(line.as_bytes());
        let mut reader = BufReader::new(stream).take(MAX_RESPONSE as u64 + 1);
        let mut answer = Vec::new();
        let read = reader.read_until(b'\n', &mut answer);
        if answer.is_empty() {
            sent.map_err(io("cannot send the request"))?;
            read.map_err(io("cannot read the answer"))?;
            return Err(ClientError::Closed);
        }
        if answer.last() == Some(&b'\n') {
            answer.pop();
        } else if answer.len() > MAX_RESPONSE {
            return Err(ClientError::Protocol(ProtocolError::TooLong {
                max: MAX_RESPONSE,
            }));
        } else {
            read.map_err(io("cannot read the answer"))?;
        }
        Ok(decode_response(&answer)?)
    }
}

/// The folder rules, apart from the file system so they can be tested.
pub(crate) fn judge_dir(
    path: &Path,
    is_dir: bool,
    owner: u32,
    mode: u32,
    uid: u32,
) -> Result<(), IpcError> {
    if !is_dir {
        return Err(IpcError::NotADirectory { path: path.into() });
    }
    if owner != uid {
        return Err(IpcError::NotOwned {
            path: path.into(),
            owner,
            uid,
        });
    }
    if mode & 0o077 != 0 {
        return Err(IpcError::TooOpen {
            path: path.into(),
            mode: mode & 0o7777,
        });
    }
    Ok(())
}

pub(crate) fn current_uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// std's `connect` has no timeout; a server whose backlog is full would block it.
pub(crate) fn connect_with_timeout(path: &Path, timeout: Duration) -> io::Result<StdUnixStream> {
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::Builder::new()
        .name("unknot-connect".into())
        .spawn(move || {
            let _ = tx.send(StdUnixStream::connect(owned));
        })?;
    rx.recv_timeout(timeout)
        .map_err(|_| io::Error::new(ErrorKind::TimedOut, "connect timed out"))?
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// What the app says when its folder or lock is in the way, in the language.
    #[test]
    fn the_start_up_refusals_are_in_the_language() {
        use crate::i18n::{scoped, Lang};
        let path = PathBuf::from("/run/user/1000/unknot");
        let locked = || IpcError::Locked { path: path.clone() }.to_string();
        assert_eq!(
            scoped(Lang::En, locked),
            "/run/user/1000/unknot: another unknot is starting and holds the lock; try again"
        );
        assert!(scoped(Lang::De, locked).contains("Sperre"));
        let open = || {
            IpcError::TooOpen {
                path: path.clone(),
                mode: 0o755,
            }
            .to_string()
        };
        assert!(scoped(Lang::En, open).contains("(mode 755, must be 700)"));
        assert!(scoped(Lang::Fr, open).contains("(mode 755, 700 requis)"));
    }

    #[test]
    fn the_folder_must_be_ours_and_private() {
        let p = Path::new("/tmp/unknot-1000");
        assert!(judge_dir(p, true, 1000, 0o40700, 1000).is_ok());
        assert!(matches!(
            judge_dir(p, true, 0, 0o40700, 1000),
            Err(IpcError::NotOwned { owner: 0, .. })
        ));
        assert!(matches!(
            judge_dir(p, true, 1000, 0o40755, 1000),
            Err(IpcError::TooOpen { mode: 0o755, .. })
        ));
        assert!(matches!(
            judge_dir(p, true, 1000, 0o41777, 1000),
            Err(IpcError::TooOpen { .. })
        ));
        assert!(matches!(
            judge_dir(p, false, 1000, 0o120777, 1000),
            Err(IpcError::NotADirectory { .. })
        ));
    }
}
