#!/usr/bin/env bash
# Issue 17's simulation at organisation scale: a team base's release rolled out to N services
# (default 50), each a local bare git remote with a bot's bump branch, healed by the heal
# workflow's own script with the real `mvn rig:sync`, then built with `mvn verify`.
#
#   bash benchmarks/rollout.sh          # N = 50 (about 25 minutes on 2 busy cores)
#   bash benchmarks/rollout.sh 5        # what the test suite runs (rig-it's OrgRolloutTest)
#   bash benchmarks/rollout.sh 50 -o    # options after N go to the outer Maven (here: offline)
#
# It is rig-it's OrgRolloutTest at another size, run under rig-it's pom (so the nested builds use
# rig-it's hermetic local repository, target/it-repo, and read third-party artifacts from yours).
# The plugin's own integration tests are skipped (-Dinvoker.test=none).
# The per-service table is printed and written to rig-it/target/rollout.md.
# Environment: MAVEN_REPO_LOCAL (your local repository, default Maven's), MVN (default mvn).
set -euo pipefail
services="${1:-50}"
if [[ "$services" == "-h" || "$services" == "--help" ]]; then
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 0
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo=()
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  repo=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
"${MVN:-mvn}" -B -ntp "${repo[@]}" -f "$root/pom.xml" -pl rig-it -am verify \
  -Djacoco.skip=true -Dinvoker.test=none -Dinvoker.failIfNoProjects=false \
  -Dtest=OrgRolloutTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Drig.rollout.services="$services" -Drig.rollout.report="$root/rig-it/target/rollout.md" \
  "${@:2}"
echo
cat "$root/rig-it/target/rollout.md"
