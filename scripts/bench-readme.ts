// Renders a bench result (bench-results/latest.json) as the README's performance table, between
// the BENCH:START/END markers. Run by `npm run bench -- --write-readme`, so the README stays true.
import { readFileSync, writeFileSync } from 'node:fs';

type Bytes = { kb: number; runtimeBytes: boolean; runtimeKb?: number };
type AllLessons = { count: number; minKb: number; medianKb: number; maxKb: number; over100Kb: number; runtimeAtOpen?: string[] };

export function benchTable(b: any): string {
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const fo = b.firstOutput;
  const interval = (x: { ratioInterval?: [number, number] }) => (x.ratioInterval ? `, 95 % interval ${x.ratioInterval[0]}–${x.ratioInterval[1]}` : '');
  const runs = b.machine?.firstOutputRuns ?? b.machine?.runs;
  // How many of the visits restored the build's interpreter snapshot (src/runner/shipped-snapshot.ts).
  const shipped = (x: { shippedVisits?: number }, overLink = false) =>
    x.shippedVisits === undefined ? '' : `${overLink ? ' (' : '; '}the build's snapshot fetched in ${x.shippedVisits} of ${runs} visits${overLink ? ')' : ''}`;
  const st = b.stop;
  const rows = [
    `| first output after Run, lesson opened with the example in view — **cold** cache | ${fo.cold.lessonMs} ms vs floor ${fo.cold.floorMs} ms = **${fo.cold.ratio}×**${interval(fo.cold)} (Python worker created at ${fo.cold.workerStartedMs} ms${shipped(fo.cold)}) | ≤ 1.05× | ${met(fo.cold.ratio <= 1.05)} |`,
    ...(fo.cold.workerFloorMs
      ? [`| (diagnostic) the floor booted in the lesson's own Python worker, nothing else on the page — cold | ${fo.cold.workerFloorMs} ms = **${fo.cold.workerFloorRatio}×** the floor, 95 % interval ${fo.cold.workerFloorInterval[0]}–${fo.cold.workerFloorInterval[1]}: Python in a worker, which restores the build's snapshot when the link allows, as the lesson's does | — | |`]
      : []),
    ...(fo.stockFloor
      ? [`| (diagnostic) a stock Pyodide page: the floor with the npm package's standard library as is (\`.py\` sources, compiled at every start) | cold ${fo.stockFloor.cold.floorMs} ms, warm ${fo.stockFloor.warm.floorMs} ms: the lesson takes **${fo.stockFloor.cold.lessonRatio}×** (cold, 95 % interval ${fo.stockFloor.cold.ratioInterval[0]}–${fo.stockFloor.cold.ratioInterval[1]}) and **${fo.stockFloor.warm.lessonRatio}×** (warm, ${fo.stockFloor.warm.ratioInterval[0]}–${fo.stockFloor.warm.ratioInterval[1]}) of its time | — | |`]
      : []),
    ...(fo.coldOverLink
      ? [`| same, **cold**, served over a ${fo.coldOverLink.link.mbps} Mbit/s link with a ${fo.coldOverLink.link.roundTripMs} ms round trip (a learner's broadband; floor over the same link) | ${fo.coldOverLink.lessonMs} ms vs floor ${fo.coldOverLink.floorMs} ms = **${fo.coldOverLink.ratio}×**${interval(fo.coldOverLink)}${shipped(fo.coldOverLink, true)} | ≤ 1.05× | ${met(fo.coldOverLink.ratio <= 1.05)} |`]
      : []),
    `| same, **warm** cache, same tab (the next lesson, or a reload; interpreter restored from its snapshot) | ${fo.warm.lessonMs} ms vs floor ${fo.warm.floorMs} ms = **${fo.warm.ratio}×**${interval(fo.warm)} (worker created at ${fo.warm.workerStartedMs} ms) | ≤ 1.05× | ${met(fo.warm.ratio <= 1.05)} |`,
    ...(fo.warmNewTab
      ? [`| same, **warm** cache, in a **new tab** (the learner comes back another day: caches on disk only, a new renderer process) | ${fo.warmNewTab.lessonMs} ms vs floor ${fo.warmNewTab.floorMs} ms = **${fo.warmNewTab.ratio}×**${interval(fo.warmNewTab)} (worker created at ${fo.warmNewTab.workerStartedMs} ms) | ≤ 1.05× | ${met(fo.warmNewTab.ratio <= 1.05)} |`]
      : []),
    `| second Run (click → first output) | ${b.secondRunMs} ms | ≤ 15 ms | ${met(b.secondRunMs <= 15)} |`,
    `| Check of a stdlib exercise (8 test cells, click → report) | ${b.checkStdlibMs} ms | — | |`,
    `| Stop → runner usable, cross-origin isolated (interrupt) | ${st.isolated.recoveryMs} ms, then ${st.isolated.nextRunMs} ms to the next Run's output | ≤ 50 ms | ${met(st.isolated.stopToNextOutputMs <= 50)} |`,
    `| Stop → runner usable, not isolated (warm spare promoted) | ${st.notIsolated.recoveryMs} ms, then ${st.notIsolated.nextRunMs} ms to the next Run's output | — | |`,
  ];
  for (const [k, v] of Object.entries(b.bytesBeforeInteraction as Record<string, Bytes | AllLessons>)) {
    if ('count' in v) {
      const atOpen = v.runtimeAtOpen ?? [];
      const note = atOpen.length ? `; Python starts at open in ${atOpen.length} (an example within reach of the first screen: ${atOpen.join(', ')})` : '; none starts Python at open';
      rows.push(`| bytes before any interaction: **all ${v.count} lessons** (Pyodide/Monaco counted apart) | min ${v.minKb} KB, median ${v.medianKb} KB, max ${v.maxKb} KB; ${v.over100Kb} over 100 KB${note} | ≤ 100 KB | ${met(v.maxKb <= 100)} |`);
    } else rows.push(`| bytes before any interaction: ${k} | ${v.kb} KB, Monaco/Pyodide bytes: ${v.runtimeBytes ? `${v.runtimeKb} KB` : 'none'} | ${k === 'lesson' ? '≤ 100 KB, none' : '—'} | ${k === 'lesson' ? met(v.kb <= 100 && !v.runtimeBytes) : ''} |`);
  }
  for (const [k, v] of Object.entries((b.lighthouse ?? {}) as Record<string, { performance: number; accessibility: number; bestPractices: number }>)) {
    rows.push(`| Lighthouse ${k}: performance / accessibility / best practices | ${v.performance} / ${v.accessibility} / ${v.bestPractices} | ≥ 98 / 100 / 100 | ${met(v.performance >= 98 && v.accessibility === 100 && v.bestPractices === 100)} |`);
  }
  if (b.build) rows.push(`| \`npm run build\` (astro build + font subsetting + service worker) | ${b.build.seconds} s for ${b.build.pages} pages (${b.build.msPerPage} ms/page) | — | |`);
  const m = b.machine;
  return `Latest run: **${m.date}**, ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, headless Chromium, medians of ${m.runs} runs${m.firstOutputRuns ? ` (first output: ${m.firstOutputRuns} runs, floor and lesson back to back in alternating order)` : ''}.\n\n| measure | result | target | |\n|---|---|---|---|\n${rows.join('\n')}`;
}

/** Replace what stands between the README's BENCH:START/END markers with the latest table. */
export function writeReadme(result: unknown, path = 'README.md'): void {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf('<!-- BENCH:START -->');
  const end = readme.indexOf('<!-- BENCH:END -->');
  if (start < 0 || end < 0) throw new Error('README.md has no BENCH:START/END markers');
  writeFileSync(path, `${readme.slice(0, start)}<!-- BENCH:START -->\n${benchTable(result)}\n${readme.slice(end)}`);
}
