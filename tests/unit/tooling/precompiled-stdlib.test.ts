// The standard library the site ships is bytecode made at build time (scripts/precompile-stdlib.ts).
// It must behave like the source library it replaces, on the real Pyodide core.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { NPM_STDLIB, SHIPPED_STDLIB, precompileStdlib } from '../../../scripts/precompile-stdlib.ts';

let fromSource: PyodideAPI;
let shipped: PyodideAPI;
beforeAll(async () => {
  [fromSource, shipped] = await Promise.all([loadPyodide(), loadPyodide({ stdLibURL: SHIPPED_STDLIB })]);
});

/** Names in a zip, read with Python's own zipfile. */
function zipNames(py: PyodideAPI, path: string): string[] {
  py.FS.writeFile('/tmp/listed.zip', readFileSync(path));
  return py.runPython("import zipfile; zipfile.ZipFile('/tmp/listed.zip').namelist()").toJs() as string[];
}

// Runs in both interpreters: where a stdlib module came from, and a traceback through the library.
const PROBE = `
import json, statistics, traceback, inspect
from dataclasses import dataclass, field
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    frames = [(f.filename, f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)]
@dataclass
class Point:
    x: int
    tags: list = field(default_factory=list)
json.dumps({
    "origin": statistics.__spec__.origin,
    "frames": frames,
    "dataclass": repr(Point(1)),
    "signature": str(inspect.signature(statistics.mean)),
    "learner_columns": list(compile("a.b", "<learner>", "exec").co_positions())[-2],
    "library_columns": [p[2:] for p in statistics.mean.__code__.co_positions()][-1],
})`;

describe('the precompiled standard library', () => {
  it('holds bytecode for every module of the npm package, and no sources', () => {
    const sources = zipNames(fromSource, NPM_STDLIB).filter((n) => n.endsWith('.py'));
    const names = zipNames(fromSource, SHIPPED_STDLIB);
    expect(sources.length).toBeGreaterThan(500);
    expect(names.filter((n) => n.endsWith('.py'))).toEqual([]);
    expect(sources.filter((n) => !names.includes(n + 'c'))).toEqual([]);
  });

  it('is what Python imports, with the same behaviour and traceback frames as the sources', () => {
    const source = JSON.parse(fromSource.runPython(PROBE) as string);
    const bytecode = JSON.parse(shipped.runPython(PROBE) as string);
    expect(source.origin).toMatch(/\/statistics\.py$/);
    expect(bytecode.origin).toMatch(/\/statistics\.pyc$/);
    // Same files (the path the zip is mounted at), same lines: only the source text is gone.
    expect(bytecode.frames).toEqual(source.frames);
    expect(bytecode.frames.some(([file]: [string]) => /^\/lib\/python\d+\.zip\/statistics\.py$/.test(file))).toBe(true);
    expect(bytecode.dataclass).toBe(source.dataclass);
    expect(bytecode.signature).toBe(source.signature);
  });

  it("drops the library's column ranges (~1 MB) but leaves the learner's own code its ranges", () => {
    const source = JSON.parse(fromSource.runPython(PROBE) as string);
    const bytecode = JSON.parse(shipped.runPython(PROBE) as string);
    expect(source.library_columns).not.toEqual([null, null]);
    expect(bytecode.library_columns).toEqual([null, null]);
    expect(bytecode.learner_columns).toEqual([1, 1, 0, 3]);
  });
});

describe('precompileStdlib', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stdlib-'));
  const makeZip = (files: Record<string, string>) => {
    fromSource.globals.set('files', fromSource.toPy(files));
    fromSource.runPython("import zipfile\nwith zipfile.ZipFile('/tmp/made.zip', 'w') as z:\n    for name, text in files.items(): z.writestr(name, text)");
    writeFileSync(join(dir, 'source.zip'), fromSource.FS.readFile('/tmp/made.zip'));
  };

  it('compiles what compiles, keeps the rest, and rebuilds only when the source changes', async () => {
    makeZip({ 'good.py': 'X = 1\n', 'bad.py': 'def (:\n', 'data.txt': 'kept as is' });
    const [from, to] = [join(dir, 'source.zip'), join(dir, 'shipped.zip')];
    expect(await precompileStdlib(from, to)).toBe(1);
    expect(zipNames(fromSource, to).sort()).toEqual(['bad.py', 'data.txt', 'good.pyc']);
    expect(await precompileStdlib(from, to)).toBe(0);
    makeZip({ 'good.py': 'X = 2\n', 'other.py': 'Y = 3\n' });
    expect(await precompileStdlib(from, to)).toBe(2);
    expect(zipNames(fromSource, to).sort()).toEqual(['good.pyc', 'other.pyc']);
  });
});
