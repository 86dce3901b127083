#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
"""One start of the packaged regie-server inside a Debian root, as systemd would start it.

    serve_phase.py --root ROOT --phase first|withdraw|upgraded --state FILE [--extra-arg A ...]

Run inside a network namespace of its own (package_test.sh uses `unshare --net`), so the
packaged listen address (0.0.0.0:8443) clashes with nothing else on the machine.

The command line, user, group, umask and environment come from the installed unit file
(ROOT/usr/lib/systemd/system/regie-server.service), the listen address and TLS files from
the installed configuration (ROOT/etc/regie/regie.ini): what is tested is what the package
installs. The server is stopped with SIGTERM, as systemd stops it, and must exit cleanly.

Phases:
  first     the health endpoint and the start page answer; the master key was made 0600,
            owner regie; the database is regie's too.
  withdraw  (with --extra-arg --demo) a demo inwoner withdraws money through the pages; the
            request's address, amount and status text go into FILE.
  upgraded  after the upgrade: the same inwoner finds the same request with the same
            amount and status; the schema is complete.
"""

import argparse
import configparser
import html
import http.client
import json
import os
import re
import shlex
import signal
import sqlite3
import ssl
import subprocess
import sys
import time
import urllib.parse

UNIT = "usr/lib/systemd/system/regie-server.service"
CONFIG = "etc/regie/regie.ini"


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def unit_service_section(path):
    """Key -> list of values of the [Service] section (repeated keys keep every value)."""
    values, section = {}, None
    with open(path) as f:
        for raw in f:
            line = raw.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
                continue
            if section == "Service" and "=" in line:
                key, _, value = line.partition("=")
                values.setdefault(key.strip(), []).append(value.strip())
    return values


def environment_of(root, service):
    env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
    for file in service.get("EnvironmentFile", []):
        optional = file.startswith("-")
        path = os.path.join(root, file.lstrip("-").lstrip("/"))
        if not os.path.exists(path):
            if optional:
                continue
            fail(f"EnvironmentFile {file} is missing")
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    key, _, value = line.partition("=")
                    env[key.strip()] = value.strip().strip('"')
    for line in service.get("Environment", []):
        for item in shlex.split(line):
            key, _, value = item.partition("=")
            env[key] = value
    return env


def command_of(value):
    """ExecStart's argv. Prefixes that change privileges or error handling are not modelled."""
    if value and value[0] in "-@+!:":
        fail(f"ExecStart prefix {value[0]!r} is not supported by this test: {value}")
    return shlex.split(value)


