#!/usr/bin/env python3
"""Usage: python3 scripts/update-readme-help.py [BINARY]

Regenerates the README's command reference between <!-- COMMANDS --> markers from --help."""
import subprocess, sys, re
binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/parlindex"
overview = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout.rstrip("\n")
names = [l.split()[0] for l in overview.split("commands:")[1].strip("\n").split("\n")]
parts = ["<!-- COMMANDS -->", "```text", overview, "```", ""]
for n in names:
    h = subprocess.run([binary, n, "--help"], capture_output=True, text=True).stdout.rstrip("\n")
    parts += [f"#### `parlindex {n}`", "", "```text", h, "```", ""]
parts.append("<!-- /COMMANDS -->")
readme = open("README.md").read()
block = "\n".join(parts)
if "<!-- /COMMANDS -->" in readme:
    readme = re.sub(r"<!-- COMMANDS -->.*<!-- /COMMANDS -->", lambda m: block, readme, flags=re.S)
else:
    readme = readme.replace("<!-- COMMANDS -->", block)
open("README.md", "w").write(readme)
