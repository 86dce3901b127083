#!/usr/bin/env python3
"""The speed and memory targets of Regie (issue 11) in one table.

Runs the benchmarks under bench/, reads the FIGURE lines they print (one JSON object each:
the figure, its baseline measured in the same run, the ratio, the goal and whether the goal
is on the ratio or on the value) and prints

    figure | value | baseline | ratio | goal | pass/fail

The exit status is 1 when a figure misses its goal, 2 when a benchmark could not run. In
quick mode a figure listed in bench/open-goals.txt (a goal of issue 11 not reached yet, named
there with the reason) is shown as "open" and does not fail the run; in full mode every goal
counts. Remove a line there when its goal is met, so CI guards it from then on.

    bench/run.sh --quick   small data, short runs, goals with a tolerance (CI, ctest -L bench)
    bench/run.sh --full    the documented measurement (docs/PERFORMANCE.md): 5,000 households x
                           24 months, 64 connections, PostgreSQL as well when it is installed

Options: --build DIR (default build/ci), --tolerance F (quick mode: a figure passes at goal x
(1 - F) for "at least" goals and goal x (1 + F) for "at most" goals; default 0.25), --only
NAME[,NAME] (rules, withdrawals, withdrawals-pg, overzicht, realtime), --data DIR (where the
overzicht data set is kept between runs).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def figures_from(output):
    out = []
    for line in output.splitlines():
        if line.startswith("FIGURE "):
            out.append(json.loads(line[len("FIGURE "):]))
    return out


def run(name, argv, timeout, env=None):
    """Runs one benchmark; its own output is shown, its FIGURE lines are returned."""
    print(f"\n== {name}: {' '.join(argv)}", flush=True)
    started = time.time()
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                              env=dict(os.environ, **(env or {})))
    except subprocess.TimeoutExpired:
        print(f"   {name}: no result within {timeout} s")
        return None
    for line in proc.stdout.splitlines():
        if not line.startswith("FIGURE "):
            print("   " + line)
    if proc.returncode != 0:
        print(proc.stderr[-3000:])
        print(f"   {name}: exit {proc.returncode}")
        return None
    print(f"   ({time.time() - started:.0f} s)", flush=True)
    return figures_from(proc.stdout)


def open_goals():
    """Names of figures whose goal is known not to be met yet (bench/open-goals.txt)."""
    path = os.path.join(HERE, "open-goals.txt")
    names = set()
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(line)
    return names


def passes(f, tolerance):
    checked = f["ratio"] if f.get("goal_on", "ratio") == "ratio" else f["value"]
    if f.get("at_most"):
        return checked <= f["goal"] * (1 + tolerance)
    return checked >= f["goal"] * (1 - tolerance)


def fmt(x):
    if x is None:
        return "-"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3f}"


def table(figures, tolerance, tolerated):
    rows = [("figure", "value", "baseline", "ratio", "goal", "result")]
    failed = 0
    for f in figures:
        ok = passes(f, tolerance)
        known = not ok and any(f["name"].startswith(n) for n in tolerated)
        failed += 0 if ok or known else 1
        on = "ratio" if f.get("goal_on", "ratio") == "ratio" else "value"
        goal = ("<= " if f.get("at_most") else ">= ") + fmt(f["goal"]) + f" ({on})"
        baseline = f"{fmt(f.get('baseline'))} {f.get('baseline_name', '')}".strip()
        rows.append((f["name"], fmt(f["value"]) + " " + f.get("unit", ""), baseline, fmt(f.get("ratio")), goal,
                     "pass" if ok else ("FAIL (open)" if known else "FAIL")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        print("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    return failed


def postgres_available():
    return any(os.path.isdir(os.path.join("/usr/lib/postgresql", v, "bin"))
               for v in (os.listdir("/usr/lib/postgresql") if os.path.isdir("/usr/lib/postgresql") else []))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true")
    mode.add_argument("--full", action="store_true")
    ap.add_argument("--build", default="build/ci")
    ap.add_argument("--tolerance", type=float, default=None)
    ap.add_argument("--only", default="")
    ap.add_argument("--data", default=None)
    a = ap.parse_args()
    quick = not a.full
    tolerance = a.tolerance if a.tolerance is not None else (0.25 if quick else 0.0)
    build = a.build if os.path.isabs(a.build) else os.path.join(ROOT, a.build)
    only = set(filter(None, a.only.split(",")))
    want = lambda name: not only or name in only  # noqa: E731

    print(f"regie bench/run.sh: {'quick' if quick else 'full'} mode, tolerance {tolerance:.2f}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start;"
          " every ratio is against a baseline measured in this same run")
    figures, broken = [], []

    def add(name, result):
        if result is None:
            broken.append(name)
        else:
            figures.extend(result)

    exe = lambda *p: os.path.join(build, "bench", *p)  # noqa: E731
    if want("rules"):
        add("rules", run("rules", [exe("rules", "bench_rules")], 600))
    if want("withdrawals"):
        count = "150" if quick else "1000"
        add("withdrawals", run("withdrawals", [exe("withdrawals", "bench_withdrawals"), count], 900))
    if want("withdrawals-pg") and (not quick or "withdrawals-pg" in only):
        if postgres_available():
            add("withdrawals-pg", run("withdrawals on PostgreSQL",
                                      [os.path.join(ROOT, "tests", "postgres", "with-postgres.sh"),
                                       exe("withdrawals", "bench_withdrawals"), "--postgres",
                                       "300" if quick else "1000"], 900, env={"REGIE_PG_FSYNC": "on"}))
        else:
            print("\n== withdrawals on PostgreSQL: skipped, PostgreSQL is not installed")
    if want("realtime"):
        sse = "2000" if quick else "10000"
        add("realtime", run("realtime memory", [exe("server", "bench_server"), "--seconds", "1", "--connections", "8",
                                                "--sse", sse, "--only-sse"], 600))
    if want("overzicht"):
        if shutil.which("wrk") or os.geteuid() == 0:
            args = [sys.executable, os.path.join(HERE, "server", "overzicht.py"), "--build", build]
            if quick:
                args += ["--inwoners", "300", "--maanden", "6", "--seconds", "4", "--sessions", "100",
                         "--data", a.data or os.path.join(build, "bench-data-300")]
            else:
                args += ["--cold-start"] + (["--data", a.data] if a.data else [])
            add("overzicht", run("overzicht", args, 3600))
        else:
            print("\n== overzicht: skipped, wrk is missing (apt-get install wrk)")

    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}\n")
    failed = table(figures, tolerance, open_goals() if quick else set())
    if broken:
        print(f"\nbenchmarks that did not run to the end: {', '.join(broken)}")
        return 2
    if failed:
        print(f"\n{failed} figure(s) below their goal")
        return 1
    opened = sum(1 for f in figures if not passes(f, tolerance))
    print("\nevery figure meets its goal" if not opened else
          f"\nevery figure meets its goal except {opened} open one(s) of bench/open-goals.txt (not counted in quick mode)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
