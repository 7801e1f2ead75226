#!/usr/bin/env python3
"""Check the sample study independently of Evident's Swift code (standard library only).

  python3 Scripts/sample-study/check.py                 # layout, accounting, item stats, coding coverage
  python3 Scripts/sample-study/check.py --uncoded       # also list non-empty answers no code catches
  python3 Scripts/sample-study/check.py --show CODE     # list the segments a code (or theme) catches
  python3 Scripts/sample-study/check.py --determinism   # regenerate twice into temp dirs, compare bytes

It reads Surveys/study.yaml and the codebook it names with a small YAML-subset reader (block
mappings and lists, flow lists and maps of scalars, quoted scalars; every scalar stays text),
decodes each CSV as the study spec says (BOM decides; else strict UTF-8; else Windows-1252),
parses RFC 4180 records remembering the physical line each starts on, applies the accounting
rules (wrong field count or repeated id -> rejected; every listed item answered and valid ->
complete; else partial), and codes every free-text answer with the codebook spec's token
matching (NFKC, straight quotes, casefold; tokens; sentence segments; exact / prefix / phrase /
NEAR terms; negation; exclude; applies_to; roll-up to ancestors). It is a checking aid written
from the specs, not the reference implementation.
"""

import argparse
import filecmp
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


# =============================================================================================
# YAML subset
# =============================================================================================
class YAMLError(Exception):
    pass


def _strip_comment(s):
    out, q = [], None
    for i, c in enumerate(s):
        if q:
            if c == q:
                q = None
        elif c in "'\"" and (i == 0 or s[i - 1] in " [,{:-"):
            q = c
        elif c == "#" and (i == 0 or s[i - 1] == " "):
            break
        out.append(c)
    return "".join(out).rstrip()


def _scalar(s, where):
    s = s.strip()
    if not s:
        return ""
    if s[0] == "'":
        if not s.endswith("'") or len(s) < 2:
            raise YAMLError(f"unterminated quote at {where}")
        return s[1:-1].replace("''", "'")
    if s[0] == '"':
        if not s.endswith('"') or len(s) < 2:
            raise YAMLError(f"unterminated quote at {where}")
        body = s[1:-1]
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)
    if s[0] == "[":
        return _flow_list(s, where)
    if s[0] == "{":
        return _flow_map(s, where)
    if s[0] in "?&*!|>%@`" or ": " in s or s.endswith(":"):
        raise YAMLError(f"plain scalar {s!r} needs quotes at {where}")
    return s


def _split_flow(body, where):
    parts, cur, q, depth = [], [], None, 0
    for c in body:
        if q:
            cur.append(c)
            if c == q:
                q = None
            continue
        if c in "'\"":
            q = c
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        if c == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    if q:
        raise YAMLError(f"unterminated quote at {where}")
    if "".join(cur).strip():
        parts.append("".join(cur))
    return parts


def _flow_list(s, where):
    if not s.endswith("]"):
        raise YAMLError(f"flow list not closed at {where}")
    parts = _split_flow(s[1:-1], where)
    for p in parts:
        if p.strip()[:1] not in "'\"" and "?" in p:
            raise YAMLError(f"quote {p.strip()!r} in a flow list (a '?' there is YAML syntax) at {where}")
    return [_scalar(p, where) for p in parts]


def _flow_map(s, where):
    if not s.endswith("}"):
        raise YAMLError(f"flow map not closed at {where}")
    out = {}
    for p in _split_flow(s[1:-1], where):
        k, _, v = p.partition(":")
        out[k.strip()] = _scalar(v, where)
    return out


def _key_split(content):
    """'key: value' -> (key, value); None when the line is not a mapping entry."""
    q = None
    for i, c in enumerate(content):
        if q:
            if c == q:
                q = None
            continue
        if c in "'\"" and i == 0:
            q = c
        elif c == ":" and (i + 1 == len(content) or content[i + 1] == " "):
            return _scalar(content[:i], "key"), content[i + 1:].strip()
        elif c in "[{" and i == 0:
            return None
    return None


