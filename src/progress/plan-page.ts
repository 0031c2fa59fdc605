// /plan/: reads the form, asks planner.ts for the plan, draws it, saves the settings with the
// learner's progress, and writes the .ics file.
import { store } from './store.ts';
import { dayKey } from './keys.ts';
import { plan, type Plan } from './planner.ts';
import { ROUTINES, challengeTargets, presetById, type Preset } from './presets.ts';
import { planToIcs } from './plan-calendar.ts';
import { daysBetween, humanDay, isDay } from './dates.ts';
import type { Catalog } from './types.ts';

const { catalog } = JSON.parse(document.getElementById('mldojo-plan-data')!.textContent!) as { catalog: Catalog };
const s = store();
const root = document.getElementById('planner')!;
const form = root.querySelector<HTMLFormElement>('[data-plan-form]')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const MAX_WEEKS_SHOWN = 156;
let current: { plan: Plan; preset: Preset } | undefined;

const h1 = (min: number) => `${Math.round((min / 60) * 10) / 10} h`;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) =>
  Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text }, cls ? { className: cls } : {});

function readForm() {
  const preset = presetById((form.querySelector<HTMLInputElement>('input[name="preset"]:checked')?.value) ?? 'custom');
  const hours = Math.min(100, Math.max(1, Number(field('hours').value) || preset.hoursPerWeek));
  const weeks = Math.min(520, Math.max(1, Math.round(Number(field('weeks').value) || preset.weeks || 26)));
  const start = isDay(field('start').value) ? field('start').value : dayKey(s.now());
  const session = /^([01]\d|2[0-3]):[0-5]\d$/.test(field('session').value) ? field('session').value : undefined;
  return { preset, hours, weeks, start, session };
}

function showFields(preset: Preset) {
  const hours = field('hours');
  hours.disabled = preset.kind !== 'hours';
  root.querySelector<HTMLElement>('[data-field="weeks"]')!.hidden = preset.kind !== 'weeks';
  for (const r of root.querySelectorAll<HTMLElement>('[data-routine]')) r.toggleAttribute('data-active', r.dataset.routine === preset.routine);
}

function summary(p: Plan, preset: Preset, start: string, today: string, weeks: number) {
  const box = root.querySelector('[data-plan-summary]')!;
  const lines: (string | Node)[] = [];
  if (!p.finish) {
    box.replaceChildren(el('p', 'Nothing left to plan: every module this pace covers is done. Well done!', 'plan-finish'));
    return;
  }
  const inWeeks = Math.max(0, Math.ceil(daysBetween(today, p.finish) / 7));
  const head = el('p', `Projected finish: ${humanDay(p.finish)}`, 'plan-finish');
  const list = el('ul');
  const li = (t: string) => list.append(el('li', t));
  li(`${h1(p.remainingMinutes)} left of ${h1(p.totalMinutes)}${inWeeks ? `, about ${inWeeks} week${inWeeks === 1 ? '' : 's'} from today` : ''}.`);
  if (preset.kind === 'hours' && p.finishRange?.[0] && p.finishRange[1])
    li(`Module estimates are ranges: between ${humanDay(p.finishRange[0])} and ${humanDay(p.finishRange[1])}, depending on your speed.`);
  if (preset.kind !== 'hours') li(`That needs about ${Math.round(p.hoursPerWeekNeeded * 10) / 10} h a week from now on.`);
  if (p.overdue) li(`The ${weeks}-week deadline has passed, so the rest is planned at your original pace.`);
  if (start < today && p.originalFinish) {
    const diff = Math.round(daysBetween(p.originalFinish, p.finish) / 7);
    li(
      diff === 0
        ? `You are on track with the plan you started on ${humanDay(start)}.`
        : diff < 0
          ? `You are ${-diff} week${diff === -1 ? '' : 's'} ahead of the plan you started on ${humanDay(start)} (it ended ${humanDay(p.originalFinish)}).`
          : `You are ${diff} week${diff === 1 ? '' : 's'} behind the plan you started on ${humanDay(start)} (it ended ${humanDay(p.originalFinish)}); the plan now starts from this week.`,
    );
  }
  if (preset.expected) li(`What seed ${preset.seed} expects: ${preset.expected}. Our module estimates cover the browser-based work; the seeds also count projects and job hunting.`);
  if (preset.id === 'challenge-300-1-100-30') for (const t of challengeTargets(weeks)) li(`Target: ${t}.`);
  const routine = ROUTINES[preset.routine];
  const rl = el('li', 'Routine: ');
  rl.append(Object.assign(el('a', `${routine.title} (${routine.seed})`), { href: `#routine-${routine.id}` }), ', below.');
  list.append(rl);
  lines.push(head, list);
  if (preset.warning) lines.push(el('p', `Note: ${preset.warning}`, 'pg-panel warn'));
  box.replaceChildren(...lines);
}

