#!/bin/sh
# Side by side on one folder of pages: conflict-kg's warm one-thread rate (bench --corpus) and
# wtf_wikipedia's (run.mjs), in the same session. Needs Node.js and npm; run from a built clone:
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
wtf=$(sed -n 's/.*"pages_per_s": \([0-9.]*\).*/\1/p' "$work/wtf.json" | head -1)
echo "conflict-kg (one thread, whole pipeline): $ckg pages/s"
echo "wtf_wikipedia (one core, parse only):     $wtf pages/s"
awk -v a="$ckg" -v b="$wtf" 'BEGIN { printf "conflict-kg / wtf_wikipedia: %.2f\n", a / b }'
