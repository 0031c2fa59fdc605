// Vitest global setup: the Pyodide-backed suites run on the precompiled standard library the site
// ships (scripts/precompile-stdlib.ts), made here once if a build has not made it already.
import { precompileStdlib } from '../../scripts/precompile-stdlib.ts';

export default async function setup(): Promise<void> {
  await precompileStdlib();
}