def load_yaml(path):
    """Parse with the subset reader; if PyYAML happens to be installed, insist it agrees."""
    result = _load_yaml_subset(path)
    try:
        import yaml  # optional: not needed, only a second opinion
    except ImportError:
        return result
    with open(path, encoding="utf-8-sig") as f:
        other = yaml.load(f, Loader=yaml.BaseLoader)
    if other != result:
        raise YAMLError(f"{path}: PyYAML reads this file differently from the subset reader")
    return result


def _load_yaml_subset(path):
    lines = []
    with open(path, encoding="utf-8-sig") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\r\n")
            if "\t" in raw[: len(raw) - len(raw.lstrip())]:
                raise YAMLError(f"{path}:{n}: tab in indentation")
            content = _strip_comment(raw)
            if content.strip() and content.strip() != "---":
                lines.append([len(content) - len(content.lstrip()), content.strip(), n])
    pos = [0]

    def where():
        return f"{path}:{lines[pos[0]][2]}" if pos[0] < len(lines) else f"{path}:end"

    def node(indent):
        ind, content, _ = lines[pos[0]]
        if content == "-" or content.startswith("- "):
            return seq(ind)
        return mapping(ind)

    def seq(ind):
        out = []
        while pos[0] < len(lines) and lines[pos[0]][0] == ind and (
                lines[pos[0]][1] == "-" or lines[pos[0]][1].startswith("- ")):
            content = lines[pos[0]][1]
            rest = content[1:].lstrip()
            if not rest:
                pos[0] += 1
                out.append(node(lines[pos[0]][0]))
            elif _key_split(rest) is not None and not rest.startswith(("'", '"', "[", "{")) or (
                    rest[0] in "'\"" and _key_split(rest) is not None):
                lines[pos[0]][0] = ind + (len(content) - len(rest))
                lines[pos[0]][1] = rest
                out.append(mapping(lines[pos[0]][0]))
            else:
                out.append(_scalar(rest, where()))
                pos[0] += 1
        return out

    def mapping(ind):
        out = {}
        while pos[0] < len(lines) and lines[pos[0]][0] == ind:
            content = lines[pos[0]][1]
            if content.startswith("- ") or content == "-":
                raise YAMLError(f"unexpected list item at {where()}")
            kv = _key_split(content)
            if kv is None:
                raise YAMLError(f"expected 'key: value' at {where()}")
            key, rest = kv
            if key in out:
                raise YAMLError(f"duplicate key {key!r} at {where()}")
            pos[0] += 1
            if rest:
                if rest[0] in "|>":
                    raise YAMLError(f"block scalars are not supported by this checker at {where()}")
                out[key] = _scalar(rest, where())
            elif pos[0] < len(lines) and (lines[pos[0]][0] > ind or (
                    lines[pos[0]][0] == ind and lines[pos[0]][1].startswith("- "))):
                out[key] = node(lines[pos[0]][0])
            else:
                out[key] = ""
        if pos[0] < len(lines) and lines[pos[0]][0] > ind:
            raise YAMLError(f"bad indentation at {where()}")
        return out

    if not lines:
        raise YAMLError(f"{path}: empty")
    result = node(lines[0][0])
    if pos[0] != len(lines):
        raise YAMLError(f"trailing content at {where()}")
    return result


# =============================================================================================
# CSV
# =============================================================================================
def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8 with BOM"
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le"), "UTF-16LE with BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "Windows-1252"


def parse_csv(text, delim=","):
    """Records as (start_line, fields). Physical lines: CRLF, LF and CR each end one line."""
    records, fields, field = [], [], []
    line, start, i, n = 1, 1, 0, len(text)
    in_quotes, at_field_start, any_content = False, True, False
    while i < n:
        c = text[i]
        if in_quotes:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 2
                    continue
                in_quotes = False
                i += 1
                continue
            if c == "\r" or c == "\n":
                if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                    field.append("\r\n")
                    i += 2
                else:
                    field.append(c)
                    i += 1
                line += 1
                continue
            field.append(c)
            i += 1
            continue
        if c == '"' and at_field_start:
            in_quotes, at_field_start, any_content = True, False, True
            i += 1
            continue
        if c == delim:
            fields.append("".join(field))
            field, at_field_start, any_content = [], True, True
            i += 1
            continue
        if c == "\r" or c == "\n":
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            i += 1
            if any_content or field:
                fields.append("".join(field))
                records.append((start, fields))
            fields, field, at_field_start, any_content = [], [], True, False
            line += 1
            start = line
            continue
        field.append(c)
        at_field_start, any_content = False, True
        i += 1
    if in_quotes:
        raise ValueError(f"unterminated quote opened in the record starting at line {start}")
    if any_content or field:
        fields.append("".join(field))
        records.append((start, fields))
    return records


