#!/usr/bin/env bash
# Whole-process time of writing a C# client for one spec, as a user runs each tool from a shell:
#   pulseticgen generate (this repo's tool package, packed and installed as a user installs it), NSwag's CLI (NSwag.ConsoleCore 14.8.0, openapi2csclient)
#   and Kiota's CLI (1.38.0, pinned in .config/dotnet-tools.json). Start-up and JIT are included, as a user pays them.
#
#   benchmarks/process-times.sh [spec-name ...]      (default: github stripe pulsetic; runs 7 times each, median)
#
# The three tools run interleaved (one run of each, then the next round), so load on a shared machine hits all alike.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${PULSETICGEN_CORPUS:-/work/shared/specs/corpus}"
scratch="${PULSETICGEN_SCRATCH:-/tmp/pulseticgen-process}"
runs="${RUNS:-7}"
mkdir -p "$scratch"

cd "$repo/benchmarks" && dotnet tool restore >/dev/null
[ -x "$scratch/tools/nswag" ] || dotnet tool install NSwag.ConsoleCore --version 14.8.0 --tool-path "$scratch/tools" >/dev/null
rm -rf "$scratch/feed" "$scratch/pulseticgen"
dotnet pack "$repo/generator/PulseticGen.Tool" -c Release -nologo -v q -o "$scratch/feed" >/dev/null
dotnet tool install PulseticGen.Tool --version 0.1.0 --add-source "$scratch/feed" --tool-path "$scratch/pulseticgen" >/dev/null

# shellcheck source=spec-paths.sh
source "$repo/benchmarks/spec-paths.sh"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || echo "FAILED: $*" >&2; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "| Spec | pulseticgen generate | NSwag CLI | Kiota CLI | NSwag / ours | Kiota / ours |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${@:-github stripe pulsetic}"; do
  for spec_name in $name; do
    spec="$(spec_path "$spec_name")"
    : > "$scratch/ours.txt"; : > "$scratch/nswag.txt"; : > "$scratch/kiota.txt"
    for ((i = 0; i < runs; i++)); do
      seconds "$scratch/pulseticgen/pulseticgen" generate "$spec" -o "$scratch/out-ours" >> "$scratch/ours.txt"
      seconds "$scratch/tools/nswag" openapi2csclient "/input:$spec" "/output:$scratch/out-nswag.cs" >> "$scratch/nswag.txt"
      seconds dotnet kiota generate -l CSharp -d "$spec" -o "$scratch/out-kiota" --clean-output --log-level Error >> "$scratch/kiota.txt"
    done
    ours=$(median < "$scratch/ours.txt"); nswag=$(median < "$scratch/nswag.txt"); kiota=$(median < "$scratch/kiota.txt")
    printf '| %s | %.2f s | %.2f s | %.2f s | %.1f× | %.1f× |\n' "$spec_name" "$ours" "$nswag" "$kiota" \
      "$(echo "$nswag / $ours" | bc -l)" "$(echo "$kiota / $ours" | bc -l)"
  done
done
