// @ts-check
// Starts the Python worker. One implementation, two uses: boot.ts imports it, and
// PythonEarlyStart.astro inlines it (minus the `export` keywords) right after the first exercise
// or example in a lesson's HTML, so Python starts while the rest of the page is still parsing.
// Hence plain JS with no imports: it must run as a classic inline script.

/**
 * Compile pyodide.asm.wasm on the page, once, shared by every worker it starts. Chrome reuses its
 * cache of optimised wasm code only for modules compiled on a page's main thread; a worker
 * compiling the file itself boots ~0.6 s slower on a warm cache (measured, README). Null when
 * the browser can't: the worker then fetches the file itself (and reports any error).
 * @param {string} indexURL
 * @returns {Promise<WebAssembly.Module | null> | null}
 */
export function mldojoCompileWasm(indexURL) {
  var g = /** @type {any} */ (globalThis);
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.compileStreaming !== 'function') return null;
  if (!g.__mldojoWasm) g.__mldojoWasm = WebAssembly.compileStreaming(fetch(indexURL + 'pyodide.asm.wasm')).catch(function () { return null; });
  return g.__mldojoWasm;
}

/**
 * The learner asked their browser to save data (Android's Data Saver, a Save-Data setting): then
 * Python's ~7 MB downloads only when they interact with an exercise, not because one is in view.
 * @returns {boolean}
 */
export function mldojoSavesData() {
  var connection = /** @type {any} */ (navigator).connection;
  return !!(connection && connection.saveData);
}

/** Interrupts need SharedArrayBuffer, which only a cross-origin-isolated page has. */
export function mldojoIsIsolated() {
  return typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated && typeof SharedArrayBuffer !== 'undefined';
}

/**
 * Create the worker and send it `init` (and the compiled wasm when it is ready). Replies (and a
 * failure to start) that arrive before the owner adopts the worker are buffered, never lost.
 * @param {{ workerUrl: string, indexURL: string, packageBaseUrl: string, create?: () => Worker }} cfg
 */
export function mldojoStartWorker(cfg) {
  var worker = cfg.create ? cfg.create() : new Worker(cfg.workerUrl, { type: 'module', name: 'python' });
  // [0] Pyodide's interrupt signal, [1] the last job the worker finished (protocol.ts).
  var interrupt = mldojoIsIsolated() ? new Int32Array(new SharedArrayBuffer(8)) : null;
  /** @type {MessageEvent[]} */
  var buffered = [];
  /** @type {Event[]} A worker whose script cannot load fails before anyone listens: keep that too. */
  var failures = [];
  worker.onmessage = function (e) { buffered.push(e); };
  worker.onerror = function (e) { failures.push(e); };
  if (!cfg.create) mldojoTrackBoot(worker);
  var wasm = cfg.create ? null : mldojoCompileWasm(cfg.indexURL);
  worker.postMessage({ kind: 'init', indexURL: cfg.indexURL, packageBaseUrl: cfg.packageBaseUrl, interruptBuffer: interrupt, precompiledWasm: !!wasm, savesData: mldojoSavesData(), alwaysShippedSnapshot: !!(/** @type {any} */ (globalThis).__mldojoAlwaysShippedSnapshot) });
  if (wasm) {
    wasm.then(function (module) {
      try {
        worker.postMessage({ kind: 'wasm', module: module });
      } catch (e) {
        // A browser that cannot send a Module to a worker: the worker compiles it itself.
        worker.postMessage({ kind: 'wasm', module: null });
      }
    });
  }
  return {
    worker: worker,
    interrupt: interrupt,
    /**
     * @param {(e: MessageEvent) => void} onMessage
     * @param {(e: ErrorEvent) => void} [onError]
     */
    adopt: function (onMessage, onError) {
      worker.onmessage = onMessage;
      buffered.splice(0).forEach(onMessage);
      if (!onError) return;
      worker.onerror = onError;
      failures.splice(0).forEach(/** @param {any} e */ function (e) { onError(e); });
    },
  };
}

/**
 * `globalThis.__mldojoPythonBooting`: settles when the page's first Python worker has started (or
 * failed to), so work that can wait (the offline service worker) stays off the CPU meanwhile.
 * @param {Worker} worker
 */
function mldojoTrackBoot(worker) {
  var g = /** @type {any} */ (globalThis);
  if (g.__mldojoPythonBooting) return;
  g.__mldojoPythonBooting = new Promise(function (resolve) {
    /** @param {MessageEvent} e */
    var onMessage = function (e) {
      if (e.data && (e.data.kind === 'ready' || e.data.kind === 'error')) done();
    };
    var done = function () {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', done);
      resolve(undefined);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', done);
  });
}

/**
 * Inline use: where will `el` (just parsed) be in the viewport the page opens at? `near` (within
 * `margin`), `below` (so is every later element: stop asking) or `unknown`. Only a fresh navigation
 * can tell: after a reload or Back the browser restores a scroll position we can't see yet, and
 * lazy.ts decides once the page has loaded.
 * @param {Element} el
 * @param {number} margin
 * @returns {'near' | 'below' | 'unknown'}
 */
export function mldojoOpensNear(el, margin) {
  var nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  if (nav && nav.type !== 'navigate') return 'below';
  var top = el.getBoundingClientRect().top;
  if (location.hash) {
    var target = null;
    try { target = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { /* malformed hash */ }
    // Not parsed yet: the browser will scroll to something further down; a later element may be near it.
    if (!target) return 'unknown';
    top -= target.getBoundingClientRect().top;
  }
  if (top >= innerHeight + margin) return 'below';
  return top > -margin ? 'near' : 'unknown';
}
