// Pyodide's loadPackage reports no byte counts, so we watch its fetches of package files:
// progress for the learner ("numpy 2.1 of 3.4 MB") and a stall timeout so a hanging
// network fails within seconds instead of never. It also notes which package files arrived, so the
// page can hand them to the offline cache (a first visit's worker is not seen by the service worker).
export interface PackageProgress {
  packages: string[];
  loadedBytes: number;
  totalBytes: number;
}

export class PackageFetchTracker {
  baseUrl = '';
  private active: string[] = [];
  private loadedBytes = 0;
  private totalBytes = 0;
  private fetched: string[] = [];

  constructor(
    private readonly report: (p: PackageProgress) => void,
    private readonly stallMs = 15_000,
  ) {}

  install(baseUrl: string, scope: { fetch: typeof fetch } = globalThis): void {
    this.baseUrl = baseUrl;
    const original = scope.fetch.bind(scope);
    scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!this.active.length || !/\.(whl|zip|tar)$/.test(url.split('?')[0])) return original(input, init);
      const controller = new AbortController();
      let timer = setTimeout(() => controller.abort(new Error(`no data from ${url} for ${this.stallMs / 1000} s`)), this.stallMs);
      const response = await original(input, { ...init, signal: controller.signal });
      clearTimeout(timer);
      if (!response.ok || !response.body) return response;
      this.fetched.push(url);
      this.totalBytes += Number(response.headers.get('content-length') ?? 0);
      const self = this;
      const counted = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, sink) {
            clearTimeout(timer);
            timer = setTimeout(() => controller.abort(new Error(`download of ${url} stalled`)), self.stallMs);
            self.loadedBytes += chunk.byteLength;
            self.report({ packages: self.active, loadedBytes: self.loadedBytes, totalBytes: self.totalBytes });
            sink.enqueue(chunk);
          },
          flush() {
            clearTimeout(timer);
          },
        }),
      );
      return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
  }

  begin(packages: string[]): void {
    this.active = packages;
    this.loadedBytes = this.totalBytes = 0;
  }

  end(): void {
    this.active = [];
  }

  /** Package files downloaded (status OK) since the last call. */
  takeFetched(): string[] {
    return this.fetched.splice(0);
  }
}
