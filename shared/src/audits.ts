import { z } from 'zod';
import { IdNumber, LocalizedText } from './common.ts';
import { blankToNull, line, markdown } from './text.ts';

/** An answer category of an indicator's scale ("very safe", "fairly safe", …). */
export const AnswerCategory = z.object({ key: z.string(), label: LocalizedText });
export type AnswerCategory = z.infer<typeof AnswerCategory>;

/**
 * An item of the network's indicator catalogue. Standard items first; a city's own item says
 * which standard item it maps to, so comparisons can tell whether items match.
 */
export const Indicator = z.object({
  slug: z.string(),
  name: LocalizedText,
  /** shares per answer category, or a mean on a scale */
  kind: z.enum(['categories', 'mean']),
  categories: z.array(AnswerCategory),
  /** the categories whose shares add up to the indicator's headline figure (e.g. "fairly" and "very unsafe") */
  headline: z.array(z.string()),
  headlineLabel: LocalizedText,
  standard: z.boolean(),
  /** for a city's own item: the standard item it corresponds to */
  mapsTo: z.string().nullable(),
  city: z.object({ slug: z.string(), name: z.string() }).nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

export const AUDIT_MODES = ['postal', 'online', 'phone', 'mixed'] as const;
export const AUDIT_QUESTIONNAIRES = ['defus_monitor', 'other_standard', 'own'] as const;
export const AUDIT_VISIBILITIES = ['members', 'group', 'public'] as const;
/** Below this many respondents an area's values are withheld, unless the audit sets its own minimum. */
export const AUDIT_MIN_N_DEFAULT = 30;

const optionalText = (max: number) => z.preprocess(blankToNull, line().trim().max(max).nullable().optional());
const Day = z.iso.date();

const AuditFields = z.object({
  citySlug: line().min(1).max(100),
  title: line().trim().min(3).max(200),
  summary: markdown().trim().max(10_000).default(''),
  fieldworkFrom: Day,
  fieldworkTo: Day,
  mode: z.enum(AUDIT_MODES),
  sampleSize: z.coerce.number().int().min(1).max(10_000_000).nullable().optional(),
  /** percent */
  responseRate: z.coerce.number().min(0).max(100).nullable().optional(),
  weighting: optionalText(500),
  questionnaire: z.enum(AUDIT_QUESTIONNAIRES),
  office: optionalText(200),
  contact: optionalText(200),
  reportDocumentId: IdNumber.nullable().optional(),
  questionnaireDocumentId: IdNumber.nullable().optional(),
  licence: line().trim().min(2).max(200),
  visibility: z.enum(AUDIT_VISIBILITIES),
  groupId: IdNumber.nullable().optional(),
  minN: z.coerce.number().int().min(1).max(10_000).default(AUDIT_MIN_N_DEFAULT),
  /** where the audit's discussion thread goes: by default the group's category (group-visible audits) or "sicherheitsaudits" */
  categorySlug: z.preprocess(blankToNull, line().max(100).nullable().optional()),
});

/** An audit's description (`POST /api/audits`). */
export const AuditInput = AuditFields.refine((a) => a.fieldworkFrom <= a.fieldworkTo, {
  message: 'The fieldwork cannot end before it starts.',
  path: ['fieldworkTo'],
}).refine((a) => (a.visibility === 'group') === (a.groupId != null), { message: 'A group-visible audit names its working group (and only then).', path: ['groupId'] });
export type AuditInput = z.infer<typeof AuditInput>;

/**
 * `PATCH /api/audits/:id`: any of the description's fields but the city and the thread's category
 * (checked together with the stored ones).
 */
export const AuditPatch = AuditFields.omit({ citySlug: true, categorySlug: true })
  .extend({ minN: z.coerce.number().int().min(1).max(10_000).optional(), summary: markdown().trim().max(10_000).optional() })
  .partial();
export type AuditPatch = z.infer<typeof AuditPatch>;

export const AuditArea = z.object({
  code: z.string(),
  name: z.string(),
  hasBoundary: z.boolean(),
});
export type AuditArea = z.infer<typeof AuditArea>;

/** One area's figures for one indicator and year (`withheld`: fewer than the audit's minimum answered, values left out). */
export const AuditResult = z.object({
  area: z.string(),
  indicator: z.string(),
  year: z.number().int(),
  /** '' for all respondents, else the group (AUDIT_BREAKDOWNS; only in the CSV download and the breakdowns) */
  breakdown: z.string(),
  /** null when withheld */
  n: z.number().int().nullable(),
  withheld: z.boolean(),
  /** percent per category key (categories indicators) */
  shares: z.record(z.string(), z.number()).nullable(),
  /** the headline figure: the sum of the headline categories' shares, or the mean */
  value: z.number().nullable(),
  mean: z.number().nullable(),
});
export type AuditResult = z.infer<typeof AuditResult>;

export const AuditSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  city: z.object({ slug: z.string(), name: z.string() }),
  fieldworkFrom: z.string(),
  fieldworkTo: z.string(),
  visibility: z.enum(AUDIT_VISIBILITIES),
  /** made-up figures of the demo network, labelled as such wherever they show */
  demo: z.boolean(),
});
export type AuditSummary = z.infer<typeof AuditSummary>;

