//! `cargo xtask tidy`: checks the repository against its own ARCHITECTURE.md —
//! the map names every source file, the pure core stays pure, no test is
//! ignored, and the top-level modules import each other without cycles.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

/// The pure core: folders (ending in `/`) count with every `.rs` file below them.
const CORE: &[&str] = &[
    "src/engine/",
    "src/routine/",
    "src/ui/player.rs",
    "src/ui/view.rs",
    "src/ui/raster.rs",
    "src/ui/scene.rs",
];
/// Modules of this crate the core must not reach: they do I/O or own the process.
const IMPURE_MODULES: &[&str] = &["platform", "shell", "cli", "session", "ipc"];
/// Crates that only make sense with a desktop, a bus or a runtime behind them.
const IMPURE_CRATES: &[&str] = &[
    "tokio",
    "zbus",
    "winit",
    "rodio",
    "softbuffer",
    "notify_rust",
    "tray_icon",
];
/// `A::b` token pairs that read a clock or sleep; `thread::sleep` also covers `std::thread::sleep`.
const CLOCK_READS: &[(&str, &str)] = &[
    ("Instant", "now"),
    ("SystemTime", "now"),
    ("Local", "now"),
    ("Utc", "now"),
    ("thread", "sleep"),
];

/// The attribute that skips a test, spelt in two parts so that this file
/// does not contain it (the before-stop hook greps for it too).
const IGNORE_ATTRIBUTE: &str = concat!("#[", "ignore");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Relative to the checked root, with `/` separators.
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

fn problem(file: &str, line: Option<usize>, message: String) -> Problem {
    let file = PathBuf::from(file);
    Problem {
        file,
        line,
        message,
    }
}

/// `cargo xtask tidy`: prints every problem, fails if there is any.
pub fn run(root: &Path) -> Result<()> {
    let problems = check(root);
    for p in &problems {
        println!("tidy: {p}");
    }
    if !problems.is_empty() {
        bail!("tidy found {} problem(s)", problems.len());
    }
    eprintln!("tidy: no problems");
    Ok(())
}

/// `cargo xtask tidy --graph`: one `a -> b, c` line per top-level module.
pub fn print_graph(root: &Path) -> Result<()> {
    module_graph(root)
        .iter()
        .for_each(|edge| println!("{}", graph_line(edge)));
    Ok(())
}

fn graph_line((module, deps): (&String, &BTreeSet<String>)) -> String {
    format!(
        "{module} -> {}",
        Vec::from_iter(deps.iter().cloned()).join(", ")
    )
}

pub fn check(root: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let sources = read_all(root, &rs_files(root, "src"), &mut problems);
    check_map(root, &sources, &mut problems);
    for (file, text) in sources.iter().filter(|(f, _)| is_core(f)) {
        check_core(file, text, &mut problems);
    }
    let others = [rs_files(root, "tests"), rs_files(root, "xtask")].concat();
    for (file, text) in sources
        .iter()
        .chain(&read_all(root, &others, &mut problems))
    {
        check_ignored(file, text, &mut problems);
    }
    check_layers(&imports(&sources), &mut problems);
    problems
}

/// The import graph between the crate's top-level modules (every module is a key).
pub fn module_graph(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let sources = read_all(root, &rs_files(root, "src"), &mut Vec::new());
    let mut graph = BTreeMap::<_, BTreeSet<_>>::new();
    for module in sources.iter().filter_map(|(f, _)| top_module(f)) {
        graph.entry(module).or_default();
    }
    for import in imports(&sources) {
        graph.entry(import.from).or_default().insert(import.to);
    }
    graph
}

