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

// Written out rather than asked of Intl: the first DateTimeFormat of a page loads locale data
// (~13 ms in Node), and the dashboard's calendar names 371 days. Same text as en-GB.
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** "Jan" … "Dec" of a `YYYY-MM-DD` day. */
export const monthShort = (s: string): string => MONTHS_SHORT[Number(s.slice(5, 7)) - 1];

/** "6 Jan 2025" (or without the year). */
export function humanDay(s: string, year = true): string {
  const [y, , d] = s.split('-').map(Number);
  return `${d} ${monthShort(s)}${year ? ` ${y}` : ''}`;
}
