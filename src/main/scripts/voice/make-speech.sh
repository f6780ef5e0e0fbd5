#!/usr/bin/env bash
# make-speech.sh - synthetic speech for the voice package, disjoint from the shared dev corpus.
#
#   --mode ubm      background speech for training the universal background model
#                   (writes <out>/ubm/<speaker>/*.wav and <out>/ubm/list.tsv: speaker<TAB>path)
#   --mode heldout  a held-out verification set in the voice-corpus format
#                   (<out>/heldout/{wav,enroll.tsv,trials.tsv}) with voices and texts that
#                   appear neither in the dev corpus nor in the UBM speech
#
# Usage: make-speech.sh --mode ubm|heldout --out DIR [--seed N] [--jobs N] [--clean]
# Variant names are case-sensitive file names under espeak-ng-data/voices/!v (unknown ones silently fall back).
# Same channel and noise recipe as src/test/scripts/voice-corpus/make-corpus.sh (random channel
# colouring, pink noise + hum at 15-35 dB SNR, leading/trailing silence); deterministic per seed.
set -euo pipefail
export LC_ALL=C
MODE=ubm; OUT=./target/voice-speech; SEED=424242; JOBS=$(nproc 2>/dev/null || echo 2); CLEAN=0
die() { echo "make-speech: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --clean) CLEAN=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
command -v espeak-ng >/dev/null || die "missing espeak-ng"
command -v sox >/dev/null || die "missing sox"

# id|voice|base pitch|base speed. Variants never used by the dev corpus (which uses m1-m8, f1-f5,
# Andy, steph, edward, linda); the UBM and held-out sets use disjoint variant lists.
UBM_SPEAKERS='
ubm01|en-us-nyc+adam|40|160
ubm02|en+Alex|50|170
ubm03|en-us+Andrea|66|165
ubm04|en-gb-x-rp+antonio|45|150
ubm05|en-029+benjamin|38|160
ubm06|en-us-nyc+boris|35|155
ubm07|en+caleb|55|175
ubm08|en-gb-scotland+david|42|165
ubm09|en-us+Denis|48|150
ubm10|en+Diogo|52|160
ubm11|en-gb-x-gbclan+ed|44|170
ubm12|en-us+edward2|58|160
ubm13|en+Gene|36|150
ubm14|en-us-nyc+Gene2|50|165
ubm15|en-gb-x-rp+gustave|46|155
ubm16|en+Henrique|40|170
ubm17|en-us+Hugo|54|160
ubm18|en-gb-x-gbcwmd+iven|47|165
ubm19|en+iven2|62|155
ubm20|en-us+iven3|38|175
ubm21|en-029+iven4|50|160
ubm22|en-us-nyc+Jacky|60|170
ubm23|en+Lee|45|150
ubm24|en-us+Marco|41|160
ubm25|en-gb-scotland+marcelo|55|165
ubm26|en+Mario|35|155
ubm27|en-us+michel|49|170
ubm28|en-gb-x-rp+miguel|43|160
ubm29|en+Mike|57|150
ubm30|en-us-nyc+norbert|39|165
ubm31|en+pablo|51|160
ubm32|en-us+paul|46|170
ubm33|en-gb-x-gbclan+pedro|53|155
ubm34|en+sandro|37|160
ubm35|en-us+steph2|68|165
ubm36|en+steph3|72|160
ubm37|en-029+zac|48|170
ubm38|en-us+grandpa|40|145
ubm39|en+Nguyen|56|160
ubm40|de+adam|45|160
ubm41|nl+Andrea|64|160
ubm42|sv+steph2|70|165
ubm43|fr+michel|47|155
ubm44|es+pablo|52|165
ubm45|en-us+f4|78|160
ubm46|en+m3|28|150
ubm47|en-us+m6|60|170
ubm48|en+f1|50|165
'
HELDOUT_SPEAKERS='
ho01|en-us+Michael|44|160
ho02|en-gb-x-rp+robert|40|155
ho03|en-us-nyc+shelby|64|170
ho04|en+quincy|50|165
ho05|en-us+belinda|68|160
ho06|en-gb-scotland+aunty|62|150
ho07|en+Annie|70|170
ho08|en-us+john|38|160
ho09|en-029+max|46|165
ho10|en-gb-x-gbcwmd+travis|52|155
ho11|en-us-nyc+victor|42|170
ho12|en+Alicia|66|160
ho13|en-us+anika|60|165
ho14|en-gb-x-rp+grandma|58|150
ho15|en+rob|48|175
ho16|en-us+Michael|58|160
'
UBM_PASSAGES='The museum opens its new wing next spring, with a hall of maps, a room of clocks, and a quiet garden where visitors can rest between the galleries.
Yesterday the delivery van broke down on the hill, so the driver carried every parcel by hand and still finished his round before the sun went down.
Good software is written twice: once to learn what the problem really is, and once more to solve it in a way that other people can understand.
My grandmother kept bees behind the orchard, and every autumn she poured the thick golden honey into jars that lined the pantry shelves like soldiers.
The committee agreed to repaint the library, replace the broken heaters, and buy three hundred new books for the children before the winter term.
Storm clouds gathered over the valley as the hikers hurried down the rocky path, hoping to reach the shelter before the first heavy drops of rain.
Could you tell me whether the pharmacy on the corner is still open, or should I drive to the hospital across town to collect the prescription?
Seventeen students signed up for the chemistry club, and on the first evening they built a volcano that erupted all over the teacher'"'"'s desk.
A lighthouse keeper once wrote that the sea never sounds the same twice, even on calm nights when the water barely touches the rocks.
Turn left after the bakery, cross the narrow bridge, and look for the blue door with a brass knocker shaped like a lion.'
UBM_WORDS='apple bridge candle dolphin eagle forest guitar hammer island jacket kettle lemon mirror needle ocean planet rabbit saddle tiger umbrella village window yellow zebra button castle dragon feather giraffe helmet'
HELDOUT_PASSAGES='At the end of the long corridor there is a small office where the night porter keeps a kettle, a radio, and a drawer full of spare keys.
The football match was cancelled because the pitch had flooded, so the whole team spent the afternoon painting the clubhouse fences instead.
Before you sign the contract, read the section about cancellation fees carefully and ask the landlord to explain anything that seems unfair.
In the desert the nights are surprisingly cold, and travellers learn to carry thick blankets even when the afternoon sun feels unbearable.
The orchestra tuned their instruments while the conductor studied the score, tapping his pencil against the stand in a slow and steady rhythm.
Nobody noticed the cat slipping into the kitchen until a whole tray of fish had vanished from the table and the cook began to shout.'
HELDOUT_WORDS='arrow blanket cherry diamond engine fountain galaxy harvest iceberg jungle kitten ladder magnet napkin olive parrot quiver ribbon sparrow trumpet unicorn vessel whistle yogurt compass dagger'

rint() { printf -v "$1" '%d' $(( $2 + RANDOM % ($3 - $2 + 1) )); }
pick() { local -a __a=($2); printf -v "$1" '%s' "${__a[$(( RANDOM % ${#__a[@]} ))]}"; }
rms_db() { sox "$1" -n stats 2>&1 | awk '/^RMS lev dB/ {print $4}'; }
channel_fx() {
  case "$1" in
    flat) echo "" ;; wideband) echo "highpass 120 lowpass 7000" ;; phone) echo "sinc 300-3400" ;;
    presence) echo "equalizer 2500 2q 5" ;; room) echo "reverb 30 50 25 100 10" ;;
  esac
}
# make_utt OUTWAV VOICE PITCH SPEED TEXT
make_utt() {
  local out=$1 voice=$2 pitch=$3 speed=$4 text=$5 ch snr lead trail level off tmp
  pick ch "flat wideband phone presence room"; rint snr 15 35; rint lead 15 60; rint trail 15 60
  rint level 18 30; rint off 0 $(( NOISE_LEN - 14 ))
  if [ "$CLEAN" = 1 ]; then ch=flat; fi
  tmp=$(mktemp -d)
  espeak-ng -v "$voice" -p "$pitch" -s "$speed" -w "$tmp/raw.wav" "$text" 2>/dev/null || die "espeak-ng failed ($voice)"
  # shellcheck disable=SC2046
  sox -R "$tmp/raw.wav" -r 16000 -c 1 -b 16 "$tmp/sp.wav" $(channel_fx "$ch") gain -n -6 2>/dev/null
  local sp_rms; sp_rms=$(rms_db "$tmp/sp.wav")
  sox -R "$tmp/sp.wav" "$tmp/pad.wav" pad "0.$(printf %02d "$lead")" "0.$(printf %02d "$trail")"
  if [ "$CLEAN" = 1 ]; then cp "$tmp/pad.wav" "$tmp/mix.wav"; else
    local dur nz_rms vol; dur=$(soxi -D "$tmp/pad.wav")
    sox -R "$NOISE_BED" "$tmp/nz.wav" trim "$off" "$dur"
    nz_rms=$(rms_db "$tmp/nz.wav")
    vol=$(awk -v s="$sp_rms" -v n="$nz_rms" -v snr="$snr" 'BEGIN{printf "%.6f", 10^((s - snr - n)/20)}')
    sox -R -m -v 1 "$tmp/pad.wav" -v "$vol" "$tmp/nz.wav" "$tmp/mix.wav"
  fi
  local mix_rms g; mix_rms=$(rms_db "$tmp/mix.wav")
  g=$(awk -v m="$mix_rms" -v t="$level" 'BEGIN{printf "%.2f", -t - m}')
  sox -R "$tmp/mix.wav" -r 16000 -c 1 -b 16 -e signed-integer "$out" gain -l "$g"
  rm -rf "$tmp"
}
# make_speaker INDEX LINE: ubm -> 4 passages + 4 phrases; heldout -> 2 enrolment passages + 6 phrases
make_speaker() {
  local idx=$1 line=$2 id voice bp bs
  IFS='|' read -r id voice bp bs <<< "$line"
  RANDOM=$(( SEED + idx * 6007 ))
  local -a P; local words
  if [ "$MODE" = ubm ]; then mapfile -t P <<< "$UBM_PASSAGES"; words=$UBM_WORDS
  else mapfile -t P <<< "$HELDOUT_PASSAGES"; words=$HELDOUT_WORDS; fi
  local dir="$OUT/$MODE/wav/$id"; mkdir -p "$dir"
  local n_pass=2 n_phr=6 k dp ds w1 w2 w3 n1 n2 text
  [ "$MODE" = ubm ] && { n_pass=4; n_phr=4; }
  for (( k=0; k<n_pass; k++ )); do
    rint dp -3 3; rint ds -8 8
    make_utt "$dir/${id}_enroll$((k+1)).wav" "$voice" $(( bp + dp )) $(( bs + ds )) "${P[$(( (idx + 2*k) % ${#P[@]} ))]}"
  done
  for (( k=0; k<n_phr; k++ )); do
    pick w1 "$words"; pick w2 "$words"; pick w3 "$words"; rint n1 10 99; rint n2 100 999
    text="$n2 $w1 $w2 $n1 $w3"; rint dp -4 4; rint ds -12 12
    make_utt "$dir/${id}_pass0$((k+1)).wav" "$voice" $(( bp + dp )) $(( bs + ds )) "$text"
  done
  echo "  $MODE/$id ($voice) done" >&2
}

