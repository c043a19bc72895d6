#!/usr/bin/env python3
"""Records the release's link order: the functions a `list` run executes, in the order it first runs them.

The release is linked in that order (see release.sh), so the code one command runs sits together instead of spread
over the 30 MB of .text. The kernel maps a binary's code in 64 KB windows around each page it touches, so with the
code spread out `list` kept 19 MB of the binary resident to run 1.7 MB of it. Two files are written:

- packaging/link-order.txt, the named functions, for lld's --symbol-ordering-file;
- packaging/link-order.ld, a linker script that puts the executed functions LLVM leaves unnamed (closure context
  destroyers, key path helpers: their sections are `.text..L...`, which no symbol names) in one output section just
  before .text, where the named ones start.

Usage: python3 packaging/record-link-order.py BINARY MAP

BINARY is the unstripped release binary and MAP its linker map, both left by packaging/release.sh in
.build-release/scratch/release/partner-triage and .build-release/partner-triage.map. Each of `--version`,
`list --output json` and `list --output table` (two pages, from an emulator the same binary runs) runs under
valgrind's callgrind, which reports every function executed. Needs valgrind. Re-record after changes that rename many
functions (a new dependency version, a large refactor): names the files give that no longer exist are skipped and new
functions are linked after the ordered ones, so a stale order costs memory, never correctness.
"""
import bisect, importlib.util, json, os, re, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUTPUT = os.path.join(ROOT, "packaging", "link-order.txt")
SCRIPT = os.path.join(ROOT, "packaging", "link-order.ld")
# The seed and the emulator's start are the list benchmark's, so the traced run is the measured one in small.
_spec = importlib.util.spec_from_file_location(
    "list_process_benchmark", os.path.join(ROOT, "Tests", "Benchmarks", "list-process-benchmark.py"))
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)
ENTRY = re.compile(r"^(ob|cob|fn|cfn)=\((\d+)\)(?: (.*))?$")