# =============================================================================================
# Scales and accounting
# =============================================================================================
BUILTIN_SCALES = {
    "confidence-0-100": {"type": "numeric", "min": "0", "max": "100", "positive_from": "70"},
    "confidence-1-10": {"type": "numeric", "min": "1", "max": "10", "positive_from": "7"},
    "frequency-5": {"type": "ordinal",
                    "levels": ["Never", "Rarely", "Some of the time", "Most of the time", "All of the time"],
                    "positive": ["Most of the time", "All of the time"]},
    "agreement-5": {"type": "ordinal",
                    "levels": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                               "Strongly agree"],
                    "positive": ["Agree", "Strongly agree"]},
}
NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def value_of(scale, raw):
    """(score, positive) for a valid answer, None for blank; raises ValueError for an invalid one."""
    v = raw.strip()
    if not v:
        return None
    if scale["type"] == "numeric":
        if not NUMBER.match(v) or not float(scale["min"]) <= float(v) <= float(scale["max"]):
            raise ValueError(v)
        return float(v), float(v) >= float(scale["positive_from"])
    levels = [lv.strip().lower() for lv in scale["levels"]]
    if v.lower() not in levels:
        raise ValueError(v)
    k = levels.index(v.lower())
    return float(k + 1), scale["levels"][k] in scale["positive"]


def column_names(fmt, header_rows):
    if fmt == "surveymonkey":
        row1, row2 = header_rows
        names, subs, q = [], [], ""
        for i, cell in enumerate(row1):
            if cell.strip():
                q = cell.strip()
            label = row2[i].strip() if i < len(row2) else ""
            if label in ("", "Response", "Open-Ended Response"):
                names.append(q)
                subs.append(None)
            else:
                names.append(f"{q} - {label}")
                subs.append(label)
        return names, subs
    return [c.strip() for c in header_rows[0]], [None] * len(header_rows[0])


def resolve(name, names, subs):
    if name in names:
        return names.index(name)
    loose = [i for i, c in enumerate(names) if c.lower() == name.strip().lower()]
    if len(loose) == 1:
        return loose[0]
    bysub = [i for i, s in enumerate(subs) if s is not None and s.lower() == name.strip().lower()]
    if len(bysub) == 1:
        return bysub[0]
    raise KeyError(name)


SM_META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
           "Last Name", "Custom Data 1"]
MSF_META = ["ID", "Start time", "Completion time", "Email", "Name"]
SM_DATE = re.compile(r"^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d [AP]M$")
MSF_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d\d \d{1,2}:\d\d:\d\d$")


