#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# with-postgres.sh <command...>
#
# Runs <command> against a throwaway PostgreSQL cluster of its own: a fresh temporary folder,
# a free loopback port, one database and one user with a password. The cluster is stopped and
# removed afterwards, whatever the command's outcome (trap). Never touches a system cluster.
#
# Exported to the command:
#   SWITCHBOARD_TEST_POSTGRES            postgresql://USER@127.0.0.1:PORT/DB (no password)
#   SWITCHBOARD_DATABASE_PASSWORD        the user's password (as a team's CI would set it)
#   SWITCHBOARD_TEST_POSTGRES_DATA       the cluster's data folder, for restart tests
#   SWITCHBOARD_TEST_POSTGRES_CTL        a command prefix that runs pg_ctl as the right user
#                                        ("restart" tests: $CTL restart -D $DATA -w -m fast)
#   SWITCHBOARD_TEST_POSTGRES_CA         the server's self-signed TLS certificate: the server
#                                        accepts TLS (ssl=on) and plain connections, so that
#                                        sslmode can be tested both ways
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: with-postgres.sh <command...>" >&2
    exit 2
fi

# The newest installed server's binaries, found rather than assumed (Debian: /usr/lib/postgresql/N).
PGBIN=
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$dir/initdb" ] && PGBIN=$dir
done
if [ -z "$PGBIN" ] && command -v pg_config >/dev/null 2>&1; then
    PGBIN=$(pg_config --bindir)
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres.sh: no PostgreSQL server binaries (initdb) found; install the" \
        "postgresql package (scripts/install-deps.sh)" >&2
    exit 1
fi

# initdb refuses to run as root: then the cluster belongs to the postgres user.
AS=
if [ "$(id -u)" -eq 0 ]; then
    AS="runuser -u postgres --"
fi

PGTMP=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-pg.XXXXXX")
cleanup() {
    status=$?
    if [ -f "$PGTMP/data/postmaster.pid" ]; then
        $AS "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PGTMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ -n "$AS" ]; then
    chown postgres "$PGTMP"
fi
chmod 0700 "$PGTMP"

# A free loopback port: ask the kernel for one, then give it to the server.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
USER_NAME=switchboard
DB_NAME=switchboard
PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

printf '%s\n' "$PASSWORD" >"$PGTMP/pwfile"
[ -n "$AS" ] && chown postgres "$PGTMP/pwfile"
$AS "$PGBIN/initdb" -D "$PGTMP/data" -U "$USER_NAME" --pwfile="$PGTMP/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log" >&2; exit 1; }
rm -f "$PGTMP/pwfile"
# TLS with a certificate made for this cluster alone (an EC key: quick to make), for 127.0.0.1.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$PGTMP/server.key" -out "$PGTMP/server.crt" >"$PGTMP/openssl.log" 2>&1 \
    || { cat "$PGTMP/openssl.log" >&2; exit 1; }
chmod 0600 "$PGTMP/server.key"
[ -n "$AS" ] && chown postgres "$PGTMP/server.key" "$PGTMP/server.crt"
OPTIONS="-k $PGTMP -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on"
OPTIONS="$OPTIONS -c ssl_cert_file=$PGTMP/server.crt -c ssl_key_file=$PGTMP/server.key"
$AS "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -o "$OPTIONS" start >/dev/null \
    || { cat "$PGTMP/server.log" >&2; exit 1; }
$AS "$PGBIN/createdb" -h "$PGTMP" -p "$PORT" -U "$USER_NAME" "$DB_NAME"

export SWITCHBOARD_TEST_POSTGRES="postgresql://$USER_NAME@127.0.0.1:$PORT/$DB_NAME"
export SWITCHBOARD_DATABASE_PASSWORD="$PASSWORD"
export SWITCHBOARD_TEST_POSTGRES_DATA="$PGTMP/data"
export SWITCHBOARD_TEST_POSTGRES_CTL="$AS $PGBIN/pg_ctl"
export SWITCHBOARD_TEST_POSTGRES_OPTIONS="$OPTIONS"
export SWITCHBOARD_TEST_POSTGRES_CA="$PGTMP/server.crt"
export SWITCHBOARD_TEST_POSTGRES_LOG="$PGTMP/server.log"

# Not exec: the trap must still run when the command ends.
"$@"
