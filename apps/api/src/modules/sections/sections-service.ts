import {
  findSection,
  isEditable,
  type SectionDefinition,
  sectionDefinitions,
  sectionIssues,
  sectionSaveProblems,
  sectionStatus,
} from '@zhicheng/contracts';
import type { Db } from '@zhicheng/db';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { applicationsRepository } from '../applications/applications-repository.js';
import type { ApplicationsService } from '../applications/applications-service.js';
import { readsFrozen, reviewViewOf } from '../lifecycle/review-view.js';
import { defaultFields, systemFields } from './derived-fields.js';
import { prepareSectionQueries, sectionsRepository as repo } from './sections-repository.js';

const BASIC_INFO = 'basicInfo';

/** A section as shown: a live row, or a section of the submission snapshot. */
interface ShownSection {
  data: unknown;
  version: number;
  updatedAt: Date | null;
  needsReview: boolean;
}

export type SectionsService = ReturnType<typeof createSectionsService>;

function notEditable() {
  return new AppError('invalid_transition', '申报已提交，当前不能修改；如需修改请先撤回');
}

function basicInfoFirst() {
  return new AppError('conflict', '请先填写基本申报信息', { extensions: { requires: BASIC_INFO } });
}

function definitionOf(key: string): SectionDefinition {
  const section = findSection(key);
  if (!section) throw AppError.notFound(`没有 ${key} 这个申报栏目`);
  return section;
}

