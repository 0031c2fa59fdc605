// The curriculum as the progress pages see it: built at compile time by catalog.ts and embedded
// in the page as JSON, so the client scripts and the pure modules need no content APIs.

export interface CatalogExercise {
  /** Stable id `<module>/<name>`. */
  id: string;
  title: string;
  /** False while the exercise is only planned (it cannot be passed yet). */
  written: boolean;
  difficulty: 'easy' | 'medium' | 'hard';
  /** Library tag: `stdlib`, `numpy`, `sklearn+pandas`… */
  libs: string;
  /** Estimated minutes (written exercises only). */
  minutes?: number;
  /** Link to the exercise inside its lesson (written exercises only), base included. */
  href?: string;
}

export interface CatalogLesson {
  id: string;
  title: string;
  minutes: number;
  href: string;
}

export interface CatalogModule {
  id: string;
  code: string;
  title: string;
  track: string;
  order: number;
  href: string;
  hours: { min: number; max: number };
  /** Lessons the spec plans (written or not). */
  plannedLessons: number;
  /** Written lessons in order. */
  lessons: CatalogLesson[];
  /** Planned and written exercises. */
  exercises: CatalogExercise[];
}

export interface CatalogTrack {
  letter: string;
  slug: string;
  title: string;
  href: string;
  hours: { min: number; max: number };
}

export interface Catalog {
  tracks: CatalogTrack[];
  modules: CatalogModule[];
}
