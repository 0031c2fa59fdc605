// Draws the activity calendar (a contribution graph) as an SVG string.
import { calendarGrid } from './stats.ts';
import { humanDay } from './dates.ts';
import type { Progress } from './schema.ts';

const CELL = 11;
const GAP = 3;
const LEFT = 26;
const TOP = 16;

export function calendarSvg(p: Progress, today: string, weeks = 53): string {
  const { columns, months } = calendarGrid(p, today, weeks);
  const step = CELL + GAP;
  const width = LEFT + columns.length * step;
  const height = TOP + 7 * step;
  const active = columns.flat().filter((d) => d && d.count > 0).length;
  const cells = columns
    .map((col, x) =>
      col
        .map((d, y) =>
          d
            ? `<rect x="${LEFT + x * step}" y="${TOP + y * step}" width="${CELL}" height="${CELL}" rx="2" data-level="${d.level}" data-day="${d.day}"><title>${humanDay(d.day)}: ${d.count ? `${d.count} thing${d.count > 1 ? 's' : ''} done` : 'nothing'}</title></rect>`
            : '',
        )
        .join(''),
    )
    .join('');
  const labels = months.map((m) => `<text x="${LEFT + m.column * step}" y="10">${m.label}</text>`).join('');
  const days = ['Mon', 'Wed', 'Fri'].map((d, i) => `<text x="0" y="${TOP + (i * 2) * step + CELL - 1}">${d}</text>`).join('');
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${active} active days in the last ${weeks} weeks">${labels}${days}${cells}</svg>`;
}
