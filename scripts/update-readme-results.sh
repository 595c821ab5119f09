#!/usr/bin/env bash
# Rewrites a README section (between <!-- NAME:start --> and <!-- NAME:end -->; NAME is "results",
# "What the measurements say", unless --section says otherwise) from a results folder: the date and
# exact command of that run (manifest.json), the findings exactly as the report page prints them
# (lstmbench.report.findings.FindingsMarkdown, the same generator the page uses) and the headline
# chart (the lag chart for a memory sweep), copied to docs/results/<folder name>.png.
# The section is never edited by hand; run this after a real experiment.
#
# usage: scripts/update-readme-results.sh [--readme FILE] [--section NAME] [--summary] [RESULTS_DIR]
#   RESULTS_DIR  default results/seed-question-pollution-temp
#   --readme     the README to rewrite (default: the repository's README.md); the chart goes to
#                docs/results/ beside that README
#   --section    the markers' NAME (default results; the memory sweep goes to "memory")
#   --summary    experiment-wide findings only (a sweep over many datasets: the page has the rest)
# Needs the built jar (mvn -B package -DskipTests). Refuses an experiment that has not finished
# (no finishedAt in manifest.json). Re-renders RESULTS_DIR/report first, so the page, the chart and
# the README say the same. Exit code 2 with one message on bad input.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readme="$root/README.md"
dir=""
marker="results"
kind="markdown"
while [ $# -gt 0 ]; do
  case "$1" in
    --readme) readme="${2:?--readme needs a file}"; shift 2 ;;
    --section) marker="${2:?--section needs a name}"; shift 2 ;;
    --summary) kind="summary"; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
[[ "$marker" =~ ^[a-z][a-z0-9-]*$ ]] || fail "--section must be lower-case letters, digits and -, was '$marker'"
start="<!-- $marker:start -->"
end="<!-- $marker:end -->"
[ "$(grep -cxF "$start" "$readme")" = 1 ] && [ "$(grep -cxF "$end" "$readme")" = 1 ] \
  || fail "$readme needs exactly one '$start' and one '$end' line"

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
  findings "$kind" "$dir" "docs/results/$name.png"
} > "$section"
awk -v section="$section" -v start="$start" -v end="$end" '
  $0 == start { print; while ((getline line < section) > 0) print line; skipping = 1; next }
  $0 == end { skipping = 0 }
  !skipping { print }
' "$readme" > "$readme.tmp"
mv "$readme.tmp" "$readme"
echo "update-readme-results: $readme section rewritten from $dir; chart docs/results/$name.png"
