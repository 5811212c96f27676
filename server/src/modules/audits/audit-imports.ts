import { ColumnMapping, type ImportReport, type StagedResults } from '@praxisnetz/shared';
import Papa from 'papaparse';
import type { Tx } from '../../db/client.ts';
import { NotFound, RowsInvalid, ValidationError } from '../../lib/errors.ts';
import type { Actor } from '../../policy/index.ts';
import type { AuditAccess, Found } from './audit-access.ts';
import { areasOf, deleteExpiredUploads, deleteUpload, findAudit, findUpload, insertImport, insertUpload, type UploadRow } from './audits.repo.ts';
import { decodeCsv, readResultsFile, sampleOf, suggestMapping, templateColumns } from './results-file.ts';

/** The mapping step's result, as JSON (a form field, a query parameter) or as it is. */
function mappingOf(mapping: unknown): Record<string, string> {
  let value = mapping;
  if (typeof mapping === 'string') {
    try {
      value = JSON.parse(mapping);
    } catch {
      throw ValidationError({ mapping: 'The column mapping is not valid JSON.' });
    }
  }
  const parsed = ColumnMapping.safeParse(value ?? {});
  if (!parsed.success) throw ValidationError({ mapping: 'The column mapping names each of our columns with one of the file’s.' });
  return parsed.data;
}

/**
 * Results into an audit: a file checked row by row and imported all or nothing as the next
 * version, directly (the API) or through the mapping step (the pages: kept, previewed with its
 * columns mapped, then imported).
 */
export function auditImports({ db, catalogue, editable }: AuditAccess) {
  /** What the import checks rows against: the areas, the catalogue's standard items and the city's own. */
  async function importShapes(found: Found) {
    const areas = new Set(['city', ...(await areasOf(db, found.audit.id)).map((a) => a.code)]);
    const usable = (await catalogue()).filter(({ row }) => row.indicator.cityId === null || row.indicator.cityId === found.audit.cityId);
    const indicators = new Map(
      usable.map(({ row, indicator }) => [
        row.indicator.slug,
        {
          id: row.indicator.id,
          kind: row.indicator.kind,
          categories: row.indicator.categories.map((c) => c.key),
          labels: indicator.categories.map((c) => [c.label.de, c.label.en, c.label.fr]),
        },
      ]),
    );
    return { areas, indicators };
  }

  async function runImport(found: Found, editor: NonNullable<Actor>, text: string, mapping: Record<string, string> | undefined, alongside?: (tx: Tx) => Promise<void>): Promise<ImportReport> {
    const read = readResultsFile(text, { ...(await importShapes(found)), mapping });
    if (read.problems.length) throw RowsInvalid(read.problems);
    if (read.rows.length === 0) throw RowsInvalid([{ row: 2, column: 'area_code', code: 'no_results', message: 'The file has no results.' }]);
    const version = found.audit.resultsVersion + 1;
    await db.transaction(async (tx) => {
      await insertImport(tx, found.audit.id, version, read.rows, editor.id);
      await alongside?.(tx);
    });
    return {
      rows: read.rows.length,
      areas: new Set(read.rows.map((r) => r.areaCode)).size,
      indicators: new Set(read.rows.map((r) => r.indicatorId)).size,
      years: [...new Set(read.rows.map((r) => r.year))].sort(),
      version,
    };
  }

  /** A staged file of this audit, only for the person who uploaded it. */
  async function stagedUpload(auditId: number, uploadId: number, userId: number) {
    const upload = await findUpload(db, uploadId);
    if (!upload || upload.auditId !== auditId || upload.uploadedBy !== userId) throw NotFound('Upload');
    return upload;
  }

  async function stagedView(upload: UploadRow, chosen: Record<string, string>): Promise<StagedResults> {
    const found = (await findAudit(db, upload.auditId))!;
    const shapes = await importShapes(found);
    const { columns, sample, rows } = sampleOf(upload.content);
    const known = Object.fromEntries(Object.entries(chosen).filter(([, theirs]) => columns.includes(theirs)));
    const { needed, mapping } = suggestMapping(upload.content, columns, shapes.indicators, known);
    const read = readResultsFile(upload.content, { ...shapes, mapping });
    return { id: upload.id, auditId: upload.auditId, filename: upload.filename, columns, sample, rows, needed, mapping, problems: read.problems.slice(0, 50) };
  }

  return {
    /** Imports a results file as the audit's next version, all or nothing (`mapping`: the mapping step's result as JSON). */
    async importResults(actor: Actor, id: number, data: Buffer, fields: Record<string, string>): Promise<ImportReport> {
      const { found, editor } = await editable(actor, id);
      return runImport(found, editor, decodeCsv(data), fields.mapping ? mappingOf(fields.mapping) : undefined);
    },

    /** The first step of an import from the web: the file is kept for the mapping step and previewed. */
    async stageResults(actor: Actor, id: number, data: Buffer, filename: string): Promise<StagedResults> {
      const { editor } = await editable(actor, id);
      const content = decodeCsv(data);
      if (!content.trim()) throw ValidationError({ file: 'Choose a results file (CSV).' });
      const upload = await db.transaction(async (tx) => {
        await deleteExpiredUploads(tx);
        return insertUpload(tx, { auditId: id, uploadedBy: editor.id, filename: filename.slice(0, 200) || 'results.csv', content });
      });
      return stagedView(upload, {});
    },

    /** The staged file with the columns mapped as chosen (unchosen ones guessed) and what the import would find wrong. */
    async staged(actor: Actor, id: number, uploadId: number, mapping: string | Record<string, string> = {}): Promise<StagedResults> {
      const { editor } = await editable(actor, id);
      return stagedView(await stagedUpload(id, uploadId, editor.id), mappingOf(mapping));
    },

    /** The mapping step's end: the staged file imported with the mapping, all or nothing; the file is then dropped. */
    async importStaged(actor: Actor, id: number, uploadId: number, mapping: unknown): Promise<ImportReport> {
      const { found, editor } = await editable(actor, id);
      const upload = await stagedUpload(id, uploadId, editor.id);
      return runImport(found, editor, upload.content, mappingOf(mapping), (tx) => deleteUpload(tx, uploadId));
    },

    /**
     * The results template of a questionnaire: our columns, one example row per indicator for the
     * whole city (the DEFUS-Monitor and other standards: the standard items; the city's own: those
     * too, plus the city's own items when a city is named).
     */
    async template(query: { city?: string }): Promise<{ csv: string; filename: string }> {
      const cat = (await catalogue()).filter((c) => c.indicator.standard || (query.city && c.indicator.city?.slug === query.city));
      const shapes = cat.map(({ row }) => ({ id: row.indicator.id, kind: row.indicator.kind, categories: row.indicator.categories.map((c) => c.key) }));
      const columns = templateColumns(shapes);
      const year = new Date().getFullYear();
      const data = cat.map(({ row }) => columns.map((c) => (c === 'area_code' ? 'city' : c === 'indicator' ? row.indicator.slug : c === 'year' ? String(year) : '')));
      return { csv: Papa.unparse({ fields: columns, data }, { delimiter: ';' }), filename: `audit-results-template${query.city ? `-${query.city}` : ''}.csv` };
    },
  };
}
