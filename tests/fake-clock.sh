#!/usr/bin/env bash
# The unit suite and the date-bearing end-to-end stories once more, on another day in another
# zone: Monday 08:00 on Kiritimati (UTC+14), with the system clock shifted by libfaketime
# (offset mode: each process's clock runs on from the shifted instant). Nothing a test checks
# may depend on the real date, time or zone; this run proves it. Run after `npm test` (it
# uses the built app in out/).
set -euo pipefail
cd "$(dirname "$0")/.."

LIB=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
if [ ! -f "$LIB" ]; then
  echo "libfaketime is missing: apt-get install faketime" >&2
  exit 1
fi

export TZ=Pacific/Kiritimati
# The next Monday 08:00 there, at least a day away, so the run never lands on today.
days=$(( (8 - $(date +%u)) % 7 )); [ "$days" -eq 0 ] && days=7
target=$(date -d "$(date -d "+${days} days" +%F) 08:00" +%s)
offset=$(( target - $(date +%s) ))

fake() {
  # Node keeps the real monotonic clock (its timers need it); Chromium shifts it along with
  # the wall clock (browserEnv in tests/e2e/hosts/chromiumHost.ts).
  env LD_PRELOAD="$LIB" FAKETIME="+${offset}s" FAKETIME_DONT_FAKE_MONOTONIC=1 "$@"
}

# The shift must have taken: a run on the real clock would prove nothing.
seen=$(fake date +%u-%H)
if [ "$seen" != "1-08" ]; then
  echo "faketime did not shift the clock (saw weekday-hour $seen, expected 1-08)" >&2
  exit 1
fi
echo "Fake clock: $(fake date '+%a %F %H:%M %Z') (offset ${offset}s)"

# The unit files with no date logic to shift (listed in vitest.config.ts: the team workspace's git
# stories, whose instants are injected, the kill drill and the boundary lint) are the slowest part
# of the suite, so the rerun leaves them out.
[ "${FAKE_CLOCK_SKIP_UNIT:-}" = 1 ] || AUX_DESK_FAKE_CLOCK_RUN=1 fake npx vitest run
# The stories whose screens carry dates: weeks, today's retro, the planner and its calendar
# export, lifecycle prompts and check-ins, overdue actions, the sample's quarter, the survey's
# dates, the mail's subject and Date header, presenter mode's "start on time". The editor, keyboard,
# PDF and paste stories hold no date logic and run once, in `npm test`.
AUX_DESK_E2E_BEHAVIOUR_ONLY=1 fake npx playwright test --project=chromium \
  tests/e2e/retro.spec.ts tests/e2e/planner.spec.ts tests/e2e/planner.export.spec.ts \
  tests/e2e/retro.list.spec.ts tests/e2e/lifecycle.spec.ts tests/e2e/mail.spec.ts tests/e2e/actions.spec.ts \
  tests/e2e/presenter.spec.ts tests/e2e/overview.spec.ts tests/e2e/nps.spec.ts tests/e2e/sample.spec.ts
