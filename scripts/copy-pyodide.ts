// Self-host the Pyodide core: copy the runtime files from the pinned npm package into
// public/pyodide/ so they are served under the site's base (no CDN needed for stdlib exercises).
// The standard library is also precompiled, and that is what the site's workers load
// (scripts/precompile-stdlib.ts says why; src/lib/pyodide-core.ts why the source zip stays).
// Packages (numpy, …) are not in the npm package; they come from PYODIDE_PACKAGES_URL at run time.
import { copyFileSync, mkdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PYODIDE_VERSION } from '../src/lib/site-config.mjs';
import { PYODIDE_CORE_FILES } from '../src/lib/pyodide-core.ts';
import { precompileStdlib, SHIPPED_STDLIB } from './precompile-stdlib.ts';
import { precompileGrader } from './precompile-grader.ts';
import { makeShippedSnapshot } from './make-snapshot.ts';

const from = join(process.cwd(), 'node_modules', 'pyodide');
const to = join(process.cwd(), 'public', 'pyodide');
mkdirSync(to, { recursive: true });
let copied = 0;
for (const file of PYODIDE_CORE_FILES) {
  const src = join(from, file);
  const dest = join(to, file);
  if (existsSync(dest) && statSync(dest).size === statSync(src).size && statSync(dest).mtimeMs >= statSync(src).mtimeMs) continue;
  copyFileSync(src, dest);
  copied++;
}
const version = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).version;
// The package CDN URL and the interpreter snapshot keys use PYODIDE_VERSION: they must name this core.
if (version !== PYODIDE_VERSION) throw new Error(`node_modules/pyodide is ${version} but src/lib/site-config.mjs pins ${PYODIDE_VERSION}: update one to match the other.`);
const compiled = await precompileStdlib(join(from, 'python_stdlib.zip'), SHIPPED_STDLIB);
const grader = await precompileGrader();
const snapshot = await makeShippedSnapshot();
console.log(`pyodide ${version}: ${copied} core file(s) copied to public/pyodide/; standard library ${compiled ? `precompiled (${compiled} modules)` : 'already precompiled'}; grader ${grader ? 'precompiled' : 'already precompiled'}; interpreter snapshot ${snapshot ? 'made' : 'up to date'}`);
