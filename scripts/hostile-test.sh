#!/usr/bin/env bash
# Hostile sizes and places, and a really full disk, through the release binary.
#
# Usage (from the repository root, after `swift build -c release`):
#
#     bash scripts/hostile-test.sh [WORKDIR] [BIG_MB]
#
#   1. one file of BIG_MB (default 200) MB of French prose: read up to the 8 MB document limit,
#      with a "truncated" warning naming it; then a JSON and an XML bulk file of BIG_MB MB each,
#      streamed record by record (flat memory);
#   2. 10 000 files in one folder: index them, count them with a search;
#   3. a line of 1 000 000 characters, 100 000 nested "[", symbolic-link loops, a path with
#      spaces and accents: index them (warnings name the bad files), find the good ones;
#   4. a full disk (only as root, when `mount -t tmpfs` works): the index lives on a 4 MB
#      tmpfs, a bigger build fails with "No space left on device" naming the file, exit 1, and
#      the previous generation still verifies and answers.
# Each step prints its exit status, wall time and largest resident memory (GNU time -v), then
# PASS or FAIL; the script exits 1 if any step failed. WORKDIR (default: a fresh folder under
# /tmp) is removed at the end unless given.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
BIN=${PARLINDEX_BIN:-$REPO/.build/release/parlindex}
[ -x "$BIN" ] || BIN=$REPO/.build/debug/parlindex
WORK=${1:-$(mktemp -d /tmp/parlindex-hostile-XXXXXX)}
BIG_MB=${2:-200}
FAILED=0
mkdir -p "$WORK"

# measure NAME COMMAND...: runs the command under GNU time, prints its figures.
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/time.txt" timeout 1800 "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"
  STATUS=$?
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$WORK/time.txt" | sed 's/.*: //')
  rss=$(grep "Maximum resident" "$WORK/time.txt" | sed 's/.*: //')
  echo "$name: exit $STATUS, wall $wall, max RSS $((rss / 1024)) MB"
}

verdict() {  # verdict CONDITION-STATUS MESSAGE
  if [ "$1" -eq 0 ]; then echo "  PASS $2"; else echo "  FAIL $2"; FAILED=1; fi
}

count() {  # count WORD INDEX: the search count
  "$BIN" search "$1" --index "$2" --json --limit 1 | python3 -c \
    'import json,sys; print(json.load(sys.stdin)["count"])' 2>/dev/null || echo error
}

echo "hostile-test: binary $BIN, work folder $WORK"

