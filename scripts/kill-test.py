#!/usr/bin/env python3
"""Kill test: SIGKILL `parlindex index` at random moments and check that the index survives.

Usage (from the repository root, after `swift build -c release`):

    python3 scripts/kill-test.py [--docs 3000] [--rounds 50] [--seed 8] [--bin PATH]
                                 [--work DIR] [--keep]

What it does:
  1. Makes a corpus of --docs documents with ../shared/bench/gen_corpus.py when that kit exists
     (else simple synthetic announcements), plus a folder `kill/` of small marker files, and
     builds an index.
  2. Times three unkilled builds of a modified corpus (the calibration: T = the median).
  3. --rounds times (seeded): adds, changes and deletes some marker files (and touches a few
     corpus files), starts `parlindex index`, and sends SIGKILL
       - at a uniform moment in [0, 1.05 T]                   (about 55 % of the rounds),
       - at a uniform moment in the last 10 % [0.9 T, 1.05 T] (about 25 %),
       - at a uniform moment of the commit (about 20 %): from the first sign of it (a new
         manifest or CURRENT.tmp appears) to 1.3 times the longest commit seen in calibration.
  4. After each kill: `verify` must exit 0, and `search --json` for every marker word must give
     exactly the counts of the previous generation or exactly those of the new one (all
     markers agreeing on the same generation).
Prints one line per round and "kills survived: X/ROUNDS"; exits 1 unless all survived.

The binary is --bin, else $PARLINDEX_BIN, else .build/release/parlindex, else .build/debug/.
Everything goes to --work (default: a fresh folder under /tmp), removed at the end unless --keep.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR = os.path.join(REPO, "..", "shared", "bench", "gen_corpus.py")
LETTERS = "bcdfghjklmnpqrtvwz"  # no vowel, no s/x: no plural folding, no clash with French


def marker(number):
    """A word that occurs nowhere else: 'kwz' + the number in base 18 letters."""
    digits = ""
    while True:
        digits = LETTERS[number % len(LETTERS)] + digits
        number //= len(LETTERS)
        if number == 0:
            return "kwz" + digits


def find_binary(explicit):
    candidates = [explicit, os.environ.get("PARLINDEX_BIN"),
                  os.path.join(REPO, ".build/release/parlindex"),
                  os.path.join(REPO, ".build/debug/parlindex")]
    for path in candidates:
        if path and os.access(path, os.X_OK):
            return path
    sys.exit("kill-test: no parlindex binary (run `swift build -c release` or give --bin)")


def make_corpus(work, docs, seed):
    """The big corpus (generated) and the folder of marker files; returns the corpus root."""
    root = os.path.join(work, "corpus")
    if os.path.exists(GENERATOR):
        gen = os.path.join(work, "gen")
        subprocess.run([sys.executable, GENERATOR, str(docs), "--seed", str(seed), gen],
                       check=True, stdout=subprocess.DEVNULL)
        os.rename(os.path.join(gen, "corpus"), root)
    else:
        rng = random.Random(seed)
        words = ("financement prime ségur département association établissement aide "
                 "revalorisation salarié collectivité budget dotation autonomie").split()
        folder = os.path.join(root, "synth")
        os.makedirs(folder)
        for i in range(docs):
            body = " ".join(rng.choice(words) for _ in range(120))
            with open(os.path.join(folder, f"cp-{i:06d}.txt"), "w", encoding="utf-8") as out:
                out.write(f"Communiqué {i}\n\nLe ministère annonce : {body}.\n")
    os.makedirs(os.path.join(root, "kill"))
    return root


def write_marker_file(corpus, name, word):
    text = (f"Communiqué de presse {name}\n\nLe département annonce une aide nommée killtestfile "
            f"{word} pour les associations du secteur médico-social.\n")
    with open(os.path.join(corpus, "kill", name), "w", encoding="utf-8") as out:
        out.write(text)


def modify(corpus, model, rng, round_number, next_name):
    """Adds, changes and deletes marker files (model: name -> marker word); touches a few
    generated files so that they are read again."""
    word = marker(round_number)
    names = sorted(model)
    for name in rng.sample(names, min(len(names), rng.randint(3, 20))):
        os.remove(os.path.join(corpus, "kill", name))
        del model[name]
    names = sorted(model)
    for name in rng.sample(names, min(len(names), rng.randint(3, 20))):
        write_marker_file(corpus, name, word)
        model[name] = word
    for _ in range(rng.randint(3, 30)):
        name = f"k-{next_name[0]:06d}.txt"
        next_name[0] += 1
        write_marker_file(corpus, name, word)
        model[name] = word
    generated = [os.path.join(d, f) for d, _, fs in os.walk(corpus) if "kill" not in d for f in fs]
    now = time.time() + round_number
    for path in rng.sample(generated, min(len(generated), max(1, len(generated) // 30))):
        os.utime(path, (now, now))


def expected_counts(model, words):
    counts = {w: 0 for w in words}
    for word in model.values():
        if word in counts:
            counts[word] += 1
    counts["killtestfile"] = len(model)
    return counts


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True)


def actual_counts(binary, index, words):
    counts = {}
    for word in words:
        result = run(binary, "search", word, "--index", index, "--json", "--limit", "1")
        if result.returncode != 0:
            return None, f"search {word}: exit {result.returncode}: {result.stderr.strip()}"
        counts[word] = json.loads(result.stdout)["count"]
    return counts, None


def build(binary, corpus, index):
    return subprocess.Popen([binary, "index", corpus, "--index", index, "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def commit_started(index, known):
    try:
        names = os.listdir(index)
    except OSError:
        return False
    return any(n == "CURRENT.tmp" or (n.startswith("manifest-") and n not in known) for n in names)


def watch_commit(process, index, known):
    """Waits until the commit starts (or the build ends); returns the moment, or None."""
    while process.poll() is None:
        if commit_started(index, known):
            return time.monotonic()
        time.sleep(0.0005)
    return None


def kill_build(binary, corpus, index, mode, delay):
    """Runs one build and kills it; returns (killed?, seconds before the kill, error)."""
    known = set(n for n in os.listdir(index) if n.startswith("manifest-"))
    process = build(binary, corpus, index)
    start = time.monotonic()
    deadline = start + delay
    if mode == "commit":
        commit = watch_commit(process, index, known)
        deadline = (commit or start) + delay
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(min(0.001, max(0, deadline - time.monotonic())))
    elapsed = time.monotonic() - start
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    _, err = process.communicate()
    if not killed and process.returncode != 0:
        return killed, elapsed, f"build failed unkilled: {err.decode(errors='replace')}"
    return killed, elapsed, None


def calibrate(binary, corpus, index, model, rng, next_name):
    """Times three builds: (median seconds, longest commit: first sign of it to the exit)."""
    times, commits = [], []
    for number in (1, 2, 3):
        modify(corpus, model, rng, number, next_name)
        known = set(n for n in os.listdir(index) if n.startswith("manifest-"))
        start = time.monotonic()
        process = build(binary, corpus, index)
        commit = watch_commit(process, index, known)
        _, err = process.communicate()
        if process.returncode != 0:
            sys.exit(f"kill-test: calibration build failed: {err.decode(errors='replace')}")
        times.append(time.monotonic() - start)
        commits.append(time.monotonic() - (commit or start))
    return sorted(times)[1], max(commits)


def check_round(binary, index, committed, model, round_number):
    """Returns (generation name, error or None)."""
    verify = run(binary, "verify", "--index", index)
    if verify.returncode != 0:
        return None, f"verify exit {verify.returncode}: {verify.stderr.strip()}"
    words = sorted(set(committed.values()) | set(model.values()) | {marker(round_number)})
    old = expected_counts(committed, words)
    new = expected_counts(model, words)
    counts, error = actual_counts(binary, index, sorted(old))
    if error:
        return None, error
    if counts == new:
        return "new", None
    if counts == old:
        return "previous", None
    return None, f"counts {counts} are neither previous {old} nor new {new}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--bin")
    parser.add_argument("--work")
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()
    binary = find_binary(options.bin)
    rng = random.Random(options.seed)
    work = options.work or tempfile.mkdtemp(prefix="parlindex-kill-")
    os.makedirs(work, exist_ok=True)
    index = os.path.join(work, "index")
    print(f"kill-test: binary {binary}, work folder {work}, seed {options.seed}", flush=True)
    corpus = make_corpus(work, options.docs, options.seed)
    model, next_name = {}, [0]
    for _ in range(200):
        name = f"k-{next_name[0]:06d}.txt"
        next_name[0] += 1
        write_marker_file(corpus, name, marker(0))
        model[name] = marker(0)
    first = build(binary, corpus, index)
    if first.wait() != 0:
        sys.exit("kill-test: the first build failed")
    seconds, commit_seconds = calibrate(binary, corpus, index, model, rng, next_name)
    committed = dict(model)
    print(f"kill-test: a build takes about {seconds:.2f} s, its commit {commit_seconds:.3f} s",
          flush=True)
    survived, interrupted, generations = 0, 0, {"previous": 0, "new": 0}
    for number in range(options.rounds):
        round_number = number + 4
        modify(corpus, model, rng, round_number, next_name)
        draw = rng.random()
        mode = "commit" if draw < 0.2 else ("last10%" if draw < 0.45 else "uniform")
        delay = {"commit": rng.uniform(0, 1.3 * commit_seconds),
                 "last10%": rng.uniform(0.9 * seconds, 1.05 * seconds),
                 "uniform": rng.uniform(0, 1.05 * seconds)}[mode]
        killed, elapsed, error = kill_build(binary, corpus, index, mode, delay)
        generation = None
        if error is None:
            generation, error = check_round(binary, index, committed, model, round_number)
        interrupted += killed
        if error is None:
            survived += 1
            generations[generation] += 1
            if generation == "new":
                committed = dict(model)
        state = "killed" if killed else "finished"
        verdict = f"ok ({generation} generation)" if error is None else f"FAILED: {error}"
        print(f"round {number + 1:2d} {mode:8s} {state:8s} at {elapsed:6.3f} s: {verdict}",
              flush=True)
    print(f"kills survived: {survived}/{options.rounds}  ({interrupted} builds interrupted, "
          f"{options.rounds - interrupted} finished first; index left at previous generation "
          f"{generations['previous']}, new {generations['new']})")
    if not options.keep and not options.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if survived == options.rounds else 1


if __name__ == "__main__":
    sys.exit(main())
