# rig heal: sync the managed files on a bot's dependency bump and commit them to its branch.
# Inputs (environment): HEAL_BOT, HEAL_BOT_ID (the pull request's author), HEAL_BOTS (the bots
# healed, space-separated), HEAL_HEAD_REPO, HEAL_REPO (owner/name of the pull request's head and of
# this repository), HEAL_BRANCH (the head branch), HEAL_CAN_PUSH (true when a token that starts
# workflow runs checked the branch out), GITHUB_STEP_SUMMARY, GITHUB_OUTPUT.
set -euo pipefail
summary() { printf '%s\n' "$@" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"; }
if [[ "$HEAL_HEAD_REPO" != "$HEAL_REPO" ]]; then
  echo "rig heal: $HEAL_HEAD_REPO is a fork of $HEAL_REPO; rig heals only branches of this repository."
  exit 0
fi
if [[ " $HEAL_BOTS " != *" $HEAL_BOT "* ]]; then
  echo "rig heal: $HEAL_BOT is not one of the bots rig heals ($HEAL_BOTS)."
  exit 0
fi
mvn -B -ntp rig:sync
git add -A -- . ':(exclude,glob)**/target/**'
if git diff --cached --quiet; then
  echo "rig heal: every managed file is already in sync; nothing to commit."
  exit 0
fi
git -c user.name="github-actions[bot]" \
  -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
  commit -q -m "rig: sync the managed files with the bumped bases" \
  -m "Co-authored-by: $HEAL_BOT <$HEAL_BOT_ID+$HEAL_BOT@users.noreply.github.com>"
if [[ "$HEAL_CAN_PUSH" == "true" ]]; then
  git push -q origin "HEAD:refs/heads/$HEAL_BRANCH"
  echo "rig heal: pushed $(git rev-parse --short HEAD) to $HEAL_BRANCH."
  summary "rig healed \`$HEAL_BRANCH\`: $(git diff --name-only HEAD~1 HEAD | wc -l) files synced, commit $(git rev-parse --short HEAD)."
  exit 0
fi
mkdir -p target
git format-patch -1 --stdout HEAD > target/rig-heal.patch
echo "patch=target/rig-heal.patch" >> "${GITHUB_OUTPUT:-/dev/null}"
echo "::warning::rig healed this branch but cannot push: the repository has no RIG_TOKEN secret."
summary "## rig could not push the healed files" "" \
  "\`mvn rig:sync\` changed these files on \`$HEAL_BRANCH\`:" "" \
  "$(git diff --name-only HEAD~1 HEAD | sed 's/^/- /')" "" \
  "They were not pushed: this repository has no \`RIG_TOKEN\` secret, and a push made with" \
  "\`GITHUB_TOKEN\` would not start the pull request's checks. Add \`RIG_TOKEN\` (a token that may" \
  "push to this repository; for Dependabot's pull requests, as a Dependabot secret), or apply the" \
  "artifact \`rig-heal-patch\` on the branch with \`git am rig-heal.patch\`."
