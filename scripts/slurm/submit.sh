#!/usr/bin/env bash
# Submits an experiment to Slurm as a job array of N single-threaded shards plus a merge job that
# runs when every shard has succeeded (--dependency=afterok). Results: OUT (merged folder and its
# report), OUT/shards/I (shard I's folder), OUT/logs (the jobs' output).
#
#   scripts/slurm/submit.sh EXP OUT N [sbatch options...] [-- lstmbench run options...]
#
#   scripts/slurm/submit.sh memory-sweep results/memory-sweep 8 --partition=short --time=2:00:00
#   scripts/slurm/submit.sh my.yaml results/mine 4 --mem=2G -- --seeds 3
#
# sbatch options apply to both jobs (and override the scripts' #SBATCH lines); options after "--"
# go to every `lstmbench run`. Shards always run with --resume: submitting the same command again
# after a failed, cancelled or timed-out task keeps every group already committed and runs the rest.
# LSTMBENCH names the lstmbench command the jobs run (default: this checkout's scripts/lstmbench,
# whose jar must be built: mvn -B package -DskipTests).
set -euo pipefail
usage() {
  echo "usage: $0 EXP OUT N [sbatch options...] [-- lstmbench run options...]" >&2
  exit 2
}
[ $# -ge 3 ] || usage
exp="$1"; out="$2"; n="$3"; shift 3
if ! [[ "$n" =~ ^[1-9][0-9]{0,5}$ ]]; then
  echo "submit.sh: N must be a positive number of shards, got '$n'" >&2
  exit 2
fi
sbatch_options=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  sbatch_options+=("$1"); shift
done
[ $# -gt 0 ] && shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lstmbench="${LSTMBENCH:-$(cd "$here/../.." && pwd)/scripts/lstmbench}"
# the jobs start in this folder (sbatch's default --chdir), but absolute paths survive a different one
[ -f "$exp" ] && exp="$(realpath "$exp")"
mkdir -p "$out/logs" "$out/shards"
out="$(realpath "$out")"
name="lstmbench-$(basename "$exp" .yaml)"

array_id="$(sbatch --parsable --array="0-$((n - 1))" --job-name="$name" --output="$out/logs/shard-%a.out" \
  "${sbatch_options[@]}" "$here/shard.sbatch" "$lstmbench" "$exp" "$out" "$@")"
array_id="${array_id%%;*}"
merge_id="$(sbatch --parsable --dependency="afterok:$array_id" --kill-on-invalid-dep=yes \
  --job-name="$name-merge" --output="$out/logs/merge.out" \
  "${sbatch_options[@]}" "$here/merge.sbatch" "$lstmbench" "$out" "$n")"
merge_id="${merge_id%%;*}"
echo "submit.sh: array job $array_id ($n shards) and merge job $merge_id (after every shard succeeds);" \
  "results in $out"
