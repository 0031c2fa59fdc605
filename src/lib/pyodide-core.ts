/**
 * The Pyodide core files the site serves from `pyodide/` (copied from the npm package by
 * scripts/copy-pyodide.ts). Every Python worker fetches all of them, so they are also what the
 * offline cache must keep once Python has run.
 */
export const PYODIDE_CORE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;
