#!/usr/bin/env bash
# How `newstext batch` scales with cores: the same folder with --jobs 1 and with --jobs N (all cores by default),
# alternately, best of three each, and the ratio of their throughputs.
#
# Usage: benchmarks/batch-scaling.sh [INPUT_DIR] [--documents N] [--jobs N] [--out-on-disk] [--jit]
#
# It times the tool that `dotnet tool install` gives on this machine: the native (AOT) executable on linux-x64, the
# framework-dependent build elsewhere or with --jit.
#
# INPUT_DIR defaults to the corpus pages and PolNeAR texts in ../shared/corpus. Its *.txt files are linked (not copied)
# into a temporary folder as often as it takes to reach --documents (10,000 by default), so that the process start and
# the JIT's first minutes are a small part of each run. Output goes to a RAM disk (/dev/shm) unless --out-on-disk: on a
# virtual disk, creating one file per document costs about a millisecond of kernel time and serialises on the output
# folder, which times the disk rather than the tool.
set -euo pipefail
cd "$(dirname "$0")/.."

input=""
documents=10000
jobs=$(nproc)
out_root=/dev/shm
jit=0
while [ $# -gt 0 ]; do
  case "$1" in
    --documents) documents=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --out-on-disk) out_root=${TMPDIR:-/tmp}; shift ;;
    --jit) jit=1; shift ;;
    -*) echo "batch-scaling: unknown option $1" >&2; exit 2 ;;
    *) input=$1; shift ;;
  esac
done
[ -d "$out_root" ] || out_root=${TMPDIR:-/tmp}

work=$(mktemp -d)
out=$(mktemp -d -p "$out_root")
trap 'rm -rf "$work" "$out"' EXIT

sources=()
if [ -n "$input" ]; then
  sources=("$input")
else
  for dir in ../shared/corpus/pages ../shared/corpus/polnear-train/text; do
    [ -d "$dir" ] && sources+=("$dir")
  done
fi
[ ${#sources[@]} -gt 0 ] || { echo "batch-scaling: no input folder (pass one, or put the corpus at ../shared/corpus)" >&2; exit 2; }

per_copy=$(find "${sources[@]}" -name '*.txt' | wc -l)
[ "$per_copy" -gt 0 ] || { echo "batch-scaling: no *.txt files in ${sources[*]}" >&2; exit 2; }
copies=$(( (documents + per_copy - 1) / per_copy ))
for ((c = 0; c < copies; c++)); do
  for ((s = 0; s < ${#sources[@]}; s++)); do
    mkdir -p "$work/in/$c/$s"
    # Hard links cost no disk; a folder on another file system gets symbolic ones.
    cp -al "${sources[$s]}/." "$work/in/$c/$s/" 2>/dev/null || cp -as "$(realpath "${sources[$s]}")/." "$work/in/$c/$s/"
  done
done

if [ "$jit" = 0 ] && [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  dotnet publish src/NewsText.Cli -c Release -r linux-x64 -o "$work/tool" -v q -nologo >/dev/null
  cli=("$work/tool/NewsText.Cli")
  build="native (AOT)"
else
  dotnet build src/NewsText.Cli -c Release -v q -nologo >/dev/null
  cli=(dotnet src/NewsText.Cli/bin/Release/net10.0/NewsText.Cli.dll)
  build="framework-dependent (JIT)"
fi

# The tool's last line ends "… in S s, D documents/s"; S is the batch's own time, without the process start.
run() {
  rm -rf "$out/json"
  "${cli[@]}" batch "$work/in" --out "$out/json" --jobs "$1" 2>&1 | tail -n 1 | sed -E 's/.* in ([0-9.]+) s,.*/\1/'
}

best1="" bestn=""
for round in 1 2 3; do
  t1=$(run 1)
  tn=$(run "$jobs")
  echo "round $round: --jobs 1 ${t1} s, --jobs $jobs ${tn} s"
  best1=$(printf '%s\n%s\n' "${best1:-$t1}" "$t1" | sort -g | head -n 1)
  bestn=$(printf '%s\n%s\n' "${bestn:-$tn}" "$tn" | sort -g | head -n 1)
done

total=$(( copies * per_copy ))
awk -v d="$total" -v a="$best1" -v b="$bestn" -v j="$jobs" -v o="$out_root" -v t="$build" 'BEGIN {
  printf "%s build, %d documents, output under %s: --jobs 1 %.2f s (%.0f documents/s), --jobs %d %.2f s (%.0f documents/s): %.2f times\n",
    t, d, o, a, d / a, j, b, d / b, a / b }'
