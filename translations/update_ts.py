#!/usr/bin/env python3
"""Refresh translations/regie_*.ts from the sources in core/ and citizen-web/.

Steps (each run is idempotent):
  1. Mirror every .cpp/.h under core/ and citizen-web/ into a temporary folder. In the
     mirror, calls of a file-local helper `tr("...")` (for example
     `QString tr(const char *t) { return QCoreApplication::translate("Opnames", t); }`)
     become `QCoreApplication::translate("Opnames", "...")`. Plain lupdate would file
     those strings under the enclosing C++ namespace or class ("regie::services::Dossier"),
     which is not the context the program asks for at run time, so they would never be
     translated. Line numbers stay the same.
  2. Run lupdate over the mirror into each .ts file (strings that left the code are dropped).
  3. regie_nl.ts: Dutch is the source language, so every translation is the source text.
     regie_en.ts: entries without a finished translation are filled from en_dictionary.py.
     An existing finished translation in the .ts file always wins (a translator may have
     edited it in Qt Linguist); --refill overwrites them all from the dictionary.

Exit code 1 when an English translation is missing from the dictionary, or when a bare
tr() call has no helper to tell its context. Usage:
  python3 translations/update_ts.py [--lupdate /usr/lib/qt6/bin/lupdate] [--check] [--refill]
--check only verifies the .ts files (no lupdate, no writes).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCANNED = ["core", "citizen-web"]
SKIPPED_DIRS = {"node_modules", "web"}  # citizen-web/web holds the npm front-end, no C++
TS_FILES = {"nl": os.path.join(HERE, "regie_nl.ts"), "en": os.path.join(HERE, "regie_en.ts")}
MAX_SOURCE_BYTES = 4 * 1024 * 1024  # a source file larger than this is not ours

HELPER_DEF = re.compile(
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{[^}]*?translate\s*\(\s*"([^"]+)"', re.S)
HELPER_DECL = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*;')
BARE_TR = re.compile(r'(?<![\w.:>~])tr\((\s*)(?=")')
PLACEHOLDER = re.compile(r'%(?:L?\d{1,2}|n)')


def source_files():
    for top in SCANNED:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
            for name in sorted(filenames):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(dirpath, name)


def read(path):
    if os.path.getsize(path) > MAX_SOURCE_BYTES:
        raise SystemExit(f"{path}: larger than {MAX_SOURCE_BYTES} bytes")
    with open(path, encoding="utf-8") as f:
        return f.read()


def helper_contexts(files):
    """Context of bare tr() per file: the file's own helper, else the helper of its folder
    when a header in that folder declares `QString tr(const char *)`."""
    own, folder_has_decl, folder_def = {}, set(), {}
    for path, text in files.items():
        m = HELPER_DEF.search(text)
        if m:
            own[path] = m.group(1)
        if HELPER_DECL.search(text):
            folder_has_decl.add(os.path.dirname(path))
    for path, ctx in own.items():
        folder = os.path.dirname(path)
        if folder in folder_has_decl:
            folder_def.setdefault(folder, set()).add(ctx)
    result = {}
    for path in files:
        folder = os.path.dirname(path)
        if path in own and folder not in folder_def:
            result[path] = own[path]
        elif folder in folder_def and len(folder_def[folder]) == 1:
            result[path] = next(iter(folder_def[folder]))
        elif path in own:
            result[path] = own[path]
    return result


def make_mirror(mirror):
    files = {p: read(p) for p in source_files()}
    contexts = helper_contexts(files)
    problems = []
    for path, text in files.items():
        rel = os.path.relpath(path, ROOT)
        if BARE_TR.search(text):
            ctx = contexts.get(path)
            if ctx is None:
                problems.append(f"{rel}: tr(\"...\") without a helper that names its context")
                continue
            text = BARE_TR.sub(lambda m, c=ctx: f'QCoreApplication::translate("{c}", {m.group(1)}', text)
        out = os.path.join(mirror, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    return problems


def run_lupdate(lupdate):
    with tempfile.TemporaryDirectory(prefix="regie-lupdate-") as mirror:
        problems = make_mirror(mirror)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return False
        for lang, ts in TS_FILES.items():
            cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "relative",
                   "-source-language", "nl_NL", "-target-language", "nl_NL" if lang == "nl" else "en_GB",
                   "-extensions", "cpp,h"]
            cmd += [os.path.join(mirror, d) for d in SCANNED]
            cmd += ["-ts", ts]
            subprocess.run(cmd, check=True)
            fix_locations(ts, mirror)
    return True


def fix_locations(ts, mirror):
    """Point <location> at the real sources instead of the temporary mirror."""
    rel_mirror = os.path.relpath(mirror, HERE).replace(os.sep, "/")
    with open(ts, encoding="utf-8") as f:
        text = f.read()
    text = text.replace(f'filename="{rel_mirror}/', 'filename="../')
    with open(ts, "w", encoding="utf-8") as f:
        f.write(text)


def load_dictionary():
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    import en_dictionary  # noqa: E402  (lives next to this script)
    return en_dictionary.EN, en_dictionary.EN_BY_CONTEXT, en_dictionary.SOURCE_IS_ENGLISH


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def is_finished(tr_el):
    return tr_el is not None and tr_el.get("type") is None and (tr_el.text or "") != ""


def fill(ts, lang, refill, check_only):
    tree = ET.parse(ts)
    missing, bad = [], []
    en, en_ctx, english_contexts = load_dictionary() if lang == "en" else ({}, {}, set())
    for ctx_el in tree.getroot().iter("context"):
        ctx = ctx_el.findtext("name")
        for msg in ctx_el.iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            if tr_el is None:
                tr_el = ET.SubElement(msg, "translation")
            if lang == "nl" or ctx in english_contexts:
                wanted = src
            elif is_finished(tr_el) and not refill:
                wanted = tr_el.text
            else:
                wanted = en_ctx.get((ctx, src), en.get(src))
            if wanted is None:
                missing.append((ctx, src))
                continue
            if placeholders(wanted) != placeholders(src):
                bad.append((ctx, src, wanted))
            if check_only:
                if not is_finished(tr_el) or tr_el.text != wanted:
                    missing.append((ctx, src))
                continue
            tr_el.text = wanted
            tr_el.attrib.pop("type", None)
    if not check_only:
        write_ts(tree, ts)
    return missing, bad


def write_ts(tree, ts):
    root = tree.getroot()
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def report_unused_dictionary_entries():
    """Texts that left the code keep their dictionary entry; say so, so they can go."""
    used = {m.findtext("source") for m in ET.parse(TS_FILES["en"]).getroot().iter("message")}
    en, en_ctx, _ = load_dictionary()
    for src in sorted(set(en) - used):
        print(f"en_dictionary.py: EN entry no longer used: {src!r}")
    for ctx, src in sorted(set(en_ctx) - {(c, s) for c, s in en_ctx if s in used}):
        print(f"en_dictionary.py: EN_BY_CONTEXT entry no longer used: [{ctx}] {src!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    qt6 = "/usr/lib/qt6/bin/lupdate"
    ap.add_argument("--lupdate", default=qt6 if os.path.exists(qt6) else shutil.which("lupdate"))
    ap.add_argument("--check", action="store_true", help="verify only; write nothing")
    ap.add_argument("--refill", action="store_true", help="overwrite English from the dictionary")
    args = ap.parse_args()
    if not args.check and not run_lupdate(args.lupdate):
        return 1
    status = 0
    report_unused_dictionary_entries()
    for lang, ts in TS_FILES.items():
        missing, bad = fill(ts, lang, args.refill, args.check)
        for ctx, src in missing:
            print(f"{os.path.basename(ts)}: no translation for [{ctx}] {src!r}", file=sys.stderr)
        for ctx, src, wanted in bad:
            print(f"{os.path.basename(ts)}: placeholders differ in [{ctx}] {src!r} -> {wanted!r}", file=sys.stderr)
        if missing or bad:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
