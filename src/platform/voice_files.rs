//! The voice clips of languages other than English, which are data files,
//! not embedded: found through the XDG data dirs (`$XDG_DATA_HOME`, then
//! each of `$XDG_DATA_DIRS`, each `unknot/voice/<lang>/`), then the
//! checkout's `sounds/voice/<lang>/` (for `cargo run`), and checked whole
//! against the embedded manifest: every clip there, every hash right. A
//! language whose clips are missing, incomplete or changed has no voice at
//! all (tones and text), never half of one, never English's.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::Digest as _;

use crate::i18n::Lang;
use crate::routine::voice::{self, VoiceClip};

/// Where a language's clips come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// English: in the binary.
    Embedded,
    /// A folder holding every clip of the language's manifest, each with its hash.
    Folder(PathBuf),
}

/// Why a language has no voice.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Missing {
    /// Its manifest lists no clip: this build has no voice for it.
    #[error("no {0} voice was made for this build")]
    NotMade(&'static str),
    /// No folder with the clips, or none whole: what the first one found
    /// lacked, or where it looked.
    #[error("the {lang} voice clips are missing: {why}")]
    Files { lang: &'static str, why: String },
}

/// The folders `lang`'s clips are looked for in, in order: the XDG data
/// dirs (as the environment gives them now), then the checkout this binary
/// was built from.
pub fn folders(lang: Lang) -> Vec<PathBuf> {
    let Some(sub) = voice::folder(lang) else {
        return Vec::new();
    };
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let mut bases = Vec::new();
    match var("XDG_DATA_HOME") {
        Some(home) => bases.push(PathBuf::from(home)),
        None => {
            if let Some(home) = var("HOME") {
                bases.push(PathBuf::from(home).join(".local/share"));
            }
        }
    }
    let dirs = var("XDG_DATA_DIRS").unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    bases.extend(std::env::split_paths(&dirs).filter(|p| p.is_absolute()));
    let mut out: Vec<PathBuf> = bases
        .into_iter()
        .map(|b| b.join("unknot/voice").join(sub))
        .collect();
    out.push(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sounds/voice")
            .join(sub),
    );
    out
}

/// Where `lang`'s clips are, whole and as the manifest says, or why not.
/// Hashes every clip of the first folder that has them all (about a
/// megabyte); `status` asks through `usable`, which remembers.
pub fn find(lang: Lang) -> Result<Source, Missing> {
    find_in(lang, &folders(lang))
}

/// `find` over the given folders.
pub fn find_in(lang: Lang, folders: &[PathBuf]) -> Result<Source, Missing> {
    if voice::folder(lang).is_none() {
        return Ok(Source::Embedded);
    }
    let clips = voice::clips_in(lang);
    if clips.is_empty() {
        return Err(Missing::NotMade(lang.code()));
    }
    whole(clips, folders)
        .map(Source::Folder)
        .map_err(|why| Missing::Files {
            lang: lang.code(),
            why,
        })
}

/// The first of `folders` that holds every one of `clips` with its hash,
/// or what the first folder there was lacked (or where none was).
fn whole(clips: &[VoiceClip], folders: &[PathBuf]) -> Result<PathBuf, String> {
    let mut first_problem = None;
    for dir in folders.iter().filter(|d| d.is_dir()) {
        match check(dir, clips) {
            Ok(()) => return Ok(dir.clone()),
            Err(why) => {
                first_problem.get_or_insert(why);
            }
        }
    }
    Err(first_problem.unwrap_or_else(|| {
        let looked: Vec<String> = folders.iter().map(|d| d.display().to_string()).collect();
        format!("none in {}", looked.join(", "))
    }))
}

/// Every clip in `dir`, each with its hash.
fn check(dir: &Path, clips: &[VoiceClip]) -> Result<(), String> {
    let absent = clips.iter().filter(|c| !dir.join(c.file).is_file()).count();
    if absent > 0 {
        return Err(format!(
            "{} has {} of {} clips",
            dir.display(),
            clips.len() - absent,
            clips.len()
        ));
    }
    for c in clips {
        let path = dir.join(c.file);
        if hash_file(&path).as_deref() != Some(c.sha256) {
            return Err(format!(
                "{} is not the clip the manifest lists",
                path.display()
            ));
        }
    }
    Ok(())
}

/// The bytes of `clip` in `dir`, if they are the manifest's (its hash).
pub fn read_clip(dir: &Path, clip: &VoiceClip) -> Option<Vec<u8>> {
    read(&dir.join(clip.file), clip)
}

fn read(path: &Path, clip: &VoiceClip) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    (sha256_hex(&bytes) == clip.sha256).then_some(bytes)
}

/// The file's hash, read through an 8 KB buffer on the stack: the idle app
/// checks a language's clips (about a megabyte) for `status`, and reading
/// each clip whole onto the heap grew its heap for nothing (docs/bench.md,
/// "Issue 35").
fn hash_file(path: &Path) -> Option<String> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = sha2::Sha256::new();
    std::io::copy(&mut file, &mut hasher).ok()?;
    Some(hex(&hasher.finalize()))
}

