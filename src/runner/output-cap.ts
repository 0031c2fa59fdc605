// Streams a job's output to the page in chunks while keeping only the first `limit` characters:
// a `while True: print(...)` must neither freeze the page nor fill its memory.
export class OutputCap {
  private kept = 0;
  private pending = '';
  private lastFlush = 0;
  dropped = 0;

  constructor(
    private readonly emit: (text: string) => void,
    private readonly limit = 100_000,
    private readonly flushEveryMs = 40,
    private readonly now: () => number = () => performance.now(),
  ) {}

  write(text: string): void {
    const room = this.limit - this.kept;
    if (room <= 0) {
      this.dropped += text.length;
      return;
    }
    const piece = text.length > room ? text.slice(0, room) : text;
    this.dropped += text.length - piece.length;
    this.kept += piece.length;
    this.pending += piece;
    // postMessage works while Python runs synchronously, timers do not: flush on size or age.
    if (this.pending.length >= 8192 || this.now() - this.lastFlush >= this.flushEveryMs) this.flush();
  }

  flush(): void {
    if (!this.pending) return;
    this.emit(this.pending);
    this.pending = '';
    this.lastFlush = this.now();
  }
}
