#!/usr/bin/env bash
# Benchmark of `evident code` (issue 4, "Speed and memory"): a benchmark, not a test.
#
#   Benchmarks/coding/run.sh [--phases] [RESPONDENTS]   (default 200000: ~100 MB of free text)
#
# Generates, deterministically (fixed seed), a plain-CSV survey of RESPONDENTS respondents x 2
# free-text answers with its manifest, and a codebook of ~300 codes / ~1,500 patterns, into
# ${TMPDIR:-/tmp}/evident-coding-bench (kept between runs, never committed); and a quarter-size
# corpus from the same generator, to see how memory grows with the corpus. Builds the release
# `evident` (scratch path .build-bench), runs `evident code` on both under /usr/bin/time -v, and
# prints end-to-end throughput (MB/s of free text, 10^6 bytes of UTF-8, and answers/s, over the
# whole process: read CSV, tokenise, match, write coded_segments.csv), the coding-only figure
# evident reports, and peak resident memory. In the same run, times a straightforward Python
# implementation of the same codebook (baseline.py: one compiled `re` per code) on the first
# PYTHON_RESPONDENTS respondents (default 2000; it runs at well under 1 MB/s, so the full corpus
# would take most of an hour; PYTHON_RESPONDENTS=all runs it all), and prints the ratio.
# The big corpus runs RUNS times (default 5): the median run is the figure, the fastest and every
# wall time are printed beside it (these machines are shared). Targets: >= 100 MB/s end to end on
# a 2-core machine (median run); memory independent of corpus size beyond
# the results. CPU seconds (user + system) are printed beside wall time: on a machine others are
# using, MB/s per CPU-second says what one free core does.
#
# --phases also builds the driver package beside this script (Package.swift, Sources/coding-bench)
# and prints the time, CPU and memory of each stage (load, segment, tokenise, code on one core
# and on all, render, write). For a profile: coding-bench STUDY OUT --profile-coding under
# `perf record -g`.
set -euo pipefail

phases=false
if [[ "${1:-}" == --phases ]]; then
    phases=true
    shift
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
respondents="${1:-200000}"
quarter=$((respondents / 4))
python_respondents="${PYTHON_RESPONDENTS:-2000}"
data="${TMPDIR:-/tmp}/evident-coding-bench"
mkdir -p "$data"

for tool in /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y time python3)" >&2; exit 1; }
done

corpus() { echo "$data/corpus-$1"; }
for count in "$respondents" "$quarter"; do
    if [[ ! -f "$(corpus "$count")/corpus.json" ]]; then
        echo "generating $count respondents into $(corpus "$count") ..." >&2
        python3 "$here/generate.py" "$(corpus "$count")" "$count"
    fi
done

echo "building the release evident (scratch path .build-bench) ..." >&2
(cd "$root" && swift build -c release --scratch-path .build-bench --product evident >&2)
evident="$root/.build-bench/release/evident"

# Runs a command under /usr/bin/time -v; sets seconds, cpu (user + system) and rss_kb; keeps its
# stderr in $data/stderr.log.
measure() {
    /usr/bin/time -v "$@" >"$data/stdout.log" 2>"$data/stderr.log"
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/stderr.log")
    cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$data/stderr.log")
    seconds=$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$data/stderr.log" | python3 -c '
import sys
parts = sys.stdin.read().strip().split(":")
print(sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts))))')
}

field() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1/corpus.json" "$2"; }

run_evident() {
    local dir="$1"
    rm -rf "$dir/out"
    measure "$evident" code --study "$dir/study.yaml" --output "$dir/out"
    coding_line=$(grep '^Coded ' "$data/stderr.log" || true)
    segments=$(($(wc -l <"$dir/out/coded_segments.csv") - 1))
}

printf 'machine: %s cores, %s; load average %s\n' "$(nproc)" "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
big="$(corpus "$respondents")"
small="$(corpus "$quarter")"
bytes=$(field "$big" free_text_bytes)
answers=$(field "$big" nonempty_answers)
printf 'corpus: %s respondents, %s non-empty answers, %.1f MB of free text; codebook: %s codes, %s patterns\n' \
    "$respondents" "$answers" "$(python3 -c "print($bytes / 1e6)")" "$(field "$big" codes)" "$(field "$big" patterns)"

# The machine may be shared: run the big corpus RUNS times (default 5) and report the median run
# (by wall time) and the fastest, with every wall time.
runs="${RUNS:-5}"
walls=()
for ((run = 1; run <= runs; run++)); do
    run_evident "$big"
    walls+=("$seconds $cpu $rss_kb $segments")
    [[ $run -eq 1 ]] && first_line=$coding_line
