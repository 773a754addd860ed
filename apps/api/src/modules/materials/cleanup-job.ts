import type { Db } from '@zhicheng/db';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import { materialsRepository as repo } from './materials-repository.js';
import { APPLICATIONS_PREFIX, createdAtOfKey } from './storage-keys.js';

/** Younger objects may belong to an upload whose rows are still being written. */
export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;
const BATCH = 500;

/**
 * Deletes objects under `applications/` that are older than an hour and that no stored file uses (as its
 * object or its thumbnail): what a crash between storing an object and writing its row leaves behind.
 * Keys the app did not generate (no timestamp in them) are never touched. Returns the deleted keys.
 */
export async function cleanupOrphanObjects(deps: { db: Db; storage: ObjectStorage; now?: number }) {
  const now = deps.now ?? Date.now();
  const candidates = (await deps.storage.list(APPLICATIONS_PREFIX)).filter((key) => {
    const created = createdAtOfKey(key);
    return created !== undefined && now - created >= ORPHAN_MIN_AGE_MS;
  });
  const deleted: string[] = [];
  for (let i = 0; i < candidates.length; i += BATCH) {
    const batch = candidates.slice(i, i + BATCH);
    const referenced = await repo.referencedKeys(deps.db, batch);
    for (const key of batch) {
      if (referenced.has(key)) continue;
      await deps.storage.delete(key);
      deleted.push(key);
    }
  }
  return deleted;
}

export const ORPHAN_CLEANUP_JOB = 'materials.orphan-cleanup';
/** At minute 0 of every hour (China time), on one replica. */
export const ORPHAN_CLEANUP_CRON = '0 * * * *';

/** Registers the cleanup as a scheduled job: the queue runs each hourly tick once across replicas. */
export async function scheduleOrphanCleanup(deps: { db: Db; storage: ObjectStorage; queue: JobQueue }) {
  // Listing a large bucket may take a while; a tick that overruns the next one is not run twice at once.
  await deps.queue.work(ORPHAN_CLEANUP_JOB, async () => void (await cleanupOrphanObjects(deps)), {
    oneAtATime: true,
    retryLimit: 1,
    expireInSeconds: 30 * 60,
  });
  await deps.queue.schedule(ORPHAN_CLEANUP_JOB, ORPHAN_CLEANUP_CRON);
}
