//! The app binary is a target of `cargo test`: the end-to-end suite (scripts/e2e.sh) runs this
//! very build, so clippy, the tests and the window share one feature set and the e2e step
//! builds nothing again (a separate `cargo build -p werkpad-app` resolved other features and
//! recompiled the GTK, Tauri and sqlx crates: issue 19).

#[test]
fn the_app_binary_is_built_with_the_tests() {
    let app = std::path::Path::new(env!("CARGO_BIN_EXE_werkpad"));
    let meta = std::fs::metadata(app).expect("cargo test builds the werkpad binary");
    assert!(
        meta.is_file() && meta.len() > 0,
        "{} is an executable",
        app.display()
    );
}
