import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.js';

export interface SnapshotInput {
  application: {
    id: string;
    cycleId: string;
    applicantId: string;
    unitId: string;
    track: string;
    applyType: string;
    innovativeCondition: number | null;
    seriesId: string;
    specialtyId: string;
    level: string;
    qualificationId: string;
    committeeId: string;
    departmentId: string;
  };
  sections: readonly { key: string; data: unknown; version: number; updatedAt: Date }[];
  files: readonly {
    category: string;
    order: number;
    fileId: string;
    fileName: string;
    contentType: string;
    sha256: string;
    size: number;
  }[];
  submittedAt: Date;
}

/**
 * What was submitted, frozen: the choice, every saved section (with the version saved) and the file list (each file with its own
 * SHA-256). `sha256` is over the canonical JSON of `content` (sorted keys, no whitespace), so anyone can
 * recompute it from the stored JSON, whatever key order the database returns.
 */
export function buildSnapshot(input: SnapshotInput) {
  const a = input.application;
  const content = {
    format: 1,
    applicationId: a.id,
    cycleId: a.cycleId,
    applicantId: a.applicantId,
    unitId: a.unitId,
    choice: {
      track: a.track,
      applyType: a.applyType,
      innovativeCondition: a.innovativeCondition,
      seriesId: a.seriesId,
      specialtyId: a.specialtyId,
      level: a.level,
      qualificationId: a.qualificationId,
      committeeId: a.committeeId,
      departmentId: a.departmentId,
    },
    sections: Object.fromEntries(input.sections.map((s) => [s.key, s.data])),
    /** Which save of each section was submitted (what reviewers see as its version and time). */
    sectionVersions: Object.fromEntries(
      input.sections.map((s) => [s.key, { version: s.version, updatedAt: s.updatedAt.toISOString() }]),
    ),
    files: input.files.map((f) => ({ ...f })),
    submittedAt: input.submittedAt.toISOString(),
  };
  const sha256 = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return { content, sha256 };
}

/** A snapshot's `content` as reviewers read it back (older snapshots have no `sectionVersions`). */
export interface FrozenContent {
  choice: { track: string };
  sections: Record<string, unknown>;
  sectionVersions?: Record<string, { version: number; updatedAt: string }>;
  files: SnapshotInput['files'];
  submittedAt: string;
}
