#!/usr/bin/env bash
# Benchmarks `litgraph build` end to end (SQLite writes included) on the bench corpus
# ../shared/bench/abstracts.jsonl (12,080 PubMed abstracts, JSON Lines) and on that corpus repeated
# to 100,000 abstracts (each copy's ids made unique, so every document is stored), with one job and
# with two (`--jobs`), and a rebuild of the unchanged bench corpus into its existing database.
#
# For each corpus it reports abstracts per second and input MB per second (wall clock), CPU
# seconds (and abstracts per CPU-second, steadier than wall clock on a shared machine), the seconds per stage from `build --timings` (load = lexicon, ortholog table and
# relation model; read; annotate; extract; store), peak resident memory (/usr/bin/time -v), and
# database size per 1,000 abstracts. Results are printed as a table and written as JSON.
#
# Usage: Scripts/bench-build.sh [--quick] [--jobs "1 2"] [--runs N] [--json FILE] [--corpus FILE]
#   --quick      the bench corpus only (skip the 100,000-abstract runs)
#   --jobs LIST  the job counts to measure, space-separated (default "1 2")
#   --runs N     run each corpus N times and keep the fastest run (default 1)
#   --json FILE  where the JSON goes (default: .build/bench-build.json)
#   --corpus F   another JSON Lines corpus instead of ../shared/bench/abstracts.jsonl
#   --no-build   use the existing .build/release/litgraph
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=../shared/bench/abstracts.jsonl
runs=1
quick=0
build=1
json=.build/bench-build.json
jobs_list="1 2"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --runs) runs=$2; shift ;;
        --jobs) jobs_list=$2; shift ;;
        --json) json=$2; shift ;;
        --corpus) corpus=$2; shift ;;
        --no-build) build=0 ;;
        *) echo "usage: $0 [--quick] [--jobs LIST] [--runs N] [--json FILE] [--corpus FILE] [--no-build]" >&2; exit 64 ;;
    esac
    shift
