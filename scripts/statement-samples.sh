#!/usr/bin/env bash
# Renders one sample of every statement (fictitious data) and writes PNGs of their pages
# to docs/statements/, so a reader can see what Werkpad prints. Needs poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/werkpad-target}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
WERKPAD_SAMPLES_DIR="$tmp" cargo test -q -p werkpad-core --lib --locked \
  statements::tests::write_statement_samples -- --ignored
mkdir -p docs/statements
rm -f docs/statements/*.png
for pdf in "$tmp"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -png -r 60 "$pdf" "docs/statements/$name"
done
# Issue 22 keeps the PDFs themselves too (loonwaarde report signed and draft, beschikking).
cp "$tmp"/rapport-loonwaardebepaling*.pdf "$tmp"/beschikking-loonkostensubsidie.pdf docs/statements/
# Issue 23 too: the request to UWV and the warning letter after verzuim.
cp "$tmp"/uwv-aanvraag.pdf "$tmp"/verzuim-waarschuwing.pdf docs/statements/
ls docs/statements
