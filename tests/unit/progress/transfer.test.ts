import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/progress/store.ts';
import { DRAFT_PREFIX, PROGRESS_KEY } from '../../../src/progress/keys.ts';
import { applyImport, buildExport, diffProgress, importResult, isEmptyDiff, listDrafts, resetAll } from '../../../src/progress/transfer.ts';
import { MAX_IMPORT_BYTES, parseImport } from '../../../src/progress/import-file.ts';
import { FakeStorage, clock } from './fake-storage.ts';

const X = 'python-fundamentals/word_frequencies';
const Y = 'numpy-mastery/standardize';
const Z = 'linear-regression/LinearRegressionGD';
const L = 'numpy-mastery/broadcasting-and-vectorization';

function learner() {
  const storage = new FakeStorage();
  const now = clock();
  const s = createProgressStore(storage.asStorage(), now);
  s.recordCheck(X, false);
  s.recordCheck(X, true);
  s.recordHint(Y);
  s.recordCheck(Y, false);
  s.markLessonVisited(L);
  s.setLessonComplete(L, true);
  s.update((p) => void (p.checklist['002:contributing'] = { checked: true, at: now(), note: 'https://github.com/x/y/pull/1' }));
  s.saveDraft(Y, 'import numpy as np\n# ünïcode ✓\n');
  s.saveDraft(X, 'def word_frequencies(t):\n    ...\n');
  return { storage, now, s };
}

