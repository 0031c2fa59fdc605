// Build-time settings, read from the environment so a fork can deploy without editing code.

/** Sub-path the site is served under, e.g. `/ml-dojo/` on GitHub Pages; `/` by default. */
export function basePath() {
  const raw = process.env.BASE_PATH || '/';
  return ('/' + raw.replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');
}

/** Pinned Pyodide version: the self-hosted core and the package CDN must match exactly. */
export const PYODIDE_VERSION = '314.0.7';

/** Where Pyodide packages (numpy, pandas, …) are fetched from; override with PYODIDE_PACKAGES_URL. */
export function packagesUrl() {
  return process.env.PYODIDE_PACKAGES_URL || `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;
}