done
[ -f "$corpus" ] || { echo "$corpus: no such file; the bench corpus is in ../shared/bench" >&2; exit 66; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install -y time" >&2; exit 69; }

if [ "$build" = 1 ]; then swift build -c release --product litgraph >/dev/null; fi
binary=.build/release/litgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The corpus repeated to 100,000 abstracts; copy k > 0 has ids suffixed with "-k".
repeated() {
    python3 - "$corpus" "$1" <<'PY'
import json, sys
source, target = sys.argv[1], sys.argv[2]
lines = [line for line in open(source, encoding="utf-8") if line.strip()]
with open(target, "w", encoding="utf-8") as out:
    for n in range(100_000):
        record = json.loads(lines[n % len(lines)])
        copy = n // len(lines)
        if copy:
            for key in ("id", "pmid"):
                if key in record:
                    record[key] = f"{record[key]}-{copy}"
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
}

# Runs one build with `jobs` jobs; a fresh database unless `keep` is 1 (a rebuild). Prints
# "wall user sys rss_kb db_bytes load read annotate extract store".
measure() {
    local input=$1 jobs=$2 keep=$3 database="$work/graph.sqlite"
    [ "$keep" = 1 ] || rm -f "$database" "$database-wal" "$database-shm"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
        "$binary" build "$input" --db "$database" --jobs "$jobs" --timings >"$work/out.txt" 2>"$work/err.txt" || {
        cat "$work/err.txt" >&2
        exit 1
    }
    local bytes=0 file
    for file in "$database" "$database-wal"; do
        [ -f "$file" ] && bytes=$((bytes + $(stat -c %s "$file")))
    done
    local stages
    stages=$(sed -n 's/^timings: //p' "$work/err.txt" | tr ' ' '\n' | cut -d= -f2 | tr '\n' ' ')
    echo "$(cat "$work/time.txt") $bytes $stages"
}

# The fastest of `runs` runs of one configuration: name, input, jobs, rebuild (1: build once
# untimed, then time builds into that database).
best_of() {
    local input=$1 jobs=$2 rebuild=$3 best="" line
    if [ "$rebuild" = 1 ]; then measure "$input" "$jobs" 0 >/dev/null; fi
    for _ in $(seq "$runs"); do
        line=$(measure "$input" "$jobs" "$rebuild")
        if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then
            best=$line
        fi
    done
    echo "$best"
}

results=()
names=()
configurations=()
for jobs in $jobs_list; do configurations+=("bench corpus|$corpus|$jobs|0"); done
configurations+=("bench corpus, rebuild|$corpus|${jobs_list%% *}|1")
if [ "$quick" = 0 ]; then
    repeated "$work/repeated.jsonl"
    for jobs in $jobs_list; do configurations+=("repeated to 100,000|$work/repeated.jsonl|$jobs|0"); done
fi
for configuration in "${configurations[@]}"; do
    IFS='|' read -r name input jobs rebuild <<<"$configuration"
    best=$(best_of "$input" "$jobs" "$rebuild")
    count=$(grep -c . "$input")
    size=$(stat -c %s "$input")
    names+=("$name")
    results+=("$jobs $count $size $best")
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
machine="$(nproc) cores, $cpu, $(free -g | awk '/Mem:/ {print $2}') GiB"

printf '\nlitgraph build, release build (commit %s; %s)\n\n' "$commit" "$machine"
header='| %-22s | %4s | %9s | %11s | %12s | %6s | %7s | %7s | %6s | %6s | %10s | %9s | %7s | %7s | %10s |\n'
printf "$header" corpus jobs abstracts abstracts/s abstracts/cpu MB/s wall_s cpu_s load_s read_s annotate_s \
    extract_s store_s peak_MB db_MB/1000
printf '|%s|\n' "------------------------|------|-----------|-------------|--------------|--------|---------|---------|--------|--------|------------|-----------|---------|---------|------------"
{
    echo "{"
    echo "  \"commit\": \"$commit\","
    echo "  \"machine\": \"$machine\","
    echo "  \"runs_per_configuration\": $runs,"
    echo "  \"runs\": ["
} >"$json"
for index in "${!results[@]}"; do
    read -r jobs count size wall user sys rss bytes load read annotate extract store <<<"${results[$index]}"
    name=${names[$index]}
    awk -v name="$name" -v jobs="$jobs" -v n="$count" -v size="$size" -v wall="$wall" -v user="$user" -v sys="$sys" \
        -v rss="$rss" -v bytes="$bytes" -v load="$load" -v read="$read" -v annotate="$annotate" \
        -v extract="$extract" -v store="$store" -v last=$((index + 1 == ${#results[@]})) -v json="$json" 'BEGIN {
        rate = n / wall; mbs = size / 1e6 / wall; cpu = user + sys; peak = rss / 1024; per = bytes / 1e6 / n * 1000
        printf "| %-22s | %4d | %9d | %11.0f | %12.0f | %6.2f | %7.2f | %7.2f | %6.3f | %6.2f | %10.2f | %9.2f | %7.2f | %7.0f | %10.2f |\n",
            name, jobs, n, rate, n / cpu, mbs, wall, cpu, load, read, annotate, extract, store, peak, per
        printf "    {\"corpus\": \"%s\", \"jobs\": %d, \"abstracts\": %d, \"input_bytes\": %d, \"abstracts_per_second\": %.1f, \"abstracts_per_cpu_second\": %.1f, ", name, jobs, n, size, rate, n / cpu >> json
        printf "\"mb_per_second\": %.3f, \"wall_seconds\": %.2f, \"cpu_seconds\": %.2f, ", mbs, wall, cpu >> json
        printf "\"stage_seconds\": {\"load\": %.3f, \"read\": %.3f, \"annotate\": %.3f, \"extract\": %.3f, \"store\": %.3f}, ", load, read, annotate, extract, store >> json
        printf "\"peak_rss_mb\": %.1f, \"database_bytes\": %d, \"database_mb_per_1000_abstracts\": %.3f}%s\n", peak, bytes, per, (last ? "" : ",") >> json
    }'
done
printf '  ]\n}\n' >>"$json"
printf '\nJSON: %s\n' "$json"
