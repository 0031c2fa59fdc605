import type { Catalog, CatalogModule } from '../../../src/progress/types.ts';

const mod = (id: string, code: string, track: string, order: number, hours: [number, number], lessons: [string, number][], exercises: [string, boolean, number?][]): CatalogModule => ({
  id,
  code,
  title: id.replace(/-/g, ' '),
  track,
  order,
  href: `/ml-dojo/modules/${id}/`,
  hours: { min: hours[0], max: hours[1] },
  plannedLessons: Math.max(lessons.length, 2),
  lessons: lessons.map(([slug, minutes]) => ({ id: `${id}/${slug}`, title: slug, minutes, href: `/ml-dojo/modules/${id}/${slug}/` })),
  exercises: exercises.map(([name, written, minutes]) => ({
    id: `${id}/${name}`,
    title: name,
    written,
    difficulty: 'easy',
    libs: name.includes('sk') ? 'sklearn' : 'numpy',
    ...(written ? { minutes, href: `/ml-dojo/modules/${id}/${lessons[0][0]}/#exercise-${id}-${name}` } : {}),
  })),
});

/** Three small modules: A1 (written), B1 (half written), C1 (only planned). */
export const catalog: Catalog = {
  tracks: [
    { letter: 'A', slug: 'a', title: 'Track A', href: '/ml-dojo/tracks/a/', hours: { min: 4, max: 6 } },
    { letter: 'B', slug: 'b', title: 'Track B', href: '/ml-dojo/tracks/b/', hours: { min: 8, max: 10 } },
    { letter: 'C', slug: 'c', title: 'Track C', href: '/ml-dojo/tracks/c/', hours: { min: 10, max: 10 } },
  ],
  modules: [
    mod('alpha', 'A1', 'A', 1, [4, 6], [['one', 30], ['two', 45]], [['f', true, 15], ['g', true, 20]]),
    mod('beta', 'B1', 'B', 2, [8, 10], [['intro', 60]], [['h', true, 30], ['sk_fit', false]]),
    mod('gamma', 'C1', 'C', 3, [10, 10], [], [['k', false], ['sk_pipe', false]]),
  ],
};
