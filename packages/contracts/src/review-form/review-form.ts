import { z } from 'zod';
import type { ApplicationStatus } from '../status/status-machine.js';

/**
 * Which 评审表 an application of this status gets (domain.md): a watermarked preview of the current
 * data while it is being filled or reviewed up to the department, the final form from the frozen
 * snapshot once the department approved, none once it ended otherwise (cancelled, rejected).
 */
export type ReviewFormKind = 'preview' | 'final' | null;

const reviewFormKinds: Record<ApplicationStatus, ReviewFormKind> = {
  draft: 'preview',
  returned: 'preview',
  submitted: 'preview',
  unit_review: 'preview',
  dept_review: 'preview',
  committee_review: 'final',
  publicity: 'final',
  approved: 'final',
  rejected: null,
  cancelled: null,
};

export function reviewFormKindOf(status: ApplicationStatus): ReviewFormKind {
  return reviewFormKinds[status];
}

/** The final form as the application detail carries it (`finalForm`), null until it was generated. */
export const finalFormSummarySchema = z
  .object({
    verificationCode: z.string(),
    /** SHA-256 of the PDF bytes every download serves. */
    sha256: z.string(),
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: 'FinalFormSummary' });
export type FinalFormSummary = z.infer<typeof finalFormSummarySchema>;

/** A verification code as printed on the form: four groups of four (no 0/O, 1/I). */
export const verificationCodeSchema = z
  .string()
  .regex(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/, '验证码格式不正确')
  .meta({ example: 'K7QM-3XHD-9PWT-B4RZ' });

export const verifyParamsSchema = z.object({ code: verificationCodeSchema });

/** `GET /verify/{code}` (public): what a printed final form must match. */
export const reviewFormVerificationSchema = z
  .object({
    verificationCode: z.string(),
    /** `张*三`: the public page never shows the whole name. */
    maskedName: z.string(),
    unit: z.string(),
    series: z.string(),
    specialty: z.string(),
    level: z.string(),
    qualification: z.string(),
    committee: z.string(),
    status: z.string().describe('the application status now (e.g. approved)'),
    statusLabel: z.string(),
    snapshotSha256: z.string(),
    formSha256: z.string(),
    generatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ReviewFormVerification' });
export type ReviewFormVerification = z.infer<typeof reviewFormVerificationSchema>;
