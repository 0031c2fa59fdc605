// Matplotlib figures come back as PNGs (Agg backend), checked on CPython with the real matplotlib.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPython } from '../../../scripts/content-check-lib.ts';

const script = `
import sys, base64, json
sys.path.insert(0, ${JSON.stringify(join(import.meta.dirname, '../../../src/runner/python'))})
import mldojo_grader as g
r = g.run("import matplotlib.pyplot as plt\\nplt.plot([1, 2, 3])\\nplt.figure()\\nplt.bar([1], [2])\\n")
imgs = g.collect_figures()
import matplotlib.pyplot as plt
print(json.dumps({"ok": r["ok"], "n": len(imgs), "png": all(base64.b64decode(i)[:8] == b"\\x89PNG\\r\\n\\x1a\\n" for i in imgs), "left_open": len(plt.get_fignums())}))
`;

describe('collect_figures', () => {
  it('returns every open figure as a PNG and closes them', () => {
    const out = spawnSync(defaultPython(), ['-c', script], { encoding: 'utf8', env: { ...process.env, MPLBACKEND: 'Agg' } });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ ok: true, n: 2, png: true, left_open: 0 });
  });
});
