#!/usr/bin/env bash
# The store's floor: how long SQLite alone takes to write the rows of a built graph into an empty
# graph of the same schema, with no reading, no annotation and no Swift at all. It sets the lower
# bound of `litgraph build` with its schema on this machine: the rows go in by `INSERT ... SELECT`
# from the built database, the cheapest way SQLite has to insert them, in three timed steps as a
# build into an empty graph does them:
#   rows       the tables (documents, sentences and their keys, entities and names, mentions,
#              relations, evidence), in one transaction, the secondary indexes left out;
#   full-text  the sentences into the FTS5 index (`sentence_search`), in one transaction;
#   indexes    the secondary indexes created sorted (4 MiB sort memory, as a build does) and the
#              WAL checkpointed into the database file.
# The page cache is 32 MiB and the journal is WAL with synchronous=NORMAL, as in a build.
#
# Usage: Scripts/bench-store-floor.sh [--runs N] [--db BUILT.db]
#   --db F    a database `litgraph build` wrote (default: the bench corpus, built first into a
#             temporary folder with the release binary, `--jobs 2`)
#   --runs N  repeat the three steps N times (default 3); each run starts from an empty graph
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
source_db=
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift ;;
        --db) source_db=$2; shift ;;
        *) echo "usage: $0 [--runs N] [--db BUILT.db]" >&2; exit 64 ;;
    esac
    shift
done
command -v sqlite3 > /dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3" >&2; exit 69; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$source_db" ]; then
    corpus=../shared/bench/abstracts.jsonl
    [ -f "$corpus" ] || { echo "$corpus: no such file; pass --db with a built database" >&2; exit 66; }
    swift build -c release --product litgraph > /dev/null
    source_db=$work/source.db
    .build/release/litgraph build "$corpus" --db "$source_db" --jobs 2 > /dev/null
fi
[ -f "$source_db" ] || { echo "$source_db: no such database" >&2; exit 66; }
source_db=$(realpath "$source_db")

# The schema without the secondary indexes and without FTS5's own tables (the virtual table
# creates them), and the index statements apart.
sqlite3 "$source_db" .schema | python3 -c '
import re, sys
statements = [s.strip() for s in re.split(r";\s*\n", sys.stdin.read()) if s.strip()]
tables = [s for s in statements
          if not s.startswith("CREATE INDEX") and not re.match(r"CREATE TABLE .?sentence_search_", s)]
print(";\n".join(tables) + ";")' > "$work/schema.sql"
sqlite3 "$source_db" .schema | grep '^CREATE INDEX' > "$work/indexes.sql"

settings="PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;"
cat > "$work/rows.sql" <<SQL
$settings
ATTACH '$source_db' AS built;
BEGIN;
INSERT INTO documents SELECT * FROM built.documents;
INSERT INTO sentences SELECT * FROM built.sentences;
INSERT INTO sentence_keys SELECT * FROM built.sentence_keys;
INSERT INTO entities SELECT * FROM built.entities;
INSERT INTO entity_names SELECT * FROM built.entity_names;
INSERT INTO mentions SELECT * FROM built.mentions;
INSERT INTO relations SELECT * FROM built.relations;
INSERT INTO evidence SELECT * FROM built.evidence;
COMMIT;
SQL
cat > "$work/fulltext.sql" <<SQL
$settings
BEGIN;
INSERT INTO sentence_search (rowid, text) SELECT id, text FROM sentence_texts;
COMMIT;
SQL
{
    echo "PRAGMA cache_size = -4096;"
    echo "BEGIN;"
    cat "$work/indexes.sql"
    echo "COMMIT;"
    echo "PRAGMA wal_checkpoint(TRUNCATE);"
} > "$work/indexes-run.sql"

documents=$(sqlite3 "$source_db" "SELECT count(*) FROM documents")
echo "SQLite $(sqlite3 --version | cut -d' ' -f1), $documents documents from $source_db"
printf '%-4s %8s %10s %9s %8s %14s\n' run rows full-text indexes total 'µs/document'
now() { date +%s.%N; }
for run in $(seq "$runs"); do
    rm -f "$work"/graph.db*
    sqlite3 "$work/graph.db" < "$work/schema.sql"
    sqlite3 "$work/graph.db" "PRAGMA journal_mode = WAL" > /dev/null
    t0=$(now)
    sqlite3 "$work/graph.db" < "$work/rows.sql"
    t1=$(now)
    sqlite3 "$work/graph.db" < "$work/fulltext.sql"
    t2=$(now)
    sqlite3 "$work/graph.db" < "$work/indexes-run.sql" > /dev/null
    t3=$(now)
    python3 -c '
import sys
run, n, t0, t1, t2, t3 = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
print(f"{run:<4} {t1 - t0:7.2f}s {t2 - t1:9.2f}s {t3 - t2:8.2f}s {t3 - t0:7.2f}s {(t3 - t0) / n * 1e6:14.0f}")
' "$run" "$documents" "$t0" "$t1" "$t2" "$t3"
done
