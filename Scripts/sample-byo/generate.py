#!/usr/bin/env python3
"""Generate the "bring your own export" samples of Evident's fictional study (Northmoor, 2016).

Writes, at the repository root:
  Surveys/google-forms/partner-agencies-2016.csv     Google Forms export: partner agencies' views
                                                      of early help (one header row, every field
                                                      quoted, Timestamp, Email Address, a grid,
                                                      ;-joined checkboxes)
  Surveys/limesurvey/young-people-feedback-2016.csv  LimeSurvey export: young people's feedback
                                                      (';' separator, BOM, CRLF, every field quoted,
                                                      question codes Q1[SQ001], incomplete
                                                      responses with an empty submitdate)

Standard library only, fixed seeds: running it twice gives byte-identical files.
Usage:  python3 Scripts/sample-byo/generate.py [--out DIR] [--check]
Everything written is invented; see Surveys/google-forms/README.md and Surveys/limesurvey/README.md.
"""

import argparse
import datetime as dt
import filecmp
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fragments  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

FREQUENCY = ["Never", "Rarely", "Some of the time", "Most of the time", "All of the time"]
AGREEMENT = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
YES_PARTLY_NO = ["No", "Partly", "Yes"]

# Fictional partner staff (emails under the reserved .example domain).
PARTNERS = [
    ("Rachel", "Ormerod"), ("Sunil", "Varghese"), ("Bethany", "Clough"), ("Owen", "Pritchard"),
    ("Fiona", "Gallacher"), ("Kwame", "Asante"), ("Lorraine", "Heywood"), ("Dominic", "Farrar"),
    ("Yasmin", "Chaudhry"), ("Neil", "Ashworth"), ("Maria", "Kowalczyk"), ("Trevor", "Hindle"),
]
DOMAINS = ["moorside-primary.example", "nm-health.example", "northmoor-police.example", "nm-housing.example",
           "vale-academy.example", "nm-voluntary.example"]
ORGANISATIONS = [("School or college", 30), ("Health visiting or school nursing", 20), ("GP practice", 8),
                 ("Police", 10), ("Housing", 12), ("Voluntary sector", 20)]
LOCALITIES = [("North", 24), ("Central", 27), ("East Vale", 18), ("Riverside", 20), ("West Moors", 11)]
SERVICES = ["Family Support Team", "Parenting Team", "Targeted Youth Support", "Children's Centre Outreach",
            "Young Carers Service"]
GRID_Q = "How often do the following happen?"
GRID_ROWS = ["I get feedback after I refer a family", "The early help team contacts me within a week of a referral",
             "I am invited to Team Around the Family meetings"]
CONF_KNOW = ("How confident are you that you know how to request early help for a family? "
             "(1 = not at all confident, 10 = very confident)")
CONF_SPOT = ("How confident are you in spotting families who would benefit from early help? "
             "(1 = not at all confident, 10 = very confident)")


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for value, w in pairs:
        r -= w
        if r <= 0:
            return value
    return pairs[-1][0]


def advance(rng, t, earliest, latest):
    """The next response time: minutes to a day later, within the hours people answer."""
    t += dt.timedelta(minutes=rng.randint(20, 1500), seconds=rng.randint(0, 59))
    if t.hour < earliest:
        t = t.replace(hour=earliest, minute=rng.randint(0, 59))
    elif t.hour >= latest:
        t = (t + dt.timedelta(days=1)).replace(hour=earliest, minute=rng.randint(0, 59))
    return t


def compose(rng, pool, p_two=0.45):
    """One or two fragments, joined the way people type; sometimes all lower case."""
    first = rng.choice(pool)
    text = first
    if rng.random() < p_two:
        second = rng.choice([f for f in pool if f != first])
        text += rng.choice([". ", ". ", " and ", ", also "]) + second
    if rng.random() < 0.2:
        text = text.lower()
    if rng.random() < 0.3:
        text += "."
    return text


def quoted(fields, separator):
    return separator.join('"' + f.replace('"', '""') + '"' for f in fields)


def google_timestamp(t):
    """2016/10/03 9:12:41 AM GMT+1 (BST until 30 October 2016, then GMT)."""
    zone = "GMT+1" if t < dt.datetime(2016, 10, 30, 1) else "GMT"
    hour = t.hour % 12 or 12
    return f"{t.year}/{t.month:02d}/{t.day:02d} {hour}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'} {zone}"


def partner_agencies():
    rng = random.Random(2016_10_03)
    header = (["Timestamp", "Email Address", "Which organisation do you work for?", "Your name (optional)",
               "Which locality do you mainly work in?",
               "Which early help services have you referred families to in the last year?",
               "When did you last refer a family to early help?", CONF_KNOW, CONF_SPOT]
              + [f"{GRID_Q} [{row}]" for row in GRID_ROWS]
              + ["Overall, has early help made a difference for the families you referred?",
                 "What works well when you work with the early help service?",
                 "What could the early help service do better?"])
    rows = [header]
    t = dt.datetime(2016, 10, 3, 8, 40, 0)
    people = [(f, l, rng.choice(DOMAINS)) for f, l in PARTNERS]
    for n in range(58):
        t = advance(rng, t, 8, 18)
        first, last, domain = people[n % len(people)] if n < len(people) else (None, None, rng.choice(DOMAINS))
        email = f"{first.lower()}.{last.lower()}@{domain}" if first else f"staff{n + 101}@{domain}"
        name = f"{first} {last}" if first and rng.random() < 0.7 else ""
        services = [s for s in SERVICES if rng.random() < 0.45] or [rng.choice(SERVICES)]
        referred = t.date() - dt.timedelta(days=rng.randint(3, 200))
        know = min(10, max(1, round(rng.gauss(7.2, 1.8))))
        spot = min(10, max(1, round(rng.gauss(7.8, 1.5))))
        grid = [FREQUENCY[min(4, max(0, round(rng.gauss(mean, 1.0))))] for mean in (1.6, 2.2, 2.4)]
        if rng.random() < 0.08:  # a grid row left blank: partial on the all-items rule
            grid[rng.randrange(3)] = ""
        difference = weighted(rng, [("Yes", 62), ("Partly", 30), ("No", 8)])
        works = compose(rng, fragments.WORKS_WELL) if rng.random() < 0.8 else ""
        better = compose(rng, fragments.DO_BETTER, p_two=0.3) if rng.random() < 0.75 else ""
        rows.append([google_timestamp(t), email, weighted(rng, ORGANISATIONS), name, weighted(rng, LOCALITIES),
                     ";".join(services), f"{referred.day:02d}/{referred.month:02d}/{referred.year}", str(know),
                     str(spot)] + grid + [difference, works, better])
    return "".join(quoted(r, ",") + "\n" for r in rows).encode("utf-8")


