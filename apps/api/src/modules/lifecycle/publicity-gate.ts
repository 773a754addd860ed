import { hasWindowEnded, minPublicityWorkingDays, type PublicityStage } from '@zhicheng/contracts';
import type { DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import { publicityRepository } from '../publicity/publicity-repository.js';

/** How one stage's gate speaks: the publicity's name and what it allows once over. */
export interface PublicityGateWording {
  /** 单位公示, 评审结果公示 */
  name: string;
  /** 审核通过, 办理公示结果 */
  allows: string;
}

/**
 * A window of `stage` of at least 5 working days covering the application must have ended by `now`
 * (China time): 409 publicity_required when there is none, 409 publicity_not_ended (with `endsOn`, the
 * earliest end) while every one still runs. Returns the id of a window that ended.
 */
export async function assertPublicityEnded(
  db: DbOrTx,
  applicationId: string,
  stage: PublicityStage,
  now: Date,
  wording: PublicityGateWording,
): Promise<string> {
  const windows = (await publicityRepository.ofApplication(db, applicationId, stage)).filter(
    (w) => w.workingDays >= minPublicityWorkingDays,
  );
  const ended = windows.find((w) => hasWindowEnded(w.endsOn, now));
  if (ended) return ended.id;

  const running = windows.map((w) => w.endsOn).sort()[0];
  if (running) {
    throw new AppError(
      'publicity_not_ended',
      `${wording.name}于${running}结束，公示期满后才能${wording.allows}`,
      {
        extensions: { endsOn: running },
      },
    );
  }
  throw new AppError(
    'publicity_required',
    `须先完成不少于${minPublicityWorkingDays}个工作日的${wording.name}，公示期满后才能${wording.allows}`,
  );
}
