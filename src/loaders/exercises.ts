// Content-layer loader for exercise folders. Validation lives in src/lib/exercise-files.ts (shared
// with CI); here each folder becomes a collection entry whose prompt is rendered Markdown.
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { readAllExercises } from '../lib/exercise-files.ts';

export function exercisesLoader(root = 'content/exercises'): Loader {
  return {
    name: 'mldojo-exercises',
    load: async ({ store, parseData, renderMarkdown, watcher, config, logger }) => {
      const dir = join(config.root.pathname, root);
      const sync = async () => {
        store.clear();
        for (const ex of readAllExercises(dir)) {
          const data = await parseData({
            id: ex.id,
            data: {
              id: ex.id,
              module: ex.module,
              ...ex.meta,
              starter: ex.starter,
              solution: ex.solution,
              tests: ex.tests,
              prelude: ex.prelude,
              explanationHtml: (await renderMarkdown(ex.meta.explanation)).html,
              hintsHtml: await Promise.all(ex.meta.hints.map(async (h) => (await renderMarkdown(h)).html)),
            },
          });
          store.set({ id: ex.id, data, rendered: await renderMarkdown(ex.prompt) });
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (path) => {
        if (path.startsWith(dir)) sync().catch((e) => logger.error(String(e)));
      });
    },
  };
}
