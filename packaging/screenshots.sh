#!/usr/bin/env bash
# Saves a PNG of every console page into docs/screenshots/, on demo data, under Xvfb.
#   bash packaging/screenshots.sh          (needs xvfb, xauth; run as a user that may start PostgreSQL)
# Steps: a fresh data folder, `demo` (five clinics), `serve` on it, then the console's screenshot tour
# (src/test/java/.../tour/ScreenshotTour.java) signing in as the demo's owner.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/tour.classpath -Dmdep.includeScope=test
data=$(mktemp -d)
export XDG_DATA_HOME=$data XDG_CONFIG_HOME=$data/config
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

java -jar target/workspace-console.jar demo > "$data/demo.txt"
password=$(grep -oP '(?<=password )\S+' "$data/demo.txt" | head -1)
email=$(grep -oP '[a-z]+@riverside-health\.example' "$data/demo.txt" | head -1)
java -jar target/workspace-console.jar serve > "$data/serve.txt" 2>&1 &
server=$!
for i in $(seq 1 120); do grep -q "Listening on" "$data/serve.txt" && break; sleep 0.5; done
url=$(grep -oP 'http://127\.0\.0\.1:\d+' "$data/serve.txt" | head -1)

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x800x24" java -cp "target/test-classes:target/classes:$(cat target/tour.classpath)" \
  'dev.wsconsole.desktop.tour.ScreenshotTour$Main' "$url" "$email" "$password" "$out"
ls "$out"
