#!/usr/bin/env bash
# Builds rig from this working tree and the benchmark harness, then measures every figure of
# issue 8 and prints the results table (also written to benchmarks/target/results.md).
#
#   bash benchmarks/run.sh            # the full run, about 15 minutes on 2 cores
#   bash benchmarks/run.sh --quick    # every step, small sizes, about two minutes
#   bash benchmarks/run.sh --only 2,3 # some figures; see docs/benchmarks.md for every option
#
# The JVM that runs this script's `java` (JAVA_HOME if set) is the one measured.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: bash benchmarks/run.sh [--quick] [--only 1,2,...] [--no-jmh] [--java JAVA_HOME]
                              [--newer-jdk JAVA_HOME | --no-newer-jdk] [--work DIR] [--out FILE]
                              [--maven-repo DIR]

Builds rig from this working tree, measures the figures of docs/benchmarks.md and prints the
results table (also written to benchmarks/target/results.md).

  --quick         small sizes and 3 runs per variant: checks every step in a few minutes
  --only LIST     only these figures (1-7; the JMH rows belong to figures 1 and 3)
  --no-jmh        skip the in-process JMH rows
  --java DIR      time the processes of this JDK instead of the one running the harness
  --newer-jdk DIR the JDK 25+ for the AOT-cache rows (default: the first under /usr/lib/jvm)
  --no-newer-jdk  skip those rows
  --work DIR      where generated projects and logs go (default benchmarks/target/work)
  --out FILE      where the report goes (default benchmarks/target/results.md)
  --maven-repo DIR the local Maven repository figure 7's mvn uses, with rig installed in it
                  (default: -Dmaven.repo.local in MAVEN_OPTS, else ~/.m2/repository)
USAGE
}
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

echo "[bench] building rig and the harness (tests skipped) ..." >&2
mvn -B -ntp -q -f benchmarks/pom.xml -DskipTests package

# Figure 7 runs mvn against the local repository this build used (MAVEN_OPTS may name one).
repo_opt=()
if [[ "${MAVEN_OPTS:-}" =~ -Dmaven\.repo\.local=([^[:space:]]+) ]]; then
  repo_opt=(--maven-repo "${BASH_REMATCH[1]}")
fi

harness="$here/harness/target/rig-benchmarks-harness-0.1.0-SNAPSHOT.jar"
classpath="$harness:$(cat "$here/harness/target/classpath.txt")"
exec "$java_cmd" -cp "$classpath" dev.rig.bench.BenchMain --home "$here" "${repo_opt[@]}" "$@"
