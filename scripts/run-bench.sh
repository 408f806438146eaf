#!/usr/bin/env bash
# Runs the benchmarks of a Release build. Each prints its own figures; nothing is asserted.
#
# First the benchmark database: FORDRAN_BENCH_CASES (default 1,000,000) demo cases made by
# `fordran-cli demo --seed FORDRAN_BENCH_SEED` (default 42) in BUILD_DIR/bench/. It is built once
# and kept: a later run reuses it while the case count, the seed and the schema migrations are the
# same (the stamp file beside it records them). Then every bench_* binary runs with
# FORDRAN_BENCH_DB pointing at it; names after BUILD_DIR (e.g. bench_dailyrun) run only those.
set -euo pipefail
build_dir="${1:?usage: run-bench.sh BUILD_DIR [BENCH_NAME ...]}"
shift
only=("$@")
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases="${FORDRAN_BENCH_CASES:-1000000}"
seed="${FORDRAN_BENCH_SEED:-42}"
cli="$build_dir/app/cli/fordran-cli"

shopt -s nullglob
benches=("$build_dir"/tests/bench/bench_*)
if [[ ${#benches[@]} -eq 0 ]]; then
    echo "No benchmarks built in $build_dir/tests/bench." >&2
    exit 1
fi
if [[ ! -x "$cli" ]]; then
    echo "No fordran-cli in $build_dir/app/cli: build the release preset first." >&2
    exit 1
fi

# The database name says its size: fordran-1m.sqlite for a million cases.
if (( cases % 1000000 == 0 )); then label="$(( cases / 1000000 ))m"
elif (( cases % 1000 == 0 )); then label="$(( cases / 1000 ))k"
else label="$cases"; fi
db_dir="$build_dir/bench"
db="$db_dir/fordran-$label.sqlite"
stamp="$db.stamp"
migrations=$(cd "$source_dir/resources/migrations" && ls -- *.sql | sort | tr '\n' ' ')
want="cases=$cases seed=$seed migrations=$migrations"

if [[ -f "$db" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "== benchmark database: $db (kept from an earlier run; $(du -h "$db" | cut -f1))"
else
    mkdir -p "$db_dir"
    rm -f "$db" "$db"-wal "$db"-shm "$stamp"
    part="$db.part"
    rm -f "$part" "$part"-wal "$part"-shm
    echo "== benchmark database: building $db ($cases demo cases, seed $seed)"
    start_ms=$(( $(date +%s%N) / 1000000 ))
    "$cli" demo --cases "$cases" --seed "$seed" --db "$part"
    elapsed_ms=$(( $(date +%s%N) / 1000000 - start_ms ))
    # Only a finished database gets the real name, so an interrupted build is never reused.
    for suffix in "" -wal -shm; do
        [[ -e "$part$suffix" ]] && mv "$part$suffix" "$db$suffix"
    done
    echo "$want" > "$stamp"
    printf 'benchmark database built in %d.%01d s; %s on disk\n' $(( elapsed_ms / 1000 )) $(( elapsed_ms % 1000 / 100 )) \
        "$(du -h "$db" | cut -f1)"
fi
export FORDRAN_BENCH_DB="$db"

for b in "${benches[@]}"; do
    [[ -x "$b" && ! -d "$b" ]] || continue
    if [[ ${#only[@]} -gt 0 && ! " ${only[*]} " == *" $(basename "$b") "* ]]; then
        continue
    fi
    echo "== $(basename "$b")"
    "$b"
done
