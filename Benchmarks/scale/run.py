#!/usr/bin/env python3
"""`evident code` beside `evident report` at national scale (issue 17): a benchmark, not a test.

    Benchmarks/scale/run.py [--corpora bench,dense] [--sizes 50000,200000,800000] [--runs 5]
                            [--budget SECONDS] [--memory-limit GB] [--evident PATH]

For each corpus and size, runs `evident code` and then `evident report` on the same study, each
RUNS times where the time budget allows, and prints one table: wall time (the median run),
CPU time, peak resident memory, throughput of free text, coded segments, and report time as a
multiple of code time. Two corpora, both deterministic and kept out of git (generated into
${TMPDIR:-/tmp}/evident-scale-bench, kept between runs):

  bench   Benchmarks/coding/generate.py: the coding benchmark's corpus (a practitioner survey,
          ~520 bytes of free text per respondent, a 300-code codebook, ~4.5 coded segments per
          answer); the smaller sizes are prefixes of the larger.
  dense   Benchmarks/scale/make_dense_corpus.py: the same shape with six items and a broad
          codebook (~27 coded segments per answer, 10 million at 200,000 respondents).

Every run is timed from outside (wall clock; user + system CPU and peak RSS from the child's
rusage). A run whose resident memory passes --memory-limit (default: 80% of the machine) is
stopped and shown as `>limit`, so a size that no longer fits does not take the machine down; a
cell whose first run alone uses up --budget (default 900 s) runs once. The load average before
and after each cell is printed: these machines are shared, and wall time means little when the
load is high (CPU time holds better).

Standard library only. The release `evident` is built first (scratch path .build-bench) unless
--evident names one. Results are also written as JSON beside the corpora (results-<time>.json).
"""
import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(os.environ.get("TMPDIR") or "/tmp", "evident-scale-bench")


def load_average():
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


def memory_total_kb():
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                return int(line.split()[1])
    return 16 << 20


class Corpus:
    """One generated study: its manifest, its free text in bytes and its answers."""

    def __init__(self, kind, respondents):
        self.kind = kind
        self.respondents = respondents
        self.folder = os.path.join(DATA, f"{kind}-{respondents}")

    @property
    def manifest(self):
        return os.path.join(self.folder, "study.yaml" if self.kind == "bench" else "study-large.yaml")

    def generate(self):
        if os.path.exists(os.path.join(self.folder, "corpus-stats.json")):
            return
        print(f"generating the {self.kind} corpus of {self.respondents} respondents into {self.folder} ...",
              file=sys.stderr)
        os.makedirs(self.folder, exist_ok=True)
        if self.kind == "bench":
            command = [sys.executable, os.path.join(ROOT, "Benchmarks", "coding", "generate.py"), self.folder,
                       str(self.respondents)]
        else:
            command = [sys.executable, os.path.join(HERE, "make_dense_corpus.py"), str(self.respondents), self.folder]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(self.folder, "corpus-stats.json"), "w") as handle:
            json.dump(self.count_free_text(), handle)

    def count_free_text(self):
        """Free-text bytes (UTF-8) and non-empty answers, counted from the CSV itself."""
        import csv
        name = "responses.csv" if self.kind == "bench" else "corpus.csv"
        csv.field_size_limit(1 << 30)
        with open(os.path.join(self.folder, name), newline="", encoding="utf-8") as handle:
            rows = csv.reader(handle)
            header = next(rows)
            columns = [index for index, title in enumerate(header) if title.endswith("?")]
            text_bytes = answers = 0
            for row in rows:
                for index in columns:
                    if row[index].strip():
                        answers += 1
                        text_bytes += len(row[index].encode("utf-8"))
        return {"free_text_bytes": text_bytes, "answers": answers}

    @property
    def stats(self):
        with open(os.path.join(self.folder, "corpus-stats.json")) as handle:
            return json.load(handle)


class Run:
    """One timed run of a command."""

    def __init__(self, wall, cpu, rss_kb, stopped, status, stderr):
        self.wall, self.cpu, self.rss_kb, self.stopped, self.status, self.stderr = wall, cpu, rss_kb, stopped, status, stderr


def measure(command, limit_kb, timeout):
    """Runs `command`, stopping it when its resident memory passes `limit_kb` or it outlives
    `timeout` seconds; returns its wall time, CPU time and peak RSS (from its rusage)."""
    log = open(os.path.join(DATA, "stderr.log"), "w+")
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    stopped = []
    done = threading.Event()

    def watch():
        # Polls /proc, never the child itself: only os.wait4 below may reap it.
        while not done.wait(0.05):
            try:
                with open(f"/proc/{child.pid}/status") as handle:
                    rss = next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
            except OSError:
                continue
            if rss > limit_kb or time.monotonic() - start > timeout:
                stopped.append("memory" if rss > limit_kb else "time")
                os.kill(child.pid, signal.SIGKILL)
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    done.set()
    watcher.join()
    child.returncode = status
    log.seek(0)
    stderr = log.read()
    log.close()
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, stopped[0] if stopped else None, status, stderr)


