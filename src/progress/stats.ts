// What the dashboard shows, computed from the record and the catalog: per-module and per-track
// progress, hours studied, streaks, the activity calendar and where to continue. Pure functions.
import type { Progress } from './schema.ts';
import type { Catalog, CatalogModule } from './types.ts';
import { DAY_MS, addDays, daysBetween, formatDay, monthShort, parseDay, weekday } from './dates.ts';

export interface ModuleStats {
  id: string;
  exercisesWritten: number;
  exercisesPassed: number;
  exercisesAttempted: number;
  lessonsWritten: number;
  lessonsComplete: number;
  lessonsVisited: number;
  /** Estimated minutes of the written lessons and exercises. */
  minutesWritten: number;
  /** Estimated minutes of completed lessons and passed exercises. */
  minutesDone: number;
  /** Lessons and exercises the module plans, and how many of them are done. */
  units: number;
  unitsDone: number;
  /** unitsDone / units, 0–1. */
  fraction: number;
}

const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);

export function moduleStats(m: CatalogModule, p: Progress): ModuleStats {
  const written = m.exercises.filter((e) => e.written);
  const status = (id: string) => own(p.exercises, id)?.status;
  const passed = written.filter((e) => status(e.id) === 'passed');
  const done = m.lessons.filter((l) => own(p.lessons, l.id)?.complete);
  const planned = Math.max(m.plannedLessons, m.lessons.length) + m.exercises.length;
  return {
    id: m.id,
    exercisesWritten: written.length,
    exercisesPassed: passed.length,
    exercisesAttempted: written.filter((e) => status(e.id) === 'attempted').length,
    lessonsWritten: m.lessons.length,
    lessonsComplete: done.length,
    lessonsVisited: m.lessons.filter((l) => own(p.lessons, l.id)).length,
    minutesWritten: m.lessons.reduce((s, l) => s + l.minutes, 0) + written.reduce((s, e) => s + (e.minutes ?? 0), 0),
    minutesDone: done.reduce((s, l) => s + l.minutes, 0) + passed.reduce((s, e) => s + (e.minutes ?? 0), 0),
    units: planned,
    unitsDone: Math.min(planned, done.length + passed.length),
    fraction: planned ? Math.min(1, (done.length + passed.length) / planned) : 0,
  };
}

export type Totals = Omit<ModuleStats, 'id' | 'fraction'> & { modules: number; modulesStarted: number; modulesDone: number; fraction: number };

export function sumStats(list: ModuleStats[]): Totals {
  const t: Totals = { exercisesWritten: 0, exercisesPassed: 0, exercisesAttempted: 0, lessonsWritten: 0, lessonsComplete: 0, lessonsVisited: 0, minutesWritten: 0, minutesDone: 0, units: 0, unitsDone: 0, modules: list.length, modulesStarted: 0, modulesDone: 0, fraction: 0 };
  for (const s of list) {
    for (const k of ['exercisesWritten', 'exercisesPassed', 'exercisesAttempted', 'lessonsWritten', 'lessonsComplete', 'lessonsVisited', 'minutesWritten', 'minutesDone', 'units', 'unitsDone'] as const) t[k] += s[k];
    if (s.exercisesPassed + s.exercisesAttempted + s.lessonsVisited > 0) t.modulesStarted++;
    if (s.fraction >= 1) t.modulesDone++;
  }
  t.fraction = t.units ? t.unitsDone / t.units : 0;
  return t;
}

/** Activity of a day: everything the learner did. */
export const dayCount = (p: Progress, day: string): number => {
  const a = own(p.activity, day);
  return a ? a.checks + a.visits + a.completions : 0;
};

export function streaks(p: Progress, today: string): { current: number; longest: number; activeDays: number } {
  const days = Object.keys(p.activity).filter((d) => dayCount(p, d) > 0).sort();
  let longest = 0;
  let run = 0;
  days.forEach((d, i) => {
    run = i > 0 && daysBetween(days[i - 1], d) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  // A streak is still alive until the end of today, so an inactive today starts from yesterday.
  let current = 0;
  for (let d = dayCount(p, today) > 0 ? today : addDays(today, -1); dayCount(p, d) > 0; d = addDays(d, -1)) current++;
  return { current, longest, activeDays: days.length };
}

export interface CalendarDay {
  day: string;
  count: number;
  /** 0 (nothing) … 4 (a lot). */
  level: number;
}

/** The contribution-graph grid: columns of weeks (Monday first), ending with the week of `today`. */
export function calendarGrid(p: Progress, today: string, weeks = 53): { columns: (CalendarDay | null)[][]; months: { column: number; label: string }[] } {
  const start = parseDay(addDays(today, -((weekday(today) + 6) % 7) - (weeks - 1) * 7));
  const columns: (CalendarDay | null)[][] = [];
  const months: { column: number; label: string }[] = [];
  for (let w = 0; w < weeks; w++) {
    const col: (CalendarDay | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const day = formatDay(start + (w * 7 + d) * DAY_MS);
      if (day > today) {
        col.push(null);
        continue;
      }
      const count = dayCount(p, day);
      col.push({ day, count, level: count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4 });
      if (day.endsWith('-01') || (w === 0 && d === 0)) months.push({ column: w, label: monthShort(day) });
    }
    columns.push(col);
  }
  // A first label squeezed against the next month's would overlap it.
  if (months.length > 1 && months[1].column - months[0].column < 3) months.shift();
  return { columns, months };
}

export interface Target {
  title: string;
  href: string;
  module: string;
  /** What the learner did there last, e.g. "attempted", "visited". */
  note: string;
}

/** The most recent lesson or exercise, and the next lesson not yet complete after it. */
export function continueWhere(c: Catalog, p: Progress): { last?: Target; next?: Target } {
  const lessons = c.modules.flatMap((m) => m.lessons.map((l) => ({ l, m })));
  let best: { at: number; t: Target; index: number } | undefined;
  lessons.forEach(({ l, m }, index) => {
    const lp = own(p.lessons, l.id);
    if (lp && (!best || lp.lastVisitedAt > best.at))
      best = { at: lp.lastVisitedAt, index, t: { title: l.title, href: l.href, module: `${m.code} ${m.title}`, note: lp.complete ? 'complete' : 'visited' } };
  });
  for (const m of c.modules)
    for (const e of m.exercises) {
      const ep = own(p.exercises, e.id);
      if (ep?.lastAttemptAt && e.href && (!best || ep.lastAttemptAt > best.at)) {
        const index = lessons.findIndex(({ l }) => e.href!.startsWith(l.href));
        best = { at: ep.lastAttemptAt, index, t: { title: `Exercise: ${e.title}`, href: e.href, module: `${m.code} ${m.title}`, note: ep.status } };
      }
    }
  // "Next" is the first unfinished lesson after the one the learner was last in.
  const from = best ? Math.max(0, best.index) : 0;
  const nextIdx = lessons.findIndex(({ l }, i) => i >= from && i !== best?.index && !own(p.lessons, l.id)?.complete);
  const n = nextIdx >= 0 ? lessons[nextIdx] : undefined;
  return {
    last: best?.t,
    next: n && { title: n.l.title, href: n.l.href, module: `${n.m.code} ${n.m.title}`, note: own(p.lessons, n.l.id) ? 'visited' : 'not started' },
  };
}
