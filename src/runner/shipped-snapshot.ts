// Whether a first visit fetches the build's interpreter snapshot (scripts/make-snapshot.ts), and
// how. Restoring it skips CPython's boot (~0.35 s of a cold worker boot here, interleaved A/B in
// the README), but it is ~4.5 MB more to download: worth it only when the link brings it sooner
// than Python would boot. The worker fetches the standard library itself, which it needs anyway,
// and judges the link by how fast that arrives: nothing extra crosses a slow link to find out.
// Where the link is fast but the machine busy (this project's 2-core test host), the rate measured
// is the machine's, and it may say no.
import { unpackSnapshot } from './snapshot-pack';

/** Fetch the snapshot only if the link should bring it within this: about what restoring it saves. */
export const SHIPPED_SNAPSHOT_BUDGET_MS = 300;

/** Give up on the snapshot after this and boot as usual: the link was slower than it looked. */
export const SHIPPED_SNAPSHOT_DEADLINE_MS = 1000;

/** Fewer bytes than this say little about a link (TCP is still ramping up). */
export const MIN_SAMPLE_BYTES = 256 * 1024;

/** A download whose speed is watched. */
export interface MeteredDownload {
  /** What is being downloaded. */
  url: string;
  /**
   * Whether the body is arriving at `bytesPerMs` or faster, counted from its first byte (a round
   * trip is not bandwidth), over at least MIN_SAMPLE_BYTES or the whole body. Never waits for a
   * sample: fewer bytes by now mean a link too slow (or a server too far) to be worth it.
   */
  atLeast(bytesPerMs: number): Promise<boolean>;
  /** The whole body, or null if the request failed. */
  body: Promise<Uint8Array | null>;
}

export function meteredFetch(url: string, fetcher: typeof fetch = fetch, clock: () => number = () => performance.now()): MeteredDownload {
  let bodyStarted: number | null = null;
  let received = 0;
  let finishedAt: number | null = null;
  const body = fetcher(url)
    .then(async (response) => {
      if (!response.ok || !response.body) return null;
      bodyStarted = clock();
      const chunks: Uint8Array[] = [];
      const reader = response.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) (chunks.push(r.value), (received += r.value.length));
      finishedAt = clock();
      const all = new Uint8Array(received);
      let at = 0;
      for (const chunk of chunks) (all.set(chunk, at), (at += chunk.length));
      return all;
    })
    .catch(() => null);
  return {
    url,
    async atLeast(bytesPerMs) {
      // Chunks that came while the worker was busy are counted once it gets to them: one task.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (bodyStarted === null || (finishedAt === null && received < MIN_SAMPLE_BYTES)) return false;
      return received / Math.max(1, (finishedAt ?? clock()) - bodyStarted) >= bytesPerMs;
    },
    body,
  };
}

/** The rate at which `bytes` arrive within the budget: the link speed worth fetching them at. */
export function rateWorthFetching(bytes: number, budgetMs = SHIPPED_SNAPSHOT_BUDGET_MS): number {
  return bytes / budgetMs;
}

/** The build's snapshot as downloaded: the memory to restore, and the packed bytes to keep. */
export interface ShippedSnapshot {
  memory: Uint8Array;
  packed: Uint8Array;
}

/**
 * The snapshot at `url`; rejects if it fails, or has not arrived within `deadlineMs` (the link
 * was slower than it looked: the download is abandoned and Python boots as usual).
 */
export async function fetchShippedSnapshot(url: string, deadlineMs: number, fetcher: typeof fetch = fetch): Promise<ShippedSnapshot> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`the interpreter snapshot took over ${deadlineMs} ms`)), deadlineMs);
  try {
    const response = await fetcher(url, { signal: abort.signal });
    if (!response.ok || !response.body) throw new Error(`the interpreter snapshot: HTTP ${response.status}`);
    const packed = new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    const memory = unpackSnapshot(packed);
    if (!memory) throw new Error('the interpreter snapshot is not one this code packed');
    return { memory, packed };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Until the returned function is called, answer `fetch(url)` with `body`, a download already under
 * way (Pyodide asks for the standard library once it has loaded; the worker started it earlier).
 * If that download failed, the request goes to the network, so the failure is reported as usual.
 */
export function answerFetchWith(url: string, body: Promise<Uint8Array | null>): () => void {
  const realFetch = globalThis.fetch;
  const href = new URL(url, globalThis.location?.href).href;
  globalThis.fetch = async (input, init) => {
    const asked = input instanceof Request ? input.url : new URL(String(input), globalThis.location?.href).href;
    const bytes = asked === href ? await body : null;
    return bytes ? new Response(bytes as BufferSource, { headers: { 'content-type': 'application/zip' } }) : realFetch(input, init);
  };
  return () => void (globalThis.fetch = realFetch);
}
