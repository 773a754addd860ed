import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  type FinalFormSummary,
  maskPersonName,
  type ReviewFormVerification,
  reviewFormKindOf,
  statusLabels,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import type { ReviewFormRenderer } from '../../workers/review-form-pool.js';
import type { ApplicationsService, Found } from '../applications/applications-service.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { lifecycleRepository } from '../lifecycle/lifecycle-repository.js';
import { readsFrozen } from '../lifecycle/review-view.js';
import { photoFileIdOf, reviewFormInputOf } from './review-form-input.js';
import { type FinalFormRow, reviewFormRepository as repo } from './review-form-repository.js';
import { newVerificationCode } from './verification-code.js';

export type ReviewFormService = ReturnType<typeof createReviewFormService>;

/** A form to send: a preview rendered now, or the stored final form's bytes. */
export type ReviewFormDownload =
  | { kind: 'preview'; body: Buffer; applicantName: string }
  | { kind: 'final'; body: Readable; size: number; sha256: string; applicantName: string };

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function summaryOf(row: FinalFormRow): FinalFormSummary {
  return {
    verificationCode: row.verificationCode,
    sha256: row.sha256,
    generatedAt: row.generatedAt.toISOString(),
  };
}

export function createReviewFormService(deps: {
  db: Db;
  storage: ObjectStorage;
  renderer: ReviewFormRenderer;
  clock: Clock;
  applications: ApplicationsService;
  /** `<publicUrl>/verify/<code>` is what the QR code holds. */
  publicUrl: string;
}) {
  const { db, storage, clock } = deps;

  async function photoOf(sections: Record<string, unknown>) {
    const fileId = photoFileIdOf(sections);
    const file = fileId ? await repo.fileOf(db, fileId) : undefined;
    const stream = file ? await storage.get(file.storageKey) : undefined;
    if (!file || !stream) return null;
    return {
      data: new Uint8Array(await buffer(stream)),
      format: file.contentType === 'image/png' ? 'png' : 'jpg',
    } as const;
  }

  async function render(found: Found, sections: Record<string, unknown>, final: FinalFormRow | null) {
    const decisions = await repo.decisions(db, found.application.id);
    const photo = await photoOf(sections);
    const verification = final
      ? {
          code: final.verificationCode,
          url: `${deps.publicUrl}/verify/${final.verificationCode}`,
          generatedAt: final.generatedAt,
        }
      : null;
    return deps.renderer.render(
      reviewFormInputOf(found, { sections, decisions, photo }, verification, clock.now()),
    );
  }

  /** The sections a preview shows: the applicant's live rows; a reviewer's, what was submitted. */
  async function previewSections(actor: Actor, id: string): Promise<Record<string, unknown>> {
    if (readsFrozen(actor)) {
      const snapshot = await lifecycleRepository.latestSnapshot(db, id);
      if (snapshot) return (snapshot.content as { sections: Record<string, unknown> }).sections;
    }
    const rows = await lifecycleRepository.sections(db, id);
    return Object.fromEntries(rows.map((row) => [row.key, row.data]));
  }

  /**
   * Renders the final form from the latest snapshot once and stores it; a concurrent first download
   * renders too, but only one row is recorded and the other copy is removed.
   */
  async function generateFinal(found: Found): Promise<FinalFormRow> {
    const id = found.application.id;
    const snapshot = await lifecycleRepository.latestSnapshot(db, id);
    if (!snapshot) throw new Error(`application ${id} reached the committee without a snapshot`);
    const draft = {
      applicationId: id,
      snapshotId: snapshot.id,
      snapshotSha256: snapshot.sha256,
      verificationCode: newVerificationCode(),
      generatedAt: clock.now(),
      sha256: '',
      storageKey: '',
      size: 0,
    } satisfies FinalFormRow;
    const sections = (snapshot.content as { sections: Record<string, unknown> }).sections;
    const pdf = await render(found, sections, draft);
    const row = {
      ...draft,
      sha256: sha256Of(pdf),
      size: pdf.length,
      storageKey: `review-forms/${id}/${draft.verificationCode.toLowerCase()}.pdf`,
    };
    await storage.put(row.storageKey, Readable.from(pdf), { contentType: 'application/pdf' });
    if (await repo.insertFinal(db, row)) return row;
    await storage.delete(row.storageKey);
    const winner = await repo.findFinal(db, id);
    if (!winner) throw new Error(`final form of ${id} vanished`);
    return winner;
  }

  return {
    /** The form the caller may download now (404 outside their scope, 409 when there is none). */
    async download(actor: Actor, id: string, ctx: RequestContext): Promise<ReviewFormDownload> {
      const found = await deps.applications.load(actor, id);
      const status = found.application.status;
      const kind = reviewFormKindOf(status);
      if (!kind) {
        throw new AppError('review_form_unavailable', `“${statusLabels[status]}”的申报没有评审表`);
      }
      if (kind === 'preview') {
        const body = await render(found, await previewSections(actor, id), null);
        return { kind, body, applicantName: found.applicantName };
      }
      const final = (await repo.findFinal(db, id)) ?? (await generateFinal(found));
      const body = await storage.get(final.storageKey);
      if (!body) throw new Error(`stored final form ${final.storageKey} is missing`);
      await recordAudit(db, ctx, {
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'review_form.final_downloaded',
        targetType: 'application',
        targetId: id,
        details: { verificationCode: final.verificationCode, sha256: final.sha256 },
      });
      return { kind, body, size: final.size, sha256: final.sha256, applicantName: found.applicantName };
    },

    /**
     * Stores the final form ahead of its first download (the outbox consumer, on reaching the committee):
     * the same generate-once as a first download. Nothing when it exists, or when the application has
     * meanwhile left the statuses that have one.
     */
    async ensureFinal(applicationId: string): Promise<void> {
      const found = await deps.applications.loadForSystem(applicationId);
      if (reviewFormKindOf(found.application.status) !== 'final') return;
      if (!(await repo.findFinal(db, applicationId))) await generateFinal(found);
    },

    async finalFormOf(applicationId: string): Promise<FinalFormSummary | null> {
      const row = await repo.findFinal(db, applicationId);
      return row ? summaryOf(row) : null;
    },

    /** The public check of a printed final form (masked name: the page is open to anyone). */
    async verify(code: string): Promise<ReviewFormVerification> {
      const row = await repo.findFinalByCode(db, code);
      if (!row) throw AppError.notFound('没有找到该验证码对应的评审表，请核对验证码');
      const found = await deps.applications.loadForSystem(row.applicationId);
      return {
        verificationCode: row.verificationCode,
        maskedName: maskPersonName(found.applicantName),
        unit: found.names.unit,
        series: found.names.series,
        specialty: found.names.specialty,
        level: found.application.level,
        qualification: found.names.qualification,
        committee: found.names.committee,
        status: found.application.status,
        statusLabel: statusLabels[found.application.status],
        snapshotSha256: row.snapshotSha256,
        formSha256: row.sha256,
        generatedAt: row.generatedAt.toISOString(),
      };
    },
  };
}
