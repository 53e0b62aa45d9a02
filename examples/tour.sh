#!/usr/bin/env bash
# A short tour of the seed's ecosystem, for the README's first command:
#
#   mvn -B -ntp -q install -DskipTests && examples/tour.sh
#
# It shows, in auth-service (rig -> service-base -> backend-base -> auth-service), which files rig
# manages and which library each comes from, that they are in sync, and what the inherited files
# hold; then payment-service, which declares no config at all and still has them all.
# It writes nothing but build output. The full scenario (a base changes, every service heals) is
#   mvn -B -ntp -pl rig-it verify -Dtest=SeedScenarioTest
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -d service-base/target/classes ]]; then
  echo "tour.sh: build rig and the examples first: mvn -B -ntp -q install -DskipTests" >&2
  exit 2
fi

# `mvn rig:<goal>` on one example, inside the examples' reactor (the examples are never installed,
# so a service finds its bases there). Only rig's own lines of the goal on that project are shown.
# check compiles nothing itself and Maven 3 resolves a reactor module only once it is compiled in
# the same run, hence test-compile first; list compiles what it needs.
rig() {
  local project=$1 goal=$2 phases=()
  [[ $goal == check ]] && phases=(test-compile)
  mvn -B -ntp -f pom.xml -pl "$project" -am "${phases[@]}" "rig:$goal" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' |
    awk -v p="@ $project ---" '/--- rig-maven-plugin:/ { on = index($0, p) > 0; next }
      /^\[INFO\] -+$|^\[INFO\] (Reactor Summary|BUILD)/ { on = 0 } on { sub(/^\[[A-Z]+\] /, ""); print }'
}

title() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
if [[ -n "${NO_COLOR:-}" || ! -t 1 ]]; then title() { printf '\n== %s\n' "$*"; }; fi

title "auth-service: every managed file, the class in charge of it, what that class overrides, its depth"
rig auth-service list

title "auth-service: rig check (writes nothing; exit 0 = every file in sync)"
rig auth-service check

title "auth-service/config/logging.yaml, inherited from service-base"
cat auth-service/config/logging.yaml

title "auth-service/mkdocs.yml theme, rebranded by service-base"
sed -n '/^theme:/,/^[a-z_]*:/p' auth-service/mkdocs.yml | sed '$d'

title "auth-service/config/auth.yaml, auth-service's own"
cat auth-service/config/auth.yaml

title "payment-service declares no config of its own; the files it inherits from myorg's bases"
echo "(rig's own defaults, depth 0, left out)"
rig payment-service list | grep -E '^FILE|com\.myorg|^rig:'

printf '\nNext: change service-base and watch every service heal: mvn -B -ntp -pl rig-it verify -Dtest=SeedScenarioTest (docs/examples.md)\n'
