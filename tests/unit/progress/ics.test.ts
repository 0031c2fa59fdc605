import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../../src/progress/ics.ts';
import { firstOn, planToIcs } from '../../../src/progress/plan-calendar.ts';
import { plan } from '../../../src/progress/planner.ts';
import { ROUTINES, presetById } from '../../../src/progress/presets.ts';
import { emptyProgress } from '../../../src/progress/migrate.ts';
import { catalog } from './fixtures.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const NOW = Date.UTC(2025, 0, 5, 12, 30, 0);

describe('RFC 5545 text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets, continuation lines starting with one space', () => {
    const line = 'DESCRIPTION:' + 'x'.repeat(200);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBe(3);
    expect(octets(folded[0])).toBe(75);
    expect(folded.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = 'SUMMARY:' + 'é✓😀'.repeat(40);
    const parts = foldLine(line).split('\r\n');
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
    }
    expect(parts.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('calendar file', () => {
  it('has the required structure, CRLF everywhere and no bare LF', () => {
    const ics = buildIcs([{ uid: 'a@ml-dojo', summary: 'Week 1, part; two', allDay: { start: '2025-01-06', endExclusive: '2025-01-13' } }], NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('\r\nDTSTAMP:20250105T123000Z\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20250106\r\nDTEND;VALUE=DATE:20250113\r\n');
    expect(ics).toContain('\r\nSUMMARY:Week 1\\, part\\; two\r\n');
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('turns a plan into weekly events, a finish milestone and recurring sessions', () => {
    const p = plan({ preset: presetById('custom'), hoursPerWeek: 8, start: '2025-01-08', today: '2025-01-08' }, catalog, emptyProgress());
    const ics = planToIcs(p, { origin: 'https://example.github.io', routine: ROUTINES['004-week'], sessionTime: '19:30', now: NOW });
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(p.weeks.length + 1 + 3);
    expect(unfolded).toContain('SUMMARY:ML Dojo week 1: A1\\, B1 (8 h)');
    expect(unfolded).toContain('https://example.github.io/ml-dojo/modules/alpha/');
    expect(unfolded).toContain('SUMMARY:ML Dojo: projected finish');
    // Wednesday start: the weekday session begins that day, the Saturday one on the 11th.
    expect(unfolded).toContain('DTSTART:20250108T193000\r\nDURATION:PT3H\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20250128T235959');
    expect(unfolded).toContain('DTSTART:20250111T193000\r\nDURATION:PT4H\r\n');
    expect(unfolded).toContain('DTSTART:20250112T193000\r\nDURATION:PT1H\r\n');
    expect(new Set(unfolded.match(/UID:.*/g)).size).toBe(p.weeks.length + 4);
  });

  it('finds the first session day on or after the start', () => {
    expect(firstOn('2025-01-08', ['SA'])).toBe('2025-01-11');
    expect(firstOn('2025-01-08', ['WE'])).toBe('2025-01-08');
  });
});
