#!/usr/bin/env bash
# The whole suite: types, unit tests, integration tests on PostgreSQL and again on PGlite, then the
# Playwright end-to-end tests in Debian's Chromium against a production build on embedded defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-services.sh

echo "== typecheck"
npx tsc --noEmit
echo "== unit"
npx vitest run --project unit
echo "== integration (PostgreSQL)"
npx vitest run --project int
echo "== integration (PGlite)"
TEST_DB=pglite npx vitest run --project int
echo "== end-to-end (Chromium)"
CI=1 npx playwright test
