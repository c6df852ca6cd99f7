#!/usr/bin/env bash
# Cold start of the CLI: N runs of `./denominator -u file:$TMP/mock.json zone list`.
# Usage: benchmarks/cli-cold-start.sh [RUNS]   (default 20). Uses hyperfine when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cmd="$root/denominator -u file:$tmp/mock.json zone list"

# build if needed and seed the store, outside the measurement
HOME="$tmp" $cmd >/dev/null 2>&1

if command -v hyperfine >/dev/null; then
  HOME="$tmp" hyperfine --warmup 3 --runs "$runs" --style basic --output null "$cmd"
  exit
fi

times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  HOME="$tmp" $cmd >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v cmd="$cmd" '
  { sum += $1; if (NR == 1) min = $1 }
  END { printf "%s\n  mean %.0f ms, min %d ms over %d runs\n", cmd, sum / NR, min, NR }'