/// Rule 1: the `## Map` table and the files agree.
fn check_map(root: &Path, sources: &[(String, String)], problems: &mut Vec<Problem>) {
    const DOC: &str = "ARCHITECTURE.md";
    let Some((_, text)) = read_all(root, &[DOC.to_owned()], problems).pop() else {
        return;
    };
    let (mut named, mut in_map) = (Vec::new(), false);
    for (n, line) in text.lines().enumerate() {
        if line.starts_with("## ") || line.starts_with("# ") {
            in_map = line.trim() == "## Map";
        }
        let row = line.trim().strip_prefix('|').filter(|_| in_map);
        let first_cell = row.and_then(|r| r.split('|').next()).unwrap_or("");
        for quoted in first_cell.split('`').skip(1).step_by(2) {
            for path in expand_braces(quoted) {
                if !root.join(&path).exists() {
                    let msg = format!("the map names `{path}`, which does not exist");
                    problems.push(problem(DOC, Some(n + 1), msg));
                }
                named.push(path);
            }
        }
    }
    // A named folder covers everything below it, with or without its trailing `/`.
    let covers = |file: &str| {
        let inside = |p: &String| file.starts_with(&format!("{}/", p.trim_end_matches('/')));
        named.iter().any(|p| p == file || inside(p))
    };
    for (file, _) in sources.iter().filter(|(f, _)| !covers(f)) {
        let msg = format!("not covered by the map in {DOC}");
        problems.push(problem(file, None, msg));
    }
}

/// `src/x/{a,b}.rs` → `src/x/a.rs`, `src/x/b.rs` (groups may repeat, not nest).
fn expand_braces(path: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (path.find('{'), path.find('}')) else {
        return vec![path.to_owned()];
    };
    let (head, tail) = (&path[..open], &path[close + 1..]);
    let alternatives = path[open + 1..close].split(',');
    alternatives
        .flat_map(|alt| expand_braces(&format!("{head}{}{tail}", alt.trim())))
        .collect()
}

fn is_core(file: &str) -> bool {
    CORE.iter()
        .any(|c| file == *c || (c.ends_with('/') && file.starts_with(c)))
}

/// Rule 2: a core file names no impure module or crate and reads no clock,
/// tests included (the whole file counts).
fn check_core(file: &str, text: &str, problems: &mut Vec<Problem>) {
    let mut found = BTreeSet::new();
    for (line, item) in scan(text, module_depth(file)) {
        let msg = match item {
            Ref::Crate(m) if IMPURE_MODULES.contains(&m.as_str()) => {
                format!("the pure core uses `crate::{m}`")
            }
            Ref::Start(c) if IMPURE_CRATES.contains(&c.as_str()) => {
                format!("the pure core uses the crate `{c}`")
            }
            Ref::Clock(read) => format!("the pure core reads the clock or sleeps: `{read}`"),
            _ => continue,
        };
        found.insert((line, msg));
    }
    problems.extend(
        found
            .into_iter()
            .map(|(line, msg)| problem(file, Some(line), msg)),
    );
}

/// Rule 3: every test runs.
fn check_ignored(file: &str, text: &str, problems: &mut Vec<Problem>) {
    // Blanking strings and comments first keeps fixtures (like this file's) from counting.
    for (n, line) in blank_non_code(text).lines().enumerate() {
        if line.trim_start().starts_with(IGNORE_ATTRIBUTE) {
            let msg = "an ignored test: every test must run".to_owned();
            problems.push(problem(file, Some(n + 1), msg));
        }
    }
}

struct Import {
    from: String,
    to: String,
    file: String,
    line: usize,
}

/// Every `crate::X` (and `super::` reaching the crate root) naming another top-level module.
fn imports(sources: &[(String, String)]) -> Vec<Import> {
    let modules: BTreeSet<String> = sources.iter().filter_map(|(f, _)| top_module(f)).collect();
    let mut out = Vec::new();
    for (file, text) in sources {
        let Some(from) = top_module(file) else {
            continue;
        };
        for (line, item) in scan(text, module_depth(file)) {
            match item {
                Ref::Crate(to) if to != from && modules.contains(&to) => {
                    let (from, file) = (from.clone(), file.clone());
                    out.push(Import {
                        from,
                        to,
                        file,
                        line,
                    });
                }
                _ => {}
            }
        }
    }
    out
}

