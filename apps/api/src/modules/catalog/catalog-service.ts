import type {
  committeeCreateSchema,
  committeeUpdateSchema,
  departmentCreateSchema,
  departmentUpdateSchema,
  qualificationCreateSchema,
  qualificationUpdateSchema,
  seriesCreateSchema,
  seriesUpdateSchema,
  specialtyCreateSchema,
  specialtyUpdateSchema,
} from '@zhicheng/contracts';
import { type Db, type DbOrTx, pgErrorCode } from '@zhicheng/db';
import type { z } from 'zod';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { type RequestContext, recordAudit } from '../audit/audit-repository.js';
import { catalogEntriesRepository as entries } from './catalog-entries-repository.js';
import { catalogRepository as repo } from './catalog-repository.js';

/** What an edit receives per kind; entries made inside a series carry the series' id. */
interface Inputs {
  series: { create: z.infer<typeof seriesCreateSchema>; update: z.infer<typeof seriesUpdateSchema> };
  specialty: {
    create: z.infer<typeof specialtyCreateSchema> & { seriesId: string };
    update: z.infer<typeof specialtyUpdateSchema>;
  };
  qualification: {
    create: z.infer<typeof qualificationCreateSchema> & { seriesId: string };
    update: z.infer<typeof qualificationUpdateSchema>;
  };
  department: {
    create: z.infer<typeof departmentCreateSchema>;
    update: z.infer<typeof departmentUpdateSchema>;
  };
  committee: { create: z.infer<typeof committeeCreateSchema>; update: z.infer<typeof committeeUpdateSchema> };
}

/** The kinds of catalogue entry; each is also the audit target type (`catalog.<kind>_created` …). */
export type CatalogKind = keyof Inputs;
export type CatalogCreateInput<K extends CatalogKind> = Inputs[K]['create'];
export type CatalogUpdateInput<K extends CatalogKind> = Inputs[K]['update'];

interface KindRules<K extends CatalogKind> {
  /** What a person calls the thing, for messages: 系列, 专业, 评委会 … */
  label: string;
  /** Field that carries a duplicate code or name, for the 409's field error. */
  uniqueField: 'code' | 'name';
  create(tx: DbOrTx, input: CatalogCreateInput<K>): Promise<{ id: string }>;
  /** Undefined when there is no such entry. */
  update(
    tx: DbOrTx,
    id: string,
    input: CatalogUpdateInput<K>,
    now: Date,
  ): Promise<{ id: string } | undefined>;
}

export function notFound(label: string) {
  return AppError.notFound(`没有找到该${label}`);
}

async function requireSeries(tx: DbOrTx, seriesId: string) {
  if (!(await entries.series.findById(tx, seriesId))) throw notFound('系列');
}

/** Keeps a committee's scope inside its series: every listed specialty must belong to it. */
async function checkCommitteeScope(
  tx: DbOrTx,
  seriesId: string,
  departmentId: string,
  specialtyIds: readonly string[],
) {
  if (!(await entries.department.findById(tx, departmentId))) {
    throw AppError.validation([{ path: 'departmentId', message: '该日常工作部门不存在' }]);
  }
  if (!(await entries.series.findById(tx, seriesId))) {
    throw AppError.validation([{ path: 'seriesId', message: '该申报系列不存在' }]);
  }
  if (specialtyIds.length === 0) return;
  const found = await entries.countSpecialtiesOfSeries(tx, seriesId, specialtyIds);
  if (found !== new Set(specialtyIds).size) {
    throw AppError.validation([{ path: 'specialtyIds', message: '所选专业须属于该评委会的申报系列' }]);
  }
}

