#!/usr/bin/env bash
# Cold start to an interactive window (issue 6, part 8): the console on an existing data folder
# (sign-in form shown) beside a minimal JavaFX window, alternated in one Xvfb session, N rounds each.
#   bash src/test/scripts/startup-bench.sh [rounds]     (needs xvfb, xauth, x11-utils)
# Time is from process start until a window with the awaited title exists (polled every 20 ms). The
# console's titles: "Workspace Console — Sign in (backend starting)" once the sign-in form takes input,
# "Workspace Console — Sign in" once the embedded backend answers too (a submit goes through).
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
# measure.sh FIRST_REGEX FORM_REGEX READY_REGEX CMD... : prints the milliseconds until a window title
# matches each (a later one matching first counts for the earlier ones too).
set -uo pipefail
first=$1; form=$2; ready=$3; shift 3
start=$(date +%s%N)
"$@" >/dev/null 2>&1 &
pid=$!
t_first=""; t_form=""
while true; do
  titles=$(xwininfo -root -tree 2>/dev/null)
  now=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$t_first" ] && grep -Eq "$first" <<<"$titles"; then t_first=$now; fi
  if [ -z "$t_form" ] && grep -Eq "$form" <<<"$titles"; then t_form=$now; fi
  if grep -Eq "$ready" <<<"$titles"; then
    echo "${t_first:-$now} ${t_form:-$now} $now"; break
  fi
  if ! kill -0 $pid 2>/dev/null; then echo "exited"; exit 1; fi
  if (( now > 60000 )); then echo "timeout"; kill $pid; exit 1; fi
  sleep 0.02
done
kill $pid 2>/dev/null; wait $pid 2>/dev/null
sleep 1
SH
chmod +x "$data/measure.sh"

uptime
classpath="target/workspace-console.jar:target/test-classes"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  for i in $(seq 1 '"$rounds"'); do
    m=$("'"$data"'/measure.sh" "\"Minimal Window" "\"Minimal Window — ready\"" "\"Minimal Window — ready\"" java -cp "'"$classpath"'" "dev.wsconsole.bench.MinimalWindow\$Main")
    c=$("'"$data"'/measure.sh" "\"Workspace Console" "\"Workspace Console — Sign in" "\"Workspace Console — Sign in\"" java -jar target/workspace-console.jar)
    read -r mf _ _ <<<"$m"; read -r cw cf cr <<<"$c"
    echo "round $i: minimal $mf ms, console window $cw ms, console sign-in form $cf ms, console backend up $cr ms"
  done' | tee "$data/rounds.txt"
uptime
python3 - "$data/rounds.txt" <<'PY'
import re, statistics, sys, os
rows = [tuple(map(int, re.findall(r"(\d+) ms", l))) for l in open(sys.argv[1]) if l.startswith("round")]
m, w, f, r = (statistics.median(row[k] for row in rows) for k in range(4))
print(f"machine: {os.cpu_count()} cores; rounds: {len(rows)}")
print(f"median minimal window: {m:.0f} ms")
print(f"median console first window: {w:.0f} ms; ratio {w / m:.2f}")
print(f"median console sign-in form taking input: {f:.0f} ms; ratio {f / m:.2f}")
print(f"median console backend up (a submit goes through): {r:.0f} ms; ratio {r / m:.2f}")
# Rounds alternate, so each round's ratio compares runs made under the same load.
paired = statistics.median(row[2] / row[0] for row in rows)
print(f"median of the rounds' own ratios, sign-in form / minimal window: {paired:.2f}")
PY
