import { describe, expect, it } from 'vitest';
import { finishDay, plan, schedule, units, type PlanUnit } from '../../../src/progress/planner.ts';
import { PRESETS, challengeTargets, presetById } from '../../../src/progress/presets.ts';
import { emptyProgress } from '../../../src/progress/migrate.ts';
import { catalog } from './fixtures.ts';

const u = (id: string, minutes: number): PlanUnit => ({ id, code: id.toUpperCase(), title: id, track: 'A', href: `/${id}/`, minutes });

describe('schedule: week-by-week packing', () => {
  it('fills each week to its capacity, splitting modules across weeks', () => {
    const weeks = schedule([{ units: [u('a', 300), u('b', 200), u('c', 700)], fromWeek: 0, minutesPerWeek: 600 }], '2025-01-06');
    expect(weeks.map((w) => [w.index, w.start, w.end, w.minutes])).toEqual([
      [1, '2025-01-06', '2025-01-12', 600],
      [2, '2025-01-13', '2025-01-19', 600],
    ]);
    expect(weeks[0].items.map((i) => [i.id, i.minutes])).toEqual([['a', 300], ['b', 200], ['c', 100]]);
    expect(weeks[1].items.map((i) => [i.id, i.minutes])).toEqual([['c', 600]]);
    expect(finishDay(weeks)).toBe('2025-01-19');
  });

  it('puts the finish inside the last week when it is only partly used', () => {
    const weeks = schedule([{ units: [u('a', 700)], fromWeek: 0, minutesPerWeek: 600 }], '2025-01-06');
    expect(weeks).toHaveLength(2);
    expect(weeks[1].minutes).toBe(100);
    expect(finishDay(weeks)).toBe('2025-01-14'); // 100 of 600 minutes = 7/6 days → 2 days into week 2
  });

  it('derives the pace from a deadline and never overruns it', () => {
    const weeks = schedule([{ units: [u('a', 1000), u('b', 1000)], fromWeek: 0, toWeek: 3 }], '2025-01-06');
    expect(weeks).toHaveLength(3);
    expect(weeks.map((w) => w.minutes)).toEqual([667, 667, 666]);
  });

  it('spreads each segment over its own window', () => {
    const weeks = schedule(
      [
        { label: 'P1', units: [u('a', 100)], fromWeek: 0, toWeek: 2 },
        { label: 'P2', units: [u('b', 900)], fromWeek: 2, toWeek: 5 },
      ],
      '2025-01-06',
    );
    expect(weeks.map((w) => [w.index, w.phase, w.minutes])).toEqual([[1, 'P1', 50], [2, 'P1', 50], [3, 'P2', 300], [4, 'P2', 300], [5, 'P2', 300]]);
  });

  it('starts a segment no earlier than the week after the previous one ended', () => {
    const weeks = schedule(
      [
        { units: [u('a', 250)], fromWeek: 0, minutesPerWeek: 100 },
        { units: [u('b', 50)], fromWeek: 1, minutesPerWeek: 100 },
      ],
      '2025-01-06',
    );
    expect(weeks.map((w) => [w.index, w.items[0].id, w.minutes])).toEqual([[1, 'a', 100], [2, 'a', 100], [3, 'a', 50], [4, 'b', 50]]);
  });

  it('spans weeks across month and daylight-saving boundaries as exactly 7 days', () => {
    const weeks = schedule([{ units: [u('a', 60 * 5)], fromWeek: 0, minutesPerWeek: 60 }], '2025-03-24');
    expect(weeks.map((w) => w.start)).toEqual(['2025-03-24', '2025-03-31', '2025-04-07', '2025-04-14', '2025-04-21']);
  });

  it('returns no weeks and no finish when nothing is left', () => {
    expect(schedule([{ units: [u('a', 0)], fromWeek: 0, minutesPerWeek: 60 }], '2025-01-06')).toEqual([]);
    expect(finishDay([])).toBeNull();
  });
});

