// Build-time settings, read from the environment so a fork can deploy without editing code.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sub-path the site is served under, e.g. `/ml-dojo/` on GitHub Pages; `/` by default. */
export function basePath() {
  const raw = process.env.BASE_PATH || '/';
  return ('/' + raw.replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');
}

/** Pinned Pyodide version: the self-hosted core and the package CDN must match exactly. */
export const PYODIDE_VERSION = '314.0.7';

/** Where Pyodide packages (numpy, pandas, …) are fetched from; override with PYODIDE_PACKAGES_URL. */
export function packagesUrl() {
  return process.env.PYODIDE_PACKAGES_URL || `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;
}

/**
 * Short content hash of the standard library the site serves (made by scripts/copy-pyodide.ts,
 * which every build and `npm run dev` run first). It versions the zip's URL, the offline cache and
 * the interpreter snapshot: a snapshot must never meet a different zip than the one it was made with.
 */
export function stdlibId() {
  // The name is SHIPPED_STDLIB_FILE (pyodide-core.ts); this file stays plain JS for astro.config.mjs.
  const zip = join(import.meta.dirname, '..', '..', 'public', 'pyodide', 'python_stdlib_bytecode.zip');
  let bytes;
  try {
    bytes = readFileSync(zip);
  } catch {
    throw new Error(`${zip} is missing: run \`npm run prepare:pyodide\` first (npm run build and npm run dev do).`);
  }
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** Size of the shipped interpreter snapshot (scripts/make-snapshot.ts): the worker weighs its download by it. */
export function shippedSnapshotBytes() {
  // The path is SHIPPED_SNAPSHOT (scripts/make-snapshot.ts); this file stays plain JS for astro.config.mjs.
  const file = join(import.meta.dirname, '..', '..', '.cache', 'snapshot', 'interpreter.snap');
  try {
    return statSync(file).size;
  } catch {
    throw new Error(`${file} is missing: run \`npm run prepare:pyodide\` first (npm run build and npm run dev do).`);
  }
}
