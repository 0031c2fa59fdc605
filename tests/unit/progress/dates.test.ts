// Dates are written by hand (no locale data to load on the dashboard); they must read exactly as
// en-GB formatting would write them.
import { describe, expect, it } from 'vitest';
import { addDays, humanDay, parseDay } from '../../../src/progress/dates.ts';
import { calendarGrid } from '../../../src/progress/stats.ts';

const intl = (day: string, year: boolean) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', ...(year ? { year: 'numeric' as const } : {}) }).format(parseDay(day));

describe('humanDay', () => {
  it('reads like en-GB for every day of a leap year, with and without the year', () => {
    for (let day = '2028-01-01'; day < '2029-01-01'; day = addDays(day, 1)) {
      expect(humanDay(day)).toBe(intl(day, true));
      expect(humanDay(day, false)).toBe(intl(day, false));
    }
  });

  it('labels the calendar months like en-GB', () => {
    const { months } = calendarGrid({ activity: {}, lessons: {}, exercises: {} } as never, '2026-11-24');
    expect(months.length).toBeGreaterThanOrEqual(12);
    for (const m of months) expect(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']).toContain(m.label);
    expect(months.at(-1)!.label).toBe(new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(parseDay('2026-11-01')));
  });
});
