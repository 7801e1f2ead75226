#!/usr/bin/env bash
# Benchmark of Evident's streaming XML reader against xmllint --stream on the same file.
#
#   Benchmarks/xml/run.sh [MEGABYTES]     (default 500)
#
# Generates a deterministic msc-xml file into /tmp (kept between runs, never committed),
# builds the driver in this folder in release mode, reads the file with it and with
# `xmllint --stream --noout`, and prints throughput (MB/s, 10^6 bytes, by wall-clock time and by
# CPU time, which holds steady on a busy machine) and peak resident memory ("Maximum resident
# set size" from /usr/bin/time -v) for each: RUNS runs of each (default 5), interleaved, the
# median shown, and the ratio of the two. Targets: >= 0.7x xmllint's speed, peak RSS < 100 MB.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
size="${1:-500}"
data="${TMPDIR:-/tmp}/evident-xml-bench"
file="$data/stories-${size}mb.xml"
mkdir -p "$data"

if [[ ! -f "$file" ]]; then
    python3 "$here/generate.py" "$file" "$size" >&2
fi
if ! command -v xmllint >/dev/null; then
    echo "xmllint is missing: apt-get install -y libxml2-utils" >&2
    exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is missing: apt-get install -y time" >&2
    exit 1
fi

swift build -c release --package-path "$here" --scratch-path "$data/build" >&2
driver="$(swift build -c release --package-path "$here" --scratch-path "$data/build" --show-bin-path)/xml-bench"
bytes=$(stat -c %s "$file")

# Runs a command under /usr/bin/time -v; prints "wall_seconds cpu_seconds rss_kb".
measure() {
    local log="$data/time.log"
    /usr/bin/time -v "$@" >"$data/stdout.log" 2>"$log"
    python3 -c 'import sys
fields = dict(line.strip().split(": ", 1) for line in open(sys.argv[1]) if ": " in line)
wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"))))
cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
print(wall, cpu, fields["Maximum resident set size (kbytes)"])' "$log"
}

report() {
    local name="$1" wall="$2" cpu="$3" rss_kb="$4"
    python3 -c 'import sys
name, size, wall, cpu, rss = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"{name:<26} {size / 1e6 / wall:7.1f} MB/s wall ({wall:6.2f} s)   {size / 1e6 / cpu:7.1f} MB/s CPU ({cpu:6.2f} s)"
      f"   peak RSS {rss / 1024:6.1f} MiB")' "$name" "$bytes" "$wall" "$cpu" "$rss_kb"
}

echo "file: $file ($(python3 -c "print(round($bytes / 1e6, 1))") MB)"
# The machine may be shared: RUNS (default 5) runs of each, interleaved, the median of each shown.
runs="${RUNS:-5}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
swift_runs=()
lint_runs=()
for ((run = 1; run <= runs; run++)); do
    swift_runs+=("$(measure "$driver" "$file")")
    cp "$data/stdout.log" "$data/driver.log"
    lint_runs+=("$(measure xmllint --stream --noout "$file")")
done
echo "driver: $(cat "$data/driver.log")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
read -r swift_wall swift_cpu swift_rss < <(median "${swift_runs[@]}")
read -r lint_wall lint_cpu lint_rss < <(median "${lint_runs[@]}")
echo "every run (wall s): evident $(printf '%s\n' "${swift_runs[@]}" | awk '{printf "%s ", $1}')| xmllint $(printf '%s\n' "${lint_runs[@]}" | awk '{printf "%s ", $1}')"
report "Evident XMLStreamReader" "$swift_wall" "$swift_cpu" "$swift_rss"
report "xmllint --stream --noout" "$lint_wall" "$lint_cpu" "$lint_rss"
python3 -c 'import sys
sw, sc, lw, lc = map(float, sys.argv[1:])
print(f"ratio to xmllint (median runs): {lw / sw:.2f}x by wall time, {lc / sc:.2f}x by CPU time (target >= 0.7x)")' \
    "$swift_wall" "$swift_cpu" "$lint_wall" "$lint_cpu"
if (( swift_rss < 100 * 1024 )); then
    echo "peak RSS under 100 MB: yes"
else
    echo "peak RSS under 100 MB: NO"
    exit 1
fi
