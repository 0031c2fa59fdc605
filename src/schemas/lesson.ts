import { z } from 'astro/zod';

/**
 * Extra frontmatter for lesson pages (content/docs/modules/<module>/<lesson>.mdx).
 * A lesson's position in its module is Starlight's `sidebar.order`.
 */
export const lessonFields = z.object({
  /** Present on lesson pages only. */
  lesson: z
    .strictObject({
      /** Stable id `<module>/<lesson>` keying "visited"/"complete" progress; never change it once published. */
      id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      /** Estimated minutes to read and run the examples (exercises carry their own estimate). */
      minutes: z.number().int().positive(),
    })
    .optional(),
});
