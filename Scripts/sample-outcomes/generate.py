#!/usr/bin/env python3
"""Generate the sample study's outcome data and two neighbouring councils' data (all fictional).

Writes, into Surveys/outcomes/ (Northmoor's, read by Surveys/study.yaml):
  family-star-plus-2016.csv      a Family Star Plus tracker export: one row per reading, about 300
                                 families, start and review readings over the ten domains, messy
                                 as trackers are (see Surveys/outcomes/README.md)
  case-outcomes-2016.csv         one row per case: opened, closed, closure reason, social care
                                 during / after, re-referral date
  family-review-feedback-2016.csv  what families said at their review reading, with their case id

and, with --neighbours DIR, two neighbouring councils' studies (Wyvern, Saltmarsh) into DIR: each
a study.yaml, a practitioner survey in two waves, readings and case outcomes. Their summary.json,
made by `evident report`, is what Surveys/region/ keeps (Scripts/sample-outcomes/neighbours).

Standard library only, fixed seeds: running it twice gives byte-identical files.
Usage:  python3 Scripts/sample-outcomes/generate.py [--out DIR] [--neighbours DIR]
"""

import argparse
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Scripts", "sample-study"))
import bank  # noqa: E402  (the sample study's invented free text)

DOMAINS = [
    "Physical health", "Your well-being", "Meeting emotional needs", "Keeping your children safe",
    "Social networks", "Education and learning", "Boundaries and behaviour", "Family routine",
    "Home and money", "Progress to work",
]
LOCALITIES = ["North", "Central", "East Vale", "Riverside", "West Moors"]
SERVICES = ["Family Support Team", "Targeted Youth Support", "Children's Centre outreach"]
CLOSURE = [  # reason, how likely given the case's progress (low, middle, high)
    ("Needs met", (0.25, 0.55, 0.8)),
    ("Needs partly met", (0.3, 0.3, 0.15)),
    ("Needs not met", (0.25, 0.08, 0.02)),
    ("Moved out of area", (0.1, 0.05, 0.03)),
    ("Stepped up to social care", (0.1, 0.02, 0.0)),
]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def csv_field(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_text(header, rows, newline="\r\n"):
    return newline.join(",".join(csv_field(f) for f in row) for row in [header] + rows) + newline


def dmy(day):
    return day.strftime("%d/%m/%Y")


# ---------------------------------------------------------------------------------------------
# Families: a start reading, usually a review, sometimes a second review
# ---------------------------------------------------------------------------------------------
# How readily each domain moves when a family works on it (Progress to work slowest, Boundaries
# and behaviour and Family routine quickest), roughly the order of the published dashboards.
DOMAIN_EFFECT = [0.7, 1.0, 0.95, 1.1, 0.85, 0.8, 1.3, 1.15, 0.8, 0.55]


def families(rng, n, first_id, prefix, year, lift):
    """Each family's case id, attributes, readings [(date, scores)] and case dates.

    Not every family progresses, nor in every domain, as in the published evaluations (about
    three in four progressing in one domain or more, a third making higher than average
    progress): 30% of families do not engage (their readings barely move); an engaged family
    works on about 60% of the domains, each moving by the family's lift times the domain's
    `DOMAIN_EFFECT`; the other domains mostly stay where they were (8% move a point either way).
    """
    out = []
    for k in range(n):
        case_id = f"{prefix}{first_id + k}"
        locality = rng.choice(LOCALITIES)
        service = weighted(rng, [(SERVICES[0], 6), (SERVICES[1], 2), (SERVICES[2], 2)])
        opened = dt.date(year, 1, 4) + dt.timedelta(days=rng.randrange(0, 200))
        start = opened + dt.timedelta(days=rng.randrange(7, 35))
        level = rng.gauss(4.6, 1.1)
        engaged = rng.random() < 0.7
        if engaged:
            case_lift = rng.gauss(lift + (0.4 if service == SERVICES[0] else 0.0) - (0.5 if locality == "Riverside" else 0.0), 0.9)
        else:
            case_lift = rng.gauss(-0.1, 0.4)
        noise = 0.8 if engaged else 0.4
        first = [clamp(round(rng.gauss(level, 1.3)), 1, 10) for _ in DOMAINS]
        change = []
        for effect in DOMAIN_EFFECT:
            if rng.random() < 0.6:
                change.append(case_lift * effect + rng.gauss(0, noise))
            else:
                change.append(0.0 if rng.random() > 0.08 else rng.choice((-1.0, 1.0)))
        readings = [(start, first)]
        reviews = weighted(rng, [(0, 10), (1, 78), (2, 12)])
        day, scores = start, first
        for r in range(reviews):
            day = day + dt.timedelta(days=rng.randrange(70, 180))
            part = (r + 1) / reviews
            scores = [clamp(round(s0 + part * c + rng.gauss(0, 0.3)), 1, 10) for s0, c in zip(first, change)]
            readings.append((day, scores))
        closed = day + dt.timedelta(days=rng.randrange(5, 60)) if rng.random() < 0.93 else None
        out.append(dict(case=case_id, locality=locality, service=service, opened=opened, closed=closed,
                        readings=readings, lift=case_lift))
    return out


def readings_export(rng, fams):
    """The tracker's rows, with its faults (README): blank domains, unapproved and undated
    readings, rows out of date order, a duplicate, a typo'd value."""
    header = ["Family ID", "Locality", "Lead service", "Reading date", "Reading", *DOMAINS, "Worker approved"]
    rows = []
    for fam in fams:
        for index, (day, scores) in enumerate(fam["readings"]):
            cells = [str(s) for s in scores]
            if rng.random() < 0.18:
                cells[9] = ""  # Progress to work: not applicable
            if rng.random() < 0.03:
                cells[rng.randrange(9)] = ""
            label = "Start" if index == 0 else f"Review {index}"
            approved = "Yes" if rng.random() > 0.035 else "No"
            rows.append([fam["case"], fam["locality"], fam["service"], dmy(day), label, *cells, approved])
    # Exported by worker, not by date: a few families' reviews come before their start.
    swaps = rng.sample(range(len(rows) - 1), 9)
    for i in swaps:
        if rows[i][0] == rows[i + 1][0]:
            rows[i], rows[i + 1] = rows[i + 1], rows[i]
    rows[17][3] = ""                                   # a reading with no date
    rows.insert(40, list(rows[39]))                    # the same reading entered twice
    rows[63][5 + 2] = "6`"                             # a typo'd value
    rows[88][5 + 4] = "11"                             # out of range
    rows[88][15] = "Yes"
    return csv_text(header, rows)


def case_outcomes(rng, fams, year, extra=()):
    header = ["Family ID", "Locality", "Date opened", "Date closed", "Closure reason", "Social care during",
              "Social care after", "Re-referral date"]
    rows = []
    for fam in list(fams) + list(extra):
        band = 0 if fam["lift"] < 1 else (1 if fam["lift"] < 2.2 else 2)
        closed = fam["closed"]
        reason = weighted(rng, [(r, w[band]) for r, w in CLOSURE]) if closed else ""
        during = "Yes" if reason == "Stepped up to social care" or (closed and rng.random() < 0.03) else "No"
        after = "Yes" if closed and during == "No" and rng.random() < (0.10, 0.05, 0.02)[band] else "No"
        rereferral = ""
        if closed and rng.random() < (0.22, 0.12, 0.06)[band]:
            rereferral = dmy(closed + dt.timedelta(days=rng.randrange(20, 420)))
        rows.append([fam["case"], fam["locality"], dmy(fam["opened"]), dmy(closed) if closed else "", reason,
                     during, after, rereferral])
    return csv_text(header, rows)


def review_feedback(rng, fams):
    """Families' answers at their last review: more progress, more said about what changed."""
    header = ["Response ID", "Family ID", "Has the support helped your family?", "What has changed for your family?"]
    rows = []
    rid = 9001
    for fam in fams:
        if len(fam["readings"]) < 2 or rng.random() < 0.45:
            continue
        good = fam["lift"] > 1.6
        helped = weighted(rng, [("Yes", 8), ("Partly", 2), ("No", 0.5)] if good else [("Yes", 4), ("Partly", 4), ("No", 2)])
        pools = bank.DIFFERENCE_PARENT if good or rng.random() < 0.5 else bank.BETTER
        parts = rng.sample(pools, weighted(rng, [(1, 6), (2, 3)]))
        rows.append([str(rid), fam["case"], helped, ". ".join(parts)])
        rid += rng.randrange(1, 4)
    return csv_text(header, rows)


# ---------------------------------------------------------------------------------------------
# Neighbours: a practitioner survey in two waves, readings and case outcomes
# ---------------------------------------------------------------------------------------------
NEIGHBOURS = {
    "wyvern": dict(name="Wyvern Borough Council (fictional)", seed=7101, n=180, lift=1.8, prefix="WB",
                   ids=dict(trust="trust", thresholds="thresholds", eha="eha"), overall=("confidence-1-10", 10),
                   staff=(70, 82), level=(62, 66)),
    "saltmarsh": dict(name="Saltmarsh District Council (fictional)", seed=7202, n=140, lift=2.8, prefix="SD",
                      ids=dict(trust="gain-trust", thresholds="threshold-judgement", eha="complete-eha"),
                      overall=("confidence-1-5", 5), staff=(58, 61), level=(55, 63)),
}
ITEM_COLUMNS = {
    "trust": "Gain the trust of families",
    "thresholds": "Assess whether needs meet the threshold for early help",
    "eha": "Complete an early help assessment",
}
OVERALL = "Overall, how confident do you feel in your early help role?"
HELPED = "What has helped families you have worked with make progress?"


def practitioner_wave(rng, n, level):
    header = ["Respondent", "Role", *ITEM_COLUMNS.values(), OVERALL, HELPED]
    roles = ["Family support worker", "Social worker", "Health visitor", "School pastoral lead", "Youth worker"]
    rows = []
    for k in range(n):
        person = rng.gauss(0, 12)
        values = [str(clamp(round(rng.gauss(level + person, 16) / 5) * 5, 0, 100)) for _ in ITEM_COLUMNS]
        rows.append([str(1000 + k), rng.choice(roles), *values, "", ". ".join(rng.sample(bank.HELPED, rng.choice((1, 2))))])
    return header, rows


def neighbour(out, key, cfg):
    rng = random.Random(cfg["seed"])
    folder = os.path.join(out, key)
    os.makedirs(folder, exist_ok=True)
    scale, top = cfg["overall"]
    datasets = []
    for wave, n, level in (("2015", cfg["staff"][0], cfg["level"][0]), ("2016", cfg["staff"][1], cfg["level"][1])):
        header, rows = practitioner_wave(rng, n, level)
        for row in rows:
            row[5] = str(clamp(round(rng.gauss(level / 100 * top + 0.5, top / 5)), 1, top))
        write(os.path.join(folder, f"practitioners-{wave}.csv"), csv_text(header, rows, "\n"))
        items = "".join(f"      - {{column: {ITEM_COLUMNS[i]}, id: {cfg['ids'][i]}, scale: confidence-0-100}}\n" for i in ITEM_COLUMNS)
        datasets.append(
            f"  - id: practitioners-{wave}\n    kind: practitioner-survey\n    file: practitioners-{wave}.csv\n"
            f"    format: csv\n    wave: \"{wave}\"\n    respondent_id: Respondent\n    attributes: [Role]\n    items:\n{items}"
            f"      - {{column: \"{OVERALL}\", id: overall-confidence, scale: {scale}}}\n    free_text: [\"{HELPED}\"]\n")
    fams = families(rng, cfg["n"], 4001, cfg["prefix"], 2016, cfg["lift"])
    write(os.path.join(folder, "readings.csv"), readings_export(rng, fams))
    write(os.path.join(folder, "cases.csv"), case_outcomes(rng, fams, 2016))
    datasets.append(READINGS_SPEC.format(id="star-2016", file="readings.csv"))
    datasets.append(CASES_SPEC.format(id="cases-2016", file="cases.csv"))
    scales = "scales:\n  confidence-1-5: {type: numeric, min: 1, max: 5, positive_from: 4}\n" if scale == "confidence-1-5" else ""
    write(os.path.join(folder, "study.yaml"), (
        f"# {cfg['name']}: invented, written by Scripts/sample-outcomes/generate.py.\n"
        f"study:\n  title: {cfg['name'].replace(' (fictional)', '')} early help 2016\n  organisation: {cfg['name']}\n"
        f"  codebook: {os.path.join(ROOT, 'Codebooks', 'early-help.yaml')}\n  suppress_below: 5\n"
        f"datasets:\n" + "".join(datasets) + scales))


READINGS_SPEC = """  - id: {id}
    kind: outcome-readings
    file: {file}
    wave: "2016"
    attributes: [Locality, Lead service]
    readings: {{tool: family-star-plus, case_id: Family ID, date: Reading date, approved: Worker approved}}
"""
CASES_SPEC = """  - id: {id}
    kind: case-outcomes
    file: {file}
    wave: "2016"
    cases:
      case_id: Family ID
      opened: Date opened
      closed: Date closed
      closure_reason: Closure reason
      needs_met: {{fully: [Needs met], partly: [Needs partly met], not: [Needs not met], other: [Moved out of area, Stepped up to social care]}}
      step_up_during: Social care during
      step_up_after: Social care after
      re_referral: Re-referral date
      re_referral_window_days: 365
      as_of: 2017-09-30
"""


def write(path, text):
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    print(f"wrote {os.path.relpath(path, ROOT)} ({len(data)} bytes)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(ROOT, "Surveys", "outcomes"), help="Northmoor's outcome files (default: Surveys/outcomes/)")
    ap.add_argument("--neighbours", help="also write the two neighbouring councils' studies into this folder")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(2016_04_01)
    fams = families(rng, 302, 20117, "NM", 2016, 2.4)
    write(os.path.join(args.out, "family-star-plus-2016.csv"), readings_export(rng, fams))
    extra = families(rng, 12, 20900, "NM", 2016, 2.2)  # cases that never had a reading
    write(os.path.join(args.out, "case-outcomes-2016.csv"), case_outcomes(rng, fams, 2016, extra))
    write(os.path.join(args.out, "family-review-feedback-2016.csv"), review_feedback(rng, fams))
    if args.neighbours:
        for key, cfg in NEIGHBOURS.items():
            neighbour(args.neighbours, key, cfg)


if __name__ == "__main__":
    main()
