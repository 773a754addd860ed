import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common.js';

/** An employer unit (用人单位). Registered by its admin; one admin per org code. */
export const units = pgTable(
  'units',
  {
    id: id(),
    orgCode: text('org_code').notNull(),
    name: text('name').notNull(),
    socialSecurityNo: text('social_security_no').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('units_org_code_key').on(t.orgCode)],
);

/** A department (日常工作部门) that runs one or more review committees. */
export const departments = pgTable(
  'departments',
  {
    id: id(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('departments_name_key').on(t.name)],
);
