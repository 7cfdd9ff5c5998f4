#!/usr/bin/env bash
# Fuzzes one reader (text, html, docx, pdf) or the whole pipeline with afl-fuzz, through SharpFuzz,
# for a number of seconds; "all" runs every target in turn, that long each, on one build (what CI
# does, briefly):
#   scripts/fuzz.sh html 600
#   scripts/fuzz.sh all 20
# Builds the harness (tests/DecreeParser.Fuzz), instruments our assemblies and the parsers they use
# (AngleSharp, PdfPig, DocumentFormat.OpenXml) with SharpFuzz's tool, seeds afl-fuzz from corpus/,
# and prints what it did: executions, paths, crashes and hangs. Each crash or hang found is copied
# to tests/DecreeParser.Tests/Robustness/fuzz-found/TARGET/, where FuzzFoundTests keep it as a
# regression test; the script then exits 1, so that CI shows a finding.
# Needs Debian's afl++ (apt-get install afl++); the SharpFuzz tool comes from NuGet. Work files go to
# .fuzz/ (FUZZ_WORK to move them); a second run on the same folder resumes where the first stopped.
set -euo pipefail
target=${1:?usage: scripts/fuzz.sh text|html|docx|pdf|pipeline|all SECONDS}
seconds=${2:-60}
targets=(text html docx pdf pipeline)
case " ${targets[*]} all " in *" $target "*) ;; *) echo "fuzz.sh: no target '$target' (${targets[*]}, all)" >&2; exit 2 ;; esac
root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-$root/.fuzz}
command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz is missing (apt-get install afl++)" >&2; exit 2; }

# The harness, built afresh and instrumented (SharpFuzz instruments assemblies in place, once).
build=$work/build
tools=$work/tools
if [ -z "${FUZZ_BUILT:-}" ]; then
  [ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
  rm -rf "$build"
  dotnet publish "$root/tests/DecreeParser.Fuzz" -c Release -o "$build" --nologo -v quiet >/dev/null
  for dll in DecreeParser.Ingest DecreeParser.Model AngleSharp UglyToad.PdfPig UglyToad.PdfPig.Core UglyToad.PdfPig.Fonts \
             UglyToad.PdfPig.Tokenization UglyToad.PdfPig.Tokens DocumentFormat.OpenXml DocumentFormat.OpenXml.Framework; do
    if [ -f "$build/$dll.dll" ]; then "$tools/sharpfuzz" "$build/$dll.dll" >/dev/null; fi
  done
fi

if [ "$target" = all ]; then
  # A finding anywhere (1) outweighs a target that could not run (2).
  status=0
  for each in "${targets[@]}"; do
    code=0
    FUZZ_BUILT=1 "$0" "$each" "$seconds" || code=$?
    if [ "$code" -eq 1 ] || { [ "$code" -ne 0 ] && [ "$status" -eq 0 ]; }; then status=$code; fi
  done
  exit $status
fi

# Seeds: the bundled inputs of the target's kind, the smaller ones (afl-fuzz works best below 100 KB).
seeds=$work/seeds/$target
rm -rf "$seeds" && mkdir -p "$seeds"
case "$target" in
  text) patterns=("corpus/seed/*.txt" "corpus/encodings/*.txt") ;;
  html) patterns=("corpus/formats/*.html" "corpus/adilet/*/*.html" "corpus/plans/*.html") ;;
  docx) patterns=("corpus/formats/*.docx" "corpus/plans/*.docx") ;;
  pdf) patterns=("corpus/formats/P1800000897.pdf" "corpus/formats/P1800000897.signature.pdf" "corpus/plans/*.pdf") ;;
  pipeline) patterns=("corpus/seed/*.txt" "corpus/adilet/*/*.html" "corpus/plans/*.docx" "corpus/plans/*.pdf") ;;
esac
for pattern in "${patterns[@]}"; do
  for file in $root/$pattern; do
    if [ "$(stat -c %s "$file")" -le 120000 ]; then cp "$file" "$seeds/"; fi
  done
done

findings=$work/findings/$target
mkdir -p "$work/findings"
# An earlier run's queue is resumed ("-i -"), not started over.
if [ -d "$findings/default/queue" ]; then seeds=-; fi
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
  timeout $((seconds + 120)) afl-fuzz -i "$seeds" -o "$findings" -V "$seconds" -t 10000 -m none -- dotnet "$build/decree-fuzz.dll" "$target" >"$work/afl-$target.log" 2>&1 || true

stats=$findings/default/fuzzer_stats
[ -f "$stats" ] || { echo "fuzz.sh: afl-fuzz did not start; see $work/afl-$target.log" >&2; tail -20 "$work/afl-$target.log" >&2; exit 2; }
value() { sed -n "s/^$1 *: *//p" "$stats"; }
echo "$target: $(value execs_done) executions in $(value run_time) s ($(value execs_per_sec)/s), $(value corpus_count) paths, $(value saved_crashes) crashes, $(value saved_hangs) hangs"

found=$root/tests/DecreeParser.Tests/Robustness/fuzz-found/$target
new=0
for file in "$findings"/default/crashes/id:* "$findings"/default/hangs/id:*; do
  [ -f "$file" ] || continue
  kind=$(basename "$(dirname "$file")")
  name=$kind-$(sha256sum "$file" | cut -c1-16)
  [ -f "$found/$name" ] && continue
  mkdir -p "$found"
  cp "$file" "$found/$name"
  echo "found: tests/DecreeParser.Tests/Robustness/fuzz-found/$target/$name"
  new=$((new + 1))
done
[ "$new" -eq 0 ]
