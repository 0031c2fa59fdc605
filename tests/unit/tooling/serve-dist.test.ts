// The bench's test server: what it serves must be byte-exact, throttled or not, or the bench
// would time something other than the site.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
const binary = randomBytes(400 * 1024); // incompressible, served as is
const script = 'console.log("hello");\n'.repeat(2000);
mkdirSync(join(dir, 'lesson'));
writeFileSync(join(dir, 'data.bin'), binary);
writeFileSync(join(dir, 'app.js'), script);
writeFileSync(join(dir, 'lesson', 'index.html'), '<h1>lesson</h1>');
writeFileSync(join(dir, '404.html'), '<h1>missing</h1>');

const servers: ChildProcess[] = [];
function start(port: number, extra: string[] = []): Promise<void> {
  const child = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', String(port), '--base', '/site/', '--dir', dir, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  servers.push(child);
  return new Promise((resolve) => child.stdout!.once('data', () => resolve()));
}

// Raw bytes as sent (fetch would decompress gzip on its own and hide what the server did).
async function get(port: number, path: string, gzip: boolean) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; encoding?: string; body: Buffer; ms: number }>((resolve, reject) => {
    const t0 = performance.now();
    request({ host: '127.0.0.1', port, path, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), ms: performance.now() - t0 }));
    }).on('error', reject).end();
  });
}

beforeAll(() => Promise.all([start(4701), start(4702, ['--network', '20,30'])]));
afterAll(() => servers.forEach((s) => s.kill()));

describe.each([
  ['loopback', 4701],
  ['through the throttled link', 4702],
])('serve-dist %s', (_name, port) => {
  it('serves files byte for byte, compressed when the client accepts gzip', async () => {
    const plain = await get(port, '/site/data.bin', true);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.equals(binary)).toBe(true);
    const js = await get(port, '/site/app.js', true);
    expect(js.encoding).toBe('gzip');
    expect(gunzipSync(js.body).toString()).toBe(script);
    expect((await get(port, '/site/app.js', false)).body.toString()).toBe(script);
  });

  it('serves a folder by its index.html and a miss with 404.html', async () => {
    expect((await get(port, '/site/lesson/', false)).body.toString()).toContain('lesson');
    const miss = await get(port, '/site/nowhere', false);
    expect(miss.status).toBe(404);
    expect(miss.body.toString()).toContain('missing');
  });
});

it('the throttled link cannot deliver faster than its bandwidth (400 KB at 20 Mbit/s ≥ 160 ms)', async () => {
  const { ms, body } = await get(4702, '/site/data.bin', false);
  expect(body.length).toBe(binary.length);
  expect(ms).toBeGreaterThanOrEqual((binary.length * 8) / (20 * 1000));
});
