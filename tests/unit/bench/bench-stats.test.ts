import { describe, expect, it } from 'vitest';
import { median, ratioOfMedians } from '../../../scripts/bench-stats.ts';

describe('bench statistics', () => {
  it('takes the middle of an odd sample and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives an exact ratio and a zero-width interval when every run shows the same ratio', () => {
    const floor = [2000, 2500, 3000, 2200, 2700];
    const est = ratioOfMedians(floor.map((x) => x * 1.2), floor);
    expect(est.ratio).toBeCloseTo(1.2, 10);
    expect(est.low).toBeCloseTo(1.2, 10);
    expect(est.high).toBeCloseTo(1.2, 10);
  });

  it('brackets the estimate with an interval that widens with noise and is reproducible', () => {
    const floor = [2400, 2300, 2600, 2500, 2450, 2350, 2550, 2480, 2420, 2390, 2510];
    const noisy = [2900, 2500, 3300, 2600, 3100, 2700, 2650, 3000, 2550, 2800, 2750];
    const est = ratioOfMedians(noisy, floor);
    expect(est.low).toBeLessThan(est.ratio);
    expect(est.high).toBeGreaterThan(est.ratio);
    expect(est.low).toBeGreaterThan(1); // every run was slower: the whole interval is above 1
    expect(ratioOfMedians(noisy, floor)).toEqual(est);
    const calmer = ratioOfMedians(noisy.map((x, i) => (x + floor[i] * 1.15) / 2), floor);
    expect(calmer.high - calmer.low).toBeLessThan(est.high - est.low);
  });

  it('refuses unpaired samples', () => {
    expect(() => ratioOfMedians([1, 2], [1])).toThrow(/paired/);
    expect(() => ratioOfMedians([], [])).toThrow(/paired/);
  });
});
