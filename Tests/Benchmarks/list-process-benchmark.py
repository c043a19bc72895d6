#!/usr/bin/env python3
"""Times `partner-triage list --output json` and the AWS CLI's `list-engagement-invitations` as whole processes,
side by side, against one `partner-triage emulator --enforce-quotas --latency-ms 60` seeded with N invitations.

Usage: python3 Tests/Benchmarks/list-process-benchmark.py [--binary .build/release/partner-triage] [--runs 5]

For each command and each list size (all N rows, and one page) it prints the median wall time, the ratio to the
serial floor (pages x latency: the least any client that waits for each page can take) and the peak resident
memory that `/usr/bin/time -v` reports. The seed is made from the demo invitations with fresh ids, so it needs
nothing but this repository.
"""
import argparse, json, os, re, statistics, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def make_seed(count):
    """N invitations cycled from the demo seed, each with its own id, all in the Sandbox catalog."""
    with open(os.path.join(ROOT, "assets", "demo-invitations.json"), encoding="utf-8") as f:
        demo = json.load(f)
    base = demo["EngagementInvitations"]
    out = []
    for index in range(count):
        invitation = json.loads(json.dumps(base[index % len(base)]))
        ident = "engi-" + format(index, "013d")
        invitation["Id"] = ident
        invitation["Catalog"] = "Sandbox"
        invitation["Arn"] = f"arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/{ident}"
        out.append(invitation)
    return {"EmulatorDateAnchor": demo["EmulatorDateAnchor"], "EngagementInvitations": out}


def start_emulator(binary, seed_path, latency_ms):
    process = subprocess.Popen(
        [binary, "emulator", "--port", "0", "--seed-file", seed_path, "--enforce-quotas", "--latency-ms",
         str(latency_ms)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    banner = ""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        banner += line
        endpoint = re.search(r"(http://127\.0\.0\.1:\d+)", banner)
        secret = re.search(r"AWS_SECRET_ACCESS_KEY=(\S+)", banner)
        key = re.search(r"AWS_ACCESS_KEY_ID=(\S+)", banner)
        if endpoint and secret and key:
            return process, endpoint.group(1), key.group(1), secret.group(1)
    process.kill()
    sys.exit("the emulator did not start:\n" + banner)


def measure(command, env):
    """Wall seconds and peak resident KiB of one run; fails when the command fails."""
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    rows = len(json.loads(result.stdout)["EngagementInvitationSummaries"])
    return wall, rss, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "partner-triage"))
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--latency-ms", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="list-benchmark-")
    page = 100
    print(f"--enforce-quotas --latency-ms {args.latency_ms}, median of {args.runs} runs")
    print(f"{'command':<16}{'rows':>6}{'wall s':>9}{'x floor':>9}{'peak MiB':>10}")
    # All rows, then a list of one page (an emulator seeded with one page's worth).
    for count in [args.count, page]:
        seed_path = os.path.join(work, f"seed-{count}.json")
        with open(seed_path, "w", encoding="utf-8") as f:
            json.dump(make_seed(count), f)
        emulator, endpoint, key, secret = start_emulator(args.binary, seed_path, args.latency_ms)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update({"AWS_ACCESS_KEY_ID": key, "AWS_SECRET_ACCESS_KEY": secret, "AWS_REGION": "us-east-1",
                    "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": os.path.join(work, "none"),
                    "AWS_SHARED_CREDENTIALS_FILE": os.path.join(work, "none"), "HOME": work})
        floor = -(-count // page) * args.latency_ms / 1000
        commands = [
            ("partner-triage",
             [args.binary, "list", "--catalog", "Sandbox", "--output", "json", "--endpoint-url", endpoint]),
            ("aws cli",
             ["aws", "partnercentral-selling", "list-engagement-invitations", "--catalog", "Sandbox",
              "--participant-type", "RECEIVER", "--page-size", str(page), "--endpoint-url", endpoint,
              "--output", "json"]),
        ]
        try:
            for name, command in commands:
                samples = []
                for _ in range(args.runs):
                    # Each run starts as a run a moment later would: with the service's read burst refilled
                    # (10 reads at 10 a second), not with what the previous run left, for both tools alike.
                    time.sleep(1.5)
                    samples.append(measure(command, env))
                wall = statistics.median(s[0] for s in samples)
                rss = statistics.median(s[1] for s in samples) / 1024
                if samples[0][2] != count:
                    sys.exit(f"{name} listed {samples[0][2]} rows, not {count}")
                print(f"{name:<16}{count:>6}{wall:>9.3f}{wall / floor:>9.2f}{rss:>10.1f}")
        finally:
            emulator.terminate()
            emulator.wait(timeout=10)

if __name__ == "__main__":
    main()
