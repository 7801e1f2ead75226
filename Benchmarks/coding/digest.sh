#!/usr/bin/env bash
# The coding engine's differential guard: codes the benchmark corpus and the sample study under
# several codebooks and options and compares a digest of every coded segment with digests.txt
# (recorded from the engine before the speed work). Prints the differences and exits 1 if any.
#
#   Benchmarks/coding/digest.sh [--time ROUNDS] [--only NAME] [--dump DIR]
#
# Needs run.sh's corpus (${TMPDIR:-/tmp}/evident-coding-bench/corpus-200000). Builds coding-digest
# into SCRATCH (default .build-digest at the repository root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${TMPDIR:-/tmp}/evident-coding-bench"
corpus="$data/corpus-200000"
scratch="${SCRATCH:-$root/.build-digest}"
[[ -f "$corpus/responses.csv" ]] || python3 "$here/generate.py" "$corpus" 200000
snapshot="$data/sample-50acadb"
if [[ ! -d "$snapshot/Surveys" ]]; then
    mkdir -p "$snapshot"
    git -C "$root" archive 50acadb Codebooks Surveys | tar -x -C "$snapshot"
fi
swift build -c release --package-path "$here" --scratch-path "$scratch" --product coding-digest >&2
out="$(mktemp)"
"$scratch/release/coding-digest" "$corpus" "$snapshot" "$@" | tee "$out"
status=0
while read -r line; do
    name="${line%% *}"
    expected="$(grep "^$name " "$here/digests.txt" || true)"
    if [[ "$line" != "$expected" ]]; then
        echo "DIFFERS: $name" >&2
        echo "  expected: $expected" >&2
        status=1
    fi
done < <(grep ' digest ' "$out")
rm -f "$out"
[[ $status == 0 ]] && echo "all digests as recorded" >&2
exit $status
