import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UPLOAD_TYPES } from '@praxisnetz/shared';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../../../../tests/support/database.ts';
import type { Database } from '../../../db/client.ts';
import { documents, documentVersions, files, users } from '../../../db/schema/index.ts';
import { docxFile, odfPackage, odpFile, odsFile, odtFile, pdfFile, pptxFile, xlsxFile } from '../../../demo/sample-files/index.ts';
import { createFileStore, type FileStore } from '../file-store.ts';
import { createExtractionJob, EXTRACTION_MAX_ATTEMPTS } from './extraction-job.ts';
import { EXTRACTED_TEXT_MAX } from './text-extractors.ts';

let database: Database;
let dataDir: string;
let fileStore: FileStore;
let ownerId: number;
const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  database = await openTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-extraction-'));
  fileStore = createFileStore(dataDir);
  await fileStore.init();
  const [owner] = await database.db
    .insert(users)
    .values({ email: 'bibliothek@example.org', passwordHash: 'unused', displayName: 'Bibliothek', status: 'active' })
    .returning({ id: users.id });
  ownerId = owner!.id;
});
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});
afterEach(() => errors.mockClear());

const job = (opts: { timeoutMs?: number } = {}) => createExtractionJob({ db: database.db, fileStore, ...opts });

/** Stores the bytes (unless `stored: false`) and queues them as version 1 of a new document, as an upload would. */
async function upload(bytes: Uint8Array | string, mime: string, opts: { stored?: boolean; title?: string } = {}) {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const sha256 = createHash('sha256').update(data).digest('hex');
  if (opts.stored !== false) {
    await mkdir(path.dirname(fileStore.pathOf(sha256)), { recursive: true });
    await writeFile(fileStore.pathOf(sha256), data);
  }
  const db = database.db;
  await db.insert(files).values({ sha256, size: data.length, mime });
  const [doc] = await db
    .insert(documents)
    .values({ ownerId, title: opts.title ?? 'Unterlage', type: 'other', language: 'de' })
    .returning({ id: documents.id });
  await db.insert(documentVersions).values({ documentId: doc!.id, n: 1, sha256, filename: 'unterlage', uploadedBy: ownerId });
  return { sha256, documentId: doc!.id };
}

const fileRow = async (sha256: string) =>
  (await database.db.select().from(files).where(eq(files.sha256, sha256)))[0]!;
const contentOf = async (documentId: number) =>
  (await database.db.select({ text: documents.contentText }).from(documents).where(eq(documents.id, documentId)))[0]
    ?.text;
const makeDue = (sha256: string) =>
  database.db.update(files).set({ extractAfter: sql`now()` }).where(eq(files.sha256, sha256));

