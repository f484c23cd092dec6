#!/usr/bin/env bash
# Measures loading the whole built-in lexicon: a release build of litgraph builds a graph from a
# one-sentence abstract, so the run is dominated by Lexicon.builtIn(). Reports the wall-clock
# seconds and peak resident memory of the whole process (an upper bound for the load alone).
# Targets (issue 3): under 0.5 s and under 300 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product litgraph >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Benchmark\nOxytocin increases social behavior.\n' >"$work/abstract.txt"
/usr/bin/time -v .build/release/litgraph build "$work/abstract.txt" --db "$work/graph.sqlite" \
    >/dev/null 2>"$work/time.txt"
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print t[1] * 60 + t[2]}' "$work/time.txt")
kilobytes=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
echo "lexicon load (whole litgraph build run): ${seconds} s, peak RSS $((kilobytes / 1024)) MB"
