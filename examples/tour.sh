#!/usr/bin/env bash
# A short tour of the seed's ecosystem, for the README's first command:
#
#   mvn -B -ntp -q install -DskipTests && examples/tour.sh
#
# It shows, in auth-service (rig -> service-base -> backend-base -> auth-service), which files rig
# manages and which library each comes from, that they are in sync, and what the inherited files
# hold; then payment-service, which declares no config at all and still has them all.
# It writes nothing. The full scenario (a base changes, every service heals) is
#   mvn -B -ntp -pl rig-it verify -Dtest=SeedScenarioTest
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -d service-base/target/classes ]]; then
  echo "tour.sh: build rig and the examples first: mvn -B -ntp -q install -DskipTests" >&2
  exit 2
fi

# How a user runs a project's generated RigMain without a plugin of rig's own. Some Maven builds
# print colour resets even in batch mode; they are stripped so that the tour reads the same in a log.
rigmain() {
  local project=$1 main=$2
  shift 2
  (cd "$project" && mvn -B -ntp -q org.codehaus.mojo:exec-maven-plugin:3.6.2:java \
    -Dexec.mainClass="$main" -Dexec.args="$*") 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
}

title() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
if [[ -n "${NO_COLOR:-}" || ! -t 1 ]]; then title() { printf '\n== %s\n' "$*"; }; fi

title "auth-service: every managed file, the class in charge of it, what that class overrides, its depth"
rigmain auth-service com.myorg.auth.RigMain list

title "auth-service: rig check (writes nothing; exit 0 = every file in sync)"
rigmain auth-service com.myorg.auth.RigMain check

title "auth-service/config/logging.yaml, inherited from service-base"
cat auth-service/config/logging.yaml

title "auth-service/mkdocs.yml theme, rebranded by service-base"
sed -n '/^theme:/,/^[a-z_]*:/p' auth-service/mkdocs.yml | sed '$d'

title "auth-service/config/auth.yaml, auth-service's own"
cat auth-service/config/auth.yaml

title "payment-service declares no config of its own; the files it inherits from myorg's bases"
echo "(rig's own defaults, depth 0, left out)"
rigmain payment-service com.myorg.payment.RigMain list | grep -E '^FILE|com\.myorg|^rig:'

printf '\nNext: change service-base and watch every service heal: mvn -B -ntp -pl rig-it verify -Dtest=SeedScenarioTest (docs/examples.md)\n'
