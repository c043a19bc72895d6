#!/usr/bin/env bash
# Builds the Linux release of partner-triage from the committed HEAD:
#   dist/partner-triage-VERSION-linux-ARCH.tar.gz and dist/partner-triage-VERSION-linux-ARCH.tar.gz.sha256
# The archive is laid out as an installation prefix (bin/, share/man/man1/, share/bash-completion/completions/,
# share/zsh/site-functions/, share/fish/vendor_completions.d/, share/doc/partner-triage/) under one top folder, so
# `tar -xzf ARCHIVE -C ~/.local --strip-components=1` installs it. The binary is optimised and carries the Swift
# runtime and Foundation (--static-swift-stdlib); it needs only the C library and ncurses from the system.
#
# Usage: packaging/release.sh [OUTPUT_DIRECTORY]      (default: dist/ in the repository)
#
# An export of HEAD is built in .build-release/, never the working tree, so a release holds exactly the commit it
# names; a working tree with changes to tracked files is refused. The man page comes from swift-argument-parser's
# generate-manual plugin.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/dist}"
work="$root/.build-release"
source_tree="$work/source"
scratch="$work/scratch"

fail() { echo "release: $*" >&2; exit 1; }
command -v git >/dev/null || fail "git is needed to export the committed tree and name its commit"
git -C "$root" rev-parse --verify -q HEAD >/dev/null || fail "$root is not a git checkout with a commit"

commit="$(git -C "$root" rev-parse --short=12 HEAD)"
commit_date="$(git -C "$root" show -s --format=%cs HEAD)"
commit_time="$(git -C "$root" show -s --format=%ct HEAD)"
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
    fail "commit or stash the changes to tracked files first: a release is built from HEAD ($commit) alone"
fi

rm -rf "$source_tree"
mkdir -p "$source_tree" "$scratch"
git -C "$root" archive --format=tar HEAD | tar -x -C "$source_tree"
# The same dependency versions as the development build, when it has resolved them.
if [ -f "$root/Package.resolved" ]; then cp "$root/Package.resolved" "$source_tree/"; fi
cat >"$source_tree/Sources/TriageEffects/Version/BuildCommit.swift" <<SWIFT
/// The commit the binary was built from, stamped by packaging/release.sh.
let buildCommit = "$commit"
SWIFT

version="$(sed -n -E 's/^ *(public )?static let version = "([^"]*)"$/\2/p' "$source_tree/Sources/TriageEffects/Version/BuildInfo.swift")"
[ -n "$version" ] || fail "no version found in Sources/TriageEffects/Version/BuildInfo.swift"
arch="$(uname -m)"
name="partner-triage-$version-linux-$arch"

# The manual, from swift-argument-parser's generate-manual plugin: it builds every product of the package and reads
# partner-triage's own help. Run in the checkout in debug mode, it reuses the development build (warm after
# `swift test`), where a release-mode run would compile everything a second time; the clean working tree checked
# above makes that help the help of HEAD.
(cd "$root" && swift package plugin generate-manual --configuration debug \
    --date "$commit_date" --authors "the partner-triage authors")
manual="$root/.build/plugins/GenerateManual/outputs/partner-triage/partner-triage.1"
[ -f "$manual" ] || fail "the generate-manual plugin wrote no $manual"

# The one optimised build, of the exported HEAD with its commit stamped. It is linked by lld with every function in its
# own section, the ones `list` runs first and together (packaging/link-order.txt and
# link-order.ld, from record-link-order.py): the
# kernel maps code in 64 KB windows around each page touched, so code spread over the whole binary kept 19 MB of it
# resident to run 1.7 MB. Symbols are not exported (nothing loads this executable as a library), which drops the
# dynamic symbol table the loader would otherwise read.
cd "$source_tree"
link_order="$source_tree/packaging/link-order.txt"
link_script="$source_tree/packaging/link-order.ld"
[ -f "$link_order" ] && [ -f "$link_script" ] || fail "no link order in packaging/: record it with packaging/record-link-order.py"
# The map is what record-link-order.py needs to re-record the order from this binary.
swift build --scratch-path "$scratch" -c release --static-swift-stdlib --product partner-triage \
    -Xswiftc -use-ld=lld -Xswiftc -Xfrontend -Xswiftc -function-sections \
    -Xlinker --symbol-ordering-file="$link_order" -Xlinker --no-warn-symbol-ordering -Xlinker -T -Xlinker "$link_script" \
    -Xlinker --no-export-dynamic -Xlinker -Map="$work/partner-triage.map"
binary="$scratch/release/partner-triage"
[ -x "$binary" ] || fail "the release build made no $binary"

# A link order recorded before many functions were renamed still links (the missing ones are skipped) but keeps more
# of the binary resident; say so, with what to do.
ordered="$(grep -v -c '^#' "$link_order")"
found="$(nm --defined-only "$binary" | awk '{print $3}' | LC_ALL=C sort -u | LC_ALL=C comm -12 - <(grep -v "^#" "$link_order" | LC_ALL=C sort -u) | wc -l)"
echo "release: $found of the $ordered functions in packaging/link-order.txt are in the binary"
if [ $((found * 10)) -lt $((ordered * 9)) ]; then
    echo "release: warning: the link order is stale; re-record it with python3 packaging/record-link-order.py" \
        "$binary $work/partner-triage.map" >&2
fi

# Self-contained means no Swift runtime or Foundation library (nor the ICU that Foundation carries) is loaded from
# outside the binary. The system's libicu that libxml2 loads for FoundationXML is the system's own business.
if ldd "$binary" | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libXCTest'; then
    fail "the binary still loads a Swift library from outside (above)"
fi

stage="$work/stage/$name"
rm -rf "$work/stage"
mkdir -p "$stage/bin" "$stage/share/man/man1" "$stage/share/bash-completion/completions" \
    "$stage/share/zsh/site-functions" "$stage/share/fish/vendor_completions.d" "$stage/share/doc/partner-triage"
install -m 0755 "$binary" "$stage/bin/partner-triage"
strip "$stage/bin/partner-triage"
# The generator leaves blank lines between the paragraphs of a discussion, which mdoc warns about; .Pp is its
# paragraph break.
sed 's/^$/.Pp/' "$manual" >"$stage/share/man/man1/partner-triage.1"
chmod 0644 "$stage/share/man/man1/partner-triage.1"
"$stage/bin/partner-triage" --generate-completion-script bash >"$stage/share/bash-completion/completions/partner-triage"
"$stage/bin/partner-triage" --generate-completion-script zsh >"$stage/share/zsh/site-functions/_partner-triage"
"$stage/bin/partner-triage" --generate-completion-script fish >"$stage/share/fish/vendor_completions.d/partner-triage.fish"
install -m 0644 README.md LICENSE "$stage/share/doc/partner-triage/"

mkdir -p "$output"
archive="$output/$name.tar.gz"
# Fixed names, owners and times, and no gzip timestamp, so the same commit packs to the same bytes.
tar -C "$work/stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$commit_time" -cf - "$name" \
    | gzip -n -9 >"$archive"
(cd "$output" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")

echo "release: $archive ($(du -h "$archive" | cut -f1)), built from commit $commit"
echo "release: the binary still loads from the system:"
ldd "$stage/bin/partner-triage" | sed 's/^/    /'
