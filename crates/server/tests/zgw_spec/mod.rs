//! The VNG's published OpenAPI documents (../shared/reference/zgw) as JSON Schema
//! validators for request bodies.
//!
//! OpenAPI 3.0 schemas are not quite JSON Schema, so each is turned into what a request
//! must satisfy: a `readOnly` property is what the server answers, so it is not required
//! in a request and must not be sent (its schema becomes `false`); `nullable: true` admits
//! null. Stricter than the documents on one point, on purpose: every object with
//! `properties` gets `additionalProperties: false`, so a misspelt optional field fails
//! here instead of being ignored by the server.

use std::path::PathBuf;

use serde_json::{Map, Value, json};

/// Where the documents are: ../shared/reference/zgw beside the repository.
pub fn dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/reference/zgw"
    ))
}

/// One OpenAPI document's component schemas, in their request form.
pub struct Spec {
    schemas: Value,
}

impl Spec {
    /// Read `file` (YAML); `None` when ../shared is not there.
    pub fn load(file: &str) -> Option<Self> {
        let text = std::fs::read_to_string(dir().join(file)).ok()?;
        let doc: Value = serde_norway::from_str(&text).expect("the OpenAPI document reads");
        let mut schemas = doc["components"]["schemas"].clone();
        assert!(schemas.is_object(), "{file} has component schemas");
        request_form(&mut schemas);
        Some(Self { schemas })
    }

    /// The errors of `body` against component `name` ("" for none).
    pub fn errors(&self, name: &str, body: &Value) -> Vec<String> {
        assert!(
            self.schemas.get(name).is_some(),
            "the document has a schema {name}"
        );
        let root = json!({
            "$ref": format!("#/components/schemas/{name}"),
            "components": {"schemas": self.schemas},
        });
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft7)
            .should_validate_formats(true)
            .build(&root)
            .expect("the schema compiles");
        validator
            .iter_errors(body)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect()
    }
}

/// See the module documentation.
fn request_form(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(request_form),
        Value::Object(map) => {
            for child in map.values_mut() {
                request_form(child);
            }
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                let read_only: Vec<String> = props
                    .iter()
                    .filter(|(_, p)| p.get("readOnly") == Some(&Value::Bool(true)))
                    .map(|(k, _)| k.clone())
                    .collect();
                for name in &read_only {
                    props.insert(name.clone(), Value::Bool(false));
                }
                if let Some(Value::Array(required)) = map.get_mut("required") {
                    required.retain(|r| !read_only.iter().any(|n| r == n));
                }
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            if map.remove("nullable") == Some(Value::Bool(true)) {
                admit_null(map);
            }
        }
        _ => {}
    }
}

fn admit_null(map: &mut Map<String, Value>) {
    match map.get("type").cloned() {
        Some(Value::String(t)) => {
            map.insert("type".into(), json!([t, "null"]));
            if let Some(Value::Array(e)) = map.get_mut("enum")
                && !e.contains(&Value::Null)
            {
                e.push(Value::Null);
            }
        }
        _ => {
            let inner = Value::Object(std::mem::take(map));
            map.insert("anyOf".into(), json!([inner, {"type": "null"}]));
        }
    }
}
