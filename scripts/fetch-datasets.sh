#!/usr/bin/env bash
# Downloads the public real datasets the project names (pollution-temp, pollution-pm25,
# melbourne-min-temp, sunspots) from their public location and keeps each file only if its SHA-256
# is that of the copy bundled with the project. The bundled copies (in
# datasets/src/main/resources/lstmbench/datasets/named, packaged in the datasets jar) are what
# lstmbench reads unless LSTMBENCH_DATA names a folder; this script fills such a folder, restores
# the bundled copies, or with `--verify DIR` only checks the hashes of the files already in DIR.
#
# Sources, licences, row counts and hashes: README.md beside the bundled copies. Downloaded from
# the jbrownlee/Datasets collection on GitHub, which republishes them unchanged:
#   pollution.csv               UCI "Beijing PM2.5 Data" (Liang et al. 2015), CC BY 4.0
#   daily-min-temperatures.csv  Australian Bureau of Meteorology, via Hyndman's Time Series Data Library
#   monthly-sunspots.csv        Andrews & Herzberg (1985), via Hyndman's Time Series Data Library
#
# Usage:
#   scripts/fetch-datasets.sh [DIR]         download into DIR (created if needed) the files not
#                                           already there with the right hash, then verify; DIR
#                                           defaults to $LSTMBENCH_DATA if set, else the folder of
#                                           the bundled copies (so only a damaged copy is fetched)
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
  local repo bundled dir
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  bundled="$repo/datasets/src/main/resources/lstmbench/datasets/named"
  dir="${1:-${LSTMBENCH_DATA:-$bundled}}"
  fetch_all "$dir"
  echo "datasets are in $dir"
  if [[ "$dir" == "$bundled" ]]; then
    echo "these are the bundled copies: rebuild (mvn -B package -DskipTests) to package a restored file"
  elif [[ "${LSTMBENCH_DATA:-}" != "$dir" ]]; then
    echo "set LSTMBENCH_DATA=$dir so lstmbench reads them there instead of its bundled copies"
  fi
}

main "$@"
