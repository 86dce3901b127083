#!/usr/bin/env python3
"""Overzicht under load on the generated 5,000-inwoner data set.

regie-server serves /overzicht for many different inwoners (one session each, the
cookie rotates per request) while a bare QHttpServer route serves a body of the same size;
wrk loads both with the same connections and duration in this one run, and the figures are
printed as ratios to the bare route. The RSS of regie-server is printed too.

    bench/server/overzicht.py [--build build/ci] [--inwoners 5000] [--maanden 24]
                              [--data /tmp/regie-bench-5000] [--connections 64]
                              [--seconds 10] [--sessions 200] [--cold-start]

The first run loads the data set into --data and prints how long that took (the goal is
under 60 s for 5,000 x 24); later runs reuse it. --cold-start restarts the server on the
loaded set at the end and prints the time until it listens (goal under 5 s). Needs wrk
(installed with apt-get when missing and run as root). FIGURE lines are for bench/run.sh.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

LUA = r"""
local threads = {}
local counter = 0
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  bad = 0
  counter = id * 7919
end
function request()
  counter = counter + 1
  local cookie = cookies[(counter % #cookies) + 1]
  if cookie == "" then
    return wrk.format("GET", path)
  end
  return wrk.format("GET", path, {["Cookie"] = "regie_sessie=" .. cookie})
end
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("bad") end
  io.write(string.format("NON200 %d\n", total))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("P%d %.3f\n", p, latency:percentile(p) / 1000.0))
  end
  io.write(string.format("RPS %.1f\n", summary.requests / (summary.duration / 1e6)))
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")


def wait_for(log_path, pattern, proc, timeout):
    deadline = time.time() + timeout
    shown = 0
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"{log_path}: the process stopped (exit {proc.returncode})")
        with open(log_path, errors="replace") as f:
            lines = f.read().splitlines()
        for line in lines[shown:]:
            if line.startswith("Demo"):
                print("  " + line, flush=True)
        shown = len(lines)
        for line in lines:
            if re.search(pattern, line):
                return line
        time.sleep(0.5)
    sys.exit(f"{log_path}: no '{pattern}' within {timeout} s")


