#!/usr/bin/env bash
# Captures the README screenshot: `partner-triage --demo` in a 160x48 tmux pane, Sandbox picked, three rows down,
# one row tagged. Writes demo.txt (plain text) and demo.png (rendered by render-screenshot.py) next to this script.
# Needs a built binary (swift build), tmux, Pillow and the fonts named in render-screenshot.py.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../../.build/debug/partner-triage}"
socket="pt-shot-$$"
home="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$home" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"' EXIT

wait_for() {  # wait_for TEXT: polls the pane for up to 10 s
    for _ in $(seq 1 100); do
        tmux -L "$socket" capture-pane -p | grep -q "$1" && return 0
        sleep 0.1
    done
    echo "timed out waiting for: $1" >&2
    exit 1
}

tmux -L "$socket" -f /dev/null new-session -d -x 160 -y 48 -e LANG=C.UTF-8 -e HOME="$home" \
    "cd / && '$binary' --demo; sleep 60"
wait_for "Choose a catalog"
tmux -L "$socket" send-keys 2
wait_for "26 pending"
tmux -L "$socket" send-keys j j Space j
wait_for "1 tagged"
wait_for "Business problem"  # the details of the selected (fourth) row have arrived
for _ in $(seq 1 200); do  # and the decision columns have filled in behind the list
    tmux -L "$socket" capture-pane -p | head -1 | grep -q "details " || break
    sleep 0.1
done
tmux -L "$socket" capture-pane -p > "$here/demo.txt"
tmux -L "$socket" capture-pane -p -e > "$home/demo.ansi"
tmux -L "$socket" send-keys q
python3 "$here/render-screenshot.py" "$home/demo.ansi" "$here/demo.png" 160 48
