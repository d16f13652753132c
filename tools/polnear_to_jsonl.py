#!/usr/bin/env python3
"""Writes a PolNeAR split as readout JSONL input: one article per text file, with its id
(the file name without .txt) and its publication date (the YYYY-MM-DD in the file name,
e.g. breitbart_2015-11-11_... -> 2015-11-11), so that relative times and dated actor roles
resolve as they did when the article appeared. Used for the events hand-check
(tools/draw_events.py, docs/events.md).

usage: tools/polnear_to_jsonl.py ../shared/data/polnear/train > train.jsonl
"""
import json
import os
import re
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    text_dir = os.path.join(sys.argv[1], "text")
    for name in sorted(os.listdir(text_dir)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(text_dir, name), encoding="utf-8") as f:
            text = f.read()
        article = {"id": name[:-4], "text": text}
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
        if m:
            article["date"] = m.group(1)
        print(json.dumps(article, ensure_ascii=False))


if __name__ == "__main__":
    main()
