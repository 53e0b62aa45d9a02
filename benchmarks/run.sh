#!/usr/bin/env bash
# Builds rig from this working tree and the benchmark harness, then measures every figure of
# issue 8 and prints the results table (also written to benchmarks/target/results.md).
#
#   bash benchmarks/run.sh            # the full run, under ten minutes on 2 cores
#   bash benchmarks/run.sh --quick    # every step, small sizes, about two minutes
#   bash benchmarks/run.sh --only 2,3 # some figures; see docs/benchmarks.md for every option
#
# The JVM that runs this script's `java` (JAVA_HOME if set) is the one measured.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

echo "[bench] building rig and the harness (tests skipped) ..." >&2
mvn -B -ntp -q -f benchmarks/pom.xml -DskipTests package

harness="$here/harness/target/rig-benchmarks-harness-0.1.0-SNAPSHOT.jar"
classpath="$harness:$(cat "$here/harness/target/classpath.txt")"
exec "$java_cmd" -cp "$classpath" dev.rig.bench.BenchMain --home "$here" "$@"
