#!/usr/bin/env bash
# make-fixtures.sh - regenerate the small WAV fixtures of the voice tests (espeak-ng + sox).
# All files: 16 kHz mono 16-bit PCM. Run from anywhere; writes next to this script.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")"
say() { # OUT VOICE PITCH SPEED TEXT
  local tmp; tmp=$(mktemp -d)
  espeak-ng -v "$2" -p "$3" -s "$4" -w "$tmp/raw.wav" "$5"
  sox -R "$tmp/raw.wav" -r 16000 -c 1 -b 16 -e signed-integer "$1" gain -n -8 pad 0.3 0.3
  rm -rf "$tmp"
}
A=en-gb-x-rp+m6; B=en-us+f3
say a_enroll1.wav "$A" 40 160 "Every morning the baker opens the shop, sweeps the floor, and lines up warm loaves of bread in the window for the first customers."
say a_enroll2.wav "$A" 42 155 "The river was high after the storm, so the ferry waited at the pier while the crew tied extra ropes around the heavy wooden posts."
say a_pass.wav "$A" 41 165 "maple 42 comet river 817"
say b_pass.wav "$B" 70 165 "maple 42 comet river 817"
# the same recording replayed through another channel: quieter, band-limited, re-dithered
sox -R a_pass.wav a_pass_reencoded.wav gain -6 lowpass 6500 dither
sox -R -n -r 16000 -c 1 -b 16 silence.wav trim 0 2
say short.wav "$A" 41 170 "yes"
ls -l ./*.wav