LS_ARRAY = ["My worker listened to me", "I had a say in my plan", "I felt safe talking to my worker",
            "I knew what would happen next"]
LS_HELP = ["School", "Family", "Feelings", "Friends"]


def young_people():
    rng = random.Random(2016_11_14)
    header = (["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl",
               "AGE", "SERVICE"]
              + [f"Q1[SQ00{i + 1}]" for i in range(len(LS_ARRAY))]
              + ["Q2"] + [f"Q3[SQ00{i + 1}]" for i in range(len(LS_HELP))] + ["Q3[other]", "Q4", "Q5", "Q6", "Q7",
                                                                             "SIGN", "MOBILE", "interviewtime",
                                                                             "groupTime2417"])
    rows = [header]
    t = dt.datetime(2016, 11, 14, 15, 30, 0)
    for n in range(46):
        t = advance(rng, t, 15, 22)
        took = rng.randint(140, 900)
        stopped = rng.random() < 0.17  # incomplete: submitdate empty, later pages blank
        lastpage = rng.choice(["1", "2"]) if stopped else "3"
        agree = [AGREEMENT[min(4, max(0, round(rng.gauss(mean, 0.9))))] for mean in (3.3, 2.8, 3.4, 2.6)]
        helped = ["Y" if rng.random() < 0.4 else "" for _ in LS_HELP]
        other = "getting a bus pass" if n == 7 else ("my little brother" if n == 19 else "")
        answers = ([weighted(rng, [("11-13", 25), ("14-15", 40), ("16-17", 30), ("18+", 5)]),
                    weighted(rng, [("Targeted Youth Support", 55), ("Young Carers Service", 20),
                                   ("Family Support Team", 25)])]
                   + agree + [weighted(rng, [("Yes", 58), ("Partly", 32), ("No", 10)])] + helped + [other]
                   + [weighted(rng, [("Every week", 45), ("Every two weeks", 30), ("Once a month", 15),
                                     ("Less often", 10)]),
                      str(0 if n % 17 == 4 else min(10, max(1, round(rng.gauss(7.6, 2.0)))))]
                   + [compose(rng, fragments.DIFFERENCE, p_two=0.35) if rng.random() < 0.8 else "",
                      compose(rng, fragments.BETTER, p_two=0.2) if rng.random() < 0.7 else ""])
        first = ["Aleena", "Brandon", "Caitlin", "Harvey", "Jessica", "Lewis", "Mollie", "Tyrese"][n % 8]
        sign = f"{first} {['Booth', 'Fenwick', 'Moss', 'Rahman', 'Walsh', 'Greenwood'][n % 6]}" if rng.random() < 0.5 else ""
        mobile = f"07700 900{600 + n:03d}" if rng.random() < 0.3 else ""
        if stopped:  # page 1 holds AGE and SERVICE; page 2 the array and Q2
            keep = 2 if lastpage == "1" else 2 + len(LS_ARRAY) + 1
            answers = answers[:keep] + [""] * (len(answers) - keep)
            sign = mobile = ""
        start = t - dt.timedelta(seconds=took)
        rows.append([str(n + 1), "" if stopped else t.strftime("%Y-%m-%d %H:%M:%S"), lastpage, "en",
                     str(rng.randint(100000000, 2147483647)), start.strftime("%Y-%m-%d %H:%M:%S"),
                     t.strftime("%Y-%m-%d %H:%M:%S"), f"203.0.113.{rng.randint(2, 250)}", ""] + answers
                    + [sign, mobile, str(took), str(took - rng.randint(10, 60))])
    body = "".join(quoted(r, ";") + "\r\n" for r in rows) + "\r\n"
    return b"\xef\xbb\xbf" + body.encode("utf-8")


def write(out):
    files = {
        os.path.join(out, "Surveys", "google-forms", "partner-agencies-2016.csv"): partner_agencies(),
        os.path.join(out, "Surveys", "limesurvey", "young-people-feedback-2016.csv"): young_people(),
    }
    for path, data in files.items():
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=ROOT, help="folder to write Surveys/... under (default: the repository)")
    parser.add_argument("--check", action="store_true", help="generate into a temporary folder and compare")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            for path in write(tmp):
                committed = os.path.join(ROOT, os.path.relpath(path, tmp))
                same = os.path.exists(committed) and filecmp.cmp(path, committed, shallow=False)
                print(("same     " if same else "DIFFERS  ") + os.path.relpath(committed, ROOT))
                if not same:
                    sys.exit(1)
        return
    for path in write(args.out):
        print("wrote", os.path.relpath(path, args.out))


if __name__ == "__main__":
    main()
