import type { DbOrTx } from '@zhicheng/db';
import type { Actor } from '../../lib/actor.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import { findLatestReturn, lifecycleRepository as repo } from './lifecycle-repository.js';
import type { FrozenContent } from './snapshot.js';

/** Reviewers (unit, department, committee, bureau) read what was submitted; the applicant reads live rows. */
export function readsFrozen(actor: Actor): boolean {
  return actor.role !== 'applicant';
}

/** Per section and material category: whether it changed between the returned and the resubmitted snapshot. */
export interface ChangedSinceReturn {
  section(key: string): boolean;
  materials(category: string): boolean;
}

export interface ReviewView {
  /** The latest submission snapshot; undefined before the first submission. */
  frozen: FrozenContent | undefined;
  /** Null when the application was never returned, or has not been resubmitted since its latest return. */
  changed: ChangedSinceReturn | null;
}

/**
 * What a reviewer reads: the latest snapshot, and after a return and a resubmission what changed
 * against the snapshot that return sent back (canonical JSON per section, file ids in order per category).
 * `compare: false` skips the comparison (one section's page does not show it).
 */
export async function reviewViewOf(
  db: DbOrTx,
  applicationId: string,
  options: { compare: boolean } = { compare: true },
): Promise<ReviewView> {
  const latest = await repo.latestSnapshot(db, applicationId);
  if (!latest) return { frozen: undefined, changed: null };
  const frozen = latest.content as FrozenContent;
  if (!options.compare) return { frozen, changed: null };
  const returned = await findLatestReturn(db, applicationId);
  if (!returned || latest.createdAt <= returned.createdAt) return { frozen, changed: null };
  const before = await repo.latestSnapshot(db, applicationId, returned.createdAt);
  if (!before) return { frozen, changed: null };
  return { frozen, changed: compareSnapshots(before.content as FrozenContent, frozen) };
}

export function compareSnapshots(before: FrozenContent, after: FrozenContent): ChangedSinceReturn {
  const sectionText = (c: FrozenContent, key: string) => canonicalJson(c.sections[key] ?? null);
  const fileIds = (c: FrozenContent, category: string) =>
    canonicalJson(
      c.files
        .filter((f) => f.category === category)
        .sort((a, b) => a.order - b.order)
        .map((f) => f.fileId),
    );
  return {
    section: (key) => sectionText(before, key) !== sectionText(after, key),
    materials: (category) => fileIds(before, category) !== fileIds(after, category),
  };
}