export const Audit = AuditSummary.extend({
  summary: z.string(),
  mode: z.enum(AUDIT_MODES),
  sampleSize: z.number().int().nullable(),
  responseRate: z.number().nullable(),
  weighting: z.string().nullable(),
  questionnaire: z.enum(AUDIT_QUESTIONNAIRES),
  office: z.string().nullable(),
  contact: z.string().nullable(),
  reportDocumentId: z.number().int().nullable(),
  questionnaireDocumentId: z.number().int().nullable(),
  licence: z.string(),
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  minN: z.number().int(),
  /** the boundaries' source and licence, shown with every map of them */
  attribution: z.string().nullable(),
  boundaryLicence: z.string().nullable(),
  /** the discussion thread created with the audit */
  threadId: z.number().int().nullable(),
  /** the report and the questionnaire, where the reader may open them in the library */
  documents: z.array(z.object({ id: z.number().int(), title: z.string(), role: z.enum(['report', 'questionnaire']) })),
  /** which import the results are (1 the first; older ones are kept) */
  resultsVersion: z.number().int(),
  areas: z.array(AuditArea),
  /** every year the current import has results for */
  years: z.array(z.number().int()),
  /** which indicators have results, in which years */
  indicatorYears: z.array(z.object({ indicator: z.string(), years: z.array(z.number().int()) })),
  /** the results asked for: all of the current import, or those of one area, indicator or year */
  results: z.array(AuditResult),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type Audit = z.infer<typeof Audit>;

/**
 * The groups of respondents a result may be given for besides all of them (''): the breakdowns by
 * gender and age group the DEFUS-Monitor reports.
 */
export const AUDIT_BREAKDOWNS = ['gender:female', 'gender:male', 'gender:diverse', 'age:16_29', 'age:30_44', 'age:45_64', 'age:65_plus'] as const;
export type AuditBreakdown = (typeof AUDIT_BREAKDOWNS)[number];

export const PROBLEM_CODES = [
  'unknown_breakdown',
  'empty',
  'no_results',
  'missing_column',
  'unknown_area',
  'missing_area',
  'unknown_indicator',
  'missing_indicator',
  'bad_year',
  'missing_n',
  'bad_n',
  'missing_category',
  'missing_share',
  'bad_share',
  'shares_sum',
  'missing_mean',
  'duplicate',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A problem found in an uploaded results file: its row (1 is the header) and column, what it is (`code`, for the pages' wording) and in English. */
export const RowProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});
export type RowProblem = z.infer<typeof RowProblem>;

export const ImportReport = z.object({ rows: z.number().int(), areas: z.number().int(), indicators: z.number().int(), years: z.array(z.number().int()), version: z.number().int() });
export type ImportReport = z.infer<typeof ImportReport>;

/** The largest results file and boundary file taken (413 above): a 100,000-row results file is ~6 MB. */
export const AUDIT_CSV_MAX_BYTES = 10 * 1024 * 1024;
export const AUDIT_GEOJSON_MAX_BYTES = 25 * 1024 * 1024;

/** What a district map shows (`GET /api/audits/:id/map.svg`, the audit page). */
export const AuditMapQuery = z.object({
  indicator: z.preprocess((v) => (v === '' ? undefined : v), line().max(100).optional()),
  year: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1990).max(2100).optional()),
  view: z.enum(['value', 'deviation']).default('value'),
  lang: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['de', 'en', 'fr']).optional()),
});
export type AuditMapQuery = z.infer<typeof AuditMapQuery>;

