import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonFields } from './schemas/lesson.ts';
import { moduleSchema, trackSchema } from './schemas/module.ts';
import { exerciseMetaSchema } from './schemas/exercise.ts';
import { exercisesLoader } from './loaders/exercises.ts';
import { parse as parseYaml } from 'yaml';

export const collections = {
  /** Lessons and other prose pages, routed by Starlight. */
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: lessonFields }),
  }),
  /** The 51 modules (content/modules/<slug>.yaml). */
  modules: defineCollection({
    loader: glob({ base: './content/modules', pattern: '*.yaml' }),
    schema: moduleSchema,
  }),
  /** The eight tracks. */
  tracks: defineCollection({
    loader: file('./content/tracks.yaml', { parser: (text) => (parseYaml(text) as { slug: string }[]).map((t) => ({ id: t.slug, ...t })) }),
    schema: trackSchema,
  }),
  /** Exercise folders (content/exercises/<module>/<name>/). */
  exercises: defineCollection({
    loader: exercisesLoader(),
    schema: exerciseMetaSchema.extend({
      /** Stable id `<module>/<name>`. */
      id: z.string(),
      /** Module slug. */
      module: z.string(),
      /** Starter code the editor opens with. */
      starter: z.string(),
      /** Reference solution. */
      solution: z.string(),
      /** Test cells. */
      tests: z.string(),
      /** Hidden code run first. */
      prelude: z.string(),
      /** Explanation rendered to HTML. */
      explanationHtml: z.string(),
      /** Hints rendered to HTML. */
      hintsHtml: z.array(z.string()),
    }),
  }),
};
