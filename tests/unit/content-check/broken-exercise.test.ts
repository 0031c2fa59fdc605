// A deliberately broken exercise must fail `check:content` with a message naming it.
import { cpSync, mkdtempSync, writeFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, defaultPython } from '../../../scripts/content-check-lib.ts';

const GOOD = join(import.meta.dirname, '../../../content/exercises/python-fundamentals/word_frequencies');
let root: string;

function fixture(mutate: (dir: string) => void): string {
  root = mkdtempSync(join(tmpdir(), 'mldojo-broken-'));
  const dir = join(root, 'exercises', 'demo-module', 'word_frequencies');
  cpSync(GOOD, dir, { recursive: true });
  mkdirSync(join(root, 'lessons'));
  writeFileSync(join(root, 'lessons', 'l.mdx'), '<Exercise id="demo-module/word_frequencies" />\n');
  mutate(dir);
  return root;
}

const run = (r: string, pyodide = false) =>
  checkContent({ exercisesDir: join(r, 'exercises'), lessonsDir: join(r, 'lessons'), python: defaultPython(), pyodide });

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('check:content on broken exercises', () => {
  it('accepts the intact exercise (so the failures below are caused by the breakage)', async () => {
    const result = await run(fixture(() => {}));
    expect(result.problems).toEqual([]);
    // solution + starter + every known-wrong file, each graded once on CPython
    expect(result.graded).toBe(2 + readdirSync(join(GOOD, 'wrong')).length);
  });

  it('fails when the reference solution fails a test, naming exercise, file and test', async () => {
    const result = await run(fixture((dir) => writeFileSync(join(dir, 'solution.py'), 'def word_frequencies(text):\n    return {}\n')));
    expect(result.problems.join('\n')).toMatch(/demo-module\/word_frequencies \[CPython\] .*solution\.py: the reference solution fails test_counts_a_sentence/);
  });

  it('fails when the starter passes every test', async () => {
    const result = await run(fixture((dir) => cpSync(join(dir, 'solution.py'), join(dir, 'starter.py'))));
    expect(result.problems.join('\n')).toMatch(/demo-module\/word_frequencies .*starter\.py: the starter passes every test/);
  });

  it('fails when a known-wrong solution passes, on CPython and on the Pyodide core', async () => {
    const result = await run(fixture((dir) => cpSync(join(dir, 'solution.py'), join(dir, 'wrong', 'split_on_spaces.py'))), true);
    const text = result.problems.join('\n');
    expect(text).toMatch(/\[CPython\] .*wrong\/split_on_spaces\.py: known-wrong solution passes every test/);
    expect(text).toMatch(/\[Pyodide\] .*wrong\/split_on_spaces\.py: known-wrong solution passes every test/);
  });

  it('fails on invalid metadata and on an embed of an unknown exercise', async () => {
    const r = fixture((dir) => writeFileSync(join(dir, 'exercise.yaml'), 'title: x\n'));
    writeFileSync(join(r, 'lessons', 'other.mdx'), '<Exercise id="demo-module/nope" />\n');
    const text = (await run(r)).problems.join('\n');
    expect(text).toMatch(/word_frequencies.exercise\.yaml: invalid metadata/);
    expect(text).toMatch(/embeds unknown exercise "demo-module\/nope"/);
  });

  it('fails when an exercise is embedded by no lesson', async () => {
    const r = fixture(() => {});
    writeFileSync(join(r, 'lessons', 'l.mdx'), 'no embeds here\n');
    expect((await run(r)).problems.join('\n')).toMatch(/demo-module\/word_frequencies: not embedded by any lesson/);
  });
});