def start(root, service, extra_args, log_path):
    if len(service.get("ExecStart", [])) != 1:
        fail("the unit must have exactly one ExecStart")
    user = service.get("User", ["root"])[-1]
    group = service.get("Group", [user])[-1]
    umask = service.get("UMask", ["0022"])[-1]
    if service.get("ExecStartPre"):
        fail("ExecStartPre lines are not run by this test yet: teach serve_phase.py first")
    argv = command_of(service["ExecStart"][0]) + extra_args
    env = environment_of(root, service)
    # chroot, then the unit's user with no capabilities and no new privileges, a clean
    # environment and the unit's umask; every step execs, so the pid is regie-server's.
    cmd = ["chroot", root, "setpriv", f"--reuid={user}", f"--regid={group}", "--init-groups",
           "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "env", "-i"]
    cmd += [f"{k}={v}" for k, v in env.items()]
    cmd += ["sh", "-c", f'umask {umask}; exec "$@"', "regie-server"] + argv
    print("start:", " ".join(shlex.quote(a) for a in argv), f"(as {user}:{group}, umask {umask})", flush=True)
    log = open(log_path, "ab")
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        rc = proc.wait(timeout=30)  # the unit's TimeoutStopSec
    except subprocess.TimeoutExpired:
        proc.kill()
        fail("regie-server did not stop within 30 s of SIGTERM")
    if rc != 0:
        fail(f"regie-server exited with {rc} after SIGTERM")


class Client:
    """One browser against the packaged server: its own cookies, TLS against the package's
    certificate (self-signed by the postinst for 127.0.0.1)."""

    def __init__(self, host, port, cafile):
        self.host, self.port, self.cookies = host, port, {}
        self.tls = None
        if cafile:
            self.tls = ssl.create_default_context(cafile=cafile)
            self.tls.check_hostname = False  # the certificate names the host; we dial 127.0.0.1
        scheme = "https" if self.tls else "http"
        self.origin = f"{scheme}://{host}:{port}"

    def request(self, method, path, form=None):
        if self.tls:
            conn = http.client.HTTPSConnection(self.host, self.port, timeout=30, context=self.tls)
        else:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = {"Origin": self.origin}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read().decode("utf-8", "replace")
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                k, _, rest = value.partition("=")
                self.cookies[k.strip()] = rest.split(";")[0]
        location = resp.getheader("Location", "")
        conn.close()
        return resp.status, data, location

    def get(self, path, expect=200):
        status, body, location = self.request("GET", path)
        if status != expect:
            fail(f"GET {path} answered {status}, expected {expect}: {body[:300]}")
        return body, location

    def post(self, path, page, fields):
        form = dict(fields)
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        if token:
            form["csrf"] = html.unescape(token.group(1))
        status, body, location = self.request("POST", path, form)
        if status not in (302, 303):
            fail(f"POST {path} answered {status}: {body[:300]}")
        return urllib.parse.urlparse(location).path


def listen_of(root):
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    ini.read(os.path.join(root, CONFIG))
    listen = ini.get("server", "listen", fallback="127.0.0.1:8080")
    host, _, port = listen.rpartition(":")
    host = host.strip("[]")
    if host in ("", "0.0.0.0", "localhost"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    cert = ini.get("server", "tls_cert", fallback="")
    cafile = os.path.join(root, cert.lstrip("/")) if cert else None
    return host, int(port), cafile


def wait_until_up(client, proc, log_path, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            fail(f"regie-server exited with {proc.returncode} at start:\n{tail(log_path)}")
        try:
            return client.request("GET", "/")
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
    fail(f"regie-server did not answer within {seconds} s:\n{tail(log_path)}")


def tail(path, lines=30):
    with open(path, errors="replace") as f:
        return "".join(f.readlines()[-lines:])


def check_health(client):
    status, body, _ = client.request("GET", "/health/ready")
    if status == 404:
        print("health: no /health/ready in this build; the start page stands in for it", flush=True)
        return
    if status != 200:
        fail(f"/health/ready answered {status}: {body[:300]}")
    print(f"health: /health/ready 200 {body.strip()[:120]}", flush=True)


def check_files(root):
    # The user lives in the root's passwd, not the machine's.
    with open(os.path.join(root, "etc/passwd")) as f:
        entry = next((line.split(":") for line in f if line.startswith("regie:")), None)
    if not entry:
        fail("the package made no user regie")
    uid = int(entry[2])
    for rel, mode in (("var/lib/regie", 0o700), ("var/lib/regie/regie.key", 0o600),
                      ("var/lib/regie/regie.sqlite", 0o600)):
        st = os.stat(os.path.join(root, rel))
        if st.st_uid != uid or (st.st_mode & 0o777) != mode:
            fail(f"/{rel} is {oct(st.st_mode & 0o777)} owner {st.st_uid}; expected {oct(mode)} owner regie ({uid})")
    st = os.stat(os.path.join(root, CONFIG))
    if st.st_uid != 0 or (st.st_mode & 0o007):
        fail(f"/{CONFIG} is {oct(st.st_mode & 0o777)} owner {st.st_uid}: it may hold secrets")
    print("files: /var/lib/regie 0700, regie.key and regie.sqlite 0600, all owner regie;"
          f" /{CONFIG} {st.st_mode & 0o777:o} root", flush=True)


def login_demo(client, user_id=None):
    page, _ = client.get("/inloggen/test")
    ids = re.findall(r'value="(\d+)"[^>]*>(?:</p><p[^>]*>)?<label [^>]*>[^<]*\(inwoner\)', page)
    if not ids:
        ids = re.findall(r'name="gebruiker"[^>]*value="(\d+)"', page)
    if not ids:
        fail("no demo inwoners on /inloggen/test")
    chosen = user_id or ids[0]
    if client.post("/inloggen/test", page, {"gebruiker": chosen}) != "/overzicht":
        fail("the demo login did not lead to /overzicht")
    return chosen, ids


def withdraw(client, state_file):
    _, ids = login_demo(client)
    for user_id in ids:
        client.cookies.clear()
        login_demo(client, user_id)
        page, _ = client.get("/opnemen")
        potjes = re.findall(r'name="reservering"[^>]*value="(\d+)"', page) or \
            re.findall(r'value="(\d+)"[^>]*name="reservering"', page)
        if not potjes:
            continue
        form_path = client.post("/opnemen", page, {"reservering": potjes[0]})
        page, _ = client.get(form_path)
        token = re.search(r'name="formulier"[^>]*value="([^"]+)"', page) or \
            re.search(r'value="([^"]+)"[^>]*name="formulier"', page)
        fields = {"bedrag": "7,35", "toelichting": "pakkettest"}
        if token:
            fields["formulier"] = html.unescape(token.group(1))
        next_path = client.post(form_path, page, fields)
        if next_path.endswith("/controleren"):
            page, _ = client.get(next_path)
            next_path = client.post(next_path[: -len("/controleren")] + "/versturen", page, {})
        page, _ = client.get(next_path)
        if "7,35" not in page:
            fail(f"{next_path} does not show the amount 7,35")
        status = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
        state = {"user": user_id, "path": next_path, "h1": status.group(1).strip() if status else ""}
        with open(state_file, "w") as f:
            json.dump(state, f)
        print(f"withdraw: inwoner user {user_id} asked for 7,35: {next_path} \"{state['h1']}\"", flush=True)
        return
    fail("no demo inwoner has a potje to withdraw from")


def verify(client, state_file):
    with open(state_file) as f:
        state = json.load(f)
    login_demo(client, state["user"])
    page, _ = client.get(state["path"])
    status = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    h1 = status.group(1).strip() if status else ""
    if "7,35" not in page or h1 != state["h1"]:
        fail(f"after the upgrade {state['path']} shows \"{h1}\", before \"{state['h1']}\" (amount 7,35 shown:"
             f" {'7,35' in page})")
    listing, _ = client.get("/verzoeken")
    if state["path"] not in listing:
        fail("the request is missing from /verzoeken after the upgrade")
    print(f"verify: after the upgrade {state['path']} still shows 7,35 and \"{h1}\"", flush=True)


def check_schema(root):
    db = sqlite3.connect(f"file:{os.path.join(root, 'var/lib/regie/regie.sqlite')}?mode=ro", uri=True)
    versions = [row[0] for row in db.execute("SELECT version FROM schema_migrations ORDER BY version")]
    db.close()
    if not versions or versions != list(range(1, versions[-1] + 1)):
        fail(f"schema_migrations holds {versions}")
    print(f"schema: migrations 1..{versions[-1]} applied", flush=True)
    return versions[-1]


def remember(state_file, key, value):
    with open(state_file) as f:
        state = json.load(f)
    state[key] = value
    with open(state_file, "w") as f:
        json.dump(state, f)


def migrations_at_upgrade(state_file, after):
    """Packages from the same source share their migrations; with REGIE_PACKAGE_DEBS set to an
    older release's package the upgrade start applies the newer ones."""
    with open(state_file) as f:
        before = json.load(f)["schema"]
    if after < before:
        fail(f"the schema went back from {before} to {after}")
    print(f"schema: {before} before the upgrade, {after} after it ({after - before} applied at the upgrade start)",
          flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    ap.add_argument("--phase", required=True, choices=["first", "withdraw", "upgraded"])
    ap.add_argument("--state", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--extra-arg", action="append", default=[])
    a = ap.parse_args()
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)

    service = unit_service_section(os.path.join(a.root, UNIT))
    host, port, cafile = listen_of(a.root)
    client = Client(host, port, cafile)
    proc = start(a.root, service, a.extra_arg, a.log)
    try:
        status, page, _ = wait_until_up(client, proc, a.log)
        if status != 200 or "<h1" not in page:
            fail(f"the start page answered {status}")
        print(f"start page: {client.origin}/ 200", flush=True)
        check_health(client)
        if a.phase == "first":
            check_files(a.root)
        elif a.phase == "withdraw":
            withdraw(client, a.state)
            remember(a.state, "schema", check_schema(a.root))
        else:
            verify(client, a.state)
            migrations_at_upgrade(a.state, check_schema(a.root))
    finally:
        if proc.poll() is None:
            stop(proc)
    print(f"stopped cleanly after SIGTERM ({a.phase})", flush=True)


if __name__ == "__main__":
    main()
