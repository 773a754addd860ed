import type { ActorKind, TransitionAction, TransitionRequest } from '@zhicheng/contracts';
import type { DbOrTx } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { ApplicationRow } from '../applications/applications-repository.js';
import { listMaterialCounts } from '../materials/materials-repository.js';
import { assertVotesAllowed } from './committee-votes-gate.js';
import { checkCompleteness, missingItems } from './completeness.js';
import { type EventRow, lifecycleRepository as repo } from './lifecycle-repository.js';
import { assertResultPublicityEnded } from './result-publicity-gate.js';
import { buildSnapshot, type SnapshotInput } from './snapshot.js';
import { assertUnitPublicityEnded } from './unit-publicity-gate.js';

/** What a side effect knows about the transition it belongs to. */
export interface TransitionContext {
  application: ApplicationRow;
  committeePilot: boolean;
  now: Date;
  /** The request, already validated by its action's payload schema. */
  input: TransitionRequest;
  actor: Actor;
  /** Which stage acts (the same action, e.g. approve, belongs to the unit and to the department). */
  actorKind: ActorKind;
}

/**
 * The side effects of one action beyond what every transition does (compare-and-set on the status, the
 * review record, the audit event). Adding an action's effect is one entry in the table below.
 */
export interface TransitionEffect {
  /** A check before anything is written (e.g. the cycle must be open), outside the transaction. */
  precheck?(c: TransitionContext): Promise<void>;
  /** Columns the status move sets besides the status itself. */
  columns?(c: TransitionContext): { submittedAt?: Date | null };
  /** Columns of the review record (application_events) besides actor, decision and opinion. */
  record?(c: TransitionContext): { correction?: CorrectionMarks };
  /**
   * Work inside the transaction, after the status moved and the review record was written; throwing
   * rolls the whole transition back. What it returns is added to the audit event's details.
   */
  inTransaction?(tx: DbOrTx, c: TransitionContext & { eventId: string }): Promise<Record<string, unknown>>;
}

export type TransitionEffects = Partial<Record<TransitionAction, TransitionEffect>>;

export interface EffectDeps {
  assertCycleOpen(cycleId: string, now: Date): Promise<void>;
}

export function createTransitionEffects(deps: EffectDeps): TransitionEffects {
  return {
    submit: {
      // A first submission only while the cycle is open (domain.md); a returned one may always be resubmitted.
      precheck: async ({ application, now }) => {
        if (application.status === 'draft') await deps.assertCycleOpen(application.cycleId, now);
      },
      columns: ({ now }) => ({ submittedAt: now }),
      // Checked after the status moved, in the same transaction, so the snapshot is exactly what was checked.
      inTransaction: async (tx, c) => {
        const sections = await assertComplete(tx, c);
        return { sha256: await freezeSubmission(tx, c, sections) };
      },
    },
    // Withdrawn: it is a draft again, no longer waiting for the unit.
    withdraw: { columns: () => ({ submittedAt: null }) },
    // 单位公示 (domain.md): the unit approves only after its window ended; the department has no gate.
    // Read in the transaction (the precheck has no database); a refusal rolls the status move back.
    approve: {
      inTransaction: async (tx, c) =>
        c.actorKind === 'unit' ? assertUnitPublicityEnded(tx, c.application, c.now) : {},
    },
    // The committee's result must be what its votes decide (quorum and 2/3, committee-votes-gate.ts).
    committee_pass: { inTransaction: (tx, c) => assertVotesAllowed(tx, c.application, c.input) },
    committee_fail: { inTransaction: (tx, c) => assertVotesAllowed(tx, c.application, c.input) },
    // 评审结果公示: the department closes the publicity only after a result window ended.
    publicity_pass: { inTransaction: (tx, c) => assertResultPublicityEnded(tx, c.application, c.now) },
    publicity_fail: { inTransaction: (tx, c) => assertResultPublicityEnded(tx, c.application, c.now) },
    // 一次性告知: the review record keeps what the return names to correct, shown until resubmission.
    return: { record: ({ input }) => ({ correction: correctionOf(input) }) },
  };
}

/** A return's marks as the review record stores them (the request schema checked the keys). */
export type CorrectionMarks = NonNullable<EventRow['correction']>;

function correctionOf(input: TransitionRequest): CorrectionMarks {
  if (input.action !== 'return') return { sections: [], materials: [], correctBy: null };
  return {
    sections: [...new Set(input.sections ?? [])],
    materials: [...new Set(input.materials ?? [])],
    correctBy: input.correctBy ?? null,
  };
}

/** The completeness of an application as it is now in `db` (inside a transaction: what will be frozen). */
export async function completenessOf(
  db: DbOrTx,
  c: Pick<TransitionContext, 'application' | 'committeePilot'>,
  today: Date,
) {
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const sections = await repo.sections(db, c.application.id);
  const materialCounts = await listMaterialCounts(db, c.application.id);
  const result = checkCompleteness({
    track: c.application.track,
    committeePilot: c.committeePilot,
    sections,
    materialCounts,
    today,
  });
  return { result, sections };
}

/** Submit refuses an incomplete application. */
async function assertComplete(tx: DbOrTx, c: TransitionContext) {
  const { result, sections } = await completenessOf(tx, c, c.now);
  if (!result.complete) {
    throw new AppError('incomplete_application', '申报信息或材料还不完整，补齐后才能提交', {
      errors: missingItems(result),
    });
  }
  return sections;
}

/** Freezes what was checked: the sections and the file list, with the SHA-256 of the whole. */
async function freezeSubmission(
  tx: DbOrTx,
  c: TransitionContext & { eventId: string },
  sections: SnapshotInput['sections'],
) {
  const { application, now, eventId } = c;
  const files = await repo.files(tx, application.id);
  const snapshot = buildSnapshot({ application, sections, files, submittedAt: now });
  await repo.insertSnapshot(tx, { applicationId: application.id, eventId, ...snapshot });
  await repo.markFirstSubmission(tx, application.applicantId, now);
  return snapshot.sha256;
}
