//! The XDG autostart entry that starts unknot at login, pointing at the
//! binary that wrote it (`unknot autostart enable|disable`).

use std::path::{Path, PathBuf};

/// Where desktops look for autostart entries.
pub fn entry_path() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("autostart").join("unknot.desktop"))
}

/// The entry's text for `exe`.
pub fn entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=unknot\n\
         Comment=Guided desk breaks against upper-trapezius knots\n\
         Exec=\"{}\"\nIcon=io.github.unknot.Unknot\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        exe.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_the_given_binary() {
        let text = entry(Path::new("/home/me/.local/bin/unknot"));
        assert!(text.starts_with("[Desktop Entry]\n"));
        assert!(text.contains("Exec=\"/home/me/.local/bin/unknot\"\n"));
        assert!(text.contains("Type=Application\n"));
    }
}