# 1. One big file: a single text of BIG_MB MB is read up to the 8 MB document limit; then a
#    JSON and an XML bulk file of BIG_MB MB each are streamed record by record.
mkdir -p "$WORK/big"
python3 - "$WORK/big/enorme.txt" "$BIG_MB" <<'EOF'
import sys
line = ("Le département annonce une aide de 3,5 millions d’euros pour la prime Ségur des "
        "salariés du secteur médico-social, versée dès le 1er juillet 2024.\n")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("zdebutdufichier\n")
    block = line * 10000
    for _ in range(int(sys.argv[2]) * 1024 * 1024 // len(block.encode())):
        out.write(block)
    out.write("zfinduficher\n")
EOF
measure "index one ${BIG_MB} MB text file" "$BIN" index "$WORK/big" --index "$WORK/big-index" --quiet
verdict $(( STATUS != 0 )) "exit 0"
verdict $(( $(grep -c "warning: $WORK/big/enorme.txt: truncated: read the first" "$WORK/err.txt") != 1 )) \
  "truncated with a warning naming it: $(grep -o 'truncated.*' "$WORK/err.txt")"
verdict $(( $(count zdebutdufichier "$WORK/big-index") != 1 )) "its beginning is found"
verdict $(( $(count zfinduficher "$WORK/big-index") != 0 )) "its end (past 8 MB) is not"
rm -rf "$WORK/big" "$WORK/big-index"

# A bulk file of BIG_MB MB in each open-data format, generated from the test fixtures.
mkdir -p "$WORK/bulk"
python3 - "$REPO/Tests/CorpusTests/Fixtures/opendata" "$WORK/bulk" "$BIG_MB" <<'EOF'
import re, sys
fixtures, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1024 * 1024
text = open(f"{fixtures}/QANR5L17QE9002.json", encoding="utf-8").read()
record = text[text.index(":") + 1:text.rindex("}")].strip()
with open(f"{out}/Questions_ecrites_XIV.json", "w", encoding="utf-8") as f:
    f.write('{"questionsEcrites": {"question": [\n')
    n = size = 0
    while size < limit:
        n += 1
        chunk = ("" if n == 1 else ",\n") + record.replace("9002", str(n))
        size += len(chunk.encode())
        f.write(chunk)
    f.write("\n]}}\n")
print("json records:", n)
xml = open(f"{fixtures}/Questions_ecrites_XIV.xml", encoding="utf-8").read()
start, end = xml.index("<question "), xml.index("</questionsEcrites>")
with open(f"{out}/Questions_ecrites_XIV.xml", "w", encoding="utf-8") as f:
    f.write(xml[:start])
    n = size = 0
    while size < limit:
        n += 1
        chunk = re.sub(r"(QANR5L14QE|<numero>)(\d+)", lambda m: f"{m[1]}{n}{m[2]}", xml[start:end])
        size += len(chunk.encode())
        f.write(chunk)
    f.write("</questionsEcrites>\n")
print("xml records:", 3 * n)
EOF
for format in json xml; do
  measure "index one ${BIG_MB} MB $format bulk file" "$BIN" index \
    "$WORK/bulk/Questions_ecrites_XIV.$format" --index "$WORK/bulk-index-$format" --quiet
  verdict $(( STATUS != 0 )) "exit 0: $(tail -c 200 "$WORK/out.txt")"
  verdict $(( $(grep -c . "$WORK/err.txt") != 0 )) "no warning"
done
rm -rf "$WORK/bulk" "$WORK/bulk-index-json" "$WORK/bulk-index-xml"

# 2. 10 000 files in one folder.
python3 - "$WORK/many" <<'EOF'
import os, sys
os.makedirs(sys.argv[1])
for i in range(10000):
    with open(os.path.join(sys.argv[1], f"cp-{i:05d}.txt"), "w", encoding="utf-8") as out:
        out.write(f"Communiqué {i}\n\nLe département finance la zbeaucoup numéro {i}.\n")
EOF
measure "index 10 000 files in one folder" "$BIN" index "$WORK/many" --index "$WORK/many-index" --quiet
verdict $(( STATUS != 0 )) "indexed"
verdict $(( $(count zbeaucoup "$WORK/many-index") != 10000 )) "10 000 documents found"

# 3. Long line, deep JSON, link loops, accents.
H="$WORK/places"
mkdir -p "$H/boucle" "$H/dossier é à"
python3 - "$H" <<'EOF'
import sys
root = sys.argv[1]
open(f"{root}/ligne.txt", "w").write("Le département annonce. " + "aide " * 200000 + "zligne\n")
open(f"{root}/profond.json", "w").write("[" * 100000)
open(f"{root}/profond2.json", "w").write('{"question": ' + "[" * 100000 + "]" * 100000 + "}")
open(f"{root}/dossier é à/l’été à Paris.txt", "w").write("La prime zaccent est versée.\n")
EOF
ln -s .. "$H/boucle/parent"; ln -s "$H" "$H/boucle/racine"; ln -s soi "$H/boucle/soi"
measure "index hostile places" "$BIN" index "$H" --index "$WORK/places index é" --quiet
verdict $(( STATUS != 0 )) "indexed"
verdict $(( $(grep -c "warning: $H/profond" "$WORK/err.txt") != 2 )) "deep JSON files named"
verdict $(( $(count zligne "$WORK/places index é") != 1 )) "the long line is found"
verdict $(( $(count zaccent "$WORK/places index é") != 1 )) "the accented path is found"

# 4. A full disk.
if [ "$(id -u)" = 0 ] && mkdir -p "$WORK/disk" && mount -t tmpfs -o size=4m tmpfs "$WORK/disk" 2>/dev/null; then
  "$BIN" index "$REPO/corpus" --index "$WORK/disk/index" --quiet >/dev/null
  python3 - "$WORK/full" <<'EOF'
import os, sys
os.makedirs(sys.argv[1])
for i in range(3000):
    with open(os.path.join(sys.argv[1], f"cp-{i:05d}.txt"), "w", encoding="utf-8") as out:
        out.write(f"Communiqué {i}\n\n" + f"Le département z{i:05d}x finance la prime. " * 40)
EOF
  measure "index onto a full disk" "$BIN" index "$WORK/full" --index "$WORK/disk/index" --quiet
  verdict $(( STATUS != 1 )) "exit 1: $(head -c 300 "$WORK/err.txt")"
  verdict $(( $(grep -c "No space left on device" "$WORK/err.txt") != 1 )) "says the disk is full"
  "$BIN" verify --index "$WORK/disk/index" >/dev/null 2>&1
  verdict $? "the previous generation verifies"
  verdict $(( $(count "prime ségur" "$WORK/disk/index") != 5 )) "and answers"
  umount "$WORK/disk"
else
  echo "full disk: skipped (needs root and mount -t tmpfs)"
fi

[ $# -ge 1 ] || rm -rf "$WORK"
echo "hostile-test: $([ $FAILED = 0 ] && echo 'all passed' || echo 'FAILED')"
exit $FAILED
