import { z } from 'zod';
import { IdNumber } from './common.ts';
import { blankToUndefined, line, markdown } from './text.ts';
import { TopicRef } from './topics.ts';

/** Funding programmes a project of the network names. */
export const PROGRAMMES = ['isf', 'horizon_europe', 'erasmus_plus', 'erdf_interreg', 'national', 'other'] as const;
export const Programme = z.enum(PROGRAMMES);
export type Programme = z.infer<typeof Programme>;

/** Where a project stands, from its period and today. */
export const ProjectStatus = z.enum(['planned', 'running', 'completed']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

const Day = z.iso.date('Use a date such as 2025-01-31.');
const Slug = line().trim().min(1).max(100);

export const ProjectInput = z
  .object({
    title: line().trim().min(3).max(200),
    programme: Programme,
    topic: z.preprocess(blankToUndefined, Slug.optional()),
    startsOn: Day,
    endsOn: z.preprocess(blankToUndefined, Day.optional()),
    leadOrganisation: line().trim().max(200).default(''),
    leadCity: z.preprocess(blankToUndefined, Slug.optional()),
    partnerCities: z.array(Slug).max(50).default([]),
    aims: markdown().trim().min(10).max(20_000),
    results: markdown().trim().max(20_000).default(''),
    documentIds: z.array(IdNumber).max(20).default([]),
    contact: line().trim().max(300).default(''),
    website: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'Use a web address starting with https://' }).max(500).optional()),
  })
  .refine((p) => p.endsOn === undefined || p.endsOn >= p.startsOn, { message: 'The project cannot end before it starts.', path: ['endsOn'], params: { reason: 'order' } });
export type ProjectInput = z.input<typeof ProjectInput>;

const CityRef = z.object({ slug: z.string(), name: z.string() });

export const Project = z.object({
  id: z.number().int(),
  title: z.string(),
  programme: Programme,
  topic: TopicRef.nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  status: ProjectStatus,
  leadOrganisation: z.string(),
  leadCity: CityRef.nullable(),
  partnerCities: z.array(CityRef),
  aims: z.string(),
  aimsHtml: z.string(),
  results: z.string(),
  resultsHtml: z.string(),
  /** the linked documents the reader may open */
  documents: z.array(z.object({ id: z.number().int(), title: z.string() })),
  contact: z.string(),
  website: z.string(),
  /** null: a member's proposal, not yet published by the staff */
  publishedAt: z.string().nullable(),
  proposedBy: z.string().nullable(),
  permissions: z.object({ canPublish: z.boolean(), canEdit: z.boolean() }),
});
export type Project = z.infer<typeof Project>;

/** The list's filters (`GET /api/projects`); `proposed` shows the staff the proposals waiting for publication. */
export const ProjectQuery = z.object({
  programme: z.preprocess(blankToUndefined, Programme.optional()),
  topic: z.preprocess(blankToUndefined, Slug.optional()),
  status: z.preprocess(blankToUndefined, ProjectStatus.optional()),
  city: z.preprocess(blankToUndefined, Slug.optional()),
  proposed: z.preprocess(blankToUndefined, z.enum(['1']).optional()),
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;