describe('text extraction job', () => {
  it('extracts the text of every supported type and copies it to the document', async () => {
    // enough findings that the last paragraph, and the page number under it, fall on a second page
    const findings = Array.from({ length: 40 }, (_, i) => `Befund ${i + 1}`);
    const cases = [
      [await pdfFile('Sicherheitsaudit Bahnhofsviertel', [...findings, 'Größere Straßenbeleuchtung für Fußgänger']), UPLOAD_TYPES.pdf, ['Sicherheitsaudit Bahnhofsviertel', 'Größere Straßenbeleuchtung für Fußgänger\n2 / 2']],
      [docxFile('Kommunale Kriminalprävention', ['Sicherheit & Ordnung']), UPLOAD_TYPES.docx, ['Kommunale Kriminalprävention\n', 'Sicherheit & Ordnung']],
      [odtFile('Angsträume im Park', ['Maßnahmen <geplant>']), UPLOAD_TYPES.odt, ['Angsträume im Park\nMaßnahmen <geplant>']],
      [odsFile('Tabelle1', [['Ort', 'Hinweise'], ['Unterführung', 'dunkel']]), UPLOAD_TYPES.ods, ['Ort', 'Unterführung', 'dunkel']],
      [odpFile([{ title: 'Folie eins: Ausgangslage', bullets: [] }, { title: 'Folie zwei: Ergebnisse', bullets: [] }]), UPLOAD_TYPES.odp, ['Ausgangslage\nFolie zwei']],
      // Excel keeps text in shared strings; some writers put it inline in the sheet
      [xlsxFile('Tabelle1', [['Stadtteil', 'Befragte']], { sharedStrings: true }), UPLOAD_TYPES.xlsx, ['Stadtteil', 'Befragte']],
      [xlsxFile('Tabelle1', [['Nordstadt', 'Übersicht']]), UPLOAD_TYPES.xlsx, ['Nordstadt', 'Übersicht']],
      [pptxFile(Array.from({ length: 11 }, (_, i) => ({ title: `Folie ${i + 1}`, bullets: [] }))), UPLOAD_TYPES.pptx, ['Folie 1\n', 'Folie 2\n\nFolie 3', 'Folie 9\n\nFolie 10\n\nFolie 11']],
      ['\uFEFFProtokoll der Sitzung\r\n\r\n\r\n\r\nTeilnehmende:   zwölf', UPLOAD_TYPES.txt, ['Protokoll der Sitzung\n\nTeilnehmende: zwölf']],
      ['Straße;Anzahl\nMarktplatz;3\n', UPLOAD_TYPES.csv, ['Straße;Anzahl\nMarktplatz;3']],
      // Excel's German CSV export: Windows-1252, not UTF-8
      [Buffer.from('Größe;Maß\nÜbergang;4\n', 'latin1'), UPLOAD_TYPES.csv, ['Größe;Maß\nÜbergang;4']],
    ] as const;
    const uploads = [];
    for (const [bytes, mime] of cases) uploads.push(await upload(bytes, mime));

    expect(await job().runPending()).toBe(cases.length);

    for (const [i, [, mime, expected]] of cases.entries()) {
      const { sha256, documentId } = uploads[i]!;
      const row = await fileRow(sha256);
      expect({ mime, status: row.extractionStatus, error: row.extractionError }).toEqual({ mime, status: 'done', error: null });
      for (const part of expected) expect(row.extractedText, mime).toContain(part);
      expect(row.extractedText).toBe(row.extractedText!.trim());
      expect(await contentOf(documentId)).toBe(row.extractedText);
    }
    expect(errors).not.toHaveBeenCalled();
  });

  it('reads entities, CDATA, spans and spacing elements of OpenDocument text', async () => {
    const body =
      '<text:h>Ü&#x62;ersicht &amp; Plan</text:h><text:p>Haus<text:s/>am<text:tab/>Markt<text:line-break/>' +
      '<text:span>Nr.</text:span> <![CDATA[5 < 6]]> &#8364;</text:p>';
    const content = `<office:body><office:text>${body}</office:text></office:body>`;
    const { sha256 } = await upload(odfPackage('text', 'Übersicht', {}, { styles: '', content }), UPLOAD_TYPES.odt);
    await job().runPending();
    expect((await fileRow(sha256)).extractedText).toBe('Übersicht & Plan\nHaus am Markt\nNr. 5 < 6 €');
  });

  it('makes a document findable by a German word form its text only contains in another form', async () => {
    const { documentId } = await upload(await pdfFile('Beleuchtungskonzept', ['Das Haus am Markt wird heller beleuchtet.']), UPLOAD_TYPES.pdf, {
      title: 'Beleuchtungskonzept',
    });
    const find = (query: string) =>
      database.db
        .select({ id: documents.id })
        .from(documents)
        .where(sql`${documents.searchVector} @@ websearch_to_tsquery('german', ${query})`);
    expect(await find('Häuser')).not.toContainEqual({ id: documentId });
    await job().runPending();
    expect(await find('Häuser')).toContainEqual({ id: documentId });
  });

  it('copies the text only to documents whose current version is that file', async () => {
    const old = await upload('alte Fassung des Konzepts', UPLOAD_TYPES.txt);
    const replaced = await upload('noch eine Fassung', UPLOAD_TYPES.txt);
    // the second document moved on to version 2: the first document's file
    await database.db
      .insert(documentVersions)
      .values({ documentId: replaced.documentId, n: 2, sha256: old.sha256, filename: 'v2', uploadedBy: ownerId });
    await database.db.update(documents).set({ currentVersion: 2 }).where(eq(documents.id, replaced.documentId));
    await database.db.update(files).set({ extractAfter: sql`now() + interval '1 hour'` }).where(eq(files.sha256, replaced.sha256));

    await job().runPending();
    expect(await contentOf(old.documentId)).toBe('alte Fassung des Konzepts');
    expect(await contentOf(replaced.documentId)).toBe('alte Fassung des Konzepts');

    await makeDue(replaced.sha256);
    await job().runPending();
    expect((await fileRow(replaced.sha256)).extractedText).toBe('noch eine Fassung');
    expect(await contentOf(replaced.documentId)).toBe('alte Fassung des Konzepts');
  });

  it('gives up on a corrupt PDF at once, keeps its document and says why', async () => {
    const { sha256, documentId } = await upload('%PDF-1.7\nkein echtes PDF', UPLOAD_TYPES.pdf);
    expect(await job().runPending()).toBe(1);
    expect(await fileRow(sha256)).toMatchObject({ extractionStatus: 'failed', extractionAttempts: 1, extractionError: 'unreadable', extractedText: null });
    expect(errors).toHaveBeenCalledTimes(1);
    await makeDue(sha256);
    expect(await job().runPending()).toBe(0);
    expect(await contentOf(documentId)).toBeNull();
    expect((await database.db.select().from(documents).where(eq(documents.id, documentId))).length).toBe(1);
  });

  it('retries a passing problem (a file not yet in the store) and gives up after five attempts', async () => {
    const { sha256 } = await upload('kommt nie an', UPLOAD_TYPES.txt, { stored: false });
    await job().runPending();
    const first = await fileRow(sha256);
    expect(first).toMatchObject({ extractionStatus: 'pending', extractionAttempts: 1, extractionError: 'missing' });
    expect(first.extractAfter.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(await job().runPending()).toBe(0);
    for (let attempt = 2; attempt <= EXTRACTION_MAX_ATTEMPTS; attempt++) {
      await makeDue(sha256);
      expect(await job().runPending()).toBe(1);
    }
    expect(await fileRow(sha256)).toMatchObject({ extractionStatus: 'failed', extractionAttempts: EXTRACTION_MAX_ATTEMPTS, extractionError: 'missing' });
  });

  it('stops an extraction that runs out of time and succeeds on a later attempt', async () => {
    const { sha256 } = await upload(await pdfFile('Zeitlimit', []), UPLOAD_TYPES.pdf);
    await job({ timeoutMs: 1 }).runPending();
    expect(await fileRow(sha256)).toMatchObject({ extractionStatus: 'pending', extractionError: 'timeout' });
    await makeDue(sha256);
    await job().runPending();
    expect(await fileRow(sha256)).toMatchObject({ extractionStatus: 'done', extractedText: 'Zeitlimit\n1 / 1', extractionError: null });
  });

  it('refuses an archive that would inflate beyond the limit', async () => {
    const bomb = odtFile('Bombe', [' '.repeat(51 * 1024 * 1024)]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { sha256 } = await upload(bomb, UPLOAD_TYPES.odt);
    await job().runPending();
    expect(await fileRow(sha256)).toMatchObject({ extractionStatus: 'failed', extractionError: 'unreadable' });
  });

  it('caps long text and still indexes it', async () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `wort${i.toString(36)}`).join(' ');
    const { sha256, documentId } = await upload(words, UPLOAD_TYPES.txt);
    await job().runPending();
    const text = (await fileRow(sha256)).extractedText!;
    expect(words.length).toBeGreaterThan(EXTRACTED_TEXT_MAX);
    expect(text.length).toBeLessThanOrEqual(EXTRACTED_TEXT_MAX);
    expect(words.startsWith(text)).toBe(true);
    const found = await database.db
      .select({ id: documents.id })
      .from(documents)
      .where(sql`${documents.searchVector} @@ websearch_to_tsquery('german', 'wort1a')`);
    expect(found).toContainEqual({ id: documentId });
  });

  it('marks a queued image as having no text instead of failing it', async () => {
    const { sha256 } = await upload(Buffer.from('89504e470d0a1a0a', 'hex'), UPLOAD_TYPES.png);
    await job().runPending();
    expect(await fileRow(sha256)).toMatchObject({ extractionStatus: 'none', extractionError: null });
  });

  it('never gives one file to two jobs running at once', async () => {
    const uploads = [];
    for (let i = 0; i < 6; i++) uploads.push(await upload(`Gleichzeitig ${i}`, UPLOAD_TYPES.txt));
    const [a, b] = await Promise.all([job().runPending(), job().runPending()]);
    expect(a + b).toBe(uploads.length);
    const rows = await database.db
      .select({ attempts: files.extractionAttempts, status: files.extractionStatus })
      .from(files)
      .where(inArray(files.sha256, uploads.map((u) => u.sha256)));
    expect(rows).toEqual(uploads.map(() => ({ attempts: 1, status: 'done' })));
  });

  it('runs once per nudge and poll after start, and stops cleanly', async () => {
    const extraction = createExtractionJob({ db: database.db, fileStore, pollMs: 60_000 });
    const { sha256 } = await upload('vor dem Start', UPLOAD_TYPES.txt);
    extraction.nudge();
    extraction.start();
    await vi.waitFor(async () => expect((await fileRow(sha256)).extractionStatus).toBe('done'), { timeout: 10_000 });
    const later = await upload('nach dem Hochladen', UPLOAD_TYPES.txt);
    extraction.nudge();
    await vi.waitFor(async () => expect((await fileRow(later.sha256)).extractionStatus).toBe('done'), { timeout: 10_000 });
    await extraction.stop();
    const afterStop = await upload('nach dem Anhalten', UPLOAD_TYPES.txt);
    extraction.nudge();
    expect(await extraction.runPending()).toBe(0);
    expect((await fileRow(afterStop.sha256)).extractionStatus).toBe('pending');
  });
});
