// Files this page used that the offline service worker cannot see for itself: on a first visit the
// Python worker starts before the service worker takes over, so its downloads (the Pyodide core,
// packages) pass it by. They are offered here; register.ts hands them over once it is ready, and
// hands over later offers at once. State lives on globalThis: the runner and the registration are
// separate page scripts that need not share one module instance.

type Offers = { pending: string[]; deliver: ((urls: string[]) => void) | null };

function offers(): Offers {
  const g = globalThis as { __mldojoOfflineOffers?: Offers };
  return (g.__mldojoOfflineOffers ??= { pending: [], deliver: null });
}

/** Ask the offline cache to keep these URLs (kept until a service worker is ready to take them). */
export function offerForOffline(urls: readonly string[]): void {
  const state = offers();
  if (state.deliver) state.deliver([...urls]);
  else state.pending.push(...urls);
}

/** Called once the service worker is ready: receives everything offered so far, then each later offer. */
export function deliverOffersTo(deliver: (urls: string[]) => void): void {
  const state = offers();
  state.deliver = deliver;
  const pending = state.pending.splice(0);
  if (pending.length) deliver(pending);
}
