#!/usr/bin/env bash
# Scores the cleaner on a gold set with the team scorer: scripts/score-seeds.sh [SEEDS_DIR GOLD_DIR]
set -euo pipefail
seeds=${1:-../shared/corpus/seeds}; gold=${2:-../shared/corpus/gold}
out=$(mktemp -d)
npm run -s clean -- --json "$seeds" > "$out/all.jsonl" || true
node -e '
const fs=require("fs"),path=require("path");const [f,d]=process.argv.slice(1);
for (const l of fs.readFileSync(f,"utf8").split("\n")) { if(!l.trim()) continue; const o=JSON.parse(l);
  fs.writeFileSync(path.join(d,path.basename(o.file).replace(/\.[^.]+$/,"")+".json"),JSON.stringify(o)); }' "$out/all.jsonl" "$out"
node ../shared/tools/score-clean.mjs --gold "$gold" --pred "$out" "${@:3}"
echo "predictions in $out"
