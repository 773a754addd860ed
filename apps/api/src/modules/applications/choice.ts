import { type Catalog, committeeCandidates, type Level } from '@zhicheng/contracts';
import { AppError } from '../../errors/app-error.js';

export interface Choice {
  seriesId: string;
  specialtyId: string;
  qualificationId: string;
  committeeId: string;
}

/**
 * Re-checks a qualification choice against the active catalogue and derives what follows from it:
 * the level (from the qualification) and the department (running the committee).
 */
export function resolveChoice(catalog: Catalog, choice: Choice): { level: Level; departmentId: string } {
  const owner = catalog.series.find((s) => s.id === choice.seriesId);
  if (!owner) throw AppError.validation([{ path: 'seriesId', message: '该申报系列不存在或已停用' }]);
  if (!owner.specialties.some((sp) => sp.id === choice.specialtyId)) {
    throw AppError.validation([{ path: 'specialtyId', message: '该专业不属于所选申报系列' }]);
  }
  const qualification = owner.qualifications.find((q) => q.id === choice.qualificationId);
  if (!qualification) {
    throw AppError.validation([{ path: 'qualificationId', message: '该专技资格不属于所选申报系列' }]);
  }
  const candidates = committeeCandidates(catalog, { ...choice, level: qualification.level });
  if (candidates.length === 0) {
    throw AppError.validation(
      [{ path: 'committeeId', message: '所选专业和级别暂无可受理的评委会' }],
      '所选专业和级别不能通过本系统申报评审',
    );
  }
  const committee = candidates.find((c) => c.id === choice.committeeId);
  if (!committee) {
    throw AppError.validation([{ path: 'committeeId', message: '该评委会不负责所选专业和级别' }]);
  }
  return { level: qualification.level, departmentId: committee.departmentId };
}