/// Lower-case hex SHA-256, as the manifests hold it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&sha2::Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `lang` has its voice, for `status`: `find`, remembered while
/// the folders' files keep their sizes and times (a status request stats
/// the files, and hashes them again only after a change).
pub fn usable(lang: Lang) -> Result<(), Missing> {
    type Memo = Option<(Lang, Vec<Stamp>, Result<(), Missing>)>;
    static LAST: Mutex<Memo> = Mutex::new(None);
    let folders = folders(lang);
    let stamps = stamps(lang, &folders);
    let mut last = LAST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((l, s, result)) = last.as_ref() {
        if *l == lang && *s == stamps {
            return result.clone();
        }
    }
    let result = find_in(lang, &folders).map(|_| ());
    *last = Some((lang, stamps, result.clone()));
    result
}

type Stamp = Option<(u64, std::time::SystemTime)>;

fn stamps(lang: Lang, folders: &[PathBuf]) -> Vec<Stamp> {
    let clips = voice::clips_in(lang);
    folders
        .iter()
        .flat_map(|d| clips.iter().map(move |c| d.join(c.file)))
        .map(|p| {
            let m = std::fs::metadata(p).ok()?;
            Some((m.len(), m.modified().ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clip(file: &'static str, bytes: &[u8]) -> VoiceClip {
        VoiceClip {
            text: file,
            file,
            ms: 1000,
            sha256: Box::leak(sha256_hex(bytes).into_boxed_str()),
        }
    }

    /// Two folders with a language's two clips: the first has one clip
    /// only, then one changed, then both right.
    #[test]
    fn a_folder_speaks_only_whole_and_as_the_manifest_says() {
        let (one, two) = (b"first clip".as_slice(), b"second clip".as_slice());
        let clips = [clip("a.ogg", one), clip("b.ogg", two)];
        let tmp = tempfile::tempdir().expect("a temp dir");
        let (home, system) = (tmp.path().join("home"), tmp.path().join("system"));
        let folders = [home.clone(), system.clone()];
        assert!(whole(&clips, &folders).unwrap_err().starts_with("none in "));
        std::fs::create_dir_all(&home).expect("mkdir");
        std::fs::write(home.join("a.ogg"), one).expect("write");
        let why = whole(&clips, &folders).unwrap_err();
        assert!(why.ends_with("has 1 of 2 clips"), "{why}");
        std::fs::write(home.join("b.ogg"), b"second clip, changed").expect("write");
        let why = whole(&clips, &folders).unwrap_err();
        assert!(
            why.ends_with("b.ogg is not the clip the manifest lists"),
            "{why}"
        );
        // A whole folder later in the list is taken; the broken first is passed over.
        std::fs::create_dir_all(&system).expect("mkdir");
        std::fs::write(system.join("a.ogg"), one).expect("write");
        std::fs::write(system.join("b.ogg"), two).expect("write");
        assert_eq!(whole(&clips, &folders), Ok(system.clone()));
        std::fs::write(home.join("b.ogg"), two).expect("write");
        assert_eq!(whole(&clips, &folders), Ok(home.clone()));
        assert_eq!(read_clip(&home, &clips[1]).as_deref(), Some(two));
    }

    #[test]
    fn english_is_embedded_and_a_language_without_clips_has_no_voice() {
        assert_eq!(find_in(Lang::En, &[]), Ok(Source::Embedded));
        for lang in [Lang::De, Lang::Es, Lang::Fr] {
            let got = find_in(lang, &[]);
            if voice::clips_in(lang).is_empty() {
                assert_eq!(got, Err(Missing::NotMade(lang.code())));
            } else {
                assert!(matches!(got, Err(Missing::Files { .. })), "{got:?}");
            }
        }
    }

    /// The committed languages' clips in the checkout (`cargo xtask
    /// assets`) against their manifests: every file there, every hash right.
    #[test]
    fn every_committed_languages_clips_match_their_manifest() {
        for lang in [Lang::De, Lang::Es, Lang::Fr] {
            let clips = voice::clips_in(lang);
            if clips.is_empty() {
                continue;
            }
            let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("sounds/voice")
                .join(lang.code());
            assert_eq!(
                whole(clips, std::slice::from_ref(&dir)),
                Ok(dir.clone()),
                "run `cargo xtask assets --voice {}`",
                lang.code()
            );
        }
    }

    #[test]
    fn the_folders_are_the_xdg_data_dirs_then_the_checkout() {
        let got = folders(Lang::De);
        assert!(got
            .iter()
            .all(|d| d.ends_with("unknot/voice/de") || d.ends_with("sounds/voice/de")));
        assert!(got.last().is_some_and(|d| d.ends_with("sounds/voice/de")));
        assert!(folders(Lang::En).is_empty());
    }
}
