#!/usr/bin/env python3
"""Turns a PETRARCH-format sentence file (<Sentence date=... id=...><Text>...</Text>) into
readout's JSONL input: one article per sentence, with its id and date, so that
`readout analyze` codes the same sentences PETRARCH would (the <Parse> is ignored: readout
works from raw text). Used for the events-per-sentence figure on the GigaWord sample
(docs/events.md).

usage: tools/petr_xml_to_jsonl.py FILE.xml > sentences.jsonl
"""
import json
import re
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tree = ET.parse(sys.argv[1])
    for s in tree.getroot().iter("Sentence"):
        text_node = s.find("Text")
        if text_node is None or not (text_node.text or "").strip():
            continue
        text = re.sub(r"\s+", " ", text_node.text).strip()
        date = s.get("date", "")
        if re.fullmatch(r"\d{8}", date):
            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        print(json.dumps({"id": s.get("id", ""), "date": date, "text": text}))


if __name__ == "__main__":
    main()
