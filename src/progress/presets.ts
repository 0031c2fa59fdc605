// Study-plan presets and routines, taken from the seed documents (curriculum §4.1).

export type RoutineId = '002-daily' | '004-week' | '001-cadence';

export interface Preset {
  id: string;
  label: string;
  /** Seed document it comes from. */
  seed: string;
  summary: string;
  /** What the seed itself promises, shown next to our projection. */
  expected: string;
  /** `hours`: fixed hours a week; `weeks`: a deadline; `phases`: fixed weeks per phase. */
  kind: 'hours' | 'weeks' | 'phases';
  hoursPerWeek: number;
  weeks?: number;
  /** Tracks (letters) and extra modules (slugs) the plan covers; all modules when both are absent. */
  tracks?: string[];
  modules?: string[];
  phases?: { label: string; weeks: number; tracks: string[] }[];
  /** Tracks studied after the last phase at a fixed pace ("ongoing" in 002). */
  ongoing?: { label: string; tracks: string[]; hoursPerWeek: number };
  routine: RoutineId;
  /** A caveat the planner must show with this preset. */
  warning?: string;
}

export const PRESETS: Preset[] = [
  { id: 'full-time', label: 'Full-time', seed: '004', kind: 'hours', hoursPerWeek: 40, expected: '≈ 5 months', routine: '004-week', summary: '40 hours a week, the fastest pace 004 recommends.' },
  { id: 'part-time-intensive', label: 'Part-time intensive', seed: '004', kind: 'hours', hoursPerWeek: 20, expected: '7–8 months', routine: '004-week', summary: '20 hours a week, the pace of 004’s sample weekly schedule.' },
  { id: 'part-time-casual', label: 'Part-time casual', seed: '004', kind: 'hours', hoursPerWeek: 10, expected: '12–14 months', routine: '004-week', summary: '10 hours a week: steady progress next to everything else.' },
  {
    id: 'working-26-weeks',
    label: '26 weeks while working full time',
    seed: '003',
    kind: 'weeks',
    weeks: 26,
    hoursPerWeek: 16,
    expected: '26 weeks (≈ 14–18 h a week)',
    routine: '002-daily',
    summary: '003’s goal: a solid, hireable foundation in 26 weeks of study next to a full-time job. The planner works out the hours a week.',
  },
  {
    id: 'twelve-week-core',
    label: 'Intensive 12-week core',
    seed: '002',
    kind: 'phases',
    hoursPerWeek: 17.5,
    expected: '12 weeks at 2–3 h a day, then advanced topics ongoing',
    routine: '002-daily',
    summary: '002’s study plan: foundations in weeks 1–3, classical ML in 4–6, deep learning in 7–10, engineering and projects in 11–12, advanced topics ongoing.',
    phases: [
      { label: 'Phase 1 · Foundations', weeks: 3, tracks: ['A', 'B'] },
      { label: 'Phase 2 · Classical ML', weeks: 3, tracks: ['C'] },
      { label: 'Phase 3 · Deep learning', weeks: 4, tracks: ['D'] },
      { label: 'Phase 4 · Engineering & production', weeks: 2, tracks: ['F', 'G'] },
    ],
    ongoing: { label: 'Advanced topics (ongoing)', tracks: ['E'], hoursPerWeek: 17.5 },
    warning:
      '002 covers its modules at a lighter depth than ML Dojo: at our module estimates the 12 weeks need far more than 2–3 hours a day. Treat them as a first pass and come back for depth; interview preparation (track H) is not part of 002’s plan.',
  },
  {
    id: 'challenge-300-1-100-30',
    label: '300-1-100-30 challenge',
    seed: '000',
    kind: 'weeks',
    weeks: 26,
    hoursPerWeek: 10,
    tracks: ['B'],
    modules: ['dsa-for-interviews', 'ml-coding-from-scratch', 'ml-system-design'],
    expected: '6–12 months',
    routine: '001-cadence',
    summary: '000’s four pillars: 300 LeetCode problems, the math for ML (track B), 100 ML coding problems and 30 system-design case studies. Set 26 weeks (6 months) or 52 (12 months).',
  },
  {
    id: 'interview-cadence',
    label: 'Interview-prep cadence',
    seed: '001',
    kind: 'hours',
    hoursPerWeek: 15,
    expected: '≈ 12–18 h a week',
    routine: '001-cadence',
    summary: '001’s rhythm: theory and algorithms on 4–5 days, ML coding 2–3 times a week, projects and papers at the weekend.',
  },
  { id: 'custom', label: 'Your own pace', seed: '', kind: 'hours', hoursPerWeek: 8, expected: '', routine: '002-daily', summary: 'Any number of hours a week.' },
];

export const presetById = (id: string): Preset => PRESETS.find((p) => p.id === id) ?? PRESETS[PRESETS.length - 1];

