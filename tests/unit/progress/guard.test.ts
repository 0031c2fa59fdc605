// The every-page script validates with a hand-written guard; the dashboard and imports use Zod.
// They must agree, or a record could be accepted on one page and quarantined on another.
import { describe, expect, it } from 'vitest';
import { isProgress } from '../../../src/progress/guard.ts';
import { progressV2Schema } from '../../../src/progress/schema.ts';

const base = () => ({
  version: 2,
  epoch: 'lx2k3.ab12cd',
  exercises: {
    'python-fundamentals/word_frequencies': { status: 'passed', attempts: 3, firstPassedAt: 1736930000000, lastAttemptAt: 1736930000000, hintsUsed: 1, solutionViewed: false },
    'linear-regression/LinearRegressionGD': { status: 'attempted', attempts: 1, hintsUsed: 0, solutionViewed: true },
  },
  lessons: { 'numpy-mastery/broadcasting-and-vectorization': { firstVisitedAt: 1, lastVisitedAt: 2, complete: true, completeChangedAt: 2 } },
  activity: { '2025-01-15': { checks: 3, passes: 1, visits: 2, completions: 1 } },
  checklist: { '002:contributing': { checked: true, at: 5, note: 'https://example.org' } },
  plan: { preset: 'part-time-intensive', hoursPerWeek: 20, startDate: '2025-01-06', savedAt: 9, sessionTime: '19:00', weeks: 26 },
});

// Each mutation breaks (or keeps) one detail; both validators must give the same verdict.
const mutations: [string, (p: any) => void][] = [
  ['unchanged', () => {}],
  ['no plan', (p) => delete p.plan],
  ['version 1', (p) => (p.version = 1)],
  ['version as string', (p) => (p.version = '2')],
  ['epoch with capitals', (p) => (p.epoch = 'ABC')],
  ['epoch too long', (p) => (p.epoch = 'a'.repeat(41))],
  ['missing activity', (p) => delete p.activity],
  ['extra top-level field', (p) => (p.extra = {})],
  ['exercises is an array', (p) => (p.exercises = [])],
  ['exercises is null', (p) => (p.exercises = null)],
  ['bad status', (p) => (p.exercises['python-fundamentals/word_frequencies'].status = 'done')],
  ['fractional attempts', (p) => (p.exercises['python-fundamentals/word_frequencies'].attempts = 1.5)],
  ['negative hints', (p) => (p.exercises['python-fundamentals/word_frequencies'].hintsUsed = -1)],
  ['NaN time', (p) => (p.exercises['python-fundamentals/word_frequencies'].firstPassedAt = NaN)],
  ['far-future time', (p) => (p.exercises['python-fundamentals/word_frequencies'].firstPassedAt = 1e13)],
  ['solutionViewed as number', (p) => (p.exercises['python-fundamentals/word_frequencies'].solutionViewed = 1)],
  ['extra exercise field', (p) => (p.exercises['python-fundamentals/word_frequencies'].x = 1)],
  ['missing exercise field', (p) => delete p.exercises['python-fundamentals/word_frequencies'].hintsUsed],
  ['exercise id without module', (p) => (p.exercises.word_frequencies = p.exercises['python-fundamentals/word_frequencies'])],
  ['exercise id too long', (p) => (p.exercises['a/' + 'b'.repeat(130)] = p.exercises['python-fundamentals/word_frequencies'])],
  ['lesson id with capitals', (p) => (p.lessons['numpy-mastery/Broadcasting'] = p.lessons['numpy-mastery/broadcasting-and-vectorization'])],
  ['lesson missing complete', (p) => delete p.lessons['numpy-mastery/broadcasting-and-vectorization'].complete],
  ['lesson optional field absent', (p) => delete p.lessons['numpy-mastery/broadcasting-and-vectorization'].completeChangedAt],
  ['bad day key', (p) => (p.activity['2025-1-15'] = p.activity['2025-01-15'])],
  ['day missing a counter', (p) => delete p.activity['2025-01-15'].completions],
  ['checklist id without colon', (p) => (p.checklist.contributing = p.checklist['002:contributing'])],
  ['checklist note too long', (p) => (p.checklist['002:contributing'].note = 'x'.repeat(2001))],
  ['checklist note absent', (p) => delete p.checklist['002:contributing'].note],
  ['plan hours zero', (p) => (p.plan.hoursPerWeek = 0)],
  ['plan hours fractional', (p) => (p.plan.hoursPerWeek = 12.5)],
  ['plan weeks fractional', (p) => (p.plan.weeks = 2.5)],
  ['plan bad session time', (p) => (p.plan.sessionTime = '25:00')],
  ['plan bad date', (p) => (p.plan.startDate = 'tomorrow')],
  ['plan bad preset', (p) => (p.plan.preset = 'Bad Preset')],
  ['plan missing savedAt', (p) => delete p.plan.savedAt],
];

describe('hand-written guard agrees with the Zod schema', () => {
  it.each(mutations)('%s', (_name, mutate) => {
    const p = base();
    mutate(p);
    expect(isProgress(p)).toBe(progressV2Schema.safeParse(p).success);
  });

  it('agrees on non-objects', () => {
    for (const v of [null, undefined, 0, 'x', [], true, () => 1]) expect(isProgress(v)).toBe(progressV2Schema.safeParse(v).success);
  });

  it('is stricter than Zod on one point: an own __proto__ key (Zod skips it; the guard refuses it)', () => {
    const p = JSON.parse('{"version":2,"epoch":"0","exercises":{"__proto__":{}},"lessons":{},"activity":{},"checklist":{}}');
    expect(isProgress(p)).toBe(false);
  });
});
