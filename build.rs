//! Embeds the voice clips the manifest lists (sounds/voice/manifest.tsv,
//! written by `cargo xtask assets`): writes `$OUT_DIR/voice_clips.rs`, a
//! table of file name → bytes that `platform::audio` includes.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time: a build script compiled for one checkout may be
    // reused by cargo for another (same sources, same target folder), and
    // `env!` would have baked the first checkout's path into it.
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("sounds/voice");
    let manifest = dir.join("manifest.tsv");
    println!("cargo:rerun-if-changed={}", manifest.display());
    let text = std::fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("reading {}: {e}", manifest.display()));
    let mut out = String::from("pub static VOICE_CLIPS: &[(&str, &[u8])] = &[\n");
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let file = line.split('\t').next().unwrap_or_default();
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({file:?}, include_bytes!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dest = Path::new(&out_dir).join("voice_clips.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
    catalogues(Path::new(&root), Path::new(&out_dir));
    tray_icons(Path::new(&root), Path::new(&out_dir));
    relative_relocations();
}

/// The tray's 32-pixel icons (made by `cargo xtask assets`, committed as
/// PNG) as the RGBA rows the tray hands to the StatusNotifierItem, deflated:
/// `$OUT_DIR/tray-<state>.rgba.z`. Decoded here, the background app carries
/// no PNG decoder (png, fdeflate, flate2 and crc32fast were 85 KB of it).
fn tray_icons(root: &Path, out_dir: &Path) {
    for state in ["normal", "due", "snoozed", "paused", "warning"] {
        let path = root.join(format!("icons/unknot-{state}-32.png"));
        println!("cargo:rerun-if-changed={}", path.display());
        let file = std::fs::File::open(&path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
        // Palettes and depths other than 8 bits come out as 8-bit RGB(A).
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder
            .read_info()
            .unwrap_or_else(|e| panic!("decoding {}: {e}", path.display()));
        let mut pixels = vec![0; reader.output_buffer_size()];
        let frame = reader
            .next_frame(&mut pixels)
            .unwrap_or_else(|e| panic!("decoding {}: {e}", path.display()));
        pixels.truncate(frame.buffer_size());
        let rgba: Vec<u8> = match frame.color_type {
            png::ColorType::Rgba => pixels,
            png::ColorType::Rgb => pixels
                .chunks_exact(3)
                .flat_map(|p| [p[0], p[1], p[2], 255])
                .collect(),
            other => panic!("{}: {other:?}, not RGB(A)", path.display()),
        };
        assert_eq!(
            (frame.width, frame.height, rgba.len()),
            (32, 32, 32 * 32 * 4),
            "{}",
            path.display()
        );
        let packed = miniz_oxide::deflate::compress_to_vec(&rgba, 10);
        let dest = out_dir.join(format!("tray-{state}.rgba.z"));
        std::fs::write(&dest, packed).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
    }
}

/// Release binaries keep their relative relocations packed (DT_RELR): the
/// position-independent executables hold one such relocation for each
/// pointer in their tables, 150 KB of `.rela.dyn` in the app, and packed
/// they are a few KB. It needs binutils ≥ 2.38 to link and glibc ≥ 2.36 to
/// run (Debian 12 has both; the .deb says so). Debug builds stay as they
/// were, for debuggers and older linkers alike.
fn relative_relocations() {
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let gnu_linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|o| o == "linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|e| e == "gnu");
    if release && gnu_linux {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// The Fluent catalogues without their comment and blank lines (a third of
/// their bytes, there for translators), deflated (a quarter of the rest):
/// `$OUT_DIR/<lang>.ftl.z`, which `src/i18n/mod.rs` embeds and inflates
/// when the language is first asked for. Only whole lines whose first
/// character is `#` go: a message's text never starts a line with `#`
/// (Fluent requires its continuation lines to be indented), so no message
/// changes.
fn catalogues(root: &Path, out_dir: &Path) {
    for lang in ["en", "de", "es", "fr"] {
        let path = root.join("i18n").join(lang).join("unknot.ftl");
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        let packed = miniz_oxide::deflate::compress_to_vec(kept.as_bytes(), 10);
        let dest = out_dir.join(format!("{lang}.ftl.z"));
        std::fs::write(&dest, packed).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
    }
}
