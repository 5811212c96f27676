import { AUDIT_BREAKDOWNS, type AuditBreakdown, type ProblemCode, type RowProblem } from '@praxisnetz/shared';
import Papa from 'papaparse';

/** What an import knows of the catalogue: each indicator's id, kind and answer categories. */
export interface IndicatorShape {
  id: number;
  kind: 'categories' | 'mean';
  categories: string[];
}

export interface ResultRow {
  areaCode: string;
  indicatorId: number;
  year: number;
  /** '' for all respondents, else one of AUDIT_BREAKDOWNS */
  breakdown: string;
  n: number;
  shares: Record<string, number> | null;
  mean: number | null;
}

export const FIXED_COLUMNS = ['area_code', 'indicator', 'year', 'n'] as const;
/** An optional column: the group of respondents a row is for (empty or missing: all of them). */
export const BREAKDOWN_COLUMN = 'breakdown';

/** How spreadsheets name the groups of respondents (lower case), besides our codes. */
const BREAKDOWN_ALIASES: Record<string, AuditBreakdown | ''> = {
  '': '',
  all: '',
  alle: '',
  gesamt: '',
  insgesamt: '',
  total: '',
  tous: '',
  female: 'gender:female',
  women: 'gender:female',
  weiblich: 'gender:female',
  frauen: 'gender:female',
  femmes: 'gender:female',
  male: 'gender:male',
  men: 'gender:male',
  männlich: 'gender:male',
  männer: 'gender:male',
  hommes: 'gender:male',
  diverse: 'gender:diverse',
  divers: 'gender:diverse',
  '16-29': 'age:16_29',
  '30-44': 'age:30_44',
  '45-64': 'age:45_64',
  '65+': 'age:65_plus',
};

/** The breakdown a cell names, or undefined when it names none we know. */
function breakdownOf(text: string | undefined): AuditBreakdown | '' | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (t in BREAKDOWN_ALIASES) return BREAKDOWN_ALIASES[t];
  return (AUDIT_BREAKDOWNS as readonly string[]).includes(t) ? (t as AuditBreakdown) : undefined;
}
/** Reporting stops here: a file this wrong needs fixing at its source. */
const PROBLEMS_MAX = 500;

