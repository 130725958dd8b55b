//! The house drawing: which of this crate's modules may use which, checked on the source.
//!
//! The store is the floor (pool, writer, keys, audit, outbox, retention); the areas
//! (intake, matching, statements, sync) stand on it and reach each other only through the
//! store's accessors; the session stands on top. A `use crate::x` that breaks the order
//! fails this test, naming the file, so an import loop cannot creep back in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every top-level module with the modules it may use. A module not listed may not be used
/// by anyone but the session and tests.
const ALLOWED: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("i18n", &["error"]),
    ("store", &["error", "i18n"]),
    ("settings", &["error", "store", "statements", "subsidies"]),
    ("intake", &["error", "store"]),
    ("matching", &["error", "store", "demo"]),
    ("statements", &["error", "i18n", "store"]),
    ("sync", &["error", "store"]),
    ("subsidies", &["error", "store"]),
    ("reports", &["error", "i18n", "store", "sync", "statements"]),
    ("requests", &["error", "store"]),
    ("verzuim", &["error", "store"]),
    ("learning", &["error", "store"]),
    ("surveys", &["error", "store"]),
    ("demo", &["error", "store"]),
    ("import", &["error", "store"]),
    (
        "session",
        &["error", "store", "sync", "statements", "demo", "settings"],
    ),
];

/// The source files of one top-level module, tests left out.
fn files_of(src: &Path, module: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let file = src.join(format!("{module}.rs"));
    if file.exists() {
        out.push(file);
    }
    let mut dirs = vec![src.join(module)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "tests" {
                    dirs.push(path);
                }
            } else if name.ends_with(".rs") && name != "tests.rs" && !name.ends_with("_tests.rs") {
                out.push(path);
            }
        }
    }
    out
}

/// The top-level modules a file names as `crate::x`, up to its unit tests.
fn uses(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).expect("source file");
    let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let name: String = code[i + 7..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        found.insert(name);
    }
    found
}

#[test]
fn modules_use_only_the_layers_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let top: BTreeSet<&str> = allowed.keys().copied().collect();
    let mut broken = Vec::new();
    for (module, may) in &allowed {
        let files = files_of(&src, module);
        assert!(!files.is_empty(), "no source for module {module}");
        for file in files {
            for used in uses(&file) {
                let known = top.contains(used.as_str());
                if known && used != *module && !may.contains(&used.as_str()) {
                    broken.push(format!("{} uses crate::{used}", file.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "layering broken:\n{}", broken.join("\n"));
}

#[test]
fn the_allowed_uses_have_no_loop() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    // Depth-first search for a back edge.
    fn visit<'a>(
        m: &'a str,
        allowed: &BTreeMap<&'a str, &'a [&'a str]>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(m) {
            return;
        }
        assert!(!path.contains(&m), "loop: {} -> {m}", path.join(" -> "));
        path.push(m);
        for next in allowed.get(m).copied().unwrap_or(&[]) {
            visit(next, allowed, path, done);
        }
        path.pop();
        done.insert(m);
    }
    let mut done = BTreeSet::new();
    for m in allowed.keys() {
        visit(m, &allowed, &mut Vec::new(), &mut done);
    }
}
