/**
 * The Pyodide core files copied as they are from the npm package into `pyodide/` (by
 * scripts/copy-pyodide.ts). `python_stdlib.zip` among them is the source library: the site's own
 * workers load the precompiled one instead, but a tab still open from an older build keeps loading
 * this one, and must get exactly what its interpreter snapshot was made with.
 */
export const PYODIDE_CORE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/** The standard library as the site's workers load it: bytecode (scripts/precompile-stdlib.ts). */
export const SHIPPED_STDLIB_FILE = 'python_stdlib_bytecode.zip';

/**
 * Unlike Pyodide's own files, the precompiled library can change while Pyodide's version does not,
 * so its URL carries its hash: no browser or offline cache hands a worker a zip its interpreter
 * snapshot was not made with.
 */
export function stdlibUrl(indexURL: string, stdlibId: string): string {
  return `${indexURL}${SHIPPED_STDLIB_FILE}?v=${stdlibId}`;
}

/** Every core file's URL as the site's workers fetch it (what the offline cache must keep). */
export function coreFileUrls(indexURL: string, stdlibId: string): string[] {
  return PYODIDE_CORE_FILES.map((file) => (file === 'python_stdlib.zip' ? stdlibUrl(indexURL, stdlibId) : indexURL + file));
}
