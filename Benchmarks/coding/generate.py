#!/usr/bin/env python3
"""Generate the coding benchmark's corpus and codebook, deterministically (fixed seed).

Writes into OUT (a folder under /tmp; never committed):
  responses.csv   RESPONDENTS rows of a plain-CSV practitioner survey: an id, two attributes,
                  one 0-100 item and two free-text answers (~250 bytes each on average, so
                  200,000 respondents hold ~100 MB of free text)
  study.yaml      the manifest naming the CSV and the codebook
  codebook.yaml   ~300 codes / ~1,500 patterns: words, wildcards, phrases, a few NEAR, excludes
  codebook.json   the same codebook for the Python baseline (standard library only)
  corpus.json     what was written: respondents, answers, non-empty answers, free-text bytes

The free text recombines the sample study's hand-written answer bank (Scripts/sample-study/
bank.py: real-sounding fragments with the typos practitioners make), varies it (word
substitutions, case, punctuation, line breaks), and mixes in sentences drawn from a Zipf-ranked
vocabulary of common English and made-up words, so that the vocabulary has a realistic long tail.
A few answers carry curly quotes, accents, pound signs and emoji; some are blank. The codebook's
patterns are drawn from the same vocabulary, so that most answers are coded, as in a real study.

Standard library only. Usage: generate.py OUT [RESPONDENTS] [SEED]
"""

import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "Scripts", "sample-study"))
import bank  # noqa: E402
from vocabulary import COMMON_WORDS, SYLLABLES  # noqa: E402

Q1 = "What has helped families you have worked with make progress?"
Q2 = "What gets in the way of families making progress?"
ROLES = ["Family support worker", "Early help key worker", "School staff", "Health visitor", "Social worker",
         "Voluntary sector worker", "Team manager", "Youth worker"]
LOCALITIES = ["North", "Central", "East Vale", "Riverside", "West Moors", "Southfields", "Harbour"]


def fragments():
    """Every string of the answer bank."""
    out = []
    for name, value in sorted(vars(bank).items()):
        if name.isupper() and isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return out


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


class Corpus:
    """Sentence and answer source over the bank and a Zipf-ranked vocabulary."""

    def __init__(self, rng):
        self.rng = rng
        self.bank = fragments()
        made_up = set()
        while len(made_up) < 20000:
            word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3, 3, 4])))
            made_up.add(word)
        bank_words = sorted({t for f in self.bank for t in tokens(f) if len(t) > 2} - set(COMMON_WORDS))
        # Rank: common English first, then the bank's words shuffled into the made-up tail, so
        # that a domain word is as rare in prose as a real one.
        tail = bank_words + sorted(made_up)
        rng.shuffle(tail)
        self.vocabulary = COMMON_WORDS + tail
        self.made_up = sorted(made_up)
        weights = [1.0 / (rank + 8) ** 1.08 for rank in range(len(self.vocabulary))]
        self.cumulative = []
        total = 0.0
        for w in weights:
            total += w
            self.cumulative.append(total)
        self.total = total

    def word(self):
        return self.vocabulary[min(len(self.vocabulary) - 1,
                                   _bisect(self.cumulative, self.rng.random() * self.total))]

    def sentence(self):
        rng = self.rng
        if rng.random() < 0.35:
            text = rng.choice(self.bank)
            if rng.random() < 0.35:
                words = text.split(" ")
                for _ in range(rng.randint(1, 2)):
                    words[rng.randrange(len(words))] = self.word()
                text = " ".join(words)
        else:
            words = [self.word() for _ in range(rng.randint(5, 18))]
            if rng.random() < 0.5:
                # a domain fragment inside ordinary prose
                piece = rng.choice(self.bank).split(" ")
                start = rng.randrange(len(piece))
                words[rng.randrange(len(words)):0] = piece[start:start + rng.randint(1, 4)]
            text = " ".join(words)
        if rng.random() < 0.7:
            text = text[:1].upper() + text[1:]
        return text

    def answer(self):
        rng = self.rng
        if rng.random() < 0.06:
            return ""
        target = min(6000, max(3, int(rng.lognormvariate(5.2, 0.75))))
        parts = []
        length = 0
        while length < target:
            sentence = self.sentence()
            parts.append(sentence)
            length += len(sentence) + 2
        out = parts[0]
        for part in parts[1:]:
            r = rng.random()
            sep = ". " if r < 0.6 else ", " if r < 0.75 else " - " if r < 0.85 else "! " if r < 0.9 else "\n"
            out += sep + part
        if rng.random() < 0.6:
            out += rng.choice([".", ".", "!", "...", ""])
        r = rng.random()
        if r < 0.03:
            out = out.replace("'", "\u2019").replace(" cafe", " caf\u00e9") + " \u00a350 a week"
        elif r < 0.04:
            out += rng.choice([" \U0001F60A", " \U0001F44D\U0001F3FD", " Zo\u00eb and Ren\u00e9e helped", " na\u00efve"])
        return out


def _bisect(cumulative, x):
    lo, hi = 0, len(cumulative)
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def write_corpus(out, respondents, rng):
    corpus = Corpus(rng)
    answers = nonempty = text_bytes = 0
    with open(os.path.join(out, "responses.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["Respondent ID", "Role", "Locality", "Confidence", Q1, Q2])
        for index in range(respondents):
            row_answers = [corpus.answer(), corpus.answer()]
            writer.writerow([f"R{index + 1:07d}", rng.choice(ROLES), rng.choice(LOCALITIES),
                             str(rng.randint(0, 100)), *row_answers])
            for a in row_answers:
                answers += 1
                if a.strip():
                    nonempty += 1
                    text_bytes += len(a.encode("utf-8"))
    return corpus, {"respondents": respondents, "answers": answers, "nonempty_answers": nonempty,
                    "free_text_bytes": text_bytes}


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    respondents = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20161
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    corpus, stats = write_corpus(out, respondents, rng)
    from codebook import make_codebook, write_codebook  # noqa: E402
    codebook = make_codebook(corpus, random.Random(seed + 1))
    write_codebook(out, codebook)
    stats["codes"] = sum(1 + len(t["codes"]) for t in codebook["themes"])
    stats["patterns"] = sum(len(c["patterns"]) for t in codebook["themes"] for c in [t] + t["codes"])
    with open(os.path.join(out, "study.yaml"), "w", encoding="utf-8") as handle:
        handle.write(f"""# Coding benchmark: generated by Benchmarks/coding/generate.py (seed {seed}).
study:
  title: Coding benchmark ({respondents} respondents)
  codebook: codebook.yaml
  output: out
datasets:
  - id: practitioners
    kind: practitioner-survey
    file: responses.csv
    format: csv
    respondent_id: Respondent ID
    attributes: [Role, Locality]
    items:
      - column: Confidence
        id: confidence
        scale: confidence-0-100
    free_text:
      - "{Q1}"
      - "{Q2}"
""")
    with open(os.path.join(out, "corpus.json"), "w", encoding="utf-8") as handle:
        json.dump(stats, handle, indent=2)
    print(json.dumps(stats), file=sys.stderr)
