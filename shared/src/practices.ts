import { z } from 'zod';
import { IdNumber, Locale } from './common.ts';
import { blankToUndefined, line, markdown, text } from './text.ts';
import { TopicRef } from './topics.ts';

/**
 * The evidence level, modelled on the Grüne Liste Prävention: effectiveness theoretically well
 * founded, likely (an evaluation points to it), or proven (a controlled evaluation shows it).
 */
export const EVIDENCE_LEVELS = ['founded', 'likely', 'proven'] as const;
export const EvidenceLevel = z.enum(EVIDENCE_LEVELS);
export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

/** EMMIE's five dimensions (College of Policing): effect, mechanism, moderators, implementation, economic cost. */
export const EMMIE_DIMENSIONS = ['effect', 'mechanism', 'moderators', 'implementation', 'economics'] as const;
export type EmmieDimension = (typeof EMMIE_DIMENSIONS)[number];
/** Each dimension's rating: 0 no evidence, 1 limited, 2 moderate, 3 strong. */
export const EMMIE_MAX = 3;

export const TARGET_GROUPS = ['children', 'youth', 'young_adults', 'adults', 'seniors', 'families', 'women', 'residents', 'businesses', 'offenders', 'victims', 'professionals'] as const;
export const TargetGroup = z.enum(TARGET_GROUPS);
export const SETTINGS = ['public_space', 'housing', 'school', 'nightlife', 'transport', 'online', 'sport_leisure', 'family', 'workplace'] as const;
export const Setting = z.enum(SETTINGS);
export const EVALUATION_DESIGNS = ['none', 'process', 'pre_post', 'comparison', 'randomised'] as const;
export const EvaluationDesign = z.enum(EVALUATION_DESIGNS);

export const PracticeStatus = z.enum(['draft', 'submitted', 'changes_requested', 'published']);
export type PracticeStatus = z.infer<typeof PracticeStatus>;

const EmmieRating = z.object({ rating: z.coerce.number().int().min(0).max(EMMIE_MAX), note: line().trim().min(3).max(500) });
const Slug = line().trim().min(1).max(100);
const Links = z.array(IdNumber).max(20).default([]);

/** The structured example's own texts (kept together). */
export const PracticeContent = z.object({
  problem: markdown().trim().min(10).max(10_000),
  measures: markdown().trim().min(10).max(10_000),
  partners: text().trim().max(2000).default(''),
  resources: text().trim().max(2000).default(''),
  duration: line().trim().max(200).default(''),
  contact: line().trim().max(300).default(''),
  evaluationDesign: EvaluationDesign,
  evaluationFindings: markdown().trim().max(10_000).default(''),
});

export const PracticeInput = PracticeContent.extend({
  title: line().trim().min(3).max(200),
  summary: line().trim().min(10).max(500),
  topic: z.preprocess(blankToUndefined, Slug.optional()),
  targetGroups: z.array(TargetGroup).min(1).max(TARGET_GROUPS.length),
  settings: z.array(Setting).min(1).max(SETTINGS.length),
  city: z.preprocess(blankToUndefined, Slug.optional()),
  language: Locale,
  evidenceLevel: EvidenceLevel,
  emmie: z.object({ effect: EmmieRating, mechanism: EmmieRating, moderators: EmmieRating, implementation: EmmieRating, economics: EmmieRating }),
  threadIds: Links,
  documentIds: Links,
  auditIds: Links,
  /** keep it as the author's draft instead of sending it for review */
  draft: z.boolean().default(false),
});
export type PracticeInput = z.input<typeof PracticeInput>;

export const PracticeReviewInput = z.object({ body: text().trim().min(3).max(4000), requestChanges: z.boolean().default(false) });
export type PracticeReviewInput = z.input<typeof PracticeReviewInput>;

const Ref = z.object({ id: z.number().int(), title: z.string() });

export const Practice = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  topic: TopicRef.nullable(),
  targetGroups: z.array(TargetGroup),
  settings: z.array(Setting),
  city: z.object({ slug: z.string(), name: z.string() }).nullable(),
  language: Locale,
  evidenceLevel: EvidenceLevel,
  emmie: z.record(z.enum(EMMIE_DIMENSIONS), z.object({ rating: z.number().int(), note: z.string() })),
  content: PracticeContent.extend({ problemHtml: z.string(), measuresHtml: z.string(), evaluationFindingsHtml: z.string() }),
  /** linked threads, documents and audits: those the reader may open */
  threads: z.array(Ref),
  documents: z.array(Ref),
  audits: z.array(Ref),
  status: PracticeStatus,
  author: z.string().nullable(),
  /** who reviewed and published it */
  reviewer: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** the review's comments: for the author and the reviewers */
  reviews: z.array(z.object({ kind: z.enum(['comment', 'changes_requested', 'published']), body: z.string(), author: z.string().nullable(), createdAt: z.string() })),
  permissions: z.object({ canEdit: z.boolean(), canReview: z.boolean() }),
});
export type Practice = z.infer<typeof Practice>;

/** An entry of the library's list. */
export const PracticeSummary = Practice.pick({ id: true, title: true, summary: true, topic: true, targetGroups: true, settings: true, city: true, language: true, evidenceLevel: true, status: true, publishedAt: true });
export type PracticeSummary = z.infer<typeof PracticeSummary>;

/** The library's filters; `status`: the review queue (reviewers), or all one's own examples (members). */
export const PracticeQuery = z.object({
  evidence: z.preprocess(blankToUndefined, EvidenceLevel.optional()),
  topic: z.preprocess(blankToUndefined, Slug.optional()),
  targetGroup: z.preprocess(blankToUndefined, TargetGroup.optional()),
  setting: z.preprocess(blankToUndefined, Setting.optional()),
  city: z.preprocess(blankToUndefined, Slug.optional()),
  language: z.preprocess(blankToUndefined, Locale.optional()),
  q: z.preprocess(blankToUndefined, line().trim().max(200).optional()),
  status: z.preprocess(blankToUndefined, z.enum(['submitted', 'mine']).optional()),
});
export type PracticeQuery = z.infer<typeof PracticeQuery>;