class Client:
    """One browser: its own cookies, talking to one host:port."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": f"127.0.0.1:{self.port}", "Origin": f"http://127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                k, _, rest = value.partition("=")
                self.cookies[k.strip()] = rest.split(";")[0]
        conn.close()
        return resp.status, data


def first_inwoner_id(port):
    """The test login page lists the first inwoners; the rest follow them, one user each."""
    status, page = Client(port).request("GET", "/inloggen/test")
    if status != 200:
        sys.exit(f"/inloggen/test answered {status} (is the server in --demo mode?)")
    ids = re.findall(r'value="(\d+)"></p><p class="utrecht-form-field__label"><label [^>]*>[^<]*\(inwoner\)',
                     page.decode())
    if not ids:
        sys.exit("no inwoners on /inloggen/test")
    return min(int(i) for i in ids)


def login(port, user_id):
    c = Client(port)
    status, page = c.request("GET", "/inloggen/test")
    if status != 200:
        sys.exit(f"/inloggen/test answered {status}")
    form = {"gebruiker": str(user_id)}
    token = re.search(r'name="csrf" value="([^"]+)"', page.decode())  # only once a session exists
    if token:
        form["csrf"] = token.group(1)
    status, _ = c.request("POST", "/inloggen/test", form)
    if status not in (302, 303) or "regie_sessie" not in c.cookies:
        sys.exit(f"test login for user {user_id} answered {status}: does {sys.argv[0]}'s --data hold the"
                 " whole set? (remove the folder to load it again)")
    status, body = c.request("GET", "/overzicht")
    if status != 200 or b"<h1" not in body:
        sys.exit(f"/overzicht answered {status} after login")
    return c.cookies["regie_sessie"], len(body)


def run_wrk(port, path, cookies, connections, seconds, threads):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write("cookies = {" + ",".join(f'"{c}"' for c in cookies) + "}\n")
        f.write(f'path = "{path}"\n' + LUA)
        script = f.name
    try:
        out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "-s", script,
                              f"http://127.0.0.1:{port}{path}"], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(script)
    figures = dict(re.findall(r"^(NON200|P50|P90|P99|RPS) ([\d.]+)$", out, re.M))
    return {k: float(v) for k, v in figures.items()}, out


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def figure(name, value, unit, baseline_name, baseline, goal, goal_on="ratio", at_most=False):
    ratio = value / baseline if baseline else None
    print("FIGURE " + json.dumps({"name": name, "value": value, "unit": unit, "baseline_name": baseline_name,
                                  "baseline": baseline, "ratio": ratio, "goal": goal, "goal_on": goal_on,
                                  "at_most": at_most}), flush=True)


def start_server(server_bin, ini, a, port, log):
    with open(log, "w") as lf:
        return subprocess.Popen([server_bin, "--config", ini, "--demo", "--demo-inwoners", str(a.inwoners),
                                 "--demo-maanden", str(a.maanden), "--data", os.path.join(a.data, "data"),
                                 "--listen", f"127.0.0.1:{port}"], stdout=lf, stderr=subprocess.STDOUT)


def cpu_seconds(pid):
    """User + system CPU time of a process so far (the load time on a shared machine)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build/ci")
    ap.add_argument("--inwoners", type=int, default=5000)
    ap.add_argument("--maanden", type=int, default=24)
    ap.add_argument("--data", default="/tmp/regie-bench-5000")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--sessions", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1, help="wrk threads (the machine has 2 cores)")
    ap.add_argument("--cold-start", action="store_true", help="restart on the loaded set and time it")
    a = ap.parse_args()
    ensure_wrk()
    server_bin = os.path.join(a.build, "citizen-web", "regie-server")
    bare_bin = os.path.join(a.build, "bench", "server", "bench_server")
    for b in (server_bin, bare_bin):
        if not os.access(b, os.X_OK):
            sys.exit(f"{b} is missing: cmake --build --preset ci")
    os.makedirs(a.data, exist_ok=True)
    procs = []
    try:
        port = free_port()
        log = os.path.join(a.data, "server.log")
        t0 = time.time()
        # The bench logs in hundreds of inwoners from one address: lift the per-client
        # throttle of the login routes (docs/SERVER.md, Limits) for it.
        ini = os.path.join(a.data, "bench.ini")
        with open(ini, "w") as f:
            f.write("[limits]\nlogin_requests_per_client=100000\n")
        fresh = not os.path.exists(os.path.join(a.data, "data", "regie.sqlite"))
        server = start_server(server_bin, ini, a, port, log)
        procs.append(server)
        print(f"regie-server on 127.0.0.1:{port}, data {a.data} (the first run loads the data set)", flush=True)
        wait_for(log, r"listening on", server, 3600)
        ready = time.time() - t0
        print(f"  ready after {ready:.0f} s ({cpu_seconds(server.pid):.0f} s CPU)", flush=True)
        if fresh and a.inwoners >= 5000:
            figure(f"loading {a.inwoners} x {a.maanden} data set", ready, "s", "CPU s", cpu_seconds(server.pid), 60,
                   "value", True)

        first = first_inwoner_id(port)
        step = max(1, a.inwoners // a.sessions)
        sessions, sizes = [], []
        for uid in range(first, first + a.inwoners, step)[: a.sessions]:
            cookie, size = login(port, uid)
            sessions.append(cookie)
            sizes.append(size)
        # The last inwoner of the set must exist too, else the folder holds a smaller set.
        login(port, first + a.inwoners - 1)
        body = sum(sizes) // len(sizes)
        print(f"{len(sessions)} inwoners logged in, spread over all {a.inwoners}; /overzicht is {min(sizes)}..{max(sizes)} bytes,"
              f" mean {body}", flush=True)

        bare_port = free_port()
        bare = subprocess.Popen([bare_bin, "--serve-bare", str(bare_port), "--body-bytes", str(body)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        procs.append(bare)
        print("  " + bare.stdout.readline().strip(), flush=True)

        rss_before = rss_kib(server.pid)
        run_wrk(bare_port, "/bench/page", [""], a.connections, 2, a.threads)      # warm-up
        run_wrk(port, "/overzicht", sessions, a.connections, 2, a.threads)
        base, _ = run_wrk(bare_port, "/bench/page", [""], a.connections, a.seconds, a.threads)
        regie, raw = run_wrk(port, "/overzicht", sessions, a.connections, a.seconds, a.threads)
        rss_after, hwm = rss_kib(server.pid), rss_kib(server.pid, "VmHWM")
        if regie.get("NON200", 1) != 0 or base.get("NON200", 1) != 0:
            print(raw)
            sys.exit(f"answers other than 200: regie {regie.get('NON200')}, bare {base.get('NON200')}")

        print(f"\nOverzicht under load: {a.inwoners} inwoners x {a.maanden} months, {len(sessions)} sessions,"
              f" wrk {a.connections} connections x {a.seconds} s")
        print(f"{'':28}{'req/s':>10}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}")
        for name, r in (("bare QHttpServer route", base), ("regie /overzicht", regie)):
            print(f"{name:28}{r['RPS']:>10.0f}{r['P50']:>10.2f}{r['P90']:>10.2f}{r['P99']:>10.2f}")
        print(f"ratio regie/bare: throughput {regie['RPS'] / base['RPS']:.3f}, p99 latency {regie['P99'] / base['P99']:.1f}")
        print(f"regie-server RSS {rss_before} KiB before the load, {rss_after} KiB after (peak {hwm} KiB):"
              f" {rss_after / max(rss_before, 1):.2f} x")
        figure("Overzicht throughput under load", regie["RPS"], "req/s", "bare route req/s", base["RPS"], 0.30)
        figure("Overzicht p99 latency", regie["P99"], "ms", "bare route p99 ms", base["P99"], 25, "value", True)
        if a.cold_start:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
            t0 = time.time()
            server = start_server(server_bin, ini, a, port, log)
            procs.append(server)
            wait_for(log, r"listening on", server, 600)
            cold = time.time() - t0
            print(f"cold start on the loaded set: {cold:.2f} s ({cpu_seconds(server.pid):.2f} s CPU)")
            figure(f"cold start on the {a.inwoners}-household set", cold, "s", "CPU s", cpu_seconds(server.pid), 5,
                   "value", True)
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    main()
