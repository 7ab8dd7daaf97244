#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Issue 15's comparison, in one run: N assistants provisioned by switchboard-cli against a
separate switchboard-sandbox with added latency, beside the official Vapi SDK creating N free
numbers at the same in-flight limit. Cases: an empty account, and one already holding EXISTING
numbers.

    bench/batch/run-batch-bench.py [--build-dir build/ci] [--n 300] [--existing 0,2000]
                                   [--latency 50] [--concurrency 8]

Reported per case and client: requests (and per provisioning), wall time beside the floor the
product's own limits allow (RequestScheduler: 4 requests in flight per host, 20 requests a
second per account after a burst of 20), and CPU time per provisioning: the process's user+system
time less that of the same process doing no provisioning (startup, workspace, SDK import),
measured in the same run.
"""
import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from urllib.parse import parse_qs, urlsplit

VAPI_KEY = "bench-vapi-key"
SLUG = "acme"
IN_FLIGHT_PER_HOST = 4  # RequestScheduler::Limits::maxInFlightPerHost
RATE = 20.0  # requestsPerSecondPerAccount
BURST = 20


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        text = reply.read()
        return json.loads(text) if text else None


def write_world(path, n, existing):
    assistants = [{"name": f"Assistant {i + 1}", "firstMessage": "Hello",
                   "metadata": {"switchboardOrganization": SLUG}} for i in range(n)]
    numbers = [f"+1415{2000000 + i:07d}" for i in range(existing)]
    world = {"format": "switchboard-sandbox-world", "version": 1, "seed": 15,
             "settings": {"activationDelayMs": 0},
             "vapi": {"accounts": [{"name": "Agency", "apiKey": VAPI_KEY,
                                    "freeNumberCap": n + existing + 10,
                                    "assistants": assistants, "phoneNumbers": numbers}]}}
    with open(path, "w") as f:
        json.dump(world, f)


class Sandbox:
    def __init__(self, executable, world, latency):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([executable, "--world", world, "--port", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                http("GET", self.base + "/__sandbox/health")
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("switchboard-sandbox did not start")
        self.latency = latency

    def slow_down(self):
        http("POST", self.base + "/__sandbox/faults", {"spec": f"latency:{self.latency}"})
        http("DELETE", self.base + "/__sandbox/requests")

    def requests(self):
        return [e for e in http("GET", self.base + "/__sandbox/requests")["entries"]
                if e["api"] == "vapi"]

    def assistant_ids(self):
        request = urllib.request.Request(self.base + "/assistant?limit=1000",
                                         headers={"Authorization": "Bearer " + VAPI_KEY})
        with urllib.request.urlopen(request, timeout=30) as reply:
            return [a["id"] for a in json.loads(reply.read())]

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def timed(command, env):
    """Runs a command; returns (exit code, stdout, wall seconds, CPU seconds of the child)."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    out, err = process.communicate()
    wall = time.monotonic() - started
    # The only child waited for since the last call: its usage is the difference.
    return process.returncode, out, err, wall


def cpu_of(fn):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = fn()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, cpu


def floor_seconds(requests, latency_ms):
    by_in_flight = requests * latency_ms / 1000.0 / IN_FLIGHT_PER_HOST
    by_rate = max(0, requests - BURST) / RATE
    return max(by_in_flight, by_rate)


def classify(entries):
    creates = full = changes = other = 0
    for e in entries:
        url = urlsplit(e["path"])
        query = parse_qs(url.query)
        if e["method"] == "POST" and url.path == "/phone-number":
            creates += 1
        elif e["method"] == "GET" and url.path in ("/v2/phone-number", "/assistant") \
                and "updatedAtGe" not in query and "search" not in query:
            full += 1
        elif "updatedAtGe" in query:
            changes += 1
        else:
            other += 1
    return {"requests": len(entries), "creates": creates, "fullListings": full,
            "changeListings": changes, "other": other}


