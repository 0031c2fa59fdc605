// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatexStrict from './src/plugins/rehype-katex-strict.mjs';
import rehypeBaseLinks from './src/plugins/rehype-base-links.mjs';
import { basePath, packagesUrl, PYODIDE_VERSION, shippedSnapshotBytes, stdlibId } from './src/lib/site-config.mjs';
import { buildSidebar } from './src/lib/sidebar.mjs';
import lazyMonacoCss from './src/plugins/vite-lazy-monaco-css.mjs';

export default defineConfig({
  site: process.env.SITE_URL || 'https://example.github.io',
  base: basePath(),
  trailingSlash: 'always',
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatexStrict, { strict: 'error' }], [rehypeBaseLinks, { base: basePath() }]] }),
  },
  vite: {
    define: { __PYODIDE_PACKAGES_URL__: JSON.stringify(packagesUrl()), __PYODIDE_VERSION__: JSON.stringify(PYODIDE_VERSION), __PYODIDE_STDLIB_ID__: JSON.stringify(stdlibId()), __SHIPPED_SNAPSHOT_BYTES__: JSON.stringify(shippedSnapshotBytes()) },
    worker: { format: 'es' },
    // Never inline fonts into CSS: every page would download KaTeX_Size3 whether or not it draws it.
    build: { assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined) },
    plugins: [lazyMonacoCss()],
  },
  integrations: [
    starlight({
      title: 'ML Dojo',
      description: 'Learn machine learning by doing: lessons and Python exercises that run in your browser.',
      logo: { src: './src/assets/logo.svg' },
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css'],
      sidebar: buildSidebar(),
      routeMiddleware: './src/sidebar-route-data.ts',
      lastUpdated: false,
      pagination: true,
      components: {
        Head: './src/components/overrides/Head.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
    }),
  ],
});
