#!/usr/bin/env python3
"""Instructions of one warm `search --batch` query, per query of a class of the kit's list.

For each query: the query run 3 times in one `--batch` process minus 2 times, both under
`valgrind --tool=callgrind` (the first two runs also build the dense length table and check the
index chunks, once per process). Deterministic, so unaffected by the machine's load.

usage: query-instructions.py BINARY INDEX CLASS [QUERIES-FILE]
(default QUERIES-FILE: ../shared/bench/queries.txt; CLASS: rare, filter, phrase, ...)
"""
import shlex
import subprocess
import sys


def instructions(binary, index, query, flags, runs):
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, "search",
         "--batch", "--index", index, *flags],
        input=(query + "\n") * runs, capture_output=True, text=True)
    for line in result.stderr.splitlines():
        if "Collected" in line:
            return int(line.split(":")[-1].strip())
    raise SystemExit(f"no instruction count for {query!r}: {result.stderr[-300:]}")


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    binary, index, wanted = sys.argv[1:4]
    path = sys.argv[4] if len(sys.argv) > 4 else "../shared/bench/queries.txt"
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.startswith(wanted + "\t")]
    total = 0
    for row in rows:
        flags = shlex.split(row[2]) if len(row) > 2 else []
        cost = (instructions(binary, index, row[1], flags, 3)
                - instructions(binary, index, row[1], flags, 2))
        total += cost
        print(f"{cost / 1e6:8.2f} M  {row[1]}  {' '.join(flags)}")
    print(f"total {total / 1e6:.1f} M over {len(rows)}")


main()
