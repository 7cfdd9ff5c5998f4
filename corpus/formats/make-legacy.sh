#!/usr/bin/env bash
# Makes the legacy-format fixtures from the committed DOCX with LibreOffice: the seed as a Word
# 97–2003 .doc, as Rich Text and as OpenDocument text. Needs Debian's libreoffice-writer(-nogui).
# Run from the repository root: bash corpus/formats/make-legacy.sh
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for format in doc rtf odt; do
  timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$profile" \
    --convert-to "$format" --outdir . P1800000897.docx >/dev/null
done
