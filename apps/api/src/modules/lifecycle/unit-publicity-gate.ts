import type { DbOrTx } from '@zhicheng/db';
import type { ApplicationRow } from '../applications/applications-repository.js';
import { cyclesRepository } from '../cycles/cycles-repository.js';
import { assertPublicityEnded } from './publicity-gate.js';

/**
 * 单位公示 before the unit approves (人社部令第40号, domain.md): unless the application's cycle says it
 * is not required, a unit window of at least 5 working days covering it must have ended by `now`
 * (China time). Returns what the audit event records: the window that allowed the approval.
 */
export async function assertUnitPublicityEnded(
  db: DbOrTx,
  application: Pick<ApplicationRow, 'id' | 'cycleId'>,
  now: Date,
): Promise<{ unitPublicity: string }> {
  const cycle = await cyclesRepository.findById(db, application.cycleId);
  if (cycle && !cycle.unitPublicityRequired) return { unitPublicity: 'not_required' };
  const id = await assertPublicityEnded(db, application.id, 'unit', now, {
    name: '单位公示',
    allows: '审核通过',
  });
  return { unitPublicity: id };
}