const ok = (text: string, now = Date.now()) => {
  const r = parseImport(text, now);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('export → reset → import', () => {
  it('restores progress and drafts exactly', () => {
    const { storage, s, now } = learner();
    const before = storage.snapshot();
    const file = JSON.stringify(buildExport(s));
    expect(resetAll(s)).toEqual({ ok: true });
    expect(s.getProgress().exercises).toEqual({});
    expect(listDrafts(storage.asStorage())).toEqual({});
    expect(applyImport(s, ok(file, now()), 'replace')).toEqual({ ok: true });
    const after = storage.snapshot();
    const strip = (raw: string) => ({ ...JSON.parse(raw), epoch: 'x' }); // the epoch changes on purpose
    expect(strip(after[PROGRESS_KEY])).toEqual(strip(before[PROGRESS_KEY]));
    for (const k of Object.keys(before).filter((k) => k.startsWith(DRAFT_PREFIX))) expect(after[k]).toBe(before[k]);
    expect(Object.keys(after).filter((k) => k.startsWith(DRAFT_PREFIX)).sort()).toEqual(Object.keys(before).filter((k) => k.startsWith(DRAFT_PREFIX)).sort());
  });

  it('a reset asks nothing of storage it cannot give back: quarantined backups stay', () => {
    const { storage, s } = learner();
    storage.setItem('mldojo:progress:quarantine:2025', 'garbage');
    resetAll(s);
    expect(storage.getItem('mldojo:progress:quarantine:2025')).toBe('garbage');
  });
});

describe('merge and replace', () => {
  it('merge keeps everything on both sides and never overwrites a local draft', () => {
    const { s, storage, now } = learner();
    const other = createProgressStore(new FakeStorage().asStorage(), now);
    other.recordCheck(Z, true);
    other.recordCheck(Y, true);
    other.saveDraft(Y, 'the other device draft');
    other.saveDraft(Z, 'class LinearRegressionGD: ...');
    const incoming = ok(JSON.stringify(buildExport(other)));
    const diff = diffProgress(s.getProgress(), importResult(s.getProgress(), listDrafts(storage.asStorage()), incoming, 'merge').progress, {}, {});
    expect(diff.passedAdded).toEqual([Y, Z].sort());
    expect(diff.passedRemoved).toEqual([]);
    expect(applyImport(s, incoming, 'merge')).toEqual({ ok: true });
    const p = s.getProgress();
    expect([X, Y, Z].map((id) => p.exercises[id].status)).toEqual(['passed', 'passed', 'passed']);
    expect(p.lessons[L].complete).toBe(true);
    expect(p.checklist['002:contributing'].checked).toBe(true);
    expect(s.loadDraft(Y)).toBe('import numpy as np\n# ünïcode ✓\n');
    expect(s.loadDraft(Z)).toBe('class LinearRegressionGD: ...');
  });

  it('replace shows what will be lost before it happens', () => {
    const { s, storage, now } = learner();
    const other = createProgressStore(new FakeStorage().asStorage(), now);
    other.recordCheck(Z, true);
    const incoming = ok(JSON.stringify(buildExport(other)));
    const drafts = listDrafts(storage.asStorage());
    const after = importResult(s.getProgress(), drafts, incoming, 'replace');
    const d = diffProgress(s.getProgress(), after.progress, drafts, after.drafts);
    expect(d.passedAdded).toEqual([Z]);
    expect(d.passedRemoved).toEqual([X]);
    expect(d.attemptedRemoved).toEqual([Y]);
    expect(d.completedRemoved).toEqual([L]);
    expect(d.draftsRemoved).toEqual([Y, X].sort());
    expect(isEmptyDiff(d)).toBe(false);
    const same = importResult(s.getProgress(), drafts, ok(JSON.stringify(buildExport(s))), 'merge');
    expect(isEmptyDiff(diffProgress(s.getProgress(), same.progress, drafts, same.drafts))).toBe(true);
  });

  it('accepts a file holding a version 1 record and migrates it', () => {
    const { s } = learner();
    const file = { format: 'ml-dojo-progress', exportedAt: '2024-01-01T00:00:00.000Z', progress: { version: 1, passed: [Z], attempts: { [Z]: 4 }, visited: [] }, drafts: {} };
    expect(applyImport(s, ok(JSON.stringify(file)), 'merge')).toEqual({ ok: true });
    expect(s.getExercise(Z)).toMatchObject({ status: 'passed', attempts: 4 });
    expect(s.getExercise(X)?.status).toBe('passed');
  });
});

describe('hostile or broken files change nothing', () => {
  const valid = () => ({ format: 'ml-dojo-progress', exportedAt: '2025-01-01T00:00:00.000Z', progress: { version: 2, epoch: '0', exercises: {}, lessons: {}, activity: {}, checklist: {} }, drafts: {} });
  const cases: [string, string, RegExp][] = [
    ['malformed JSON', '{"format": "ml-dojo-progress", ', /not a valid JSON/],
    ['empty file', '', /not a valid JSON/],
    ['a JSON array', '[]', /not an ML Dojo progress export/],
    ['another format', JSON.stringify({ ...valid(), format: 'something-else' }), /format/],
    ['wrong types', JSON.stringify({ ...valid(), progress: { ...valid().progress, exercises: { [X]: { status: 'passed', attempts: '3', hintsUsed: 0, solutionViewed: false } } } }), /progress/],
    ['negative counts', JSON.stringify({ ...valid(), progress: { ...valid().progress, exercises: { [X]: { status: 'passed', attempts: -1, hintsUsed: 0, solutionViewed: false } } } }), /attempts/],
    ['a bad exercise id', JSON.stringify({ ...valid(), drafts: { '../../etc': 'x' } }), /drafts/],
    ['an unknown field', JSON.stringify({ ...valid(), extra: 1 }), /not an ML Dojo progress export/],
    ['a __proto__ key', `{"format":"ml-dojo-progress","exportedAt":"x","progress":{"version":2,"epoch":"0","exercises":{},"lessons":{},"activity":{},"checklist":{},"__proto__":{"polluted":true}},"drafts":{}}`, /__proto__/],
    ['a __proto__ key in a record', `{"format":"ml-dojo-progress","exportedAt":"x","progress":{"version":2,"epoch":"0","exercises":{"__proto__":{"status":"passed"}},"lessons":{},"activity":{},"checklist":{}},"drafts":{}}`, /__proto__/],
    ['a constructor key', JSON.stringify({ ...valid(), drafts: { constructor: 'x' } }), /constructor/],
    ['a newer version', JSON.stringify({ ...valid(), progress: { version: 7 } }), /newer version/],
    ['a huge file', JSON.stringify({ ...valid(), drafts: { [X]: 'x'.repeat(MAX_IMPORT_BYTES) } }), /limit is 5 MB/],
    ['a huge draft', JSON.stringify({ ...valid(), drafts: { [X]: 'x'.repeat(300_000) } }), /drafts/],
  ];

  it.each(cases)('%s is refused with a reason', (_name, text, why) => {
    const { s, storage, now } = learner();
    const before = storage.snapshot();
    const r = parseImport(text, now());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(why);
      expect(r.error).toMatch(/Nothing was changed/);
    }
    expect(storage.snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(s.getExercise(X)?.status).toBe('passed');
  });

  it('refuses by declared size before reading the text', () => {
    const r = parseImport('{}', Date.now(), MAX_IMPORT_BYTES + 1);
    expect(r.ok).toBe(false);
  });

  it('rolls everything back when storage fills up half-way through an import', () => {
    const { s, storage, now } = learner();
    const other = createProgressStore(new FakeStorage().asStorage(), now);
    for (let i = 0; i < 30; i++) other.recordCheck(`linear-regression/f${i}`, true);
    other.saveDraft(Z, 'small');
    const incoming = ok(JSON.stringify(buildExport(other)));
    const before = storage.snapshot();
    storage.quota = storage.used() + 50; // the draft fits, the bigger record does not
    const r = applyImport(s, incoming, 'replace');
    expect(r.ok).toBe(false);
    expect(storage.snapshot()).toEqual(before);
    expect(s.getStatus().unsaved).toBe(0); // a failed import is not retried behind the learner's back
  });
});
