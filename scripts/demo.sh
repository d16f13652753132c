#!/usr/bin/env bash
# The README's first command: install what is missing, build, read the bundled
# sample articles with the built-in dictionaries, store them in readout.db,
# and show what the record answers and how to ask it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
./build/readout analyze samples/ --format text --date 2025-02-12
# Ingest is idempotent: running the demo again stores nothing twice.
./build/readout ingest --db readout.db samples/ --date 2025-02-12
echo
echo "== Who said what in kyiv-drone-strikes (readout query quotes --article kyiv-drone-strikes)"
./build/readout query quotes --db readout.db --article kyiv-drone-strikes
echo
echo "== Who did what to whom in kyiv-drone-strikes (readout query events --article kyiv-drone-strikes)"
./build/readout query events --db readout.db --article kyiv-drone-strikes
cat <<'HELP'

Ask the record more:
  ./build/readout query quotes   --db readout.db --speaker NAME --about NAME --text WORDS --from DATE --to DATE
  ./build/readout query events   --db readout.db --dyad RUS-UKR --code 19 --format csv
  ./build/readout query entities --db readout.db --type PERSON
  ./build/readout query timeline --db readout.db --dyad USA-RUS --by week
  ./build/readout export         --db readout.db --format phoenix > events.tsv
The tables are described in docs/schema.md.
HELP
