#!/usr/bin/env python3
"""Convert the ZGW OpenAPI YAML specs to JSON at build time (Qt has no YAML parser).

Usage: yaml2json.py OUT_DIR NAME=IN.yaml [NAME=IN.yaml ...]
Needs python3-yaml (Debian package). Dates that YAML parses as date objects are
written back as ISO strings, so the JSON matches the text of the spec.
"""
import json
import os
import sys

import yaml


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for arg in sys.argv[2:]:
        name, _, src = arg.partition("=")
        with open(src, encoding="utf-8") as f:
            spec = yaml.safe_load(f)
        if not isinstance(spec, dict) or "paths" not in spec:
            print(f"{src}: not an OpenAPI document", file=sys.stderr)
            return 1
        tmp = os.path.join(out_dir, name + ".json.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, default=str)
        os.replace(tmp, os.path.join(out_dir, name + ".json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
