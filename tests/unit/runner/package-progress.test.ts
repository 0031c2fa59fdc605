// Package downloads report names and bytes, and a stalled download fails instead of hanging.
import { describe, expect, it } from 'vitest';
import { PackageFetchTracker, type PackageProgress } from '../../../src/runner/package-progress.ts';

function streamOf(chunks: Uint8Array[], delayMs = 0): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const next = chunks.shift();
      if (!next) return controller.close();
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      controller.enqueue(next);
    },
  });
}

describe('PackageFetchTracker', () => {
  it('counts the bytes of package files while a load is active, and passes other fetches through', async () => {
    const seen: PackageProgress[] = [];
    const tracker = new PackageFetchTracker((p) => seen.push({ ...p }));
    const scope = { fetch: (async () => new Response(streamOf([new Uint8Array(1000), new Uint8Array(500)]), { headers: { 'content-length': '1500' } })) as typeof fetch };
    tracker.install('https://cdn.example/full/', scope);
    await (await scope.fetch('https://cdn.example/full/numpy-2.4.6-cp314-cp314-pyodide_2026_0_wasm32.whl')).arrayBuffer();
    expect(seen).toEqual([]); // no load active: untouched
    tracker.begin(['numpy']);
    const body = await (await scope.fetch('https://cdn.example/full/numpy-2.4.6-cp314-cp314-pyodide_2026_0_wasm32.whl')).arrayBuffer();
    tracker.end();
    expect(body.byteLength).toBe(1500);
    expect(seen.at(-1)).toEqual({ packages: ['numpy'], loadedBytes: 1500, totalBytes: 1500 });
  });

  it('names the package files that arrived, once, and not those that failed', async () => {
    const tracker = new PackageFetchTracker(() => {});
    const scope = {
      fetch: (async (input: RequestInfo | URL) =>
        String(input).includes('missing') ? new Response('no', { status: 404 }) : new Response(streamOf([new Uint8Array(10)]))) as typeof fetch,
    };
    tracker.install('https://cdn.example/full/', scope);
    tracker.begin(['numpy', 'missing']);
    await (await scope.fetch('https://cdn.example/full/numpy-2.4.6-cp314-cp314-pyodide_2026_0_wasm32.whl')).arrayBuffer();
    await scope.fetch('https://cdn.example/full/missing-1.0-py3-none-any.whl');
    tracker.end();
    expect(tracker.takeFetched()).toEqual(['https://cdn.example/full/numpy-2.4.6-cp314-cp314-pyodide_2026_0_wasm32.whl']);
    expect(tracker.takeFetched()).toEqual([]);
  });

  it('aborts a download that stops sending data', async () => {
    const tracker = new PackageFetchTracker(() => {}, 50);
    const scope = {
      fetch: (async (_: RequestInfo | URL, init?: RequestInit) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new Uint8Array(10));
              init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
            },
          }),
        )) as typeof fetch,
    };
    tracker.install('https://cdn.example/full/', scope);
    tracker.begin(['pandas']);
    const response = await scope.fetch('https://cdn.example/full/pandas-3.0.2-cp314-cp314-pyodide_2026_0_wasm32.whl');
    await expect(response.arrayBuffer()).rejects.toThrow(/stalled/);
  });
});
