import { describe, expect, it } from 'vitest';
import { calendarGrid, continueWhere, moduleStats, streaks, sumStats } from '../../../src/progress/stats.ts';
import { emptyProgress } from '../../../src/progress/migrate.ts';
import type { Progress } from '../../../src/progress/schema.ts';
import { catalog } from './fixtures.ts';

const active = (p: Progress, ...days: string[]) => days.forEach((d) => (p.activity[d] = { checks: 1, passes: 0, visits: 0, completions: 0 }));

describe('module and track numbers', () => {
  it('counts written work and estimates minutes', () => {
    const p = emptyProgress();
    p.exercises['alpha/f'] = { status: 'passed', attempts: 1, hintsUsed: 0, solutionViewed: false };
    p.exercises['alpha/g'] = { status: 'attempted', attempts: 1, hintsUsed: 0, solutionViewed: false };
    p.lessons['alpha/one'] = { firstVisitedAt: 1, lastVisitedAt: 1, complete: true };
    p.lessons['alpha/two'] = { firstVisitedAt: 1, lastVisitedAt: 1, complete: false };
    const s = moduleStats(catalog.modules[0], p);
    expect(s).toMatchObject({ exercisesWritten: 2, exercisesPassed: 1, exercisesAttempted: 1, lessonsComplete: 1, lessonsVisited: 2, minutesWritten: 110, minutesDone: 45, fraction: 0.5 });
    const t = sumStats(catalog.modules.map((m) => moduleStats(m, p)));
    expect(t).toMatchObject({ exercisesWritten: 3, exercisesPassed: 1, modulesStarted: 1, modulesDone: 0, modules: 3 });
  });

  it('ignores passes of exercises that are not in the catalog', () => {
    const p = emptyProgress();
    p.exercises['alpha/renamed'] = { status: 'passed', attempts: 1, hintsUsed: 0, solutionViewed: false };
    expect(moduleStats(catalog.modules[0], p).exercisesPassed).toBe(0);
  });
});

describe('streaks', () => {
  it('counts the current streak through yesterday when today is still empty', () => {
    const p = emptyProgress();
    active(p, '2025-01-10', '2025-01-12', '2025-01-13', '2025-01-14');
    expect(streaks(p, '2025-01-15')).toEqual({ current: 3, longest: 3, activeDays: 4 });
    active(p, '2025-01-15');
    expect(streaks(p, '2025-01-15').current).toBe(4);
    expect(streaks(p, '2025-01-17').current).toBe(0);
  });

  it('crosses month and year ends', () => {
    const p = emptyProgress();
    active(p, '2024-12-30', '2024-12-31', '2025-01-01');
    expect(streaks(p, '2025-01-01')).toMatchObject({ current: 3, longest: 3 });
  });
});

describe('activity calendar', () => {
  it('is weeks of Monday-first columns ending with the current week, future days empty', () => {
    const p = emptyProgress();
    p.activity['2025-01-15'] = { checks: 4, passes: 1, visits: 3, completions: 0 };
    const { columns, months } = calendarGrid(p, '2025-01-15', 53);
    expect(columns).toHaveLength(53);
    const last = columns[52];
    expect(last[0]!.day).toBe('2025-01-13'); // Monday
    expect(last[2]).toEqual({ day: '2025-01-15', count: 7, level: 3 });
    expect(last.slice(3)).toEqual([null, null, null, null]);
    expect(columns[0][0]!.day).toBe('2024-01-15');
    expect(months.at(-1)).toEqual({ column: 50, label: 'Jan' });
  });
});

describe('continue where you left off', () => {
  it('points to the most recent lesson or exercise, and the next unfinished lesson', () => {
    const p = emptyProgress();
    expect(continueWhere(catalog, p)).toEqual({ last: undefined, next: expect.objectContaining({ title: 'one' }) });
    p.lessons['alpha/one'] = { firstVisitedAt: 1, lastVisitedAt: 5, complete: true };
    p.exercises['alpha/f'] = { status: 'attempted', attempts: 1, lastAttemptAt: 9, hintsUsed: 0, solutionViewed: false };
    const c = continueWhere(catalog, p);
    expect(c.last).toMatchObject({ title: 'Exercise: f', note: 'attempted', href: '/ml-dojo/modules/alpha/one/#exercise-alpha-f' });
    expect(c.next).toMatchObject({ title: 'two' });
    p.lessons['beta/intro'] = { firstVisitedAt: 1, lastVisitedAt: 20, complete: false };
    expect(continueWhere(catalog, p).last).toMatchObject({ title: 'intro', note: 'visited' });
  });
});
