#!/usr/bin/env bash
# Measures the window's responsiveness on a big log under Xvfb (see ResponsivenessProbe):
# the longest gap between FX pulses while the file loads and while the slider is dragged across
# it, and the state/diff updates per second during the drag.
# usage: [WARM_UP=small.jsonl] [PROBE_JAVA_OPTS=…] scripts/responsiveness.sh [EVENTS] [DRAG_SECONDS]
#        (default 1000000 events, 6 s; as the app started without a file, the window first opens the
#        bundled sample, and the big log is opened 2 s later, as File > Open does;
#        WARM_UP: a log opened and dragged across first, so the JIT has compiled the hot paths;
#        PROBE_JAVA_OPTS=-Dprobe.emptyStart=true: nothing opened before the big log (only the rehearsal);
#        -Dprobe.openAtStart=true: open it once the window's first frame is painted, as `gui FILE` does;
#        -Dprobe.noRehearsal=true: show the window without preparing it (ADR 0015))
# needs: Xvfb and libgtk-3-0 (apt-get install -y xvfb x11-utils libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
SECONDS_TO_DRAG=${2:-6}
BIG=/tmp/chronoscope-bench-$N.jsonl
mvn -B -q -DskipTests test-compile
if [ ! -f "$BIG" ]; then
  mvn -B -q exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dev.chronoscope.sample.BigLogGenerator -Dexec.args="$BIG $N 20000"
fi
CP_FILE=target/probe.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
DISP=:$(( 90 + RANDOM % 100 ))
Xvfb "$DISP" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
trap 'kill $XPID 2>/dev/null || true' EXIT
for _ in $(seq 50); do DISPLAY=$DISP xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$DISP java -Xmx1g ${PROBE_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  dev.chronoscope.ui.ResponsivenessProbe "$BIG" "$SECONDS_TO_DRAG" ${WARM_UP:-}