const kinds: { [K in CatalogKind]: KindRules<K> } = {
  series: {
    label: '系列',
    uniqueField: 'code',
    create: (tx, input) => entries.series.insert(tx, input),
    update: (tx, id, input, now) => entries.series.update(tx, id, input, now),
  },
  specialty: {
    label: '专业',
    uniqueField: 'code',
    async create(tx, { seriesId, group, ...rest }) {
      await requireSeries(tx, seriesId);
      return entries.specialty.insert(tx, { ...rest, groupName: group ?? null, seriesId });
    },
    update: (tx, id, { group, ...rest }, now) =>
      entries.specialty.update(
        tx,
        id,
        { ...rest, ...(group === undefined ? {} : { groupName: group }) },
        now,
      ),
  },
  qualification: {
    label: '资格',
    uniqueField: 'name',
    async create(tx, input) {
      await requireSeries(tx, input.seriesId);
      return entries.qualification.insert(tx, input);
    },
    update: (tx, id, input, now) => entries.qualification.update(tx, id, input, now),
  },
  department: {
    label: '部门',
    uniqueField: 'name',
    create: (tx, input) => entries.department.insert(tx, input),
    update: (tx, id, input, now) => entries.department.update(tx, id, input, now),
  },
  committee: {
    label: '评委会',
    uniqueField: 'code',
    async create(tx, { specialtyIds, ...values }) {
      await checkCommitteeScope(tx, values.seriesId, values.departmentId, specialtyIds);
      const row = await entries.committee.insert(tx, values);
      await entries.replaceCommitteeSpecialties(tx, row.id, specialtyIds);
      return row;
    },
    async update(tx, id, { specialtyIds, ...values }, now) {
      const current = await entries.committee.findById(tx, id);
      if (!current) return undefined;
      const scope = specialtyIds ?? (await entries.committeeSpecialtyIds(tx, current.id));
      await checkCommitteeScope(
        tx,
        values.seriesId ?? current.seriesId,
        values.departmentId ?? current.departmentId,
        scope,
      );
      await entries.committee.update(tx, current.id, values, now);
      if (specialtyIds) await entries.replaceCommitteeSpecialties(tx, current.id, specialtyIds);
      return { id: current.id };
    },
  },
};

export type CatalogService = ReturnType<typeof createCatalogService>;

/** 资格目录 and 评委会与部门: the bureau's view and its edits, each audited and bumping the catalogue version. */
export function createCatalogService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /**
   * Runs one edit in a transaction with its audit event and the catalogue version bump. A reference
   * that blocks a delete becomes 409 "deactivate instead"; a duplicate code or name becomes 409.
   */
  async function edit(
    actor: Actor,
    ctx: RequestContext,
    kind: CatalogKind,
    verb: 'created' | 'updated' | 'deleted',
    run: (tx: DbOrTx, now: Date) => Promise<{ id: string } | undefined>,
  ): Promise<{ id: string }> {
    const { label, uniqueField } = kinds[kind];
    try {
      return await db.transaction(async (tx) => {
        const now = clock.now();
        const result = await run(tx, now);
        if (!result) throw notFound(label);
        await repo.bumpVersion(tx, now);
        await recordAudit(tx, ctx, {
          actorId: actor.userId,
          actorRole: actor.role,
          action: `catalog.${kind}_${verb}`,
          targetType: kind,
          targetId: result.id,
        });
        return { id: result.id };
      });
    } catch (error) {
      const code = pgErrorCode(error);
      if (code === '23503') {
        throw new AppError('conflict', `该${label}已被使用，不能删除；如不再使用，请将其停用`);
      }
      if (code === '23505') {
        throw new AppError('conflict', `${label}编码或名称已存在`, {
          errors: [{ path: uniqueField, message: '已存在，请换一个' }],
        });
      }
      throw error;
    }
  }

  return {
    /** The whole catalogue, inactive entries included. */
    readFull: (_actor: Actor) => repo.readFull(db),
    listDepartments: (_actor: Actor) => repo.listDepartments(db),
    listCommittees: (_actor: Actor) => repo.listCommittees(db),

    create<K extends CatalogKind>(actor: Actor, kind: K, input: CatalogCreateInput<K>, ctx: RequestContext) {
      return edit(actor, ctx, kind, 'created', (tx) => kinds[kind].create(tx, input));
    },

    update<K extends CatalogKind>(
      actor: Actor,
      kind: K,
      id: string,
      input: CatalogUpdateInput<K>,
      ctx: RequestContext,
    ) {
      return edit(actor, ctx, kind, 'updated', (tx, now) => kinds[kind].update(tx, id, input, now));
    },

    /** Deletes succeed only for entries nothing refers to; otherwise 409 "deactivate instead". */
    remove(actor: Actor, kind: CatalogKind, id: string, ctx: RequestContext) {
      return edit(actor, ctx, kind, 'deleted', (tx) => entries[kind].delete(tx, id));
    },
  };
}