/// Rule 4: nothing but `main.rs` reaches into `cli`, and the modules form no cycle.
fn check_layers(imports: &[Import], problems: &mut Vec<Problem>) {
    for i in imports.iter().filter(|i| i.to == "cli") {
        let msg = format!("`{}` imports `cli`: only main.rs may depend on cli", i.from);
        problems.push(problem(&i.file, Some(i.line), msg));
    }
    let mut graph = BTreeMap::<&str, BTreeSet<&str>>::new();
    for i in imports {
        graph.entry(&i.from).or_default().insert(&i.to);
    }
    // The shortest cycle back to each module in turn; a module already on a
    // reported cycle starts none, so one knot is not reported from every side.
    let mut reported = BTreeSet::new();
    for &start in graph.keys() {
        if reported.contains(start) {
            continue;
        }
        let mut parent = BTreeMap::new();
        let mut queue = VecDeque::from([start]);
        while let Some(m) = queue.pop_front().filter(|_| !parent.contains_key(start)) {
            for &next in &graph.get(m).cloned().unwrap_or_default() {
                if !parent.contains_key(next) {
                    parent.insert(next, m);
                    queue.push_back(next);
                }
            }
        }
        let Some(mut at) = parent.get(start).copied() else {
            continue;
        };
        let mut cycle = vec![start];
        while at != start {
            cycle.push(at);
            at = parent[at];
        }
        cycle.push(start);
        cycle.reverse();
        reported.extend(cycle.iter().copied());
        let first = imports
            .iter()
            .find(|i| i.from == cycle[0] && i.to == cycle[1]);
        let first = first.expect("every edge of the graph comes from an import");
        let msg = format!("module cycle: {}", cycle.join(" -> "));
        problems.push(problem(&first.file, Some(first.line), msg));
    }
}

/// `src/X.rs` and `src/X/**.rs` belong to X; the crate roots belong to none.
fn top_module(file: &str) -> Option<String> {
    let rest = file.strip_prefix("src/")?;
    match rest.split_once('/') {
        Some((dir, _)) => Some(dir.to_owned()),
        None if rest == "main.rs" || rest == "lib.rs" => None,
        None => rest.strip_suffix(".rs").map(str::to_owned),
    }
}

/// How many modules deep a file's module sits: `src/a.rs` and `src/a/mod.rs` 1, `src/a/b.rs` 2.
fn module_depth(file: &str) -> usize {
    let parts: Vec<&str> = file.trim_start_matches("src/").split('/').collect();
    match parts.as_slice() {
        ["main.rs" | "lib.rs"] => 0,
        [.., "mod.rs"] => parts.len() - 1,
        _ => parts.len(),
    }
}

/// What a file's code names, each with its line.
enum Ref {
    /// The first segment after `crate::` (each item of a `crate::{..}` group),
    /// or after a `super::` chain that reaches the crate root.
    Crate(String),
    /// An identifier starting a path (`tokio::x`, `use tokio`): where external crates show.
    Start(String),
    /// One of [`CLOCK_READS`] or `clock_gettime`.
    Clock(String),
}

#[derive(PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

/// The paths named in one file whose module sits `depth` modules below the crate root.
fn scan(text: &str, depth: usize) -> Vec<(usize, Ref)> {
    let toks = tokens(&blank_non_code(text));
    let ident = |i: usize| match toks.get(i) {
        Some((_, Tok::Ident(s))) => Some(s.as_str()),
        _ => None,
    };
    let sep = |i: usize| matches!(toks.get(i), Some((_, Tok::PathSep)));
    let mut refs = Vec::new();
    // One flag per open brace: does it open an inline `mod x {`, one module deeper?
    let mut braces: Vec<bool> = Vec::new();
    for (i, (line, tok)) in toks.iter().enumerate() {
        let line = *line;
        match tok {
            Tok::Punct('{') => {
                braces.push(i >= 2 && ident(i - 2) == Some("mod") && ident(i - 1).is_some());
            }
            Tok::Punct('}') => {
                braces.pop();
            }
            Tok::Ident(name) if name == "clock_gettime" => {
                refs.push((line, Ref::Clock(name.clone())));
            }
            Tok::Ident(name) => {
                let read = CLOCK_READS
                    .iter()
                    .find(|(a, b)| a == name && ident(i + 2) == Some(b));
                if let Some((a, b)) = read.filter(|_| sep(i + 1)) {
                    refs.push((line, Ref::Clock(format!("{a}::{b}"))));
                }
                let starts_path = sep(i + 1) && (i == 0 || !sep(i - 1));
                if starts_path || (i > 0 && ident(i - 1) == Some("use")) {
                    refs.push((line, Ref::Start(name.clone())));
                }
                let mut j = i;
                while starts_path && ident(j) == Some("super") && sep(j + 1) {
                    j += 2;
                }
                let here = depth + braces.iter().filter(|m| **m).count();
                if starts_path && name == "crate" {
                    refs.extend(group_heads(&toks, i + 2));
                } else if j > i && (j - i) / 2 == here {
                    refs.extend(group_heads(&toks, j));
                }
            }
            _ => {}
        }
    }
    refs
}

