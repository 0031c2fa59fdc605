// Resolves checklist evidence against the catalog (at build time, failing on unknown ids) and
// evaluates it against the learner's record (in the browser).
import type { Progress } from './schema.ts';
import type { Catalog, CatalogExercise } from './types.ts';
import type { ChecklistSpec, EvidenceSpec, ItemSpec } from './checklists.ts';

export interface EvidenceGroup {
  label: string;
  href?: string;
  exercises: Pick<CatalogExercise, 'id' | 'title' | 'href' | 'written'>[];
}
export interface ResolvedEvidence {
  unit: 'exercise' | 'module';
  /** How many exercises (or whole modules) must be done. */
  need: number;
  groups: EvidenceGroup[];
}
export type ResolvedItem = Omit<ItemSpec, 'evidence'> & { evidence?: ResolvedEvidence };
export type ResolvedChecklist = Omit<ChecklistSpec, 'groups'> & { groups: { title: string; tracks?: string[]; items: ResolvedItem[] }[] };

function resolveEvidence(e: EvidenceSpec, c: Catalog, where: string): ResolvedEvidence {
  const byModule = new Map(c.modules.map((m) => [m.id, m]));
  const groups = new Map<string, EvidenceGroup>();
  const add = (moduleId: string, ex: CatalogExercise[]) => {
    const m = byModule.get(moduleId);
    if (!m) throw new Error(`${where}: unknown module "${moduleId}"`);
    const g = groups.get(moduleId) ?? { label: `${m.code} ${m.title}`, href: m.href, exercises: [] };
    for (const x of ex) if (!g.exercises.some((y) => y.id === x.id)) g.exercises.push({ id: x.id, title: x.title, href: x.href, written: x.written });
    groups.set(moduleId, g);
  };
  for (const slug of e.modules ?? []) add(slug, byModule.get(slug)?.exercises ?? []);
  for (const id of e.exercises ?? []) {
    const slug = id.split('/')[0];
    const ex = byModule.get(slug)?.exercises.find((x) => x.id === id);
    if (!ex) throw new Error(`${where}: unknown exercise "${id}" (not planned in content/modules/${slug}.yaml)`);
    add(slug, [ex]);
  }
  if (e.tagged)
    for (const m of c.modules.filter((m) => e.tagged!.tracks.includes(m.track)))
      add(m.id, m.exercises.filter((x) => x.libs.split('+').includes(e.tagged!.lib)));
  const list = [...groups.values()].filter((g) => g.exercises.length);
  const total = e.per === 'module' ? list.length : list.reduce((s, g) => s + g.exercises.length, 0);
  if (!total) throw new Error(`${where}: evidence matches no exercise`);
  return { unit: e.per ?? 'exercise', need: Math.min(e.atLeast ?? total, total), groups: list };
}

export function resolveChecklists(specs: ChecklistSpec[], c: Catalog): ResolvedChecklist[] {
  return specs.map((cl) => ({
    ...cl,
    groups: cl.groups.map((g) => ({
      ...g,
      items: g.items.map(({ evidence, ...item }) => (evidence ? { ...item, evidence: resolveEvidence(evidence, c, item.id) } : item)),
    })),
  }));
}

export interface ItemState {
  /** Exercises (or modules) done towards the evidence. */
  done: number;
  need: number;
  evidenceMet: boolean;
  /** The hand tick (for items with a self-report part). */
  selfChecked: boolean;
  note: string;
  complete: boolean;
}

export function evaluate(item: ResolvedItem, p: Progress): ItemState {
  const passed = (id: string) => Object.hasOwn(p.exercises, id) && p.exercises[id].status === 'passed';
  const ev = item.evidence;
  let done = 0;
  if (ev?.unit === 'module') done = ev.groups.filter((g) => g.exercises.every((x) => passed(x.id))).length;
  else if (ev) done = ev.groups.reduce((s, g) => s + g.exercises.filter((x) => passed(x.id)).length, 0);
  const entry = Object.hasOwn(p.checklist, item.id) ? p.checklist[item.id] : undefined;
  const selfChecked = !!entry?.checked;
  const evidenceMet = !!ev && done >= ev.need;
  return {
    done,
    need: ev?.need ?? 0,
    evidenceMet,
    selfChecked,
    note: entry?.note ?? '',
    complete: ev ? evidenceMet && (!item.self || selfChecked) : selfChecked,
  };
}
