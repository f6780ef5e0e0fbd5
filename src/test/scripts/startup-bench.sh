#!/usr/bin/env bash
# Cold start to an interactive window (issue 6, part 8): the console on an existing data folder
# (sign-in form shown) beside a minimal JavaFX window, alternated in one Xvfb session, N rounds each.
#   bash src/test/scripts/startup-bench.sh [rounds]     (needs xvfb, xauth, x11-utils)
# Time is from process start until a window with the awaited title exists (polled every 20 ms).
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-7}
mvn -q -B package -DskipTests
mvn -q -B test-compile
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# An existing data folder: the embedded database initialised and migrated, one account in it.
export XDG_DATA_HOME=$data XDG_CONFIG_HOME=$data/config
echo 'bench-password-123456' | java -jar target/workspace-console.jar create-owner --email bench@example.org >/dev/null

cat > "$data/measure.sh" <<'SH'
#!/usr/bin/env bash
# measure.sh FIRST_REGEX READY_REGEX CMD... : prints the milliseconds until a window title matches
# FIRST_REGEX and until one matches READY_REGEX (the same for a window that is ready at once).
set -uo pipefail
first=$1; ready=$2; shift 2
start=$(date +%s%N)
"$@" >/dev/null 2>&1 &
pid=$!
t_first=""
while true; do
  titles=$(xwininfo -root -tree 2>/dev/null)
  now=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$t_first" ] && grep -Eq "$first" <<<"$titles"; then t_first=$now; fi
  if grep -Eq "$ready" <<<"$titles"; then [ -z "$t_first" ] && t_first=$now; echo "$t_first $now"; break; fi
  if ! kill -0 $pid 2>/dev/null; then echo "exited"; exit 1; fi
  if (( now > 60000 )); then echo "timeout"; kill $pid; exit 1; fi
  sleep 0.02
done
kill $pid 2>/dev/null; wait $pid 2>/dev/null
sleep 1
SH
chmod +x "$data/measure.sh"

classpath="target/workspace-console.jar:target/test-classes"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  for i in $(seq 1 '"$rounds"'); do
    m=$("'"$data"'/measure.sh" "\"Minimal Window" "\"Minimal Window — ready\"" java -cp "'"$classpath"'" "dev.wsconsole.bench.MinimalWindow\$Main")
    c=$("'"$data"'/measure.sh" "\"Workspace Console" "\"Workspace Console — Sign in\"" java -jar target/workspace-console.jar)
    echo "round $i: minimal ${m% *} ms, console window ${c% *} ms, console sign-in ${c#* } ms"
  done' | tee "$data/rounds.txt"
python3 - "$data/rounds.txt" <<'PY'
import re, statistics, sys, os
rows = [tuple(map(int, re.findall(r"(\d+) ms", l))) for l in open(sys.argv[1]) if l.startswith("round")]
m, w, c = (statistics.median(r[k] for r in rows) for k in range(3))
print(f"machine: {os.cpu_count()} cores; rounds: {len(rows)}")
print(f"median minimal window: {m:.0f} ms")
print(f"median console first window (splash, responsive): {w:.0f} ms; ratio {w / m:.2f}")
print(f"median console sign-in form (embedded database up): {c:.0f} ms; ratio {c / m:.2f}")
PY
