//! `cargo xtask tidy`: checks the repository against its own ARCHITECTURE.md —
//! the map names every source file, the pure files stay pure, no test is
//! ignored, and every import between top-level modules keeps to the floors
//! and the "never" arrows that ARCHITECTURE.md's `## Layers` tables give.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

/// The pure files: folders (ending in `/`) count with every `.rs` file below
/// them, but those in [`NOT_PURE`].
const PURE: &[&str] = &[
    "src/values/",
    "src/i18n/",
    "src/routine/",
    "src/config/",
    "src/engine/",
    "src/ui/",
    "src/history/pains.rs",
    "src/history/stats.rs",
    "src/history/streaks.rs",
    "src/history/trend.rs",
];
/// Files inside a [`PURE`] folder that do I/O.
const NOT_PURE: &[&str] = &["src/config/source.rs"];
/// Modules of this crate a pure file must not reach: they do I/O or own the
/// process (`history`: its store, lock and files; its pure files reach each
/// other through `super::`, which this check does not follow).
const IMPURE_MODULES: &[&str] = &["platform", "shell", "cli", "session", "ipc", "history"];
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

/// The parts of `std` that reach files, the environment, processes or the network.
const STD_IO: &[&str] = &["fs", "env", "process", "net"];

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
    let doc = read_all(root, &[DOC.to_owned()], &mut problems).pop();
    let doc = doc.map(|(_, text)| text).unwrap_or_default();
    check_map(root, &doc, &sources, &mut problems);
    for (file, text) in sources.iter().filter(|(f, _)| is_pure(f)) {
        check_core(file, text, &mut problems);
    }
    for (file, text) in &sources {
        check_length(file, text, &mut problems);
    }
    let others = [rs_files(root, "tests"), rs_files(root, "xtask")].concat();
    for (file, text) in sources
        .iter()
        .chain(&read_all(root, &others, &mut problems))
    {
        check_ignored(file, text, &mut problems);
    }
    let modules = sources.iter().filter_map(|(f, _)| top_module(f)).collect();
    let layers = read_layers(&doc, &modules, &mut problems);
    check_layers(&imports(&sources), &layers, &mut problems);
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

/// Where the map and the layers are written.
const DOC: &str = "ARCHITECTURE.md";

