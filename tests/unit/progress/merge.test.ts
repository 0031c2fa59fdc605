import { describe, expect, it } from 'vitest';
import { canonical, mergeProgress } from '../../../src/progress/merge.ts';
import { emptyProgress } from '../../../src/progress/migrate.ts';
import type { Progress } from '../../../src/progress/schema.ts';

const X = 'python-fundamentals/word_frequencies';
const L = 'numpy-mastery/broadcasting-and-vectorization';

function a(): Progress {
  const p = emptyProgress();
  p.exercises[X] = { status: 'passed', attempts: 2, firstPassedAt: 200, lastAttemptAt: 200, hintsUsed: 1, solutionViewed: false };
  p.lessons[L] = { firstVisitedAt: 100, lastVisitedAt: 150, complete: true, completeChangedAt: 150 };
  p.activity['2025-01-15'] = { checks: 2, passes: 1, visits: 1, completions: 1 };
  p.checklist['002:contributing'] = { checked: true, at: 10 };
  return p;
}
function b(): Progress {
  const p = emptyProgress();
  p.exercises[X] = { status: 'attempted', attempts: 5, firstPassedAt: undefined, lastAttemptAt: 300, hintsUsed: 3, solutionViewed: true };
  delete p.exercises[X].firstPassedAt;
  p.exercises['numpy-mastery/standardize'] = { status: 'attempted', attempts: 1, hintsUsed: 0, solutionViewed: false };
  p.lessons[L] = { firstVisitedAt: 50, lastVisitedAt: 400, complete: false, completeChangedAt: 300 };
  p.activity['2025-01-15'] = { checks: 1, passes: 0, visits: 4, completions: 0 };
  p.activity['2025-01-16'] = { checks: 1, passes: 0, visits: 0, completions: 0 };
  p.checklist['002:contributing'] = { checked: false, at: 20 };
  p.plan = { preset: 'custom', hoursPerWeek: 8, startDate: '2025-01-06', savedAt: 1 };
  return p;
}

describe('mergeProgress', () => {
  it('keeps the best of both sides', () => {
    const m = mergeProgress(a(), b());
    expect(m.exercises[X]).toEqual({ status: 'passed', attempts: 5, firstPassedAt: 200, lastAttemptAt: 300, hintsUsed: 3, solutionViewed: true });
    expect(m.exercises['numpy-mastery/standardize'].status).toBe('attempted');
    expect(m.lessons[L]).toEqual({ firstVisitedAt: 50, lastVisitedAt: 400, complete: false, completeChangedAt: 300 }); // the newer un-tick wins
    expect(m.activity['2025-01-15']).toEqual({ checks: 2, passes: 1, visits: 4, completions: 1 });
    expect(Object.keys(m.activity)).toEqual(['2025-01-15', '2025-01-16']);
    expect(m.checklist['002:contributing'].checked).toBe(false);
    expect(m.plan?.hoursPerWeek).toBe(8);
  });

  it('is commutative and idempotent, so tabs converge', () => {
    const ab = mergeProgress(a(), b());
    const ba = mergeProgress(b(), a());
    expect(JSON.stringify(ab)).toBe(JSON.stringify(ba));
    expect(JSON.stringify(mergeProgress(ab, ab))).toBe(JSON.stringify(ab));
    expect(JSON.stringify(mergeProgress(ab, a()))).toBe(JSON.stringify(ab));
    expect(JSON.stringify(canonical(ab))).toBe(JSON.stringify(ab));
  });

  it('does not share objects with its inputs', () => {
    const x = a();
    const m = mergeProgress(x, emptyProgress());
    m.exercises[X].attempts = 99;
    expect(x.exercises[X].attempts).toBe(2);
  });
});
