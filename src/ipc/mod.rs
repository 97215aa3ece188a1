//! The control socket: the newline-delimited JSON protocol, the Unix-socket
//! server the background app runs, and the blocking client behind the CLI's
//! control commands (`unknot status`, `snooze`, `pause`, …). See docs/ipc.md.

mod client;
mod endpoint;
pub(crate) mod protocol;
mod server;
pub mod session;

pub use client::{request, ClientError};
pub use endpoint::{Endpoint, IpcError};
pub use protocol::{
    decode_request, decode_response, encode_request, encode_response, LeftOutReport,
    NextBreakReport, NotificationReport, Pause, ProtocolError, Request, Response, State,
    StatusReport, CLIENT_TIMEOUT, COMMANDS, HANDLER_TIMEOUT, IDLE_TIMEOUT, MAX_CONNECTIONS,
    MAX_LINE, MAX_RESPONSE, NOT_RUNNING, PROTOCOL_VERSION,
};
pub(crate) use protocol::{LOCK_NAME, LOCK_TIMEOUT, SOCKET_NAME};
pub(crate) use server::SocketGuard;
pub use server::{bind, Bind, Handler, Server};
