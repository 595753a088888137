#!/usr/bin/env python3
"""Usage: python3 scripts/update-readme-runs.py [BINARY]   (from the repository root)

Regenerates every README console block announced by a marker such as

    <!-- RUN: parlindex timeline "prime ségur" -->
    <!-- RUN lines=12: parlindex show AN-17-QE-3175 -->

from what BINARY (default .build/debug/parlindex) really prints. The commands run in order, in a
fresh temporary folder holding a copy of corpus/, so paths read corpus/… and index/ as in the
tour. Standard output then standard error are shown; CRLF becomes LF; `lines=N` keeps the first
N lines and adds a line "…"; build timings ("in 0.27 s") read "in … s". Tests/EndToEndTests/
ReadmeRunTests.swift applies the same rules and fails when a block differs from the binary."""
import os, re, shlex, shutil, subprocess, sys, tempfile

MARKER = re.compile(
    r"^<!-- RUN(?: lines=(\d+))?: ([^\n]+?) -->\n```console\n(?:(?!```)[^\n]*\n)*```$", re.M)


def normalise(text, lines):
    text = text.replace("\r\n", "\n").replace("\ufeff", "")
    text = re.sub(r" in \d+(\.\d+)? s\b", " in … s", text).rstrip("\n")
    rows = text.split("\n")
    if lines is not None and len(rows) > lines:
        rows = rows[:lines] + ["…"]
    return "\n".join(rows)


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/parlindex")
    readme = open("README.md", encoding="utf-8").read()
    work = tempfile.mkdtemp(prefix="parlindex-readme-")
    shutil.copytree("corpus", os.path.join(work, "corpus"))

    def block(match):
        lines = int(match.group(1)) if match.group(1) else None
        command = match.group(2)
        words = shlex.split(command)
        assert words[0] == "parlindex", command
        done = subprocess.run([binary] + words[1:], cwd=work, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)
        output = normalise(done.stdout + done.stderr, lines)
        head = f"<!-- RUN lines={lines}: {command} -->" if lines else f"<!-- RUN: {command} -->"
        return f"{head}\n```console\n$ {command}\n{output}\n```"

    try:
        readme = MARKER.sub(block, readme)
    finally:
        shutil.rmtree(work)
    open("README.md", "w", encoding="utf-8").write(readme)


main()
