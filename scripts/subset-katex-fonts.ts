// KaTeX's fonts are most of a math lesson's weight. After the build we know every formula the
// site shows, so each KaTeX .woff2 is cut down to the characters drawn in *its* family: the
// KaTeX stylesheet says which classes select which family (`.mathnormal` → KaTeX_Math,
// `.mathbb` → KaTeX_AMS, `.delimsizing.size1` → KaTeX_Size1, …), and a family gets every
// character under an element with one of its classes. KaTeX_Main, the inherited default, gets
// every character of every formula. Supersets by construction: a glyph a formula needs is never
// dropped. Hinting is dropped too (3–4 KB a file; math is drawn large enough not to need it, as
// Google Fonts does for most platforms). Run after `astro build` (rewrites dist/_astro in place).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import subsetFont from 'subset-font';

const dir = process.argv[2] ?? 'dist';
const katexCss = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.css'), 'utf8');

/**
 * family (e.g. `KaTeX_Size1`) → the class sets that choose it: of each selector, the last compound
 * that names classes (`.katex .delimsizing.mult .delim-size1>span` → [delim-size1]).
 */
function familySelectors(css: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const rule of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}@]+)\{([^{}]*font-family:\s*(KaTeX_\w+)[^{}]*)\}/g)) {
    for (const selector of rule[1].split(',')) {
      const compounds = selector.trim().split(/\s*>\s*|\s+/).map((c) => [...c.matchAll(/\.([\w-]+)/g)].map((m) => m[1]));
      const classes = compounds.findLast((c) => c.length) ?? [];
      // `.katex` alone is the inherited default (KaTeX_Main), handled apart.
      if (classes.length && classes.join() !== 'katex') out.set(rule[3], [...(out.get(rule[3]) ?? []), classes]);
    }
  }
  return out;
}

const selectors = familySelectors(katexCss);
const chars = new Map<string, Set<string>>();
const add = (family: string, text: string) => {
  const set = chars.get(family) ?? chars.set(family, new Set()).get(family)!;
  for (const ch of text) set.add(ch);
};

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function visit(node: Nodes, inMath: boolean): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  const classes = node.type === 'element' ? ((node as Element).properties.className as string[] | undefined) ?? [] : [];
  const math = inMath || classes.includes('katex-html');
  if (math && node.type === 'element') {
    if (classes.includes('katex-html')) add('KaTeX_Main', textOf(node));
    for (const [family, sets] of selectors) if (sets.some((set) => set.every((c) => classes.includes(c)))) add(family, textOf(node));
  }
  for (const child of node.children) visit(child as Nodes, math);
}

function walk(d: string): void {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) {
      const html = readFileSync(p, 'utf8');
      if (html.includes('katex-html')) visit(fromHtml(html), false);
    }
  }
}

walk(dir);
const assets = join(dir, '_astro');
let before = 0;
let after = 0;
const report: string[] = [];
for (const name of readdirSync(assets).filter((f) => /^KaTeX_.*\.woff2$/.test(f))) {
  const family = name.replace(/-.*$/, '');
  const text = [...(chars.get(family) ?? [])].join('');
  const path = join(assets, name);
  const original = readFileSync(path);
  before += original.length;
  // A family no formula uses is never downloaded (fonts load per glyph drawn): leave it whole.
  const subset = text ? await subsetFont(original, text, { targetFormat: 'woff2', noHinting: true }) : original;
  const kept = subset.length < original.length ? subset : original;
  if (kept !== original) writeFileSync(path, kept);
  after += kept.length;
  if (text) report.push(`${name.replace(/\..*$/, '')} ${[...text].length} chars ${(kept.length / 1024).toFixed(1)} KB`);
}
console.log(`KaTeX fonts subset per family: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB (${report.join('; ')})`);
