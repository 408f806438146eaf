#!/usr/bin/env bash
# Runs every test through CTest with a throwaway PostgreSQL server on 127.0.0.1.
# The server lives in a temporary folder and is stopped at the end, also when tests fail.
set -uo pipefail
build_dir="${1:?usage: run-tests.sh BUILD_DIR [CTEST ARGS...]}"
shift

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
    echo "PostgreSQL server binaries not found (package 'postgresql'): run 'make deps'." >&2
    exit 1
fi

pg_dir=$(mktemp -d /tmp/fordran-pg.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pg_dir"
    as_pg=(runuser -u postgres --)
fi

stop_pg() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}
trap stop_pg EXIT

echo "Starting a throwaway PostgreSQL server on 127.0.0.1:$port"
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U fordran --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-k $pg_dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$pg_dir/server.log" >&2; exit 1; }

export FORDRAN_TEST_PG_URL="postgresql://fordran@127.0.0.1:$port/postgres"
export FORDRAN_REQUIRE_PG=1

ctest --test-dir "$build_dir" --output-on-failure -j 2 --timeout 600 "$@"
status=$?
exit $status
