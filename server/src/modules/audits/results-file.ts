import type { RowProblem } from '@praxisnetz/shared';
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
  n: number;
  shares: Record<string, number> | null;
  mean: number | null;
}

export const FIXED_COLUMNS = ['area_code', 'indicator', 'year', 'n'] as const;
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
 * indicator; a cell given twice is a problem too. `mapping` renames the file's columns to ours
 * (the mapping step's result). Either rows or problems come back, never both.
 */
export function readResultsFile(
  text: string,
  opts: { areas: Set<string>; indicators: Map<string, IndicatorShape>; mapping?: Record<string, string> },
): { rows: ResultRow[]; problems: [] } | { rows: []; problems: RowProblem[] } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const [header, ...lines] = parsed.data;
  const problems: RowProblem[] = [];
  const problem = (row: number, column: string, message: string) => {
    if (problems.length < PROBLEMS_MAX) problems.push({ row, column, message });
  };
  if (!header) return { rows: [], problems: [{ row: 1, column: 'area_code', message: 'The file is empty.' }] };
  const renamed = new Map(Object.entries(opts.mapping ?? {}).map(([ours, theirs]) => [theirs.trim().toLowerCase(), ours]));
  const columns = header.map((h) => {
    const name = h.trim().toLowerCase();
    return renamed.get(name) ?? name;
  });
  const index = new Map(columns.map((c, i) => [c, i]));
  for (const required of FIXED_COLUMNS) if (!index.has(required)) problem(1, required, `The column “${required}” is missing.`);
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
    if (!opts.areas.has(areaCode)) problem(row, 'area_code', areaCode ? `Unknown area code “${areaCode}”.` : 'The area code is missing.');
    const slug = (cell(line, 'indicator') ?? '').trim();
    const indicator = opts.indicators.get(slug);
    if (!indicator) problem(row, 'indicator', slug ? `Unknown indicator “${slug}”.` : 'The indicator is missing.');
    const year = number(cell(line, 'year'));
    if (year == null || !Number.isInteger(year) || year < 1990 || year > 2100) problem(row, 'year', 'The year is missing or not a year.');
    const n = number(cell(line, 'n'));
    if (n == null) problem(row, 'n', 'n (the number of respondents) is missing.');
    else if (!Number.isInteger(n) || n < 0) problem(row, 'n', 'n must be a whole number, not negative.');

    let shares: Record<string, number> | null = null;
    let mean: number | null = null;
    if (indicator?.kind === 'categories') {
      shares = {};
      for (const key of indicator.categories) {
        if (!index.has(key)) {
          problem(row, key, `The column “${key}” (an answer category of ${slug}) is missing.`);
          continue;
        }
        const share = number(cell(line, key));
        if (share == null) problem(row, key, 'The share is missing.');
        else if (share < 0 || share > 100) problem(row, key, 'A share is a percentage between 0 and 100.');
        else shares[key] = share;
      }
      const values = Object.values(shares);
      const sum = values.reduce((a, b) => a + b, 0);
      if (values.length === indicator.categories.length && Math.abs(sum - 100) > 1) {
        problem(row, indicator.categories[0]!, `The shares add up to ${Math.round(sum * 10) / 10}, not 100 ± 1.`);
      }
    } else if (indicator?.kind === 'mean') {
      const value = number(cell(line, 'mean'));
      if (value == null) problem(row, 'mean', 'The mean is missing.');
      else mean = value;
    }
    const key = `${areaCode}\u0000${slug}\u0000${year}`;
    if (problems.length === before && seen.has(key)) problem(row, 'area_code', `${areaCode}, ${slug}, ${year} is given twice.`);
    seen.add(key);
    if (problems.length === before) rows.push({ areaCode, indicatorId: indicator!.id, year: year!, n: n!, shares, mean });
  });
  return problems.length ? { rows: [], problems } : { rows, problems: [] };
}

/** The template for a questionnaire: our columns, then every answer category of the indicators. */
export function templateColumns(indicators: IndicatorShape[]): string[] {
  const categories = [...new Set(indicators.flatMap((i) => i.categories))];
  return [...FIXED_COLUMNS, ...categories, ...(indicators.some((i) => i.kind === 'mean') ? ['mean'] : [])];
}
