import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './common.js';

/** 申报批次: applications are created and submitted only between opensAt and closesAt. */
export const reviewCycles = pgTable('review_cycles', {
  id: id(),
  name: text('name').notNull(),
  year: integer('year').notNull(),
  opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
  closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
  /** 单位公示 (≥ 5 working days, ended) before the unit may approve; a setting of the cycle. */
  unitPublicityRequired: boolean('unit_publicity_required').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