describe('plan', () => {
  const start = '2025-01-06';
  // alpha 5 h, beta 9 h, gamma 10 h = 24 h = 1440 minutes at the middle of each range.
  it('spreads the module estimates over the chosen hours a week', () => {
    const p = plan({ preset: presetById('custom'), hoursPerWeek: 8, start, today: start }, catalog, emptyProgress());
    expect(p.totalMinutes).toBe(1440);
    expect(p.weeks.map((w) => w.minutes)).toEqual([480, 480, 480]);
    expect(p.finish).toBe('2025-01-26');
    // 22 h at 8 h a week: 6 h in week 3 = 5.25 of its 7 days; 26 h: 2 h in week 4 = 1.75 days.
    expect(p.finishRange).toEqual(['2025-01-25', '2025-01-28']);
  });

  it('re-plans from actual progress: done work shrinks the plan and moves the finish earlier', () => {
    const progress = emptyProgress();
    for (const id of ['alpha/f', 'alpha/g']) progress.exercises[id] = { status: 'passed', attempts: 1, hintsUsed: 0, solutionViewed: false };
    for (const id of ['alpha/one', 'alpha/two']) progress.lessons[id] = { firstVisitedAt: 0, lastVisitedAt: 0, complete: true };
    const p = plan({ preset: presetById('custom'), hoursPerWeek: 8, start, today: '2025-01-08' }, catalog, progress);
    expect(p.remainingMinutes).toBe(1140); // alpha (4 units of 4) done: 1440 - 300
    expect(p.originalFinish).toBe('2025-01-26');
    expect(p.finish! < p.originalFinish!).toBe(true);
  });

  it('re-plans from today when the start date is long past', () => {
    const p = plan({ preset: presetById('custom'), hoursPerWeek: 8, start, today: '2025-03-05' }, catalog, emptyProgress());
    expect(p.currentWeek).toBe(8);
    expect(p.weeks[0].index).toBe(9);
    expect(p.weeks[0].start).toBe('2025-03-03');
    expect(p.finish).toBe('2025-03-23');
  });

  it('deadline presets work out the hours a week', () => {
    const preset = { ...presetById('working-26-weeks'), weeks: 4 };
    const p = plan({ preset, hoursPerWeek: 0, weeks: 4, start, today: start }, catalog, emptyProgress());
    expect(p.weeks).toHaveLength(4);
    expect(p.hoursPerWeekNeeded).toBe(6);
    expect(p.overdue).toBe(false);
    const late = plan({ preset, hoursPerWeek: 0, weeks: 4, start, today: '2025-03-01' }, catalog, emptyProgress());
    expect(late.overdue).toBe(true);
    expect(late.weeks[0].capacity).toBe(360); // the original pace, not an impossible one
  });

  it('a track-limited preset plans only its modules', () => {
    const us = units(catalog, null, { tracks: ['B'], modules: ['gamma'] });
    expect(us.map((x) => x.id)).toEqual(['beta', 'gamma']);
  });

  it('the 12-week preset keeps 002’s phase windows and carries late work forward', () => {
    const twelve = presetById('twelve-week-core');
    const p = plan({ preset: twelve, hoursPerWeek: 17.5, start, today: start }, catalog, emptyProgress());
    expect(p.weeks.filter((w) => w.phase === 'Phase 1 · Foundations').map((w) => w.index)).toEqual([1, 2, 3]);
    expect(p.weeks.filter((w) => w.phase === 'Phase 2 · Classical ML').map((w) => w.index)).toEqual([4, 5, 6]);
    const late = plan({ preset: twelve, hoursPerWeek: 17.5, start, today: '2025-02-03' }, catalog, emptyProgress()); // week 5
    expect(late.weeks[0].index).toBe(5);
    expect(late.weeks[0].items.map((i) => i.id)).toContain('alpha'); // phase 1 moved into phase 2's window
  });

  it('every preset produces a plan over the fixture catalog', () => {
    for (const preset of PRESETS) {
      const p = plan({ preset, hoursPerWeek: preset.hoursPerWeek, weeks: preset.weeks, start, today: start }, catalog, emptyProgress());
      expect(p.finish, preset.id).not.toBeNull();
    }
  });

  it('000’s targets scale with the challenge length', () => {
    expect(challengeTargets(26)[0]).toBe('1.6 LeetCode problems a day (300 in 26 weeks)');
    expect(challengeTargets(52)[0]).toBe('0.8 LeetCode problems a day (300 in 52 weeks)');
  });
});

describe('routine day names', async () => {
  const { dayNames } = await import('../../../src/progress/presets.ts');
  it('reads like prose', () => {
    expect(dayNames(['MO', 'TU', 'WE', 'TH', 'FR'])).toBe('Mon–Fri');
    expect(dayNames(['TU', 'TH', 'SA'])).toBe('Tue, Thu, Sat');
    expect(dayNames(['SU'])).toBe('Sun');
    expect(dayNames(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).toBe('every day');
  });
});
