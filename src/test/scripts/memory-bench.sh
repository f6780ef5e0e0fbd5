#!/usr/bin/env bash
# Memory after visiting every page (issue 6, part 8): the console as users run it (embedded backend)
# on a fresh demo data folder, under Xvfb; heap used after GC and RSS after sign-in, after visiting
# every page, and after each further round of visits (MemoryTour). The embedded PostgreSQL's processes
# (its postmaster and children) are reported apart: the peak of their summed RSS, sampled each second.
#   bash src/test/scripts/memory-bench.sh [seconds-per-page [rounds]]     (needs xvfb, xauth)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
data=$(mktemp -d)
export XDG_DATA_HOME=$data XDG_CONFIG_HOME=$data/config
trap 'rm -rf "$data"' EXIT
java -jar target/workspace-console.jar demo > "$data/demo.txt"
password=$(grep -oP '(?<=password )\S+' "$data/demo.txt" | head -1)
email=$(grep -oP '[a-z]+@riverside-health\.example' "$data/demo.txt" | head -1)
uptime
# No -Xmx: the JVM's default heap, as `java -jar` gives the console.
xvfb-run -a -s "-screen 0 1280x800x24" java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.wsconsole.bench.MemoryTour "$email" "$password" "${1:-3}" "${2:-2}" &
tour=$!
peak=0
while kill -0 $tour 2>/dev/null; do
  pm=$(head -1 "$data/workspace-console/pgdata/postmaster.pid" 2>/dev/null || true)
  pg=0
  if [ -n "$pm" ]; then
    pg=$( { ps -o rss= -p "$pm"; ps -o rss= --ppid "$pm"; } 2>/dev/null | awk '{s += $1} END {print s + 0}')
  fi
  (( pg > peak )) && peak=$pg
  sleep 1
done
wait $tour
echo "embedded PostgreSQL (postmaster + children): peak summed RSS $((peak / 1024)) MiB"
uptime
