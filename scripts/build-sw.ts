// Writes dist/sw.js after `astro build`: the offline service worker, with the base path, the
// Pyodide version, the standard library's hash and the package URL baked in (they name its caches and decide what it keeps).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePath, packagesUrl, PYODIDE_VERSION, stdlibId } from '../src/lib/site-config.mjs';

const dir = process.argv[2] ?? 'dist';
const template = readFileSync(join(import.meta.dirname, '..', 'src', 'offline', 'sw.js'), 'utf8');
const buildId = Date.now().toString(36);
const out = template
  .replaceAll('__BASE__', basePath())
  .replaceAll('__PYODIDE_VERSION__', PYODIDE_VERSION)
  .replaceAll('__STDLIB_ID__', stdlibId())
  .replaceAll('__PACKAGES_URL__', packagesUrl())
  .replaceAll('__BUILD_ID__', buildId);
writeFileSync(join(dir, 'sw.js'), out);
console.log(`sw.js written for base ${basePath()} (build ${buildId})`);