/// Rule 1: the `## Map` table and the files agree.
fn check_map(root: &Path, text: &str, sources: &[(String, String)], problems: &mut Vec<Problem>) {
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

fn is_pure(file: &str) -> bool {
    let listed = PURE
        .iter()
        .any(|c| file == *c || (c.ends_with('/') && file.starts_with(c)));
    listed && !NOT_PURE.contains(&file)
}

/// Rule 2: a pure file names no impure module or crate and reads no clock,
/// tests included (the whole file counts).
fn check_core(file: &str, text: &str, problems: &mut Vec<Problem>) {
    let mut found = BTreeSet::new();
    for (line, item) in scan(text, module_depth(file)) {
        let msg = match item {
            Ref::Crate(m) if IMPURE_MODULES.contains(&m.as_str()) => {
                format!("a pure file uses `crate::{m}`")
            }
            Ref::Start(c) if IMPURE_CRATES.contains(&c.as_str()) => {
                format!("a pure file uses the crate `{c}`")
            }
            Ref::Clock(read) => format!("a pure file reads the clock or sleeps: `{read}`"),
            Ref::Io(part) => format!("a pure file does I/O: `{part}`"),
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

/// Folders whose files stay short, and how short: the background app's
/// shell is in rooms of one job each.
const MAX_LINES: &[(&str, usize)] = &[("src/shell/", 600)];

/// Rule 5: no file in a short-file folder grows past its limit.
fn check_length(file: &str, text: &str, problems: &mut Vec<Problem>) {
    for (dir, max) in MAX_LINES {
        let lines = text.lines().count();
        if file.starts_with(dir) && lines > *max {
            let msg = format!("{lines} lines, more than the {max} a file in {dir} may have");
            problems.push(problem(file, None, msg));
        }
    }
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

/// Every `crate::X` or `unknot::X` (and `super::` reaching the crate root)
/// naming another top-level module.
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

/// ARCHITECTURE.md's `## Layers` as data: each module's floor, and the
/// arrows that must never be.
#[derive(Debug, Default)]
struct Layers {
    /// Module → its floor (1 is the bottom).
    floor: BTreeMap<String, u32>,
    never: Vec<Never>,
}

#[derive(Debug)]
struct Never {
    from: String,
    to: String,
    why: String,
    /// Its row in ARCHITECTURE.md.
    line: usize,
}

/// Reads the two tables of `## Layers`: `| floor | modules | … |` (the
/// modules in backticks) and `| from | never imports | why |`. A table is
/// known by its header's first cell. Every module of `src/` needs a floor,
/// and every module a table names must exist.
fn read_layers(doc: &str, modules: &BTreeSet<String>, problems: &mut Vec<Problem>) -> Layers {
    #[derive(PartialEq)]
    enum Table {
        None,
        Floors,
        Never,
    }
    let mut layers = Layers::default();
    let (mut in_layers, mut table) = (false, Table::None);
    let mut bad = |n: usize, msg: String| problems.push(problem(DOC, Some(n + 1), msg));
    for (n, line) in doc.lines().enumerate() {
        if line.starts_with("# ") || line.starts_with("## ") {
            in_layers = line.trim() == "## Layers";
        }
        let Some(row) = line.trim().strip_prefix('|').filter(|_| in_layers) else {
            table = Table::None;
            continue;
        };
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let names = |i: usize| -> Vec<String> {
            let cell = cells.get(i).copied().unwrap_or("");
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        };
        match (cells[0], &table) {
            ("floor", _) => table = Table::Floors,
            ("from", _) => table = Table::Never,
            (first, _) if first.starts_with("---") => {}
            (number, Table::Floors) => {
                let Ok(floor) = number.parse::<u32>() else {
                    bad(n, format!("Layers: `{number}` is not a floor number"));
                    continue;
                };
                for module in names(1) {
                    if !modules.contains(&module) {
                        bad(n, format!("Layers: `{module}` is not a module of src/"));
                    }
                    if layers.floor.insert(module.clone(), floor).is_some() {
                        bad(n, format!("Layers: `{module}` is on two floors"));
                    }
                }
            }
            (_, Table::Never) => {
                let (from, to) = (names(0), names(1));
                let ([from], [to]) = (from.as_slice(), to.as_slice()) else {
                    bad(
                        n,
                        "Layers: a never row names one module in each of its first two cells"
                            .to_owned(),
                    );
                    continue;
                };
                for module in [from, to].into_iter().filter(|m| !modules.contains(*m)) {
                    bad(n, format!("Layers: `{module}` is not a module of src/"));
                }
                let why = cells.get(2).copied().unwrap_or("").to_owned();
                let (from, to) = (from.clone(), to.clone());
                layers.never.push(Never {
                    from,
                    to,
                    why,
                    line: n + 1,
                });
            }
            (_, Table::None) => {}
        }
    }
    for module in modules.iter().filter(|m| !layers.floor.contains_key(*m)) {
        let msg = format!("the module `{module}` has no floor in {DOC}'s Layers table");
        problems.push(problem(&format!("src/{module}"), None, msg));
    }
    layers
}

/// Rule 4: every import between top-level modules goes down a floor or more,
/// and is no never arrow. One problem per line and module imported.
fn check_layers(imports: &[Import], layers: &Layers, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    for i in imports {
        if !seen.insert((&i.file, i.line, &i.to)) {
            continue;
        }
        let never = layers
            .never
            .iter()
            .find(|n| n.from == i.from && n.to == i.to);
        let floors = (layers.floor.get(&i.from), layers.floor.get(&i.to));
        let msg = match (never, floors) {
            (Some(never), _) => format!(
                "`{}` imports `{}`, an arrow that must never be ({DOC}:{}): {}",
                i.from, i.to, never.line, never.why
            ),
            (None, (Some(from), Some(to))) if from <= to => format!(
                "`{}` (floor {from}) imports `{}` (floor {to}): a module imports only floors below its own ({DOC}, Layers)",
                i.from, i.to
            ),
            _ => continue,
        };
        problems.push(problem(&i.file, Some(i.line), msg));
    }
}

/// The root of the second binary, `unknot-session`.
const SESSION_ROOT: &str = "session/main.rs";

/// `src/X.rs` and `src/X/**.rs` belong to X; the crate roots belong to none.
fn top_module(file: &str) -> Option<String> {
    let rest = file.strip_prefix("src/")?;
    match rest.split_once('/') {
        // The window process's binary's root: it wires, as `main.rs` does.
        Some(_) if rest == SESSION_ROOT => None,
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
    /// `std::` and one of [`STD_IO`] (each item of a `std::{..}` group).
    Io(String),
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
                if starts_path && name == "std" {
                    let io =
                        group_heads(&toks, i + 2)
                            .into_iter()
                            .filter_map(|(line, r)| match r {
                                Ref::Crate(part) if STD_IO.contains(&part.as_str()) => {
                                    Some((line, Ref::Io(format!("std::{part}"))))
                                }
                                _ => None,
                            });
                    refs.extend(io);
                }
                // `unknot::X` is the library as the window process's binary
                // (`src/session/main.rs`) names it: the same module graph.
                if starts_path && (name == "crate" || name == "unknot") {
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
        | `tests/it/` | tests |\n\n## Flow\n\n| `src/elsewhere.rs` | not the map |\n\n\
        ## Layers\n\n| floor | modules | what |\n| --- | --- | --- |\n| 4 | `cli` | commands |\n\
        | 3 | `history` `platform` | files; I/O |\n| 2 | `engine` | the core |\n| 1 | `config` | config |\n\n\
        | from | never imports | why |\n| --- | --- | --- |\n| `history` | `config` | it reads no config |\n";

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
    fn a_clock_read_or_i_o_in_a_pure_file_fails() {
        let sim = "use super::Now;\n#[test]\nfn t() {\n    let _ = std::time::Instant::now();\n    std::thread::sleep(D);\n}\n\
            use std::{fmt, fs::File, io};\nfn f() { let _ = std::env::var(\"X\"); }\n";
        assert_eq!(
            problems(&with(&[("src/engine/sim.rs", sim)])),
            [
                "src/engine/sim.rs:4: a pure file reads the clock or sleeps: `Instant::now`",
                "src/engine/sim.rs:5: a pure file reads the clock or sleeps: `thread::sleep`",
                "src/engine/sim.rs:7: a pure file does I/O: `std::fs`",
                "src/engine/sim.rs:8: a pure file does I/O: `std::env`",
            ]
        );
    }

    #[test]
    fn a_core_import_of_the_platform_fails_also_inside_groups() {
        let sim = "use super::Now;\nuse crate::{config, platform::clock};\nuse crate::{\n    config::Config,\n    platform,\n};\nuse tokio::sync;\n";
        assert_eq!(
            problems(&with(&[("src/engine/sim.rs", sim)])),
            [
                "src/engine/sim.rs:2: a pure file uses `crate::platform`".to_owned(),
                "src/engine/sim.rs:5: a pure file uses `crate::platform`".to_owned(),
                "src/engine/sim.rs:7: a pure file uses the crate `tokio`".to_owned(),
                format!("src/engine/sim.rs:2: `engine` (floor 2) imports `platform` (floor 3): {FLOORS}"),
                format!("src/engine/sim.rs:5: `engine` (floor 2) imports `platform` (floor 3): {FLOORS}"),
            ]
        );
    }

    #[test]
    fn a_long_shell_file_fails() {
        let long = "// a line\n".repeat(601);
        let found = problems(&with(&[("src/shell/core.rs", &long)]));
        let want = "src/shell/core.rs: 601 lines, more than the 600 a file in src/shell/ may have";
        assert!(found.iter().any(|p| p == want), "{found:?}");
        let at_the_limit = "// a line\n".repeat(600);
        assert!(!problems(&with(&[("src/shell/core.rs", &at_the_limit)]))
            .iter()
            .any(|p| p.contains("lines, more than")));
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
                "ARCHITECTURE.md:34: the map names `docs/`, which does not exist",
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

    const FLOORS: &str = "a module imports only floors below its own (ARCHITECTURE.md, Layers)";

    #[test]
    fn importing_cli_fails() {
        let history = "use crate::engine::Now;\npub fn exit() -> u8 { crate::cli::EXIT }\n";
        assert_eq!(
            problems(&with(&[("src/history.rs", history)])),
            [format!(
                "src/history.rs:2: `history` (floor 3) imports `cli` (floor 4): {FLOORS}"
            )]
        );
    }

    /// Every module has a floor, so a cycle always has such an arrow too.
    #[test]
    fn an_import_up_a_floor_or_along_one_fails() {
        let engine = "mod sim;\npub struct Now;\nuse crate::history::Record;\n";
        let history = "use crate::engine::Now;\nuse crate::platform::{clock, Bus};\n";
        let changes = [("src/engine/mod.rs", engine), ("src/history.rs", history)];
        assert_eq!(
            problems(&with(&changes)),
            [
                // The pure-file rule and the floors each see the first one.
                "src/engine/mod.rs:3: a pure file uses `crate::history`".to_owned(),
                format!(
                    "src/engine/mod.rs:3: `engine` (floor 2) imports `history` (floor 3): {FLOORS}"
                ),
                format!(
                    "src/history.rs:2: `history` (floor 3) imports `platform` (floor 3): {FLOORS}"
                ),
            ]
        );
    }

    #[test]
    fn a_never_arrow_fails_with_its_reason_once_a_line() {
        let history = "use crate::engine::Now;\n\
            fn f(c: crate::config::Config) -> crate::config::Config { c }\n";
        assert_eq!(
            problems(&with(&[("src/history.rs", history)])),
            [
                "src/history.rs:2: `history` imports `config`, an arrow that must never be \
              (ARCHITECTURE.md:30): it reads no config"
            ]
        );
    }

    #[test]
    fn a_module_needs_a_floor_and_the_tables_name_only_modules() {
        let map = MAP
            .replace("`src/config.rs`", "`src/config.rs`, `src/extra.rs`")
            .replace("`history` `platform`", "`history` `platform` `gone`")
            .replace("| `history` | `config` |", "| `history` | `config` `cli` |");
        assert_eq!(
            problems(&with(&[("ARCHITECTURE.md", &map), ("src/extra.rs", "")])),
            [
                "ARCHITECTURE.md:24: Layers: `gone` is not a module of src/",
                "ARCHITECTURE.md:30: Layers: a never row names one module in each of its first two cells",
                "src/extra: the module `extra` has no floor in ARCHITECTURE.md's Layers table",
            ]
        );
    }

    /// Three arrows were taken out of the real tree (a view importing
    /// `history`, the window process `engine`, the clock `engine`); each put
    /// back into a copy of it must fail tidy, naming the rule that forbids it.
    #[test]
    fn the_removed_arrows_fail_when_put_back_into_a_copy_of_this_tree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask sits in the workspace");
        let names = [vec![DOC.to_owned()], rs_files(root, "src")].concat();
        let read = |f: &String| std::fs::read_to_string(root.join(f)).expect("the tree reads");
        let doc = read(&names[0]);
        let tree: Vec<(&str, String)> = names.iter().map(|f| (f.as_str(), read(f))).collect();
        // The copy holds only the map and src/, so the map misses the rest of
        // the tree; each import put back must add its own problems to those.
        let before = problems(&tree);
        assert!(
            before.iter().all(|p| p.starts_with("ARCHITECTURE.md:")),
            "the copy of src/ keeps the rules: {before:?}"
        );
        let never = |from: &str, to: &str| {
            let row = format!("| `{from}` | `{to}` |");
            let n = doc.lines().position(|l| l.starts_with(&row));
            let n = 1 + n.expect("ARCHITECTURE.md has the never row");
            let start =
                format!("`{from}` imports `{to}`, an arrow that must never be ({DOC}:{n}): ");
            let why = doc
                .lines()
                .nth(n - 1)
                .unwrap_or("")
                .split('|')
                .nth(3)
                .unwrap_or("");
            format!("{start}{}", why.trim())
        };
        let cases = [
            (
                "src/ui/view.rs",
                "use crate::history::{rating, this_week_line, Stats};",
                vec![
                    "a pure file uses `crate::history`".to_owned(),
                    never("ui", "history"),
                ],
            ),
            (
                "src/session/window.rs",
                "use crate::engine::{ExerciseOutcome, SessionReport};",
                vec![never("session", "engine")],
            ),
            (
                "src/session/audio.rs",
                "use unknot::{engine, ui};",
                vec![never("session", "engine")],
            ),
            (
                "src/platform/clock.rs",
                "use crate::engine::Now;",
                vec![never("platform", "engine")],
            ),
        ];
        for (file, import, rules) in cases {
            let mut mutated = tree.clone();
            let (_, text) = mutated
                .iter_mut()
                .find(|(f, _)| *f == file)
                .expect("in the tree");
            text.push_str(import);
            text.push('\n');
            let line = text.lines().count();
            let added: Vec<String> = problems(&mutated)
                .into_iter()
                .filter(|p| !before.contains(p))
                .collect();
            let expected: Vec<String> = rules
                .iter()
                .map(|r| format!("{file}:{line}: {r}"))
                .collect();
            assert_eq!(added, expected);
        }
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