def run_cli(args, cli, world, n):
    sandbox = Sandbox(args.sandbox, world, args.latency)
    data = tempfile.mkdtemp(prefix="sb-bench-")
    env = dict(os.environ, SWITCHBOARD_VAPI_API_KEY=VAPI_KEY, QT_QPA_PLATFORM="offscreen")
    base = [cli, "--data-dir", data, "--vapi-url", sandbox.base, "--twilio-url", sandbox.base]
    try:
        for setup in (["workspace", "set", "--free-cap", str(args.existing_max + n + 10)],
                      ["org", "add", SLUG, "--name", "Acme", "--area-code", "415"]):
            code, out, err, _ = timed(base + setup, env)
            if code != 0:
                raise RuntimeError(f"{' '.join(setup)}: {err.strip()}")
        # The same process doing no provisioning: start-up, workspace, an empty organization list.
        (_, _, _, _), idle_cpu = cpu_of(lambda: timed(base + ["org", "list"], env))
        sandbox.slow_down()
        (code, out, err, wall), cpu = cpu_of(lambda: timed(
            base + ["--json", "provision", "--org", SLUG, "--all-unassigned",
                    "--concurrency", str(args.concurrency)], env))
        if code != 0:
            raise RuntimeError(f"provision exited {code}: {err.strip()[-400:]}")
        counts = classify(sandbox.requests())
        return {"wall": wall, "cpu": cpu, "idleCpu": idle_cpu, **counts}
    finally:
        sandbox.stop()
        shutil.rmtree(data, ignore_errors=True)


def run_sdk(args, world, n):
    sandbox = Sandbox(args.sandbox, world, args.latency)
    ids_file = tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt")
    try:
        ids_file.write("\n".join(sandbox.assistant_ids()))
        ids_file.close()
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sdk-create.js")
        command = ["node", script, sandbox.base, VAPI_KEY, ids_file.name]
        (_, _, _, _), idle_cpu = cpu_of(lambda: timed(command + ["0", str(IN_FLIGHT_PER_HOST)],
                                                      os.environ))
        sandbox.slow_down()
        (code, out, err, wall), cpu = cpu_of(lambda: timed(
            command + [str(n), str(IN_FLIGHT_PER_HOST)], os.environ))
        if code != 0:
            raise RuntimeError(f"sdk-create exited {code}: {err.strip()[-400:]}")
        result = json.loads(out.strip().splitlines()[-1])
        counts = classify(sandbox.requests())
        return {"wall": wall, "cpu": cpu, "idleCpu": idle_cpu, "created": result["created"],
                **counts}
    finally:
        sandbox.stop()
        os.unlink(ids_file.name)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", default="build/ci")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--existing", default="0,2000")
    parser.add_argument("--latency", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    cli = os.path.join(args.build_dir, "src", "cli", "switchboard-cli")
    args.sandbox = os.path.join(args.build_dir, "src", "sandbox", "app", "switchboard-sandbox")
    cases = [int(x) for x in args.existing.split(",")]
    args.existing_max = max(cases)
    n = args.n
    print(f"N={n} assistants, {args.latency} ms added latency, switchboard-cli --concurrency "
          f"{args.concurrency} (at most {IN_FLIGHT_PER_HOST} requests in flight), the SDK "
          f"at {IN_FLIGHT_PER_HOST} in flight; load average {os.getloadavg()[0]:.1f}")
    header = ("| case | client | requests (per provisioning) | creates | full listings | "
              "change listings | other | wall s | floor s (N creates) | wall/floor | "
              "CPU ms per provisioning |")
    print(header)
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for existing in cases:
        with tempfile.NamedTemporaryFile("w", delete=False, suffix=".json") as f:
            world = f.name
        write_world(world, n, existing)
        try:
            for name, run in (("switchboard-cli", lambda: run_cli(args, cli, world, n)),
                              ("@vapi-ai/server-sdk", lambda: run_sdk(args, world, n))):
                r = run()
                floor = floor_seconds(n, args.latency)
                per = (r["cpu"] - r["idleCpu"]) * 1000.0 / n
                print(f"| {existing} numbers | {name} | {r['requests']} "
                      f"({r['requests'] / n:.2f}) | {r['creates']} | {r['fullListings']} | "
                      f"{r['changeListings']} | {r['other']} | {r['wall']:.1f} | {floor:.1f} | "
                      f"{r['wall'] / floor:.2f} | {per:.2f} |", flush=True)
        finally:
            os.unlink(world)


if __name__ == "__main__":
    sys.exit(main())
