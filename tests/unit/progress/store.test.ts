import { describe, expect, it, vi } from 'vitest';
import { createProgressStore } from '../../../src/progress/store.ts';
import { DRAFT_PREFIX, META_KEY, PROGRESS_KEY, QUARANTINE_PREFIX, dayKey } from '../../../src/progress/keys.ts';
import { progressV2Schema } from '../../../src/progress/schema.ts';
import { FakeStorage, clock } from './fake-storage.ts';

const X = 'python-fundamentals/word_frequencies';
const Y = 'numpy-mastery/standardize';
const L = 'numpy-mastery/broadcasting-and-vectorization';

function setup(storage = new FakeStorage()) {
  const now = clock();
  return { storage, now, s: createProgressStore(storage.asStorage(), now) };
}
const stored = (storage: FakeStorage) => JSON.parse(storage.getItem(PROGRESS_KEY)!);
const backups = (storage: FakeStorage) => Object.keys(storage.snapshot()).filter((k) => k.startsWith(QUARANTINE_PREFIX));
vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('recording progress', () => {
  it('starts empty', () => {
    const { s } = setup();
    expect(s.getExercise(X)).toBeUndefined();
    expect(s.getProgress().exercises).toEqual({});
  });

  it('records a failed check, then a pass, and never takes the pass back', () => {
    const { s, now, storage } = setup();
    s.recordCheck(X, false);
    expect(s.getExercise(X)).toMatchObject({ status: 'attempted', attempts: 1, lastAttemptAt: now() });
    now.advance(60_000);
    const passTime = now();
    s.recordCheck(X, true);
    now.advance(60_000);
    s.recordCheck(X, false);
    expect(s.getExercise(X)).toEqual({ status: 'passed', attempts: 3, firstPassedAt: passTime, lastAttemptAt: now(), hintsUsed: 0, solutionViewed: false });
    expect(s.getProgress().activity[dayKey(now())]).toEqual({ checks: 3, passes: 1, visits: 0, completions: 0 });
    expect(progressV2Schema.safeParse(stored(storage)).success).toBe(true);
  });

  it('counts hints and notes a viewed solution without changing the status', () => {
    const { s } = setup();
    s.recordHint(X);
    s.recordHint(X);
    s.recordSolutionViewed(X);
    expect(s.getExercise(X)).toMatchObject({ status: 'not-started', hintsUsed: 2, solutionViewed: true, attempts: 0 });
  });

  it('marks lessons visited and complete, and logs the day', () => {
    const { s, now } = setup();
    s.markLessonVisited(L);
    now.advance(1000);
    s.markLessonVisited(L);
    s.setLessonComplete(L, true);
    s.setLessonComplete(L, true); // a repeat is not a second completion
    const l = s.getProgress().lessons[L];
    expect(l).toMatchObject({ complete: true, lastVisitedAt: now(), completeChangedAt: now() });
    expect(l.firstVisitedAt).toBe(now() - 1000);
    expect(s.getProgress().activity[dayKey(now())]).toMatchObject({ visits: 2, completions: 1 });
    s.setLessonComplete(L, false);
    expect(s.getProgress().lessons[L].complete).toBe(false);
  });

  it('ignores invalid ids, including ones that would touch Object.prototype', () => {
    const { s, storage } = setup();
    for (const id of ['__proto__', 'constructor', 'x/../__proto__', '', 'no-slash', 'a/b c']) {
      s.recordCheck(id, true);
      s.markLessonVisited(id);
      expect(s.saveDraft(id, 'x')).toEqual({ ok: false, reason: 'unavailable' });
    }
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('returns a copy from getExercise', () => {
    const { s } = setup();
    s.recordCheck(X, true);
    s.getExercise(X)!.attempts = 99;
    expect(s.getExercise(X)!.attempts).toBe(1);
  });
});

describe('drafts', () => {
  it('saves, loads and clears drafts under per-exercise keys', () => {
    const { s, storage } = setup();
    expect(s.loadDraft(X)).toBeNull();
    expect(s.saveDraft(X, 'def f():\n    return 1\n')).toEqual({ ok: true });
    expect(storage.getItem(DRAFT_PREFIX + X)).toBe('def f():\n    return 1\n');
    expect(s.loadDraft(X)).toBe('def f():\n    return 1\n');
    s.clearDraft(X);
    expect(s.loadDraft(X)).toBeNull();
  });

  it('reports a full quota and keeps the draft saved before', () => {
    const { s, storage } = setup();
    s.saveDraft(X, 'old code');
    storage.quota = storage.used() + 10;
    expect(s.saveDraft(X, 'x'.repeat(100))).toEqual({ ok: false, reason: 'quota' });
    expect(s.loadDraft(X)).toBe('old code');
  });
});

describe('a damaged record', () => {
  it.each([
    ['corrupt JSON', '{"version":2,"exercises":{'],
    ['not an object', '"hello"'],
    ['null', 'null'],
    ['wrong shape', JSON.stringify({ version: 2, epoch: '0', exercises: { [X]: { status: 'done', attempts: -1 } }, lessons: {}, activity: {}, checklist: {} })],
    ['wrong types', JSON.stringify({ version: 2, epoch: '0', exercises: [], lessons: 'x', activity: {}, checklist: {} })],
    ['unknown version', JSON.stringify({ version: 'two' })],
    ['extra fields', JSON.stringify({ version: 2, epoch: '0', exercises: {}, lessons: {}, activity: {}, checklist: {}, evil: 1 })],
  ])('%s is quarantined, never deleted, and the learner is told', (_name, raw) => {
    const { s, storage } = setup();
    storage.setItem(PROGRESS_KEY, raw);
    storage.setItem(DRAFT_PREFIX + X, 'my draft');
    expect(s.getProgress().exercises).toEqual({});
    const [backup] = backups(storage);
    expect(storage.getItem(backup)).toBe(raw);
    expect(JSON.parse(storage.getItem(META_KEY)!).quarantined).toEqual([backup]);
    s.recordCheck(X, true);
    expect(stored(storage).exercises[X].status).toBe('passed');
    expect(storage.getItem(backup)).toBe(raw);
    expect(backups(storage)).toHaveLength(1);
    expect(s.loadDraft(X)).toBe('my draft');
  });

  it('is left in place, and nothing is written over it, when there is no room to set it aside', () => {
    const { s, storage } = setup();
    const raw = '{broken' + 'x'.repeat(500);
    storage.setItem(PROGRESS_KEY, raw);
    storage.quota = storage.used() + 100;
    s.recordCheck(X, true);
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
    expect(s.getStatus().problem).toBe('quota');
    expect(s.getExercise(X)?.status).toBe('passed'); // kept in memory
    expect(JSON.parse(storage.getItem(META_KEY)!).stuck).toBe(true);
    storage.quota = Infinity; // space freed: the next write sets the record aside, then saves
    s.recordHint(X);
    expect(storage.getItem(backups(storage)[0])).toBe(raw);
    expect(stored(storage).exercises[X]).toMatchObject({ status: 'passed', hintsUsed: 1 });
  });
});

describe('versions', () => {
  it('migrates a version 1 record and keeps everything in it', () => {
    const { s, storage, now } = setup();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, passed: [X], attempts: { [X]: 3, [Y]: 2 }, visited: [L] }));
    const p = s.getProgress();
    expect(p.version).toBe(2);
    expect(p.exercises[X]).toEqual({ status: 'passed', attempts: 3, firstPassedAt: now(), hintsUsed: 0, solutionViewed: false });
    expect(p.exercises[Y]).toMatchObject({ status: 'attempted', attempts: 2 });
    expect(p.lessons[L]).toMatchObject({ complete: false });
    s.recordHint(Y);
    const saved = stored(storage);
    expect(progressV2Schema.parse(saved).exercises[X].status).toBe('passed');
    expect(backups(storage)).toEqual([]);
  });

  it('quarantines a version 1 record carrying a hostile id instead of using it as a key', () => {
    const { s, storage } = setup();
    const raw = JSON.stringify({ version: 1, passed: ['__proto__'], attempts: {}, visited: [] });
    storage.setItem(PROGRESS_KEY, raw);
    expect(s.getProgress().exercises).toEqual({});
    expect(({} as Record<string, unknown>).status).toBeUndefined();
    expect(storage.getItem(backups(storage)[0])).toBe(raw);
  });

  it('leaves a record from a newer site version alone and refuses to write over it', () => {
    const { s, storage } = setup();
    const raw = JSON.stringify({ version: 3, whatever: true });
    storage.setItem(PROGRESS_KEY, raw);
    s.recordCheck(X, true);
    expect(storage.getItem(PROGRESS_KEY)).toBe(raw);
    expect(s.getStatus().problem).toBe('newer');
    expect(backups(storage)).toEqual([]);
  });
});

