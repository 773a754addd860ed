import {
  applications,
  committees,
  type Db,
  qualifications,
  reviewCycles,
  series,
  specialties,
  users,
} from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import Fastify from 'fastify';

/**
 * Inserts one draft per applicant on the seeded catalogue's 工程技术 / 水文水资源 / 副高级 choice with the
 * water senior committee, straight into the database (the benches measure other routes).
 */
export async function insertDemoApplications(
  db: Db,
  applicants: { id: string; unitId: string }[],
  /** The cycle to apply in; default the first one (the demo seed has one, the open one). */
  cycleId?: string,
) {
  const [choice] = await db
    .select({ seriesId: series.id, specialtyId: specialties.id, qualificationId: qualifications.id })
    .from(series)
    .innerJoin(specialties, eq(specialties.seriesId, series.id))
    .innerJoin(
      qualifications,
      and(eq(qualifications.seriesId, series.id), eq(qualifications.level, '副高级')),
    )
    .where(and(eq(series.code, 'GC'), eq(specialties.name, '水文水资源')));
  const [committee] = await db.select().from(committees).where(eq(committees.code, 'SZ-GC-SL-G'));
  const [cycle] = await db
    .select()
    .from(reviewCycles)
    .where(cycleId ? eq(reviewCycles.id, cycleId) : undefined);
  if (!choice || !committee || !cycle) throw new Error('seed data missing');
  return db
    .insert(applications)
    .values(
      applicants.map((a) => ({
        cycleId: cycle.id,
        applicantId: a.id,
        unitId: a.unitId,
        track: 'normal' as const,
        applyType: 'normal' as const,
        ...choice,
        level: '副高级' as const,
        committeeId: committee.id,
        departmentId: committee.departmentId,
      })),
    )
    .returning({ id: applications.id });
}

/** The baseline of quality.md: a bare Fastify route doing one primary-key SELECT on the same database. */
export async function startBaseline(
  db: Db,
  userId: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const baseline = Fastify();
  baseline.get('/baseline', async () => {
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    return { id: row?.id, name: row?.name };
  });
  await baseline.listen({ port: 0, host: '127.0.0.1' });
  const { port } = baseline.server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/baseline`, close: () => baseline.close() };
}

/** Logs in through the API and answers the access token. */
export async function login(appUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(`login of ${username} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The p-th percentile (0–100) by nearest rank; 0 for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
