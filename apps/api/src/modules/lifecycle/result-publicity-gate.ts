import type { DbOrTx } from '@zhicheng/db';
import type { ApplicationRow } from '../applications/applications-repository.js';
import { assertPublicityEnded } from './publicity-gate.js';

/**
 * 评审结果公示 before the department closes it (人社部令第40号: at least 5 working days): publicity_pass
 * and publicity_fail only once a result window covering the application has ended by `now` (China
 * time). Returns what the audit event records: the window that allowed the decision.
 */
export async function assertResultPublicityEnded(
  db: DbOrTx,
  application: Pick<ApplicationRow, 'id'>,
  now: Date,
): Promise<{ resultPublicity: string }> {
  const id = await assertPublicityEnded(db, application.id, 'result', now, {
    name: '评审结果公示',
    allows: '办理公示结果',
  });
  return { resultPublicity: id };
}
