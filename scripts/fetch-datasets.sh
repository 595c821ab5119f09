#!/usr/bin/env bash
# Downloads the public real datasets the project names (pollution-temp, pollution-pm25,
# melbourne-min-temp, sunspots) from their original public locations and verifies each file's
# SHA-256 against the copies the project was built and tested with. `--verify DIR` only checks the
# hashes of the files already in DIR (what CI runs).
#
# Sources (see shared/datasets/README.md and the .names files):
#   pollution.csv               UCI "Beijing PM2.5 Data" (Liang et al. 2015), CC BY 4.0
#   daily-min-temperatures.csv  Australian Bureau of Meteorology, via Hyndman's Time Series Data Library
#   monthly-sunspots.csv        Andrews & Herzberg (1985), via Hyndman's Time Series Data Library
# all three as published in the jbrownlee/Datasets collection on GitHub.
#
# Usage:
#   scripts/fetch-datasets.sh [DIR]         download into DIR and verify; DIR defaults to
#                                           $LSTMBENCH_DATA, else ../shared/datasets next to the
#                                           repository (where the project looks for them)
#   scripts/fetch-datasets.sh --verify DIR  verify the files in DIR only, download nothing
# Exit status: 0 all files present with the expected hash, 1 a file missing, unreadable, not
# downloadable or with another hash, 2 wrong usage.
set -euo pipefail

BASE_URL="https://raw.githubusercontent.com/jbrownlee/Datasets/master"
FILES=(pollution.csv daily-min-temperatures.csv monthly-sunspots.csv)

expected_sha256() {
  case "$1" in
    pollution.csv) echo 892e9559205d16d32623135c127a3951c12e46ea1e0b3093e107ce89a9fd60e2 ;;
    daily-min-temperatures.csv) echo 8b9de63ed6789492bf497625e7f9beb96a63d367b4b0a21754006f749fa5e5da ;;
    monthly-sunspots.csv) echo c4ec8cc57d9f6fb6ecdb3e1f37f25b6f4badd5124c55931052b0cd2fc3bc71f3 ;;
    *) return 1 ;;
  esac
}

usage() {
  sed -n '/^# Usage:/,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d' ' -f1
  else
    echo "fetch-datasets: neither sha256sum nor shasum is installed" >&2
    exit 1
  fi
}

# verify_file DIR NAME: prints one line, returns 0 when the hash matches.
verify_file() {
  local file="$1/$2" expected actual
  expected="$(expected_sha256 "$2")"
  if [[ ! -f "$file" ]]; then
    echo "MISSING  $file" >&2
    return 1
  fi
  if [[ ! -r "$file" ]]; then
    echo "UNREADABLE  $file" >&2
    return 1
  fi
  actual="$(sha256_of "$file")"
  if [[ "$actual" != "$expected" ]]; then
    echo "MISMATCH $file: SHA-256 is $actual, expected $expected" >&2
    return 1
  fi
  echo "OK       $file"
}

verify_all() {
  local dir="$1" failed=0 name
  for name in "${FILES[@]}"; do
    verify_file "$dir" "$name" || failed=1
  done
  return "$failed"
}

download() {
  local url="$1" target="$2"
  if command -v curl >/dev/null 2>&1; then
    curl --fail --silent --show-error --location --retry 3 --output "$target" "$url"
  elif command -v wget >/dev/null 2>&1; then
    wget --quiet --tries=3 --output-document="$target" "$url"
  else
    echo "fetch-datasets: neither curl nor wget is installed" >&2
    return 1
  fi
}

fetch_all() {
  local dir="$1" failed=0 name partial
  mkdir -p "$dir"
  for name in "${FILES[@]}"; do
    if verify_file "$dir" "$name" >/dev/null 2>&1; then
      echo "present  $dir/$name"
      continue
    fi
    partial="$dir/.$name.part"
    echo "fetching $BASE_URL/$name"
    if ! download "$BASE_URL/$name" "$partial"; then
      echo "FAILED   could not download $BASE_URL/$name" >&2
      rm -f "$partial"
      failed=1
      continue
    fi
    if [[ "$(sha256_of "$partial")" != "$(expected_sha256 "$name")" ]]; then
      echo "MISMATCH downloaded $name has SHA-256 $(sha256_of "$partial"), expected $(expected_sha256 "$name"); not kept" >&2
      rm -f "$partial"
      failed=1
      continue
    fi
    mv -f "$partial" "$dir/$name"
  done
  verify_all "$dir" || failed=1
  return "$failed"
}

main() {
  if [[ $# -ge 1 && "$1" == "--verify" ]]; then
    [[ $# -eq 2 && -n "$2" ]] || usage
    [[ -d "$2" ]] || { echo "fetch-datasets: $2 is not a directory" >&2; exit 1; }
    verify_all "$2"
    return
  fi
  case "${1:-}" in
    -h|--help) usage ;;
    -*) usage ;;
  esac
  [[ $# -le 1 ]] || usage
  local repo dir
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  dir="${1:-${LSTMBENCH_DATA:-$repo/../shared/datasets}}"
  fetch_all "$dir"
  echo "datasets are in $dir"
  if [[ -n "${1:-}" && "${LSTMBENCH_DATA:-}" != "$1" ]]; then
    echo "set LSTMBENCH_DATA=$dir so the project finds them there"
  fi
}

main "$@"
