import { Readable } from 'node:stream';
import type { Db } from '@zhicheng/db';
import type { FastifyBaseLogger } from 'fastify';
import sharp from 'sharp';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import { MAX_IMAGE_PIXELS } from './image-check.js';
import { materialsRepository as repo } from './materials-repository.js';
import { countPdfPages } from './pdf-pages.js';
import { thumbnailKeyOf } from './storage-keys.js';

export interface ProcessJob {
  fileId: string;
  storageKey: string;
  contentType: string;
}

const THUMBNAIL_SIZE = 240;
export const PROCESS_FILE_JOB = 'materials.process-file';

/**
 * Thumbnails and page counts, off the request path, as durable jobs (ADR 0008): an upload's jobs
 * survive a restart and run on whichever replica takes them. Each replica works one job at a time, so a
 * burst of uploads never competes with requests for more than one libvips thread and one stream. sharp
 * decodes on libuv's pool and the PDF scan streams, so neither blocks the event loop. Answers until then
 * say `hasThumbnail: false` / `pages: null`.
 */
export function createFileProcessor(deps: {
  db: Db;
  storage: ObjectStorage;
  queue: JobQueue;
  log: () => FastifyBaseLogger;
}) {
  async function thumbnail(job: ProcessJob) {
    const source = await deps.storage.get(job.storageKey);
    if (!source) return;
    const resize = sharp({ failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 });
    let bytes: Buffer;
    try {
      bytes = await source.pipe(resize).toBuffer();
    } catch (error) {
      // A file sharp cannot decode keeps working without a thumbnail; retrying would not change that.
      deps.log().warn({ err: error, fileId: job.fileId }, 'thumbnail: the image could not be decoded');
      return;
    }
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

  // Storage and database failures are retried (idempotent: the same key and columns are written again).
  void deps.queue
    .work<ProcessJob>(
      PROCESS_FILE_JOB,
      ({ data }) => (data.contentType === 'application/pdf' ? pages(data) : thumbnail(data)),
      { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 300 },
    )
    .catch((error: unknown) => deps.log().error({ err: error }, 'file processing: no worker'));

  return {
    /**
     * Queues a job per file (once per file id). The upload has committed by now: a queue that cannot be
     * reached costs the thumbnail, not the upload, so a failure is logged rather than thrown.
     */
    async enqueue(jobs: ProcessJob[]) {
      for (const job of jobs) {
        try {
          await deps.queue.send(PROCESS_FILE_JOB, job, { singletonKey: job.fileId });
        } catch (error) {
          deps.log().error({ err: error, fileId: job.fileId }, 'file processing: the job was not queued');
        }
      }
    },
  };
}

export type FileProcessor = ReturnType<typeof createFileProcessor>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when the job queue has nothing due or running (thumbnails, page counts, events): tests wait on it. */
    backgroundIdle(): Promise<void>;
  }
}
