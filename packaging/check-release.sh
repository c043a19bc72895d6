#!/usr/bin/env bash
# Checks a release archive the way a new user meets it: unpacked into an empty folder, far from any build tree or
# checkout, with a throwaway HOME and a bare environment. Runs --version, --help, the man page (man -l), the bash
# completion loading, the one-command install into a prefix, and --demo in tmux until its first screen shows.
#
# Usage: packaging/check-release.sh ARCHIVE [EXPECTED_COMMIT]
set -euo pipefail

archive="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
expected_commit="${2:-}"
fail() { echo "check-release: FAILED: $*" >&2; exit 1; }
pass() { echo "check-release: ok: $*"; }

[ -f "$archive" ] || fail "no archive at $archive"
(cd "$(dirname "$archive")" && sha256sum --check --quiet "$(basename "$archive").sha256") \
    || fail "the archive does not match its .sha256 file"
pass "sha256 matches"

unpacked="$(mktemp -d)"
home="$(mktemp -d)"
socket="partner-triage-release-$$"
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    rm -rf "$unpacked" "$home"
}
trap cleanup EXIT

tar -xzf "$archive" -C "$unpacked"
top="$(find "$unpacked" -mindepth 1 -maxdepth 1 -type d -print -quit)"
[ -n "$top" ] || fail "the archive has no top folder"
cd "$top"
# Nothing of the developer's or CI's set-up: only HOME (throwaway), a plain PATH, a terminal type and a locale.
run() {
    env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 "$@"
}

version_line="$(run bin/partner-triage --version)"
echo "$version_line" | grep -Eq '^partner-triage [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{12}\)$' \
    || fail "--version printed: $version_line"
if [ -n "$expected_commit" ]; then
    echo "$version_line" | grep -q "(commit $expected_commit)" || fail "--version names another commit: $version_line"
fi
pass "--version: $version_line"

run bin/partner-triage --help | grep -q '^USAGE: partner-triage' || fail "--help has no usage line"
pass "--help"

run env MANPAGER=cat MANWIDTH=100 man -l share/man/man1/partner-triage.1 >"$home/man.txt" 2>"$home/man.err" \
    || fail "man -l: $(cat "$home/man.err")"
[ ! -s "$home/man.err" ] || fail "man -l warned: $(cat "$home/man.err")"
for word in 'PARTNER-TRIAGE(1)' 'list    List the invitations' 'reject  Reject invitations' 'Show the version.'; do
    grep -qF "$word" "$home/man.txt" || fail "the man page lacks '$word'"
done
pass "man -l share/man/man1/partner-triage.1 ($(wc -l <"$home/man.txt") lines)"

run bash -c 'source share/bash-completion/completions/partner-triage && complete -p partner-triage' \
    | grep -q 'partner-triage' || fail "the bash completion does not register for partner-triage"
pass "bash completion loads"
grep -q '#compdef partner-triage' share/zsh/site-functions/_partner-triage || fail "the zsh completion is not a compdef"
grep -q "^complete -c 'partner-triage'" share/fish/vendor_completions.d/partner-triage.fish \
    || fail "the fish completion completes nothing for partner-triage"
pass "zsh and fish completion files"

# The README's one-command install, into the throwaway HOME's ~/.local.
mkdir -p "$home/.local"
tar -xzf "$archive" -C "$home/.local" --strip-components=1
run env PATH="$home/.local/bin:/usr/bin:/bin" partner-triage --version | grep -q "^$version_line\$" \
    || fail "the installed partner-triage is not on PATH from ~/.local/bin"
run env PATH="$home/.local/bin:/usr/bin:/bin" MANPAGER=cat man -w partner-triage | grep -q "$home/.local" \
    || fail "man does not find the installed page through PATH"
pass "installs into ~/.local with one tar command; man finds the page"

# --demo in a real terminal, from a folder that is neither the checkout nor the build tree.
screen_file="$home/screen.txt"
tmux -L "$socket" -f /dev/null new-session -d -x 160 -y 48 \
    "cd '$top' && env -i HOME='$home' PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 bin/partner-triage --demo; \
     echo \"exited with \$?\"; sleep 600"
# Polls the screen until it shows every given text, failing after the deadline or when the program has exited.
wait_for_screen() {
    local deadline=$((SECONDS + 60)) text missing
    while :; do
        tmux -L "$socket" capture-pane -p -t 0 >"$screen_file" 2>/dev/null || true
        missing=""
        for text in "$@"; do grep -qF "$text" "$screen_file" || missing="$text"; done
        [ -z "$missing" ] && return 0
        if grep -q 'exited with' "$screen_file"; then fail "--demo exited: $(cat "$screen_file")"; fi
        [ $SECONDS -lt $deadline ] || fail "the screen never showed '$missing' within 60 s: $(cat "$screen_file")"
        sleep 0.2
    done
}
wait_for_screen "demo emulator" "Choose a catalog" "Sandbox"
pass "--demo shows its first screen, the catalog picker"
# The invitations come from the demo data compiled into the binary.
tmux -L "$socket" send-keys -t 0 2
wait_for_screen "PENDING" "Solar forecasting"
pass "--demo lists the built-in invitations: $(grep -m1 'PENDING' "$screen_file" | tr -s ' ' | cut -c1-90)"
tmux -L "$socket" send-keys -t 0 q
deadline=$((SECONDS + 20))
until tmux -L "$socket" capture-pane -p -t 0 | grep -q 'exited with 0'; do
    [ $SECONDS -lt $deadline ] || fail "--demo did not quit on q: $(tmux -L "$socket" capture-pane -p -t 0)"
    sleep 0.2
done
pass "--demo quits on q with exit status 0"
echo "check-release: passed"
