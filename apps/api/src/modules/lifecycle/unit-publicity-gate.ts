import { hasWindowEnded, minPublicityWorkingDays } from '@zhicheng/contracts';
import type { DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { ApplicationRow } from '../applications/applications-repository.js';
import { cyclesRepository } from '../cycles/cycles-repository.js';
import { publicityRepository } from '../publicity/publicity-repository.js';

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

  const windows = (await publicityRepository.ofApplication(db, application.id, 'unit')).filter(
    (w) => w.workingDays >= minPublicityWorkingDays,
  );
  const ended = windows.find((w) => hasWindowEnded(w.endsOn, now));
  if (ended) return { unitPublicity: ended.id };

  const running = windows.map((w) => w.endsOn).sort()[0];
  if (running) {
    throw new AppError('publicity_not_ended', `单位公示于${running}结束，公示期满后才能审核通过`, {
      extensions: { endsOn: running },
    });
  }
  throw new AppError(
    'publicity_required',
    `须先完成不少于${minPublicityWorkingDays}个工作日的单位公示，公示期满后才能审核通过`,
  );
}