/** UTF-8 (with or without a byte-order mark), else Windows-1252 as spreadsheets save "CSV" here. */
export function decodeCsv(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** "12,5" and "12.5" are 12.5; "" is missing; anything else is not a number. */
function number(text: string | undefined): number | null | undefined {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const normalised = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replaceAll('.', '').replace(',', '.') : t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/**
 * Reads a results file — comma, semicolon or tab separated, decimal commas allowed — and checks
 * every row: known area code and indicator, a year, n present and not negative, each answer
 * category's share (percent) present and the shares summing to 100 ± 1, or a mean for a mean
 * indicator; a cell given twice is a problem too. `mapping` names the file's column for each of ours
 * (the mapping step's result). Either rows or problems come back, never both.
 */
export function readResultsFile(
  text: string,
  opts: { areas: Set<string>; indicators: Map<string, IndicatorShape>; mapping?: Record<string, string> },
): { rows: ResultRow[]; problems: [] } | { rows: []; problems: RowProblem[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const [header, ...lines] = parsed.data;
  const problems: RowProblem[] = [];
  const problem = (row: number, column: string, code: ProblemCode, message: string, params?: Record<string, string>) => {
    if (problems.length < PROBLEMS_MAX) problems.push({ row, column, code, message, ...(params && { params }) });
  };
  if (!header) return { rows: [], problems: [{ row: 1, column: 'area_code', code: 'empty', message: 'The file is empty.' }] };
  // Our column → its place in the file: by its own name, unless the mapping names the file's column for it.
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map(names.map((c, i) => [c, i]));
  for (const [ours, theirs] of Object.entries(opts.mapping ?? {})) {
    const i = names.indexOf(theirs.trim().toLowerCase());
    if (i >= 0) index.set(ours, i);
  }
  for (const required of FIXED_COLUMNS) if (!index.has(required)) problem(1, required, 'missing_column', `The column “${required}” is missing.`);
  if (problems.length) return { rows: [], problems };

  const cell = (line: string[], column: string) => {
    const i = index.get(column);
    return i === undefined ? undefined : line[i];
  };
  const rows: ResultRow[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const row = i + 2;
    const before = problems.length;
    const areaCode = (cell(line, 'area_code') ?? '').trim();
    if (!opts.areas.has(areaCode)) if (areaCode) problem(row, 'area_code', 'unknown_area', `Unknown area code “${areaCode}”.`, { value: areaCode });
    else problem(row, 'area_code', 'missing_area', 'The area code is missing.');
    const slug = (cell(line, 'indicator') ?? '').trim();
    const indicator = opts.indicators.get(slug);
    if (!indicator && slug) problem(row, 'indicator', 'unknown_indicator', `Unknown indicator “${slug}”.`, { value: slug });
    else if (!indicator) problem(row, 'indicator', 'missing_indicator', 'The indicator is missing.');
    const year = number(cell(line, 'year'));
    if (year == null || !Number.isInteger(year) || year < 1990 || year > 2100) problem(row, 'year', 'bad_year', 'The year is missing or not a year.');
    const breakdown = breakdownOf(cell(line, BREAKDOWN_COLUMN));
    if (breakdown === undefined) {
      const value = (cell(line, BREAKDOWN_COLUMN) ?? '').trim();
      problem(row, BREAKDOWN_COLUMN, 'unknown_breakdown', `Unknown group of respondents “${value}” (${AUDIT_BREAKDOWNS.join(', ')}, or empty for all).`, { value });
    }
    const n = number(cell(line, 'n'));
    if (n == null) problem(row, 'n', 'missing_n', 'n (the number of respondents) is missing.');
    else if (!Number.isInteger(n) || n < 0) problem(row, 'n', 'bad_n', 'n must be a whole number, not negative.');

    let shares: Record<string, number> | null = null;
    let mean: number | null = null;
    if (indicator?.kind === 'categories') {
      shares = {};
      for (const key of indicator.categories) {
        if (!index.has(key)) {
          problem(row, key, 'missing_category', `The column “${key}” (an answer category of ${slug}) is missing.`, { indicator: slug });
          continue;
        }
        const share = number(cell(line, key));
        if (share == null) problem(row, key, 'missing_share', 'The share is missing.');
        else if (share < 0 || share > 100) problem(row, key, 'bad_share', 'A share is a percentage between 0 and 100.');
        else shares[key] = share;
      }
      const values = Object.values(shares);
      const sum = values.reduce((a, b) => a + b, 0);
      if (values.length === indicator.categories.length && Math.abs(sum - 100) > 1) {
        problem(row, indicator.categories[0]!, 'shares_sum', `The shares add up to ${Math.round(sum * 10) / 10}, not 100 ± 1.`, { sum: String(Math.round(sum * 10) / 10) });
      }
    } else if (indicator?.kind === 'mean') {
      const value = number(cell(line, 'mean'));
      if (value == null) problem(row, 'mean', 'missing_mean', 'The mean is missing.');
      else mean = value;
    }
    const key = `${areaCode}\u0000${slug}\u0000${year}\u0000${breakdown}`;
    if (problems.length === before && seen.has(key)) problem(row, 'area_code', 'duplicate', `${areaCode}, ${slug}, ${year} is given twice.`, { area: areaCode, indicator: slug, year: String(year) });
    seen.add(key);
    if (problems.length === before) rows.push({ areaCode, indicatorId: indicator!.id, year: year!, breakdown: breakdown!, n: n!, shares, mean });
  });
  return problems.length ? { rows: [], problems } : { rows, problems: [] };
}

/** The template for a questionnaire: our columns, then every answer category of the indicators. */
export function templateColumns(indicators: IndicatorShape[]): string[] {
  const categories = [...new Set(indicators.flatMap((i) => i.categories))];
  return [...FIXED_COLUMNS, ...categories, ...(indicators.some((i) => i.kind === 'mean') ? ['mean'] : []), BREAKDOWN_COLUMN];
}

/** What the mapping step shows of a file: its header, its first rows and how many rows it has. */
export function sampleOf(text: string, size = 8): { columns: string[]; sample: string[][]; rows: number } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const [header = [], ...lines] = parsed.data;
  return { columns: header.map((h) => h.trim()), sample: lines.slice(0, size), rows: lines.length };
}

const squash = (s: string) => s.trim().toLowerCase().replace(/[\s_\-–.]+/g, ' ');

/** Names a spreadsheet may give our fixed columns (German first). */
const FIXED_ALIASES: Record<string, string[]> = {
  area_code: ['area', 'area code', 'gebiet', 'gebietsnummer', 'gebietsschlüssel', 'bezirk', 'stadtbezirk', 'code', 'zone', 'secteur'],
  indicator: ['indikator', 'item', 'frage', 'indicateur'],
  year: ['jahr', 'année', 'annee', 'befragungsjahr'],
  n: ['anzahl', 'fallzahl', 'befragte', 'respondents', 'répondants', 'repondants', 'antworten'],
  mean: ['mittelwert', 'moyenne', 'average'],
  breakdown: ['gruppe', 'teilgruppe', 'group', 'subgroup', 'groupe'],
};

/**
 * The columns an import of this file needs — ours, then the answer categories of the indicators
 * the file names and a mean where one is asked — each with the file's column guessed for it: the
 * same name, a usual alias, or an answer category's label in any language; `chosen` wins.
 */
export function suggestMapping(
  text: string,
  columns: string[],
  indicators: Map<string, IndicatorShape & { labels: string[][] }>,
  chosen: Record<string, string> = {},
): { needed: string[]; mapping: Record<string, string> } {
  const byName = new Map(columns.map((c) => [squash(c), c]));
  const guess = (ours: string, labels: string[] = []) =>
    chosen[ours] ?? [ours, ...(FIXED_ALIASES[ours] ?? []), ...labels].map((name) => byName.get(squash(name))).find((c) => c !== undefined);
  const mapping: Record<string, string> = {};
  for (const ours of FIXED_COLUMNS) {
    const theirs = guess(ours);
    if (theirs) mapping[ours] = theirs;
  }
  const needed: string[] = [...FIXED_COLUMNS, BREAKDOWN_COLUMN];
  const breakdownColumn = guess(BREAKDOWN_COLUMN);
  if (breakdownColumn) mapping[BREAKDOWN_COLUMN] = breakdownColumn;
  const indicatorColumn = mapping.indicator ? columns.indexOf(mapping.indicator) : -1;
  if (indicatorColumn >= 0) {
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
    const named = new Set(parsed.data.slice(1).map((line) => (line[indicatorColumn] ?? '').trim()));
    const found = [...named].flatMap((slug) => {
      const shape = indicators.get(slug);
      return shape ? [shape] : [];
    });
    for (const shape of found) {
      shape.categories.forEach((key, i) => {
        if (needed.includes(key)) return;
        needed.push(key);
        const theirs = guess(key, shape.labels[i] ?? []);
        if (theirs) mapping[key] = theirs;
      });
    }
    if (found.some((s) => s.kind === 'mean') && !needed.includes('mean')) {
      needed.push('mean');
      const theirs = guess('mean');
      if (theirs) mapping.mean = theirs;
    }
  }
  return { needed, mapping };
}