describe('quota and blocked storage', () => {
  it('reports a full quota, drops nothing saved, and saves the change once there is room', () => {
    const { s, storage } = setup();
    s.recordCheck(X, true);
    const before = storage.getItem(PROGRESS_KEY);
    storage.quota = storage.used();
    const r = s.update((p) => void (p.exercises[Y] = { status: 'passed', attempts: 1, hintsUsed: 0, solutionViewed: false }));
    expect(r).toEqual({ ok: false, reason: 'quota' });
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
    expect(s.getStatus()).toEqual({ problem: 'quota', unsaved: 1 });
    expect(s.getExercise(Y)?.status).toBe('passed');
    storage.quota = Infinity;
    s.recordHint(X);
    expect(Object.keys(stored(storage).exercises).sort()).toEqual([Y, X].sort());
    expect(s.getStatus()).toEqual({ problem: undefined, unsaved: 0 });
  });

  it('works without storage: nothing throws, nothing is saved', () => {
    const s = createProgressStore(null, clock());
    s.recordCheck(X, true);
    s.markLessonVisited(L);
    expect(s.saveDraft(X, 'x')).toEqual({ ok: false, reason: 'unavailable' });
    expect(s.loadDraft(X)).toBeNull();
    expect(s.getStatus().problem).toBe('unavailable');
    expect(s.getExercise(X)?.status).toBe('passed'); // still shown for this page view
  });

  it('survives storage that throws on every access', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const s = createProgressStore(storage.asStorage(), clock());
    expect(() => {
      s.recordCheck(X, true);
      s.clearDraft(X);
      s.getProgress();
    }).not.toThrow();
    expect(s.saveDraft(X, 'x')).toEqual({ ok: false, reason: 'unavailable' });
    expect(s.getStatus().problem).toBe('unavailable');
  });
});

