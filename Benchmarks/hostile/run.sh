#!/usr/bin/env bash
# Times every hostile case of issue 14 with /usr/bin/time -v: wall time and peak RSS, and the
# exit status (a refusal is exit 1 with its error). Each must stay under 5 s and 300 MB.
#
#   Benchmarks/hostile/run.sh [path/to/evident]    (default: .build/release/evident, else debug)
set -uo pipefail
cd "$(dirname "$0")/../.."
evident=${1:-}
[ -z "$evident" ] && { [ -x .build/release/evident ] && evident=.build/release/evident || evident=.build/debug/evident; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/hostile/generate.py "$work"
run() {
    local name=$1; shift
    /usr/bin/time -v -o "$work/time.txt" "$evident" "$@" >"$work/out.txt" 2>&1
    local status=$?
    local seconds rss
    seconds=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
    printf "%-28s %8s s %7d MB  exit %d  %s\n" "$name" "$seconds" $((rss / 1024)) "$status" "$(grep -m1 -E '^error|written|wrote' "$work/out.txt" | cut -c1-90)"
}
echo "evident: $evident"
run "qdpx overlap bomb" codebook convert "$work/overlap-bomb.qdpx" "$work/out.yaml"
run "qdpx duplicate project" codebook convert "$work/duplicate.qdpx" "$work/out2.yaml"
run "alias bomb 6 (lint)" codebook lint "$work/alias-bomb-6.yaml"
run "alias bomb 7 (lint)" codebook lint "$work/alias-bomb-7.yaml"
run "alias bomb 7 (convert)" codebook convert "$work/alias-bomb-7.yaml" "$work/out3.csv"
run "10 MiB, 101 repeated keys" codebook lint "$work/repeated-keys.yaml"
run "1 MiB answer (report)" report --study "$work/long-answer/study.yaml" --output "$work/long-answer-report"
run "xlsx shared strings 1 GiB" inspect "$work/shared-1gib.xlsx"
run "xlsx shared strings lying" inspect "$work/shared-lying.xlsx"
run "xlsx shared strings 200 MiB" inspect "$work/shared-200mib.xlsx"
run "xlsx entity expansion" inspect "$work/entities.xlsx"
