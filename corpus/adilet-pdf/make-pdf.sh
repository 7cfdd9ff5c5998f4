#!/usr/bin/env bash
# Makes the bundled adilet pages' PDFs as adilet offers an act for download: the act's title, status
# and text (the page's `.slogan` block and its <article>, nothing of the site around them) printed
# by Chromium to A4 with its running header (date, title) and footer (address, page "N/M") on every
# page, the lines a PDF reader must drop. For the text-PDF tests: the same act from its HTML and from
# its PDF must give the same title, points, notes and signatory.
# Needs Debian's chromium and python3. Run from the repository root:
#   bash corpus/adilet-pdf/make-pdf.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for page in ../adilet/kk/V1600014606.html ../adilet/ru/V1600014606.html ../adilet/ru/V1600014592.html; do
  language=$(basename "$(dirname "$page")")
  id=$(basename "$page" .html)
  mkdir -p "$language"
  PYTHONPATH="$PWD" python3 - "$page" "$work/$id.$language.html" <<'PY'
import sys
from act_html import act
slogan, article = act(sys.argv[1])
title = slogan[slogan.index('<h1>') + 4:slogan.index('</h1>')]
open(sys.argv[2], "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
    '<style>body{font-family:"Times New Roman",serif;font-size:12pt;margin:0 1.5cm} p{text-align:justify;margin:0 0 4pt}'
    ' h1{font-size:13pt;text-align:center} table{border-collapse:collapse} td,th{border:1px solid #000;padding:2pt;font-size:10pt}</style>'
    '</head><body>' + slogan + article + '</body></html>')
PY
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
    --print-to-pdf="$language/$id.pdf" "file://$work/$id.$language.html" 2>/dev/null
done
