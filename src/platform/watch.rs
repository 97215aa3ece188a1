//! Watches the config file for changes (inotify on its folder, so editors
//! that replace the file are seen too) and tells the core to reload.

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use futures_lite::StreamExt;
use inotify::{Inotify, WatchMask};
use tokio::sync::mpsc::UnboundedSender;

/// Editors write a file in several steps; reload once they are done.
const SETTLE: Duration = Duration::from_millis(200);

/// Sends `()` on `changed` each time `file` is written, replaced or removed.
/// Fails if the folder cannot be watched (it does not exist, no inotify).
pub fn watch(file: &Path, changed: UnboundedSender<()>) -> std::io::Result<()> {
    let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
        return Err(std::io::Error::other("the config path has no folder"));
    };
    let name: OsString = name.to_owned();
    watch_names(dir, move |n| n == name.as_os_str(), changed)
}

/// Sends `()` on `changed` each time a file in `dir` whose name `accept`s
/// is written, replaced, created or removed (the sync folder's
/// `history-*.jsonl`, which a sync tool writes as a temp file and renames).
pub fn watch_names(
    dir: &Path,
    accept: impl Fn(&std::ffi::OsStr) -> bool + Send + 'static,
    changed: UnboundedSender<()>,
) -> std::io::Result<()> {
    let inotify = Inotify::init()?;
    inotify.watches().add(
        dir,
        WatchMask::CLOSE_WRITE | WatchMask::MOVED_TO | WatchMask::CREATE | WatchMask::DELETE,
    )?;
    let mut events = inotify.into_event_stream([0u8; 4096])?;
    tokio::spawn(async move {
        while let Some(Ok(event)) = events.next().await {
            if !event.name.as_deref().is_some_and(&accept) {
                continue;
            }
            tokio::time::sleep(SETTLE).await;
            if changed.send(()).is_err() {
                break;
            }
        }
    });
    Ok(())
}
