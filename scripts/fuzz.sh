#!/usr/bin/env bash
# Fuzz the issue-21 surfaces with cargo-fuzz (libFuzzer, nightly Rust): the validators, the
# reference-data CSV importers, the JSON-lines import, the workplaces CSV import and the
# sync API's request bodies (fuzz/fuzz_targets). Not part of scripts/test.sh: a bounded run
# by hand, its figures in RELIABILITY.md. The property tests (prop_*.rs) cover the same
# surfaces in every test run.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 240 s, every target)
#
# New inputs go to ~/.cache/werkpad-fuzz-corpus/<target> (the committed seeds in
# fuzz/corpus/<target> are read, never written); a crash is saved under fuzz/artifacts/ and
# stops that target's run. Built without a sanitizer (`-s none`): the code is safe Rust
# (unsafe_code = forbid), so what is hunted is panics, failed assertions and integer
# overflow (overflow checks and debug assertions are on), at several times the speed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# The fuzz workspace's own target directory: libFuzzer builds never mix with the main one.
export CARGO_TARGET_DIR="$HOME/.cache/werkpad-fuzz-target"
secs="${1:-240}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(validators reference_csv jsonl_import workplaces_csv sync_bodies)
work="$HOME/.cache/werkpad-fuzz-corpus"
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  echo "== $t: $secs s ($(date -u +%H:%M:%S))"
  rc=0
  cargo +nightly fuzz run -s none --codegen-units 16 "$t" "$work/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -max_len=16384 -timeout=10 -print_final_stats=1 \
    >"$work/$t.log" 2>&1 || rc=$?
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss)|panicked|ERROR|SUMMARY" "$work/$t.log" || true
  [ "$rc" -eq 0 ] || { echo "$t: failed ($rc), see $work/$t.log and fuzz/artifacts/$t"; exit "$rc"; }
done