/// At `i`: `x` → [x]; `{a::b, c as d, self}` (over any number of lines) → [a, c].
fn group_heads(toks: &[(usize, Tok)], i: usize) -> Vec<(usize, Ref)> {
    let (mut depth, mut item_start, mut heads) = (0, true, Vec::new());
    for (line, tok) in &toks[i.min(toks.len())..] {
        match tok {
            Tok::Ident(name) if depth == 0 => return vec![(*line, Ref::Crate(name.clone()))],
            Tok::Punct('{') => depth += 1,
            _ if depth == 0 => break,
            Tok::Punct('}') if depth == 1 => break,
            Tok::Punct('}') => depth -= 1,
            Tok::Punct(',') if depth == 1 => item_start = true,
            Tok::Ident(name) if depth == 1 && item_start && name != "self" => {
                heads.push((*line, Ref::Crate(name.clone())));
                item_start = false;
            }
            _ if depth == 1 => item_start = false,
            _ => {}
        }
    }
    heads
}

/// Identifiers (numbers included, harmlessly), `::`, and single punctuation, with lines.
fn tokens(code: &str) -> Vec<(usize, Tok)> {
    let mut toks = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            let tok = if is_word(c) {
                let mut word = String::from(c);
                while let Some(c) = chars.next_if(|c| is_word(*c)) {
                    word.push(c);
                }
                Tok::Ident(word)
            } else if c == ':' && chars.next_if_eq(&':').is_some() {
                Tok::PathSep
            } else if c.is_whitespace() {
                continue;
            } else {
                Tok::Punct(c)
            };
            toks.push((n + 1, tok));
        }
    }
    toks
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The text with comments and string/char literals turned to spaces, newlines
/// kept so line numbers hold. Approximations: a `'` not closing a one-char or
/// escaped literal two characters on is a lifetime; `b"…"` keeps its `b`.
fn blank_non_code(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        // `br"…"` is raw too: its `b` is the only word character allowed before the `r`.
        let word_before = i > 0 && is_word(at(i - 1)) && (at(i - 1) != 'b' || is_word(at(i - 2)));
        let hashes = (i + 1..).take_while(|&j| at(j) == '#').count();
        let end = if at(i) == '/' && at(i + 1) == '/' {
            (i..c.len()).find(|&j| at(j) == '\n').unwrap_or(c.len())
        } else if at(i) == '/' && at(i + 1) == '*' {
            let (mut j, mut depth) = (i, 0);
            while j < c.len() && (j == i || depth > 0) {
                match (at(j), at(j + 1)) {
                    ('/', '*') => (depth, j) = (depth + 1, j + 2),
                    ('*', '/') => (depth, j) = (depth - 1, j + 2),
                    _ => j += 1,
                }
            }
            j
        } else if at(i) == 'r' && !word_before && at(i + 1 + hashes) == '"' {
            let closes = |j: &usize| at(*j) == '"' && (1..=hashes).all(|k| at(j + k) == '#');
            (i + 2 + hashes..c.len())
                .find(closes)
                .map_or(c.len(), |j| j + 1 + hashes)
        } else if at(i) == '"' {
            let mut j = i + 1;
            while j < c.len() && at(j) != '"' {
                j += if at(j) == '\\' { 2 } else { 1 };
            }
            j + 1
        } else if at(i) == '\'' && at(i + 1) == '\\' {
            (i + 3..c.len())
                .find(|&j| at(j) == '\'')
                .map_or(c.len(), |j| j + 1)
        } else if at(i) == '\'' && at(i + 2) == '\'' {
            i + 3
        } else {
            out.push(at(i));
            i += 1;
            continue;
        };
        let literal = &c[i..end.min(c.len())];
        out.extend(
            literal
                .iter()
                .map(|&ch| if ch == '\n' { '\n' } else { ' ' }),
        );
        i = end;
    }
    out
}

