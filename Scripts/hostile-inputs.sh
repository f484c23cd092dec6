#!/usr/bin/env bash
# Feeds litgraph build the oversized and hostile inputs of issue 7 and reports, for each, the
# exit code, the first line of its message, the wall time and the peak RSS (/usr/bin/time -v).
# Inputs are generated on the fly into a temporary folder or piped to standard input.
#
#   Scripts/hostile-inputs.sh [--big-megabytes N]    (default 2048: the "2 GB file" case)
#
# LITGRAPH=path/to/litgraph uses that binary instead of building a release one.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=2048
[ "${1:-}" = "--big-megabytes" ] && megabytes=$2
litgraph=${LITGRAPH:-}
if [ -z "$litgraph" ]; then
    swift build -c release --product litgraph >/dev/null
    litgraph="$(swift build -c release --show-bin-path)/litgraph"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # NAME COMMAND... (stdin may be a pipe)
    local name=$1; shift
    local start end status=0
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || status=$?
    end=$(date +%s.%N)
    local rss message
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
    message=$(grep -h -v -e '^\s*$' "$work/err" "$work/out" | grep -m1 -e 'litgraph:' -e 'built' -e 'wrote' -e 'stored' -e 'documents read' || true)
    printf '%-34s exit %-3s %7.1f s %7d MB  %s\n' "$name" "$status" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$((rss / 1024))" "${message:0:150}"
}

db() { echo "$work/db-$1"; }

# One line of N MiB (no newline inside), as JSON Lines, PubTator and plain text.
line() { # MIB PREFIX SUFFIX
    { printf '%s' "$2"; head -c "$(($1 * 1024 * 1024))" /dev/zero | tr '\0' a; printf '%s\n' "$3"; }
}

printf '%-34s %-8s %9s %10s  %s\n' case "exit" time "peak RSS" message
line 50 '{"id": 1, "title": "' '"}' >"$work/line.jsonl"
run "50 MB line, JSON Lines" "$litgraph" build "$work/line.jsonl" --input-format jsonl --out "$(db jsonl)"
line 50 '1|t|' '' >"$work/line.pubtator"
run "50 MB line, PubTator" "$litgraph" build "$work/line.pubtator" --out "$(db pubtator)"
line 50 '' '' >"$work/line.txt"
run "50 MB line, plain text" "$litgraph" build "$work/line.txt" --out "$(db text)"
python3 -c "print('<PubmedArticleSet>' + '<a>' * 1000000)" >"$work/deep.xml"
run "1,000,000 nested XML elements" "$litgraph" build "$work/deep.xml" --out "$(db deep)"
head -c $((10 * 1024 * 1024 * 1024)) /dev/zero | tr '\0' ' ' | gzip -1 >"$work/spaces.gz"
run "gzip bomb: 10 GiB of spaces ($(($(stat -c %s "$work/spaces.gz") / 1024 / 1024)) MB)" \
    "$litgraph" build "$work/spaces.gz" --out "$(db bomb)"
{ printf '{"id": 1, "title": "'; head -c $((10 * 1024 * 1024 * 1024)) /dev/zero | tr '\0' a; } | gzip -1 >"$work/line.gz"
run "gzip bomb: 10 GiB JSON line" "$litgraph" build "$work/line.gz" --input-format jsonl --out "$(db bomb2)"
# A 2 GB stream of JSON Lines piped to standard input: one record repeated (200 bytes a line), so
# that after the first every line is read, parsed and skipped as unchanged before annotation, and
# the run measures the reader and the skip path: memory must not grow with the input.
records=$((megabytes * 1024 * 1024 / 200))
python3 -c "
import sys
line = '{\"id\": \"r1\", \"title\": \"Record\", \"abstract\": \"%s\"}\\n' % ('x' * 152)
block = line * 10000
for _ in range($records // 10000):
    sys.stdout.write(block)
" | run "${megabytes} MB of JSON Lines on stdin" "$litgraph" build - --input-format jsonl --out "$(db big)"
