// Booting CPython from a memory snapshot takes ~0.15–0.2 s instead of ~0.3–0.4 s from the
// precompiled standard library (Node; ~1.5 s back when it was compiled from source), and a warm
// lesson gives first output in ~0.75 s with it against ~0.96 s without (Chromium). A first visit
// boots normally, imports the grader, snapshots the interpreter before any learner code has run
// (~25 ms in Node, more in a busy browser) and keeps it in Cache Storage without its empty pages
// (snapshot-pack.ts); later visits restore it. When a Run is already waiting, the first worker
// skips the snapshot and the warm spare, booting while the learner reads, takes it (worker.ts).
// Pyodide's snapshot options are private API, so every step falls back to a normal boot and never
// throws.

import { packSnapshot, unpackSnapshot } from './snapshot-pack';

/** Cache Storage bucket; the offline service worker keeps it across deploys (src/offline/sw.js). */
export const SNAPSHOT_CACHE = 'mldojo-python-snapshot';

/**
 * One key per Pyodide core and worker build: `core` names Pyodide's version and the standard
 * library's hash (a restored interpreter keeps the zip's directory in memory, so it must meet the
 * very zip it was made with), and the worker's file name carries a content hash, so a change to
 * the worker, the grader or the boot environment never restores a stale interpreter.
 */
export function snapshotKey(indexURL: string, workerHref: string, core: string): string {
  const worker = new URL(workerHref).pathname.split('/').pop() ?? 'worker';
  return new URL(`__snapshot__/${core}/${worker}`, indexURL).href;
}

/**
 * Take the snapshot now, or leave it to a later worker because a learner waits (`learnerWaiting`
 * reads a flag set by the page's `learner-waiting` message). That message usually arrives while
 * the worker is busy in Pyodide's long, synchronous boot step, and sits in its queue: yield one
 * task first, so it is read before deciding.
 */
export async function snapshotNowOrLater(learnerWaiting: () => boolean): Promise<'now' | 'later'> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return learnerWaiting() ? 'later' : 'now';
}

/** Whether this context can keep a snapshot at all (Cache Storage needs a secure context). */
export function canKeepSnapshots(): boolean {
  return typeof caches !== 'undefined';
}

/** The snapshot kept under `key`, or null: none kept, storage unavailable, or not one this code packed. */
export async function readSnapshot(key: string): Promise<Uint8Array | null> {
  try {
    const hit = await (await caches.open(SNAPSHOT_CACHE)).match(key);
    return hit ? unpackSnapshot(new Uint8Array(await hit.arrayBuffer())) : null;
  } catch {
    return null;
  }
}

/**
 * Storage a snapshot must leave free for the offline cache (the Pyodide core is ~14 MB, the usual
 * packages several tens): working offline matters more than starting fast. The service worker
 * gives up the snapshot too when a file it keeps no longer fits (src/offline/sw.js).
 */
export const ROOM_FOR_OFFLINE_BYTES = 100_000_000;

/** Whether a snapshot of `bytes` fits and still leaves the offline cache its room. */
export function leavesRoomForOffline(bytes: number, estimate: StorageEstimate | null): boolean {
  if (!estimate?.quota) return true; // unknown: try, a full disk just refuses the write
  return estimate.quota - (estimate.usage ?? 0) >= bytes + ROOM_FOR_OFFLINE_BYTES;
}

/**
 * Keep `snapshot`, packed, under `key` and drop this site's snapshots of older builds (only this
 * site's: forks on one GitHub Pages domain share an origin). A full disk just means no snapshot.
 * `packed`: the snapshot comes packed already (the build's, as downloaded), so it is kept as is.
 */
export async function saveSnapshot(key: string, snapshot: Uint8Array, { packed = false } = {}): Promise<boolean> {
  try {
    const estimate = (await globalThis.navigator?.storage?.estimate?.().catch(() => null)) ?? null;
    // Packed here, off the path to first output: the worker calls this a while after booting.
    const bytes = packed ? snapshot : packSnapshot(snapshot);
    if (!leavesRoomForOffline(bytes.byteLength, estimate)) return false;
    const cache = await caches.open(SNAPSHOT_CACHE);
    const site = key.slice(0, key.indexOf('__snapshot__/'));
    for (const old of await cache.keys()) if (old.url !== key && old.url.startsWith(site)) await cache.delete(old);
    await cache.put(key, new Response(bytes as BufferSource, { headers: { 'content-type': 'application/octet-stream' } }));
    return true;
  } catch {
    return false;
  }
}

export async function dropSnapshot(key: string): Promise<void> {
  try {
    await (await caches.open(SNAPSHOT_CACHE)).delete(key);
  } catch {
    // Nothing to drop, or storage is unavailable: the next boot is a normal one either way.
  }
}
