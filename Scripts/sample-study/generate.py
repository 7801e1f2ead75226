#!/usr/bin/env python3
"""Generate Evident's fictional sample study (Northmoor County Council, 2015/16).

Writes, into Surveys/ at the repository root:
  practitioner-survey-2015.csv   SurveyMonkey layout, Windows-1252, CRLF (an Excel re-save)
  practitioner-survey-2016.csv   SurveyMonkey layout, UTF-8 without BOM, LF
  closure-feedback-2016.csv      Microsoft Forms export re-saved as "CSV UTF-8" (BOM, CRLF)

Standard library only, fixed seeds: running it twice gives byte-identical files.
Usage:  python3 Scripts/sample-study/generate.py [--out DIR]
Then:   python3 Scripts/sample-study/check.py
Everything in these files is invented; see Surveys/README.md for what is deliberately messy.
"""

import argparse
import datetime as dt
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bank  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

# ---------------------------------------------------------------------------------------------
# Questionnaire
# ---------------------------------------------------------------------------------------------
METADATA = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
            "First Name", "Last Name", "Custom Data 1"]

ROLES = [  # (label, weight)
    ("Family support worker", 28), ("Early help key worker", 20), ("School/education staff", 18),
    ("Health visitor/school nurse", 9), ("Social worker", 6), ("Voluntary sector worker", 8),
    ("Team manager", 5), ("Other (please specify)", 6),
]
ROLE_OTHER = ["Youth worker", "Housing officer", "Children's centre practitioner", "PCSO",
              "Family learning tutor", "CAMHS link worker", "Attendance officer", "Young carers worker"]
LOCALITIES = [("North", 24), ("Central", 27), ("East Vale", 18), ("Riverside", 20), ("West Moors", 11)]
YEARS = [("Less than a year", 14), ("1\u20133 years", 30), ("3\u20135 years", 22), ("More than 5 years", 34)]

MATRIX_Q = ("How confident are you that you can\u2026? "
            "(0 = cannot do at all, 100 = highly certain can do)")
# id -> (label 2015 or None, label 2016 or None, mean 2015, mean 2016)
CONFIDENCE_ITEMS = [
    ("trust", "Gain the trust of families", "Gain the trust of families", 83, 84),
    ("thresholds", "Assess whether needs meet the threshold for early help",
     "Assess whether needs meet the threshold for early help", 61, 70),
    ("eha", "Complete an Early Help Assessment (EHA)", "Complete an early help assessment", 76, 77),
    ("ehcp", "Support families with Education, Health and Care Plans (EHCPs)",
     "Support families with Education, Health and Care Plans (EHCPs)", 47, 52),
    ("voice-preverbal", "Capture the voice of pre-verbal children", "Capture the voice of pre-verbal children", 52, 54),
    ("respite", "Get respite for carers, including young carers", "Get respite for carers, including young carers", 46, 45),
    ("challenge-families", "Challenge families when progress stalls", "Challenge families when progress stalls", 67, 69),
    ("challenge-professionals", "Challenge other professionals", "Challenge other professionals", 62, 64),
    ("step-down", None, "Step down cases from social care", None, 68),
    ("domestic-abuse", "Support families affected by domestic abuse", "Support families affected by domestic abuse", 64, 73),
    ("debt-benefits", "Help families with debt and benefits", "Help families with debt and benefits", 67, 63),
    ("parental-mh", "Work with families where a parent has poor mental health",
     "Work with families where a parent has poor mental health", 66, 69),
]
# 2016's questionnaire inserted the step-down item after "challenge other professionals", so
# column positions differ between waves while item ids stay the same.

OVERALL_Q = "Overall, how confident do you feel in your early help role? (1\u201310)"
OVERALL_MEAN = {"2015": 6.9, "2016": 7.1}

FREQ_Q = "How often do the following apply to you?"
FREQ_LEVELS = ["Never", "Rarely", "Some of the time", "Most of the time", "All of the time"]
FREQ_ITEMS = [  # id, label, mean position (0-4) per wave
    ("supervision", "I receive good quality supervision", {"2015": 2.5, "2016": 2.65}),
    ("info-sharing", "Partner agencies share information with me in good time", {"2015": 2.0, "2016": 2.05}),
    ("sw-advice", "I can get advice from a social worker when I need it", {"2015": 2.2, "2016": 2.4}),
]

FT_HELPED = "What has helped families you have worked with make progress?"
FT_BARRIERS = "What gets in the way of families making progress?"
FT_CONFIDENCE = "What would help you feel more confident in your role?"

