// Every internal link and asset in the production build resolves — including #anchors — and
// nothing assumes the site lives at `/`. Usage: node scripts/check-links.ts [--dir dist] [--base /ml-dojo/]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = opt('--dir', 'dist');
const base = opt('--base', process.env.BASE_PATH ? ('/' + process.env.BASE_PATH.replace(/^\/+|\/+$/g, '') + '/').replace('//', '/') : '/');

function htmlFiles(d: string, out: string[] = []): string[] {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(file)!;
}

function targetFile(pathname: string): string | null {
  const rel = decodeURIComponent(pathname.slice(base.length));
  const p = join(dir, rel);
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

const problems: string[] = [];
const files = htmlFiles(dir);
let checked = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const pageUrl = new URL('http://site' + base + relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/'));
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = m[1].replace(/&amp;/g, '&');
    if (!raw || /^(https?:|mailto:|data:|javascript:|blob:)/.test(raw) || raw.startsWith('//')) continue;
    const url = new URL(raw, pageUrl);
    if (url.host !== 'site') continue;
    checked++;
    const where = relative(dir, file);
    if (!url.pathname.startsWith(base)) {
      problems.push(`${where}: link "${raw}" escapes the base ${base}`);
      continue;
    }
    const target = url.pathname === pageUrl.pathname && !url.search ? file : targetFile(url.pathname);
    if (!target) {
      problems.push(`${where}: broken link "${raw}"`);
      continue;
    }
    if (url.hash && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !idsOf(target).has(id)) problems.push(`${where}: link "${raw}" points to a missing anchor #${id}`);
    }
  }
  // The early Python start's list of #fragments near examples (src/lib/example-anchors.ts).
  const anchors = /"anchors":(\[[^\]]*\])/.exec(html);
  for (const id of anchors ? (JSON.parse(anchors[1]) as string[]) : []) {
    checked++;
    if (!idsOf(file).has(id)) problems.push(`${relative(dir, file)}: early-start anchor #${id} is not an id in the page (example-anchors.ts misread a heading)`);
  }
}
for (const p of problems.slice(0, 50)) console.error(`✗ ${p}`);
console.log(`check:links: ${files.length} pages, ${checked} internal links, ${problems.length} broken`);
process.exit(problems.length ? 1 : 0);
