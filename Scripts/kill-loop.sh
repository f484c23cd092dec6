#!/usr/bin/env bash
# Crash safety: kills `litgraph build` with SIGKILL at random moments and checks that the database
# survives every kill and that rerunning the same build ends with exactly the database an
# uninterrupted build writes.
#
# The corpus is ../shared/bench/abstracts.jsonl repeated to --abstracts documents (copy k > 0 has
# its ids suffixed with "-k", so every document is stored), or made-up abstracts (--synthetic, or
# when ../shared is missing: short sentences the extractor reads, quick enough for a debug build). One uninterrupted build makes the reference database and gives the expected duration.
# Then, --kills times: the same build is started into a work database and killed with SIGKILL after
# a random delay within the run's expected duration (an unchanged rebuild's time plus the
# reference's share of the documents left), until
# --kills runs were killed (at most 3 × --kills runs); the database must pass `PRAGMA integrity_check` (and FTS5's
# integrity-check) and `litgraph check` when the binary has it, both run on a copy of the database
# and its -wal and -shm files, so that the next run meets the WAL the kill left (SQLite recovers it
# on opening; checking the database itself would recover it first). The next kill hits the next run on
# the same database (which resumes where the last commit left it); when a run ends before its kill,
# and after the last kill, the build is run to completion and compared with the reference, every
# table row for row (FTS5 shadow tables included, litgraph_migrations.applied_at left out, as
# Tests/LitGraphPipelineTests/DatabaseDump.swift does), and the next kills start a new database.
#
# Usage: Scripts/kill-loop.sh [--kills N] [--abstracts N] [--jobs N] [--seed S] [--commit-interval N]
#                             [--repeat-every N] [--synthetic] [--binary PATH] [--keep DIR]
#   --kills N            runs to kill with SIGKILL (default 20)
#   --abstracts N        corpus size (default 20000)
#   --jobs N             build --jobs (default 2)
#   --seed S             seed of the random delays (default 1)
#   --commit-interval N  documents per commit (default: the build's 2,000)
#   --repeat-every N     every Nth abstract takes the id of the one 7 before it, so that identifiers
#                        repeat (as in PubMed update files; the later version is stored)
#   --synthetic          made-up abstracts instead of the bench corpus
#   --binary PATH        the litgraph binary (default: build and use .build/release/litgraph)
#   --keep DIR           keep the corpus and databases in DIR (default: a temporary folder, removed)
# CI runs a short form on its debug build:
#   Scripts/kill-loop.sh --kills 3 --abstracts 2000 --commit-interval 250 --synthetic --repeat-every 97 --binary B
set -euo pipefail
cd "$(dirname "$0")/.."

kills=20
abstracts=20000
jobs=2
seed=1
interval=""
binary=""
keep=""
source=../shared/bench/abstracts.jsonl
repeat_every=0
usage="usage: $0 [--kills N] [--abstracts N] [--jobs N] [--seed S] [--commit-interval N] [--synthetic] [--binary PATH] [--keep DIR]"
while [ $# -gt 0 ]; do
    case "$1" in
        --kills) kills=$2; shift ;;
        --abstracts) abstracts=$2; shift ;;
        --jobs) jobs=$2; shift ;;
        --seed) seed=$2; shift ;;
        --commit-interval) interval=$2; shift ;;
        --binary) binary=$2; shift ;;
        --keep) keep=$2; shift ;;
        --synthetic) source="" ;;
        --repeat-every) repeat_every=$2; shift ;;
        *) echo "$usage" >&2; exit 64 ;;
    esac
    shift
done

if [ -z "$binary" ]; then
    swift build -c release --product litgraph >/dev/null
    binary=.build/release/litgraph
fi
[ -x "$binary" ] || { echo "$binary: no litgraph binary there; build it or pass --binary" >&2; exit 66; }
if [ -n "$keep" ]; then
    work=$keep
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

# The corpus: the bench abstracts repeated to $abstracts, ids made unique.
python3 - "$source" "$abstracts" "$work/corpus.jsonl" "$repeat_every" <<'PY'
import json, os, random, sys
source, count, target, repeat_every = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
if source and os.path.exists(source):
    lines = [line for line in open(source, encoding="utf-8") if line.strip()]
else:
    subjects = ["Oxytocin", "Cortisol", "Serotonin", "Dopamine", "Estradiol", "Melatonin", "Insulin",
                "Interleukin-6", "OXTR", "ESR1", "BDNF", "Ketamine", "Fluoxetine", "Lithium"]
    objects = ["anxiety", "depression", "trust", "insomnia", "obesity", "inflammation", "memory", "pain",
               "hypertension", "schizophrenia", "fear"]
    verbs = ["increases", "reduces", "binds", "may modulate", "did not affect", "is associated with",
             "inhibits", "activates"]
    rng = random.Random(7)
    lines = [json.dumps({"id": str(90000 + n), "title": f"{rng.choice(subjects)} and {rng.choice(objects)}.",
                         "abstract": " ".join(f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} in adults."
                                              for _ in range(2 + rng.randrange(5)))}) for n in range(1000)]
