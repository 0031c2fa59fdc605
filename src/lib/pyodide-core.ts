/**
 * The Pyodide core files the site serves from `pyodide/` (copied from the npm package by
 * scripts/copy-pyodide.ts). Every Python worker fetches all of them, so they are also what the
 * offline cache must keep once Python has run.
 */
export const PYODIDE_CORE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/**
 * The standard library is rebuilt by us (precompiled, scripts/precompile-stdlib.ts), so unlike the
 * other files its content can change while Pyodide's version does not: its URL carries its hash,
 * and no browser or offline cache can hand a worker a zip its interpreter snapshot was not made with.
 */
export function stdlibUrl(indexURL: string, stdlibId: string): string {
  return `${indexURL}python_stdlib.zip?v=${stdlibId}`;
}

/** Every core file's URL as a worker fetches it. */
export function coreFileUrls(indexURL: string, stdlibId: string): string[] {
  return PYODIDE_CORE_FILES.map((file) => (file === 'python_stdlib.zip' ? stdlibUrl(indexURL, stdlibId) : indexURL + file));
}