/** Step 2 (填写申报信息): the 23 sections, saved one by one with versions. */
export function createSectionsService(deps: { db: Db; clock: Clock; applications: ApplicationsService }) {
  const { db, clock } = deps;
  const queries = prepareSectionQueries(db);

  /**
   * The sections a caller reads: live rows for the applicant; for reviewers the latest snapshot as
   * submitted (judged as of its submission), or the live rows while there is none.
   */
  async function shownSections(actor: Actor, applicationId: string, compare: boolean) {
    const live = async () => ({
      rows: new Map<string, ShownSection>(
        (await repo.listForApplication(db, applicationId)).map((r) => [r.key, r]),
      ),
      today: clock.now(),
      changed: null,
    });
    if (!readsFrozen(actor)) return live();
    const { frozen, changed } = await reviewViewOf(db, applicationId, { compare });
    if (!frozen) return live();
    const rows = new Map<string, ShownSection>(
      Object.entries(frozen.sections).map(([key, data]) => {
        const saved = frozen.sectionVersions?.[key];
        return [
          key,
          {
            data,
            version: saved?.version ?? 0,
            updatedAt: saved ? new Date(saved.updatedAt) : null,
            needsReview: false,
          },
        ];
      }),
    );
    return { rows, today: new Date(frozen.submittedAt), changed };
  }

  /**
   * Why a save's compare-and-set changed nothing, in the order a person should hear it: no such
   * application (of theirs), not editable any more, 基本申报信息 missing, or saved elsewhere first.
   */
  async function whyNotSaved(actor: Actor, applicationId: string, key: string): Promise<AppError> {
    const status = await queries.ownApplicationStatus(applicationId, actor.userId);
    if (status === undefined) return AppError.notFound('没有找到该申报');
    if (!isEditable(status)) return notEditable();
    if (key !== BASIC_INFO && (await queries.version(applicationId, BASIC_INFO)) === 0)
      return basicInfoFirst();
    return new AppError('version_conflict', '该栏目已在别处保存过，请加载最新内容后再修改', {
      extensions: { currentVersion: await queries.version(applicationId, key) },
    });
  }

  async function derived(applicationId: string) {
    const source = await repo.derivedSource(db, applicationId);
    if (!source) throw AppError.notFound('没有找到该申报');
    return source;
  }

  function view(
    section: SectionDefinition,
    row: ShownSection | undefined,
    data: unknown,
    editable: boolean,
    today = clock.now(),
  ) {
    return {
      key: section.key,
      title: section.title,
      status: row ? sectionStatus(section, row.data, today) : ('empty' as const),
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt?.toISOString() ?? null,
      editable,
      data,
      errors: row ? sectionIssues(section, row.data, today) : [],
    };
  }

  return {
    /**
     * The 23 sections. The applicant sees the live rows; reviewers see the latest submission snapshot
     * and, after a return and a resubmission, which sections changed. `toCorrect` marks what the
     * return names while the application is returned.
     */
    async list(actor: Actor, applicationId: string, options: { withData?: boolean } = {}) {
      const found = await deps.applications.load(actor, applicationId);
      const marked = new Set(found.correction?.sections ?? []);
      const { rows, today, changed } = await shownSections(actor, applicationId, true);
      const basicSaved = rows.has(BASIC_INFO);
      // Basic info's system fields show their current values to the applicant, as its own GET does.
      const system =
        options.withData && basicSaved && !readsFrozen(actor)
          ? systemFields(await derived(applicationId))
          : {};
      return sectionDefinitions.map((section) => {
        const row = rows.get(section.key);
        const data =
          options.withData && row
            ? { data: section.key === BASIC_INFO ? { ...(row.data as object), ...system } : row.data }
            : {};
        return {
          ...data,
          no: section.no,
          key: section.key,
          title: section.title,
          kind: section.kind,
          requiredForSubmit: section.requiredForSubmit,
          // Status follows the rules as of today (a month that was in the future may have arrived).
          status: row ? sectionStatus(section, row.data, today) : ('empty' as const),
          version: row?.version ?? 0,
          updatedAt: row?.updatedAt?.toISOString() ?? null,
          available: section.key === BASIC_INFO || basicSaved,
          needsReview: row?.needsReview ?? false,
          toCorrect: marked.has(section.key),
          changedSinceReturn: changed ? changed.section(section.key) : null,
        };
      });
    },

    async get(actor: Actor, applicationId: string, key: string) {
      const section = definitionOf(key);
      const application = await deps.applications.load(actor, applicationId);
      if (readsFrozen(actor)) {
        const { rows, today } = await shownSections(actor, applicationId, false);
        const row = rows.get(key);
        return view(section, row, row?.data ?? (section.kind === 'list' ? [] : {}), false, today);
      }
      const editable = isEditable(application.application.status);
      const row = await repo.find(db, applicationId, key);
      let data: unknown = row?.data ?? (section.kind === 'list' ? [] : {});
      if (key === BASIC_INFO) {
        // Prefill before the first save; the system's own fields always show their current values.
        const source = await derived(applicationId);
        data = { ...(row ? {} : defaultFields(source)), ...(data as object), ...systemFields(source) };
      }
      return view(section, row, data, editable);
    },

    /**
     * Stores whatever passed the shape check (the route validated it), overwrites the system's fields,
     * and answers the resulting status with the strict-rule errors. The save itself is one statement
     * with compare-and-set on the version that also re-checks, under a share lock, that the application
     * is still editable — a concurrent submission's snapshot has this save or refuses it (409).
     */
    async put(
      actor: Actor,
      applicationId: string,
      key: string,
      data: unknown,
      expectedVersion: number | undefined,
    ) {
      if (expectedVersion === undefined) {
        throw new AppError(
          'precondition_required',
          '保存栏目须带 If-Match 头（当前版本号，未保存过为 0），以免覆盖别处的修改',
        );
      }
      const section = definitionOf(key);
      // Beyond the shape: a computed total that disagrees with its parts is refused like a shape error.
      const problems = sectionSaveProblems(section, data);
      if (problems.length > 0) {
        throw AppError.validation(problems.map((p) => ({ ...p, path: `data.${p.path}` })));
      }
      const now = clock.now();
      if (expectedVersion > 0 && key !== BASIC_INFO) {
        // The autosave of a section saved before (most saves on a deadline day): the one statement
        // checks the owner, the status and the version itself; the reasons are looked up only when
        // it refuses. An existing row means 基本申报信息 was saved first (it is never deleted).
        const values = { applicationId, key, data, status: sectionStatus(section, data, now), now };
        const saved = await repo.updateIfEditable(db, values, expectedVersion, actor.userId);
        if (!saved) throw await whyNotSaved(actor, applicationId, key);
        return view(section, saved, saved.data, true);
      }
      const status = await queries.ownApplicationStatus(applicationId, actor.userId);
      if (status === undefined) throw AppError.notFound('没有找到该申报');
      if (!isEditable(status)) throw notEditable();
      if (key !== BASIC_INFO && (await queries.version(applicationId, BASIC_INFO)) === 0)
        throw basicInfoFirst();
      const stored =
        key === BASIC_INFO ? { ...(data as object), ...systemFields(await derived(applicationId)) } : data;
      const values = { applicationId, key, data: stored, status: sectionStatus(section, stored, now), now };
      const saved =
        expectedVersion === 0
          ? // The first save is rare: a short transaction holding the application row (see updateIfEditable).
            await db.transaction(async (tx) => {
              const current = await applicationsRepository.lockOwn(tx, applicationId, actor.userId, 'share');
              if (!current || !isEditable(current)) throw notEditable();
              return repo.insertFirst(tx, values);
            })
          : await repo.updateIfEditable(db, values, expectedVersion, actor.userId);
      if (!saved) throw await whyNotSaved(actor, applicationId, key);
      return view(section, saved, saved.data, true);
    },
  };
}
