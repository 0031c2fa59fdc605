// KaTeX's fonts are most of a lesson's weight (Main-Regular alone is 26 KB). After the build we
// know every character the site can show, so each KaTeX .woff2 is cut down to those characters
// (plus printable ASCII, so math typed into a future page still renders). Run after `astro build`.
// Conservative by design: the character set is everything in every HTML page, not just math.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const dir = process.argv[2] ?? 'dist';
const chars = new Set<string>();
for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));

function walk(d: string): void {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) collect(readFileSync(p, 'utf8'));
  }
}

function collect(html: string): void {
  const decoded = html
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
  for (const ch of decoded) chars.add(ch);
}

walk(dir);
const text = [...chars].join('');
const assets = join(dir, '_astro');
let before = 0;
let after = 0;
for (const name of readdirSync(assets).filter((f) => /^KaTeX_.*\.woff2$/.test(f))) {
  const path = join(assets, name);
  const original = readFileSync(path);
  const subset = await subsetFont(original, text, { targetFormat: 'woff2' });
  before += original.length;
  if (subset.length < original.length) {
    writeFileSync(path, subset);
    after += subset.length;
  } else after += original.length;
}
console.log(`KaTeX fonts subset to ${chars.size} characters: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`);
