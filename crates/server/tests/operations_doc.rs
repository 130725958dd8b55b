//! docs/operations.md documents every settings key: each key of `Settings` (and of its
//! tables, as `table.key`) appears there in backticks with its `WERKPAD__` environment form.
//! Adding a setting without documenting it fails here.

use std::path::Path;

use werkpad_server::Settings;

/// Every key of the default settings: `pool_size`, and `zgw.auteur` for a key in a table.
fn keys() -> Vec<String> {
    let value = serde_json::to_value(Settings::default()).expect("settings serialise");
    let mut keys = Vec::new();
    for (key, value) in value.as_object().expect("a table") {
        match value {
            // A table of settings (`[zgw]`): its keys, not the table. A map whose keys
            // are the operator's own (zgw.informatieobjecttypen) is a value, empty by default.
            serde_json::Value::Object(inner) if !inner.is_empty() => {
                keys.extend(inner.keys().map(|k| format!("{key}.{k}")));
            }
            _ => keys.push(key.clone()),
        }
    }
    keys
}

fn operations_md() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/operations.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_settings_key_is_documented_with_its_environment_form() {
    let doc = operations_md();
    let keys = keys();
    assert!(keys.len() >= 20, "the settings were read: {keys:?}");
    let mut missing = Vec::new();
    for key in &keys {
        if !doc.contains(&format!("`{key}`")) {
            missing.push(format!("{key}: no row `{key}` in docs/operations.md"));
        }
        let env = format!("WERKPAD__{}", key.replace('.', "__").to_uppercase());
        if !doc.contains(&format!("`{env}`")) {
            missing.push(format!("{key}: its environment form `{env}` is not named"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_documented_defaults_match_the_code() {
    // The rows hold the default in the second column: `| `key` | `default` | ...`.
    let doc = operations_md();
    let value = serde_json::to_value(Settings::default()).expect("settings serialise");
    let mut wrong = Vec::new();
    for key in keys() {
        let default = key
            .split('.')
            .try_fold(&value, |v, k| v.get(k))
            .expect("key of the defaults");
        let shown = match default {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => "(none)".into(),
            other => other.to_string(),
        };
        let row = doc
            .lines()
            .find(|line| line.starts_with(&format!("| `{key}` |")));
        match row {
            Some(row) if row.contains(&format!("`{shown}`")) => {}
            Some(row) => wrong.push(format!("{key}: default `{shown}` not in {row}")),
            None => wrong.push(format!("{key}: no table row")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
