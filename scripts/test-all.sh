#!/usr/bin/env bash
# The whole test suite (`npm test`): spec lint, generated/ freshness, type-check, package build, then every
# vitest suite (unit, emitter snapshots, lint rules, parity check, runtime, Prism contract tests, the docs
# browser test and the package smoke test). Each step stops the run on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Debian chromium for the browser test"
bash scripts/ensure-chromium.sh

step "lint the spec (redocly + custom permission rules)"
npm run -s lint

step "generated/ is current (generate --check)"
npm run -s generate -- --check

step "type-check generator, runtime and scripts"
npx tsc -p tsconfig.json --noEmit

step "build the generated package"
npm run -s build

step "vitest: unit, contract, browser and smoke tests"
mkdir -p .tmp
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-results.json || status=$?
# One plain closing line with the counts, whatever the reporter prints above it.
node -e '
  const r = require("./.tmp/vitest-results.json");
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
