#!/usr/bin/env bash
# The whole suite: types, lint and format, unit tests, integration tests on PostgreSQL and again on PGlite, then the
# Playwright end-to-end tests in Debian's Chromium against a production build on embedded defaults, and the
# clock-bound specs again at another time of day.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-services.sh

# Each stage's start is stamped with the seconds since the suite began, so a slow CI run shows where it went.
stage() { echo "== $1 (at ${SECONDS}s)"; }

stage "typecheck"
npx tsc --noEmit
stage "lint"
npx eslint . --max-warnings 0
npx prettier --check .
stage "unit"
npx vitest run --project unit
stage "integration (PostgreSQL)"
npx vitest run --project int
npx vitest run --project int-mocking
stage "integration (PGlite)"
TEST_DB=pglite npx vitest run --project int
TEST_DB=pglite npx vitest run --project int-mocking
stage "end-to-end (Chromium)"
CI=1 npx playwright test
# The specs whose rules hang on the clock once more, on the same build, as if it were a Friday afternoon:
# today's slots fall within the 2-hour change cut-off and the next working day is after a weekend.
stage "end-to-end on a Friday afternoon"
E2E_SKIP_BUILD=1 npx tsx scripts/e2e-at-times.ts "fri 15:10" -- e2e/exit-entry.spec.ts e2e/appointments.spec.ts e2e/household.spec.ts
stage "done"
