#!/usr/bin/env bash
# Runs one benchmark main from src/test/java/dev/wsconsole/bench on the test classpath.
#   bash src/test/scripts/bench.sh IsolationBenchmark
set -euo pipefail
cd "$(dirname "$0")/../../.."
name=${1:?usage: bench.sh <BenchmarkClass> [args]}
shift
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "dev.wsconsole.bench.$name" "$@"
