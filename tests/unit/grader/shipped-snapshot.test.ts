// The build's interpreter snapshot (scripts/make-snapshot.ts), restored as a first visit's worker
// restores it: it grades like a fresh interpreter, and what a snapshot freezes (random state, the
// time zone) is made the learner's own again (src/runner/after-restore.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { attachGrader, checkWithGrader, importGrader, runWithGrader } from '../../../src/runner/grader-host.ts';
import { freshenRestored } from '../../../src/runner/after-restore.ts';
import { PYTHON_ENV } from '../../../src/runner/python-env.ts';
import { unpackSnapshot } from '../../../src/runner/snapshot-pack.ts';
import { makeShippedSnapshot } from '../../../scripts/make-snapshot.ts';
import { SHIPPED_STDLIB } from '../../../scripts/precompile-stdlib.ts';
import { GRADER_SOURCE, shippedSnapshot } from './pyodide-host.ts';

type Options = Parameters<typeof loadPyodide>[0] & { _loadSnapshot?: Uint8Array; _makeSnapshot?: boolean };
const bootWith = (extra: Partial<Options> = {}) => loadPyodide({ stdLibURL: SHIPPED_STDLIB, env: { ...PYTHON_ENV }, ...extra } as Options);

/** Restored as the worker does it after `ready`'s restore: grader file written again, then freshened. */
async function restore(memory: Uint8Array, { freshen = true } = {}): Promise<PyodideAPI> {
  const pyodide = await bootWith({ _loadSnapshot: memory });
  importGrader(pyodide, GRADER_SOURCE, { imported: true });
  if (freshen) freshenRestored(pyodide);
  attachGrader(pyodide);
  return pyodide;
}

const realTZ = process.env.TZ;
afterEach(() => {
  if (realTZ === undefined) delete process.env.TZ;
  else process.env.TZ = realTZ;
});

describe('the shipped interpreter snapshot', () => {
  it('restores an interpreter that has the grader imported and grades as a fresh one does', async () => {
    const pyodide = await restore(shippedSnapshot());
    expect(pyodide.runPython('import sys; "mldojo_grader" in sys.modules')).toBe(true);
    expect(runWithGrader(pyodide, 'print("hi")\nx = 1 / 0')).toMatchObject({ ok: false, error: { type: 'ZeroDivisionError', line: 2 } });
    // (Every grader suite also runs on this interpreter: INTERPRETERS in pyodide-host.ts.)
    const tests = 'def test_two():\n    expect_equal(double(2), 4)\n\ndef test_minus_one():\n    expect_equal(double(-1), -2)\n';
    const passed = checkWithGrader(pyodide, 'def double(x):\n    return 2 * x\n', tests);
    expect(passed.tests.map((t) => t.passed)).toEqual([true, true]);
    const failed = checkWithGrader(pyodide, 'def double(x):\n    return x + 2\n', tests);
    expect(failed.tests.map((t) => t.passed)).toEqual([true, false]);
    expect(pyodide.runPython("import os; os.environ['HOME'], os.environ['MPLBACKEND'], os.environ['_']").toJs()).toEqual(['/home/pyodide', 'Agg', './this.program']);
  });

  it('gives each restore random numbers of its own (restored as is, every restore draws the same)', async () => {
    const memory = shippedSnapshot();
    const draw = (p: PyodideAPI) => p.runPython('import random; random.random()') as number;
    const [a, b] = [draw(await restore(memory, { freshen: false })), draw(await restore(memory, { freshen: false }))];
    expect(a).toBe(b);
    const [c, d] = [draw(await restore(memory)), draw(await restore(memory))];
    expect(c).not.toBe(d);
    expect(c).not.toBe(a);
  });

  it("takes the learner's time zone, not the snapshot-taker's", async () => {
    process.env.TZ = 'UTC';
    const taker = await bootWith({ _makeSnapshot: true });
    taker.runPython('import time');
    const memory = (taker as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
    process.env.TZ = 'America/New_York';
    const zone = "import time; [time.timezone, time.altzone, time.daylight, list(time.tzname), time.strftime('%Z', time.localtime(0))]";
    const fresh = (await bootWith()).runPython(zone).toJs();
    expect(fresh[0]).toBe(18000);
    expect((await restore(memory, { freshen: false })).runPython(zone).toJs()[0]).toBe(0);
    expect((await restore(memory)).runPython(zone).toJs()).toEqual(fresh);
  });

  it('is made again when its stamp does not match its inputs, and only then', async () => {
    const to = join(mkdtempSync(join(tmpdir(), 'mldojo-snapshot-')), 'interpreter.snap');
    expect(await makeShippedSnapshot(to)).toBe(true);
    expect(await makeShippedSnapshot(to)).toBe(false);
    writeFileSync(`${to}.stamp`, 'made from something else');
    expect(await makeShippedSnapshot(to)).toBe(true);
    expect(unpackSnapshot(new Uint8Array(gunzipSync(readFileSync(to))))?.length).toBeGreaterThan(10_000_000);
  });
});
