// The grader on the real Pyodide core in Node: verdicts, messages, and the cheats it must resist.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PyodideAPI } from 'pyodide';
import { checkWithGrader } from '../../../src/runner/grader-host.ts';
import { INTERPRETERS } from './pyodide-host.ts';

const TESTS = `
def test_adds():
    """add(2, 3) returns 5."""
    expect_equal(add(2, 3), 5)

def test_floats():
    """add works on floats within tolerance."""
    expect_equal(add(0.1, 0.2), 0.3)

def test_type():
    """add returns an int for ints."""
    expect_type(add(1, 1), int)
`;
const GOOD = 'def add(a, b):\n    return a + b\n';
describe.each(INTERPRETERS)('%s interpreter', (_kind, boot) => {
  let py: PyodideAPI;
  beforeAll(async () => {
    py = await boot();
  });

  const check = (src: string, tests = TESTS) => checkWithGrader(py, src, tests);

  describe('verdicts', () => {
    it('passes every cell for a correct solution, in file order, with docstrings as descriptions', () => {
      const r = check(GOOD);
      expect(r.passed).toBe(true);
      expect(r.tests.map((t) => [t.name, t.passed])).toEqual([['test_adds', true], ['test_floats', true], ['test_type', true]]);
      expect(r.tests[0].description).toBe('add(2, 3) returns 5.');
    });

    it('reports every failing cell with expected and actual, not just the first', () => {
      const r = check('def add(a, b):\n    return a - b\n');
      expect(r.passed).toBe(false);
      expect(r.tests.filter((t) => !t.passed).map((t) => t.name)).toEqual(['test_adds', 'test_floats']);
      expect(r.tests[0].expected).toBe('5');
      expect(r.tests[0].actual).toBe('-1');
      expect(r.tests[0].message).toMatch(/expected 5, got -1/);
    });

    it('names shape and dtype differences for arrays (numpy-free: lists say lengths)', () => {
      const r = check('def add(a, b):\n    return [a, b]\n', 'def test_list():\n    """a list of three"""\n    expect_equal(add(1, 2), [1, 2, 3])\n');
      expect(r.tests[0].message).toMatch(/expected 3 items, got 2/);
    });

    it('points a runtime error at the learner line with a traceback of their frames only', () => {
      const r = check('def helper(x):\n    return x / 0\n\ndef add(a, b):\n    return helper(a)\n');
      const t = r.tests[0];
      expect(t.passed).toBe(false);
      expect(t.error?.type).toBe('ZeroDivisionError');
      expect(t.error?.line).toBe(2);
      expect(t.error?.traceback).toContain('line 5, in add');
      expect(t.error?.traceback).not.toContain('mldojo_grader');
    });
  });

  describe('bad input gets a clear message', () => {
    it('syntax error: line shown, no test run', () => {
      const r = check('def add(a, b)\n    return a + b\n');
      expect(r.load_error?.type).toBe('SyntaxError');
      expect(r.load_error?.line).toBe(1);
      expect(r.tests.every((t) => !t.passed && /did not finish loading/.test(t.message))).toBe(true);
    });

    it('indentation error: line shown', () => {
      const r = check('def add(a, b):\nreturn a + b\n');
      expect(r.load_error?.type).toBe('IndentationError');
      expect(r.load_error?.line).toBe(2);
    });

    it('sys.exit() and raise SystemExit are explained, not fatal', () => {
      const top = check('import sys\nsys.exit(0)\n');
      expect(top.load_error?.type).toBe('SystemExit');
      expect(top.load_error?.message).toMatch(/sys\.exit\(\)/);
      const inside = check('def add(a, b):\n    raise SystemExit(2)\n');
      expect(inside.tests[0].message).toMatch(/called sys\.exit\(\) with 2/);
      expect(check(GOOD).passed).toBe(true);
    });

    it('input() says exercises do not read from the keyboard', () => {
      const r = check('name = input("name? ")\n');
      expect(r.load_error?.message).toMatch(/input\(\) is not available/);
    });

    it('import of a missing package names it', () => {
      const r = check('import tensorflow\n');
      expect(r.load_error?.type).toBe('ModuleNotFoundError');
      expect(r.load_error?.message).toMatch(/tensorflow/);
    });

    it('huge printed output is capped and counted', () => {
      const r = check('for i in range(300000):\n    print("spam spam")\ndef add(a, b):\n    return a + b\n');
      expect(r.passed).toBe(true);
      expect(r.stdout.length).toBeLessThan(101_000);
      expect(r.stdout).toMatch(/output truncated: [\d,]+ more characters/);
    });
  });

  describe('cheats cannot fake a pass', () => {
    it('an object whose __eq__ is always True fails the comparison', () => {
      const r = check('class Yes:\n    def __eq__(self, other):\n        return True\n\ndef add(a, b):\n    return Yes()\n');
      expect(r.tests.filter((t) => t.passed).map((t) => t.name)).toEqual([]);
      expect(r.tests[0].message).toMatch(/expected a number, got Yes/);
    });

    it('rebinding builtins (print, len, isinstance) in the learner namespace or in builtins does not leak into the tests', () => {
      const cheat = [
        'import builtins',
        'builtins.isinstance = lambda *a: True',
        'builtins.len = lambda x: 0',
        'print = None',
        'len = lambda x: 3',
        'def add(a, b):',
        '    builtins.isinstance = lambda *a: True',
        '    return "5"',
      ].join('\n');
      const r = check(cheat, TESTS + '\ndef test_len():\n    """len still works"""\n    expect_equal(len([1, 2]), 2)\n');
      expect(r.tests.find((t) => t.name === 'test_adds')?.passed).toBe(false);
      expect(r.tests.find((t) => t.name === 'test_type')?.passed).toBe(false);
      expect(r.tests.find((t) => t.name === 'test_len')?.passed).toBe(true);
      // The interpreter's real builtins are restored for whoever runs next.
      expect(py.runPython('isinstance("x", int)')).toBe(false);
    });

    it('monkeypatching the grader module from learner code is undone before comparing', () => {
      const cheat = [
        'import mldojo_grader as g',
        'g._compare = lambda *a: None',
        'g.expect_equal = lambda *a, **k: None',
        'def add(a, b):',
        '    g._compare = lambda *a: None',
        '    return 0',
      ].join('\n');
      const r = check(cheat);
      expect(r.tests.find((t) => t.name === 'test_adds')?.passed).toBe(false);
      expect(check(GOOD).passed).toBe(true);
    });

    it('deleting names the tests need is reported as a failure, not a crash', () => {
      const r = check('import builtins\ndel builtins.len\ndef add(a, b):\n    return a + b\n', TESTS + '\ndef test_len():\n    """len exists"""\n    expect_equal(len("ab"), 2)\n');
      expect(r.passed).toBe(true);
    });

    it('a starter that returns the wrong type is named', () => {
      const r = check('def add(a, b):\n    return str(a + b)\n');
      expect(r.tests[0].message).toMatch(/expected a number, got str/);
    });
  });
});
