import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CHECKLISTS } from '../../../src/progress/checklists.ts';
import { evaluate, resolveChecklists } from '../../../src/progress/evidence.ts';
import { emptyProgress } from '../../../src/progress/migrate.ts';
import { CHECKLIST_ID } from '../../../src/progress/keys.ts';
import type { Catalog } from '../../../src/progress/types.ts';
import { catalog } from './fixtures.ts';

/** The real curriculum's planned modules and exercises, straight from content/modules/*.yaml. */
function realCatalog(): Catalog {
  const dir = join(import.meta.dirname, '../../../content/modules');
  const modules = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const m = parse(readFileSync(join(dir, f), 'utf8'));
      const id = f.replace(/\.yaml$/, '');
      return {
        id, code: m.code, title: m.title, track: m.track, order: m.order, href: '', hours: m.hours, plannedLessons: m.plannedLessons.length, lessons: [],
        exercises: m.plannedExercises.map((e: { name: string; difficulty: 'easy'; libs: string }) => ({ id: `${id}/${e.name}`, title: e.name, written: false, difficulty: e.difficulty, libs: e.libs })),
      };
    });
  return { tracks: [], modules };
}

describe('the seed checklists', () => {
  it('have the seeds’ item counts: 002 mastery 24, 004 phases 24, 004 metrics 21', () => {
    expect(CHECKLISTS.map((c) => c.groups.reduce((s, g) => s + g.items.length, 0))).toEqual([24, 24, 21]);
  });

  it('use unique, storable ids', () => {
    const ids = CHECKLISTS.flatMap((c) => c.groups.flatMap((g) => g.items.map((i) => i.id)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(CHECKLIST_ID);
  });

  it('name only modules and exercises the curriculum plans', () => {
    expect(() => resolveChecklists(CHECKLISTS, realCatalog())).not.toThrow();
  });

  it('every item can be ticked somehow: by evidence, by hand, or both', () => {
    for (const i of CHECKLISTS.flatMap((c) => c.groups.flatMap((g) => g.items))) expect(i.evidence || i.self, i.id).toBeTruthy();
  });
});

describe('evidence', () => {
  const spec = (evidence: object, self?: string) => [{ id: 't', title: 'T', seed: '0', intro: '', groups: [{ title: 'g', items: [{ id: 'x:item', text: 'Item', evidence, self }] }] }];
  const item = (evidence: object, self?: string) => resolveChecklists(spec(evidence, self) as never, catalog)[0].groups[0].items[0];
  const pass = (p = emptyProgress(), ...ids: string[]) => {
    for (const id of ids) p.exercises[id] = { status: 'passed', attempts: 1, hintsUsed: 0, solutionViewed: false };
    return p;
  };

  it('ticks itself when every exercise behind it is passed', () => {
    const i = item({ modules: ['alpha'] });
    expect(evaluate(i, pass(undefined, 'alpha/f'))).toMatchObject({ done: 1, need: 2, complete: false });
    expect(evaluate(i, pass(undefined, 'alpha/f', 'alpha/g'))).toMatchObject({ done: 2, need: 2, complete: true });
  });

  it('counts "at least n" and whole modules', () => {
    expect(evaluate(item({ modules: ['alpha', 'beta'], atLeast: 2 }), pass(undefined, 'alpha/f', 'beta/h')).complete).toBe(true);
    const perModule = item({ modules: ['alpha', 'beta'], per: 'module', atLeast: 1 });
    expect(evaluate(perModule, pass(undefined, 'alpha/f', 'beta/h'))).toMatchObject({ done: 0, complete: false });
    expect(evaluate(perModule, pass(undefined, 'alpha/f', 'alpha/g'))).toMatchObject({ done: 1, complete: true });
  });

  it('selects exercises by library tag', () => {
    const i = item({ tagged: { tracks: ['B', 'C'], lib: 'sklearn' } });
    expect(i.evidence!.groups.flatMap((g) => g.exercises.map((e) => e.id))).toEqual(['beta/sk_fit', 'gamma/sk_pipe']);
  });

  it('needs the hand tick too when the item has a self-report part', () => {
    const i = item({ exercises: ['alpha/f'] }, 'I did the lab');
    const p = pass(undefined, 'alpha/f');
    expect(evaluate(i, p).complete).toBe(false);
    p.checklist['x:item'] = { checked: true, at: 1, note: 'https://example.org' };
    expect(evaluate(i, p)).toMatchObject({ complete: true, note: 'https://example.org' });
  });

  it('refuses unknown modules and exercises at build time', () => {
    expect(() => item({ modules: ['nope'] })).toThrow(/unknown module "nope"/);
    expect(() => item({ exercises: ['alpha/missing'] })).toThrow(/unknown exercise "alpha\/missing"/);
  });
});
