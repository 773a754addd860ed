import { createHash } from 'node:crypto';

// What the queue needs around pg-boss 10: its internal names, a known bug's workaround, stable ids.

/** pg-boss's internal queue that turns due schedules into jobs. */
export const SEND_IT_QUEUE = '__pgboss__send-it';

/**
 * pg-boss 10 creates a queue (a row plus a partition attached to its job table) without a lock, so
 * replicas starting together can deadlock each other (PostgreSQL aborts one with 40P01; reported in
 * supabase/storage#703). pg-boss 11 takes an advisory lock there (its commit 6aafce0); on 10 we retry.
 */
export async function retryDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

/** A stable job id per queue and key: pg-boss drops an insert whose id exists (ON CONFLICT DO NOTHING). */
export function singletonIdOf(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\0${key}`).digest('hex');
  // Shaped as a UUID (version 8, "custom"), which is all the uuid column asks.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
