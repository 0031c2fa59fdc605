// Root-relative links in lessons get the GitHub Pages base; everything else is left alone.
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import rehypeBaseLinks from '../../../src/plugins/rehype-base-links.mjs';

const render = async (md: string, base: string) => String(await compile(md, { format: 'md', rehypePlugins: [[rehypeBaseLinks, { base }]] }));

describe('rehype-base-links', () => {
  it('prefixes root-relative links and images with the base', async () => {
    const out = await render('[calculus](/modules/calculus/) ![x](/img.png)', '/ml-dojo/');
    expect(out).toContain('"/ml-dojo/modules/calculus/"');
    expect(out).toContain('"/ml-dojo/img.png"');
  });

  it('leaves external, relative, protocol-relative and already-prefixed links alone', async () => {
    const out = await render('[a](https://x.org/) [b](../c/) [c](//cdn.x/y) [d](/ml-dojo/e/)', '/ml-dojo/');
    expect(out).toContain('"https://x.org/"');
    expect(out).toContain('"../c/"');
    expect(out).toContain('"//cdn.x/y"');
    expect(out).toContain('"/ml-dojo/e/"');
    expect(out).not.toContain('/ml-dojo/ml-dojo/');
  });

  it('does nothing at the root base', async () => {
    expect(await render('[a](/x/)', '/')).toContain('"/x/"');
  });
});