with open(target, "w", encoding="utf-8") as out:
    for n in range(count):
        record = json.loads(lines[n % len(lines)])
        copy = n // len(lines)
        if copy:
            for key in ("id", "pmid"):
                if key in record:
                    record[key] = f"{record[key]}-{copy}"
        if repeat_every and n > 7 and n % repeat_every == 0:
            earlier = json.loads(lines[(n - 7) % len(lines)])
            suffix = f"-{(n - 7) // len(lines)}" if (n - 7) // len(lines) else ""
            for key in ("id", "pmid"):
                if key in earlier:
                    record[key] = f"{earlier[key]}{suffix}"
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY

# A digest of every table's rows (one line per table: name, rows, sha256), or with --rows the rows.
dump() {
    python3 - "$@" <<'PY'
import hashlib, sqlite3, sys
path, show = sys.argv[1], sys.argv[2:] == ["--rows"]
db = sqlite3.connect(path)
tables = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
for table in tables:
    columns = [r[0] for r in db.execute("SELECT name FROM pragma_table_info(?) ORDER BY cid", (table,))
               if not (table == "litgraph_migrations" and r[0] == "applied_at")]
    rendered = " || '|' || ".join(f'quote("{c}")' for c in columns)
    try:
        db.execute(f'SELECT rowid FROM "{table}" LIMIT 0')
        sql = f"SELECT rowid || ':' || {rendered} FROM \"{table}\" ORDER BY rowid"
    except sqlite3.OperationalError:
        sql = f'SELECT {rendered} FROM "{table}"'
    digest, rows = hashlib.sha256(), 0
    for (row,) in db.execute(sql):
        if show:
            print(f"{table}\t{row}")
        digest.update(row.encode("utf-8", "surrogatepass") + b"\n")
        rows += 1
    if not show:
        print(f"{table} {rows} {digest.hexdigest()}")
PY
}

# PRAGMA integrity_check and FTS5's integrity-check; prints "ok" or the problems.
integrity() {
    python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
problems = [r[0] for r in db.execute("PRAGMA integrity_check")]
if problems == ["ok"]:
    problems = []
    for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"):
        try:
            db.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'integrity-check\')')
        except sqlite3.DatabaseError as error:
            problems.append(f"{name}: {error}")
print("; ".join(problems) if problems else "ok")
PY
}

# `litgraph check --db`, when the binary has it; prints "ok", "n/a" or its output.
check() {
    # `litgraph check --help` also succeeds without the subcommand (the root's help): ask the list.
    if "$binary" --help 2>/dev/null | grep -qE '^ +check( |$)'; then
        local output
        if output=$("$binary" check --db "$1" 2>&1); then echo ok; else echo "failed: $output"; fi
    else
        echo "n/a"
    fi
}

# The documents stored, or "no schema yet" for a database killed before it was created.
documents() {
    python3 - "$1" <<'PY'
import sqlite3, sys
try:
    print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM documents").fetchone()[0])
except sqlite3.OperationalError:
    print("no schema yet")
PY
}

build_args=(build "$work/corpus.jsonl" --jobs "$jobs")
[ -z "$interval" ] || build_args+=(--commit-interval "$interval")
reference=$work/reference.sqlite
database=$work/graph.sqlite
rm -f "$reference" "$reference"-wal "$reference"-shm "$database" "$database"-wal "$database"-shm

label=${source:+bench abstracts from $source}
[ "$repeat_every" = 0 ] || label="${label:-made-up abstracts}, every ${repeat_every}th repeating an earlier id"
echo "== corpus: $abstracts ${label:-made-up abstracts}; $binary build --jobs $jobs${interval:+ --commit-interval $interval}; seed $seed"
start=$(date +%s.%N)
"$binary" "${build_args[@]}" --db "$reference" >"$work/reference.txt"
duration=$(python3 -c "import sys; print(round($(date +%s.%N) - $start, 2))")
echo "reference build: ${duration} s: $(cat "$work/reference.txt")"
dump "$reference" >"$work/reference.digest"
# A rebuild of the unchanged corpus: what a resumed run spends before it reaches the documents
# left (loading, reading and skipping), and it must leave the database as it was.
start=$(date +%s.%N)
"$binary" "${build_args[@]}" --db "$reference" >"$work/rebuild.txt"
rebuild=$(python3 -c "import sys; print(round($(date +%s.%N) - $start, 2))")
echo "unchanged rebuild: ${rebuild} s: $(cat "$work/rebuild.txt")"
dump "$reference" | cmp -s - "$work/reference.digest" \
    || { echo "the unchanged rebuild CHANGED the database"; exit 1; }
