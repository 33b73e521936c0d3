#!/usr/bin/env bash
# Reproduces the README's performance figures on this machine.
# usage: scripts/bench.sh [EVENTS]   (default 1000000; the log goes to /tmp, never into the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
BIG=/tmp/chronoscope-bench-$N.jsonl
[ -f target/chronoscope.jar ] || mvn -B -q -DskipTests package
if [ ! -f "$BIG" ]; then
  mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dev.chronoscope.sample.BigLogGenerator -Dexec.args="$BIG $N 20000"
fi
echo "log: $BIG ($(du -m "$BIG" | cut -f1) MB, $(wc -l < "$BIG") lines)"
echo "== chronoscope bench"
java -Xmx1g -jar target/chronoscope.jar bench "$BIG" --seeks 1000
wall() { python3 -c 'import subprocess,sys,time; t=time.monotonic(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); print(f"{time.monotonic()-t:.2f}")' "$@"; }
echo "== world state at the end, start-up included (wall seconds)"
J=$(wall java -Xmx1g -jar target/chronoscope.jar state "$BIG")
echo "chronoscope state: $J"
P=$(wall python3 scripts/python_fold.py "$BIG")
echo "python merge-patch fold: $P"
echo "speed-up: $(python3 -c "print(f'{$P / $J:.1f}')")x"
