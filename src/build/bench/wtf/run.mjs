// Parses every .wikitext page of a folder with wtf_wikipedia, warm, on one core, and prints pages/s
// as JSON: the side-by-side figure for `conflict-kg bench --corpus` on the same folder. It touches
// what wtf_wikipedia extracts (infoboxes, sentences, links, references) so none of it is skipped.
// Usage: node run.mjs DIR [warm-up seconds, default 15] [measured seconds, default 15]
import fs from 'node:fs'
import path from 'node:path'
import wtf from 'wtf_wikipedia'

const [dir, warm = '15', measure = '15'] = process.argv.slice(2)
if (!dir) {
  console.error('usage: node run.mjs DIR [warm-up seconds] [measured seconds]')
  process.exit(2)
}
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.wikitext')).sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
if (pages.length === 0) {
  console.error(`${dir}: no .wikitext pages`)
  process.exit(2)
}
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0)

function once(text) {
  const doc = wtf(text)
  return doc.infoboxes().length + doc.sentences().length + doc.links().length + doc.references().length
}

function run(seconds) {
  let done = 0
  let sink = 0
  const start = process.hrtime.bigint()
  const until = start + BigInt(Math.round(seconds * 1e9))
  while (process.hrtime.bigint() < until) {
    for (const p of pages) sink += once(p)
    done += pages.length
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9
  return { pages: done, seconds: elapsed, sink }
}

run(Number(warm))
const r = run(Number(measure))
console.log(JSON.stringify({
  parser: 'wtf_wikipedia 10.4.0',
  node: process.version,
  distinct_pages: pages.length,
  pages_per_s: Math.round((r.pages / r.seconds) * 10) / 10,
  mb_per_s: Math.round(((r.pages / pages.length) * bytes / 1e6 / r.seconds) * 100) / 100,
}, null, 2))
