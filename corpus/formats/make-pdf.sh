#!/usr/bin/env bash
# Makes the PDF fixtures from the committed DOCX: the PDF LibreOffice prints of it (text layer, the
# table running over several pages with its header rows repeated), and a scan of that PDF (pages
# rasterised in grey at 200 dpi, turned slightly as a sheet on a scanner glass, no text layer).
# Also an encrypted copy of the PDF, for the bad-input tests, and the PDF of the DOCX whose signature is
# one paragraph (position on two lines, name after a tab to the right margin).
# Needs Debian's libreoffice-writer, poppler-utils, imagemagick, img2pdf and qpdf. Run from the repository root:
#   bash corpus/formats/make-pdf.sh
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$profile" "$work"' EXIT

timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$work" P1800000897.docx >/dev/null
mv "$work/P1800000897.pdf" P1800000897.pdf
timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$work" P1800000897.signature.docx >/dev/null
mv "$work/P1800000897.signature.pdf" P1800000897.signature.pdf

pdftoppm -r 200 -gray -png P1800000897.pdf "$work/page"
for page in "$work"/page-*.png; do
  # A sheet never lies square on the glass: turn each page by a little under one degree.
  convert "$page" -background white -rotate 0.6 +repage -depth 8 "$page"
done
img2pdf --output P1800000897.scan.pdf "$work"/page-*.png

qpdf --encrypt "seed-user" "seed-owner" 256 -- P1800000897.pdf P1800000897.encrypted.pdf
