#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server, then stop it (also on failure or Ctrl-C).
#
#   scripts/with-postgres.sh make test
#   scripts/with-postgres.sh .venv/bin/python -m pytest tests/unit/store
#
# The server lives in a temp dir on a free 127.0.0.1 port; the command sees its URL in
# DATABASE_URL_TEST (what tests/pg.py uses instead of starting a server of its own).
# As root (CI), the server tools run as the postgres user: initdb refuses to run as root.
# Without initdb/pg_ctl on PATH this fails, since a caller asked for PostgreSQL explicitly.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in initdb pg_ctl pg_isready; do
    if ! command -v "$tool" >/dev/null; then
        echo "$0: $tool is not on PATH; install the PostgreSQL server (Debian: postgresql)" >&2
        exit 1
    fi
done

as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
    as_server_user=(runuser -u postgres --)
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/studybot-pg-XXXXXX")
if [[ ${#as_server_user[@]} -gt 0 ]]; then
    chown postgres: "$dir"
fi
chmod 700 "$dir"

started=0
stop_server() {
    if [[ $started -eq 1 ]]; then
        "${as_server_user[@]}" pg_ctl -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

LC_ALL=C "${as_server_user[@]}" initdb -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}

for attempt in 1 2 3; do
    port=$(free_port)
    if "${as_server_user[@]}" pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        started=1
        break
    fi
    echo "$0: PostgreSQL did not start on port $port (attempt $attempt)" >&2
done
if [[ $started -ne 1 ]]; then
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
fi
pg_isready -q -h 127.0.0.1 -p "$port" -t 30

export DATABASE_URL_TEST="postgresql://postgres@127.0.0.1:$port/postgres"
echo "$0: PostgreSQL on 127.0.0.1:$port (DATABASE_URL_TEST)" >&2
status=0
"$@" || status=$?
exit "$status"
