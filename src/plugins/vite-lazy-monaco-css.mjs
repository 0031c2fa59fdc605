// Astro adds every stylesheet reachable from a page's scripts — even through a dynamic import() —
// as a <link> in the page. Monaco's 137 KB of CSS would then load on every lesson before the
// learner touches an editor. This plugin turns Monaco's CSS imports into JS that injects a
// <style> when the editor chunk actually runs.
import { readFileSync } from 'node:fs';

const PREFIX = '\0lazy-monaco-css:';

export default function lazyMonacoCss() {
  return {
    name: 'mldojo:lazy-monaco-css',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !importer.includes('/monaco-editor/') || !source.endsWith('.css')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The .js suffix keeps Vite's own CSS pipeline away from this module.
      return resolved ? PREFIX + resolved.id + '.js' : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      let css = readFileSync(file, 'utf8');
      const imports = [];
      css = css.replace(/url\((['"]?)(\.{1,2}\/[^'")]+)\1\)/g, (_, _q, path) => {
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(new URL(path, 'file://' + file).pathname + '?url')};`);
        return `url("__${name}__")`;
      });
      const names = imports.map((_, i) => `asset${i}`);
      return `${imports.join('\n')}
let css = ${JSON.stringify(css)};
${names.map((n) => `css = css.split("__${n}__").join(${n});`).join('\n')}
if (typeof document !== 'undefined') {
  const style = document.createElement('style');
  style.dataset.source = 'monaco';
  style.textContent = css;
  document.head.appendChild(style);
}
export default css;`;
    },
  };
}
