import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { committees } from './catalog.js';
import { createdAt, id, updatedAt } from './common.js';
import { departments, units } from './organisations.js';

/**
 * Every person who logs in, whatever the role. Tenant links: unit (applicant, unit staff),
 * department (dept reviewer) or committee (secretary); bureau admins have none.
 */
export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    mobile: text('mobile'),
    phone: text('phone'),
    email: text('email'),
    socialSecurityComputerNo: text('social_security_computer_no'),
    unitId: uuid('unit_id').references(() => units.id),
    departmentId: uuid('department_id').references(() => departments.id),
    committeeId: uuid('committee_id').references(() => committees.id),
    status: text('status').notNull().default('active'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by the first submission of an application: from then on the account can only be disabled. */
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Usernames are unique regardless of case: "ZhangSan01" and "zhangsan01" are one account.
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    index('users_unit_idx').on(t.unitId),
    // The people search (apps/api/src/lib/person-search.ts): substrings of three characters or more
    // through trigrams (pg_trgm), shorter searches as prefixes.
    index('users_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('users_username_trgm_idx').using('gin', t.username.op('gin_trgm_ops')),
    index('users_id_number_trgm_idx').using('gin', t.idNumber.op('gin_trgm_ops')),
    index('users_name_prefix_idx').on(t.name.op('text_pattern_ops')),
    index('users_username_prefix_idx').using('btree', sql`lower(${t.username}) text_pattern_ops`),
    index('users_id_number_prefix_idx').on(t.idNumber.op('text_pattern_ops')),
  ],
);
