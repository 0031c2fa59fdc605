// The worker imports the grader before taking its interpreter snapshot, so a later visit restores
// a grader that is compiled already. These check that it is really there, is not compiled again,
// and that an interpreter given other grader source runs that source.
import { describe, expect, it } from 'vitest';
import { attachGrader, importGrader, runWithGrader } from '../../../src/runner/grader-host.ts';
import { packSnapshot, unpackSnapshot } from '../../../src/runner/snapshot-pack.ts';
import { GRADER_SOURCE, graderSnapshot, restoreFrom } from './pyodide-host.ts';

const imported = (py: { runPython(code: string): unknown }) => py.runPython('import sys\n"mldojo_grader" in sys.modules') as boolean;

describe('a snapshot taken after importing the grader', () => {
  it('is kept at under half its size, and restores from the kept bytes', async () => {
    const snapshot = await graderSnapshot();
    const packed = packSnapshot(snapshot);
    expect(packed.length).toBeLessThan(snapshot.length / 2);
    const py = await restoreFrom(unpackSnapshot(packed)!);
    expect(imported(py)).toBe(true);
    expect(py.runPython('sum(range(10))')).toBe(45);
  });

  it('restores an interpreter that has the grader, and attaching compiles nothing', async () => {
    const py = await restoreFrom(await graderSnapshot());
    expect(imported(py)).toBe(true);
    // Hand it a source that would fail to compile: with `imported` it is written, never compiled.
    importGrader(py, 'def broken(:', { imported: true });
    attachGrader(py);
    let printed = '';
    py.setStdout({ batched: (line: string) => (printed += line) });
    expect(runWithGrader(py, 'print(6 * 7)')).toEqual({ ok: true, error: null });
    expect(printed).toBe('42');
    // The file is written again for tracebacks: a snapshot does not carry the file system.
    expect(py.FS.readFile('/home/pyodide/mldojo_grader.py', { encoding: 'utf8' })).toBe('def broken(:');
  });

  it('an interpreter that already has a grader runs newly given source (reloaded, not cached)', async () => {
    const py = await restoreFrom(await graderSnapshot());
    importGrader(py, GRADER_SOURCE + '\nSOURCE_MARK = "second"\n');
    attachGrader(py);
    expect(py.runPython('import mldojo_grader\nmldojo_grader.SOURCE_MARK')).toBe('second');
    expect(() => importGrader(py, 'def broken(:')).toThrow(/SyntaxError/);
  });
});