COLLEAGUES = [  # fictional staff on the email-invitation collector
    ("Joanne", "Pickering"), ("Marcus", "Oyelaran"), ("Helen", "Birtwistle"), ("Gareth", "Lowe"),
    ("Priya", "Desai"), ("Tomasz", "Nowak"), ("Ruth", "Hebden"), ("Simon", "Achterberg"),
    ("Ifeoma", "Okafor"), ("Carl", "Whitworth"),
]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


# ---------------------------------------------------------------------------------------------
# Free text
# ---------------------------------------------------------------------------------------------
JOINERS = [(". ", 40), (", ", 14), (" and ", 10), ("\n", 12), (". Also ", 5), (" - ", 8), (".  ", 4), ("... ", 4),
           ("; ", 3)]


def compose(rng, pools, personal, p_personal, curly, lower_p=0.15):
    """1-3 fragments from the pools, joined the way people type."""
    n = weighted(rng, [(1, 48), (2, 36), (3, 16)])
    frags = []
    while len(frags) < n:
        pool = weighted(rng, pools)
        f = rng.choice(pool)
        if f not in frags:
            frags.append(f)
    if personal and rng.random() < p_personal:
        frags.insert(rng.randrange(len(frags) + 1), rng.choice(personal))
    text = frags[0]
    for f in frags[1:]:
        j = weighted(rng, JOINERS)
        if j in (", ", " and ", " - ", "; ") and f[:1].isupper() and not f.startswith(("I ", "I'")) \
                and not f[:2].isupper():
            f = f[0].lower() + f[1:]
        text += j + f
    r = rng.random()
    if r < 0.35:
        text += "."
    elif r < 0.40:
        text += "!"
    if rng.random() < lower_p:
        text = text.lower()
    if curly and rng.random() < curly:
        text = text.replace("'", "\u2019")
    return text


def quote_speech(rng, text):
    """Occasionally a practitioner quotes a parent: doubled quotes in the CSV."""
    quotes = [
        'one mum said "you are the first person who actually listened"',
        'Dad told me "I thought you were here to take them"',
        'as one young person put it "you didn\'t give up on me"',
        'mum says "it\'s the first time someone has been honest with me"',
    ]
    return text + ". " + rng.choice(quotes)


# ---------------------------------------------------------------------------------------------
# CSV writing (minimal quoting, as Excel and SurveyMonkey write)
# ---------------------------------------------------------------------------------------------
def csv_field(value):
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(fields):
    return ",".join(csv_field(f) for f in fields)


# ---------------------------------------------------------------------------------------------
# Practitioner survey (SurveyMonkey)
# ---------------------------------------------------------------------------------------------
WAVES = {
    "2015": dict(seed=2015_10_05, n=151, first_id=4184730112, start=dt.datetime(2015, 10, 5, 8, 30),
                 days=32, collectors=("71834206", "71834291"), stop_after_matrix=14, dropped_early=3,
                 skipped_item=4, invalid=[("ehcp", "n/a"), ("debt-benefits", "75%"), ("respite", "sixty")],
                 curly=0.25, encoding="cp1252", newline="\r\n", bom=False),
    "2016": dict(seed=2016_10_03, n=170, first_id=5102288413, start=dt.datetime(2016, 10, 3, 8, 15),
                 days=32, collectors=("92517730", "92517784"), stop_after_matrix=15, dropped_early=3,
                 skipped_item=4, invalid=[("trust", "150"), ("voice-preverbal", "n/a"), ("thresholds", "80-90")],
                 curly=0.12, encoding="utf-8", newline="\n", bom=False),
}


def sm_date(t):
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def practitioner_columns(wave):
    """(row1, row2, keys): keys name what each column holds."""
    row1, row2, keys = list(METADATA), [""] * len(METADATA), [("meta", m) for m in METADATA]

    def group(question, labels, kind):
        for i, (key, label) in enumerate(labels):
            row1.append(question if i == 0 else "")
            row2.append(label)
            keys.append((kind, key))

    group("Role", [("role", "Response"), ("role-other", "Other (please specify)")], "attr")
    group("Locality", [("locality", "Response")], "attr")
    group("How long have you been in your current post?", [("years", "Response")], "attr")
    items = [(iid, l15 if wave == "2015" else l16) for iid, l15, l16, _, _ in CONFIDENCE_ITEMS]
    group(MATRIX_Q, [(iid, label) for iid, label in items if label], "conf")
    group(OVERALL_Q, [("overall", "Response")], "overall")
    group(FREQ_Q, [(fid, label) for fid, label, _ in FREQ_ITEMS], "freq")
    group(FT_HELPED, [("helped", "Open-Ended Response")], "ft")
    group(FT_BARRIERS, [("barriers", "Open-Ended Response")], "ft")
    group(FT_CONFIDENCE, [("confidence", "Open-Ended Response")], "ft")
    return row1, row2, keys


