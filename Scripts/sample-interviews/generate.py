#!/usr/bin/env python3
"""Generate the interview part of Evident's fictional sample study (Northmoor County Council).

Writes Surveys/interviews/ at the repository root (or --out DIR):
  NM-P01-interview.txt               UTF-8 with BOM, CRLF; [hh:mm:ss] before each label; real first name as label
  NM-P02 interview transcript.docx   Word; bold "Interviewer:" / "Parent:" after [hh:mm:ss]; a metadata table,
                                     a transcriber's comment and a tracked deletion (all left out by the reader)
  NM-P03-interview.txt               Windows-1252, LF; bare hh:mm:ss before "INT:" / "P3:"
  NM-P04.docx                        Word; bold names without a colon ("Interviewer", "Gemma"), then (mm:ss)
  interview-05.md                    Markdown, LF; "Interviewer -" / "Mum -" after (mm:ss); participant from its header
  participants.csv                   pseudonyms, personal names (for redaction only) and attributes; NM-P06 has no transcript

Standard library only, no randomness, fixed timestamps inside the .docx files and stored (not
deflated) zip entries, so running it twice gives byte-identical files on any machine.
Usage:  python3 Scripts/sample-interviews/generate.py [--out DIR] [--check]
Everything written is invented; see Surveys/interviews/README.md.
"""

import argparse
import os
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import kristy  # noqa: E402
import jade  # noqa: E402
import lewis  # noqa: E402
import lisa  # noqa: E402
import donna  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = (2016, 11, 30, 9, 0, 0)

PARTICIPANTS = [
    # participant, pseudonym, name, other names, role, age band, group, locality
    ("NM-P01", "Kristy", "Danielle Hughes", "Tyler; Ruby; Bev; Mrs Patel", "mum", "25–34", "Family Support Team", "East Vale"),
    ("NM-P02", "Jade", "Stacey Doyle", "Mason; Lily-Mae; Nicola", "mum", "18–24", "Children's Centre Outreach", "Riverside"),
    ("NM-P03", "Lewis", "Wayne Forbes", "Kerry; Jayden; Leo; Craig", "dad", "35–44", "Family Support Team", "Central"),
    ("NM-P04", "Lisa", "Gemma Rowley", "Isla; Finley; Alfie; Priya; Sue; Angela", "mum", "25–34", "Children's Centre Outreach", "West Moors"),
    ("NM-P05", "Donna", "Julie Barker", "Connor; Chloe; Dan", "mum", "35–44", "Targeted Youth Support", "North"),
    ("NM-P06", "Shelley", "Amanda Price", "", "mum", "25–34", "Family Support Team", "North"),
]


def clock(seconds, hours=True):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{s:02d}" if hours else f"{m:02d}:{s:02d}"


def timed(turns):
    """(role, text, seconds) for each turn, notes with the time of the turn after them."""
    t = 4
    out = []
    for role, text in turns:
        out.append((role, text, t))
        if role != "N":
            t += 2 + round(len(text.split()) * 0.4)
    return out


def curly(text):
    return text.replace("'", "\u2019")


# ---------------------------------------------------------------------------------- plain text

def text_kristy():
    lines = ["Northmoor County Council \u2013 Early Help evaluation 2016: parent interviews",
             "Participant: NM-P01", "Date: 8 November 2016", "Location: family home, East Vale", "Interviewed by: R. Okafor", ""]
    for role, text, t in timed(kristy.TURNS):
        if role == "N":
            lines.append(text)
            continue
        first, *rest = text.split("\n")
        label = "Interviewer" if role == "I" else "Danielle"
        lines.append(f"[{clock(t)}] {label}: {first}")
        lines.extend(rest)
    lines.append("")
    lines.append("[End of recording]")
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def text_lewis():
    lines = ["Early help evaluation - parent interview", "Participant: NM-P03", "Date: 15 November 2016",
             "Interviewed by: R. Okafor", "Transcribed by: Moorside Typing Services", ""]
    for role, text, t in timed(lewis.TURNS):
        if role == "N":
            lines.append(text)
            continue
        first, *rest = curly(text).split("\n")
        label = "INT" if role == "I" else "P3"
        lines.append(f"{clock(t)} {label}: {first}")
        lines.extend(rest)
        lines.append("")
    lines.append("END OF TRANSCRIPT")
    return ("\n".join(lines) + "\n").encode("cp1252")


def markdown_donna():
    lines = ["# Parent interview, Northmoor early help evaluation", "", "Participant: NM-P05", "Date: 29 November 2016",
             "Interviewed by: R. Okafor", "", "---", ""]
    for role, text, t in timed(donna.TURNS):
        if role == "N":
            lines += [text, ""]
            continue
        first, *rest = text.split("\n")
        label = "Interviewer" if role == "I" else "Mum"
        lines.append(f"({clock(t, hours=False)}) {label} - {first}")
        lines.extend(rest)
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------- Word

