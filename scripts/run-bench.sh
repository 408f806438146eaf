#!/usr/bin/env bash
# Runs the benchmarks of a Release build. Each prints its own figures; nothing is asserted.
set -euo pipefail
build_dir="${1:?usage: run-bench.sh BUILD_DIR}"
shopt -s nullglob
benches=("$build_dir"/tests/bench/bench_*)
if [[ ${#benches[@]} -eq 0 ]]; then
    echo "No benchmarks built in $build_dir/tests/bench." >&2
    exit 1
fi
for b in "${benches[@]}"; do
    [[ -x "$b" && ! -d "$b" ]] || continue
    echo "== $(basename "$b")"
    "$b"
done
