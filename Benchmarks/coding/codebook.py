"""The benchmark codebook: 20 themes of 14 codes (300 codes with the themes), ~5 patterns a code
(~1,500), drawn from the corpus's own vocabulary so that most answers are coded.

Mix: plain words (from the answer bank, common English, and a few made-up words that rarely
occur), wildcards (`stem*`, 4+ characters), phrases of two or three words from the bank, a few
`NEAR/n` patterns, exclusions on about one code in eight, `applies_to` and `negation: false` on
a few codes."""

import json
import os
import re
from collections import Counter

from vocabulary import COMMON_WORDS

STOP = set("""a an and are as at be been but by can could did do does for from had has have he her his
i if in into is it its me my no not of on or our she so than that the their them then there they
this to too was we were what when which who will with would you your""".split())


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def make_codebook(corpus, rng):
    counts = Counter()
    bigrams = Counter()
    trigrams = Counter()
    for fragment in corpus.bank:
        ts = tokens(fragment)
        counts.update(ts)
        bigrams.update(zip(ts, ts[1:]))
        trigrams.update(zip(ts, ts[1:], ts[2:]))
    generic = set(COMMON_WORDS[:300]) | STOP
    domain = [w for w, _ in counts.most_common() if len(w) >= 4 and w not in generic]
    made_up = corpus.made_up
    phrases = [" ".join(b) for b, _ in bigrams.most_common() if not (set(b) & generic)]
    phrases += [" ".join(t) for t, _ in trigrams.most_common(600)
                if t[0] not in generic and t[2] not in generic and t[1] in STOP]
    content_fragments = [[t for t in tokens(f) if t not in generic] for f in corpus.bank]
    content_fragments = [f for f in content_fragments if len(f) >= 5]
    used = set()

    # The bank's most frequent words (families, support, parents...) would code nearly every
    # answer; real codebooks do not use them alone.
    specific = domain[150:900]

    def word():
        r = rng.random()
        if r < 0.35:
            return rng.choice(specific)
        return rng.choice(made_up)

    broad = generic | set(domain[:150])

    def wildcard():
        """A stem that no very common word starts with (`worke*` would code every answer)."""
        while True:
            w = rng.choice(specific if rng.random() < 0.4 else made_up)
            if len(w) >= 6 and w.isalnum():
                stem = w[:rng.randint(5, len(w) - 1)]
                if not any(b.startswith(stem) for b in broad):
                    return stem + "*"

    def near():
        ts = rng.choice(content_fragments)
        i = rng.randrange(len(ts) - 3)
        j = min(len(ts) - 1, i + rng.randint(2, 5))
        a, b = ts[i], ts[j]
        n = rng.choice([2, 3, 4, 5])
        if rng.random() < 0.5 and i + 1 < j:
            return f'"{a} {ts[i + 1]}" NEAR/{n} {b}'
        return f"{a} NEAR/{n} {b}" if "'" in b or len(b) < 5 else f"{a} NEAR/{n} {b[:4]}*"

    def fresh():
        r = rng.random()
        if r < 0.45:
            return word()
        if r < 0.70:
            return wildcard()
        if r < 0.95:
            return rng.choice(phrases[:1200])
        return near()

    def pattern():
        """A pattern no code has yet (a few repeats are left, as in real codebooks)."""
        for _ in range(30):
            candidate = fresh()
            if candidate not in used:
                break
        used.add(candidate)
        return candidate

    def exclusion(patterns):
        phrase = next((p for p in patterns if " " in p and "NEAR" not in p and "*" not in p), None)
        if phrase and rng.random() < 0.6:
            last = phrase.split(" ")[-1]
            followers = [b[1] for b in bigrams if b[0] == last and b[1] not in STOP]
            if followers:
                return f"{phrase} {rng.choice(sorted(followers))}"
        return rng.choice(["train*", "training course", "not applicable", "first aid", "in the past"])

    def code(code_id, theme_word, count):
        patterns = list(dict.fromkeys(pattern() for _ in range(count)))
        entry = {"id": code_id, "label": f"{theme_word.capitalize()}: {patterns[0] if patterns else 'manual'}",
                 "patterns": patterns}
        if patterns and rng.random() < 0.125:
            entry["exclude"] = list(dict.fromkeys(exclusion(patterns) for _ in range(rng.randint(1, 2))))
        r = rng.random()
        if r < 0.04:
            entry["applies_to"] = ["service-user-feedback"]
        elif r < 0.08:
            entry["applies_to"] = ["practitioner-survey", "practitioners"]
        if rng.random() < 0.05:
            entry["negation"] = False
        return entry

    themes = []
    for t in range(20):
        theme_word = domain[t * 7]
        theme = code(f"theme-{t + 1:02d}", theme_word, rng.choice([0, 0, 1, 2]))
        theme["label"] = f"Theme {t + 1}: {theme_word}"
        theme["codes"] = [code(f"t{t + 1:02d}-c{c + 1:02d}", theme_word, rng.randint(3, 8)) for c in range(14)]
        themes.append(theme)
    return {"name": "Coding benchmark codebook", "options": {"negation": True, "stemming": False,
                                                             "segment": "sentence"}, "themes": themes}


def _quote(text):
    return "'" + text.replace("'", "''") + "'"


def _write_code(lines, entry, indent):
    pad = " " * indent
    lines.append(f"{pad}- id: {entry['id']}")
    lines.append(f"{pad}  label: {_quote(entry['label'])}")
    for key in ("patterns", "exclude", "applies_to"):
        if entry.get(key):
            lines.append(f"{pad}  {key}:")
            lines += [f"{pad}    - {_quote(p)}" for p in entry[key]]
    if "negation" in entry:
        lines.append(f"{pad}  negation: {'true' if entry['negation'] else 'false'}")
    if entry.get("codes"):
        lines.append(f"{pad}  codes:")
        for child in entry["codes"]:
            _write_code(lines, child, indent + 4)


def write_codebook(out, codebook):
    lines = ["# Generated by Benchmarks/coding/generate.py: ~300 codes, ~1,500 patterns.", "codebook:",
             f"  name: {codebook['name']}", "options:"]
    lines += [f"  {k}: {str(v).lower() if isinstance(v, bool) else v}" for k, v in codebook["options"].items()]
    lines.append("themes:")
    for theme in codebook["themes"]:
        _write_code(lines, theme, 2)
    with open(os.path.join(out, "codebook.yaml"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "codebook.json"), "w", encoding="utf-8") as handle:
        json.dump(codebook, handle, indent=1)