/** 000's daily and weekly targets for a challenge of `weeks` weeks. */
export function challengeTargets(weeks: number): string[] {
  const days = weeks * 7;
  return [
    `${(300 / days).toFixed(1)} LeetCode problems a day (300 in ${weeks} weeks)`,
    `${(100 / weeks).toFixed(1)} ML coding problems a week (100 in total; the bank in H2)`,
    `${(30 / weeks).toFixed(1)} system-design case studies a week (30 in total; H4)`,
    'Track B (the math for ML) to completion',
  ];
}

export interface Block {
  label: string;
  minutes: number;
  what: string;
}
export interface Session {
  /** RFC 5545 weekday codes. */
  days: ('MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU')[];
  title: string;
  blocks: Block[];
}
export interface Routine {
  id: RoutineId;
  title: string;
  seed: string;
  intro: string;
  sessions: Session[];
  /** Extra lines (weekly rhythm). */
  notes: string[];
}

const WEEKDAYS: Session['days'] = ['MO', 'TU', 'WE', 'TH', 'FR'];

export const ROUTINES: Record<RoutineId, Routine> = {
  '002-daily': {
    id: '002-daily',
    title: 'Daily routine',
    seed: '002',
    intro: 'Two to three hours a day, in the order every ML Dojo lesson follows.',
    sessions: [
      {
        days: [...WEEKDAYS, 'SA', 'SU'],
        title: 'Study session',
        blocks: [
          { label: 'Theory', minutes: 30, what: 'Read the lesson: intuition and math.' },
          { label: 'Examples', minutes: 30, what: 'Run the lesson’s examples and change them.' },
          { label: 'Practice', minutes: 60, what: 'Solve the lesson’s exercises.' },
          { label: 'Problems', minutes: 30, what: 'Problem set: easy, then medium, then hard.' },
          { label: 'Review', minutes: 15, what: 'Read solutions and explanations; note your mistakes.' },
        ],
      },
    ],
    notes: ['Monday–Thursday: learn new modules.', 'Friday: medium and hard problems.', 'Weekend: mini-projects and weak areas.'],
  },
  '004-week': {
    id: '004-week',
    title: 'Sample 20-hour week',
    seed: '004',
    intro: 'Three hours on weekdays, a longer Saturday and a short Sunday review. Scale the blocks to your hours.',
    sessions: [
      {
        days: WEEKDAYS,
        title: 'Weekday study',
        blocks: [
          { label: 'Theory', minutes: 90, what: 'Theory study and note-taking.' },
          { label: 'Coding', minutes: 60, what: 'Coding practice and implementation.' },
          { label: 'Review', minutes: 30, what: 'Review and documentation.' },
        ],
      },
      {
        days: ['SA'],
        title: 'Saturday: projects',
        blocks: [
          { label: 'Project', minutes: 120, what: 'Project work.' },
          { label: 'Problems', minutes: 60, what: 'Practice problems.' },
          { label: 'Reading', minutes: 60, what: 'Papers and articles.' },
        ],
      },
      { days: ['SU'], title: 'Sunday: review', blocks: [{ label: 'Review', minutes: 60, what: 'Weekly review, update your progress, plan next week.' }] },
    ],
    notes: ['Better one hour every day than seven hours once a week (004).'],
  },
  '001-cadence': {
    id: '001-cadence',
    title: 'Interview-prep cadence',
    seed: '001',
    intro: 'Knowledge and interview practice side by side.',
    sessions: [
      {
        days: ['MO', 'TU', 'WE', 'TH'],
        title: 'Theory and algorithms',
        blocks: [
          { label: 'Theory', minutes: 90, what: 'ML theory from lessons, books or courses.' },
          { label: 'Algorithms', minutes: 90, what: 'LeetCode-style data structures and algorithms (H1).' },
        ],
      },
      { days: ['TU', 'TH', 'SA'], title: 'ML coding', blocks: [{ label: 'ML coding', minutes: 120, what: 'Implement the basic ML algorithms from scratch (H2).' }] },
      { days: ['SU'], title: 'Portfolio and papers', blocks: [{ label: 'Portfolio', minutes: 180, what: 'Portfolio project, Kaggle, papers.' }] },
    ],
    notes: ['4–5 days a week: 1–2 h ML theory and 1–2 h algorithms.', '2–3 times a week: 2 h ML coding.', 'Weekends: portfolio, Kaggle, papers.', '1–2 times a week: 30 min on extra reading (blogs, collections).'],
  },
};

export const sessionMinutes = (s: Session): number => s.blocks.reduce((t, b) => t + b.minutes, 0);

const NAMES: Record<string, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };
const ORDER = Object.keys(NAMES);

/** Weekday codes as a reader would write them: "Mon–Fri", "Tue, Thu, Sat", "every day". */
export function dayNames(days: string[]): string {
  if (days.length === 7) return 'every day';
  const idx = days.map((d) => ORDER.indexOf(d)).sort((a, b) => a - b);
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (consecutive && idx.length >= 3) return `${NAMES[ORDER[idx[0]]]}–${NAMES[ORDER[idx[idx.length - 1]]]}`;
  return idx.map((i) => NAMES[ORDER[i]]).join(', ');
}