def load_dataset(ds, base, scales, problems):
    path = os.path.join(base, ds["file"])
    data = open(path, "rb").read()
    text, encoding = decode(data)
    first_end = data.find(b"\n")
    newline = "CRLF" if first_end > 0 and data[first_end - 1:first_end] == b"\r" else "LF"
    records = parse_csv(text)
    fmt = ds.get("format", "csv")
    nhead = 2 if fmt == "surveymonkey" else 1
    header_rows = [r[1] for r in records[:nhead]]
    rows = records[nhead:]
    names, subs = column_names(fmt, header_rows)
    width = len(header_rows[0])
    if fmt == "surveymonkey":
        if header_rows[0][:9] != SM_META:
            problems.append(f"{ds['id']}: row 1 does not start with the SurveyMonkey metadata columns")
        if any(header_rows[1][:9]):
            problems.append(f"{ds['id']}: row 2 is not blank under the metadata")
        if len(header_rows[1]) != width:
            problems.append(f"{ds['id']}: header rows differ in width")
    if fmt == "msforms" and header_rows[0][:5] != MSF_META:
        problems.append(f"{ds['id']}: header does not start with {MSF_META}")
    if len(set(names)) != len(names):
        problems.append(f"{ds['id']}: repeated column names")

    def col(name, what):
        try:
            return resolve(name, names, subs)
        except KeyError:
            problems.append(f"{ds['id']}: {what} names column {name!r}, which is not in the file")
            return None

    id_col = col(ds["respondent_id"], "respondent_id") if ds.get("respondent_id") else None
    attrs = [(a, col(a, "attributes")) for a in ds.get("attributes", [])]
    items = [(it, col(it["column"], "items")) for it in ds.get("items", [])]
    free = [(q, col(q, "free_text")) for q in ds.get("free_text", [])]
    date_cols = [names.index(c) for c in (["Start Date", "End Date"] if fmt == "surveymonkey" else
                                          ["Start time", "Completion time"]) if c in names]
    date_re = SM_DATE if fmt == "surveymonkey" else MSF_DATE
    seen, acc, rejected, invalid, usable = {}, {"rows_read": 0, "complete": 0, "partial": 0, "rejected": 0}, [], [], []
    stats = {it["id"]: [] for it, _ in items}
    for line, fields in rows:
        acc["rows_read"] += 1
        if len(fields) != width:
            acc["rejected"] += 1
            rejected.append((line, f"{len(fields)} fields where the header has {width}"))
            continue
        rid = fields[id_col] if id_col is not None else str(line)
        if rid in seen:
            acc["rejected"] += 1
            rejected.append((line, f"respondent id {rid} repeats the record on line {seen[rid]}"))
            continue
        seen[rid] = line
        for c in date_cols:
            if fields[c] and not date_re.match(fields[c]):
                problems.append(f"{ds['id']}: line {line}: date {fields[c]!r} not in the expected form")
        ok = True
        for it, c in items:
            if c is None:
                continue
            try:
                v = value_of(scales[it["scale"]], fields[c])
            except ValueError:
                invalid.append((line, rid, names[c], fields[c]))
                ok = False
                continue
            if v is None:
                ok = False
            else:
                stats[it["id"]].append(v)
        acc["complete" if ok else "partial"] += 1
        usable.append((rid, fields))
    return dict(acc=acc, rejected=rejected, invalid=invalid, stats=stats, names=names, encoding=encoding,
                newline=newline, width=width, usable=usable, free=free, attrs=attrs, items=items)


# =============================================================================================
# Codebook matching (codebook spec section 3)
# =============================================================================================
NEGATORS = {"no", "not", "never", "without", "nothing", "nobody", "none", "hardly", "cannot"}
ABBREVIATIONS = {"dr.", "mr.", "mrs.", "ms.", "mx.", "prof.", "e.g.", "i.e.", "vs."}
QUOTE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})


def normalise(s):
    return unicodedata.normalize("NFKC", s).translate(QUOTE_MAP).casefold()


def _alnum(c):
    return unicodedata.category(c)[0] in "LN"


def _letter(c):
    return unicodedata.category(c)[0] == "L"


def tokens(s):
    s = normalise(s)
    out, cur = [], []
    for i, c in enumerate(s):
        if _alnum(c):
            cur.append(c)
        elif c == "'" and cur and _letter(s[i - 1]) and i + 1 < len(s) and _letter(s[i + 1]):
            cur.append(c)
        else:
            if cur:
                out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def sentences(text):
    segs, start, i, n = [], 0, 0, len(text)
    while i < n:
        c = text[i]
        if c in "\r\n":
            segs.append(text[start:i])
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            i += 1
            start = i
            continue
        if c in ".!?":
            j = i
            while j < n and text[j] in ".!?":
                j += 1
            k = j
            while k < n and text[k] in "\"')]}\u2019\u201d":
                k += 1
            if k == n or text[k].isspace():
                w = i
                while w > start and not text[w - 1].isspace():
                    w -= 1
                word = text[w:j].lstrip("([\"'").lower()
                if word not in ABBREVIATIONS:
                    segs.append(text[start:k])
                    start = i = k
                    continue
            i = j
            continue
        i += 1
    segs.append(text[start:])
    return [s.strip() for s in segs if s.strip()]


