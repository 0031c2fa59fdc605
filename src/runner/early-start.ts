// Shared by the inline early start (overrides/Head.astro) and the lazy loader (lazy.ts): how close
// to the viewport an exercise or example must be for Python and the editor to start loading.
export const EARLY_START_MARGIN_PX = 800;

/** The inline call placed right after each exercise or runnable example in the HTML. */
export const EARLY_START_CALL = 'window.mldojoEarly&&mldojoEarly(document.currentScript.previousElementSibling)';
