#!/usr/bin/env python3
"""Write the sample study's double-coded subset: Surveys/coding/double-coded.csv and coverage.csv.

  python3 Scripts/sample-coding/generate.py            # write into Surveys/coding/
  python3 Scripts/sample-coding/generate.py --out DIR  # write elsewhere (to compare bytes)

Two FICTIONAL coders, "AB" (the senior researcher, used as the reference for the automatic
coding) and "CD", each code the same 60 answers by hand: 36 from practitioners-2016 (12 per
free-text question) and 24 from closure-feedback-2016 (12 per question). Everything is
deterministic (random.Random(2016)); standard library only.

How the judgements are made up, so the agreement figures look like a real pilot:
- The automatic coding of each answer comes from Scripts/sample-study/check.py's independent
  implementation of the codebook spec (its loader and matcher are imported, not copied).
- AB starts from it, drops an automatic code now and then (the automatic coding over-reaches)
  and adds a code it missed (the automatic coding under-reaches), so F1 is high but not 1.
- CD starts from AB and disagrees code by code at a rate that depends on how interpretive the
  code is: most codes rarely, the broad "wellbeing" and "communication" codes often (their
  kappa comes out poor, which is what a pilot is for: those definitions need work).
- CD did not get to two of the 60 answers (coverage.csv lists what each coder covered), so
  those answers are compared for AB only.
The script prints each code's Cohen's kappa for a quick look; `evident agree` computes the
real figures.
"""

import argparse
import csv
import importlib.util
import io
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATASETS = {"practitioners-2016": 12, "closure-feedback-2016": 12}
# How often CD disagrees with AB about a code AB applied (misses) or did not (adds).
INTERPRETIVE = {"wellbeing": 0.55, "communication": 0.5}
DEFAULT_RATE = 0.2
NOTES = {
    "wellbeing": "is this wellbeing or just 'things are better'?",
    "communication": "communication with the family, or between agencies?",
}


def load_check():
    spec = importlib.util.spec_from_file_location("check", os.path.join(ROOT, "Scripts", "sample-study", "check.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def automatic_codes(check):
    """(dataset, respondent, question) -> (answer, set of codes the automatic coding applies directly)."""
    study_path = os.path.join(ROOT, "Surveys", "study.yaml")
    study = check.load_yaml(study_path)
    base = os.path.dirname(study_path)
    scales = dict(check.BUILTIN_SCALES)
    scales.update(study.get("scales", {}) or {})
    _, options, themes = check.load_codebook(os.path.join(base, study["study"]["codebook"]))
    codes = [c for t in themes for c in t.walk()]
    units = {}
    for ds in study["datasets"]:
        if ds["id"] not in DATASETS:
            continue
        loaded = check.load_dataset(ds, base, scales, [])
        for rid, fields in loaded["usable"]:
            for question, column in loaded["free"]:
                if column is None or not fields[column].strip():
                    continue
                text = fields[column]
                found = set()
                for segment in check.sentences(text) if options["segment"] == "sentence" else [text.strip()]:
                    toks = check.tokens(segment)
                    for code in codes:
                        if code.applies(ds) and code.codes_segment(toks):
                            found.add(code.id)
                units[(ds["id"], rid, question)] = (text, found)
    return units


def choose(units, rng):
    chosen = []
    for dataset, per_question in DATASETS.items():
        questions = sorted({q for d, _, q in units if d == dataset}, key=lambda q: min(
            i for i, key in enumerate(units) if key[0] == dataset and key[2] == q))
        for question in questions:
            keys = [k for k in units if k[0] == dataset and k[2] == question]
            coded = [k for k in keys if units[k][1]]
            uncoded = [k for k in keys if not units[k][1]]
            picked = rng.sample(coded, per_question - 2) + rng.sample(uncoded, min(2, len(uncoded)))
            chosen += sorted(picked, key=keys.index)
    return chosen


def kappa(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return None if pe == 1 else (po - pe) / (1 - pe)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "Surveys", "coding"))
    args = parser.parse_args()
    rng = random.Random(2016)
    units = automatic_codes(load_check())
    chosen = choose(units, rng)
    pool = {}
    for (dataset, _, question), (_, codes) in units.items():
        pool.setdefault((dataset, question), set()).update(codes)
    ab, cd = {}, {}
    notes = {}
    skipped = {chosen[7], chosen[44]}
    for unit in chosen:
        automatic = sorted(units[unit][1])
        candidates = sorted(pool[(unit[0], unit[2])])
        mine = {c for c in automatic if rng.random() > 0.12}
        if rng.random() < 0.3:
            mine.add(rng.choice(candidates))
        ab[unit] = mine
        theirs = set()
        for code in candidates:
            rate = INTERPRETIVE.get(code, DEFAULT_RATE)
            if code in mine:
                if rng.random() >= rate:
                    theirs.add(code)
            elif rng.random() < rate * (0.35 if code in INTERPRETIVE else 0.03):
                theirs.add(code)
                if code in NOTES:
                    notes[(unit, code)] = NOTES[code]
        if unit not in skipped:
            cd[unit] = theirs

    os.makedirs(args.out, exist_ok=True)
    rows = []
    for unit in chosen:
        for coder, sheet in (("AB", ab), ("CD", cd)):
            for code in sorted(sheet.get(unit, ())):
                rows.append([unit[0], unit[1], unit[2], code, coder, notes.get((unit, code), "") if coder == "CD" else ""])
    write(os.path.join(args.out, "double-coded.csv"), ["dataset", "respondent", "question", "code_id", "coder", "note"], rows)
    coverage = [[u[0], u[1], u[2], coder] for u in chosen for coder in ("AB", "CD") if coder == "AB" or u in cd]
    write(os.path.join(args.out, "coverage.csv"), ["dataset", "respondent", "question", "coder"], coverage)

    both = [u for u in chosen if u in cd]
    for code in sorted(set().union(*ab.values(), *cd.values())):
        a = [code in ab[u] for u in both]
        b = [code in cd[u] for u in both]
        k = kappa(a, b)
        print(f"{code:<36} AB {sum(a):2d} CD {sum(b):2d} kappa {'undefined' if k is None else f'{k:5.2f}'}")
    print(f"{len(rows)} codings of {len(chosen)} answers; CD covered {len(cd)}")


def write(path, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buffer.getvalue())


if __name__ == "__main__":
    main()
