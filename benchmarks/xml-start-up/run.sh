#!/usr/bin/env bash
# Cold start of a lossless pom edit: rig's splicing document against DomTrip, side by side.
# Usage: bash benchmarks/xml-start-up/run.sh [ROUNDS] [POM]
# Builds rig-runtime's classes (no tests), fetches DomTrip into a private repository under
# target/, and runs every variant in a fresh JVM, rotating their order each round. Prints the
# median wall and CPU (user + sys) time of each, and each variant minus "read" (what a run that
# edits nothing pays anyway), side by side.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
rounds="${1:-15}"
pom="${2:-$top/examples/auth-service/pom.xml}"
work="$here/target"
repo="$work/m2"
domtrip_version=1.8.0
mkdir -p "$work/classes"

mvn -B -ntp -q -f "$top/pom.xml" -Dmaven.repo.local="${RIG_M2:-$repo}" -pl rig-runtime -am \
  -DskipTests -Djacoco.skip=true compile
mvn -B -ntp -q -Dmaven.repo.local="$repo" dependency:get \
  -Dartifact="eu.maveniverse.maven.domtrip:domtrip-maven:$domtrip_version"
jars="$repo/eu/maveniverse/maven/domtrip/domtrip-core/$domtrip_version/domtrip-core-$domtrip_version.jar"
jars="$jars:$repo/eu/maveniverse/maven/domtrip/domtrip-maven/$domtrip_version/domtrip-maven-$domtrip_version.jar"
cp="$work/classes:$top/rig-runtime/target/classes:$jars"
javac -d "$work/classes" -cp "$cp" "$here"/src/dev/rig/runtime/format/XmlStartUpProbe.java

variants=(hello read splice domtrip read+domtrip)
results="$work/results.txt"
: > "$results"
for round in $(seq 0 "$rounds"); do
  for k in "${!variants[@]}"; do
    v="${variants[$(( (k + round) % ${#variants[@]} ))]}"
    t=$( { /usr/bin/time -f "%e %U %S" java -cp "$cp" dev.rig.runtime.format.XmlStartUpProbe \
      "$v" "$pom" "$work/out.xml" >/dev/null; } 2>&1 )
    # Round 0 warms the file cache and is not counted.
    [ "$round" -gt 0 ] && echo "$round $v $t" >> "$results"
  done
done
python3 - "$results" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, v, wall, user, system = line.split()
    runs[int(r)][v] = (float(wall) * 1000, (float(user) + float(system)) * 1000)
def median(values):
    return round(statistics.median(values))
print(f"{'variant':<14} {'wall ms':>8} {'cpu ms':>8} {'wall - read':>12} {'cpu - read':>11}")
for v in ["hello", "read", "splice", "domtrip", "read+domtrip"]:
    wall = median([runs[r][v][0] for r in runs])
    cpu = median([runs[r][v][1] for r in runs])
    dwall = median([runs[r][v][0] - runs[r]["read"][0] for r in runs])
    dcpu = median([runs[r][v][1] - runs[r]["read"][1] for r in runs])
    print(f"{v:<14} {wall:>8} {cpu:>8} {dwall:>12} {dcpu:>11}")
print(f"({len(runs)} rounds; medians of per-round values)")
PY
