#!/usr/bin/env bash
# A real full disk: builds into a database on a small tmpfs (mounted here, so it needs root) until
# the filesystem is full, and checks that the build fails with one line naming the database, that
# the file is byte for byte what it was before the failing build, and that `litgraph check` passes.
#
# The tests cover the same path without root (SQLite's page limit through
# LITGRAPH_TESTING_MAX_PAGE_COUNT, and `ulimit -f`); this script shows it on an actual ENOSPC.
#
# Exits 0 when all holds, 1 when something does not, 77 when it cannot run here (not root, or no
# permission to mount, as in most containers).
#
# Usage: sudo Scripts/disk-full-tmpfs.sh [--size 2m] [--count 3000] [--no-build]
#   --size S     the tmpfs size (default 2m)
#   --count N    synthetic abstracts in the second, failing build (default 3000)
#   --no-build   use the existing .build/debug/litgraph
set -euo pipefail
cd "$(dirname "$0")/.."

size=2m
count=3000
build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="$2"; shift ;;
        --count) count="$2"; shift ;;
        --no-build) build=0 ;;
        *) echo "usage: $0 [--size 2m] [--count N] [--no-build]" >&2; exit 64 ;;
    esac
    shift
done
if [ "$(id -u)" != 0 ]; then
    echo "disk-full-tmpfs: needs root to mount a tmpfs; the tests cover this path without root" >&2
    exit 77
fi
[ "$build" = 1 ] && swift build --product litgraph >/dev/null
litgraph="$PWD/.build/debug/litgraph"

work=$(mktemp -d)
mount_point="$work/disk"
mkdir "$mount_point"
if ! mount -t tmpfs -o "size=$size" litgraph-disk-full "$mount_point" 2>"$work/mount-error"; then
    echo "disk-full-tmpfs: cannot mount a tmpfs here ($(cat "$work/mount-error")); skipped" >&2
    rm -rf "$work"
    exit 77
fi
cleanup() { umount "$mount_point" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

database="$mount_point/graph.sqlite"
"$litgraph" build Examples/oxytocin-resilience/abstract.txt --db "$database" >/dev/null
before=$(sha256sum "$database" | cut -d' ' -f1)
python3 - "$count" >"$work/corpus.jsonl" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    print(json.dumps({"id": str(800000 + i), "title": f"Oxytocin reduces anxiety in cohort {i}",
                      "abstract": f"Oxytocin reduces anxiety in adults of cohort {i}. Cortisol increases depression. "
                                  f"Serotonin binds OXTR in study {i}, and BDNF may modulate memory."}))
PY
echo "tmpfs $size: $(df -h "$mount_point" | awk 'NR==2 {print $3 " used, " $4 " free"}') before the second build"

set +e
"$litgraph" build "$work/corpus.jsonl" --db "$database" >"$work/out" 2>"$work/err"
status=$?
set -e
echo "build of $count abstracts: exit $status"
echo "stderr: $(cat "$work/err")"
after=$(sha256sum "$database" | cut -d' ' -f1)
failures=0
[ "$status" = 74 ] || { echo "FAIL: expected exit 74"; failures=$((failures + 1)); }
[ "$(wc -l <"$work/err")" = 1 ] || { echo "FAIL: expected one line on stderr"; failures=$((failures + 1)); }
grep -q "the disk holding $database is full" "$work/err" || { echo "FAIL: message does not name the full disk"; failures=$((failures + 1)); }
if [ "$before" = "$after" ]; then echo "database bytes unchanged: yes"; else echo "FAIL: database bytes changed"; failures=$((failures + 1)); fi
echo "files left on the tmpfs: $(cd "$mount_point" && ls | tr '\n' ' ')"
if "$litgraph" check --db "$database" --format tsv >"$work/check"; then
    echo "litgraph check: every invariant holds"
else
    echo "FAIL: litgraph check"; cat "$work/check"; failures=$((failures + 1))
fi
"$litgraph" stats --db "$database" --format tsv
[ "$failures" = 0 ] && echo "disk-full-tmpfs: ok" || { echo "disk-full-tmpfs: $failures failure(s)"; exit 1; }
