#!/usr/bin/env bash
# Makes the bundled adilet pages' PDFs as an office typesets an act: LibreOffice Writer, A5 pages,
# justified text hyphenated at line ends (Debian's Russian patterns, hyphen-ru, the only Cyrillic
# ones it has; on the Kazakh act they break words where Russian would), paragraphs told apart by
# their first-line indent alone (no space between them), so most paragraphs run across a page
# break. The PDF reader must rejoin the hyphenated words, keep real hyphens ("азаматтық-құқықтық"),
# find the paragraphs by their indent and carry them over the page breaks (TextPdfTests).
# Needs libreoffice-writer, hyphen-ru and python3. Run from the repository root:
#   bash corpus/adilet-pdf/make-typeset.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office() { timeout 180 soffice --headless -env:UserInstallation="file://$work/profile" "$@" >/dev/null 2>&1; }

for page in ../adilet/kk/V1600014606.html ../adilet/ru/V1600014606.html ../adilet/ru/V1600014592.html; do
  language=$(basename "$(dirname "$page")")
  id=$(basename "$page" .html)
  mkdir -p "typeset/$language"
  # The act's title, status and text, each paragraph's leading no-break spaces (adilet's indent)
  # replaced by a first-line indent; a table the site's style sheet rules (no border attribute of
  # its own) ruled, the signature tables (border="0") not; the page's pixel widths dropped, as
  # they would overflow an A5 page.
  PYTHONPATH="$PWD" python3 - "$page" "$work/$id.html" <<'PY'
import re, sys
from act_html import act
slogan, article = act(sys.argv[1])
article = re.sub(r'(<p\b[^>]*>)\s*(&nbsp;)+\s*', r'\1', article)
article = re.sub(r'<p\b', '<p style="text-indent:1.25cm;margin-top:0;margin-bottom:0;text-align:justify"', article)
article = re.sub(r'(<table[^>]*?)\s*width="\d+"', r'\1', article)
article = re.sub(r'<table(?![^>]*\bborder=)', '<table border="1" cellspacing="0" cellpadding="2" width="100%"', article)
open(sys.argv[2], "w", encoding="utf-8").write(
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body>' + slogan + article + '</body></html>')
PY
  office --convert-to fodt:"OpenDocument Text Flat XML" --infilter="HTML (StarWriter)" --outdir "$work" "$work/$id.html"
  # Hyphenation on in every style, in Russian; the page A5.
  python3 - "$work/$id.fodt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
def hyphenating(tag):
    bare = re.sub(r'\s(fo:hyphenate|fo:hyphenation-[a-z-]+|fo:language|fo:country)="[^"]*"', '', tag.group(0))
    return bare.replace('<style:text-properties', '<style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2"'
                        ' fo:hyphenation-push-char-count="2" fo:language="ru" fo:country="RU"', 1)
text = re.sub(r'<style:text-properties[^>]*>', hyphenating, text)
text = text.replace('fo:page-width="8.2681in" fo:page-height="11.6929in"', 'fo:page-width="5.8268in" fo:page-height="8.2681in"')
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY
  office --convert-to pdf --outdir "$work" "$work/$id.fodt"
  mv "$work/$id.pdf" "typeset/$language/$id.pdf"
done
