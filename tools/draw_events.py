#!/usr/bin/env python3
"""Draws a reproducible random sample of coded events for a hand-check (docs/events.md,
"Precision over volume"). Reads the analysed articles (readout analyze output) and the input
JSONL they came from (for the sentence text), prints the events-per-sentence figures and then
N events, each with its code, actors, trigger and sentence, numbered for judging.

usage: tools/draw_events.py INPUT.jsonl ANALYSIS.jsonl [--seed 2026] [--count 100]
"""
import argparse
import json
import random


def actor(side):
    if not side:
        return "-"
    return f'{side.get("actor") or "?"} "{side["text"]}"'


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("input")
    p.add_argument("analysis")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--count", type=int, default=100)
    args = p.parse_args()

    texts = {}
    with open(args.input, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            texts[article["id"]] = article["text"].encode("utf-8")
    events, sentences, with_event = [], 0, 0
    with open(args.analysis, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            text = texts[a["id"]]
            sentences += len(a["sentences"])
            with_event += len({e["sentence"] for e in a["events"]})
            for e in a["events"]:
                s = a["sentences"][e["sentence"]]
                sentence = text[s["start"]:s["end"]].decode("utf-8", "replace")
                events.append((a["id"], " ".join(sentence.split()), e))
    print(f"{sentences} sentences, {len(events)} events, "
          f"{len(events) / max(sentences, 1):.3f} events per sentence, "
          f"{with_event / max(sentences, 1):.1%} of sentences with an event")
    random.seed(args.seed)
    pick = random.sample(events, min(args.count, len(events)))
    for i, (article_id, sentence, e) in enumerate(pick):
        negated = " NEGATED" if e.get("negated") else ""
        print(f'#{i} [{article_id[:40]}] {e["code"]} {actor(e.get("source"))} -> '
              f'{actor(e.get("target"))} [{e["trigger"]["text"]}]{negated}\n    {sentence[:400]}')


if __name__ == "__main__":
    main()