/** A row of the table beside a district map: the accessible form of the same figures. */
export const DistrictFigure = z.object({
  code: z.string(),
  name: z.string(),
  n: z.number().int().nullable(),
  withheld: z.boolean(),
  value: z.number().nullable(),
  /** percentage points from the city value; null for a mean indicator or a withheld area */
  deviation: z.number().nullable(),
  /** the 95 % confidence interval's half width in percentage points, from n */
  margin: z.number().nullable(),
});
export type DistrictFigure = z.infer<typeof DistrictFigure>;

export const DistrictView = z.object({
  indicator: z.string(),
  year: z.number().int(),
  view: z.enum(['value', 'deviation']),
  cityValue: z.number().nullable(),
  figures: z.array(DistrictFigure),
  /** the map as SVG, or null when no area has a boundary */
  svg: z.string().nullable(),
});
export type DistrictView = z.infer<typeof DistrictView>;

/** `GET /api/audits/compare`: one standard indicator, city-wide, across the audits the reader may see. */
export const AuditCompareQuery = z.object({
  indicator: line().min(1).max(100),
  year: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1990).max(2100).optional()),
});

export const ComparedAudit = z.object({
  audit: z.object({ id: z.number().int(), title: z.string(), demo: z.boolean() }),
  city: z.object({ slug: z.string(), name: z.string() }),
  year: z.number().int(),
  /** null when withheld */
  n: z.number().int().nullable(),
  value: z.number().nullable(),
  /** the 95 % confidence interval's half width in percentage points */
  margin: z.number().nullable(),
  /** the item asked: the standard one, or the city's own item mapped to it (worded differently) */
  item: z.enum(['standard', 'mapped']),
  /** what differs between surveys and may explain part of a difference */
  method: z.object({ mode: z.enum(AUDIT_MODES), questionnaire: z.enum(AUDIT_QUESTIONNAIRES), responseRate: z.number().nullable(), fieldworkTo: z.string() }),
});
export type ComparedAudit = z.infer<typeof ComparedAudit>;

/** `GET /api/audits/:id?area=&indicator=&year=&latest=`: which of the results to include (`latest`: each indicator's latest year only). */
export const AuditResultsQuery = z.object({
  latest: z.preprocess((v) => (v === '' || v === undefined ? undefined : v === true || v === '1' || v === 'true'), z.boolean().optional()),
  area: z.preprocess((v) => (v === '' ? undefined : v), line().max(50).optional()),
  indicator: z.preprocess((v) => (v === '' ? undefined : v), line().max(100).optional()),
  year: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1990).max(2100).optional()),
});

/**
 * A city's own indicator (`POST /api/indicators`): its wording, and the standard item it
 * corresponds to (then it takes that item's scale unless it brings its own answer categories).
 */