def conf_value(rng, mean, person, year):
    x = mean + person + rng.gauss(0, 15)
    v = int(clamp(round(x / 10) * 10, 0, 100))
    r = rng.random()
    if r < 0.04 and 0 < v < 100:
        v += 5  # typed into a textbox: not always a step of 10 (still valid)
    text = str(v)
    if rng.random() < 0.01:
        text = " " + text  # stray space, valid after trimming
    return text


def practitioner_wave(year):
    cfg = WAVES[year]
    rng = random.Random(cfg["seed"])
    row1, row2, keys = practitioner_columns(year)
    n = cfg["n"]

    # fixed statuses so the accounting is exactly as planned
    idx = list(range(n))
    rng.shuffle(idx)
    status = {i: "complete" for i in range(n)}
    pos = 0
    for name in ("dropped_early", "stop_after_matrix", "skipped_item"):
        for i in idx[pos:pos + cfg[name]]:
            status[i] = name
        pos += cfg[name]
    invalid_for = {}
    for (item, value), i in zip(cfg["invalid"], idx[pos:pos + len(cfg["invalid"])]):
        status[i] = "invalid"
        invalid_for[i] = (item, value)
    pos += len(cfg["invalid"])
    truncated = duplicated = None
    if year == "2015":
        truncated, duplicated = idx[pos], idx[pos + 1]

    # respondent metadata in time order
    times = sorted(cfg["start"] + dt.timedelta(seconds=rng.randrange(cfg["days"] * 86400 // 2)) +
                   dt.timedelta(seconds=rng.randrange(cfg["days"] * 86400 // 2)) for _ in range(n))
    times = [t if 7 <= t.hour <= 21 else t.replace(hour=rng.choice([9, 10, 13, 14, 15])) for t in times]
    times.sort()
    rid = cfg["first_id"]
    colleagues = list(COLLEAGUES)
    rng.shuffle(colleagues)
    email_people = set(rng.sample(range(n), 6))
    # each respondent's general confidence, centred so that a wave's overall level is the design's
    persons = [rng.gauss(0, 11) for _ in range(n)]
    centre = sum(persons) / n
    persons = [p - centre for p in persons]
    records = []
    for i in range(n):
        rid += rng.randrange(2_000, 90_000)
        st = status[i]
        rec = {k: "" for k in keys}
        rec[("meta", "Respondent ID")] = str(rid)
        if i in email_people:
            first, last = colleagues.pop()
            rec[("meta", "Collector ID")] = cfg["collectors"][1]
            rec[("meta", "Email Address")] = f"{first.lower()}.{last.lower()}@northmoor-cc.example"
            rec[("meta", "First Name")] = first
            rec[("meta", "Last Name")] = last
            if rng.random() < 0.5:
                rec[("meta", "Custom Data 1")] = weighted(rng, [("EH-N", 1), ("EH-C", 1), ("EH-E", 1), ("EH-R", 1)])
        else:
            rec[("meta", "Collector ID")] = cfg["collectors"][0]
        start = times[i]
        minutes = {"dropped_early": rng.randint(1, 3), "stop_after_matrix": rng.randint(4, 9)}.get(
            st, rng.randint(7, 28))
        rec[("meta", "Start Date")] = sm_date(start)
        rec[("meta", "End Date")] = sm_date(start + dt.timedelta(minutes=minutes, seconds=rng.randrange(60)))
        if rng.random() < 0.42:
            ip = "198.51.100.17"  # the council's proxy: many staff share one address
        else:
            ip = weighted(rng, [("192.0.2.", 2), ("198.51.100.", 1), ("203.0.113.", 3)]) + str(rng.randint(2, 254))
        rec[("meta", "IP Address")] = ip

        role = weighted(rng, ROLES)
        rec[("attr", "role")] = role
        if role.startswith("Other"):
            rec[("attr", "role-other")] = rng.choice(ROLE_OTHER)
        rec[("attr", "locality")] = weighted(rng, LOCALITIES)
        if role == "Team manager" and rng.random() < 0.5:
            rec[("attr", "locality")] = "Central"
        if st == "dropped_early":
            records.append((i, rec))
            continue
        rec[("attr", "years")] = weighted(rng, YEARS)

        person = persons[i]
        if role in ("Early help key worker", "Team manager", "Social worker"):
            person += 2
        if role == "School/education staff":
            person -= 2
        for iid, l15, l16, m15, m16 in CONFIDENCE_ITEMS:
            label, mean = (l15, m15) if year == "2015" else (l16, m16)
            if label is None:
                continue
            if iid == "ehcp" and role == "School/education staff":
                mean += 12
            rec[("conf", iid)] = conf_value(rng, mean, person, year)
        if st == "skipped_item":
            present = [iid for iid, l15, l16, _, _ in CONFIDENCE_ITEMS if (l15 if year == "2015" else l16)]
            rec[("conf", rng.choice(present))] = ""
        if st == "invalid":
            item, value = invalid_for[i]
            rec[("conf", item)] = value
        if st == "stop_after_matrix":
            records.append((i, rec))
            continue

        overall = clamp(round(OVERALL_MEAN[year] + person / 9 + rng.gauss(0, 1.3)), 1, 10)
        rec[("overall", "overall")] = str(int(overall))
        for fid, _, means in FREQ_ITEMS:
            p = clamp(round(means[year] + person / 15 + rng.gauss(0, 0.9)), 0, 4)
            rec[("freq", fid)] = FREQ_LEVELS[int(p)]

        extra_h = bank.HELPED_2016 if year == "2016" else bank.HELPED_2015
        extra_b = bank.BARRIERS_2016 if year == "2016" else bank.BARRIERS_2015
        extra_c = bank.CONFIDENCE_2016 if year == "2016" else []
        ft_plan = [
            ("helped", 0.66, [(bank.HELPED, 90), (extra_h, 6)]),
            ("barriers", 0.55, [(bank.BARRIERS, 90), (extra_b, 6 if year == "2016" else 2)]),
            ("confidence", 0.52, [(bank.CONFIDENCE, 90)] + ([(extra_c, 3)] if extra_c else [])),
        ]
        for key, p_answer, pools in ft_plan:
            if rng.random() >= p_answer:
                continue
            if rng.random() < 0.08:
                pool = bank.UNCODED_PRACTITIONER + (bank.UNCODED_CONFIDENCE if key == "confidence" else [])
                text = rng.choice(pool)
            else:
                text = compose(rng, pools, bank.PERSONAL_PRACTITIONER, 0.05, cfg["curly"])
                if key == "helped" and rng.random() < 0.04:
                    text = quote_speech(rng, text)
            rec[("ft", key)] = text
        records.append((i, rec))

    # a few characters only Windows-1252 / UTF-8 can carry: pounds, en dashes, curly quotes
    money = {
        "2015": [("barriers", "Families with \u00a32,000+ of rent arrears \u2013 the stress is constant"),
                 ("helped", "a \u00a350 hardship grant for gas and electric made the difference that week"),
                 ("confidence", "Knowing what the \u00a3 thresholds are for free school meals and council tax support")],
        "2016": [("barriers", "Families with \u00a31,500 of debt on catalogues \u2013 and UC deductions on top"),
                 ("helped", "small \u00a3 grants for school shoes or a bus pass go a long way"),
                 ("confidence", "Benefits training \u2013 especially UC and the \u00a320,000 benefit cap")],
    }[year]
    answered = [i for i, rec in records if status[i] in ("complete",) and i not in (truncated, duplicated)]
    for (key, text), i in zip(money, rng.sample(answered, len(money))):
        rec = dict(records)[i]
        rec[("ft", key)] = text + (". " + rec[("ft", key)] if rec[("ft", key)] else "")
    if year == "2016":  # typed on a phone: an emoji, and a CRLF typed into a browser textarea
        i = rng.choice(answered)
        dict(records)[i][("ft", "helped")] = "Being there for them \U0001F642 and being honest"
        i = rng.choice([j for j in answered if dict(records)[j][("ft", "barriers")]])
        rec = dict(records)[i]
        rec[("ft", "barriers")] = "1. Mental health\r\n2. Money and debt\r\n3. Waiting lists for CAMHS"

    if year == "2016":
        # make sure every personal-detail fragment turns up somewhere in the sample, so that
        # redaction can be tested against each kind (phone, email, postcode, DOB, names)
        seen = " ".join(v for _, rec in records for k, v in rec.items() if k[0] == "ft")
        missing = [f for f in bank.PERSONAL_PRACTITIONER if f not in seen]
        targets = [i for i in answered if dict(records)[i][("ft", "helped")]]
        for f, i in zip(missing, rng.sample(targets, len(missing))):
            rec = dict(records)[i]
            rec[("ft", "helped")] += ". " + f
    lines = [csv_line(row1), csv_line(row2)]
    # SurveyMonkey lists the newest response first
    ordered = sorted(records, key=lambda r: int(r[1][("meta", "Respondent ID")]), reverse=True)
    for i, rec in ordered:
        fields = [rec[k] for k in keys]
        if i == truncated:
            # the row was cut off after the 17th field (an unquoted numeric cell) when the file
            # was patched by hand: a record with the wrong field count
            cut = 17
            assert not any(c in f for f in fields[:cut] for c in ',"\r\n')
            lines.append(",".join(fields[:cut]))
            continue
        lines.append(csv_line(fields))
    if duplicated is not None:
        # a response pasted in again from a second download: the same Respondent ID twice
        rec = dict(records)[duplicated]
        lines.append(csv_line([rec[k] for k in keys]))
    text = cfg["newline"].join(lines) + cfg["newline"]
    return text, cfg


# ---------------------------------------------------------------------------------------------
# Closure feedback (Microsoft Forms, re-saved by Excel as CSV UTF-8)
# ---------------------------------------------------------------------------------------------
CF_WHO = "Who is completing this form?"
CF_SERVICE = "Which service supported you?"
CF_HELP = "Did you get the help you needed?"
CF_IMPROVED = "Have things improved for your family?"
CF_RECOMMEND = "Would you recommend the service to another family?"
CF_LISTENED = "My worker listened to me and understood what I needed"
CF_TIMES = "I was offered support at times that suited my family"
CF_WHAT = "What did we help with?"
CF_DIFF = "What difference did the support make?"
CF_BETTER = "Is there anything we could have done better?"
CF_COLUMNS = ["ID", "Start time", "Completion time", "Email", "Name", CF_WHO, CF_SERVICE, CF_HELP, CF_IMPROVED,
              CF_RECOMMEND, CF_LISTENED, CF_TIMES, CF_WHAT, CF_DIFF, CF_BETTER]
AGREE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
HELP_OPTIONS = ["Parenting and routines", "Children's behaviour", "School attendance", "Money and debt", "Housing",
                "Family relationships", "Emotional wellbeing and mental health", "Domestic abuse",
                "Getting into work or training"]
CLOSURE = dict(seed=2016_12_31, n=84, invited=160, first_id=3)


def forms_date(t):
    return f"{t.month}/{t.day}/{t.strftime('%y')} {t.hour}:{t.minute:02d}:{t.second:02d}"


def closure_feedback():
    rng = random.Random(CLOSURE["seed"])
    n = CLOSURE["n"]
    idx = list(range(n))
    rng.shuffle(idx)
    skip = {idx[0]: CF_RECOMMEND, idx[1]: CF_TIMES, idx[2]: CF_IMPROVED}
    other_text = {idx[3]: (CF_IMPROVED, "Yes and no")}  # typed into the "Other" option
    other_help = idx[4]
    signed_in = set(idx[5:9])
    workers = [("Hannah Greenhalgh", "h.greenhalgh@northmoor-cc.example"),
               ("Daniel Mensah", "d.mensah@northmoor-cc.example")]
    year_start = dt.datetime(2016, 1, 4, 9, 0)
    times = sorted((year_start + dt.timedelta(days=rng.randrange(360))).replace(
        hour=rng.choice([9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22]), minute=rng.randrange(60),
        second=rng.randrange(60)) for _ in range(n))
    lines = [csv_line(CF_COLUMNS)]
    rows = []
    for i in range(n):
        t = times[i]
        done = t + dt.timedelta(minutes=rng.randint(2, 14), seconds=rng.randrange(60))
        who = weighted(rng, [("Parent/carer", 72), ("Young person", 19), ("Child with help from an adult", 9)])
        if who == "Young person":
            service = weighted(rng, [("Targeted Youth Support", 70), ("Family Support Team", 30)])
        elif who == "Child with help from an adult":
            service = weighted(rng, [("Family Support Team", 60), ("Children's Centre Outreach", 40)])
        else:
            service = weighted(rng, [("Family Support Team", 50), ("Children's Centre Outreach", 30),
                                     ("Parenting Team", 14), ("Targeted Youth Support", 6)])
        mood = rng.gauss(1.0, 0.8)  # how well it went
        def ypn(shift):
            x = mood + shift + rng.gauss(0, 0.5)
            return "Yes" if x > 0.35 else ("Partly" if x > -0.45 else "No")
        def agree(shift):
            x = mood + shift + rng.gauss(0, 0.6)
            return AGREE[int(clamp(round(2.9 + x), 0, 4))]
        row = {c: "" for c in CF_COLUMNS}
        row["ID"] = str(CLOSURE["first_id"] + i)
        row["Start time"], row["Completion time"] = forms_date(t), forms_date(done)
        if i in signed_in:  # completed on a worker's tablet while signed in
            row["Name"], row["Email"] = workers[i % 2]
        else:
            row["Email"] = "anonymous"
        row[CF_WHO], row[CF_SERVICE] = who, service
        row[CF_HELP], row[CF_IMPROVED], row[CF_RECOMMEND] = ypn(0.1), ypn(-0.05), ypn(0.45)
        row[CF_LISTENED], row[CF_TIMES] = agree(0.35), agree(0.0)
        if i in skip:
            row[skip[i]] = ""
        if i in other_text:
            col, value = other_text[i]
            row[col] = value
        k = weighted(rng, [(1, 35), (2, 35), (3, 20), (4, 10)])
        chosen = sorted(rng.sample(range(len(HELP_OPTIONS)), k))
        helped = ";".join(HELP_OPTIONS[c] for c in chosen) + ";"
        if i == other_help:
            helped += "Getting my son a bike to get to college;"
        row[CF_WHAT] = helped
        # free text: what difference, what could be better
        young = who != "Parent/carer"
        if who == "Young person":
            dpools = [(bank.DIFFERENCE_YOUNG, 80), (bank.DIFFERENCE_PARENT, 10)]
            bpools = [(bank.BETTER_YOUNG, 40), (bank.BETTER, 30)]
        elif who == "Child with help from an adult":
            dpools = [(bank.DIFFERENCE_CHILD, 70), (bank.DIFFERENCE_PARENT, 20)]
            bpools = [(bank.BETTER_YOUNG, 30), (bank.BETTER, 40)]
        else:
            dpools = [(bank.DIFFERENCE_PARENT, 100)]
            bpools = [(bank.BETTER, 100)]
        if rng.random() < 0.86:
            if row[CF_IMPROVED] == "No" and rng.random() < 0.5 or rng.random() < 0.05:
                row[CF_DIFF] = rng.choice(bank.UNCODED_DIFFERENCE)
            else:
                row[CF_DIFF] = compose(rng, dpools, None if young else bank.PERSONAL_PARENT, 0.07, 0.2,
                                       lower_p=0.25 if young else 0.12)
        if rng.random() < 0.64:
            if rng.random() < 0.07:
                row[CF_BETTER] = rng.choice(bank.UNCODED_BETTER)
            else:
                row[CF_BETTER] = compose(rng, bpools, None, 0, 0.2, lower_p=0.2)
        rows.append(row)
    # every personal-detail fragment appears at least once (see practitioner_wave)
    seen = " ".join(r[CF_DIFF] for r in rows)
    missing = [f for f in bank.PERSONAL_PARENT if f not in seen]
    targets = [r for r in rows if r[CF_WHO] == "Parent/carer" and r[CF_DIFF] and
               r[CF_DIFF] not in bank.UNCODED_DIFFERENCE]
    for f, r in zip(missing, rng.sample(targets, len(missing))):
        r[CF_DIFF] += ". " + f
    lines += [csv_line([r[c] for c in CF_COLUMNS]) for r in rows]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------------------------
def write(path, text, encoding, bom=False):
    data = text.encode(encoding)  # strict: a character outside Windows-1252 is a bug here
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)
    print(f"wrote {os.path.relpath(path, ROOT)} ({len(data)} bytes, {encoding}{', BOM' if bom else ''})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(ROOT, "Surveys"), help="output folder (default: Surveys/)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for year in ("2015", "2016"):
        text, cfg = practitioner_wave(year)
        write(os.path.join(args.out, f"practitioner-survey-{year}.csv"), text, cfg["encoding"], cfg["bom"])
    write(os.path.join(args.out, "closure-feedback-2016.csv"), closure_feedback(), "utf-8", bom=True)


if __name__ == "__main__":
    main()
