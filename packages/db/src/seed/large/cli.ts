import { parseArgs } from 'node:util';
import { createDb } from '../../client.js';
import { LargeSeedError, type LargeSeedProgress, type LargeSeedSummary, seedLarge } from './generate.js';

const usage = `Usage: pnpm seed:large --applications N [--database-url postgres://…] [--seed S] [--cycles C]

Migrates the database, seeds the catalogue and the demo accounts, then generates N applications with
their units, applicants, sections, review records and snapshots. PostgreSQL only (DATABASE_URL or
--database-url); run it on a fresh database.`;

function parse() {
  const { values } = parseArgs({
    options: {
      applications: { type: 'string' },
      'database-url': { type: 'string' },
      seed: { type: 'string' },
      cycles: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const int = (name: string, raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const n = Number(raw.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 1)
      throw new LargeSeedError(`--${name} must be a positive integer, not “${raw}”`);
    return n;
  };
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const applications = int('applications', values.applications);
  if (!applications) throw new LargeSeedError(`--applications N is required\n\n${usage}`);
  return {
    applications,
    databaseUrl: values['database-url'] ?? process.env.DATABASE_URL,
    seed: int('seed', values.seed),
    cycles: int('cycles', values.cycles),
    batchSize: int('batch-size', values['batch-size']),
  };
}

const n = (x: number) => x.toLocaleString('en-US');

function progress(p: LargeSeedProgress) {
  const seconds = Math.max(p.elapsedMs / 1000, 0.001);
  const percent = ((p.applications / p.total) * 100).toFixed(0).padStart(3);
  console.log(
    `  ${percent}%  ${n(p.applications)} / ${n(p.total)} applications · ${n(Math.round(p.applications / seconds))} applications/s · ${n(Math.round(p.rows / seconds))} rows/s`,
  );
}

function report(s: LargeSeedSummary) {
  const lines = [
    `Loaded in ${(s.elapsedMs / 1000).toFixed(1)} s after ${(s.setupMs / 1000).toFixed(1)} s of migrations and seeds (${n(s.rows)} rows, ${n(Math.round(s.rows / (s.elapsedMs / 1000)))} rows/s):`,
    `  ${n(s.applications)} applications by ${n(s.applicants)} applicants in ${n(s.units)} units (${n(s.unitAdmins)} unit admins, ${n(s.reviewers)} reviewers and secretaries)`,
    `  cycles: ${s.cycles.map((c) => `${c.year}${c.open ? ' (open)' : ''} ${n(c.applications)}`).join(', ')}`,
    `  statuses: ${Object.entries(s.byStatus)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ')}`,
    `  on the demo department's committees: ${n(s.demoDepartmentApplications)}; in the demo unit: ${n(s.demoUnitApplications)}`,
    `  ${n(s.sections)} sections, ${n(s.events)} review records, ${n(s.snapshots)} snapshots`,
    `  per-row foreign-key triggers: ${s.foreignKeyTriggers}`,
    '  Every generated account (sq0000001…, dw000001…, bm001…, wh001…) has the demo password.',
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const args = parse();
  if (!args.databaseUrl) {
    throw new LargeSeedError(
      'seed:large needs PostgreSQL: pass --database-url postgres://… or set DATABASE_URL.',
    );
  }
  const handle = await createDb({ databaseUrl: args.databaseUrl, poolMax: 3 });
  try {
    console.log(`Generating ${n(args.applications)} applications…`);
    const summary = await seedLarge(handle, {
      applications: args.applications,
      seed: args.seed,
      cycles: args.cycles,
      batchSize: args.batchSize,
      onProgress: progress,
    });
    report(summary);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof LargeSeedError ? error.message : error);
  process.exit(1);
});
