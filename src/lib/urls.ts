/** A site path with the configured base prepended: `href('/modules/x/')` → `/ml-dojo/modules/x/`. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return base + (path.startsWith('/') ? path : '/' + path);
}
