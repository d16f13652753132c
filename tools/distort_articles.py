#!/usr/bin/env python3
"""Writes distorted copies of articles for a crash hunt: each input article
(JSONL: id, date, text) gives eight variants: cut at a random point, lower
case, upper case, punctuation stripped, 40 stray quote marks and brackets,
words shuffled, spaces removed, and "said" before every full stop; plus one
article made of the first 60 joined and three degenerate ones (5,000 quote
marks, "said " 5,000 times, an unclosed quote of 3,000 commas). Run
`readout analyze --threads 1 OUT.jsonl > /dev/null`: it must exit 0 with every
article analysed (the fuzz run of docs/performance.md's seventh session).

usage: tools/distort_articles.py INPUT.jsonl OUT.jsonl [--seed 7] [--count 120]
"""
import argparse
import json
import random

MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "(", ")", "—", ":", ";", ",", "."]


def variants(text, rng):
    yield text[: rng.randrange(len(text) or 1)]
    yield text.lower()
    yield text.upper()
    yield "".join(c for c in text if c.isalnum() or c.isspace())
    chars = list(text)
    for _ in range(40):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(MARKS))
    yield "".join(chars)
    words = text.split()
    rng.shuffle(words)
    yield " ".join(words)
    yield text.replace(" ", "")
    yield text.replace(".", " said.")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--count", type=int, default=120)
    args = p.parse_args()
    rng = random.Random(args.seed)
    with open(args.input, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    texts = []
    for a in rng.sample(articles, min(args.count, len(articles))):
        texts.extend(variants(a["text"], rng))
    texts.append(" ".join(a["text"] for a in articles[:60]))
    texts += ['"' * 5000, "said " * 5000, "“" + "a, " * 3000]
    with open(args.output, "w", encoding="utf-8") as out:
        for n, t in enumerate(texts):
            out.write(json.dumps({"id": f"d{n}", "date": "2016-05-01", "text": t}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} articles")


if __name__ == "__main__":
    main()
