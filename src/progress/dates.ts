// Calendar-date arithmetic on `YYYY-MM-DD` strings. Computed in UTC so that daylight-saving
// changes never make a "week" 6 or 8 days long.
import { DAY } from './keys.ts';

export const DAY_MS = 864e5;
const [Y, M, D] = [0, 1, 2];

export function parseDay(s: string): number {
  const p = s.split('-').map(Number);
  return Date.UTC(p[Y], p[M] - 1, p[D]);
}
export const formatDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (s: string, n: number): string => formatDay(parseDay(s) + n * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((parseDay(to) - parseDay(from)) / DAY_MS);
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (s: string): number => new Date(parseDay(s)).getUTCDay();
export const isDay = (s: unknown): s is string => typeof s === 'string' && DAY.test(s) && formatDay(parseDay(s)) === s;

/** "6 Jan 2025" (or without the year). */
export function humanDay(s: string, year = true): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}) }).format(parseDay(s));
}
