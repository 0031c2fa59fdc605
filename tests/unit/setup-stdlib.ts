// Vitest global setup: the Pyodide-backed suites run on the precompiled standard library the site
// ships (scripts/precompile-stdlib.ts), and the grader's bytecode (scripts/precompile-grader.ts),
// and the shipped interpreter snapshot (scripts/make-snapshot.ts), made here once if a build has
// not made them already.
import { precompileGrader } from '../../scripts/precompile-grader.ts';
import { makeShippedSnapshot } from '../../scripts/make-snapshot.ts';
import { precompileStdlib } from '../../scripts/precompile-stdlib.ts';

export default async function setup(): Promise<void> {
  await precompileStdlib();
  await precompileGrader();
  await makeShippedSnapshot();
}
