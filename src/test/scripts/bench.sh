#!/usr/bin/env bash
# Runs one benchmark main from src/test/java/dev/wsconsole/bench on the test classpath.
#   bash src/test/scripts/bench.sh IsolationBenchmark
# BENCH_JAVA_OPTS adds JVM options, e.g. -Dwsc.bench.synchronousCommit=off for the old non-durable commits
# (dev.wsconsole.testing.CommitMode).
set -euo pipefail
cd "$(dirname "$0")/../../.."
name=${1:?usage: bench.sh <BenchmarkClass> [args]}
shift
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "dev.wsconsole.bench.$name" "$@"
