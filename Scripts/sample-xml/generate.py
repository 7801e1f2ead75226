#!/usr/bin/env python3
"""Generate the XML part of Evident's fictional sample study (Northmoor County Council, 2017).

Writes, at the repository root:
  Surveys/msc/early-help-msc-2017.xml   Most Significant Change stories from staff and partners
                                        (msc-xml, specs/msc-xml.md), with three deliberate problems
  Surveys/kobo/*.xml                    KoBoToolbox parent-feedback submissions, one per file,
                                        one of them cut off mid-upload

Standard library only and no randomness: running it twice gives byte-identical files.
Usage:  python3 Scripts/sample-xml/generate.py [--out DIR]
Everything written is invented; see Surveys/msc/README.md and Surveys/kobo/README.md.
"""

import argparse
import hashlib
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stories  # noqa: E402
import feedback  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def attribute(value):
    """An attribute value in double quotes, escaped as Evident's MSCWriter escapes it."""
    return '"' + escape(value, {'"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"}) + '"'


def text(value):
    return escape(value)


def msc_document():
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- Fictional sample: Northmoor County Council does not exist; every story, name and school is invented.",
             "     Three stories break a rule on purpose: S-034 has no text, S-035 names an undeclared domain,",
             "     and the last story repeats the id S-012. -->",
             f'<msc-stories xmlns="urn:evident:msc:1" collection={attribute(stories.COLLECTION)}>',
             "  <domains>"]
    for key, label in stories.DOMAINS:
        lines.append(f"    <domain id={attribute(key)}>{text(label)}</domain>")
    lines.append("  </domains>")
    for entry in stories.STORIES + stories.PROBLEMS:
        story_id, domain, collected, title, (group, role), body, significance = entry
        lines.append(f"  <story id={attribute(story_id)} domain={attribute(domain)} collected={attribute(collected)}>")
        lines.append(f"    <title>{text(title)}</title>")
        lines.append(f"    <storyteller group={attribute(group)} role={attribute(role)}/>")
        if body is not None:
            lines.append(f"    <text>{text(body)}</text>")
        if significance is not None:
            lines.append(f"    <significance>{text(significance)}</significance>")
        if story_id in stories.CONSENT and entry not in stories.PROBLEMS:
            lines.append(f"    <consent>{text(stories.CONSENT[story_id])}</consent>")
        if entry in stories.PROBLEMS:
            lines.append("  </story>")
            continue
        if story_id in stories.DISTRICT_REASONS:
            lines.append('    <selection level="district" selected="true">')
            for reason in stories.DISTRICT_REASONS[story_id]:
                lines.append(f"      <reason>{text(reason)}</reason>")
            lines.append("    </selection>")
            if story_id in stories.COUNTY:
                selected, reasons = stories.COUNTY[story_id]
                flag = "true" if selected else "false"
                if reasons:
                    lines.append(f'    <selection level="county" selected="{flag}">')
                    for reason in reasons:
                        lines.append(f"      <reason>{text(reason)}</reason>")
                    lines.append("    </selection>")
                else:
                    lines.append(f'    <selection level="county" selected="{flag}"/>')
        elif story_id in stories.NOT_SELECTED_AT_DISTRICT:
            lines.append('    <selection level="district" selected="false"/>')
        lines.append("  </story>")
    lines.append("</msc-stories>")
    return "\n".join(lines) + "\n"


def uuid_for(seed):
    """A version-4-shaped UUID derived from text, so reruns give the same ids."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return f"{digest[0:8]}-{digest[8:12]}-4{digest[13:16]}-8{digest[17:20]}-{digest[20:32]}"


def submission(entry):
    asset = feedback.ASSET
    instance = uuid_for("instance " + entry["id"])
    lines = ["<?xml version='1.0' encoding='UTF-8' ?>",
             f'<{asset} id="{asset}" version="{feedback.VERSION}"'
             + (' xmlns:orx="http://openrosa.org/xforms">' if entry.get("orx") else ">"),
             f"  <start>{entry['start']}</start>",
             f"  <end>{entry['end']}</end>",
             "  <about>",
             f"    <service>{entry['service']}</service>",
             f"    <respondent>{entry['respondent']}</respondent>",
             "  </about>",
             "  <feedback>"]
    for key in ["got_help", "things_improved", "recommend"]:
        lines.append(f"    <{key}>{entry[key]}</{key}>")
    lines.append(f"    <helped_with>{' '.join(entry['helped_with'])}</helped_with>")
    for key in ["difference", "better"]:
        value = entry.get(key, "")
        lines.append(f"    <{key}>{text(value)}</{key}>" if value else f"    <{key}/>")
    lines.append("  </feedback>")
    lines.append(f"  <__version__>{feedback.VERSION}</__version__>")
    lines.append(f"  <formhub><uuid>{feedback.FORMHUB_UUID}</uuid></formhub>")
    # ODK Collect writes meta in the OpenRosa namespace; KoBo's web forms do not.
    prefix = "orx:" if entry.get("orx") else ""
    lines.append(f"  <{prefix}meta>")
    lines.append(f"    <{prefix}instanceID>uuid:{instance}</{prefix}instanceID>")
    if entry.get("edited"):
        lines.append(f"    <{prefix}deprecatedID>uuid:{uuid_for('first upload ' + entry['id'])}</{prefix}deprecatedID>")
    lines.append(f"  </{prefix}meta>")
    lines.append(f"</{asset}>")
    document = "\n".join(lines) + "\n"
    if entry.get("cut_off"):
        # The phone lost signal mid-upload: the file stops inside <difference>.
        document = document[: document.index("<difference>") + len("<difference>") + 38] + "\n"
    return document


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=os.path.join(ROOT, "Surveys"), help="the Surveys folder to write into")
    args = parser.parse_args()
    write(os.path.join(args.out, "msc", "early-help-msc-2017.xml"), msc_document())
    for entry in feedback.SUBMISSIONS:
        write(os.path.join(args.out, "kobo", f"parent-feedback-{entry['id']}.xml"), submission(entry))
    print(f"wrote {len(stories.STORIES) + len(stories.PROBLEMS)} stories and {len(feedback.SUBMISSIONS)} submissions")


if __name__ == "__main__":
    main()
