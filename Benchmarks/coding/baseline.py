#!/usr/bin/env python3
"""A straightforward Python implementation of the benchmark's codebook, for comparison with
`evident code`: one compiled regular expression per code (the alternation of its patterns) and
one per code's exclusions, standard library `re` only.

Per answer: NFKC, straight apostrophes and case folding; sentences split at `. ! ?` followed by
white space and at line breaks; then every code's expression is run over every sentence. A match
is dropped when a negator stands among the 3 tokens before it (codes with negation on); a sentence
matching a code's exclusion is not coded by it; `applies_to` is inherited down the hierarchy.
Terms become `\\bword\\b` and `\\bstem\\w*`, phrases join them with `\\W+`, and `A NEAR/n B`
becomes `A(?:\\W+\\w+){0,n}\\W+B|B(?:\\W+\\w+){0,n}\\W+A`. Coded segments are written as CSV, as
`evident code` writes them.

Usage: baseline.py CODEBOOK.json RESPONSES.csv OUT.csv [MAX_RESPONDENTS]
Prints one JSON line: respondents, answers, free-text bytes, coded segments, seconds.
"""

import csv
import json
import re
import sys
import time
import unicodedata

NEGATORS = {"no", "not", "never", "without", "nothing", "nobody", "none", "hardly", "cannot"}
TOKEN = re.compile(r"\w+(?:'\w+)?")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\r?\n")
QUOTED_NEAR = re.compile(r'^(.*?) NEAR/(\d+) (.*)$')


def term(word):
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word) + r"\b"


def phrase(text):
    words = text.strip().strip('"').lower().split()
    return r"\b" + r"\W+".join(term(w) for w in words)


def pattern(text):
    near = QUOTED_NEAR.match(text)
    if not near:
        return phrase(text)
    a, n, b = phrase(near.group(1)), near.group(2), phrase(near.group(3))
    gap = r"(?:\W+\w+){0,%s}\W+" % n
    return f"{a}{gap}{b}|{b}{gap}{a}"


def compile_all(patterns):
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{pattern(p)})" for p in patterns))


def flatten(codebook, dataset_kind, dataset_id):
    """(id, regex, exclusion regex, negation) for every code with patterns that applies here."""
    default_negation = codebook["options"].get("negation", True)
    out = []

    def walk(entry, inherited):
        applies_to = entry.get("applies_to", inherited)
        applies = applies_to is None or dataset_kind in applies_to or dataset_id in applies_to
        if applies and entry.get("patterns"):
            out.append((entry["id"], compile_all(entry["patterns"]), compile_all(entry.get("exclude", [])),
                        entry.get("negation", default_negation)))
        for child in entry.get("codes", []):
            walk(child, applies_to)

    for theme in codebook["themes"]:
        walk(theme, None)
    return out


def negated(sentence, start):
    before = TOKEN.findall(sentence, max(0, start - 80), start)[-3:]
    return any(t in NEGATORS or t.endswith("n't") for t in before)


def code_answer(codes, respondent, question, answer, writer):
    text = unicodedata.normalize("NFKC", answer).replace("\u2019", "'").replace("\u2018", "'").casefold()
    sentences = [s.strip() for s in SENTENCE_END.split(text)]
    coded = 0
    for index, sentence in enumerate(s for s in sentences if s):
        for code_id, regex, exclusion, negation in codes:
            found = [m.group(0) for m in regex.finditer(sentence) if not (negation and negated(sentence, m.start()))]
            if found and not (exclusion and exclusion.search(sentence)):
                writer.writerow(["practitioners", respondent, question, index, code_id, ";".join(found)])
                coded += 1
    return coded


def main():
    codebook_path, responses_path, out_path = sys.argv[1:4]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
    started = time.perf_counter()
    with open(codebook_path, encoding="utf-8") as handle:
        codes = flatten(json.load(handle), "practitioner-survey", "practitioners")
    respondents = answers = text_bytes = segments = 0
    with open(responses_path, newline="", encoding="utf-8") as source, \
            open(out_path, "w", newline="", encoding="utf-8") as target:
        reader = csv.reader(source)
        writer = csv.writer(target)
        writer.writerow(["dataset", "respondent", "question", "segment", "code", "matched"])
        header = next(reader)
        questions = header[4:6]
        for row in reader:
            if limit is not None and respondents >= limit:
                break
            respondents += 1
            for question, answer in zip(questions, row[4:6]):
                if answer.strip():
                    answers += 1
                    text_bytes += len(answer.encode("utf-8"))
                    segments += code_answer(codes, row[0], question, answer, writer)
    seconds = time.perf_counter() - started
    print(json.dumps({"respondents": respondents, "answers": answers, "free_text_bytes": text_bytes,
                      "segments": segments, "seconds": seconds}))


if __name__ == "__main__":
    main()
