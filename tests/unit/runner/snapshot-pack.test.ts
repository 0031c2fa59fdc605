// Snapshots are kept without their all-zero pages; what comes back must be the very bytes, and
// anything that is not a packed snapshot must read as "no snapshot", never as a wrong interpreter.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_PAGE_BYTES as PAGE, packSnapshot, unpackSnapshot } from '../../../src/runner/snapshot-pack';

/** `pages` pages of zeros with a few marked bytes, and an uneven tail. */
function memory(pages: number, marks: number[], tail = 123): Uint8Array {
  const bytes = new Uint8Array(pages * PAGE + tail);
  for (const at of marks) bytes[at] = (at % 251) + 1;
  return bytes;
}

describe('snapshot packing', () => {
  it('gives back exactly the bytes it was given, and leaves out pages that hold only zeros', () => {
    const bytes = memory(40, [0, 5 * PAGE + 17, 6 * PAGE - 1, 39 * PAGE + 4095, 40 * PAGE + 122]);
    const packed = packSnapshot(bytes);
    expect(unpackSnapshot(packed)).toEqual(bytes);
    // pages 0, 5, 39 and the tail are kept; 36 pages of zeros are not
    expect(packed.length).toBeLessThan(4 * PAGE + 123 + 16 + 41 + 1);
    expect(packed.length).toBeGreaterThan(3 * PAGE + 123);
  });

  it('keeps a page whose only data is in its last byte, or in a byte past the last whole word', () => {
    for (const marks of [[PAGE - 1], [2 * PAGE + 3], [3 * PAGE + 1]]) {
      const bytes = memory(3, marks, 2); // 3 pages and a 2-byte tail: the tail is not a whole word
      expect(unpackSnapshot(packSnapshot(bytes))).toEqual(bytes);
    }
  });

  it('round-trips memory of only zeros, only data, and nothing at all', () => {
    const zeros = new Uint8Array(8 * PAGE);
    expect(packSnapshot(zeros).length).toBe(16 + 8);
    expect(unpackSnapshot(packSnapshot(zeros))).toEqual(zeros);
    const full = new Uint8Array(3 * PAGE + 9).map((_, i) => (i % 255) + 1);
    expect(unpackSnapshot(packSnapshot(full))).toEqual(full);
    expect(unpackSnapshot(packSnapshot(new Uint8Array(0)))).toEqual(new Uint8Array(0));
  });

  it('packs a view that does not start on a word boundary', () => {
    const backing = memory(4, [1, 2 * PAGE + 9], 0);
    const view = backing.subarray(1, backing.length - 1);
    expect(unpackSnapshot(packSnapshot(view))).toEqual(view);
    expect(view.byteOffset % 4).not.toBe(0);
  });

  it('refuses what is not a packed snapshot: a raw one, a truncated or padded file, another format', () => {
    const bytes = memory(10, [3, 7 * PAGE]);
    const packed = packSnapshot(bytes);
    expect(unpackSnapshot(bytes)).toBeNull(); // an unpacked snapshot from an older build
    expect(unpackSnapshot(packed.subarray(0, packed.length - 1))).toBeNull();
    expect(unpackSnapshot(packed.subarray(0, 10))).toBeNull();
    const padded = new Uint8Array(packed.length + 1);
    padded.set(packed);
    expect(unpackSnapshot(padded)).toBeNull();
    const otherFormat = packed.slice();
    otherFormat[4] = 2;
    expect(unpackSnapshot(otherFormat)).toBeNull();
    const wrongMap = packed.slice();
    wrongMap[16 + 1] = 1; // claims a page that is not there
    expect(unpackSnapshot(wrongMap)).toBeNull();
  });
});
