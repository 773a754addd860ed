import {
  isEditable,
  type MaterialCategoryKey,
  type MaterialList,
  materialCategoryTitle,
  materialContentTypes,
  photoContentTypes,
  photoMaxBytes,
} from '@zhicheng/contracts';
import type { Db, DbOrTx } from '@zhicheng/db';
import type { Config } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { ObjectStorage } from '../../storage/object-storage.js';
import { applicationsRepository } from '../applications/applications-repository.js';
import type { ApplicationsService } from '../applications/applications-service.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { readsFrozen, reviewViewOf } from '../lifecycle/review-view.js';
import type { FrozenContent } from '../lifecycle/snapshot.js';
import { sectionsRepository } from '../sections/sections-repository.js';
import type { FileProcessor } from './file-processor.js';
import { buildMaterialList, toMaterialFile } from './material-view.js';
import { PHOTO_CATEGORY, materialsRepository as repo, type StoredFileRow } from './materials-repository.js';
import type { ReceivedFile, ReceiveOptions } from './upload-receiver.js';

/** Reads the request's files into storage under the given limits (the route binds it to its request). */
export type Receive = (options: ReceiveOptions) => Promise<ReceivedFile[]>;

export type MaterialsService = ReturnType<typeof createMaterialsService>;

/** Step 3 (上传申报材料): files by category, the 1-inch photo, and what each category requires. */
export function createMaterialsService(deps: {
  db: Db;
  storage: ObjectStorage;
  config: Pick<Config, 'uploads'>;
  applications: ApplicationsService;
  processor: FileProcessor;
}) {
  const { db, storage } = deps;
  const limits = deps.config.uploads;

  /** The applicant's own application, still editable; 404 outside the scope, 409 once submitted. */
  async function editable(actor: Actor, applicationId: string) {
    const found = await deps.applications.load(actor, applicationId);
    if (actor.role !== 'applicant') throw new AppError('forbidden');
    if (!isEditable(found.application.status)) {
      throw new AppError('invalid_transition', '申报已提交，当前不能修改材料；如需修改请先撤回');
    }
    return found;
  }

  /**
   * Inside each write's transaction: locks the application row and re-checks that it is still editable,
   * so a write racing a submission lands before the snapshot or not at all. `update` also serialises the
   * uploads of one application, which makes the limit checks exact.
   */
  async function lockStillEditable(tx: DbOrTx, actor: Actor, applicationId: string) {
    const status = await applicationsRepository.lockOwn(tx, applicationId, actor.userId, 'update');
    if (!status || !isEditable(status)) {
      throw new AppError('invalid_transition', '申报已提交，当前不能修改材料；如需修改请先撤回');
    }
  }

  /** Removes objects whose rows are gone; a failure leaves orphans for the cleanup job, never an error. */
  async function deleteObjects(files: { storageKey: string; thumbnailKey?: string | null }[]) {
    const keys = files.flatMap((f) => [f.storageKey, ...(f.thumbnailKey ? [f.thumbnailKey] : [])]);
    await Promise.allSettled(keys.map((key) => storage.delete(key)));
  }

  function rowsOf(received: ReceivedFile[], actor: Actor) {
    return received.map((f) => ({
      storageKey: f.storageKey,
      originalName: f.fileName,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      uploadedBy: actor.userId,
    }));
  }

  return {
    /**
     * The list page's data. The applicant sees the live files; reviewers see the files of the latest
     * submission snapshot (the applicant may be correcting a returned application meanwhile) and, after
     * a return and a resubmission, which categories changed.
     */
    async materialListFor(actor: Actor, applicationId: string): Promise<MaterialList> {
      const found = await deps.applications.load(actor, applicationId);
      const a = found.application;
      const toCorrect = new Set<string>(found.correction?.materials ?? []);
      const review = readsFrozen(actor) ? await reviewViewOf(db, applicationId) : undefined;
      const frozen = review?.frozen;
      const meta = {
        editable: actor.role === 'applicant' && isEditable(a.status),
        limits: { ...limits },
      };
      if (frozen) {
        const shown = frozen.files.filter((f) => f.category !== PHOTO_CATEGORY);
        const stored = await repo.filesByIds(
          db,
          shown.map((f) => f.fileId),
        );
        const placed = shown.map((f) => ({
          file: stored.get(f.fileId) ?? frozenFileRow(f, frozen.submittedAt),
          category: f.category,
          position: f.order,
        }));
        return buildMaterialList(
          {
            track: frozen.choice.track as typeof a.track,
            committeePilot: found.committeePilot,
            sections: frozen.sections,
          },
          placed,
          meta,
          { toCorrect, changed: review.changed },
        );
      }
      const [sections, files] = await Promise.all([
        sectionsRepository.listForApplication(db, applicationId),
        repo.listFiles(db, applicationId),
      ]);
      return buildMaterialList(
        {
          track: a.track,
          committeePilot: found.committeePilot,
          sections: Object.fromEntries(sections.map((s) => [s.key, s.data])),
        },
        files.filter((f) => f.category !== PHOTO_CATEGORY),
        meta,
        { toCorrect, changed: null },
      );
    },

    async upload(
      actor: Actor,
      applicationId: string,
      category: MaterialCategoryKey,
      receive: Receive,
      ctx: RequestContext,
    ) {
      await editable(actor, applicationId);
      const title = materialCategoryTitle(category);
      const before = await repo.usage(db, applicationId, category);
      if (before.files >= limits.maxFilesPerCategory) {
        throw new AppError('too_many_files', `“${title}”最多 ${limits.maxFilesPerCategory} 个文件，已满`);
      }
      const received = await receive({
        applicationId,
        allowed: materialContentTypes,
        maxFileBytes: limits.maxFileBytes,
        maxFiles: limits.maxFilesPerCategory - before.files,
        tooManyFilesMessage: `“${title}”最多 ${limits.maxFilesPerCategory} 个文件，本次上传的文件过多`,
        remainingBytes: limits.maxBytesPerApplication - before.totalBytes,
      });
      let inserted: { row: StoredFileRow; position: number }[];
      try {
        inserted = await db.transaction(async (tx) => {
          await lockStillEditable(tx, actor, applicationId);
          // Checked again with the rows: a parallel upload may have used the room meanwhile.
          const now = await repo.usage(tx, applicationId, category);
          const bytes = received.reduce((n, f) => n + f.size, 0);
          if (now.files + received.length > limits.maxFilesPerCategory) {
            throw new AppError('too_many_files', `“${title}”最多 ${limits.maxFilesPerCategory} 个文件`);
          }
          if (now.totalBytes + bytes > limits.maxBytesPerApplication) {
            throw new AppError('payload_too_large', '本申报的材料总大小将超过上限，请删除部分文件后再上传');
          }
          const rows = await repo.insertFiles(
            tx,
            applicationId,
            category,
            now.nextPosition,
            rowsOf(received, actor),
          );
          await recordAudit(tx, ctx, {
            actorId: actor.userId,
            actorRole: actor.role,
            action: 'material.uploaded',
            targetType: 'application',
            targetId: applicationId,
            details: {
              category,
              files: rows.map((r) => ({ id: r.row.id, size: r.row.size, sha256: r.row.sha256 })),
            },
          });
          return rows;
        });
      } catch (error) {
        await deleteObjects(received);
        throw error;
      }
      await deps.processor.enqueue(
        inserted.map(({ row }) => ({
          fileId: row.id,
          storageKey: row.storageKey,
          contentType: row.contentType,
        })),
      );
      return {
        items: inserted.map((r) =>
          toMaterialFile({ file: r.row, category, position: r.position }, r.position),
        ),
      };
    },

    /** The 1-inch photo: replaces the previous one (its object goes when nothing else uses it). */
    async uploadPhoto(actor: Actor, applicationId: string, receive: Receive, ctx: RequestContext) {
      await editable(actor, applicationId);
      const [file] = await receive({
        applicationId,
        allowed: photoContentTypes,
        maxFileBytes: photoMaxBytes,
        maxFiles: 1,
        tooManyFilesMessage: '只能上传一张照片',
        remainingBytes: Number.MAX_SAFE_INTEGER,
      });
      if (!file) throw new AppError('bad_request', '请选择照片');
      let result: { row: StoredFileRow; orphaned: StoredFileRow[] };
      try {
        result = await db.transaction(async (tx) => {
          await lockStillEditable(tx, actor, applicationId);
          const { orphaned } = await repo.unlink(tx, applicationId, PHOTO_CATEGORY);
          const [placed] = await repo.insertFiles(
            tx,
            applicationId,
            PHOTO_CATEGORY,
            0,
            rowsOf([file], actor),
          );
          if (!placed) throw new Error('photo row not inserted');
          await recordAudit(tx, ctx, {
            actorId: actor.userId,
            actorRole: actor.role,
            action: 'photo.uploaded',
            targetType: 'application',
            targetId: applicationId,
            details: { fileId: placed.row.id, size: placed.row.size, sha256: placed.row.sha256 },
          });
          return { row: placed.row, orphaned };
        });
      } catch (error) {
        await deleteObjects([file]);
        throw error;
      }
      await deleteObjects(result.orphaned);
      await deps.processor.enqueue([
        { fileId: result.row.id, storageKey: result.row.storageKey, contentType: result.row.contentType },
      ]);
      return { id: result.row.id, contentType: result.row.contentType, size: result.row.size };
    },

    /** New order of a category: exactly its files, each once. */
    async reorder(
      actor: Actor,
      applicationId: string,
      category: MaterialCategoryKey,
      fileIds: string[],
      ctx: RequestContext,
    ) {
      await editable(actor, applicationId);
      await db.transaction(async (tx) => {
        await lockStillEditable(tx, actor, applicationId);
        const current = await repo.categoryFileIds(tx, applicationId, category);
        const given = new Set(fileIds);
        if (
          given.size !== fileIds.length ||
          given.size !== current.length ||
          !current.every((id) => given.has(id))
        ) {
          throw AppError.validation(
            [{ path: 'fileIds', message: '须按新顺序列出该类别的全部文件，每个一次' }],
            '文件顺序与该类别的文件不一致，请刷新后重试',
          );
        }
        await repo.setPositions(tx, applicationId, fileIds);
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'material.reordered',
          targetType: 'application',
          targetId: applicationId,
          details: { category },
        });
      });
      return this.materialListFor(actor, applicationId);
    },

    async remove(
      actor: Actor,
      applicationId: string,
      category: MaterialCategoryKey,
      fileId: string,
      ctx: RequestContext,
    ) {
      await editable(actor, applicationId);
      const orphaned = await db.transaction(async (tx) => {
        await lockStillEditable(tx, actor, applicationId);
        const result = await repo.unlink(tx, applicationId, category, [fileId]);
        if (result.unlinked === 0) throw AppError.notFound('该类别中没有这个文件');
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'material.deleted',
          targetType: 'application',
          targetId: applicationId,
          details: { category, fileId },
        });
        return result.orphaned;
      });
      // After the commit: a crash here leaves only orphan objects, which the cleanup job removes.
      await deleteObjects(orphaned);
    },
  };
}

/** A frozen file whose stored row is gone (it should not be: snapshots keep their files), from the snapshot. */
function frozenFileRow(f: FrozenContent['files'][number], submittedAt: string): StoredFileRow {
  return {
    id: f.fileId,
    storageKey: '',
    originalName: f.fileName,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    pages: null,
    thumbnailKey: null,
    uploadedBy: '',
    createdAt: new Date(submittedAt),
  };
}
