import { describe, expect, it } from 'vitest';
import { OutputCap } from '../../../src/runner/output-cap.ts';

describe('OutputCap', () => {
  it('keeps the first `limit` characters, counts the rest, and flushes everything kept', () => {
    const chunks: string[] = [];
    let t = 0;
    const cap = new OutputCap((s) => chunks.push(s), 10, 40, () => t);
    cap.write('abcdef');
    t = 100;
    cap.write('ghijkl');
    cap.write('more');
    cap.flush();
    expect(chunks.join('')).toBe('abcdefghij');
    expect(cap.dropped).toBe(6);
  });

  it('streams in chunks while output keeps coming (no wait for the end)', () => {
    const chunks: string[] = [];
    let t = 0;
    const cap = new OutputCap((s) => chunks.push(s), 1_000_000, 40, () => t);
    for (let i = 0; i < 10; i++) {
      t += 50;
      cap.write(`line ${i}\n`);
    }
    expect(chunks.length).toBeGreaterThanOrEqual(9);
  });
});
