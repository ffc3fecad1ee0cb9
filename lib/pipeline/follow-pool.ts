/**
 * Node's listing reads in worker threads, one document per thread at a time, as many threads as asked (the CLI: the
 * cores): extraction is CPU-bound, so one process reading two documents "at once" reads them one after the other. A
 * document past its time limit (or a cancelled run) terminates its thread, which stops the work for real, and a fresh
 * one takes its place. The thread runs this same file; extractions come back by structured clone and are analysed
 * in the main thread (the two files of one disclosure are analysed together).
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ReadSource } from '../follow/queue';
import { type ExtractedSource, InputError } from './input';
import { readSourceAt } from './node';

interface Job {
  href: string;
}
type Reply = { source: ExtractedSource } | { error: { name: string; message: string; code?: InputError['code'] } };

if (!isMainThread && workerData?.followWorker) {
  const port = parentPort;
  port?.on('message', (job: Job) => {
    readSourceAt(job.href, new AbortController().signal).then(
      (source) => port.postMessage({ source } satisfies Reply),
      (err: unknown) =>
        port.postMessage({
          error: {
            name: err instanceof Error ? err.name : 'Error',
            message: err instanceof Error ? err.message : String(err),
            ...(err instanceof InputError ? { code: err.code } : {}),
          },
        } satisfies Reply),
    );
  });
}

function spawn(): Worker {
  // The thread loads this TypeScript file through tsx, whichever runner (tsx, vitest) started the main thread.
  return new Worker(fileURLToPath(import.meta.url), {
    workerData: { followWorker: true },
    execArgv: ['--import', 'tsx'],
  });
}

/** A pool of `size` reading threads; `read` has the queue's signature. Close it when done. */
export function readingPool(size: number): { read: ReadSource; close(): Promise<void> } {
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const take = () => {
    const w = idle.pop() ?? spawn();
    all.add(w);
    return w;
  };
  const read: ReadSource = (href, signal) =>
    new Promise<ExtractedSource>((resolve, reject) => {
      if (signal.aborted) return reject(new Error('aborted'));
      const w = take();
      const finish = (reuse: boolean) => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        signal.removeEventListener('abort', onAbort);
        if (reuse && idle.length < size) idle.push(w);
        else {
          all.delete(w);
          void w.terminate();
        }
      };
      const onMessage = (r: Reply) => {
        finish(true);
        if ('source' in r) resolve(r.source);
        else if (r.error.code) reject(new InputError(r.error.code, r.error.message));
        else reject(Object.assign(new Error(r.error.message), { name: r.error.name }));
      };
      const onError = (e: Error) => {
        finish(false);
        reject(e);
      };
      const onExit = (code: number) => {
        finish(false);
        reject(new Error(`reading thread exited (${code})`));
      };
      const onAbort = () => {
        finish(false);
        reject(new Error('aborted'));
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      signal.addEventListener('abort', onAbort, { once: true });
      w.postMessage({ href } satisfies Job);
    });
  return {
    read,
    close: async () => {
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}
