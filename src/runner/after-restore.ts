// A memory snapshot freezes state that must not outlive the moment it was taken. Restored as is,
// every visit (and, from the shipped snapshot, every learner) would draw the same "random" numbers:
// `random` seeds its generator once, at import. And the time zone would be the snapshot-taker's:
// Emscripten reads it from JS once per process, and `time` copies it at import; the shipped
// snapshot is taken on a build machine in UTC.
import type { PyodideAPI } from 'pyodide';

/** The parts of Pyodide's Emscripten module this needs (private API: each use is guarded). */
interface EmscriptenTime {
  __tzset_js(timezone: number, daylight: number, stdName: number, dstName: number): void;
  _timezone: number;
  _daylight: number;
  _tzname: number;
  HEAP32: Int32Array;
  HEAPU32: Uint32Array;
  UTF8ToString(pointer: number): string;
}

/** The browser's time zone as C's `timezone`, `daylight` and `tzname`, written where Python reads them. */
function resetTimeZone(module: EmscriptenTime): { timezone: number; daylight: number; names: [string, string] } {
  const names = [module.HEAPU32[module._tzname >>> 2], module.HEAPU32[(module._tzname >>> 2) + 1]];
  module.__tzset_js(module._timezone, module._daylight, names[0], names[1]);
  return {
    timezone: module.HEAP32[module._timezone >>> 2],
    daylight: module.HEAP32[module._daylight >>> 2],
    names: [module.UTF8ToString(names[0]), module.UTF8ToString(names[1])],
  };
}

/** Make a restored interpreter's random state and time zone its own. Never throws. */
export function freshenRestored(pyodide: PyodideAPI): void {
  let zone = 'None';
  try {
    const z = resetTimeZone((pyodide as unknown as { _module: EmscriptenTime })._module);
    // As CPython's `time` module computes them at import (without HAVE_ALTZONE, as in Pyodide).
    zone = `(${z.timezone}, ${z.timezone - 3600}, ${z.daylight}, (${JSON.stringify(z.names[0])}, ${JSON.stringify(z.names[1])}))`;
  } catch {
    // Another Pyodide build without these symbols: the zone stays the snapshot's.
  }
  try {
    pyodide.runPython(
      [
        'import random, tempfile, time',
        'random.seed()',
        'tempfile._name_sequence = None',
        `_zone = ${zone}`,
        'if _zone: time.timezone, time.altzone, time.daylight, time.tzname = _zone',
        'del random, tempfile, time, _zone',
      ].join('\n'),
    );
  } catch {
    // A snapshot without these modules imported has nothing frozen to freshen.
  }
}