describe('several tabs', () => {
  it('keeps both passes when two tabs pass different exercises, interleaved', () => {
    const storage = new FakeStorage();
    const now = clock();
    const a = createProgressStore(storage.asStorage(), now);
    const b = createProgressStore(storage.asStorage(), now);
    a.getProgress(); // both tabs have read the (empty) record
    b.getProgress();
    a.recordCheck(X, false);
    b.recordCheck(Y, true);
    a.recordCheck(X, true);
    b.recordHint(Y);
    a.markLessonVisited(L);
    const p = stored(storage);
    expect(p.exercises[X]).toMatchObject({ status: 'passed', attempts: 2 });
    expect(p.exercises[Y]).toMatchObject({ status: 'passed', attempts: 1, hintsUsed: 1 });
    expect(p.lessons[L]).toBeDefined();
    expect(a.getExercise(Y)?.status).toBe('passed');
    expect(b.getExercise(X)?.status).toBe('passed');
  });

  it('merges back a pass that another tab overwrote from a stale copy', async () => {
    const [ra, rb] = FakeStorage.replicas();
    const now = clock();
    const a = createProgressStore(ra.asStorage(), now, ra.watch);
    const b = createProgressStore(rb.asStorage(), now, rb.watch);
    a.recordCheck(X, true); // neither tab has seen the other's write yet
    b.recordCheck(Y, true);
    ra.deliver(); // b's replica now holds a's record, then b's write lands on top
    rb.deliver();
    await vi.waitFor(() => {
      ra.deliver();
      rb.deliver();
      for (const r of [ra, rb]) expect(Object.keys(stored(r).exercises).sort()).toEqual([Y, X].sort());
    });
  });

  it('does not bring data back after another tab reset progress', async () => {
    const [ra, rb] = FakeStorage.replicas();
    const now = clock();
    const a = createProgressStore(ra.asStorage(), now, ra.watch);
    createProgressStore(rb.asStorage(), now, rb.watch);
    a.recordCheck(X, true);
    ra.deliver();
    now.advance(1000);
    rb.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, epoch: now().toString(36) + '.abc', exercises: {}, lessons: {}, activity: {}, checklist: {} }));
    rb.deliver();
    await new Promise((r) => setTimeout(r, 20));
    ra.deliver();
    expect(stored(ra).exercises).toEqual({});
    expect(stored(rb).exercises).toEqual({});
    a.recordCheck(Y, true); // later work in the old tab lands in the new epoch
    expect(Object.keys(stored(ra).exercises)).toEqual([Y]);
  });

  it('notifies subscribers of local writes and of other tabs, and stops after unsubscribe', async () => {
    const { s } = setup();
    const seen = vi.fn();
    const off = s.subscribe(seen);
    s.recordCheck(X, true);
    s.saveDraft(X, 'x');
    expect(seen).toHaveBeenCalledTimes(2);
    await s.handleStorageEvent(DRAFT_PREFIX + Y);
    await s.handleStorageEvent(PROGRESS_KEY);
    await s.handleStorageEvent('someone-else');
    expect(seen).toHaveBeenCalledTimes(4);
    off();
    s.recordHint(X);
    expect(seen).toHaveBeenCalledTimes(4);
  });

  it('heals a stale overwrite even when this tab wrote again before the event was handled', async () => {
    const { s, storage } = setup();
    s.recordCheck(X, true);
    const seen = vi.fn();
    s.subscribe(seen);
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, epoch: '0', exercises: {}, lessons: {}, activity: {}, checklist: {} }));
    const event = s.handleStorageEvent(PROGRESS_KEY);
    s.recordHint(Y); // lands while the merge code loads
    await event;
    expect(seen).toHaveBeenCalledTimes(2);
    expect(s.getExercise(Y)?.hintsUsed).toBe(1);
    expect(stored(storage).exercises[X].status).toBe('passed');
  });

  it('keeps other listeners running when one throws', () => {
    const { s } = setup();
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ok = vi.fn();
    s.subscribe(() => {
      throw new Error('boom');
    });
    s.subscribe(ok);
    s.recordHint(X);
    expect(ok).toHaveBeenCalled();
    err.mockRestore();
  });
});
