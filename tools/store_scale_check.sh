#!/usr/bin/env bash
# The store's scale check (docs/performance.md, "Store"): builds a database of COUNT articles
# from perturbed PolNeAR texts, compares ingest with analyze on the same input, times every
# query of `readout query` (median and worst of RUNS runs, process start included) and
# reports the database size per article.
#
# usage: tools/store_scale_check.sh [COUNT=100000] [THREADS=1] [WORKDIR=/tmp/readout-scale]
# env: SKIP_ANALYZE=1 (no analyze run), SKIP_INGEST=1 (time the queries on the existing
# database), RUNS=N (runs per query, default 7), COLD=1 (drop the database file from the page
# cache before the first run of each query: posix_fadvise DONTNEED on its pages only).
# Each query's first run is reported on its own ("first"): it is the run after opening the
# database, with whatever the page cache holds (nothing with COLD=1); median and worst are
# over all RUNS runs, the first included.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
THREADS=${2:-1}
WORK=${3:-/tmp/readout-scale}
RUNS=${RUNS:-7}
R=${READOUT:-./build/readout}
mkdir -p "$WORK"
IN="$WORK/scale-$COUNT.jsonl"
DB="$WORK/scale-$COUNT.db"
[ -s "$IN" ] || python3 tools/make_scale_corpus.py --count "$COUNT" > "$IN"
MB=$(python3 -c "import os;print(os.path.getsize('$IN')/1e6)")
echo "input: $COUNT articles, $MB MB JSONL"

if [ -z "${SKIP_ANALYZE:-}" ]; then
  /usr/bin/time -f 'analyze: %e s wall, %U s user CPU, %M KB' $R analyze --threads "$THREADS" "$IN" > /dev/null
fi

if [ -z "${SKIP_INGEST:-}" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  /usr/bin/time -f 'ingest:  %e s wall, %U s user CPU, %M KB' $R ingest --db "$DB" --threads "$THREADS" --timings "$IN"
fi
SIZE=$(stat -c %s "$DB")
USED=$(sqlite3 "$DB" "SELECT (SELECT page_count FROM pragma_page_count) - (SELECT freelist_count FROM pragma_freelist_count)")
PAGE=$(sqlite3 "$DB" "PRAGMA page_size")  # 8192 for files created since the fifth session, 4096 before
STORED=$(sqlite3 "$DB" "SELECT count(*) FROM articles")
python3 -c "print('db: %.1f MB file, %.1f MB in use, %.1f KB per stored article (%d stored), %d-byte pages' % ($SIZE/1e6, $USED*$PAGE/1e6, $USED*$PAGE/1e3/$STORED, $STORED, $PAGE))"
sqlite3 "$DB" "SELECT 'articles', count(*) FROM articles; SELECT 'wire copies', count(*) FROM articles WHERE duplicate_of IS NOT NULL; SELECT 'quotes', count(*) FROM quotes; SELECT 'events', count(*) FROM events; SELECT 'entities', count(*) FROM entities; SELECT 'entity clusters', sum(json_array_length(entities)) FROM articles;"

time_query() {
  python3 - "$@" <<'EOF'
import subprocess, sys, time, statistics, os, resource
args = sys.argv[1:]
runs = int(os.environ.get("RUNS", "7"))
if os.environ.get("COLD"):
    db = args[args.index("--db") + 1]
    for path in (db, db + "-wal"):
        if os.path.exists(path):
            fd = os.open(path, os.O_RDONLY)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
ts, cpu = [], []
for _ in range(runs):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
    ts.append((time.perf_counter() - t) * 1000)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) * 1000)
rows = subprocess.run(args, capture_output=True, text=True).stdout.count("\n")
print("| `%s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f |" % (" ".join(args[2:-4]), rows, ts[0], statistics.median(ts),
                                                        max(ts), statistics.median(cpu), max(cpu)))
EOF
}
echo "| query | rows | first ms | median ms | worst ms | CPU median ms | CPU worst ms |"
echo "|---|---|---|---|---|---|---|"
while IFS= read -r line; do
  [ -z "$line" ] && continue
  eval "set -- $line"
  time_query $R query "$@" --db "$DB" --format jsonl
done <<'QUERIES'
quotes --speaker "Donald Trump"
quotes --speaker Clinton
quotes --about Clinton
quotes --speaker Trump --about Clinton
quotes --text "email server"
quotes --text "Russia sanctions"
quotes --text "email server" --from 2016-06-01 --to 2016-06-30
quotes --from 2016-03-01 --to 2016-03-31
quotes --speaker Trump --from 2016-06-01 --to 2016-06-30
quotes --speaker Polyakova
quotes --about Putin
quotes --about Putin --from 2016-06-01 --to 2016-06-30
quotes --about Clinton --text emails
events --source USA
events --target RUS
events --code 04
events --dyad USA-RUS
events --source USAGOV --target RUS
events --code 190
events --source ZWE
events --from 2016-06-01 --to 2016-06-30
entities
entities --name Trump
entities --type ORG
timeline --dyad USA-RUS --by week
timeline --dyad USA-MEX --by month
timeline --dyad USA-RUS --by day
timeline --dyad USA-RUS --by month
timeline --by day
QUERIES