def run(text, bold=False, italic=False):
    props = "".join(["<w:b/>" if bold else "", "<w:i/>" if italic else ""])
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{props}<w:t{space}>{escape(text)}</w:t></w:r>"


def paragraph(*runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def table(rows):
    cells = "".join(
        "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{paragraph(run(c, bold=(i == 0)))}</w:tc>'
                           for i, c in enumerate(row)) + "</w:tr>"
        for row in rows)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{cells}</w:tbl>'


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
            "</w:sectPr></w:body></w:document>")


def docx_jade():
    body = [paragraph(run("Early Help evaluation 2016 \u2013 parent interview", bold=True), style="Title"),
            table([["Participant", "NM-P02"], ["Date", "10 November 2016"], ["Location", "Riverside Children\u2019s Centre"],
                   ["Interviewer", "R. Okafor"]]),
            paragraph()]
    for index, (role, text, t) in enumerate(timed(jade.TURNS)):
        if role == "N":
            body.append(paragraph(run(text, italic=True)))
            continue
        first, *rest = curly(text).split("\n")
        label = "Interviewer:" if role == "I" else "Parent:"
        runs = [run(f"[{clock(t)}] "), run(label, bold=True), run(" " + first)]
        if "Station Road" in first:
            runs = ['<w:commentRangeStart w:id="0"/>'] + runs + ['<w:commentRangeEnd w:id="0"/>',
                                                                  '<w:r><w:commentReference w:id="0"/></w:r>']
        if index == 3:
            runs.insert(2, '<w:del w:id="1" w:author="Transcriber" w:date="2016-11-11T09:00:00Z">'
                           '<w:r><w:delText xml:space="preserve"> Um, </w:delText></w:r></w:del>')
        body.append(paragraph(*runs))
        body.extend(paragraph(run(line)) for line in rest)
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">'
                '<w:comment w:id="0" w:author="Transcriber" w:date="2016-11-11T09:00:00Z" w:initials="TS">'
                + paragraph(run("Parent: check the road name with the interviewer before this goes anywhere.")) +
                "</w:comment></w:comments>")
    return docx(document("".join(body)), comments)


def docx_lisa():
    body = [paragraph(run("Parent interview: NM-P04", bold=True)), paragraph(run("Participant: NM-P04")),
            paragraph(run("Date: 22 November 2016")), paragraph(run("Interviewed by: R. Okafor")), paragraph()]
    for role, text, t in timed(lisa.TURNS):
        if role == "N":
            body.append(paragraph(run(text, italic=True)))
            continue
        first, *rest = curly(text).split("\n")
        label = "Interviewer" if role == "I" else "Gemma"
        body.append(paragraph(run(label, bold=True), run(f" ({clock(t, hours=False)})\t{first}")))
        body.extend(paragraph(run(line)) for line in rest)
    return docx(document("".join(body)))


def docx(document_xml, comments=None):
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    if comments:
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        overrides.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    parts = [
        ("[Content_Types].xml", head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"),
        ("_rels/.rels", head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         "</Relationships>"),
        ("docProps/core.xml", head + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Parent interview (fictional sample)</dc:title>'
         "<dc:creator>Northmoor research team</dc:creator>"
         '<dcterms:created xsi:type="dcterms:W3CDTF">2016-11-30T09:00:00Z</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">2016-11-30T09:00:00Z</dcterms:modified></cp:coreProperties>'),
        ("word/_rels/document.xml.rels", head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
        ("word/document.xml", document_xml),
        ("word/styles.xml", head + f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
         '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
         '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style></w:styles>'),
    ]
    if comments:
        parts.append(("word/comments.xml", comments))
    path = os.path.join(tempfile.mkdtemp(), "x.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    with open(path, "rb") as handle:
        data = handle.read()
    os.remove(path)
    return data


# ------------------------------------------------------------------------------------------ CSV

def participants_csv():
    def field(value):
        return f'"{value}"' if any(c in value for c in ',"\n') else value
    rows = [("participant", "pseudonym", "name", "other names", "role", "age band", "group", "locality")] + PARTICIPANTS
    return "".join(",".join(field(v) for v in row) + "\n" for row in rows)


def files():
    return {
        "NM-P01-interview.txt": text_kristy().encode("utf-8"),
        "NM-P02 interview transcript.docx": docx_jade(),
        "NM-P03-interview.txt": text_lewis(),
        "NM-P04.docx": docx_lisa(),
        "interview-05.md": markdown_donna().encode("utf-8"),
        "participants.csv": participants_csv().encode("utf-8"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "Surveys", "interviews"))
    parser.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    different = []
    for name, data in files().items():
        path = os.path.join(args.out, name)
        if args.check:
            with open(path, "rb") as handle:
                if handle.read() != data:
                    different.append(name)
        else:
            with open(path, "wb") as handle:
                handle.write(data)
    if different:
        print("differs: " + ", ".join(different), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
