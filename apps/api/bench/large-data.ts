// The generated data sets the scale benches run on: one PostgreSQL database per size and seed
// (`zc_bench_<size>_s<seed>`), made once by seedLarge and reused while it holds seedLarge's marker of
// this generator version, so repeated runs measure without regenerating (a million applications take
// minutes to load).
import { appMeta, createDb, type DbHandle, migrate } from '@zhicheng/db';
import {
  LARGE_SEED_META_KEY,
  LARGE_SEED_VERSION,
  type LargeSeedMarker,
  seedLarge,
} from '@zhicheng/db/seed-large';
import { eq } from 'drizzle-orm';

export interface LargeDatabase {
  handle: DbHandle;
  name: string;
  /** Whether this run generated it (false: reused). */
  generated: boolean;
  /** Seconds the generation took (0 when reused). */
  seconds: number;
}

export function largeDatabaseName(applications: number, seed: number) {
  return `zc_bench_${applications}_s${seed}`;
}

function urlOf(baseUrl: string, name: string) {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the server's own database (DATABASE_URL), where databases are created. */
async function admin<T>(baseUrl: string, work: (server: DbHandle) => Promise<T>): Promise<T> {
  const server = await createDb({ databaseUrl: baseUrl, poolMax: 1 });
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

async function isComplete(url: string, applications: number): Promise<boolean> {
  const handle = await createDb({ databaseUrl: url, poolMax: 1 });
  try {
    const [done] = await handle.db.select().from(appMeta).where(eq(appMeta.key, LARGE_SEED_META_KEY));
    if (!done) return false;
    const marker = JSON.parse(done.value) as Partial<LargeSeedMarker>; // older markers lack `version`
    return marker.applications === applications && marker.version === LARGE_SEED_VERSION;
  } catch {
    return false; // no app_meta table: created but never migrated
  } finally {
    await handle.close();
  }
}

/**
 * Opens the data set of `applications` applications (seed `seed`), generating it first unless a complete
 * one exists. A database left without the marker (an interrupted run) is dropped and made again.
 * Reused data sets are migrated, so a newer schema's indexes apply to them too.
 */
export async function openLargeDatabase(
  baseUrl: string,
  applications: number,
  seed: number,
  poolMax = 10,
): Promise<LargeDatabase> {
  const name = largeDatabaseName(applications, seed);
  const url = urlOf(baseUrl, name);
  const exists = await admin(baseUrl, async (c) => {
    const r = await c.executeSql('select 1 from pg_database where datname = $1', [name]);
    return r.rows.length === 1;
  });
  if (exists && (await isComplete(url, applications))) {
    const handle = await createDb({ databaseUrl: url, poolMax });
    await migrate(handle);
    return { handle, name, generated: false, seconds: 0 };
  }
  await admin(baseUrl, async (c) => {
    if (exists) await c.executeSql(`drop database "${name}" with (force)`);
    await c.executeSql(`create database "${name}"`);
  });
  const handle = await createDb({ databaseUrl: url, poolMax });
  const began = performance.now();
  let lastPrint = 0;
  console.log(`bench: generating ${applications.toLocaleString('en-US')} applications into ${name}…`);
  await seedLarge(handle, {
    applications,
    seed,
    onProgress: (p) => {
      if (p.elapsedMs - lastPrint < 10_000 && p.applications < p.total) return;
      lastPrint = p.elapsedMs;
      console.log(`  ${p.applications.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')}`);
    },
  });
  const seconds = (performance.now() - began) / 1000;
  console.log(`bench: ${name} generated in ${seconds.toFixed(0)} s`);
  return { handle, name, generated: true, seconds };
}

/** A new database for one run (the peak changes its data), dropped by `drop`. */
export async function freshDatabase(baseUrl: string, name: string, poolMax = 10) {
  await admin(baseUrl, async (c) => {
    await c.executeSql(`drop database if exists "${name}" with (force)`);
    await c.executeSql(`create database "${name}"`);
  });
  const handle = await createDb({ databaseUrl: urlOf(baseUrl, name), poolMax });
  return {
    handle,
    async drop() {
      await handle.close();
      await admin(baseUrl, (c) => c.executeSql(`drop database if exists "${name}" with (force)`));
    },
  };
}
