import { committees, type DbOrTx, departments } from '@zhicheng/db';
import { eq } from 'drizzle-orm';

/** Where a reviewer works: the department (部门审核人) or committee (评委会秘书) an account is tied to. */
export const reviewersRepository = {
  async findDepartment(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ id: departments.id, name: departments.name, active: departments.active })
      .from(departments)
      .where(eq(departments.id, id));
    return row;
  },

  async findCommittee(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ id: committees.id, name: committees.name, active: committees.active })
      .from(committees)
      .where(eq(committees.id, id));
    return row;
  },
};
