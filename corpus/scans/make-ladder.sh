#!/usr/bin/env bash
# Makes the degradation ladder: the seed's PDF (corpus/formats/P1800000897.pdf, printed by
# LibreOffice) scanned as scanners really scan it, one PDF a level, each with no text layer but
# the "mixed" one, into artifacts/ladder/ (not committed: 50 MB; `decree bench --ocr` reads it),
# and five pages of each level but 300 and 200 (the first three, and the last two with the
# glossary) into corpus/scans/ (committed: the tests read them; the 200 dpi scan is
# corpus/formats/P1800000897.scan.pdf), with the same five pages of the text PDF, whose reading is
# their golden JSON. The levels, from kind to hard:
#   300         grey at 300 dpi, square on the glass
#   200         grey at 200 dpi, turned 0.6° (as corpus/formats/P1800000897.scan.pdf)
#   150         grey at 150 dpi, turned 0.6°
#   wrong-dpi   the 200 dpi pages, but the PDF declares 96 dpi (as many scanner drivers write):
#               the page claims to be 2.1 times A4
#   office      an office scanner: 200 dpi, each page turned 0.3–0.8° either way, grain, slight
#               blur, specks, uneven light, JPEG quality 72
#   skewed      200 dpi, pages turned up to ±5°
#   turned      200 dpi, page 2 upside down and page 3 on its side (fed the wrong way)
#   mixed       the text PDF with pages 2 and 3 replaced by their 200 dpi scans
# Every random choice is seeded, so a rerun makes the same pixels. Needs Debian's poppler-utils,
# imagemagick, img2pdf and qpdf. Run from the repository root:
#   bash corpus/scans/make-ladder.sh
set -euo pipefail
cd "$(dirname "$0")"
source=../formats/P1800000897.pdf
ladder=../../artifacts/ladder
mkdir -p "$ladder"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# render DPI FOLDER: the source's pages as grey PNGs at DPI.
render() {
  mkdir -p "$2"
  pdftoppm -r "$1" -gray -png "$source" "$2/page"
}

# turn FOLDER ANGLE...: turns page N by the Nth angle (the last one repeats), white showing at the corners.
turn() {
  local folder=$1; shift
  local angles=("$@") i=0 angle
  for page in "$folder"/page-*.png; do
    angle=${angles[$(( i < ${#angles[@]} ? i : ${#angles[@]} - 1 ))]}
    convert "$page" -background white -rotate "$angle" +repage -depth 8 "$page"
    i=$((i + 1))
  done
}

render 300 "$work/300"
img2pdf --output "$ladder"/P1800000897.300.pdf "$work/300"/page-*.png

render 200 "$work/200"
turn "$work/200" 0.6
img2pdf --output "$ladder"/P1800000897.200.pdf "$work/200"/page-*.png

render 150 "$work/150"
turn "$work/150" 0.6
img2pdf --output "$ladder"/P1800000897.150.pdf "$work/150"/page-*.png

mkdir -p "$work/wrong-dpi"
for page in "$work/200"/page-*.png; do
  convert "$page" -units PixelsPerInch -density 96 "$work/wrong-dpi/$(basename "$page")"
done
img2pdf --output "$ladder"/P1800000897.wrong-dpi.pdf "$work/wrong-dpi"/page-*.png

render 200 "$work/office"
turn "$work/office" 0.3 -0.5 0.8 -0.4 0.6 -0.7 0.35 -0.3 0.75 -0.55 0.45 -0.8 0.5 -0.65 0.4 -0.35 0.7
i=0
for page in "$work/office"/page-*.png; do
  # Grain (Gaussian noise), light falling off towards one side, a slight blur, then specks (impulse
  # noise) and JPEG's blocks at quality 72.
  convert "$page" -seed $((17 + i)) \
    \( +clone -sparse-color Barycentric "0,0 gray(100%) %[fx:w],%[fx:h] gray(88%)" \) -compose Multiply -composite \
    -attenuate 0.45 +noise Gaussian -blur 0x0.6 -attenuate 0.08 +noise Impulse \
    -colorspace Gray -depth 8 -quality 72 "${page%.png}.jpg"
  i=$((i + 1))
done
img2pdf --output "$ladder"/P1800000897.office.pdf "$work/office"/page-*.jpg

render 200 "$work/skewed"
turn "$work/skewed" -4.8 3.5 -2.2 5 -1.4 4.2 -3.1 2.6 -5 1.8 -3.8 4.6 -2.7 3.3 -4.4 2.1 -1.9
img2pdf --output "$ladder"/P1800000897.skewed.pdf "$work/skewed"/page-*.png

render 200 "$work/turned"
convert "$work/turned/page-02.png" -rotate 180 "$work/turned/page-02.png"
convert "$work/turned/page-03.png" -rotate 90 "$work/turned/page-03.png"
img2pdf --output "$ladder"/P1800000897.turned.pdf "$work/turned"/page-*.png

img2pdf --output "$work/scanned-2-3.pdf" "$work/200/page-02.png" "$work/200/page-03.png"
qpdf --deterministic-id --empty --pages "$source" 1 "$work/scanned-2-3.pdf" 1-2 "$source" 4-z -- "$ladder"/P1800000897.mixed.pdf

qpdf --deterministic-id --empty --pages "$source" 1-3,16-17 -- P1800000897.text.excerpt.pdf
for level in 150 wrong-dpi office skewed turned mixed; do
  qpdf --deterministic-id --empty --pages "$ladder/P1800000897.$level.pdf" 1-3,16-17 -- "P1800000897.$level.excerpt.pdf"
done
