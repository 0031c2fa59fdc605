// Authors write root-relative links (`/modules/calculus/`). GitHub Pages serves a fork under
// `/<repo>/`, so every such link and image gets the configured base prepended at build time.
import { visit } from 'unist-util-visit';

export default function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  return (tree) => {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      for (const attr of ['href', 'src']) {
        const value = node.properties?.[attr];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(prefix + '/')) {
          node.properties[attr] = prefix + value;
        }
      }
    });
  };
}
