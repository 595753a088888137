#!/usr/bin/env python3
"""Damage sweep: damages each index file many ways and checks what every command says.

Usage (from the repository root, after `swift build` or `swift build -c release`):

    python3 scripts/damage-sweep.py [--bin PATH] [--corpus DIR] [--flips N] [--verbose]

Builds an index of --corpus (default corpus/), then for each index file (segments, manifest)
applies: emptied, halved, one byte short, extended by 7 bytes, and a byte flipped at N offsets
spread over the file (header, middle, footer), plus bad `CURRENT` contents. After each damage it
runs `verify`, two searches and a `show`, and classifies each answer:
  detected   exit 1 and the damaged file named on standard error
  unaffected exit 0 with exactly the undamaged answer (the damaged bytes were not read)
  WRONG      exit 0 with another answer, or exit 1 without naming the file: a silent error
  CRASH      killed by a signal or another exit status
Prints the WRONG and CRASH cases and totals; exits 1 if there is any, or if `verify` missed one.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMANDS = [["verify"], ["search", "prime ségur", "--json"], ["search", "département", "--json"],
            ["show", "AN-17-QE-3175", "--json"]]


def find_binary(explicit):
    for path in [explicit, os.environ.get("PARLINDEX_BIN"),
                 os.path.join(REPO, ".build/release/parlindex"),
                 os.path.join(REPO, ".build/debug/parlindex")]:
        if path and os.access(path, os.X_OK):
            return path
    sys.exit("damage-sweep: no parlindex binary")


def normalised(text):
    try:
        return json.dumps(json.loads(text), sort_keys=True)
    except ValueError:
        return text


def answers(binary, index):
    out = []
    for command in COMMANDS:
        result = subprocess.run([binary, *command, "--index", index], capture_output=True,
                                text=True, cwd=REPO)
        out.append((command[0], result.returncode, normalised(result.stdout), result.stderr))
    return out


def classify(answer, reference, name):
    _, status, stdout, stderr = answer
    if status == 1 and name in stderr:
        return "detected"
    if status == 0 and stdout == reference[2]:
        return "unaffected"
    if status in (0, 1):
        return "WRONG"
    return "CRASH"


def damages(size, flips):
    yield "emptied", lambda d: d[:0]
    yield "halved", lambda d: d[:len(d) // 2]
    yield "short by one", lambda d: d[:-1]
    yield "extended", lambda d: d + b"\0" * 7
    offsets = sorted(set([0, 1, 4, 8, max(0, size - 20), max(0, size - 12), max(0, size - 1)]
                         + [size * k // (flips + 1) for k in range(1, flips + 1)]))
    for offset in offsets:
        def flip(d, offset=offset):
            d = bytearray(d)
            d[offset] ^= 0x40
            return bytes(d)
        yield f"flip at {offset}", flip


def sweep(binary, base, work, flips, verbose):
    reference = answers(binary, base)
    totals, bad = {}, []
    names = sorted(n for n in os.listdir(base) if n.startswith(("seg-", "manifest-")))
    cases = [(n, label, fn) for n in names
             for label, fn in damages(os.path.getsize(os.path.join(base, n)), flips)]
    for content, named in [("manifest-000099.json\n", "manifest-000099.json"),
                           ("manifest-0000", "CURRENT"), ("", "CURRENT"),
                           ("\0\1garbage\n", "CURRENT")]:
        cases.append(("CURRENT", f"= {content!r}", lambda d, c=content: c.encode(), named))
    for case in cases:
        name, label, function = case[:3]
        named = case[3] if len(case) > 3 else name
        index = os.path.join(work, "x")
        shutil.rmtree(index, ignore_errors=True)
        shutil.copytree(base, index)
        path = os.path.join(index, name)
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(function(data))
        for answer, ref in zip(answers(binary, index), reference):
            verdict = classify(answer, ref, named)
            key = (answer[0], verdict)
            totals[key] = totals.get(key, 0) + 1
            line = f"{name:22s} {label:18s} {answer[0]:7s} {verdict}"
            if verdict in ("WRONG", "CRASH") or (answer[0] == "verify" and verdict != "detected"):
                bad.append(f"{line}: exit {answer[1]}: {answer[3].strip()[:120]}")
            elif verbose:
                print(line)
    return len(cases), totals, bad


def change_corpus(corpus):
    """Adds a file and deletes another (not the one `show` reads), for an incremental build."""
    with open(os.path.join(corpus, "ajout-incremental.txt"), "w") as f:
        f.write("La prime Ségur versée par le département, ajoutée après coup.\n")
    files = sorted(os.path.join(root, n) for root, _, names in os.walk(corpus) for n in names)
    victims = [f for f in files if "3175" not in f and not f.endswith("ajout-incremental.txt")]
    if victims:
        os.remove(victims[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin")
    parser.add_argument("--corpus", default=os.path.join(REPO, "corpus"))
    parser.add_argument("--flips", type=int, default=7)
    parser.add_argument("--incremental", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    binary = find_binary(options.bin)
    work = tempfile.mkdtemp(prefix="parlindex-damage-")
    base = os.path.join(work, "base")
    corpus = options.corpus
    if options.incremental:
        corpus = os.path.join(work, "corpus")
        shutil.copytree(options.corpus, corpus)
    subprocess.run([binary, "index", corpus, "--index", base, "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)
    if options.incremental:
        change_corpus(corpus)
        subprocess.run([binary, "index", corpus, "--index", base, "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        if not any(".del-" in n for n in os.listdir(base)):
            sys.exit("damage-sweep: the incremental build wrote no deletions file")
    count, totals, bad = sweep(binary, base, work, options.flips, options.verbose)
    shutil.rmtree(work, ignore_errors=True)
    for line in bad:
        print(line)
    print(f"damaged indexes: {count}")
    for command in ["verify", "search", "show"]:
        parts = [f"{v} {totals.get((command, v), 0)}"
                 for v in ["detected", "unaffected", "WRONG", "CRASH"]]
        print(f"  {command:7s} " + ", ".join(parts))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