done
median_index=$(( (runs - 1) / 2 ))
read -r big_seconds big_cpu big_rss big_segments < <(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$((median_index + 1))p")
read -r best_seconds _ < <(printf '%s\n' "${walls[@]}" | sort -n | head -1)
all_walls=$(printf '%s\n' "${walls[@]}" | awk '{printf "%s%.2f", (NR > 1 ? ", " : ""), $1}')
big_line=$first_line
run_evident "$small"
small_rss=$rss_kb small_segments=$segments
small_bytes=$(field "$small" free_text_bytes)

if [[ "$python_respondents" == all ]]; then python_respondents=$respondents; fi
measure python3 "$here/baseline.py" "$big/codebook.json" "$big/responses.csv" "$data/baseline.csv" "$python_respondents"
python_json=$(cat "$data/stdout.log")
python_rss=$rss_kb python_cpu=$cpu

measure wc -w "$big/responses.csv"
wc_seconds=$seconds
csv_bytes=$(stat -c %s "$big/responses.csv")

python3 - "$bytes" "$answers" "$big_seconds" "$big_rss" "$big_segments" "$small_bytes" "$small_rss" \
    "$small_segments" "$python_json" "$python_rss" "$wc_seconds" "$csv_bytes" "$big_line" "$big_cpu" "$python_cpu" \
    "$best_seconds" "$all_walls" "$runs" <<'EOF'
import json, sys
(bytes_, answers, seconds, rss, segments, small_bytes, small_rss, small_segments, py, py_rss, wc_s, csv_bytes,
 line, cpu, py_cpu, best, walls, runs) = sys.argv[1:]
best = float(best)
bytes_, answers, segments, small_segments = int(bytes_), int(answers), int(segments), int(small_segments)
seconds, wc_s, cpu, py_cpu = float(seconds), float(wc_s), float(cpu), float(py_cpu)
rss, small_rss, py_rss, small_bytes, csv_bytes = int(rss), int(small_rss), int(py_rss), int(small_bytes), int(csv_bytes)
py = json.loads(py)
mbps = bytes_ / 1e6 / seconds
py_mbps = py["free_text_bytes"] / 1e6 / py["seconds"]
print(f"evident code, end to end : {mbps:8.1f} MB/s  {answers / seconds:10.0f} answers/s  {seconds:7.2f} s  "
      f"peak RSS {rss / 1024:7.1f} MiB  ({segments} coded segments; the median of {runs} runs)")
print(f"  fastest run            : {bytes_ / 1e6 / best:8.1f} MB/s  {best:7.2f} s  (every run: {walls} s)")
print(f"  CPU                    : {cpu:7.2f} s user + system, {bytes_ / 1e6 / cpu:.1f} MB/s per CPU-second")
print(f"  evident's own figure   : {line} (first run)")
print(f"  quarter-size corpus    : peak RSS {small_rss / 1024:7.1f} MiB  ({small_segments} coded segments, "
      f"{small_bytes / 1e6:.1f} MB of free text)")
slope = (rss - small_rss) * 1024 / max(1, bytes_ - small_bytes)
print(f"  memory growth          : {slope:.2f} bytes of RSS per byte of free text between the two corpora "
      f"({(rss - small_rss) * 1024 / max(1, segments - small_segments):.0f} bytes per extra coded segment)")
print(f"python baseline (re)     : {py_mbps:8.3f} MB/s  {py['answers'] / py['seconds']:10.0f} answers/s  "
      f"{py['seconds']:7.2f} s on the first {py['respondents']} respondents ({py['free_text_bytes'] / 1e6:.1f} MB), "
      f"peak RSS {py_rss / 1024:.1f} MiB")
print(f"ratio                    : evident is {mbps / py_mbps:,.0f}x the Python baseline by wall time, "
      f"{(bytes_ / cpu) / (py['free_text_bytes'] / py_cpu):,.0f}x per CPU-second")
print(f"wc -w on the CSV         : {csv_bytes / 1e6 / wc_s:8.1f} MB/s of CSV (a floor for reading and splitting words)")
verdict = "meets" if mbps >= 100 else "misses"
print(f"target >= 100 MB/s end to end: {verdict} (median run)")
EOF

if $phases; then
    echo "building the phase driver ..." >&2
    swift build -c release --package-path "$here" --scratch-path "$data/driver-build" >&2
    rm -rf "$data/driver-out"
    "$data/driver-build/release/coding-bench" "$big/study.yaml" "$data/driver-out"
fi