case "$MODE" in ubm) SPK=$UBM_SPEAKERS ;; heldout) SPK=$HELDOUT_SPEAKERS ;; *) die "--mode ubm|heldout" ;; esac
SPK=$(echo "$SPK" | sed '/^$/d')
rm -rf "${OUT:?}/$MODE"; mkdir -p "$OUT/$MODE/wav"
NOISE_LEN=120; NOISE_BED="$OUT/$MODE/noise-bed.wav"
sox -R -n -r 16000 -c 1 -b 16 "$OUT/$MODE/pink.wav" synth "$NOISE_LEN" pinknoise
sox -R -n -r 16000 -c 1 -b 16 "$OUT/$MODE/hum.wav" synth "$NOISE_LEN" sine 60
sox -R -m -v 1 "$OUT/$MODE/pink.wav" -v 0.12 "$OUT/$MODE/hum.wav" "$NOISE_BED"
export MODE OUT SEED CLEAN NOISE_LEN NOISE_BED UBM_PASSAGES UBM_WORDS HELDOUT_PASSAGES HELDOUT_WORDS
export -f make_speaker make_utt rint pick rms_db channel_fx die
i=0; while IFS= read -r line; do i=$((i+1)); printf '%s|%s\n' "$i" "$line"; done <<< "$SPK" |
  xargs -d '\n' -P "$JOBS" -I{} bash -c 'make_speaker "${1%%|*}" "${1#*|}"' _ {}
