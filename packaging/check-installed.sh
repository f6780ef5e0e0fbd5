#!/usr/bin/env bash
# Installs the .deb that build.sh made and checks that the installed app starts and shows its
# sign-in window, under Xvfb, on a fresh data folder; saves a screenshot beside the package.
#   bash packaging/check-installed.sh      (as root; needs xvfb, xauth, x11-utils, imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/packaging/*.deb | head -1)
apt-get install -y -qq "./$deb" >/dev/null
data=$(mktemp -d)
shot=target/packaging/installed-first-window.png
export XDG_DATA_HOME=$data XDG_CONFIG_HOME=$data/config
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  /opt/workspace-console/bin/workspace-console > "$XDG_DATA_HOME/app.log" 2>&1 &
  app=$!
  for i in $(seq 1 90); do
    # The first window on an empty data folder is the first-run sign-in (create the owner account).
    if xwininfo -root -tree | grep -Eq "\"Workspace Console — (Sign in|First run)\""; then
      sleep 3   # let the first frame paint
      /usr/bin/import -window root "'"$shot"'"
      xwininfo -root -tree | grep -E "\"Workspace Console — (Sign in|First run)\"" | head -3
      kill $app; wait $app 2>/dev/null || true
      exit 0
    fi
    sleep 1
  done
  echo "no Workspace Console window within 90 s; log:"; cat "$XDG_DATA_HOME/app.log"
  kill $app 2>/dev/null || true
  exit 1
'
echo "installed app showed its window; screenshot: $shot"
rm -rf "$data"
