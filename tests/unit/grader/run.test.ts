// Run mode on the real Pyodide core: output goes to the host's stdout, errors are trimmed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PyodideAPI } from 'pyodide';
import { runWithGrader } from '../../../src/runner/grader-host.ts';
import { INTERPRETERS } from './pyodide-host.ts';

describe.each(INTERPRETERS)('%s interpreter', (_kind, boot) => {
  let py: PyodideAPI;
  let printed = '';
  beforeAll(async () => {
    py = await boot();
    py.setStdout({ batched: (line: string) => (printed += line + '\n') });
  });

  describe('run', () => {
    it('runs code in a fresh namespace each time and streams print output', () => {
      printed = '';
      expect(runWithGrader(py, 'x = 41\nprint(x + 1)')).toEqual({ ok: true, error: null });
      expect(printed).toBe('42\n');
      const second = runWithGrader(py, 'print(x)');
      expect(second.ok).toBe(false);
      expect(second.error?.type).toBe('NameError');
      expect(second.error?.line).toBe(1);
    });

    it('prints HTML as text (the page inserts it with textContent)', () => {
      printed = '';
      runWithGrader(py, "print('<img src=x onerror=alert(1)>')");
      expect(printed).toBe('<img src=x onerror=alert(1)>\n');
    });

    it('deep recursion becomes a RecursionError on the learner line, and Python stays usable', () => {
      const r = runWithGrader(py, 'def f(n):\n    return f(n + 1)\nf(0)\n');
      expect(r.error?.type).toBe('RecursionError');
      expect(r.error?.line).toBe(2);
      expect(runWithGrader(py, 'print("still alive")').ok).toBe(true);
    });

    it('a huge allocation fails with MemoryError, not a dead interpreter', () => {
      const r = runWithGrader(py, 'x = bytearray(2 * 1024**3)');
      expect(r.ok).toBe(false);
      expect(['MemoryError', 'OverflowError']).toContain(r.error?.type);
      expect(runWithGrader(py, 'y = 1').ok).toBe(true);
    });

    it('the prelude runs first and its names are visible', () => {
      printed = '';
      expect(runWithGrader(py, 'print(DATA[0])', 'DATA = [7, 8]').ok).toBe(true);
      expect(printed).toBe('7\n');
    });
  });
});
