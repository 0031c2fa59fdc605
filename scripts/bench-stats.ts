// Statistics for `npm run bench`. On a small shared machine one cold page load varies by ±10–30 %,
// so a ratio of two medians means little without its spread: the bench reports a 95 % interval.

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A small seeded generator (mulberry32), so the same samples always give the same interval. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatioEstimate {
  /** median(numerator) / median(denominator). */
  ratio: number;
  /** 2.5th and 97.5th percentiles of the same ratio over bootstrap resamples. */
  low: number;
  high: number;
}

/**
 * Ratio of medians with a percentile-bootstrap 95 % interval. Samples are paired by run (run i
 * measured both pages back to back), so resampling picks runs, keeping each pair's shared conditions.
 */
export function ratioOfMedians(numerator: number[], denominator: number[], resamples = 4000, seed = 1): RatioEstimate {
  if (numerator.length !== denominator.length || numerator.length === 0) throw new Error('need paired, non-empty samples');
  const n = numerator.length;
  const next = random(seed);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const num: number[] = [];
    const den: number[] = [];
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(next() * n);
      num.push(numerator[pick]);
      den.push(denominator[pick]);
    }
    ratios.push(median(num) / median(den));
  }
  ratios.sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.min(resamples - 1, Math.floor(q * resamples))];
  return { ratio: median(numerator) / median(denominator), low: at(0.025), high: at(0.975) };
}
