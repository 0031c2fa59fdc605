// The interpreter snapshot store: keys per site and build, old builds dropped, failures harmless.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_FOR_OFFLINE_BYTES, SNAPSHOT_CACHE, dropSnapshot, leavesRoomForOffline, readSnapshot, saveSnapshot, snapshotKey, snapshotNowOrLater } from '../../../src/runner/snapshot';
import { packSnapshot } from '../../../src/runner/snapshot-pack';

/** Just enough of CacheStorage for snapshot.ts, in memory. */
class FakeCache {
  entries = new Map<string, Response>();
  async match(key: string) {
    return this.entries.get(key)?.clone();
  }
  async put(key: string, response: Response) {
    this.entries.set(key, response);
  }
  async delete(key: string | Request) {
    return this.entries.delete(typeof key === 'string' ? key : key.url);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

let cache: FakeCache;
let opened: string[];
beforeEach(() => {
  cache = new FakeCache();
  opened = [];
  (globalThis as { caches?: unknown }).caches = { open: async (name: string) => (opened.push(name), cache) };
});
afterEach(() => delete (globalThis as { caches?: unknown }).caches);

const site = 'https://me.github.io/ml-dojo/pyodide/';
const key = (worker: string) => snapshotKey(site, `https://me.github.io/ml-dojo/_astro/${worker}`, '314.0.7');

describe('snapshot store', () => {
  it('keys a snapshot by site, Pyodide version and worker build', () => {
    expect(key('worker-abc.js')).toBe('https://me.github.io/ml-dojo/pyodide/__snapshot__/314.0.7/worker-abc.js');
    expect(key('worker-abc.js')).not.toBe(key('worker-def.js'));
  });

  it('reads back what it saved, in its own cache', async () => {
    expect(await saveSnapshot(key('worker-abc.js'), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(await readSnapshot(key('worker-abc.js'))).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readSnapshot(key('worker-def.js'))).toBeNull();
    expect(new Set(opened)).toEqual(new Set([SNAPSHOT_CACHE]));
  });

  it('keeps a snapshot without its empty pages, and reads an unpacked one (an older format) as none', async () => {
    const snapshot = new Uint8Array(64 * 4096);
    snapshot.set([7, 7, 7], 10 * 4096);
    await saveSnapshot(key('worker-abc.js'), snapshot);
    const kept = new Uint8Array(await (await cache.match(key('worker-abc.js')))!.arrayBuffer());
    expect(kept.length).toBeLessThan(2 * 4096);
    expect(await readSnapshot(key('worker-abc.js'))).toEqual(snapshot);
    await cache.put(key('worker-abc.js'), new Response(snapshot));
    expect(await readSnapshot(key('worker-abc.js'))).toBeNull();
  });

  it("keeps a snapshot that comes packed (the build's, as downloaded) as it is", async () => {
    const snapshot = new Uint8Array(64 * 4096);
    snapshot.set([7, 7, 7], 10 * 4096);
    const packed = packSnapshot(snapshot);
    await saveSnapshot(key('worker-abc.js'), packed, { packed: true });
    expect(new Uint8Array(await (await cache.match(key('worker-abc.js')))!.arrayBuffer())).toEqual(packed);
    expect(await readSnapshot(key('worker-abc.js'))).toEqual(snapshot);
  });

  it("drops this site's older builds but never another site's on the same origin", async () => {
    const fork = snapshotKey('https://me.github.io/other-fork/pyodide/', 'https://me.github.io/other-fork/_astro/worker-x.js', '314.0.7');
    await saveSnapshot(fork, new Uint8Array([9]));
    await saveSnapshot(key('worker-old.js'), new Uint8Array([1]));
    await saveSnapshot(key('worker-new.js'), new Uint8Array([2]));
    expect([...cache.entries.keys()].sort()).toEqual([fork, key('worker-new.js')].sort());
  });

  it('a broken or missing Cache Storage means no snapshot, never an exception', async () => {
    (globalThis as { caches?: unknown }).caches = { open: async () => Promise.reject(new Error('SecurityError')) };
    expect(await readSnapshot(key('worker-abc.js'))).toBeNull();
    expect(await saveSnapshot(key('worker-abc.js'), new Uint8Array([1]))).toBe(false);
    await expect(dropSnapshot(key('worker-abc.js'))).resolves.toBeUndefined();
  });

  it('never takes the room the offline cache needs: a nearly full origin gets no snapshot', async () => {
    const snapshot = 30_000_000;
    expect(leavesRoomForOffline(snapshot, { quota: 10e9, usage: 50e6 })).toBe(true);
    expect(leavesRoomForOffline(snapshot, { quota: 120e6, usage: 0 })).toBe(false);
    expect(leavesRoomForOffline(snapshot, { quota: snapshot + ROOM_FOR_OFFLINE_BYTES + 1e6, usage: 2e6 })).toBe(false);
    expect(leavesRoomForOffline(snapshot, null)).toBe(true);

    const storage = { estimate: async () => ({ quota: 100e6, usage: 20e6 }) };
    const nav = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { storage }, configurable: true });
    try {
      expect(await saveSnapshot(key('worker-abc.js'), new Uint8Array(1000))).toBe(false);
      expect(cache.entries.size).toBe(0);
      storage.estimate = async () => ({ quota: 10e9, usage: 20e6 });
      expect(await saveSnapshot(key('worker-abc.js'), new Uint8Array(1000))).toBe(true);
    } finally {
      if (nav) Object.defineProperty(globalThis, 'navigator', nav);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });
});

describe('snapshot now or later', () => {
  it('takes it now when no learner waits', async () => {
    expect(await snapshotNowOrLater(() => false)).toBe('now');
  });

  it('reads a "learner waiting" message that queued up while the worker was busy, before deciding', async () => {
    let waiting = false;
    // The message event, queued behind the synchronous boot step that is running now.
    setTimeout(() => (waiting = true), 0);
    expect(await snapshotNowOrLater(() => waiting)).toBe('later');
  });
});