def executed_functions(profile, binary_name, order, seen, unnamed):
    """Appends to `order` each named function of the binary the callgrind profile ran, first seen first, and to
    `unnamed` the address of each function without a name."""
    names, objects = {}, {}
    current_object = called_object = None
    with open(profile, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            match = ENTRY.match(line.rstrip("\n"))
            if not match:
                continue
            kind, ident, name = match.groups()
            table = objects if kind in ("ob", "cob") else names
            if name is not None:
                table[ident] = name
            value = table.get(ident)
            if kind == "ob":
                current_object, called_object = value, None
                continue
            if kind == "cob":
                called_object = value
                continue
            owner = current_object if kind == "fn" else (called_object or current_object)
            called_object = None
            if not (owner and os.path.basename(owner) == binary_name and value):
                continue
            # callgrind marks a recursion depth with a `'N` suffix, and shows code without a symbol as its address.
            value = value.split("'")[0]
            if value.startswith("0x"):
                unnamed.append(int(value, 16))
            elif value not in seen:
                seen.add(value)
                order.append(value)


def unnamed_sections(addresses, map_path):
    """Linker-script input section patterns (`*/Module.build/File.swift.o(.text..Lname)`) for the unnamed functions
    at `addresses`, from the linker map of the traced binary."""
    sections = []
    with open(map_path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            parts = line.split(None, 4)
            if len(parts) == 5 and ":(" in parts[4] and re.match(r"^[0-9a-f]+$", parts[0]):
                sections.append((int(parts[0], 16), int(parts[2], 16), parts[4].strip()))
    sections.sort()
    starts = [start for start, _, _ in sections]
    patterns, seen = [], set()
    for address in addresses:
        index = bisect.bisect_right(starts, address) - 1
        if index < 0 or not sections[index][0] <= address < sections[index][0] + sections[index][1]:
            continue
        match = re.match(r"^(.*):\((\.text\..+)\)$", sections[index][2])
        if not match:
            continue
        path, section = match.groups()
        member = re.match(r"^.*/([^/]+\.a)\((.+)\)$", path)
        # Paths differ between build folders; the module folder and file (or archive and member) do not.
        pattern = f"*{member.group(1)}:{member.group(2)}" if member else "*/" + "/".join(path.split("/")[-2:])
        entry = f"{pattern}({section})"
        if entry not in seen:
            seen.add(entry)
            patterns.append(entry)
    return patterns


def kept_patterns():
    """The input section patterns of the current packaging/link-order.ld, in order."""
    if not os.path.isfile(SCRIPT):
        return []
    with open(SCRIPT, encoding="utf-8") as f:
        return [line.strip() for line in f if line.startswith("    *")]


def main():
    if len(sys.argv) != 3 or not os.access(sys.argv[1], os.X_OK) or not os.path.isfile(sys.argv[2]):
        sys.exit("usage: python3 packaging/record-link-order.py BINARY MAP (an unstripped release binary and its "
                 "linker map, as packaging/release.sh leaves them)")
    work = tempfile.mkdtemp(prefix="link-order-")
    # valgrind cannot read the debug info of a binary this size, and needs only its symbol table.
    binary = os.path.join(work, "partner-triage")
    subprocess.run(["strip", "--strip-debug", "-o", binary, sys.argv[1]], check=True)
    seed = os.path.join(work, "seed.json")
    with open(seed, "w", encoding="utf-8") as f:
        json.dump(benchmark.make_seed(150), f)
    # No latency: under valgrind the client is slow enough.
    emulator, endpoint, key, secret = benchmark.start_emulator(binary, seed, 0)
    env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID=key, AWS_SECRET_ACCESS_KEY=secret, AWS_REGION="us-east-1", HOME=work,
               AWS_CONFIG_FILE=os.path.join(work, "none"), AWS_SHARED_CREDENTIALS_FILE=os.path.join(work, "none"))
    runs = [["--version"],
            ["list", "--catalog", "Sandbox", "--output", "json", "--endpoint-url", endpoint],
            ["list", "--catalog", "Sandbox", "--output", "table", "--endpoint-url", endpoint]]
    order, seen, unnamed = [], set(), []
    try:
        for index, arguments in enumerate(runs):
            profile = os.path.join(work, f"callgrind.{index}")
            result = subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no",
                                     f"--callgrind-out-file={profile}", binary] + arguments,
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if result.returncode != 0:
                sys.exit(f"record-link-order: {' '.join(arguments)} failed under valgrind:\n{result.stderr[-2000:]}")
            executed_functions(profile, os.path.basename(binary), order, seen, unnamed)
    finally:
        emulator.terminate()
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("# The functions `partner-triage --version` and `list` run, first run first: the release's link order\n")
        f.write("# (lld --symbol-ordering-file). Written by packaging/record-link-order.py; do not edit.\n")
        f.write("\n".join(order) + "\n")
    # The unnamed functions already placed are kept: in a binary linked with the script callgrind reports them under
    # the output section's name, so a fresh recording would lose them. A pattern that matches nothing links nothing.
    patterns = kept_patterns() + unnamed_sections(unnamed, sys.argv[2])
    patterns = list(dict.fromkeys(patterns))
    with open(SCRIPT, "w", encoding="utf-8") as f:
        f.write("/* The unnamed functions `partner-triage --version` and `list` run, placed just before .text (where the\n")
        f.write("   named ones start). Written by packaging/record-link-order.py; do not edit. */\n")
        f.write("SECTIONS {\n  .text.ordered : {\n")
        f.write("".join(f"    {pattern}\n" for pattern in patterns))
        f.write("  }\n} INSERT BEFORE .text;\n")
    print(f"record-link-order: {len(order)} functions written to {os.path.relpath(OUTPUT, ROOT)}, "
          f"{len(patterns)} unnamed ones to {os.path.relpath(SCRIPT, ROOT)}")


if __name__ == "__main__":
    main()
