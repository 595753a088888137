#!/usr/bin/env python3
"""Runs every query of the kit's list through `search --batch` with two binaries (one process
per flag set, each query twice) and says which flag sets answer differently.

usage: compare-batch.py OLD-BINARY NEW-BINARY INDEX [QUERIES-FILE]
(default QUERIES-FILE: ../shared/bench/queries.txt). INDEX may be OLD-INDEX:NEW-INDEX, to compare
two builds of the same corpus (each binary on its own index).
"""
import collections
import shlex
import subprocess
import sys


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    old, new, index = sys.argv[1:4]
    indexes = index.split(":") if ":" in index else [index, index]
    path = sys.argv[4] if len(sys.argv) > 4 else "../shared/bench/queries.txt"
    groups = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        groups[tuple(shlex.split(parts[2])) if len(parts) > 2 else ()].append(parts[1])
    differing = 0
    for flags, queries in groups.items():
        lines = "".join(query + "\n" for query in queries) * 2
        answers = [subprocess.run([binary, "search", "--batch", "--index", folder, *flags],
                                  input=lines, capture_output=True, text=True).stdout
                   for binary, folder in ((old, indexes[0]), (new, indexes[1]))]
        if answers[0] != answers[1]:
            differing += 1
            print("differs:", " ".join(flags) or "(no flags)")
    print(f"{len(groups)} flag sets, {differing} differing")
    sys.exit(1 if differing else 0)


main()
