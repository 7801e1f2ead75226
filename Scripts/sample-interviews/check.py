#!/usr/bin/env python3
"""Check how the sample interviews code against Codebooks/early-help.yaml.

Uses Scripts/sample-study/check.py (a checking aid written from the specs, not the reference
implementation) to code every participant turn of the five interviews sentence by sentence,
and prints: turns per interview, participant turns coded by at least one code, and for each
code the participants (respondents) and turns it reaches.
Usage:  python3 Scripts/sample-interviews/check.py [--uncoded] [--show CODE]
"""

import argparse
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import kristy  # noqa: E402
import jade  # noqa: E402
import lewis  # noqa: E402
import lisa  # noqa: E402
import donna  # noqa: E402

spec = importlib.util.spec_from_file_location("study_check", os.path.join(ROOT, "Scripts", "sample-study", "check.py"))
study = importlib.util.module_from_spec(spec)
spec.loader.exec_module(study)

INTERVIEWS = [("NM-P01", kristy), ("NM-P02", jade), ("NM-P03", lewis), ("NM-P04", lisa), ("NM-P05", donna)]
DATASET = {"id": "parent-interviews-2016", "kind": "interviews"}


def codes_for(text, codes):
    found = {}
    for sentence in study.sentences(text):
        toks = study.tokens(sentence)
        for code in codes:
            if code.applies(DATASET) and code.codes_segment(toks):
                found.setdefault(code.id, []).append(sentence)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--uncoded", action="store_true", help="list participant turns no code catches")
    parser.add_argument("--show", help="list the sentences a code catches")
    args = parser.parse_args()
    _, _, themes = study.load_codebook(os.path.join(ROOT, "Codebooks", "early-help.yaml"))
    codes = [code for theme in themes for code in theme.walk() if code.patterns]
    reach, turns_by_code, coded, total = {}, {}, 0, 0
    for participant, module in INTERVIEWS:
        own = [text for role, text in module.TURNS if role == "P"]
        all_turns = [t for t in module.TURNS if t[0] != "N"]
        mine = 0
        for text in own:
            found = codes_for(text, codes)
            total += 1
            if found:
                coded += 1
                mine += 1
            elif args.uncoded:
                print(f"  uncoded {participant}: {text}")
            for code_id, sentences in found.items():
                reach.setdefault(code_id, set()).add(participant)
                turns_by_code[code_id] = turns_by_code.get(code_id, 0) + 1
                if args.show == code_id:
                    for sentence in sentences:
                        print(f"  {participant}: {sentence}")
        print(f"{participant}: {len(all_turns)} turns, {len(own)} participant turns, {mine} coded ({study.pct(mine, len(own))})")
    print(f"all: {coded} of {total} participant turns coded ({study.pct(coded, total)})")
    for code_id in sorted(reach, key=lambda c: (-len(reach[c]), -turns_by_code[c], c)):
        print(f"  {code_id:28} {len(reach[code_id])} participant(s), {turns_by_code[code_id]} turn(s)")


if __name__ == "__main__":
    sys.exit(main())
