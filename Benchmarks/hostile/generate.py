"""Writes the hostile inputs of issue 14 into a folder, one per case, for run.sh to time.

python3 generate.py OUT_DIR   (needs only the standard library; the mini study is copied from
Tests/EvidentEndToEndTests/Fixtures/mini)
"""
import os
import shutil
import struct
import sys
import zlib

out = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
mini = os.path.join(here, "..", "..", "Tests", "EvidentEndToEndTests", "Fixtures", "mini")
os.makedirs(out, exist_ok=True)


def deflate_zeros(size):
    """Raw deflate of `size` bytes of spaces, streamed (a 900 MiB entry packs to under 1 MB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 20)
    parts = [packer.compress(chunk) for _ in range(size >> 20)]
    parts.append(packer.flush())
    return b"".join(parts)


def zip_with(entries, shared=None):
    """A zip of (name, packed, size, crc); `shared` names further entries pointing at the first."""
    body = b""
    records = []
    for name, packed, size, crc in entries:
        offset = len(body)
        name_bytes = name.encode()
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0, crc, len(packed), size, len(name_bytes), 0)
        body += name_bytes + packed
        records.append((name_bytes, offset, len(packed), size, crc))
    for name in shared or []:
        first = records[0]
        records.append((name.encode(), first[1], first[2], first[3], first[4]))
    directory = b""
    for name_bytes, offset, packed, size, crc in records:
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x800, 8, 0, 0, crc, packed, size,
                                 len(name_bytes), 0, 0, 0, 0, 0, offset) + name_bytes
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(records), len(records), len(directory), len(body), 0)
    return body + directory + end


# 1. A .qdpx whose project.qde and five more entries unpack to 900 MiB each over one packed stream.
size = 900 << 20
packed = deflate_zeros(size)
crc = 0
block = b" " * (1 << 20)
for _ in range(size >> 20):
    crc = zlib.crc32(block, crc)
with open(os.path.join(out, "overlap-bomb.qdpx"), "wb") as f:
    f.write(zip_with([("project.qde", packed, size, crc)], shared=[f"sources/{i}.txt" for i in range(5)]))

# 2. A .qdpx holding project.qde twice (exact and case variant): tools disagree on which counts.
project = b'<?xml version="1.0"?><Project name="p" xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes/></CodeBook></Project>'
def entry(name, data):
    return (name, zlib.compress(data)[2:-4], len(data), zlib.crc32(data))
with open(os.path.join(out, "duplicate.qdpx"), "wb") as f:
    f.write(zip_with([entry("project.qde", project), entry("PROJECT.qde", project)]))

# 3. YAML alias bombs in a codebook: 10 codes of 10 codes ... (6 and 7 levels).
for levels in (6, 7):
    lines = ["codebook:\n  name: bomb", "x0: &c0 {id: a, label: A, patterns: [lol]}"]
    for level in range(1, levels + 1):
        lines.append(f"x{level}: &c{level} {{id: a, label: A, codes: [" + ", ".join([f"*c{level - 1}"] * 10) + "]}")
    lines.append(f"themes:\n  - id: t\n    label: T\n    codes: [*c{levels}]")
    with open(os.path.join(out, f"alias-bomb-{levels}.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")

# 4. A 10 MiB codebook with 101 repeated keys.
with open(os.path.join(out, "repeated-keys.yaml"), "w") as f:
    f.write("codebook: {name: T}\nthemes:\n  - id: a\n    label: First\n")
    for index in range(101):
        f.write(f"    label: Again {index}\n")
    f.write("  - id: b\n    label: B\n    description: >\n")
    line = "      " + "words " * 16 + "\n"
    f.write(line * ((10 << 20) // len(line)))

# 5. The mini study with one answer of 1 MiB (16,000 sentences, each coded).
study = os.path.join(out, "long-answer")
shutil.rmtree(study, ignore_errors=True)
shutil.copytree(mini, study)
sentence = "We kept the flat and school is better, one worker stuck with us. "
answer = sentence * ((1 << 20) // len(sentence) - 1)
path = os.path.join(study, "feedback.csv")
with open(path, encoding="utf-8") as f:
    rows = f.read().splitlines()
cells = rows[1].split(",")
cells[-1] = '"' + answer + '"'
rows[1] = ",".join(cells)
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")

# 6. Workbooks (.xlsx, read through ZipArchive and XMLStreamReader(entry:)): a shared-strings part
# declaring 1 GiB (refused from the declaration, before a byte is inflated), one declaring 10 MiB
# that inflates to 900 MiB (refused while inflating), one that is 200 MiB of honest shared
# strings (under the 256 MiB part limit: read, within 5 s and 300 MB?), and a sheet whose
# entities would expand (refused before expansion).
import random
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BOOK_PARTS = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
}
rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{r - 1}</v></c><c r="B{r}"><v>{r}</v></c></row>' for r in range(1, 21))
SHEET = f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'


def honest_book(path, sheet=SHEET, strings=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        for name, text in BOOK_PARTS.items():
            book.writestr(name, text)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        if strings is not None:
            with book.open("xl/sharedStrings.xml", "w") as part:
                strings(part)


def raw_book(path, shared_packed, shared_size, shared_crc):
    entries = [entry(name, text.encode()) for name, text in BOOK_PARTS.items()]
    entries.append(entry("xl/worksheets/sheet1.xml", SHEET.encode()))
    entries.append(("xl/sharedStrings.xml", shared_packed, shared_size, shared_crc))
    with open(path, "wb") as f:
        f.write(zip_with(entries))


words = "home school worker help money housing calmer support family week trust anxious better".split()
generator = random.Random(14)
block = "".join(f"<si><t>{' '.join(generator.choice(words) for _ in range(6))} {generator.randrange(10**9)}</t></si>"
                for _ in range(20000)).encode()
# 6 MiB of packed bytes for 1 GiB declared: 171:1, under the 200:1 ratio, so the part limit refuses it.
noisy = zlib.compressobj(1, zlib.DEFLATED, -15)
packed = noisy.compress(generator.randbytes(6 << 20)) + noisy.flush()
raw_book(os.path.join(out, "shared-1gib.xlsx"), packed, 1 << 30, 0)
raw_book(os.path.join(out, "shared-lying.xlsx"), deflate_zeros(900 << 20), 10 << 20, 0)


def honest_strings(part):
    part.write(f'<sst xmlns="{MAIN}">'.encode())
    written = 0
    while written < (200 << 20):
        part.write(block)
        written += len(block)
    part.write(b"</sst>")


honest_book(os.path.join(out, "shared-200mib.xlsx"), strings=honest_strings)
honest_book(os.path.join(out, "entities.xlsx"), sheet='<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY a{i} "{"&a;" * 10 if i == 0 else f"&a{i - 1};" * 10}">' for i in range(9))
            + f']><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a8;</t></is></c></row></sheetData></worksheet>')
