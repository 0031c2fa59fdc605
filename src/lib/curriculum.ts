// Read-side helpers over the content collections: the track → module → lesson → exercise map.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Track = CollectionEntry<'tracks'>;
export type Module = CollectionEntry<'modules'>;
export type Lesson = CollectionEntry<'docs'>;
export type Exercise = CollectionEntry<'exercises'>;

export async function getTracks(): Promise<Track[]> {
  const tracks = await getCollection('tracks');
  return tracks.sort((a, b) => a.data.letter.localeCompare(b.data.letter));
}

export async function getModules(): Promise<Module[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

/** Lessons of a module, in their sidebar order. */
export async function getLessons(moduleSlug?: string): Promise<Lesson[]> {
  const all = await getCollection('docs', (e) => e.id.startsWith('modules/') && !!e.data.lesson && (!moduleSlug || e.id.split('/')[1] === moduleSlug));
  return all.sort((a, b) => (a.data.sidebar.order ?? 999) - (b.data.sidebar.order ?? 999) || a.id.localeCompare(b.id));
}

export function moduleOfLesson(lesson: Lesson): string {
  return lesson.id.split('/')[1];
}

export async function getExercises(moduleSlug?: string): Promise<Exercise[]> {
  const all = await getCollection('exercises', (e) => !moduleSlug || e.data.module === moduleSlug);
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** Which lesson embeds each exercise (exercise id → lesson), read from the MDX source. */
export async function exerciseHomes(): Promise<Map<string, Lesson>> {
  const homes = new Map<string, Lesson>();
  for (const lesson of await getLessons()) {
    for (const m of (lesson.body ?? '').matchAll(/<Exercise\s+[^>]*id=["']([^"']+)["']/g)) homes.set(m[1], lesson);
  }
  return homes;
}

export function lessonHref(lesson: Lesson): string {
  return `/${lesson.id}/`;
}

export function formatHours(h: { min: number; max: number }): string {
  return h.min === h.max ? `${h.min} h` : `${h.min}–${h.max} h`;
}

/** Total estimated minutes of a module's written content (lessons + exercises). */
export function writtenMinutes(lessons: Lesson[], exercises: Exercise[]): number {
  return lessons.reduce((s, l) => s + (l.data.lesson?.minutes ?? 0), 0) + exercises.reduce((s, e) => s + e.data.minutes, 0);
}
