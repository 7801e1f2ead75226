#!/usr/bin/env python3
"""Deterministic large corpus for benchmarking evident's import and coding.

    python3 make_dense_corpus.py N OUTDIR        # e.g. 200000 OUTDIR (about 100 MB of CSV)

Writes, from scratch:
  OUTDIR/corpus.csv           RFC 4180 (one header row, CRLF, UTF-8, no BOM): N respondents x
                              (Respondent ID, Team, Locality, 6 numeric 0-100 items, 2 free-text
                              answers of about 250 characters each)
  OUTDIR/codebook-large.yaml  codebook.md format: 20 themes, 300 codes, 1,500 patterns
                              (words, word* wildcards, phrases), some exclusions, some codes
                              with negation off
  OUTDIR/study-large.yaml     study.md manifest tying the two together
The same N always gives the same bytes (seeded; no clock). Standard library only.

Origin: the project's shared benchmark generator (`bench/make_corpus.py` in the developers'
shared folder, written for issue 17), copied here unchanged but for this paragraph and the usage
line, so that the benchmark needs nothing outside the repository. Its broad codebook codes about
27 segments per answer (10 million at N = 200,000): the stress case for everything downstream of
the coding. `Benchmarks/coding/generate.py` makes the other corpus, at about 4.5 per answer.
"""
import csv
import os
import random
import sys

PEOPLE = ["mum", "dad", "parent", "carer", "grandparent", "child", "baby", "toddler", "teenager",
          "young person", "sibling", "stepdad", "foster carer", "partner", "neighbour", "teacher",
          "head teacher", "health visitor", "school nurse", "midwife", "GP", "social worker",
          "family worker", "youth worker", "key worker", "housing officer", "police officer",
          "support worker", "team manager", "practitioner", "therapist", "counsellor",
          "psychologist", "paediatrician", "interpreter", "volunteer", "mentor", "advocate",
          "coordinator", "caseworker"]
THINGS = ["housing", "tenancy", "rent", "debt", "benefit", "income", "budget", "food", "fuel",
          "transport", "bus", "car", "phone", "internet", "laptop", "uniform", "school", "nursery",
          "college", "apprenticeship", "job", "shift", "wage", "childcare", "playgroup", "library",
          "park", "clinic", "surgery", "hospital", "pharmacy", "court", "hearing", "assessment",
          "plan", "review", "referral", "meeting", "appointment", "visit", "phone call", "letter",
          "email", "form", "report", "threshold", "waiting list", "caseload", "deadline",
          "budget cut", "service", "team", "agency", "partnership", "panel", "pathway", "protocol",
          "policy", "procedure", "training", "course", "workshop", "session", "group", "programme",
          "supervision", "mentoring", "coaching", "shadowing", "induction", "handover", "toolkit",
          "checklist", "database", "record", "chronology", "genogram", "safety plan", "contract",
          "agreement", "routine", "bedtime", "breakfast", "homework", "attendance", "exclusion",
          "behaviour", "tantrum", "sleep", "diet", "weight", "medication", "diagnosis", "autism",
          "ADHD", "dyslexia", "anxiety", "depression", "isolation", "loneliness", "grief",
          "bereavement", "trauma", "addiction", "alcohol", "cannabis", "gambling", "violence",
          "abuse", "neglect", "conflict", "separation", "divorce", "custody", "contact", "eviction",
          "overcrowding", "damp", "mould", "repairs", "heating", "garden", "estate", "flat",
          "hostel", "refuge", "shelter", "respite", "advocacy", "interpreting", "translation",
          "paperwork", "funding", "commissioning", "outreach", "drop-in", "step-down", "follow-up",
          "check-in", "long-term support", "short-term work", "e-learning"]
ADJS = ["good", "poor", "better", "worse", "clear", "unclear", "slow", "quick", "long", "short",
        "late", "early", "regular", "irregular", "consistent", "inconsistent", "local", "national",
        "new", "old", "small", "large", "difficult", "easy", "helpful", "useful", "practical",
        "emotional", "financial", "physical", "mental", "social", "formal", "informal", "joint",
        "multi-agency", "statutory", "voluntary", "specialist", "universal", "targeted",
        "intensive", "weekly", "monthly", "daily", "urgent", "complex", "simple", "stressful",
        "calm", "chaotic", "stable", "unstable", "safe", "unsafe", "positive", "negative", "honest",
        "open", "flexible", "rigid", "limited", "extra", "proper"]
VERBS = ["helped", "supported", "changed", "improved", "worsened", "delayed", "blocked", "stopped",
         "started", "missed", "attended", "cancelled", "rearranged", "explained", "listened to",
         "agreed", "refused", "struggled with", "managed", "coped with", "waited for", "phoned",
         "visited", "referred", "assessed", "reviewed", "planned", "shared", "recorded",
         "escalated", "closed", "reopened", "stepped down", "stepped up", "signposted", "funded",
         "cut", "increased", "reduced", "trained", "supervised", "shadowed", "mentored", "advised",
         "challenged", "trusted", "engaged with", "moved", "settled", "understood"]
