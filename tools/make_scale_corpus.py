#!/usr/bin/env python3
"""Writes a large JSONL corpus for the store's scale check (docs/performance.md, "Store").

Every output article is a PolNeAR text (../shared/data/polnear/train/text) under a new id,
perturbed so that the database holds a realistic mix:
  - 70% "rewrites": the base article's paragraphs with about a third replaced by paragraphs of
    other articles and the order partly shuffled (new stories, not wire copies);
  - 30% "wire copies": the base text with a new first line, a dropped or added closing
    paragraph and a few words changed (near-duplicates of an earlier article).
Dates are spread over 2016 so timelines have many periods. The corpus is not stored anywhere:
it is regenerated from ../shared at run time (PolNeAR may not be redistributed).

usage: tools/make_scale_corpus.py [--count 100000] [--seed 1] > scale.jsonl
"""
import argparse
import datetime
import json
import os
import random
import sys


def load_texts(root):
    text_dir = os.path.join(root, "data", "polnear", "train", "text")
    names = sorted(n for n in os.listdir(text_dir) if n.endswith(".txt"))
    texts = []
    for n in names:
        with open(os.path.join(text_dir, n), encoding="utf-8") as f:
            texts.append((n[:-4], f.read()))
    return texts


def paragraphs(text):
    ps = [p.strip() for p in text.split("\n") if p.strip()]
    return ps or [text]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = load_texts(args.shared)
    paras = [paragraphs(t) for _, t in texts]
    start = datetime.date(2016, 1, 1)
    out = sys.stdout
    for i in range(args.count):
        b = i % len(texts)
        base = paras[b]
        if rng.random() < 0.3:
            ps = list(base)
            ps.insert(0, "By %s Staff" % rng.choice(["Wire", "Agency", "News", "Desk"]))
            if len(ps) > 3 and rng.random() < 0.5:
                ps.pop()
            else:
                ps.append("Additional reporting by correspondent %d." % rng.randrange(1000))
            words = " ".join(ps).split(" ")
            for _ in range(3):
                k = rng.randrange(len(words))
                words[k] = words[k].upper() if rng.random() < 0.5 else words[k] + ","
            text = " ".join(words)
        else:
            ps = list(base)
            for k in range(len(ps)):
                if rng.random() < 0.35:
                    other = paras[rng.randrange(len(paras))]
                    ps[k] = other[rng.randrange(len(other))]
            for _ in range(max(1, len(ps) // 4)):
                a, c = rng.randrange(len(ps)), rng.randrange(len(ps))
                ps[a], ps[c] = ps[c], ps[a]
            text = "\n\n".join(ps)
        date = start + datetime.timedelta(days=rng.randrange(366))
        rec = {"id": "scale-%06d" % i, "date": date.isoformat(), "title": texts[b][0],
               "source": "scale-check", "url": "https://example.org/scale/%d" % i, "text": text}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
