#!/usr/bin/env bash
# Runs the newsgraph benchmark on generated corpora and writes bench-results.json.
#
#   bench/run.sh                                  # 1k and 10k articles, 1 and 2 threads
#   bench/run.sh --sizes 1000,10000,100000 --max-build 10000
#
# Arguments go to `newsgraph bench` (see `newsgraph bench --help`). The jar is built first when
# it is missing or older than the sources. Heap: BENCH_HEAP (default 8g).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/newsgraph.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]]; then
  mvn -q -B -o package -DskipTests
fi

label="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
  label="$label+dirty"
fi

exec java -Xmx"${BENCH_HEAP:-8g}" -cp "$jar" org.newsgraph.cli.Main bench --label "$label" "$@"