reference_rows=$(awk '{ rows += $2 } END { print rows }' "$work/reference.digest")

# Compares the work database with the reference; prints the verdict, returns 1 on a difference.
compare() {
    dump "$database" >"$work/graph.digest"
    if cmp -s "$work/reference.digest" "$work/graph.digest"; then
        echo "identical to the reference ($(wc -l <"$work/reference.digest") tables, $reference_rows rows)"
        return 0
    fi
    echo "DIFFERS from the reference:"
    diff "$work/reference.digest" "$work/graph.digest" | sed 's/^/    /'
    dump "$reference" --rows >"$work/reference.rows"
    dump "$database" --rows >"$work/graph.rows"
    diff "$work/reference.rows" "$work/graph.rows" | head -20 | sed 's/^/    /'
    return 1
}

# Compares, printing the verdict indented; counts a difference as a failure.
compare_and_count() {
    local verdict
    if verdict=$(compare); then echo "  $verdict"; else echo "  $verdict"; failures=$((failures + 1)); fi
}

failures=0
killed=0
completions=0
# Random moments within each run's expected duration: skipping what is stored, then the rest.
read -r -a fractions <<<"$(python3 -c "import random; r = random.Random($seed); print(' '.join(f'{r.uniform(0.02, 1):.4f}' for _ in range(3 * $kills)))")"
runs=0
status=1
while [ "$killed" -lt "$kills" ] && [ "$runs" -lt $((3 * kills)) ]; do
    fraction=${fractions[$runs]}
    runs=$((runs + 1))
    before=$([ -f "$database" ] && documents "$database" || echo "no database")
    stored_before=$before
    [[ "$stored_before" =~ ^[0-9]+$ ]] || stored_before=0
    delay=$(python3 -c "print(f'{$fraction * ($rebuild + $duration * (1 - $stored_before / $abstracts)):.2f}')")
    "$binary" "${build_args[@]}" --db "$database" >"$work/run.txt" 2>&1 &
    pid=$!
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    case "$status" in
        137) killed=$((killed + 1)); what="killed after $delay s" ;;
        0) what="ended before its kill at $delay s" ;;
        *) what="FAILED"; failures=$((failures + 1)); sed 's/^/    /' "$work/run.txt" ;;
    esac
    # Checked on a copy: the work database keeps the WAL the kill left for the next run to recover.
    wal="no -wal left"
    [ -f "$database-wal" ] && wal="$(stat -c %s "$database-wal") bytes of -wal left"
    copy=$work/copy.sqlite
    rm -f "$copy" "$copy"-wal "$copy"-shm
    for suffix in "" -wal -shm; do
        [ ! -f "$database$suffix" ] || cp "$database$suffix" "$copy$suffix"
    done
    # A kill before the database was created (during the lexicon load) leaves nothing to check.
    if [ -f "$database" ]; then
        stored=$(documents "$copy")
        verdict_integrity=$(integrity "$copy")
        verdict_check=$(check "$copy")
    else
        stored="no database"
        verdict_integrity="n/a"
        verdict_check="n/a"
    fi
    echo "run $runs (kills: $killed/$kills): $what (status $status, $wal): $before -> $stored documents stored;" \
        "integrity_check $verdict_integrity; litgraph check $verdict_check"
    [ "$verdict_integrity" = ok ] || [ "$verdict_integrity" = n/a ] || failures=$((failures + 1))
    [ "$verdict_check" = ok ] || [ "$verdict_check" = n/a ] || failures=$((failures + 1))
    if [ "$status" = 0 ]; then
        completions=$((completions + 1))
        compare_and_count
        rm -f "$database" "$database"-wal "$database"-shm
    fi
done
if [ "$status" != 0 ]; then
    completions=$((completions + 1))
    if output=$("$binary" "${build_args[@]}" --db "$database" 2>&1); then
        echo "rerun to completion: $output"
        compare_and_count
    else
        echo "the rerun FAILED: $output"
        failures=$((failures + 1))
    fi
fi
[ "$killed" -ge "$kills" ] || { echo "only $killed of $kills kills hit a running build in $runs runs"; failures=$((failures + 1)); }
echo "== $runs runs, $killed killed with SIGKILL, $completions builds completed and compared with the reference, $failures failure(s)"
[ "$failures" = 0 ]
