// A LaTeX error must fail the build with the file and formula named, never render red text.
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import rehypeKatexStrict from '../../../src/plugins/rehype-katex-strict.mjs';

const render = (value: string) =>
  compile({ value, path: 'content/docs/modules/demo/lesson.mdx' }, { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatexStrict, { strict: 'error' }]] });

describe('rehype-katex-strict', () => {
  it('renders valid math to KaTeX HTML at build time', async () => {
    const out = String(await render('Energy: $E=mc^2$\n\n$$\n\\sum_{i=1}^n x_i\n$$\n'));
    expect(out).toContain('katex');
    expect(out).not.toContain('katex-error');
  });

  it('fails on a LaTeX error, naming the file and the problem', async () => {
    await expect(render('Broken: $\\frac{1}{$')).rejects.toThrow(/KaTeX could not render math in content\/docs\/modules\/demo\/lesson\.mdx[\s\S]*line 1/);
  });

  it('fails on an unknown command instead of drawing it in red', async () => {
    await expect(render('$\\notacommand{x}$')).rejects.toThrow(/KaTeX could not render math/);
  });
});
