import type { BulkTable } from './bulk.js';

// The columns the generator fills, as in src/schema (the rest keep their defaults).
export const unitsTable: BulkTable = {
  name: 'units',
  columns: [
    ['id', 'uuid'],
    ['org_code', 'text'],
    ['name', 'text'],
    ['social_security_no', 'text'],
    ['created_at', 'timestamptz'],
  ],
};

export const usersTable: BulkTable = {
  name: 'users',
  columns: [
    ['id', 'uuid'],
    ['username', 'text'],
    ['password_hash', 'text'],
    ['role', 'text'],
    ['name', 'text'],
    ['id_number', 'text'],
    ['mobile', 'text'],
    ['unit_id', 'uuid'],
    ['department_id', 'uuid'],
    ['committee_id', 'uuid'],
    ['first_submitted_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
  ],
};

export const applicationsTable: BulkTable = {
  name: 'applications',
  columns: [
    ['id', 'uuid'],
    ['cycle_id', 'uuid'],
    ['applicant_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['status', 'text'],
    ['outcome', 'text'],
    ['track', 'text'],
    ['apply_type', 'text'],
    ['innovative_condition', 'int4'],
    ['series_id', 'uuid'],
    ['specialty_id', 'uuid'],
    ['level', 'text'],
    ['qualification_id', 'uuid'],
    ['committee_id', 'uuid'],
    ['department_id', 'uuid'],
    ['submitted_at', 'timestamptz'],
    ['reached_unit_at', 'timestamptz'],
    ['reached_department_at', 'timestamptz'],
    ['reached_committee_at', 'timestamptz'],
    ['version', 'int4'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const sectionsTable: BulkTable = {
  name: 'application_sections',
  columns: [
    ['application_id', 'uuid'],
    ['key', 'text'],
    ['data', 'jsonb'],
    ['status', 'text'],
    ['version', 'int4'],
    ['updated_at', 'timestamptz'],
  ],
};

export const eventsTable: BulkTable = {
  name: 'application_events',
  columns: [
    ['id', 'uuid'],
    ['application_id', 'uuid'],
    ['action', 'text'],
    ['from_status', 'text'],
    ['to_status', 'text'],
    ['actor_id', 'uuid'],
    ['actor_role', 'text'],
    ['opinion', 'text'],
    ['votes', 'jsonb'],
    ['correction', 'jsonb'],
    ['created_at', 'timestamptz'],
  ],
};

export const snapshotsTable: BulkTable = {
  name: 'application_snapshots',
  columns: [
    ['id', 'uuid'],
    ['application_id', 'uuid'],
    ['event_id', 'uuid'],
    ['content', 'jsonb'],
    ['sha256', 'text'],
    ['created_at', 'timestamptz'],
  ],
};
