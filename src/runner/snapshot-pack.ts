// The interpreter snapshot is the whole wasm memory, ~31 MB, of which ~18 MB are pages never
// written (all zeros). Kept without them it is ~13 MB: less of the learner's disk taken from the
// offline cache, and fewer bytes to read out of Cache Storage before a warm visit's first output.
// Gzip would shrink it further (~5 MB) but costs ~150 ms to compress and tens of ms to expand;
// dropping zero pages costs ~20–30 ms to pack (in the background, after boot) and ~10 ms to unpack.

/** Bytes per page: wasm memory grows in 64 KB pages, and 4 KB finds more of its untouched runs. */
export const SNAPSHOT_PAGE_BYTES = 4096;
const MAGIC = 0x53444c4d; // "MLDS", little-endian
const FORMAT = 1;
const HEADER_BYTES = 16;

/** Whether bytes `start`..`end` hold anything but zeros (`words` views the same bytes, for speed). */
function pageHasData(words: Uint32Array, bytes: Uint8Array, start: number, end: number): boolean {
  const wordEnd = Math.min(end >> 2, words.length);
  for (let w = start >> 2; w < wordEnd; w++) if (words[w] !== 0) return true;
  for (let b = wordEnd << 2; b < end; b++) if (bytes[b] !== 0) return true;
  return false;
}

/** `snapshot` without its all-zero pages: a header, one byte per page (kept or not), the kept pages. */
export function packSnapshot(snapshot: Uint8Array): Uint8Array {
  // A copy when unaligned: a Uint32 view needs a 4-byte-aligned offset (Pyodide's is at 0).
  const bytes = snapshot.byteOffset % 4 === 0 ? snapshot : snapshot.slice();
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  const pages = Math.ceil(bytes.length / SNAPSHOT_PAGE_BYTES);
  const kept = new Uint8Array(pages);
  let keptBytes = 0;
  for (let p = 0; p < pages; p++) {
    const start = p * SNAPSHOT_PAGE_BYTES;
    const end = Math.min(bytes.length, start + SNAPSHOT_PAGE_BYTES);
    if (pageHasData(words, bytes, start, end)) (kept[p] = 1), (keptBytes += end - start);
  }
  const packed = new Uint8Array(HEADER_BYTES + pages + keptBytes);
  const header = new DataView(packed.buffer, 0, HEADER_BYTES);
  [MAGIC, FORMAT, bytes.length, SNAPSHOT_PAGE_BYTES].forEach((value, i) => header.setUint32(i * 4, value, true));
  packed.set(kept, HEADER_BYTES);
  let at = HEADER_BYTES + pages;
  for (let p = 0; p < pages; p++) {
    if (!kept[p]) continue;
    const page = bytes.subarray(p * SNAPSHOT_PAGE_BYTES, Math.min(bytes.length, (p + 1) * SNAPSHOT_PAGE_BYTES));
    packed.set(page, at);
    at += page.length;
  }
  return packed;
}

/** The snapshot `packSnapshot` packed, or null for anything else (another format, a truncated file). */
export function unpackSnapshot(packed: Uint8Array): Uint8Array | null {
  if (packed.length < HEADER_BYTES) return null;
  const header = new DataView(packed.buffer, packed.byteOffset, HEADER_BYTES);
  const [magic, format, length, pageBytes] = [0, 4, 8, 12].map((at) => header.getUint32(at, true));
  if (magic !== MAGIC || format !== FORMAT || pageBytes !== SNAPSHOT_PAGE_BYTES) return null;
  const pages = Math.ceil(length / pageBytes);
  if (packed.length < HEADER_BYTES + pages) return null;
  const kept = packed.subarray(HEADER_BYTES, HEADER_BYTES + pages);
  let keptBytes = 0;
  for (let p = 0; p < pages; p++) if (kept[p]) keptBytes += Math.min(pageBytes, length - p * pageBytes);
  if (packed.length !== HEADER_BYTES + pages + keptBytes) return null;
  const snapshot = new Uint8Array(length);
  let at = HEADER_BYTES + pages;
  for (let p = 0; p < pages; p++) {
    if (!kept[p]) continue;
    const size = Math.min(pageBytes, length - p * pageBytes);
    snapshot.set(packed.subarray(at, at + size), p * pageBytes);
    at += size;
  }
  return snapshot;
}
