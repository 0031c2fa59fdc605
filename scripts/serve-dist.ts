// Serves the production build (dist/) the way GitHub Pages does: under a sub-path, gzip,
// `Cache-Control: max-age=600`, 404.html for misses. Each file is compressed once and kept, as a
// CDN edge does: compressing the 9.6 MB wasm on every request would spend the learner's CPU (this
// server shares the machine with the browser) on work a real host does elsewhere, once. `--isolate` adds COOP/COEP headers, to
// measure the cross-origin-isolated mode (Pages itself cannot send them). `--network 20,40` serves
// through one shared 20 Mbit/s link with a 40 ms round trip, as a learner's connection would.
// Usage: node scripts/serve-dist.ts [--port 4329] [--base /ml-dojo/] [--isolate] [--dir dist] [--network MBPS,RTT_MS]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const port = Number(opt('--port', '4329'));
const base = opt('--base', '/');
const dir = opt('--dir', 'dist');
const isolate = args.includes('--isolate');
const [linkMbps, roundTripMs] = opt('--network', '').split(',').map(Number);
const throttled = linkMbps > 0;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.zip': 'application/zip', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.xml': 'application/xml',
  '.py': 'text/x-python; charset=utf-8', '.ics': 'text/calendar', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.py', '.txt', '.xml']);

function resolve(urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const file = normalize(join(dir, rel));
  if (!file.startsWith(normalize(dir))) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) ? file : null;
}

const compressed = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();
/** The gzipped file, compressed on first use and kept until the file changes. */
function gzipped(file: string): Promise<Buffer> {
  const mtimeMs = statSync(file).mtimeMs;
  const hit = compressed.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = readFile(file).then((raw) => gzip(raw, { level: 6 }));
  body.catch(() => compressed.delete(file));
  compressed.set(file, { mtimeMs, body });
  return body;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CHUNK = 16 * 1024;
/** When the shared link is next free (ms, performance.now()): responses take turns a chunk at a time. */
let linkFreeAt = 0;

/** Send `body` as if over the learner's link: a round trip first, then the shared bandwidth. */
async function sendThrottled(res: import('node:http').ServerResponse, body: Buffer | undefined): Promise<void> {
  await sleep(roundTripMs || 0);
  res.flushHeaders();
  for (let at = 0; body && at < body.length; at += CHUNK) {
    const chunk = body.subarray(at, at + CHUNK);
    const now = performance.now();
    linkFreeAt = Math.max(now, linkFreeAt) + (chunk.length * 8) / (linkMbps * 1000);
    if (linkFreeAt - now >= 1) await sleep(linkFreeAt - now);
    if (res.destroyed) return;
    res.write(chunk);
  }
  res.end();
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.replace(/\/$/, '')) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  let file = resolve(url.pathname);
  let status = 200;
  if (file && statSync(file).isDirectory()) file = null;
  if (!file && url.pathname.startsWith(base) && !url.pathname.endsWith('/') && !extname(url.pathname) && resolve(url.pathname + '/')) {
    res.writeHead(301, { location: url.pathname + '/' }).end();
    return;
  }
  if (!file) {
    status = 404;
    file = existsSync(join(dir, '404.html')) ? join(dir, '404.html') : null;
  }
  const headers: Record<string, string> = { 'cache-control': 'max-age=600' };
  if (isolate) {
    headers['cross-origin-opener-policy'] = 'same-origin';
    headers['cross-origin-embedder-policy'] = 'require-corp';
    headers['cross-origin-resource-policy'] = 'same-origin';
  }
  if (!file) {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const ext = extname(file);
  headers['content-type'] = TYPES[ext] ?? 'application/octet-stream';
  const useGzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (!useGzip && !throttled) {
    headers['content-length'] = String(statSync(file).size);
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
    return;
  }
  try {
    const body = useGzip ? await gzipped(file) : await readFile(file);
    res.writeHead(status, { ...headers, ...(useGzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
    const payload = req.method === 'HEAD' ? undefined : body;
    if (throttled) await sendThrottled(res, payload);
    else res.end(payload);
  } catch {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('could not read the file');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}${isolate ? ' (cross-origin isolated)' : ''}`));