class Term:
    def __init__(self, word):
        self.prefix = word.endswith("*")
        if self.prefix:
            word = word[:-1]
        toks = tokens(word)
        if len(toks) != 1:
            raise ValueError(f"term {word!r} is not one token")
        self.text = toks[0]
        if self.prefix and len(self.text) < 3:
            raise ValueError(f"wildcard stem {word!r} shorter than 3 characters")

    def hit(self, tok):
        return tok.startswith(self.text) if self.prefix else tok == self.text


def compile_phrase(text):
    terms = []
    for w in text.split():
        star = w.endswith("*")
        toks = tokens(w[:-1] if star else w)
        if not toks:
            raise ValueError(f"empty term in {text!r}")
        for j, t in enumerate(toks):
            terms.append(Term(t + ("*" if star and j == len(toks) - 1 else "")))
    return terms


def phrase_spans(terms, toks):
    out, m = [], len(terms)
    for s in range(len(toks) - m + 1):
        if all(terms[k].hit(toks[s + k]) for k in range(m)):
            out.append((s, s + m))
    return out


NEAR = re.compile(r"^(.+?) NEAR/(\d+) (.+)$")


class Pattern:
    def __init__(self, src):
        self.src = src
        m = NEAR.match(src.strip())
        if m:
            self.near = int(m.group(2))
            self.a, self.b = (self._operand(x) for x in (m.group(1), m.group(3)))
        else:
            self.near = None
            self.a = compile_phrase(src)

    @staticmethod
    def _operand(x):
        x = x.strip()
        if x.startswith('"') and x.endswith('"'):
            return compile_phrase(x[1:-1])
        if len(x.split()) != 1:
            raise ValueError(f"unquoted multi-word NEAR operand {x!r}")
        return compile_phrase(x)

    def spans(self, toks):
        """(first token of the match, end) pairs."""
        if self.near is None:
            return phrase_spans(self.a, toks)
        out = []
        for a in phrase_spans(self.a, toks):
            for b in phrase_spans(self.b, toks):
                first, second = (a, b) if a[0] <= b[0] else (b, a)
                if second[0] >= first[1] and second[0] - first[1] <= self.near:
                    out.append((first[0], max(a[1], b[1])))
        return out


def negated(toks, first):
    return any(t in NEGATORS or t.endswith("n't") for t in toks[max(0, first - 3):first])


class Code:
    def __init__(self, d, parent, options, theme):
        self.id, self.label, self.parent = d["id"], d.get("label", ""), parent
        self.theme = theme or self
        self.patterns = [Pattern(p) for p in d.get("patterns", []) or []]
        self.exclude = [Pattern(p) for p in d.get("exclude", []) or []]
        neg = d.get("negation", None)
        self.negation = options["negation"] if neg in (None, "") else neg == "true"
        applies = d.get("applies_to", None)
        self.applies_to = applies if applies else (parent.applies_to if parent else None)
        self.children = [Code(c, self, options, self.theme) for c in d.get("codes", []) or []]

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def ancestors(self):
        c = self
        while c:
            yield c
            c = c.parent

    def applies(self, ds):
        return self.applies_to is None or ds["kind"] in self.applies_to or ds["id"] in self.applies_to

    def codes_segment(self, toks):
        if not self.patterns:
            return []
        if any(p.spans(toks) for p in self.exclude):
            return []
        hits = []
        for p in self.patterns:
            for first, end in p.spans(toks):
                if self.negation and negated(toks, first):
                    continue
                hits.append((p.src, first, end))
        return hits


def load_codebook(path):
    cb = load_yaml(path)
    opts = cb.get("options", {}) or {}
    options = {"negation": opts.get("negation", "true") == "true", "segment": opts.get("segment", "sentence")}
    themes = [Code(t, None, options, None) for t in cb["themes"]]
    return cb, options, themes


