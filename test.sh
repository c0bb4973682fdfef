#!/usr/bin/env bash
# Runs every test: build, format check, pending-model check, unit, integration (SQLite and PostgreSQL)
# and end-to-end (headless Debian Chromium). Installs Chromium and starts a throwaway PostgreSQL 15
# cluster itself, so a fresh machine needs nothing else. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
failures=0
step() { printf '\n== %s ==\n' "$*"; }
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

step "Chromium"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 \
      || (sleep 5; apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 \
      || echo "chromium could not be installed"
  else
    echo "chromium is missing and this user cannot install it"
  fi
fi
command -v chromium && chromium --version 2>/dev/null | head -1

step "PostgreSQL"
pgdir=$(mktemp -d /tmp/muhtar-pg.XXXXXX)
# A free port: a random one nobody answers on (bash's /dev/tcp, no other tool needed).
pgport=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((20000 + RANDOM % 20000)); done
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg pg_ctl -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
if as_pg initdb -D "$pgdir/data" -A trust -U muhtar --no-sync >"$pgdir/initdb.log" 2>&1 \
  && as_pg pg_ctl -D "$pgdir/data" -w -l "$pgdir/log" \
    -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
  export MUHTAR_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=muhtar;Database=postgres"
  echo "PostgreSQL on port $pgport"
else
  cat "$pgdir/initdb.log" "$pgdir/log" 2>/dev/null
  fail "PostgreSQL could not start"
fi

step "Build"
dotnet tool restore >/dev/null || fail "dotnet tool restore"
dotnet build Muhtar.slnx -nologo -v q -clp:ErrorsOnly || { fail "build"; echo "0 passed, 1 failed"; exit 1; }

step "Format"
dotnet format Muhtar.slnx --verify-no-changes --no-restore -v q || fail "dotnet format found changes to make"

step "Pending model changes"
for p in Sqlite Postgres; do
  dir=src/Migrations/Muhtar.Migrations.$p
  dotnet ef migrations has-pending-model-changes --project "$dir" --startup-project "$dir" --no-build >/dev/null 2>"/tmp/muhtar-ef-$p.log" \
    || { cat "/tmp/muhtar-ef-$p.log"; fail "pending model changes for $p: add a migration (scripts/add-migration.sh)"; }
done

passed=0; failed=0
run_tests() {
  local project=$1 log
  step "Tests: $project"
  log=$(mktemp)
  # A failure prints its name, its message (the lines between "Error Message:" and "Stack Trace:", at most 60)
  # and its stack; passing tests print nothing.
  dotnet test "tests/$project" --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" \
    | awk '/^[[:space:]]+Error Message:/ { msg = 1; n = 0; print; next }
           /^[[:space:]]+Stack Trace:/ { msg = 0 }
           msg && n++ < 60 { print; next }
           /^[[:space:]]+(Failed|Skipped) |^[[:space:]]+at |Total tests|Passed!|Failed!/ { print }' | head -400
  local p f
  p=$(grep -hoE 'Passed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -hoE 'Failed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  if ! grep -qE '(Passed|Failed)!|Total tests:' "$log"; then
    echo "no test summary from $project"; tail -40 "$log"; f=$((${f:-0} + 1))
  fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  rm -f "$log"
}
run_tests Muhtar.Tests
run_tests Muhtar.IntegrationTests
run_tests Muhtar.E2E

failed=$((failed + failures))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