/// `.rs` files below `root/dir` as sorted relative paths, skipping `target/`.
fn rs_files(root: &Path, dir: &str) -> Vec<String> {
    let (mut out, mut todo) = (Vec::new(), vec![root.join(dir)]);
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() && entry.file_name() != "target" {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                out.push(rel.to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

/// Reads each file; one that can't be read (e.g. moved mid-restructure) is a problem.
fn read_all(root: &Path, files: &[String], problems: &mut Vec<Problem>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in files {
        match std::fs::read_to_string(root.join(file)) {
            Ok(text) => out.push((file.clone(), text)),
            Err(e) => problems.push(problem(file, None, format!("cannot read: {e}"))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = "# Architecture\n\n## Map\n\n| path | job |\n| --- | --- |\n\
        | `src/main.rs`, `src/lib.rs` | roots |\n| `src/cli.rs` | the CLI |\n\
        | `src/config.rs` | config |\n| `src/history.rs` | history |\n\
        | `src/engine/{mod,sim}.rs` | the core |\n| `src/platform/` | I/O |\n\
        | `tests/it/` | tests |\n\n## Flow\n\n| `src/elsewhere.rs` | not the map |\n";

    /// A tree that passes, with the traps a naive reader would fall into:
    /// clock reads and impure paths in comments and strings, a `'{'`, an inline `mod`.
    fn clean() -> Vec<(&'static str, String)> {
        let files = [
            ("ARCHITECTURE.md", MAP),
            ("src/main.rs", "fn main() { unknot::cli::main() }\n"),
            ("src/lib.rs", "pub mod cli;\npub mod config;\npub mod engine;\npub mod history;\npub mod platform;\n"),
            ("src/cli.rs", "use crate::{config, engine::Now, history};\nuse crate::platform::clock;\npub fn main() {}\n"),
            ("src/config.rs", "pub struct Config;\n"),
            ("src/history.rs", "use crate::engine::Now;\nmod tests {\n    use super::config;\n}\n"),
            (
                "src/engine/mod.rs",
                "// Instant::now() is never called: use crate::platform.\nmod sim;\n\
                 pub struct Now;\nconst S: &str = \"crate::platform and Instant::now()\";\n\
                 const R: &str = r#\"tokio::spawn\"#;\nconst B: char = '{';\n",
            ),
            ("src/engine/sim.rs", "use super::Now;\nuse super::super::config;\n"),
            ("src/platform/clock.rs", "pub fn now() -> std::time::Instant { std::time::Instant::now() }\n"),
            ("tests/it/main.rs", "#[test]\nfn runs() {}\n"),
        ];
        files.iter().map(|(p, t)| (*p, t.to_string())).collect()
    }

    fn plant(files: &[(&str, String)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn problems(files: &[(&str, String)]) -> Vec<String> {
        check(plant(files).path())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn with(changes: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        let mut files = clean();
        for (path, text) in changes {
            files.retain(|(p, _)| p != path);
            files.push((path, text.to_string()));
        }
        files
    }

    #[test]
    fn a_clean_tree_passes() {
        assert_eq!(problems(&clean()), Vec::<String>::new());
    }

    #[test]
    fn the_graph_follows_crate_and_super_paths_but_not_inline_mods() {
        let graph = module_graph(plant(&clean()).path());
        let lines: Vec<String> = graph.iter().map(graph_line).collect();
        // engine -> config comes only from `super::super::config`; history's
        // `mod tests { use super::config }` is history::config, no edge.
        let expected = [
            "cli -> config, engine, history, platform",
            "config -> ",
            "engine -> config",
            "history -> engine",
            "platform -> ",
        ];
        assert_eq!(lines, expected);
    }

    #[test]
    fn a_core_clock_read_fails() {
        let sim = "use super::Now;\n#[test]\nfn t() {\n    let _ = std::time::Instant::now();\n    std::thread::sleep(D);\n}\n";
        assert_eq!(
            problems(&with(&[("src/engine/sim.rs", sim)])),
            [
                "src/engine/sim.rs:4: the pure core reads the clock or sleeps: `Instant::now`",
                "src/engine/sim.rs:5: the pure core reads the clock or sleeps: `thread::sleep`",
            ]
        );
    }

    #[test]
    fn a_core_import_of_the_platform_fails_also_inside_groups() {
        let sim = "use super::Now;\nuse crate::{config, platform::clock};\nuse crate::{\n    config::Config,\n    platform,\n};\nuse tokio::sync;\n";
        assert_eq!(
            problems(&with(&[("src/engine/sim.rs", sim)])),
            [
                "src/engine/sim.rs:2: the pure core uses `crate::platform`",
                "src/engine/sim.rs:5: the pure core uses `crate::platform`",
                "src/engine/sim.rs:7: the pure core uses the crate `tokio`",
            ]
        );
    }

    #[test]
    fn an_ignored_test_fails() {
        // Spelled in pieces so this file never plants one in itself.
        let main = format!("#[test]\n{}\nfn skipped() {{}}\n", concat!("#[ig", "nore]"));
        assert_eq!(
            problems(&with(&[("tests/it/main.rs", &main)])),
            ["tests/it/main.rs:2: an ignored test: every test must run"]
        );
    }

    #[test]
    fn a_map_path_that_does_not_exist_fails() {
        let map = MAP.replace("{mod,sim}", "{mod,sim,gone}") + "\n## Map\n\n| `docs/` | docs |\n";
        assert_eq!(
            problems(&with(&[("ARCHITECTURE.md", &map)])),
            [
                "ARCHITECTURE.md:11: the map names `src/engine/gone.rs`, which does not exist",
                "ARCHITECTURE.md:21: the map names `docs/`, which does not exist",
            ]
        );
    }

    #[test]
    fn an_unmapped_source_file_fails() {
        assert_eq!(
            problems(&with(&[("src/engine/extra.rs", "")])),
            ["src/engine/extra.rs: not covered by the map in ARCHITECTURE.md"]
        );
    }

    #[test]
    fn importing_cli_fails() {
        let history = "use crate::engine::Now;\npub fn exit() -> u8 { crate::cli::EXIT }\n";
        assert_eq!(
            problems(&with(&[("src/history.rs", history)])),
            [
                "src/history.rs:2: `history` imports `cli`: only main.rs may depend on cli",
                "src/cli.rs:1: module cycle: cli -> history -> cli",
            ]
        );
    }

    #[test]
    fn a_cycle_fails() {
        let map = MAP.replace("`src/config.rs`", "`src/config.rs`, `src/{a,b}.rs`");
        let changes = [
            ("ARCHITECTURE.md", map.as_str()),
            ("src/a.rs", "use crate::b::B;\npub struct A;\n"),
            (
                "src/b.rs",
                "pub struct B;\nfn a() -> crate::a::A { crate::a::A }\n",
            ),
        ];
        assert_eq!(
            problems(&with(&changes)),
            ["src/a.rs:1: module cycle: a -> b -> a"]
        );
    }

    #[test]
    fn comments_and_literals_are_blanked_and_lines_kept() {
        let code = concat!(
            "a /* b /* c */ d */ e\n",
            "f(\"g\\\"h\", r#\"i\"j\"#, br\"k\", 'l', '\\'', '{', x: &'a str)\n",
            "\"multi\nline\" // z\n",
            "y",
        );
        let blanked = blank_non_code(code);
        let words: Vec<String> = blanked
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        // Line 3 and 4 stay two lines: a string's newline is kept.
        let expected = ["a e", "f( , , b , , , , x: &'a str)", "", "", "y"];
        assert_eq!(words, expected);
    }
}
