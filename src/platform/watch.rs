//! Watches the config file for changes (inotify on its folder, so editors
//! that replace the file are seen too) and tells the core to reload.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use futures_lite::StreamExt;
use inotify::{Inotify, WatchMask};
use tokio::sync::mpsc::UnboundedSender;

/// Editors write a file in several steps; reload once they are done.
const SETTLE: Duration = Duration::from_millis(200);

/// Sends `()` on `changed` each time `file` is written, replaced or removed.
/// A new user has no config folder yet: then the nearest folder above it
/// that exists is watched until the folders appear, one level at a time, and
/// the file is read once its folder is there (it may have come with it).
/// Fails only if nothing on the path can be watched (no inotify).
pub fn watch(file: &Path, changed: UnboundedSender<()>) -> std::io::Result<()> {
    let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
        return Err(std::io::Error::other("the config path has no folder"));
    };
    let (dir, name): (PathBuf, OsString) = (dir.to_owned(), name.to_owned());
    let inotify = Inotify::init()?;
    let mut events = inotify.into_event_stream([0u8; 4096])?;
    let mut watches = events.watches();
    let mut waiting = watch_nearest(&mut watches, &dir)?;
    tokio::spawn(async move {
        while let Some(Ok(event)) = events.next().await {
            match &mut waiting {
                Some((wd, below)) => {
                    // A folder on the way to the config's appeared?
                    if event.wd != *wd || event.name.as_deref() != below.file_name() {
                        continue;
                    }
                    let _ = watches.remove(wd.clone());
                    waiting = match watch_nearest(&mut watches, &dir) {
                        Ok(w) => w,
                        Err(_) => break,
                    };
                    if waiting.is_some() {
                        continue;
                    }
                    // The config folder is here; its file may already be.
                }
                None if event.name.as_deref() != Some(name.as_os_str()) => continue,
                None => {}
            }
            tokio::time::sleep(SETTLE).await;
            if changed.send(()).is_err() {
                break;
            }
        }
    });
    Ok(())
}

/// Watches `dir` for its files if it exists (`None`), else the nearest
/// folder above it for the next folder on the way down (`Some((watch, that
/// folder))`).
fn watch_nearest(
    watches: &mut inotify::Watches,
    dir: &Path,
) -> std::io::Result<Option<(inotify::WatchDescriptor, PathBuf)>> {
    let files =
        WatchMask::CLOSE_WRITE | WatchMask::MOVED_TO | WatchMask::CREATE | WatchMask::DELETE;
    if dir.is_dir() {
        watches.add(dir, files)?;
        return Ok(None);
    }
    let mut below = dir;
    while let Some(up) = below.parent() {
        if up.is_dir() {
            let wd = watches.add(up, WatchMask::CREATE | WatchMask::MOVED_TO)?;
            // The folder may have come between the test and the watch.
            if dir.ancestors().any(|a| a == below) && below.is_dir() {
                let _ = watches.remove(wd);
                return watch_nearest(watches, dir);
            }
            return Ok(Some((wd, below.to_owned())));
        }
        below = up;
    }
    Err(std::io::Error::other("no folder on the config path exists"))
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