PLACES = ["at home", "at school", "in the car", "at the clinic", "at the children's centre",
          "on the estate", "in the office", "at the hub", "in the community", "at the surgery",
          "at court", "on the phone", "online", "at the hostel", "in town", "at nursery",
          "at college", "at the food bank", "at the library", "in the park"]
TIMES = ["last week", "this year", "every Monday", "after Christmas", "during the holidays",
         "for months", "since March", "in the evenings", "at weekends", "over the summer",
         "most days", "once a fortnight", "within 3.5 weeks", "by half term", "before the review"]
NEGS = ["has not", "had never", "hasn't", "was not", "has hardly", "couldn't have", "never"]
NAMES = ["Patel", "Jones", "Okafor", "Nowak", "Hughes", "Begum", "Walsh", "Clarke"]
NUMS = ["3.5", "12", "40%", "two", "1.5", "200", "six"]
TEAMS = ["North team", "South team", "East team", "West team", "Central team", "Duty team",
         "Youth team", "Early years team"]
LOCALITIES = ["Ashby", "Blaby", "Charnwood", "Harborough", "Hinckley", "Melton", "Oadby",
              "Wigston", "Rutland", "Coalville"]
Q1 = "What gets in the way of families making progress?"
Q2 = "What would help you feel more confident?"
ITEMS = ["Gaining trust and building relationships with families", "Assessing thresholds",
         "Supporting families with EHCPs", "Challenging other professionals",
         "Capturing the voice of pre-verbal children", "Getting respite for carers"]

TEMPLATES = [
    "The {p} {v} the {a} {t} {pl}.",
    "{A} {t} is a real problem for the {p}.",
    "We {v} the {a} {t} {tm}.",
    "Our {p} {n} {v} the {t}.",
    "There is no {a} {t} for the {p} {pl}.",
    "Without {a} {t}, the {p} {v} the {t2} {tm}.",
    "I think {a} {t} and {a2} {t2} would help the {p}.",
    "Dr. {N} {v} the {t} {tm}.",
    "More {t}, e.g. {a} {t2}, would help.",
    "The {t} was {a}, i.e. the {p} {v} it.",
    "Nobody {v} the {p} about the {t}.",
    "{A} {t} {pl} made the {p} feel {a2}.",
    "It's the {a} {t} that {v} everything {tm}!",
    "Why is the {t} always so {a}?",
    "Mrs. {N} said the {t} {v} the {p} {tm}.",
    "The {p}'s {t} was {a} {tm}.",
    "About {num} families {v} the {t} {tm}.",
    "The {p} said \"{a} {t}\" was the issue.",
    "Honestly, {a} {t} {pl} {v} the {p}, and the {t2} too.",
    "When the {t} is {a}, the {p} can't cope.",
    "I don't think the {t} {v} the {p}.",
    "{A} {t}; {a2} {t2}; {a} {t3}.",
]


def sentence(rng):
    tpl = rng.choice(TEMPLATES)
    a = rng.choice(ADJS)
    s = tpl.format(p=rng.choice(PEOPLE), v=rng.choice(VERBS), a=a, A=a[0].upper() + a[1:],
                   a2=rng.choice(ADJS), t=rng.choice(THINGS), t2=rng.choice(THINGS),
                   t3=rng.choice(THINGS), pl=rng.choice(PLACES), tm=rng.choice(TIMES),
                   n=rng.choice(NEGS), N=rng.choice(NAMES), num=rng.choice(NUMS))
    return s


def answer(rng):
    target = rng.randint(130, 320)
    out = []
    n = 0
    while n < target:
        s = sentence(rng)
        out.append(s)
        n += len(s) + 1
    text = ""
    for i, s in enumerate(out):
        if i:
            text += "\n" if rng.random() < 0.04 else " "
        text += s
    return text


