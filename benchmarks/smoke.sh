#!/usr/bin/env bash
# Smoke run of every benchmark, for CI: keeps the benchmarks compiling and running, measures nothing
# worth quoting. Builds the library (into target-bench/, so it does not clobber other builds) and this
# project, then runs each benchmark in 1 fork with one 0.5 s warmup and one 0.5 s measurement iteration
# on the first 2 MB of the corpus. Fails (non-zero exit) on any build or benchmark error.
#
#   benchmarks/smoke.sh                 build and run all benchmarks (about a minute)
#   SKIP_BUILD=1 benchmarks/smoke.sh    run the jar already built
#   benchmarks/smoke.sh Tokenizer       extra arguments go to JMH (here: a benchmark filter)
#   MVN_ARGS=-o benchmarks/smoke.sh     build offline
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd .. && mvn -q ${MVN_ARGS:-} install -DskipTests -Dgazette.buildDir=target-bench)
  mvn -q ${MVN_ARGS:-} package
fi

# System properties of this JVM are passed on to the forked benchmark JVMs.
exec java -Djmh.ignoreLock=true -Dgazette.corpus.maxChars="${GAZETTE_SMOKE_CHARS:-2000000}" -jar target/benchmarks.jar \
  -f 1 -wi 1 -w 500ms -i 1 -r 500ms -foe true "$@"
