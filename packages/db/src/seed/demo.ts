import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { hashPassword } from '../password-hash.js';
import { committees, departments, reviewCycles, units, users } from '../schema/index.js';

/** Every demo account shares this password; printed at start-up, never used in production. */
export const DEMO_PASSWORD = 'Zhicheng2026';

export interface DemoAccount {
  username: string;
  role: string;
  name: string;
  description: string;
}

export const demoUnit = {
  orgCode: 'MA5DEMO15',
  name: '深圳市示范水务工程设计院',
  socialSecurityNo: '100000001',
};

/** Demo accounts for every role: what a newcomer logs in with after `pnpm start`. */
export const demoAccounts = [
  { username: 'bureauadmin', role: 'bureau_admin', name: '林专技', description: '市人社局管理员' },
  { username: 'unitadmin', role: 'unit_admin', name: '王管理', description: '单位管理员（示范单位）' },
  { username: 'unitoperator', role: 'unit_operator', name: '赵经办', description: '单位经办人（示范单位）' },
  { username: 'applicant01', role: 'applicant', name: '张三', description: '申报个人（示范单位）' },
  { username: 'applicant02', role: 'applicant', name: '李四', description: '申报个人（示范单位）' },
  {
    username: 'swjreviewer',
    role: 'dept_reviewer',
    name: '陈审核',
    description: '日常工作部门审核人（深圳市水务局）',
  },
  {
    username: 'slsecretary',
    role: 'committee_secretary',
    name: '周秘书',
    description: '评委会秘书（水利水电高级评委会）',
  },
] as const satisfies readonly DemoAccount[];

// Valid GB 11643 numbers (check digits computed), Shenzhen Futian prefix.
const demoIdNumbers: Record<string, string> = {
  unitadmin: '440305197801010033',
  unitoperator: '440305198204200044',
  applicant01: '44030519850312001X',
  applicant02: '440305198808080055',
};

/** The open review cycle for "now": opened 30 days ago, closes in 90 days. */
export function demoCycle(now: Date) {
  const day = 24 * 60 * 60 * 1000;
  return {
    name: `${now.getFullYear()}年度专业技术资格评审`,
    year: now.getFullYear(),
    opensAt: new Date(now.getTime() - 30 * day),
    closesAt: new Date(now.getTime() + 90 * day),
  };
}

/** Inserts one open review cycle, the demo unit and the demo accounts. Requires the catalogue. */
export async function seedDemo(tx: DbOrTx, now: Date = new Date()): Promise<void> {
  await tx.insert(reviewCycles).values(demoCycle(now));
  const [unit] = await tx.insert(units).values(demoUnit).returning();
  const [department] = await tx.select().from(departments).where(eq(departments.name, '深圳市水务局'));
  const [committee] = await tx.select().from(committees).where(eq(committees.code, 'SZ-GC-SL-G'));
  if (!unit || !department || !committee)
    throw new Error('demo seed needs the catalogue (深圳市水务局, SZ-GC-SL-G)');

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx.insert(users).values(
    demoAccounts.map((a) => ({
      username: a.username,
      passwordHash,
      role: a.role,
      name: a.name,
      idNumber: demoIdNumbers[a.username] ?? null,
      mobile: a.role === 'unit_admin' || a.role === 'unit_operator' ? '13800138000' : null,
      unitId: ['unit_admin', 'unit_operator', 'applicant'].includes(a.role) ? unit.id : null,
      departmentId: a.role === 'dept_reviewer' ? department.id : null,
      committeeId: a.role === 'committee_secretary' ? committee.id : null,
    })),
  );
}
