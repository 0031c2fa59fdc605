// An in-memory Web Storage with a byte quota, failure switches and, for the multi-tab tests,
// replicas that see each other's writes only when `deliver()` runs (as Chrome's per-process
// localStorage caches do), firing storage events on delivery.

export class FakeStorage {
  private map = new Map<string, string>();
  /** Total characters (keys + values) allowed, like a browser's per-origin quota. */
  quota = Infinity;
  /** Makes every access throw, as when the browser blocks storage. */
  blocked = false;
  private peers: { target: FakeStorage; queue: [string | null, string | null][] }[] = [];
  private listeners: ((key: string | null) => void)[] = [];

  get length(): number {
    this.check();
    return this.map.size;
  }
  key(i: number): string | null {
    this.check();
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    this.check();
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string): void {
    this.check();
    v = String(v);
    const used = this.used() - (this.map.has(k) ? k.length + this.map.get(k)!.length : 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, v);
    this.broadcast(k, v);
  }
  removeItem(k: string): void {
    this.check();
    if (this.map.delete(k)) this.broadcast(k, null);
  }
  clear(): void {
    this.check();
    this.map.clear();
    this.broadcast(null, null);
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
  asStorage(): Storage {
    return this as unknown as Storage;
  }

  /** Two replicas of one origin's storage, as two tabs in different processes see it. */
  static replicas(): [FakeStorage, FakeStorage] {
    const a = new FakeStorage();
    const b = new FakeStorage();
    a.peers.push({ target: b, queue: [] });
    b.peers.push({ target: a, queue: [] });
    return [a, b];
  }
  /** Subscribes to storage events (writes made by the other replica, on delivery). */
  watch = (cb: (key: string | null) => void): void => void this.listeners.push(cb);
  /** Applies this replica's queued writes to its peers and fires their storage events. */
  deliver(): void {
    for (const peer of this.peers) {
      for (const [k, v] of peer.queue.splice(0)) {
        if (k === null) peer.target.map.clear();
        else if (v === null) peer.target.map.delete(k);
        else peer.target.map.set(k, v);
        peer.target.listeners.forEach((l) => l(k));
      }
    }
  }
  private broadcast(k: string | null, v: string | null) {
    for (const peer of this.peers) peer.queue.push([k, v]);
  }
  private check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

/** A clock that moves only when told to. */
export function clock(start = new Date(2025, 0, 15, 9, 0).getTime()) {
  let t = start;
  const now = () => t;
  now.advance = (ms: number) => void (t += ms);
  now.set = (ms: number) => void (t = ms);
  return now;
}
