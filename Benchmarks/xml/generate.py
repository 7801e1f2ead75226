#!/usr/bin/env python3
"""Writes a large msc-xml file for the XML reader benchmark, deterministically.

    generate.py OUT [MEGABYTES]     (default 500)

Stories are assembled from a fixed phrase bank with a seeded generator (random.Random(2017)),
so the same size always gives the same bytes. Standard library only.
"""
import random
import sys

OPENINGS = [
    "When I first met the family", "Before the team around the family met", "At the start of the year",
    "The first time I visited", "When Mum rang the hub", "Before the school got involved",
]
MIDDLES = [
    "nobody had been out of the flat for weeks", "attendance was below sixty per cent",
    "three services were visiting and none of them talked", "the children were missing breakfast",
    "Dad would not open the door to anyone", "the health visitor and the school had different plans",
]
ENDINGS = [
    "and now the children walk to school on their own.", "and the TAF finally agreed one plan.",
    "and Mum goes to the Tuesday group without me.", "and attendance is back above ninety per cent.",
    "and I learned to challenge the referral when it was wrong.", "and the family asked for help again, early.",
]
DOMAINS = [("family-wellbeing", "Changes in family health and wellbeing"),
           ("multi-agency", "Changes in multi-agency working"),
           ("practitioner-practice", "Changes in practitioner practice")]
GROUPS = [("staff", "Family support worker"), ("partner", "School attendance officer"), ("family", "Parent")]


def story(rng, number):
    domain = DOMAINS[number % len(DOMAINS)][0]
    group, role = GROUPS[rng.randrange(len(GROUPS))]
    sentences = " ".join(
        f"{rng.choice(OPENINGS)}, {rng.choice(MIDDLES)}, {rng.choice(ENDINGS)}" for _ in range(rng.randint(3, 8))
    )
    parts = [
        f'  <story id="B-{number:08d}" domain="{domain}" collected="2017-{1 + number % 12:02d}-{1 + number % 28:02d}">\n',
        f"    <title>Story {number} &amp; what changed</title>\n",
        f'    <storyteller group="{group}" role="{role}"/>\n',
        f"    <text>{sentences}</text>\n",
        f"    <significance>{rng.choice(ENDINGS).capitalize()}</significance>\n",
    ]
    if number % 7 == 0:
        parts.append('    <selection level="district" selected="true">\n'
                     "      <reason>The panel saw a lasting change.</reason>\n    </selection>\n")
    parts.append("  </story>\n")
    return "".join(parts)


def main():
    out = sys.argv[1]
    target = int(sys.argv[2] if len(sys.argv) > 2 else 500) * 1_000_000
    rng = random.Random(2017)
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        handle.write('<msc-stories xmlns="urn:evident:msc:1" collection="Benchmark stories">\n  <domains>\n')
        for key, label in DOMAINS:
            handle.write(f'    <domain id="{key}">{label}</domain>\n')
        handle.write("  </domains>\n")
        written = 0
        number = 0
        while written < target:
            number += 1
            chunk = story(rng, number)
            handle.write(chunk)
            written += len(chunk.encode("utf-8"))
        handle.write("</msc-stories>\n")
    print(f"wrote {out}: {number} stories")


if __name__ == "__main__":
    main()
