import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common.js';
import { departments } from './organisations.js';

/** 申报系列, e.g. 工程技术. */
export const series = pgTable(
  'series',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('series_code_key').on(t.code)],
);

/** 申报专业 within a series. */
export const specialties = pgTable(
  'specialties',
  {
    id: id(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => series.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    groupName: text('group_name'),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('specialties_code_key').on(t.code), index('specialties_series_idx').on(t.seriesId)],
);

/** 专技资格名称: one per series and level (工程技术 + 副高级 → 高级工程师). */
export const qualifications = pgTable(
  'qualifications',
  {
    id: id(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => series.id),
    level: text('level').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('qualifications_series_level_name_key').on(t.seriesId, t.level, t.name)],
);

/** 评委会: covers a series, some levels, and some specialties (none listed = all of the series). */
export const committees = pgTable(
  'committees',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => series.id),
    levels: text('levels').array().notNull(),
    pilot: boolean('pilot').notNull().default(false),
    /** 评委会专家总数: the quorum is 2/3 of it; null when not recorded. */
    expertCount: integer('expert_count'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('committees_code_key').on(t.code), index('committees_series_idx').on(t.seriesId)],
);

export const committeeSpecialties = pgTable(
  'committee_specialties',
  {
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    specialtyId: uuid('specialty_id')
      .notNull()
      .references(() => specialties.id),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.specialtyId] })],
);
