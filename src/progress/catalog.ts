// Builds the catalog the progress pages embed (server side only: it reads the content collections).
import { exerciseHomes, getExercises, getLessons, getModules, getTracks, lessonHref, moduleOfLesson } from '../lib/curriculum';
import { href } from '../lib/urls';
import type { Catalog, CatalogExercise } from './types.ts';

const TAG: Record<string, string> = { 'scikit-learn': 'sklearn' };

export async function buildCatalog(): Promise<Catalog> {
  const [tracks, modules, lessons, exercises, homes] = await Promise.all([getTracks(), getModules(), getLessons(), getExercises(), exerciseHomes()]);
  return {
    tracks: tracks.map((t) => ({ letter: t.data.letter, slug: t.data.slug, title: t.data.title, href: href(`/tracks/${t.data.slug}/`), hours: t.data.hours })),
    modules: modules.map((m) => {
      const written = new Map(exercises.filter((e) => e.data.module === m.id).map((e) => [e.id, e]));
      const planned: CatalogExercise[] = m.data.plannedExercises.map((p) => ({ id: `${m.id}/${p.name}`, title: p.name, written: false, difficulty: p.difficulty, libs: p.libs }));
      for (const [id, e] of written) {
        const home = homes.get(id);
        const entry: CatalogExercise = {
          id,
          title: e.data.title,
          written: true,
          difficulty: e.data.difficulty,
          libs: planned.find((p) => p.id === id)?.libs ?? (e.data.packages.map((p) => TAG[p] ?? p).join('+') || 'stdlib'),
          minutes: e.data.minutes,
          href: home ? href(lessonHref(home)) + '#exercise-' + id.replace('/', '-') : undefined,
        };
        const i = planned.findIndex((p) => p.id === id);
        if (i >= 0) planned[i] = entry;
        else planned.push(entry);
      }
      return {
        id: m.id,
        code: m.data.code,
        title: m.data.title,
        track: m.data.track,
        order: m.data.order,
        href: href(`/modules/${m.id}/`),
        hours: { min: m.data.hours.min, max: m.data.hours.max },
        plannedLessons: m.data.plannedLessons.length,
        lessons: lessons
          .filter((l) => moduleOfLesson(l) === m.id && l.data.lesson)
          .map((l) => ({ id: l.data.lesson!.id, title: l.data.title, minutes: l.data.lesson!.minutes, href: href(lessonHref(l)) })),
        exercises: planned,
      };
    }),
  };
}

/** JSON for a `<script type="application/json">`: `<` escaped so no text can close the tag. */
export const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
