//! Real Syncthing instances for the shared-history tests and the bench:
//! each with its own home, talking to its peer on loopback only. Discovery
//! (global and local), relays, NAT traversal, usage and crash reporting and
//! upgrades are off in the config it is started with.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The REST API key every instance here is started with.
pub const API_KEY: &str = "unknot-test-key";

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A running `syncthing serve`, killed when dropped.
pub struct Syncthing {
    child: Child,
    gui: u16,
    log: PathBuf,
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Makes keys for a Syncthing home; returns its device id.
pub fn generate(home: &Path) -> String {
    let out = Command::new("syncthing")
        .arg("generate")
        .arg(format!("--home={}", home.display()))
        .arg("--no-default-folder")
        .env("HOME", home)
        .output()
        .expect("syncthing generate runs (is Debian's syncthing installed?)");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    text.lines()
        .find_map(|l| {
            l.split_once("Device ID: ")
                .map(|(_, id)| id.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("no device id from syncthing generate:\n{text}"))
}

impl Syncthing {
    #[allow(clippy::too_many_arguments)]
    /// Starts an instance whose home is `home` (made by `generate`), sharing
    /// the folder `folder` (id `unknot`) with the device `peer` at
    /// `127.0.0.1:peer_port`, itself listening on `127.0.0.1:port`.
    pub fn start(
        home: &Path,
        folder: &Path,
        me: &str,
        peer: &str,
        port: u16,
        peer_port: u16,
        log: PathBuf,
    ) -> Syncthing {
        let gui = free_port();
        // Everything that would leave this machine is off; the two know each
        // other by their loopback address.
        let config = format!(
            r#"<configuration version="36">
    <folder id="unknot" label="unknot" path="{folder}" type="sendreceive" rescanIntervalS="60" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <device id="{me}" introducedBy=""></device>
        <device id="{peer}" introducedBy=""></device>
    </folder>
    <device id="{me}" name="me" compression="metadata" introducer="false">
        <address>dynamic</address>
    </device>
    <device id="{peer}" name="peer" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{peer_port}</address>
    </device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{gui}</address>
        <apikey>{API_KEY}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
    </options>
</configuration>
"#,
            folder = folder.display()
        );
        std::fs::write(home.join("config.xml"), config).expect("writing config.xml");
        let child = Command::new("syncthing")
            .arg("serve")
            .arg(format!("--home={}", home.display()))
            .args(["--no-browser", "--no-restart", "--no-upgrade"])
            .env("HOME", home)
            .env("STNOUPGRADE", "1")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).expect("a log file"))
            .stderr(Stdio::null())
            .spawn()
            .expect("syncthing serve runs");
        Syncthing { child, gui, log }
    }

    /// GET `path` from the REST API: the body, if it answered 200.
    pub fn get(&self, path: &str) -> Option<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.gui)).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        write!(
            stream,
            "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nX-API-Key: {API_KEY}\r\n\r\n"
        )
        .ok()?;
        let mut text = String::new();
        stream.read_to_string(&mut text).ok()?;
        let (head, body) = text.split_once("\r\n\r\n")?;
        head.starts_with("HTTP/1.0 200").then(|| body.to_owned())
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}
