#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (a separate package: `swift build -c release
# -Xswiftc -sanitize=fuzzer,address`) and runs each for a while, seeded from ../shared/formats and
# ../shared/corpora (cut into small records in a temporary folder, never committed) plus the small
# hand-written seeds in Fuzz/Seeds/<target>/.
#
#   Scripts/fuzz.sh [--seconds N | --runs N] [--corpus DIR] [TARGET...]
#
# TARGET is one of: pubmed-xml medline pubtator bioc-xml bioc-json jsonl text sniffed extract
# (default: all). --seconds N runs each target N seconds (default 60); --runs N stops each after N
# executions instead. --corpus DIR keeps the growing corpus in DIR/<target> (default: a temporary
# folder removed at the end). Crashes are saved to Fuzz/artifacts/<target>-crash-*; the script
# prints one line per target (executions, seconds, executions/s, peak RSS, result) and exits 1
# if any target crashed, timed out or ran out of memory.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
runs=""
corpus=""
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 64 ;;
        *) targets+=("$1"); shift ;;
    esac
done
all=(pubmed-xml medline pubtator bioc-xml bioc-json jsonl text sniffed extract)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for target in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $target "* ]] || { echo "fuzz.sh: unknown target $target (one of: ${all[*]})" >&2; exit 64; }
done

echo "== building the fuzz targets (release, -sanitize=fuzzer,address)"
build_start=$(date +%s)
build_log=$(mktemp)
if ! swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address >"$build_log" 2>&1; then
    grep -v -e "Cannot export local symbol" "$build_log" | tail -40
    echo "fuzz.sh: the fuzz build failed"
    exit 1
fi
rm -f "$build_log"
bin=$(swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)
echo "built in $(($(date +%s) - build_start)) s"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seeds="$work/seeds"
if [ -d ../shared ]; then
    python3 Scripts/fuzz_seeds.py ../shared "$seeds"
else
    echo "../shared not found: running on the hand-written seeds only"
fi
mkdir -p Fuzz/artifacts

dictionary() {
    case "$1" in
        pubmed-xml | bioc-xml) echo "-dict=Fuzz/Dictionaries/xml.dict" ;;
        bioc-json | jsonl) echo "-dict=Fuzz/Dictionaries/json.dict" ;;
    esac
}

failed=0
total_runs=0
printf '%-11s %12s %8s %9s %8s  %s\n' target executions seconds "execs/s" "peak MB" result
for target in "${targets[@]}"; do
    folder=${corpus:+$corpus/$target}
    folder=${folder:-$work/corpus/$target}
    mkdir -p "$folder"
    cp -n "$seeds/$target"/* "$folder"/ 2>/dev/null || true
    cp -n Fuzz/Seeds/"$target"/* "$folder"/ 2>/dev/null || true
    max_len=16384
    [ "$target" = extract ] && max_len=4096
    limit=(-max_total_time="$seconds")
    [ -n "$runs" ] && limit=(-runs="$runs")
    log="$work/$target.log"
    start=$(date +%s.%N)
    status=0
    # Leak checking is off: the Swift runtime keeps metadata and the extractor for the process's
    # life, which LeakSanitizer would report; memory growth is caught by -rss_limit_mb instead.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        "$bin/fuzz-$target" "$folder" "${limit[@]}" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="Fuzz/artifacts/$target-" \
        $(dictionary "$target") >"$log" 2>&1 || status=$?
    elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    executed=${executed:-0}
    result=ok
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status): $(grep -m1 -E 'ERROR|Fatal error|deadly signal|out-of-memory|timeout' "$log" || true)"
        cp "$log" "Fuzz/artifacts/$target.log"
        failed=1
    fi
    total_runs=$((total_runs + executed))
    printf '%-11s %12s %8.0f %9.0f %8s  %s\n' "$target" "$executed" "$elapsed" \
        "$(awk -v n="$executed" -v t="$elapsed" 'BEGIN { print n / t }')" "${peak:-?}" "$result"
done
echo "total executions: $total_runs"
[ "$failed" -eq 0 ] || { echo "fuzz.sh: a target failed; its input is in Fuzz/artifacts/ (log beside it)"; exit 1; }
