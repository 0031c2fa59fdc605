// The study planner: spreads the remaining module hours over weeks. Pure functions, so the week
// arithmetic is unit-tested; the /plan/ page only renders what plan() returns.
import type { Progress } from './schema.ts';
import type { Catalog } from './types.ts';
import type { Preset } from './presets.ts';
import { moduleStats } from './stats.ts';
import { addDays, daysBetween } from './dates.ts';

export interface PlanUnit {
  id: string;
  code: string;
  title: string;
  track: string;
  href: string;
  /** Minutes still to study. */
  minutes: number;
}
export interface PlanItem {
  id: string;
  code: string;
  title: string;
  href: string;
  minutes: number;
}
export interface PlanWeek {
  /** 1-based week number counted from the plan's start date. */
  index: number;
  start: string;
  end: string;
  minutes: number;
  /** This week's study budget in minutes. */
  capacity: number;
  phase?: string;
  items: PlanItem[];
}
export interface Segment {
  label?: string;
  units: PlanUnit[];
  /** 0-based week the segment may start in. */
  fromWeek: number;
  /** Week the segment must end before (a deadline); the pace follows from it. */
  toWeek?: number;
  /** A fixed pace instead of a deadline. */
  minutesPerWeek?: number;
}

/**
 * Packs units into consecutive weeks, in order, filling each week to its capacity. A segment
 * never starts before the week the previous one ended in.
 */
export function schedule(segments: Segment[], start: string): PlanWeek[] {
  const weeks: PlanWeek[] = [];
  let next = 0;
  for (const seg of segments) {
    const total = seg.units.reduce((s, u) => s + u.minutes, 0);
    if (total <= 0) continue;
    const from = Math.max(seg.fromWeek, next);
    const available = seg.toWeek === undefined ? 0 : seg.toWeek - from;
    const capacity = Math.max(1, Math.ceil(seg.minutesPerWeek ?? total / Math.max(1, available)));
    let w = from;
    let week: PlanWeek | undefined;
    const open = () => {
      week = { index: w + 1, start: addDays(start, 7 * w), end: addDays(start, 7 * w + 6), minutes: 0, capacity, phase: seg.label, items: [] };
      weeks.push(week);
    };
    for (const u of seg.units) {
      let left = u.minutes;
      while (left > 0) {
        if (!week || week.minutes >= capacity) {
          if (week) w++;
          open();
        }
        const take = Math.min(left, capacity - week!.minutes);
        week!.items.push({ id: u.id, code: u.code, title: u.title, href: u.href, minutes: take });
        week!.minutes += take;
        left -= take;
      }
    }
    next = w + 1;
  }
  return weeks;
}

/** The last day with scheduled work, assuming the week's hours are spread evenly over its 7 days. */
export function finishDay(weeks: PlanWeek[]): string | null {
  const last = weeks[weeks.length - 1];
  if (!last) return null;
  return addDays(last.start, Math.max(1, Math.ceil((last.minutes * 7) / last.capacity)) - 1);
}

/** Minutes per module from the hour estimates: the middle of the range. */
export const moduleMinutes = (h: { min: number; max: number }): number => Math.round(((h.min + h.max) / 2) * 60);

/** The modules a preset covers, in curriculum order, with what is left of each. */
export function units(c: Catalog, p: Progress | null, preset: Pick<Preset, 'tracks' | 'modules'>, pick: (h: { min: number; max: number }) => number = moduleMinutes): PlanUnit[] {
  const all = !preset.tracks && !preset.modules;
  return [...c.modules]
    .sort((a, b) => a.order - b.order)
    .filter((m) => all || preset.tracks?.includes(m.track) || preset.modules?.includes(m.id))
    .map((m) => {
      const full = pick(m.hours);
      const left = p ? Math.round(full * (1 - moduleStats(m, p).fraction)) : full;
      return { id: m.id, code: m.code, title: m.title, track: m.track, href: m.href, minutes: left };
    });
}

export interface PlanInput {
  preset: Preset;
  hoursPerWeek: number;
  /** Deadline in weeks (deadline presets). */
  weeks?: number;
  start: string;
  today: string;
}

