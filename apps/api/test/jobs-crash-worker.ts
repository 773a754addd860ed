// The worker process of jobs-crash.test.ts: works `crash.blocking` on the database it is given, says
// when a handler started, and never lets that handler finish (the test kills this process meanwhile).
import { createDb } from '@zhicheng/db';
import { createPgBossQueue } from '../src/jobs/pg-boss-queue.js';

const url = process.env.CRASH_DATABASE_URL;
if (!url) throw new Error('CRASH_DATABASE_URL is required');
const database = await createDb({ databaseUrl: url, poolMax: 3 });
const queue = createPgBossQueue({
  executeSql: database.executeSql,
  pollSeconds: 0.5,
  onError: (error) => console.error(error),
});
await queue.work<{ step: string }>(
  'crash.blocking',
  async (job) => {
    process.stdout.write(`started ${job.id}\n`);
    await new Promise(() => {});
  },
  { expireInSeconds: 2, retryDelaySeconds: 1 },
);
await queue.start();
process.stdout.write('ready\n');
