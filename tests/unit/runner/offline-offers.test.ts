// What the Python worker downloads reaches the offline cache, whenever the service worker gets ready.
import { beforeEach, describe, expect, it } from 'vitest';
import { deliverOffersTo, offerForOffline } from '../../../src/offline/offer.ts';
import { PythonRunner } from '../../../src/runner/client.ts';
import { FakeWorker } from './fake-worker.ts';

beforeEach(() => {
  delete (globalThis as { __mldojoOfflineOffers?: unknown }).__mldojoOfflineOffers;
});

describe('offers to the offline cache', () => {
  it('keeps what was offered before the service worker was ready, then delivers later offers at once', () => {
    offerForOffline(['https://site/pyodide/pyodide.mjs']);
    offerForOffline(['https://cdn/numpy.whl']);
    const delivered: string[][] = [];
    deliverOffersTo((urls) => delivered.push(urls));
    expect(delivered).toEqual([['https://site/pyodide/pyodide.mjs', 'https://cdn/numpy.whl']]);
    offerForOffline(['https://cdn/pandas.whl']);
    expect(delivered).toEqual([['https://site/pyodide/pyodide.mjs', 'https://cdn/numpy.whl'], ['https://cdn/pandas.whl']]);
  });

  it('delivers nothing when nothing was offered', () => {
    const delivered: string[][] = [];
    deliverOffersTo((urls) => delivered.push(urls));
    expect(delivered).toEqual([]);
  });

  it('the runner offers what its worker reports it fetched', async () => {
    const worker = new FakeWorker();
    worker.behaviour = (req, reply) => {
      if (req.kind !== 'load') return;
      reply({ kind: 'fetched', urls: ['https://cdn/numpy-2.4.6.whl'] });
      reply({ kind: 'loaded', jobId: req.jobId });
    };
    const runner = new PythonRunner({ indexURL: 'http://x/pyodide/', packageBaseUrl: 'https://cdn/', createWorker: () => worker as unknown as Worker });
    const delivered: string[] = [];
    deliverOffersTo((urls) => delivered.push(...urls));
    await runner.preload(['numpy']);
    expect(delivered).toEqual(['https://cdn/numpy-2.4.6.whl']);
  });
});
