//! The blocking client behind the CLI's control commands.

use std::io;
use std::path::PathBuf;

use super::{Endpoint, IpcError, ProtocolError, Request, Response, CLIENT_TIMEOUT, NOT_RUNNING};

/// Why a control command got no answer.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{NOT_RUNNING}")]
    NotRunning,
    #[error(transparent)]
    Unsafe(#[from] IpcError),
    #[error("{}: {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        source: io::Error,
    },
    #[error("unknot did not answer within {} s", CLIENT_TIMEOUT.as_secs())]
    Timeout,
    #[error("unknot closed the connection without answering")]
    Closed,
    #[error("unknot answered something unexpected: {0}")]
    Protocol(#[from] ProtocolError),
}

/// `Endpoint::from_env().request(req)`.
pub fn request(req: &Request) -> Result<Response, ClientError> {
    Endpoint::from_env().request(req)
}
