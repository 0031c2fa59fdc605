// The grader's bytecode, compiled at build time (scripts/precompile-grader.ts), spares a fresh
// interpreter compiling the grader; CPython checks it against the source, so it can never stand in
// for a different grader.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PyodideAPI } from 'pyodide';
import { attachGrader, importGrader, runWithGrader } from '../../../src/runner/grader-host.ts';
import { precompileGrader } from '../../../scripts/precompile-grader.ts';
import { GRADER_SOURCE, boot, graderBytecode } from './pyodide-host.ts';

/** Counts the files Python compiles from source (the import system calls the builtin `compile`). */
function countCompiles(pyodide: PyodideAPI): () => string[] {
  pyodide.runPython(`
import builtins
_compiled = []
_real_compile = builtins.compile
def _counting_compile(source, filename, *args, **kwargs):
    _compiled.append(str(filename))
    return _real_compile(source, filename, *args, **kwargs)
builtins.compile = _counting_compile
`);
  return () => (pyodide.globals.get('_compiled').toJs() as string[]).filter((f) => f.endsWith('mldojo_grader.py'));
}

describe("the grader's bytecode", () => {
  it('lets a fresh interpreter import the grader without compiling it, and grade as usual', async () => {
    const pyodide = await boot();
    const compiled = countCompiles(pyodide);
    importGrader(pyodide, GRADER_SOURCE, { bytecode: graderBytecode() });
    expect(compiled()).toEqual([]);
    attachGrader(pyodide);
    expect(runWithGrader(pyodide, 'x = 1 / 0')).toMatchObject({ ok: false, error: { type: 'ZeroDivisionError', line: 1 } });
  });

  it('is ignored for a grader source it was not made from: that source is compiled and runs', async () => {
    const pyodide = await boot();
    const compiled = countCompiles(pyodide);
    importGrader(pyodide, `${GRADER_SOURCE}\nMADE_FROM_THIS_SOURCE = True\n`, { bytecode: graderBytecode() });
    expect(compiled()).toHaveLength(1);
    expect(pyodide.runPython('import mldojo_grader; mldojo_grader.MADE_FROM_THIS_SOURCE')).toBe(true);
  });

  it('is ignored when it is not bytecode at all', async () => {
    const pyodide = await boot();
    const compiled = countCompiles(pyodide);
    importGrader(pyodide, GRADER_SOURCE, { bytecode: new Uint8Array(64).fill(7) });
    expect(compiled()).toHaveLength(1);
    attachGrader(pyodide);
    expect(runWithGrader(pyodide, 'print(1)')).toEqual({ ok: true, error: null });
  });

  it('is made again when the source changes, and only then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grader-pyc-'));
    const source = join(dir, 'mldojo_grader.py');
    const out = join(dir, 'mldojo_grader.pyc');
    writeFileSync(source, 'ANSWER = 41\n');
    expect(await precompileGrader(source, out)).toBe(true);
    expect(await precompileGrader(source, out)).toBe(false);
    writeFileSync(source, 'ANSWER = 42\n');
    expect(await precompileGrader(source, out)).toBe(true);
    const pyodide = await boot();
    const compiled = countCompiles(pyodide);
    importGrader(pyodide, 'ANSWER = 42\n', { bytecode: readFileSync(out) });
    expect(compiled()).toEqual([]);
    expect(pyodide.runPython('import mldojo_grader; mldojo_grader.ANSWER')).toBe(42);
  }, 60_000);
});
