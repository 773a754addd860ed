import type { ApplicantImportReport } from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import { generateTemporaryPassword } from '../../lib/temporary-password.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { planImport } from './applicant-import-plan.js';
import { applicantImportRepository as repo } from './applicant-import-repository.js';
import { type ImportRow, readImportFile, validateRows } from './applicant-import-rows.js';
import type { NewUser } from './people-repository.js';
import { filterFor, isUniqueViolation, newAccountValues } from './people-service.js';

// Argon2 hashes run on libuv's thread pool (4 threads by default): more at once would only queue.
const HASH_CONCURRENCY = 4;

interface PreparedRow extends ImportRow {
  initialPassword: string;
  account: NewUser;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;

export type ApplicantImportService = ReturnType<typeof createApplicantImportService>;

/** 批量导入申报人员: a CSV of 姓名, 账号, 身份证号 becomes applicant accounts of the caller's unit. */
export function createApplicantImportService(deps: { db: Db }) {
  const { db } = deps;

  /** Each new account with its one-time initial password (hashed before any transaction opens). */
  function prepare(rows: readonly ImportRow[], unitId: string): Promise<PreparedRow[]> {
    return mapLimited(rows, HASH_CONCURRENCY, async (row) => {
      const initialPassword = generateTemporaryPassword();
      const account = await newAccountValues({
        username: row.username,
        password: initialPassword,
        name: row.name,
        idNumber: row.idNumber,
        mobile: null,
        role: 'applicant',
        unitId,
      });
      return { ...row, initialPassword, account };
    });
  }

  return {
    /**
     * Imports every valid row in one transaction and reports every row: created (with its initial
     * password, returned this once), skipped (the account exists) or refused (why, in Chinese).
     */
    async importApplicants(
      actor: Actor,
      bytes: Uint8Array,
      ctx: RequestContext,
    ): Promise<ApplicantImportReport> {
      const { unitId } = filterFor(actor, 'applicant');
      if (!unitId) throw new AppError('forbidden');
      const { rows, encoding } = readImportFile(bytes);
      const checked = validateRows(rows);
      const first = planImport(checked.valid, await repo.findExisting(db, unitId, checked.valid), unitId);
      const prepared = await prepare(first.create, unitId);

      try {
        const outcome = await db.transaction(async (tx) => {
          await repo.lockUnitImports(tx, unitId);
          // Another import (or a single creation) may have taken some of these accounts meanwhile.
          const again = planImport(prepared, await repo.findExisting(tx, unitId, prepared), unitId);
          const rowsToCreate = new Set(again.create.map((r) => r.row));
          const created = prepared.filter((r) => rowsToCreate.has(r.row));
          await repo.insertMany(
            tx,
            created.map((r) => r.account),
          );
          const skipped = [...first.skipped, ...again.skipped].sort(byRow);
          const errors = [...checked.errors, ...first.errors, ...again.errors].sort(byRow);
          await recordAudit(tx, ctx, {
            actorId: actor.userId,
            actorRole: actor.role,
            action: 'applicants.imported',
            targetType: 'unit',
            targetId: unitId,
            details: {
              rows: rows.length,
              created: created.length,
              skipped: skipped.length,
              errors: errors.length,
              encoding,
              usernames: created.map((r) => r.username),
            },
          });
          return { created, skipped, errors };
        });
        return {
          created: outcome.created.length,
          skipped: outcome.skipped.length,
          errors: outcome.errors,
          accounts: outcome.created.map(({ row, username, name, initialPassword }) => ({
            row,
            username,
            name,
            initialPassword,
          })),
          skippedRows: outcome.skipped,
        };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError('conflict', '导入时有账号刚被他人占用，没有导入任何账号，请重新导入', {
          cause: error,
        });
      }
    },
  };
}
