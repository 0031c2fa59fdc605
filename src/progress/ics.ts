// A minimal iCalendar (RFC 5545) writer: CRLF line endings, lines folded at 75 octets without
// splitting a UTF-8 character, TEXT values escaped. Only what the study plan needs.

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** All-day event: first day and the day after the last (DTEND is exclusive), `YYYY-MM-DD`. */
  allDay?: { start: string; endExclusive: string };
  /** Timed event in floating local time (the learner's own clock wherever they are). */
  timed?: { start: string; time: string; minutes: number; byDay: string[]; until: string };
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into chunks of at most 75 octets; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');
/** UTC timestamp in the basic format, e.g. 20250115T093000Z. */
export const utcStamp = (t: number): string => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function buildIcs(events: IcsEvent[], now: number, name = 'ML Dojo study plan'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ML Dojo//Study planner//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(now)}`);
    if (e.allDay) lines.push(`DTSTART;VALUE=DATE:${compact(e.allDay.start)}`, `DTEND;VALUE=DATE:${compact(e.allDay.endExclusive)}`, 'TRANSP:TRANSPARENT');
    if (e.timed) {
      const hm = e.timed.time.replace(':', '') + '00';
      const h = Math.floor(e.timed.minutes / 60);
      const m = e.timed.minutes % 60;
      lines.push(
        `DTSTART:${compact(e.timed.start)}T${hm}`,
        `DURATION:PT${h ? h + 'H' : ''}${m || !h ? m + 'M' : ''}`,
        // UNTIL takes the same (floating) form as DTSTART, per §3.3.10.
        `RRULE:FREQ=WEEKLY;BYDAY=${e.timed.byDay.join(',')};UNTIL=${compact(e.timed.until)}T235959`,
      );
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
