import { Readable } from 'node:stream';
import type { Db } from '@zhicheng/db';
import type { FastifyBaseLogger } from 'fastify';
import sharp from 'sharp';
import type { ObjectStorage } from '../../storage/object-storage.js';
import { materialsRepository as repo } from './materials-repository.js';
import { countPdfPages } from './pdf-pages.js';
import { thumbnailKeyOf } from './storage-keys.js';

export interface ProcessJob {
  fileId: string;
  storageKey: string;
  contentType: string;
}

const THUMBNAIL_SIZE = 240;

/**
 * Thumbnails and page counts, off the request path: a queue worked one job at a time, so a burst of
 * uploads never competes with requests for more than one libvips thread and one stream. sharp decodes
 * on libuv's pool and the PDF scan streams, so neither blocks the event loop. Answers until then say
 * `hasThumbnail: false` / `pages: null`.
 */
export function createFileProcessor(deps: { db: Db; storage: ObjectStorage; log: () => FastifyBaseLogger }) {
  const queue: ProcessJob[] = [];
  let running: Promise<void> | undefined;
  let stopped = false;

  async function thumbnail(job: ProcessJob) {
    const source = await deps.storage.get(job.storageKey);
    if (!source) return;
    const resize = sharp({ failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 });
    const bytes = await source.pipe(resize).toBuffer();
    const key = thumbnailKeyOf(job.storageKey);
    await deps.storage.put(key, Readable.from([bytes]), { contentType: 'image/jpeg' });
    // The file may have been deleted meanwhile; then its thumbnail goes too.
    if (!(await repo.setDerived(deps.db, job.fileId, { thumbnailKey: key }))) await deps.storage.delete(key);
  }

  async function pages(job: ProcessJob) {
    const source = await deps.storage.get(job.storageKey);
    if (!source) return;
    const count = await countPdfPages(source);
    if (count !== null) await repo.setDerived(deps.db, job.fileId, { pages: count });
  }

  async function work() {
    for (let job = queue.shift(); job && !stopped; job = queue.shift()) {
      try {
        if (job.contentType === 'application/pdf') await pages(job);
        else await thumbnail(job);
      } catch (error) {
        // A file sharp cannot decode keeps working without a thumbnail.
        deps.log().warn({ err: error, fileId: job.fileId }, 'file processing failed');
      }
    }
    running = undefined;
  }

  return {
    enqueue(jobs: ProcessJob[]) {
      if (stopped) return;
      queue.push(...jobs);
      running ??= work();
    },
    /** Resolves when the queue is empty (tests, shutdown). */
    async idle() {
      while (running) await running;
    },
    /** Stops taking jobs and waits for the one in progress (app close). */
    async stop() {
      stopped = true;
      queue.length = 0;
      await running;
    },
  };
}

export type FileProcessor = ReturnType<typeof createFileProcessor>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when background file work (thumbnails, page counts) queued so far is done: tests wait on it. */
    backgroundIdle(): Promise<void>;
  }
}
