#!/usr/bin/env bash
# Database load benchmark (issue 4): EVENTS events in a PostgreSQL Marten table (mt_events with jsonb
# payloads like the sample's, mt_streams with the stream types), then `chronoscope bench` on it with
# a 400 MB heap. Needs a PostgreSQL server: CHRONOSCOPE_PG_URL=jdbc:postgresql://HOST:PORT/DB and
# CHRONOSCOPE_PG_USER (as .ci/run exports them), and psql on the PATH or in /usr/lib/postgresql/*/bin.
# The table goes into a database of its own, chronoscope_bench, filled once (COPY) and reused.
# usage: scripts/bench-db.sh [EVENTS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
: "${CHRONOSCOPE_PG_URL:?set CHRONOSCOPE_PG_URL=jdbc:postgresql://HOST:PORT/DB}"
PG_USER=${CHRONOSCOPE_PG_USER:-postgres}
HOSTPORT=$(echo "$CHRONOSCOPE_PG_URL" | sed -E 's#^jdbc:postgresql://([^/?]+).*#\1#')
PG_HOST=${HOSTPORT%%:*}
PG_PORT=5432; [[ "$HOSTPORT" == *:* ]] && PG_PORT=${HOSTPORT##*:}
PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -1)
psql_db() { "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" "${@:2}"; }
URL="jdbc:postgresql://$HOSTPORT/chronoscope_bench"

[ -f target/chronoscope.jar ] || mvn -B -q -DskipTests package
BIG=/tmp/chronoscope-bench-db-$N.jsonl
if [ ! -f "$BIG" ]; then
  mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dev.chronoscope.sample.BigLogGenerator -Dexec.args="$BIG $N 20000"
fi

have=$(psql_db postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'chronoscope_bench'")
rows=0
if [ "$have" = 1 ]; then
  rows=$(psql_db chronoscope_bench -tAc "SELECT count(*) FROM mt_events" 2>/dev/null || echo 0)
fi
if [ "$rows" != "$N" ]; then
  echo "== filling chronoscope_bench.mt_events with $N events (COPY)"
  psql_db postgres -c "DROP DATABASE IF EXISTS chronoscope_bench" -c "CREATE DATABASE chronoscope_bench"
  # Marten 7's tables for string stream ids (StreamIdentity.AsString), one tenant, metadata columns on
  psql_db chronoscope_bench <<'SQL'
CREATE TABLE mt_streams (id varchar NOT NULL PRIMARY KEY, type varchar NULL, version bigint NULL,
  timestamp timestamptz DEFAULT (now()) NOT NULL, snapshot jsonb NULL, snapshot_version integer NULL,
  created timestamptz DEFAULT (now()) NOT NULL, tenant_id varchar DEFAULT '*DEFAULT*' NULL, is_archived bool DEFAULT FALSE NULL);
CREATE TABLE mt_events (seq_id bigint NOT NULL PRIMARY KEY, id uuid NOT NULL, stream_id varchar NULL REFERENCES mt_streams ON DELETE CASCADE,
  version bigint NOT NULL, data jsonb NOT NULL, type varchar(500) NOT NULL, timestamp timestamptz DEFAULT (now()) NOT NULL,
  tenant_id varchar DEFAULT '*DEFAULT*' NULL, mt_dotnet_type varchar NULL, correlation_id varchar NULL,
  causation_id varchar NULL, headers jsonb NULL, is_archived bool DEFAULT FALSE NULL);
SQL
  python3 - "$BIG" streams > /tmp/chronoscope-bench-db-streams.csv <<'PY'
import csv, json, sys
types = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        e = json.loads(line)
        types.setdefault(e["streamId"], e.get("streamType"))
w = csv.writer(sys.stdout)
for sid, t in types.items():
    w.writerow([sid, t, None])
PY
  psql_db chronoscope_bench -c "\copy mt_streams (id, type, version) FROM '/tmp/chronoscope-bench-db-streams.csv' WITH (FORMAT csv)"
  python3 - "$BIG" <<'PY' | psql_db chronoscope_bench -c "\copy mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type, headers) FROM STDIN WITH (FORMAT csv)"
import csv, json, re, sys
w = csv.writer(sys.stdout)
snake = re.compile(r"(?<!^)(?=[A-Z])")
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        e = json.loads(line)
        d0 = line.index('"data":') + 7
        m0 = line.rindex(',"metadata":')
        data = line[d0:m0]                       # the payload text exactly as generated
        meta = line[m0 + 12:line.rindex("}")]
        t = e["type"]
        w.writerow([n, e["id"], e["streamId"], e["version"], data, snake.sub("_", t).lower(), e["timestamp"],
                    "Bank.Events." + t + ", Bank", meta])
PY
  psql_db chronoscope_bench -c "ANALYZE mt_events" -c "ANALYZE mt_streams"
fi
echo "table: $(psql_db chronoscope_bench -tAc "SELECT count(*) || ' events, ' || pg_size_pretty(pg_total_relation_size('mt_events')) FROM mt_events")"
echo "== java -Xmx400m -jar target/chronoscope.jar bench '$URL' --preset marten"
java -Xmx400m -jar target/chronoscope.jar bench "$URL" --user "$PG_USER" --preset marten --seeks 1000