export const IndicatorInput = z
  .object({
    citySlug: line().min(1).max(100),
    name: line().trim().min(3).max(200),
    nameEn: z.preprocess(blankToNull, line().trim().max(200).nullable().optional()),
    nameFr: z.preprocess(blankToNull, line().trim().max(200).nullable().optional()),
    mapsTo: z.preprocess(blankToNull, line().max(100).nullable().optional()),
    kind: z.enum(['categories', 'mean']).optional(),
    categories: z
      .array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'A key is lower-case letters, digits and _.'), label: line().trim().min(1).max(100) }))
      .max(12)
      .optional(),
    /** the keys whose shares make the headline figure */
    headline: z.array(z.string()).max(12).optional(),
    headlineLabel: z.preprocess(blankToNull, line().trim().max(200).nullable().optional()),
  })
  .refine((i) => i.mapsTo || i.kind === 'mean' || (i.categories?.length ?? 0) >= 2, {
    message: 'Name the standard item it corresponds to, or give at least two answer categories (or kind "mean").',
    path: ['categories'],
  })
  .refine((i) => (i.headline ?? []).every((k) => !i.categories || i.categories.some((c) => c.key === k)), {
    message: 'The headline names answer categories the item has.',
    path: ['headline'],
  });
export type IndicatorInput = z.infer<typeof IndicatorInput>;

/** `GET /api/audits?q=`: audits whose title, city, district or indicator names contain the words. */
export const AuditListQuery = z.object({ q: z.preprocess(blankToNull, line().trim().max(200).nullable().optional()) });

/** `GET /api/audits/:id/trend?indicator=`: one indicator across the city's survey years, per area whose code matches. */
export const AuditTrendQuery = z.object({
  indicator: z.preprocess((v) => (v === '' ? undefined : v), line().max(100).optional()),
  /** with more than ten districts: the one shown beside the city, or `all` */
  area: z.preprocess((v) => (v === '' ? undefined : v), line().max(50).optional()),
  lang: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['de', 'en', 'fr']).optional()),
});

export const TrendPoint = z.object({
  year: z.number().int(),
  /** the audit the figure comes from (a city may survey in several audits) */
  auditId: z.number().int(),
  n: z.number().int().nullable(),
  withheld: z.boolean(),
  value: z.number().nullable(),
  margin: z.number().nullable(),
});

export const AuditTrend = z.object({
  indicator: z.string(),
  years: z.array(z.number().int()),
  /** the city first, then the audit's areas, each with its figure per year (missing years left out) */
  series: z.array(z.object({ code: z.string(), name: z.string(), points: z.array(TrendPoint) })),
  /** true when not every district is included (more than ten, and not all asked for) */
  limited: z.boolean(),
  /** the chart, or null when there is only one year */
  svg: z.string().nullable(),
});
export type AuditTrend = z.infer<typeof AuditTrend>;

/**
 * A results file uploaded for the mapping step (`POST /api/audits/:id/uploads`): its columns, its
 * first rows, the columns the import needs with the file's column chosen for each (guessed from
 * names and the catalogue's labels, or as mapped), and what the import would find wrong.
 */
export const StagedResults = z.object({
  id: z.number().int(),
  auditId: z.number().int(),
  filename: z.string(),
  columns: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  /** data rows in the file */
  rows: z.number().int(),
  needed: z.array(z.string()),
  /** our column → the file's column */
  mapping: z.record(z.string(), z.string()),
  problems: z.array(RowProblem),
});
export type StagedResults = z.infer<typeof StagedResults>;

/** The mapping step's result: for each of our columns, the file's column (`POST /api/audits/:id/uploads/:upload/import`). */
export const ColumnMapping = z.record(z.string().max(100), z.string().max(200));

/** `GET /api/audits/:id/breakdowns?indicator=&year=&area=`: one indicator's figures by gender and age group. */
export const AuditBreakdownQuery = z.object({
  indicator: z.preprocess((v) => (v === '' ? undefined : v), line().max(100).optional()),
  year: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1990).max(2100).optional()),
  area: z.preprocess((v) => (v === '' ? undefined : v), line().max(50).default('city')),
});

export const AuditBreakdowns = z.object({
  indicator: z.string(),
  year: z.number().int(),
  area: z.string(),
  /** in the order of AUDIT_BREAKDOWNS; withheld below the audit's minimum n like any figure */
  groups: z.array(z.object({ breakdown: z.enum(AUDIT_BREAKDOWNS), n: z.number().int().nullable(), withheld: z.boolean(), value: z.number().nullable(), margin: z.number().nullable() })),
});
export type AuditBreakdowns = z.infer<typeof AuditBreakdowns>;