def cell(evident, corpus, command, runs, budget, limit_kb):
    """Runs one command on one corpus up to `runs` times within `budget` seconds; the median
    run by wall time, the walls of every run, and the coded segments `evident code` reported."""
    output = os.path.join(corpus.folder, "out-" + command)
    measured = []
    spent = 0.0
    for index in range(runs):
        subprocess.run(["rm", "-rf", output], check=True)
        run = measure([evident, command, "--study", corpus.manifest, "--output", output], limit_kb,
                      timeout=max(budget - spent, 60))
        measured.append(run)
        spent += run.wall
        if run.stopped or run.status != 0:
            break
        if index + 1 < runs and spent + run.wall > budget:
            break
    subprocess.run(["rm", "-rf", output], check=True)
    finished = [run for run in measured if not run.stopped and run.status == 0]
    if not finished:
        failed = measured[-1]
        reason = {"memory": ">limit", "time": ">budget"}.get(failed.stopped, f"exit {failed.status >> 8}")
        if reason.startswith("exit"):
            print(failed.stderr[-2000:], file=sys.stderr)
        return {"failed": reason, "rss_kb": failed.rss_kb, "wall": failed.wall}
    median = sorted(finished, key=lambda run: run.wall)[(len(finished) - 1) // 2]
    segments = None
    for line in median.stderr.splitlines():
        if line.startswith("Coded ") and " coded segments" in line:
            # `evident code`: "... into N coded segments"; `evident report`: "...: N coded segments; ..."
            before = line.split(" coded segments")[0]
            segments = int(before.replace(",", "").split()[-1])
    return {"wall": median.wall, "cpu": median.cpu, "rss_kb": median.rss_kb, "runs": len(finished),
            "walls": [round(run.wall, 2) for run in finished], "segments": segments}


def build():
    print("building the release evident (scratch path .build-bench) ...", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", ".build-bench", "--product", "evident"],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    return os.path.join(ROOT, ".build-bench", "release", "evident")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default="bench,dense")
    parser.add_argument("--sizes", default="50000,200000,800000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=float, default=900, help="seconds per command, corpus and size")
    parser.add_argument("--memory-limit", type=float, help="GB of RSS at which a run is stopped (default: 80%% of RAM)")
    parser.add_argument("--evident", help="an evident binary to time (default: build the release one)")
    parser.add_argument("--generate-only", action="store_true", help="write the corpora and stop")
    options = parser.parse_args()
    os.makedirs(DATA, exist_ok=True)
    limit_kb = int(options.memory_limit * 1e6) if options.memory_limit else int(memory_total_kb() * 0.8)
    corpora = [Corpus(kind, int(size)) for kind in options.corpora.split(",") for size in options.sizes.split(",")]
    for corpus in corpora:
        corpus.generate()
    if options.generate_only:
        return
    evident = options.evident or build()

    print(f"machine: {os.cpu_count()} cores, {memory_total_kb() / 1e6:.1f} GB; evident: {evident}")
    print(f"runs: up to {options.runs} per cell, the median shown; budget {options.budget:.0f} s per cell; "
          f"runs stopped past {limit_kb / 1e6:.1f} GB of RSS")
    header = (f"{'corpus':<6} {'respondents':>11} {'text MB':>8} {'segments':>10} | {'code s':>7} {'MB/s':>6} "
              f"{'CPU s':>6} {'RSS MiB':>7} | {'report s':>8} {'CPU s':>7} {'RSS MiB':>7} {'×code':>6} | load before → after")
    print(header)
    print("-" * len(header))
    results = []
    for corpus in corpora:
        before = load_average()
        code = cell(evident, corpus, "code", options.runs, options.budget, limit_kb)
        report = cell(evident, corpus, "report", options.runs, options.budget, limit_kb)
        after = load_average()
        stats = corpus.stats
        megabytes = stats["free_text_bytes"] / 1e6

        def seconds(result, width):
            return f"{result['failed']:>{width}}" if "failed" in result else f"{result['wall']:>{width}.2f}"

        code_rate = f"{megabytes / code['wall']:6.1f}" if "failed" not in code else f"{'-':>6}"
        ratio = (f"{report['wall'] / code['wall']:6.1f}" if "failed" not in code and "failed" not in report
                 else f"{'-':>6}")
        segments = code.get("segments")
        print(f"{corpus.kind:<6} {corpus.respondents:>11,} {megabytes:>8.1f} "
              f"{(f'{segments:,}' if segments else '-'):>10} | {seconds(code, 7)} {code_rate} "
              f"{code.get('cpu', 0):6.2f} {code['rss_kb'] / 1024:7.0f} | {seconds(report, 8)} "
              f"{report.get('cpu', 0):7.2f} {report['rss_kb'] / 1024:7.0f} {ratio} | {before} → {after}", flush=True)
        results.append({"corpus": corpus.kind, "respondents": corpus.respondents, **stats, "code": code,
                        "report": report, "load_before": before, "load_after": after})
    path = os.path.join(DATA, time.strftime("results-%Y%m%d-%H%M%S.json"))
    with open(path, "w") as handle:
        json.dump({"evident": evident, "runs": options.runs, "results": results}, handle, indent=1)
    print(f"(every run's wall time, and the rest, in {path})")


if __name__ == "__main__":
    main()
