import { createRequire } from 'node:module';
import type { ReviewFormWorkerInput } from '@zhicheng/review-form';
import { Piscina } from 'piscina';
import { AppError } from '../errors/app-error.js';

/** Renders 评审表 PDFs off the event loop. */
export interface ReviewFormRenderer {
  render(input: ReviewFormWorkerInput): Promise<Buffer>;
  close(): Promise<void>;
}

export interface ReviewFormPoolOptions {
  threads: number;
  /** Tasks waiting for a thread; one more is refused with 503 and Retry-After. */
  queueMax: number;
  timeoutMs: number;
}

// The built worker (dist), also under tests and tsx: a thread loads plain JavaScript only.
const workerFile = createRequire(import.meta.url).resolve('@zhicheng/review-form/worker');

/** Seconds a client is asked to wait when every thread is busy and the queue is full. */
export const busyRetryAfterSeconds = 5;

/**
 * A piscina pool of render threads. Threads start on demand and leave after a minute idle (a render
 * thread holds the CJK fonts, tens of MB); a render that runs past the timeout is aborted, which
 * terminates its thread.
 */
export function createReviewFormPool(options: ReviewFormPoolOptions): ReviewFormRenderer {
  const pool = new Piscina({
    filename: workerFile,
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    // Not the parent's flags: `--conditions=development` would point the worker's imports at TypeScript.
    execArgv: [],
    // React's production build in the render threads whatever the server's mode: the development
    // build's checks only slow the layout down, and a PDF has no one to show their warnings to.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // Admission is counted here, not by piscina's maxQueue: tasks with an AbortSignal bypass that queue
  // (piscinajs/piscina#1029, #899), and after it refused abortable tasks the pool kept refusing
  // every later one (reproduced with 5.3.2).
  let admitted = 0;
  const capacity = options.threads + options.queueMax;
  return {
    async render(input) {
      if (admitted >= capacity) throw busy();
      admitted += 1;
      try {
        const bytes: Uint8Array = await pool.run(input, { signal: AbortSignal.timeout(options.timeoutMs) });
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
          throw new AppError('review_form_timeout', '评审表生成超时，请稍后重试', {
            headers: { 'retry-after': String(busyRetryAfterSeconds) },
          });
        }
        throw error;
      } finally {
        admitted -= 1;
      }
    },
    close: () => pool.destroy(),
  };
}

function busy(): AppError {
  return new AppError('review_form_busy', '正在生成的评审表较多，请稍后重试', {
    headers: { 'retry-after': String(busyRetryAfterSeconds) },
  });
}
