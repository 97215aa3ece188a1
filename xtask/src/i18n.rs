//! `cargo xtask i18n`: checks the Fluent catalogues (`i18n/<lang>/unknot.ftl`)
//! against English and against the code. Every `.ftl` parses; every
//! language has every English message and attribute, with the same
//! placeables; every message is asked for by the code (`t!("id"…)` under
//! `src/`, or another message's `{ id }`), and every id the code asks for is
//! in English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{bail, Context, Result};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The source language: every other catalogue is checked against it.
const SOURCE: &str = "en";

/// A catalogue as the check sees it: message (or `message.attribute`) →
/// the variables its pattern uses; and the messages it refers to.
#[derive(Debug, Default)]
struct Catalogue {
    messages: BTreeMap<String, BTreeSet<String>>,
    references: BTreeSet<String>,
}

pub fn run(root: &Path) -> Result<()> {
    let problems = check(root)?;
    for p in &problems {
        eprintln!("i18n: {p}");
    }
    if !problems.is_empty() {
        bail!("i18n found {} problem(s)", problems.len());
    }
    println!("i18n: no problems");
    Ok(())
}

/// Every problem found, one sentence each; empty when all is well.
pub fn check(root: &Path) -> Result<Vec<String>> {
    let dir = root.join("i18n");
    let mut problems = Vec::new();
    let mut catalogues = BTreeMap::new();
    let mut langs: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("unknot.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    for lang in &langs {
        let path = dir.join(lang).join("unknot.ftl");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let (catalogue, errors) = read(&text);
        for e in errors {
            problems.push(format!("{lang}/unknot.ftl: {e}"));
        }
        catalogues.insert(lang.clone(), catalogue);
    }
    let Some(source) = catalogues.get(SOURCE) else {
        bail!("no {SOURCE}/unknot.ftl in {}", dir.display());
    };
    for (lang, catalogue) in &catalogues {
        if lang == SOURCE {
            continue;
        }
        for (id, vars) in &source.messages {
            match catalogue.messages.get(id) {
                None => problems.push(format!("{lang}: `{id}` is missing")),
                Some(theirs) if theirs != vars => problems.push(format!(
                    "{lang}: `{id}` has placeables {{{}}}, English has {{{}}}",
                    join(theirs),
                    join(vars)
                )),
                Some(_) => {}
            }
        }
        for id in catalogue.messages.keys() {
            if !source.messages.contains_key(id) {
                problems.push(format!("{lang}: `{id}` is not in English"));
            }
        }
    }
    let asked = asked_for(&root.join("src"))?;
    for (id, at) in &asked {
        if !source.messages.contains_key(id) {
            problems.push(format!(
                "{at}: asks for `{id}`, which English does not have"
            ));
        }
    }
    for id in source.messages.keys() {
        let message = id.split('.').next().unwrap_or(id);
        if !asked.contains_key(id)
            && !asked.contains_key(message)
            && !source.references.contains(message)
        {
            problems.push(format!("{SOURCE}: `{id}` is used by no code"));
        }
    }
    Ok(problems)
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses one catalogue: its messages and their variables, and the
/// parser's errors as sentences.
fn read(text: &str) -> (Catalogue, Vec<String>) {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let mut problems: Vec<String> = errors
        .iter()
        .map(|e| {
            let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}: does not parse ({:?})", e.kind)
        })
        .collect();
    let mut catalogue = Catalogue::default();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name.to_owned();
                if let Some(value) = &m.value {
                    let mut vars = BTreeSet::new();
                    walk(value, &mut vars, &mut catalogue.references);
                    if catalogue.messages.insert(id.clone(), vars).is_some() {
                        problems.push(format!("`{id}` is defined twice"));
                    }
                }
                for attr in &m.attributes {
                    let mut vars = BTreeSet::new();
                    walk(&attr.value, &mut vars, &mut catalogue.references);
                    catalogue
                        .messages
                        .insert(format!("{id}.{}", attr.id.name), vars);
                }
            }
            Entry::Junk { content } => {
                let line = content.lines().next().unwrap_or_default();
                problems.push(format!("does not parse: {line:?}"));
            }
            _ => {}
        }
    }
    (catalogue, problems)
}

fn walk(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_walk(expression, vars, refs);
        }
    }
}

fn expression_walk(e: &Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_walk(selector, vars, refs);
            for v in variants {
                walk(&v.value, vars, refs);
            }
        }
        Expression::Inline(inline) => inline_walk(inline, vars, refs),
    }
}