function weeksList(p: Plan) {
  const ol = root.querySelector('[data-plan-weeks]')!;
  const items = p.weeks.slice(0, MAX_WEEKS_SHOWN).map((w) => {
    const li = el('li', undefined, 'plan-week');
    const head = el('p', undefined, 'plan-week-head');
    head.append(el('strong', `Week ${w.index}`), el('span', `${humanDay(w.start, false)} – ${humanDay(w.end)}`), el('span', h1(w.minutes), 'pg-muted'));
    if (w.phase) head.append(el('small', w.phase, 'pg-muted'));
    if (w.index === p.currentWeek + 1) {
      li.toggleAttribute('data-current', true);
      head.append(el('span', 'this week', 'plan-badge'));
    }
    const ul = el('ul', undefined, 'plan-week-items');
    for (const i of w.items) {
      const item = el('li');
      item.append(Object.assign(el('a', `${i.code} ${i.title}`), { href: i.href }), ` · ${h1(i.minutes)}`);
      ul.append(item);
    }
    li.append(head, ul);
    return li;
  });
  if (p.weeks.length > MAX_WEEKS_SHOWN) items.push(el('li', `… and ${p.weeks.length - MAX_WEEKS_SHOWN} more weeks. More hours a week would shorten this.`, 'plan-week'));
  ol.replaceChildren(...items);
}

function render(save: boolean) {
  const f = readForm();
  const today = dayKey(s.now());
  showFields(f.preset);
  const p = plan({ preset: f.preset, hoursPerWeek: f.hours, weeks: f.weeks, start: f.start, today }, catalog, s.getProgress());
  if (f.preset.kind !== 'hours') field('hours').value = String(Math.round(p.hoursPerWeekNeeded * 2) / 2 || f.preset.hoursPerWeek);
  current = { plan: p, preset: f.preset };
  summary(p, f.preset, f.start, today, f.weeks);
  weeksList(p);
  if (save) {
    const t = s.now();
    s.update((r) => {
      r.plan = { preset: f.preset.id, hoursPerWeek: f.hours, weeks: f.weeks, startDate: f.start, savedAt: t, ...(f.session ? { sessionTime: f.session } : {}) };
    });
  }
}

function restore() {
  const saved = s.getProgress().plan;
  const preset = presetById(saved?.preset ?? 'part-time-intensive');
  const radio = form.querySelector<HTMLInputElement>(`input[name="preset"][value="${CSS.escape(preset.id)}"]`);
  if (radio) radio.checked = true;
  field('hours').value = String(saved?.hoursPerWeek ?? preset.hoursPerWeek);
  field('weeks').value = String(saved?.weeks ?? preset.weeks ?? 26);
  field('start').value = saved?.startDate ?? dayKey(s.now());
  if (saved?.sessionTime) field('session').value = saved.sessionTime;
}

form.addEventListener('change', (e) => {
  const t = e.target as HTMLInputElement;
  if (t.name === 'preset') {
    const p = presetById(t.value);
    field('hours').value = String(p.hoursPerWeek);
    if (p.weeks) field('weeks').value = String(p.weeks);
  }
  render(true);
});

root.querySelector('[data-ics]')!.addEventListener('click', () => {
  if (!current) return;
  const f = readForm();
  const sessions = root.querySelector<HTMLInputElement>('[data-ics-sessions]')!.checked;
  const text = planToIcs(current.plan, { origin: location.origin, routine: ROUTINES[current.preset.routine], sessionTime: sessions ? (f.session ?? '19:00') : undefined, now: s.now() });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'ml-dojo-study-plan.ics' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});

try {
  restore();
  render(false);
  s.subscribe(() => render(false));
} catch (e) {
  console.error('planner:', e);
}
