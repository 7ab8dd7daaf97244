#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# switchboard-cli on a team database (run inside tests/support/with-postgres.sh, which exports
# SWITCHBOARD_TEST_POSTGRES and the password in SWITCHBOARD_DATABASE_PASSWORD):
#   a URL with a password is refused without repeating it; `workspace migrate` copies an SQLite
#   workspace with its ids and prints the row counts; it refuses a target that is not empty;
#   the team workspace then works through --database; a server that is gone is a clear error.
set -eu
cli=$1
url=$SWITCHBOARD_TEST_POSTGRES
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
run() { "$cli" --data-dir "$dir" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

# A password in the URL: exit 2, pointed to the keychain, never repeated.
with_password=$(printf '%s' "$url" | sed "s|://\([^@]*\)@|://\1:s3cr3t-pw@|")
if run --database "$with_password" org list 2>"$dir/err"; then fail "a URL with a password was accepted"; fi
grep -q "keychain" "$dir/err" || { cat "$dir/err"; fail "the refusal does not mention the keychain"; }
grep -q "s3cr3t" "$dir/err" && fail "the refusal repeats the password"

# A populated SQLite workspace.
run org add acme --name "Acme Dental" --twilio-account-sid AC0123456789abcdef0123456789abcdef \
    --pool +14155550100,+14155550101 >/dev/null
run org add bright --name "Brightside" >/dev/null
run org remove bright >/dev/null 2>&1  # a gap in the ids, which must survive the copy
run org add cobalt --name "Cobalt" >/dev/null
run workspace secret list >/dev/null   # gives the workspace its id (its keychain service)
sqlite_ids=$(python3 -c 'import sqlite3, sys; print(" ".join(f"{i}:{s}" for i, s in sqlite3.connect(sys.argv[1]).execute("SELECT id, slug FROM organizations ORDER BY id")))' "$dir/workspace.db")
[ "$sqlite_ids" = "1:acme 3:cobalt" ] || fail "unexpected SQLite ids: $sqlite_ids"
pg() { PGPASSWORD=$SWITCHBOARD_DATABASE_PASSWORD psql "$url" -tAq -c "$1"; }

# Copied, with the counts of every table printed (and equal).
run --json workspace migrate --to "$url" >"$dir/migrate.json" || { cat "$dir/migrate.json"; fail "migrate failed"; }
grep -q '"copied": true' "$dir/migrate.json" || fail "migrate did not say it copied"
grep -q '"table": "number_pool"' "$dir/migrate.json" || fail "no count for number_pool"
python3 - "$dir/migrate.json" <<'PY' || fail "the row counts differ or are missing"
import json, sys
report = json.load(open(sys.argv[1]))
tables = {t["table"]: t for t in report["tables"]}
assert len(tables) >= 11, tables
assert all(t["source"] == t["target"] for t in tables.values()), tables
assert tables["organizations"]["target"] == 2, tables
assert tables["number_pool"]["target"] == 2, tables
PY

# The team workspace: same ids, same workspace id, and it takes new rows after the copied ids.
team_ids=$(pg "SELECT string_agg(id || ':' || slug, ' ' ORDER BY id) FROM organizations")
[ "$sqlite_ids" = "$team_ids" ] || fail "ids changed: '$sqlite_ids' vs '$team_ids'"
run --database "$url" org add delta --name "Delta" >/dev/null || fail "a new organization cannot be added"
[ "$(pg "SELECT id FROM organizations WHERE slug = 'delta'")" = 4 ] || fail "the id sequence was not moved past the copied ids"
[ "$(pg "SELECT value FROM workspace_settings WHERE key = 'workspace.id'")" = \
  "$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT value FROM workspace_settings WHERE key = ?", ("workspace.id",)).fetchone()[0])' "$dir/workspace.db")" ] \
    || fail "the workspace id (the keychain service of its secrets) was not kept"
run --database "$url" workspace info | grep -q "environment (SWITCHBOARD_DATABASE_PASSWORD)" \
    || fail "workspace info does not say where the password came from"

# A second copy into the now non-empty database is refused and changes nothing.
if run workspace migrate --to "$url" 2>"$dir/err" >/dev/null; then fail "a non-empty target was accepted"; fi
grep -q "not empty" "$dir/err" || { cat "$dir/err"; fail "the refusal does not say the target is not empty"; }
[ "$(run --database "$url" --json org list | grep -c '"slug"')" = 3 ] || fail "the refused copy changed the target"

# No server there: a clear message and exit code 1.
port=$(printf '%s' "$url" | sed 's|.*:\([0-9]*\)/.*|\1|')
dead=$(printf '%s' "$url" | sed "s|:$port/|:1/|")
set +e
run --database "$dead" org list 2>"$dir/err" >/dev/null
code=$?
set -e
[ "$code" = 1 ] || fail "an unreachable server gave exit code $code"
grep -q "cannot be opened" "$dir/err" || { cat "$dir/err"; fail "no clear message for an unreachable server"; }
grep -q "$SWITCHBOARD_DATABASE_PASSWORD" "$dir/err" && fail "the password reached an error message"

echo "cli team database: ok"