export interface Plan {
  weeks: PlanWeek[];
  /** Projected last study day, from today's progress; null when nothing is left. */
  finish: string | null;
  /** The same without any progress, from the start date: the plan as first made. */
  originalFinish: string | null;
  /** Finish at the low and high ends of the hour estimates (fixed-pace plans). */
  finishRange?: [string | null, string | null];
  totalMinutes: number;
  remainingMinutes: number;
  /** 0-based week of the plan that contains today (0 before the start). */
  currentWeek: number;
  /** Average hours a week the remaining plan needs. */
  hoursPerWeekNeeded: number;
  /** The deadline has passed with work left. */
  overdue: boolean;
}

function segments(input: PlanInput, c: Catalog, p: Progress | null, fromWeek: number, pick?: (h: { min: number; max: number }) => number): Segment[] {
  const { preset } = input;
  const pace = Math.round(input.hoursPerWeek * 60);
  if (preset.kind === 'phases' && preset.phases) {
    const out: Segment[] = [];
    let carry: PlanUnit[] = [];
    let end = 0;
    for (const ph of preset.phases) {
      const begin = end;
      end += ph.weeks;
      const us = [...carry, ...units(c, p, { tracks: ph.tracks }, pick)];
      if (fromWeek >= end) {
        carry = us; // the phase is over with work left: it moves into the next one
        continue;
      }
      carry = [];
      out.push({ label: ph.label, units: us, fromWeek: Math.max(begin, fromWeek), toWeek: end });
    }
    const on = preset.ongoing;
    if (on) out.push({ label: on.label, units: [...carry, ...units(c, p, { tracks: on.tracks }, pick)], fromWeek: Math.max(end, fromWeek), minutesPerWeek: on.hoursPerWeek * 60 });
    else if (carry.length) out.push({ label: 'Overdue', units: carry, fromWeek, minutesPerWeek: pace });
    return out;
  }
  const us = units(c, p, preset, pick);
  if (preset.kind === 'weeks') {
    const deadline = input.weeks ?? preset.weeks ?? 26;
    if (fromWeek < deadline) return [{ units: us, fromWeek, toWeek: deadline }];
    // Past the deadline: keep the original pace rather than an impossible one.
    const total = units(c, null, preset, pick).reduce((s, u) => s + u.minutes, 0);
    return [{ units: us, fromWeek, minutesPerWeek: Math.ceil(total / deadline) }];
  }
  return [{ units: us, fromWeek, minutesPerWeek: pace }];
}

export function plan(input: PlanInput, c: Catalog, p: Progress | null): Plan {
  const currentWeek = Math.max(0, Math.floor(daysBetween(input.start, input.today) / 7));
  const weeks = schedule(segments(input, c, p, currentWeek), input.start);
  const original = schedule(segments(input, c, null, 0), input.start);
  const sum = (ws: PlanWeek[]) => ws.reduce((s, w) => s + w.minutes, 0);
  const remainingMinutes = sum(weeks);
  const span = weeks.length ? weeks[weeks.length - 1].index - currentWeek : 0;
  const deadline = input.preset.kind === 'weeks' ? (input.weeks ?? input.preset.weeks) : input.preset.phases?.reduce((s, ph) => s + ph.weeks, 0);
  const result: Plan = {
    weeks,
    finish: finishDay(weeks),
    originalFinish: finishDay(original),
    totalMinutes: sum(original),
    remainingMinutes,
    currentWeek,
    hoursPerWeekNeeded: span ? remainingMinutes / 60 / span : 0,
    overdue: input.preset.kind === 'weeks' && deadline !== undefined && currentWeek >= deadline && remainingMinutes > 0,
  };
  if (input.preset.kind === 'hours') {
    const at = (pick: (h: { min: number; max: number }) => number) => finishDay(schedule(segments(input, c, p, currentWeek, pick), input.start));
    result.finishRange = [at((h) => h.min * 60), at((h) => h.max * 60)];
  }
  return result;
}
