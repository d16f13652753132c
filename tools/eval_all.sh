#!/usr/bin/env bash
# Runs every accuracy evaluation that docs/evaluation.md reports, against the
# gold data in ../shared (skipped with a note when it is absent), and prints
# the summary lines. Build first (scripts/build.sh).
#
# usage: tools/eval_all.sh [SHARED_DIR=../shared]
set -euo pipefail
cd "$(dirname "$0")/.."
S=${1:-../shared}
R=${READOUT:-./build/readout}
if [ ! -d "$S/data" ]; then
  echo "no gold data under $S/data: nothing to evaluate" >&2
  exit 0
fi
run() {
  echo "== readout eval $*"
  "$R" eval "$@" 2>&1 | tail -n "${TAIL:-6}"
  echo
}
for f in tests/golden/pos/news.pos tests/golden/pos/news_heldout.pos; do
  echo "== readout eval tagger $f"
  "$R" eval tagger "$f" 2>&1 | grep -E '^(tokens|accuracy|unknown accuracy)'
  echo
done
TAIL=3 run entities "$S/data/polnear/dev"
TAIL=5 run quotes "$S/data/polnear/dev"
TAIL=5 run quotes "$S/data/polnear/train"
TAIL=4 run petrarch "$S/data/petrarch2/PETR.UnitTest.records.xml" --dicts "$S/data/petrarch2"
TAIL=6 run spans "$S/data/conflibert/cameo_ner/train.txt"
TAIL=4 run actors "$S/data/ngec/actor_resolution_gold_from_tests.tsv"