fn inline_walk(
    e: &InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            args_walk(arguments, vars, refs);
        }
        InlineExpression::TermReference { arguments, .. } => {
            if let Some(arguments) = arguments {
                args_walk(arguments, vars, refs);
            }
        }
        InlineExpression::Placeable { expression } => expression_walk(expression, vars, refs),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn args_walk(
    args: &ast::CallArguments<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    for p in &args.positional {
        inline_walk(p, vars, refs);
    }
    for n in &args.named {
        inline_walk(&n.value, vars, refs);
    }
}

/// Every id the code asks for (`t!("id"` or `i18n::text("id"`), with the
/// first place it does, under `src`.
fn asked_for(src: &Path) -> Result<BTreeMap<String, String>> {
    let mut asked = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path)?;
                for (id, line) in ids_in(&text) {
                    asked
                        .entry(id)
                        .or_insert_with(|| format!("{}:{line}", path.display()));
                }
            }
        }
    }
    Ok(asked)
}

/// The literal ids in one file, with their lines.
fn ids_in(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for opener in ["t!(", "i18n::text(", "i18n::lookup("] {
        let mut from = 0;
        while let Some(at) = text[from..].find(opener) {
            let start = from + at + opener.len();
            from = start;
            // `t!(` must not be the end of a longer name (`fmt!(`).
            let before = text[..start - opener.len()].chars().next_back();
            if opener == "t!(" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..start].trim_start().starts_with("//") {
                continue;
            }
            let rest = &text[start..];
            // lookup's first argument is the language: the id is the next literal.
            let rest = if opener == "i18n::lookup(" {
                rest.split_once(',').map_or("", |(_, r)| r)
            } else {
                rest
            };
            let rest = rest.trim_start();
            if let Some(lit) = rest.strip_prefix('"') {
                if let Some(end) = lit.find('"') {
                    let id = &lit[..end];
                    if !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_')
                    {
                        let line = text[..start].matches('\n').count() + 1;
                        out.push((id.to_owned(), line));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
    }

    /// A copy of the repo's catalogues and code, to break on purpose.
    fn copy() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        for dir in ["i18n", "src"] {
            let status = std::process::Command::new("cp")
                .args(["-r"])
                .arg(root().join(dir))
                .arg(tmp.path())
                .status()
                .unwrap();
            assert!(status.success());
        }
        tmp
    }

    #[test]
    fn the_committed_catalogues_pass() {
        let problems = check(root()).unwrap();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_message_removed_from_one_language_fails_by_name() {
        let tmp = copy();
        let de = tmp.path().join("i18n/de/unknot.ftl");
        let text = std::fs::read_to_string(&de).unwrap();
        let removed = text
            .lines()
            .find_map(|l| {
                l.split_once(" =")
                    .filter(|(id, _)| !id.starts_with([' ', '#']))
            })
            .map(|(id, _)| id.to_owned())
            .unwrap();
        // The message's line and the indented lines that continue it.
        let mut inside = false;
        let kept: String = text
            .lines()
            .filter(|l| {
                if l.starts_with(&format!("{removed} =")) {
                    inside = true;
                    return false;
                }
                inside &= l.starts_with([' ', '}']) || l.is_empty();
                !inside
            })
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&de, kept).unwrap();
        let problems = check(tmp.path()).unwrap();
        assert_eq!(problems, [format!("de: `{removed}` is missing")]);
    }

    #[test]
    fn a_changed_placeable_an_unused_message_and_bad_syntax_fail() {
        let tmp = copy();
        let en = tmp.path().join("i18n/en/unknot.ftl");
        let mut text = std::fs::read_to_string(&en).unwrap();
        text.push_str("\nnobody-asks = Nobody asks for this.\n");
        std::fs::write(&en, &text).unwrap();
        let fr = tmp.path().join("i18n/fr/unknot.ftl");
        let text = std::fs::read_to_string(&fr)
            .unwrap()
            .replace("$n", "$count")
            + "\nnobody-asks = { broken\n";
        std::fs::write(&fr, text).unwrap();
        let problems = check(tmp.path()).unwrap();
        let has = |s: &str| problems.iter().any(|p| p.contains(s));
        assert!(has("en: `nobody-asks` is used by no code"), "{problems:#?}");
        assert!(
            has("placeables {$count}, English has {$n}"),
            "{problems:#?}"
        );
        assert!(has("fr/unknot.ftl: "), "{problems:#?}");
    }

    #[test]
    fn ids_are_read_from_the_macro_and_not_from_longer_names() {
        let code = "/// `t!(\"doc\")`\nlet a = t!(\"one\");\nlet b = crate::t!(\n    \"two\", n = 1);\nfmt!(\"no\");\nlet c = i18n::lookup(lang, \"three\", None);";
        let ids: Vec<_> = ids_in(code).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["one", "two", "three"]);
    }
}
