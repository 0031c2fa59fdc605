// Turns a study plan into calendar events: one all-day event per week listing its modules, a
// finish-day milestone, and (optionally) the routine's recurring study sessions.
import type { Plan } from './planner.ts';
import type { Routine } from './presets.ts';
import { sessionMinutes } from './presets.ts';
import { buildIcs, type IcsEvent } from './ics.ts';
import { addDays, weekday } from './dates.ts';

const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const hours = (min: number) => `${Math.round((min / 60) * 10) / 10} h`;

export interface CalendarOptions {
  /** Site origin, e.g. https://x.github.io; plan hrefs already carry the base path. */
  origin: string;
  routine?: Routine;
  /** Daily session start, `HH:MM`; sessions are left out when absent. */
  sessionTime?: string;
  now: number;
}

/** First day on or after `day` that falls on one of `codes`. */
export function firstOn(day: string, codes: string[]): string {
  for (let i = 0; i < 7; i++) if (codes.includes(CODES[weekday(addDays(day, i))])) return addDays(day, i);
  return day;
}

export function planEvents(plan: Plan, o: CalendarOptions): IcsEvent[] {
  const id = plan.weeks[0]?.start ?? 'empty';
  const events: IcsEvent[] = plan.weeks.map((w) => ({
    uid: `week-${w.index}-${id}@ml-dojo`,
    summary: `ML Dojo week ${w.index}: ${[...new Set(w.items.map((i) => i.code))].join(', ')} (${hours(w.minutes)})`,
    description: [w.phase, ...w.items.map((i) => `${i.code} ${i.title}: ${hours(i.minutes)} — ${o.origin}${i.href}`)].filter(Boolean).join('\n'),
    allDay: { start: w.start, endExclusive: addDays(w.end, 1) },
  }));
  if (plan.finish) events.push({ uid: `finish-${id}@ml-dojo`, summary: 'ML Dojo: projected finish', description: 'The last study day of your plan. Check /progress/ to see how you are doing.', allDay: { start: plan.finish, endExclusive: addDays(plan.finish, 1) } });
  if (o.routine && o.sessionTime && plan.weeks.length && plan.finish) {
    o.routine.sessions.forEach((s, i) =>
      events.push({
        uid: `session-${i}-${id}@ml-dojo`,
        summary: `ML Dojo: ${s.title}`,
        description: s.blocks.map((b) => `${b.label} (${b.minutes} min): ${b.what}`).join('\n'),
        timed: { start: firstOn(plan.weeks[0].start, s.days), time: o.sessionTime!, minutes: sessionMinutes(s), byDay: s.days, until: plan.finish! },
      }),
    );
  }
  return events;
}

export const planToIcs = (plan: Plan, o: CalendarOptions): string => buildIcs(planEvents(plan, o), o.now);