rm -f "$OUT/$MODE/pink.wav" "$OUT/$MODE/hum.wav" "$NOISE_BED"
ids=$(echo "$SPK" | cut -d'|' -f1)
if [ "$MODE" = ubm ]; then
  for id in $ids; do for f in "$OUT/ubm/wav/$id"/*.wav; do printf '%s\twav/%s/%s\n' "$id" "$id" "$(basename "$f")"; done; done > "$OUT/ubm/list.tsv"
else
  { printf 'model\tenroll_paths\n'
    for id in $ids; do printf '%s\twav/%s/%s_enroll1.wav,wav/%s/%s_enroll2.wav\n' "$id" "$id" "$id" "$id" "$id"; done; } > "$OUT/heldout/enroll.tsv"
  { printf 'model\ttest_path\tlabel\n'
    for m in $ids; do for id in $ids; do for f in "$OUT/heldout/wav/$id"/*_pass*.wav; do
      printf '%s\twav/%s/%s\t%s\n' "$m" "$id" "$(basename "$f")" "$([ "$m" = "$id" ] && echo target || echo nontarget)"
    done; done; done; } > "$OUT/heldout/trials.tsv"
fi
echo "make-speech: $MODE: $(echo "$SPK" | wc -l) speakers, $(du -sh "$OUT/$MODE" | cut -f1)" >&2
