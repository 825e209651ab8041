// Reads HTML pages off the event loop: one lazily started worker thread (html-worker.ts) with a memory limit takes
// the pages one at a time; a page it cannot read within the time limit, or within its memory, is refused with a 422
// that says so, and the worker is replaced. Meanwhile the server answers everyone else (issue 13, finding 6).
import type { Worker } from 'node:worker_threads';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';
import { startWorker, workerModule } from '../start-worker.ts';
import type { ExtractedHtml } from './extract-html.ts';
import type { HtmlWorkerAnswer, HtmlWorkerRefusal, HtmlWorkerRequest } from './html-worker.ts';

export interface HtmlExtractor {
  /** The article in `html`, or a 422 (html_too_deep, html_too_complex) naming why the page cannot be read. */
  extract(html: string, url?: string | null): Promise<ExtractedHtml>;
  close(): Promise<void>;
}

export interface HtmlExtractorOptions {
  /** Longest time one page may take once the worker starts on it (default 10 s). */
  timeoutMs?: number;
  /** The worker's heap limit in MB (default 512). */
  memoryMb?: number;
}

type Refusal = HtmlWorkerRefusal | 'time' | 'memory';

/** The 422 for a page that cannot be read; `params.cause` says which limit it met. */
function refused(cause: Refusal, { timeoutMs, memoryMb }: Required<HtmlExtractorOptions>): HttpError {
  if (cause === 'depth') {
    const maximum = LIMITS.htmlDepth;
    return new HttpError(422, 'html_too_deep', `The page nests its elements more than ${maximum} levels deep`, 'html', { params: { maximum } });
  }
  const why = {
    elements: `holds more than ${LIMITS.htmlElements} elements`,
    stack: 'nests its elements too deep to read',
    time: `took longer than ${timeoutMs / 1000} s to read`,
    memory: `needed more than ${memoryMb} MB to read`,
  }[cause];
  return new HttpError(422, 'html_too_complex', `The page is too complex: it ${why}`, 'html', { params: { cause } });
}

interface Job {
  request: Omit<HtmlWorkerRequest, 'id'>;
  resolve: (result: ExtractedHtml) => void;
  reject: (error: Error) => void;
}

export function createHtmlExtractor(options: HtmlExtractorOptions = {}): HtmlExtractor {
  const limits = { timeoutMs: options.timeoutMs ?? 10_000, memoryMb: options.memoryMb ?? 512 };
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let current: { id: number; job: Job; timer?: NodeJS.Timeout } | null = null;
  let nextId = 0;

  /** Ends the current job with `outcome` and starts the next one. */
  const settle = (outcome: (job: Job) => void) => {
    const done = current!;
    current = null;
    clearTimeout(done.timer);
    outcome(done.job);
    next();
  };

  /** Drops the worker (terminated when still running): the next job gets a fresh one. */
  const discard = () => {
    const w = worker;
    worker = null;
    if (w) {
      w.removeAllListeners();
      w.on('error', () => {}); // it is being terminated: nothing it says now concerns anyone
      void w.terminate();
    }
  };

  const start = () => {
    const w = startWorker(workerModule('./html-worker', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    });
    w.on('message', (answer: HtmlWorkerAnswer) => {
      if (!current || answer.id !== current.id) return;
      if ('started' in answer) {
        // The clock starts with the work, not with the worker's own start-up (loading jsdom takes a while).
        current.timer = setTimeout(() => {
          discard();
          settle((job) => job.reject(refused('time', limits)));
        }, limits.timeoutMs);
      } else if (answer.ok) settle((job) => job.resolve(answer.result));
      else if ('refusal' in answer) settle((job) => job.reject(refused(answer.refusal, limits)));
      else settle((job) => job.reject(new Error(`HTML extraction failed: ${answer.message}`)));
    });
    w.on('error', (error: Error & { code?: string }) => {
      discard();
      const cause = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refused('memory', limits) : error;
      if (current) settle((job) => job.reject(cause));
    });
    w.on('exit', (code) => {
      discard();
      if (current) settle((job) => job.reject(new Error(`HTML worker stopped (${code})`)));
    });
    w.unref();
    return w;
  };

  const next = () => {
    if (current || queue.length === 0) return;
    const job = queue.shift()!;
    worker ??= start();
    current = { id: ++nextId, job };
    worker.postMessage({ id: current.id, ...job.request } satisfies HtmlWorkerRequest);
  };

  return {
    extract(html, url) {
      return new Promise((resolve, reject) => {
        queue.push({ request: { html, url: url ?? null }, resolve, reject });
        next();
      });
    },
    async close() {
      const closed = new Error('The HTML extractor was closed');
      for (const job of queue.splice(0)) job.reject(closed);
      if (current) {
        clearTimeout(current.timer);
        current.job.reject(closed);
        current = null;
      }
      const w = worker;
      worker = null;
      if (w) {
        w.removeAllListeners();
        await w.terminate();
      }
    },
  };
}