def write_corpus(n, outdir):
    rng = random.Random(20000 + 17)
    path = os.path.join(outdir, "corpus.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Respondent ID", "Team", "Locality"] + ITEMS + [Q1, Q2])
        for i in range(1, n + 1):
            vals = []
            for k in range(6):
                if rng.random() < 0.03:
                    vals.append("")
                else:
                    vals.append(str(max(0, min(100, int(rng.gauss(55 + 4 * k, 20)) // 5 * 5))))
            a1 = answer(rng) if rng.random() < 0.95 else ""
            a2 = answer(rng) if rng.random() < 0.92 else ""
            w.writerow([f"R{i:07d}", rng.choice(TEAMS), rng.choice(LOCALITIES)] + vals + [a1, a2])
    return path


def single_token(w):
    return all(c.isalnum() for c in w)


def write_codebook(outdir):
    rng = random.Random(300)
    words = sorted({w.lower() for w in PEOPLE + THINGS + ADJS + VERBS if single_token(w)})
    rng.shuffle(words)
    stems = sorted({w[:max(4, len(w) - 2)] + "*" for w in words if len(w) >= 6})
    rng.shuffle(stems)
    multi = sorted({w.lower() for w in PEOPLE + THINGS + VERBS if not single_token(w)})
    nouns = [t.lower() for t in THINGS + PEOPLE]
    bigrams = sorted({f"{a} {t}" for a in ADJS for t in nouns})
    rng.shuffle(bigrams)
    trailing = sorted({f"{a} {t[:max(4, len(t) - 2)]}*" for a in ADJS[:20] for t in nouns
                       if single_token(t) and len(t) >= 6})
    rng.shuffle(trailing)
    pool_words = words[:300]
    pool_stems = stems[:200]
    pool_phr = multi + trailing[:150] + bigrams
    used = set()
    themes = []
    theme_names = ["housing", "money", "health", "mental-health", "education", "early-years",
                   "relationships", "safety", "services", "workforce", "training", "partners",
                   "voice", "outcomes", "access", "culture", "disability", "youth", "carers",
                   "community"]
    k_word = k_stem = k_phr = 0
    n_pat = 0
    for ti, tn in enumerate(theme_names):
        codes = []
        for ci in range(15):
            pats = []
            if k_word < len(pool_words):
                pats.append(pool_words[k_word]); k_word += 1
            if (ti * 15 + ci) % 3 != 2 and k_stem < len(pool_stems):
                pats.append(pool_stems[k_stem]); k_stem += 1
            while len(pats) < 5:
                p = pool_phr[k_phr]; k_phr += 1
                if p not in used:
                    pats.append(p)
            for p in pats:
                used.add(p)
            n_pat += len(pats)
            code = {"id": f"{tn}-{ci + 1:02d}", "label": f"{tn.replace('-', ' ').capitalize()} {ci + 1}",
                    "patterns": pats}
            if (ti * 15 + ci) % 10 == 3:
                a = rng.choice(["good", "new", "poor", "local"])
                code["exclude"] = [f"{a} {pats[0]}" if not pats[0].endswith("*") else f"{a} {pats[0][:-1]}"]
            if (ti * 15 + ci) % 29 == 5:
                code["negation"] = False
            codes.append(code)
        themes.append({"id": tn, "label": tn.replace("-", " ").capitalize(), "codes": codes})
    lines = ["# Large benchmark codebook (generated by make_corpus.py).",
             "codebook:", "  name: Large benchmark codebook", '  version: "bench.1"',
             "options:", "  negation: true", "  stemming: false", "  segment: sentence", "themes:"]

    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    for th in themes:
        lines += [f"  - id: {th['id']}", f"    label: {q(th['label'])}", "    codes:"]
        for c in th["codes"]:
            lines += [f"      - id: {c['id']}", f"        label: {q(c['label'])}"]
            if "negation" in c:
                lines.append("        negation: false")
            lines.append("        patterns:")
            lines += [f"          - {q(p)}" for p in c["patterns"]]
            if "exclude" in c:
                lines.append("        exclude:")
                lines += [f"          - {q(p)}" for p in c["exclude"]]
    path = os.path.join(outdir, "codebook-large.yaml")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return path, sum(len(t["codes"]) for t in themes), n_pat


def write_study(outdir, n):
    items = "\n".join(f'      - column: "{t}"\n        id: item-{k + 1}\n        scale: confidence-0-100'
                      for k, t in enumerate(ITEMS))
    text = f"""# Large benchmark study (generated by make_corpus.py).
study:
  title: Benchmark corpus ({n} respondents)
  codebook: codebook-large.yaml
  output: output
datasets:
  - id: large
    kind: practitioner-survey
    file: corpus.csv
    format: csv
    wave: "2016"
    respondent_id: Respondent ID
    attributes: [Team, Locality]
    items:
{items}
    free_text:
      - "{Q1}"
      - "{Q2}"
    complete_when: all-items
"""
    with open(os.path.join(outdir, "study-large.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, outdir = int(sys.argv[1]), sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    for name in ("corpus.csv", "codebook-large.yaml", "study-large.yaml"):
        p = os.path.join(outdir, name)
        if os.path.exists(p):
            os.remove(p)
    cpath = write_corpus(n, outdir)
    bpath, ncodes, npat = write_codebook(outdir)
    write_study(outdir, n)
    size = os.path.getsize(cpath)
    print(f"wrote {cpath} ({size / 1e6:.1f} MB, {n} respondents), {bpath} ({ncodes} codes, "
          f"{npat} patterns), study-large.yaml")


if __name__ == "__main__":
    main()
