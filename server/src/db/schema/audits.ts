import { boolean, date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AnswerCategory } from '@praxisnetz/shared';
import type { MultiPolygon, Polygon } from 'geojson';
import { cities } from './cities.ts';
import { documents } from './documents.ts';
import { threads } from './forum.ts';
import { groups } from './groups.ts';
import { users } from './users.ts';

/** The network's indicator catalogue: standard items (no city) and cities' own items mapped to them. */
export const indicators = pgTable('indicators', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  nameDe: text().notNull(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
  kind: text({ enum: ['categories', 'mean'] }).notNull(),
  categories: jsonb().$type<AnswerCategory[]>().notNull().default([]),
  headline: jsonb().$type<string[]>().notNull().default([]),
  headlineDe: text().notNull(),
  headlineEn: text().notNull(),
  headlineFr: text().notNull(),
  cityId: integer().references(() => cities.id, { onDelete: 'cascade' }),
  mapsToId: integer(),
  position: integer().notNull().default(0),
});

/** A city's local safety audit: a survey of how safe citizens feel, with its method. */
export const audits = pgTable(
  'audits',
  {
    /** by default: a new audit's number is drawn first, so its discussion thread can link to it */
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    cityId: integer()
      .notNull()
      .references(() => cities.id),
    title: text().notNull(),
    summary: text().notNull().default(''),
    fieldworkFrom: date().notNull(),
    fieldworkTo: date().notNull(),
    mode: text({ enum: ['postal', 'online', 'phone', 'mixed'] }).notNull(),
    sampleSize: integer(),
    responseRate: real(),
    weighting: text(),
    questionnaire: text({ enum: ['defus_monitor', 'other_standard', 'own'] }).notNull(),
    office: text(),
    contact: text(),
    reportDocumentId: integer().references(() => documents.id, { onDelete: 'set null' }),
    questionnaireDocumentId: integer().references(() => documents.id, { onDelete: 'set null' }),
    licence: text().notNull(),
    visibility: text({ enum: ['members', 'group', 'public'] }).notNull(),
    groupId: integer().references(() => groups.id),
    minN: integer().notNull().default(30),
    attribution: text(),
    boundaryLicence: text(),
    threadId: integer().references(() => threads.id, { onDelete: 'set null' }),
    /** the import the results shown come from; older imports' rows stay */
    resultsVersion: integer().notNull().default(0),
    /** which indicators that import has results for, in which years (kept with the import: pages ask for it on every view) */
    resultIndex: jsonb().$type<{ indicator: string; years: number[] }[]>().notNull().default([]),
    demo: boolean().notNull().default(false),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('audits_city_idx').on(t.cityId)],
);

/** The units an audit gives results for, with an optional boundary (GeoJSON geometry, d3's winding). */
export const auditAreas = pgTable(
  'audit_areas',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    auditId: integer()
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    name: text().notNull(),
    geometry: jsonb().$type<Polygon | MultiPolygon>(),
  },
  (t) => [uniqueIndex('audit_areas_code_idx').on(t.auditId, t.code)],
);

/** One import of an audit's results file. */
export const auditImports = pgTable(
  'audit_imports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    auditId: integer()
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    rows: integer().notNull(),
    importedBy: integer()
      .notNull()
      .references(() => users.id),
    importedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('audit_imports_version_idx').on(t.auditId, t.version)],
);

/** An area's figures for an indicator and year, from one import (`version`). */
export const auditResults = pgTable(
  'audit_results',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    auditId: integer()
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    areaCode: text().notNull(),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id),
    year: integer().notNull(),
    /** '' for all respondents, else a group of them: 'gender:female', 'age:16_29', … (AUDIT_BREAKDOWNS) */
    breakdown: text().notNull().default(''),
    n: integer().notNull(),
    shares: jsonb().$type<Record<string, number>>(),
    mean: real(),
  },
  (t) => [
    uniqueIndex('audit_results_cell_idx').on(t.auditId, t.version, t.areaCode, t.indicatorId, t.year, t.breakdown),
    index('audit_results_slice_idx').on(t.auditId, t.version, t.indicatorId, t.year),
    index('audit_results_indicator_idx').on(t.indicatorId, t.year),
  ],
);

/**
 * A results file waiting for its column mapping: uploaded, previewed, then imported (and deleted)
 * or left to expire after a day. Kept as decoded text.
 */
export const auditUploads = pgTable('audit_uploads', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  auditId: integer()
    .notNull()
    .references(() => audits.id, { onDelete: 'cascade' }),
  uploadedBy: integer()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  filename: text().notNull(),
  content: text().notNull(),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