# =============================================================================================
# Report
# =============================================================================================
def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "   - "


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--study", default=os.path.join(ROOT, "Surveys", "study.yaml"))
    ap.add_argument("--uncoded", action="store_true", help="list non-empty answers that no code catches")
    ap.add_argument("--show", metavar="CODE", help="list the segments CODE (or its sub-codes) catches")
    ap.add_argument("--determinism", action="store_true", help="regenerate twice and compare with Surveys/")
    args = ap.parse_args()
    problems = []

    if args.determinism:
        gen = os.path.join(HERE, "generate.py")
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            for d in (a, b):
                subprocess.run([sys.executable, gen, "--out", d], check=True, stdout=subprocess.DEVNULL)
            for name in sorted(os.listdir(a)):
                same_ab = filecmp.cmp(os.path.join(a, name), os.path.join(b, name), shallow=False)
                committed = os.path.join(ROOT, "Surveys", name)
                same_c = os.path.exists(committed) and filecmp.cmp(os.path.join(a, name), committed, shallow=False)
                print(f"determinism: {name}: run1==run2 {same_ab}, ==Surveys/ {same_c}")
                if not (same_ab and same_c):
                    problems.append(f"{name} is not reproduced byte for byte")

    study = load_yaml(args.study)
    base = os.path.dirname(args.study)
    scales = dict(BUILTIN_SCALES)
    scales.update(study.get("scales", {}) or {})
    for sid, sc in scales.items():
        if sc["type"] == "ordinal":
            missing = [p for p in sc["positive"] if p not in sc["levels"]]
            if missing:
                problems.append(f"scale {sid}: positive levels {missing} are not levels")
    print(f"study: {study['study']['title']} ({study['study'].get('organisation', '')})")

    loaded = []
    below70 = [0, 0]
    for ds in study["datasets"]:
        r = load_dataset(ds, base, scales, problems)
        loaded.append((ds, r))
        a = r["acc"]
        rate = f", response rate {pct(a['rows_read'], int(ds['invited']))}" if ds.get("invited") else ""
        print(f"\n== {ds['id']} ({ds['file']}: {r['encoding']}, {r['newline']}, {r['width']} columns)")
        print(f"   rows read {a['rows_read']}: complete {a['complete']}, partial {a['partial']}, "
              f"rejected {a['rejected']}{rate}")
        assert a["rows_read"] == a["complete"] + a["partial"] + a["rejected"]
        for line, why in r["rejected"]:
            print(f"   rejected  line {line}: {why}")
        for line, rid, colname, v in r["invalid"]:
            print(f"   invalid   line {line}: id {rid}: {colname!r} = {v!r}")
        for it, c in r["items"]:
            vals = r["stats"][it["id"]]
            if not vals:
                continue
            mean = sum(v for v, _ in vals) / len(vals)
            print(f"   item {it['id']:<24} n={len(vals):3d} mean={mean:6.2f} positive={pct(sum(p for _, p in vals), len(vals))}")
            if it["scale"] == "confidence-0-100":
                below70[0] += sum(1 for v, _ in vals if v < 70)
                below70[1] += len(vals)
        for name, c in r["attrs"]:
            if c is None:
                continue
            counts = {}
            for _, f in r["usable"]:
                counts[f[c] or "(blank)"] = counts.get(f[c] or "(blank)", 0) + 1
            print(f"   attribute {name!r}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"\n0-100 answers below 70 (all waves): {below70[0]}/{below70[1]} = {pct(*below70)}")

    # change between waves: the same item id in two data sets of the same kind
    by_kind = {}
    for ds, r in loaded:
        by_kind.setdefault(ds["kind"], []).append((ds.get("wave", ""), ds, r))
    for kind, group in by_kind.items():
        group.sort(key=lambda g: g[0])
        for (w1, d1, r1), (w2, d2, r2) in zip(group, group[1:]):
            print(f"\nchange {d1['id']} -> {d2['id']} (Welch t on scores; |t| > 1.96 is roughly p < .05)")
            for iid in r2["stats"]:
                a_, b_ = r1["stats"].get(iid), r2["stats"][iid]
                if not a_ or not b_:
                    print(f"   {iid:<24} only in {d2['id'] if not a_ else d1['id']}")
                    continue
                xs, ys = [v for v, _ in a_], [v for v, _ in b_]
                m1, m2 = sum(xs) / len(xs), sum(ys) / len(ys)
                v1 = sum((x - m1) ** 2 for x in xs) / (len(xs) - 1)
                v2 = sum((y - m2) ** 2 for y in ys) / (len(ys) - 1)
                t = (m2 - m1) / ((v1 / len(xs) + v2 / len(ys)) ** 0.5 or 1)
                print(f"   {iid:<24} {m1:6.2f} -> {m2:6.2f}  diff {m2 - m1:+6.2f}  t {t:+5.2f}")

    # coding
    cb, options, themes = load_codebook(os.path.join(base, study["study"]["codebook"]))
    codes = [c for t in themes for c in t.walk()]
    ids = [c.id for c in codes]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        problems.append(f"codebook: duplicate ids {sorted(dup)}")
    for c in codes:
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", c.id):
            problems.append(f"codebook: bad id {c.id!r}")
    srcs = {}
    for c in codes:
        for p in c.patterns:
            srcs.setdefault(p.src, []).append(c.id)
    for p, cs in srcs.items():
        if len(cs) > 1:
            problems.append(f"codebook: pattern {p!r} repeated in {cs} (a lint warning)")
    print(f"\ncodebook: {cb['codebook']['name']} {cb['codebook'].get('version', '')}: {len(themes)} themes, "
          f"{len(codes) - len(themes)} codes below them, segment={options['segment']}")

    answer_hits = {c.id: 0 for c in codes}
    per_ds = {}
    total, uncoded_list, shown = 0, [], []
    for ds, r in loaded:
        n_ans = n_coded = 0
        for rid, fields in r["usable"]:
            for q, c in r["free"]:
                if c is None:
                    continue
                text = fields[c]
                if not text.strip():
                    continue
                n_ans += 1
                segs = sentences(text) if options["segment"] == "sentence" else [text.strip()]
                coded = set()
                for seg in segs:
                    toks = tokens(seg)
                    for code in codes:
                        if not code.applies(ds):
                            continue
                        hits = code.codes_segment(toks)
                        if hits:
                            for anc in code.ancestors():
                                coded.add(anc.id)
                            if args.show and args.show in [x.id for x in code.ancestors()]:
                                shown.append(f"[{ds['id']} {code.id}] {seg!r}  <- {sorted({h[0] for h in hits})}")
                for cid in coded:
                    answer_hits[cid] += 1
                if coded:
                    n_coded += 1
                else:
                    uncoded_list.append(f"[{ds['id']} | {q[:30]}] {text!r}")
        per_ds[ds["id"]] = (n_ans, n_coded)
        total += n_ans
    print("\nfree text: non-empty answers coded by at least one code")
    for k, (n_ans, n_coded) in per_ds.items():
        print(f"   {k:<24} {n_coded:4d}/{n_ans:<4d} {pct(n_coded, n_ans)}   uncoded {pct(n_ans - n_coded, n_ans)}")
    all_coded = sum(v[1] for v in per_ds.values())
    print(f"   {'all':<24} {all_coded:4d}/{total:<4d} {pct(all_coded, total)}   uncoded {pct(total - all_coded, total)}")
    print("\nshare of all non-empty answers each theme / code catches (roll-up to ancestors)")
    for t in themes:
        for c in t.walk():
            depth = len(list(c.ancestors())) - 1
            flag = "   <- catches nothing" if answer_hits[c.id] == 0 and c.patterns else ""
            print(f"   {'  ' * depth}{c.id:<{34 - 2 * depth}} {answer_hits[c.id]:4d} {pct(answer_hits[c.id], total)}{flag}")
    if args.uncoded:
        print("\nuncoded answers:")
        for u in uncoded_list:
            print("   " + u)
    if args.show:
        print(f"\nsegments coded {args.show}:")
        for s in shown:
            print("   " + s)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("   " + p)
        sys.exit(1)
    print("\nno problems found")


if __name__ == "__main__":
    main()
