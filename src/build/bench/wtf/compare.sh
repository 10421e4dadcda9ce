#!/bin/sh
# Side by side on one folder of pages: conflict-kg's warm one-thread rate (bench --corpus) and
# wtf_wikipedia's (run.mjs), in the same session. Two of ours: the whole pipeline (parse, extract,
# map, write), and its parse stage alone (Sweble and the document model: sections, sentences, links,
# refs, infoboxes), which is what wtf_wikipedia does. Needs Node.js and npm; run from a built clone:
#   src/build/bench/wtf/compare.sh DIR
# Not part of the build: `npm install` here fetches wtf_wikipedia into this folder only.
set -eu
dir=${1:?usage: compare.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
[ -d "$here/node_modules/wtf_wikipedia" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$root/target/conflict-kg.jar" bench --corpus "$dir" --threads-list 1 --repeats 3 --work-dir "$work" 2>/dev/null > "$work/ckg.json"
node "$here/run.mjs" "$dir" > "$work/wtf.json"
ckg=$(sed -n 's/.*"pages_per_s": \([0-9.]*\).*/\1/p' "$work/ckg.json" | head -1)
parse_ms=$(sed -n 's/.*"parse": \([0-9.]*\).*/\1/p' "$work/ckg.json" | head -1)
wtf=$(sed -n 's/.*"pages_per_s": \([0-9.]*\).*/\1/p' "$work/wtf.json" | head -1)
awk -v a="$ckg" -v p="$parse_ms" -v b="$wtf" 'BEGIN {
  printf "conflict-kg (one thread, whole pipeline):  %.1f pages/s, %.2f of wtf_wikipedia\n", a, a / b
  printf "conflict-kg (one thread, parse stage):     %.1f pages/s, %.2f of wtf_wikipedia\n", 1000 / p, 1000 / p / b
  printf "wtf_wikipedia (one core, parse only):      %.1f pages/s\n", b
}'
