#!/usr/bin/env bash
# Rewrites the README's "What the measurements say" section (between <!-- results:start --> and
# <!-- results:end -->) from a results folder: the date and exact command of that run (manifest.json),
# the findings exactly as the report page prints them (lstmbench.report.findings.FindingsMarkdown,
# the same generator the page uses) and the headline chart, copied to docs/results/<folder name>.png.
# The section is never edited by hand; run this after a real experiment.
#
# usage: scripts/update-readme-results.sh [--readme FILE] [RESULTS_DIR]
#   RESULTS_DIR  default results/seed-question-pollution-temp
#   --readme     the README to rewrite (default: the repository's README.md); the chart goes to
#                docs/results/ beside that README
# Needs the built jar (mvn -B package -DskipTests). Refuses an experiment that has not finished
# (no finishedAt in manifest.json). Re-renders RESULTS_DIR/report first, so the page, the chart and
# the README say the same. Exit code 2 with one message on bad input.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readme="$root/README.md"
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --readme) readme="${2:?--readme needs a file}"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "update-readme-results: unknown option $1" >&2; exit 2 ;;
    *) [ -z "$dir" ] || { echo "update-readme-results: one results folder only" >&2; exit 2; }; dir="$1"; shift ;;
  esac
done
dir="${dir:-$root/results/seed-question-pollution-temp}"
jar="$root/harness/target/lstmbench.jar"

fail() { echo "update-readme-results: $*" >&2; exit 2; }
[ -f "$jar" ] || fail "$jar not found; build it first: mvn -B package -DskipTests"
[ -s "$dir/manifest.json" ] || fail "$dir/manifest.json is missing: not a results folder"
[ -f "$readme" ] || fail "$readme not found"
[ "$(grep -c '^<!-- results:start -->$' "$readme")" = 1 ] && [ "$(grep -c '^<!-- results:end -->$' "$readme")" = 1 ] \
  || fail "$readme needs exactly one '<!-- results:start -->' and one '<!-- results:end -->' line"

findings() { java -Djava.awt.headless=true -cp "$jar" lstmbench.report.findings.FindingsMarkdown "$@"; }

chart="$(findings headline-chart "$dir")" || exit 2   # also refuses an experiment that has not finished
"$root/scripts/lstmbench" report "$dir" >/dev/null
name="$(basename "$(cd "$dir" && pwd)")"
docs="$(dirname "$readme")/docs/results"
mkdir -p "$docs"
install -m 644 "$dir/report/$chart" "$docs/$name.png.tmp"
mv "$docs/$name.png.tmp" "$docs/$name.png"

section="$(mktemp)"
trap 'rm -f "$section" "$readme.tmp"' EXIT
{
  echo "<!-- Written by scripts/update-readme-results.sh from $name; do not edit by hand. -->"
  findings markdown "$dir" "docs/results/$name.png"
} > "$section"
awk -v section="$section" '
  $0 == "<!-- results:start -->" { print; while ((getline line < section) > 0) print line; skipping = 1; next }
  $0 == "<!-- results:end -->" { skipping = 0 }
  !skipping { print }
' "$readme" > "$readme.tmp"
mv "$readme.tmp" "$readme"
echo "update-readme-results: $readme section rewritten from $dir; chart docs/results/$name.png"
