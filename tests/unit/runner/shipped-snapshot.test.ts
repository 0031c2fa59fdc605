// Whether a first visit fetches the build's interpreter snapshot: judged by how fast the standard
// library arrives, never by fetching anything extra; and how a bad or slow snapshot is given up.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_SAMPLE_BYTES, answerFetchWith, fetchShippedSnapshot, meteredFetch, rateWorthFetching } from '../../../src/runner/shipped-snapshot';
import { packSnapshot } from '../../../src/runner/snapshot-pack';

/** A fetch whose body comes in `chunks`, each `msEach` apart on a fake clock, after `latencyMs`. */
function slowServer(chunks: number[], msEach: number, latencyMs = 0) {
  let now = 0;
  const fetcher = (async () => {
    now += latencyMs;
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i === chunks.length) return controller.close();
        now += msEach;
        controller.enqueue(new Uint8Array(chunks[i++]));
      },
    }, { highWaterMark: 0 }); // a chunk "arrives" when read, not before
    return new Response(body);
  }) as unknown as typeof fetch;
  return { fetcher, clock: () => now };
}

const MB = 1024 * 1024;

describe('meteredFetch', () => {
  it('finds a fast link fast, from the first byte on: a long round trip is not a slow link', async () => {
    const { fetcher, clock } = slowServer([MB, MB, MB], 10, 500);
    const download = meteredFetch('/stdlib.zip', fetcher, clock);
    const body = await download.body;
    expect(body?.length).toBe(3 * MB);
    // 3 MB in 30 ms of body (the 500 ms before the first byte do not count): ~100 KB/ms.
    expect(await download.atLeast(90_000)).toBe(true);
    expect(await download.atLeast(120_000)).toBe(false);
  });

  it('finds a slow link slow', async () => {
    // 20 Mbit/s: 2.5 KB per ms.
    const { fetcher, clock } = slowServer(Array(12).fill(256 * 1024), 100);
    const download = meteredFetch('/stdlib.zip', fetcher, clock);
    await download.body;
    expect(await download.atLeast(rateWorthFetching(4_500_000))).toBe(false);
  });

  it('says no without a sample: nothing yet, or less than MIN_SAMPLE_BYTES of an unfinished body', async () => {
    const never = meteredFetch('/stdlib.zip', (() => new Promise(() => {})) as unknown as typeof fetch);
    expect(await never.atLeast(1)).toBe(false);
    let release!: () => void;
    const stalled = meteredFetch('/stdlib.zip', (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new Uint8Array(MIN_SAMPLE_BYTES - 1));
            await new Promise<void>((r) => (release = r));
            controller.close();
          },
        }),
      )) as unknown as typeof fetch);
    expect(await stalled.atLeast(1)).toBe(false);
    release();
    // A body smaller than the sample that has fully arrived is a sample.
    expect(await stalled.body).toHaveLength(MIN_SAMPLE_BYTES - 1);
    expect(await stalled.atLeast(1)).toBe(true);
  });

  it('counts chunks that came while the worker was busy', async () => {
    const { fetcher, clock } = slowServer([MB], 1);
    const download = meteredFetch('/stdlib.zip', fetcher, clock);
    // No await in between: the chunk waits in the stream until the check yields a task.
    expect(await download.atLeast(1000)).toBe(true);
  });

  it('reports a failed download as no body and no speed', async () => {
    const download = meteredFetch('/stdlib.zip', (async () => new Response('gone', { status: 404 })) as unknown as typeof fetch);
    expect(await download.body).toBeNull();
    expect(await download.atLeast(1)).toBe(false);
    const refused = meteredFetch('/stdlib.zip', (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch);
    expect(await refused.body).toBeNull();
  });
});

describe('answerFetchWith', () => {
  it('answers that one URL from the download under way, anything else from the network, until restored', async () => {
    const real = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => (asked.push(String(input)), new Response('network'))) as typeof fetch;
    try {
      const restore = answerFetchWith('http://site/pyodide/stdlib.zip?v=1', Promise.resolve(new Uint8Array([1, 2, 3])));
      expect(new Uint8Array(await (await fetch(new URL('http://site/pyodide/stdlib.zip?v=1'))).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
      // Asked twice (a boot that falls back asks again), answered twice.
      expect((await (await fetch('http://site/pyodide/stdlib.zip?v=1')).arrayBuffer()).byteLength).toBe(3);
      expect(await (await fetch('http://site/pyodide/other.json')).text()).toBe('network');
      restore();
      expect(await (await fetch('http://site/pyodide/stdlib.zip?v=1')).text()).toBe('network');
    } finally {
      globalThis.fetch = real;
    }
  });

  it('sends the request to the network when the download failed, so the failure is reported as usual', async () => {
    const real = globalThis.fetch;
    globalThis.fetch = (async () => new Response('missing', { status: 404 })) as unknown as typeof fetch;
    try {
      const restore = answerFetchWith('http://site/stdlib.zip', Promise.resolve(null));
      expect((await fetch('http://site/stdlib.zip')).status).toBe(404);
      restore();
    } finally {
      globalThis.fetch = real;
    }
  });
});

describe('fetchShippedSnapshot', () => {
  const memory = new Uint8Array(3 * 4096);
  memory.set([1, 2, 3], 4096 + 7);
  const served = (body: BodyInit | null, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

  it('gives the memory back as packed and gzipped by the build, and the packed bytes to keep', async () => {
    const packed = packSnapshot(memory);
    expect(await fetchShippedSnapshot('/interpreter.snap', 1000, served(gzipSync(packed)))).toEqual({ memory, packed });
  });

  it('rejects an error response, a file that is not a packed snapshot, and one that does not come in time', async () => {
    await expect(fetchShippedSnapshot('/interpreter.snap', 1000, served('', 500))).rejects.toThrow(/HTTP 500/);
    await expect(fetchShippedSnapshot('/interpreter.snap', 1000, served(gzipSync(new Uint8Array(100).fill(7))))).rejects.toThrow(/not one this code packed/);
    await expect(fetchShippedSnapshot('/interpreter.snap', 1000, served(new Uint8Array(100).fill(7)))).rejects.toThrow();
    const hangs = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    await expect(fetchShippedSnapshot('/interpreter.snap', 30, hangs)).rejects.toThrow(/took over 30 ms/);
  });
});
