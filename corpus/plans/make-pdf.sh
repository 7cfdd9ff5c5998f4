#!/usr/bin/env bash
# Prints each plan layout's DOCX to PDF with LibreOffice, as a ministry's Word file reaches adilet:
# a text layer, ruling lines for every cell border (merged cells leave theirs out), the header rows
# repeated on each page. Needs Debian's libreoffice-writer. Run from the repository root:
#   bash corpus/plans/make-pdf.sh
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT

for docx in *.docx; do
  timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$profile" \
    --convert-to pdf --outdir "$work" "$docx" >/dev/null
  mv "$work/${docx%.docx}.pdf" "${docx%.docx}.pdf"
done
