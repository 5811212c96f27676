import { unzipSync } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { UPLOAD_TYPES, type UploadExtension } from '@praxisnetz/shared';
import { demoCategories, demoCities, demoDocuments, demoThreads, demoUsers } from '../content/index.ts';
import { barChartPng, csvFile, docxFile, odpFile, odsFile, odtFile, pdfFile, pngFile, pptxFile, type TextBlock, txtFile, xlsxFile } from './index.ts';

const blocks: TextBlock[] = [
  'Angsträume in der Nordstadt: Beleuchtung, Sichtachsen und Wegeführung – „Straße“, Größe, Œuvre, 5 €.',
  { heading: 'Befragungsergebnisse' },
  'Erste Zeile\nZweite Zeile & <Rest>',
];
const rows = [
  ['Stadtteil', 'Anteil „sicher“ (%)'],
  ['Nordstadt', 61.5],
  ['Südstadt', 72],
  [null, 'Übersicht; "zitiert"'],
];
const slides = [
  { title: 'Angsträume', bullets: ['Beleuchtung verbessern', 'Sichtachsen öffnen'] },
  { title: 'Nächste Schritte', bullets: ['Begehung im Mai & Juni'] },
];

const DOMParser = new JSDOM().window.DOMParser;

/** Every XML part of a zip-based file parses. */
function expectWellFormedParts(bytes: Uint8Array): Record<string, string> {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, new TextDecoder().decode(data)]));
  for (const [name, text] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length, `${name} is well-formed`).toBe(0);
  }
  return parts;
}

/** ODF: the first entry is `mimetype`, stored uncompressed, as the specification requires. */
function expectMimetypeFirst(bytes: Uint8Array, mime: string) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  expect(view.getUint16(8, true)).toBe(0);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  expect(new TextDecoder().decode(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
  const start = 30 + nameLength + extraLength;
  expect(new TextDecoder().decode(bytes.subarray(start, start + mime.length))).toBe(mime);
}

describe('sample files', () => {
  it('builds a PDF that file-type detects and whose text, metadata and pages come back', async () => {
    const bytes = await pdfFile('Sicherheitsaudit Nordstadt', blocks, { author: 'Lena Hartmann', language: 'de-DE' });
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'pdf', mime: UPLOAD_TYPES.pdf });
    // pdf.js takes ownership of the buffer it is given
    const pdf = await getDocumentProxy(bytes.slice());
    // lines wrap where the page ends
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('Sicherheitsaudit Nordstadt');
    expect(text).toContain('Angsträume in der Nordstadt');
    expect(text).toContain('„Straße“, Größe, Œuvre, 5 €');
    expect(text).toContain('Erste Zeile Zweite Zeile & <Rest>');
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info).toMatchObject({ Title: 'Sicherheitsaudit Nordstadt', Author: 'Lena Hartmann', Language: 'de-DE' });
  });

  it('wraps long text over several PDF pages', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Absatz ${i + 1}: Der Kommunale Präventionsrat berät über Beleuchtung, Wegeführung und Nachbarschaftsarbeit im Quartier.`);
    const pdf = await getDocumentProxy(await pdfFile('Langer Bericht', long));
    expect(pdf.numPages).toBeGreaterThan(2);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Absatz 120:');
  });

  it('builds a DOCX that file-type detects and mammoth reads', async () => {
    const bytes = docxFile('Fragebogen Sicherheitsgefühl', blocks);
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'docx', mime: UPLOAD_TYPES.docx });
    expectWellFormedParts(bytes);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Fragebogen Sicherheitsgefühl');
    expect(value).toContain('„Straße“, Größe, Œuvre, 5 €');
    expect(value).toContain('Befragungsergebnisse');
    expect(value).toMatch(/Erste Zeile\s+Zweite Zeile & <Rest>/);
  });

  it('builds an ODT with its mimetype first and the text in content.xml', async () => {
    const bytes = odtFile('Präventionskonzept', blocks);
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'odt', mime: UPLOAD_TYPES.odt });
    expectMimetypeFirst(bytes, UPLOAD_TYPES.odt);
    const parts = expectWellFormedParts(bytes);
    expect(parts['content.xml']).toContain('Angsträume in der Nordstadt');
    expect(parts['meta.xml']).toContain('<dc:title>Präventionskonzept</dc:title>');
  });

  it('builds an XLSX whose cells hold the rows', async () => {
    const bytes = xlsxFile('Ergebnisse 2024', rows);
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'xlsx', mime: UPLOAD_TYPES.xlsx });
    const sheet = expectWellFormedParts(bytes)['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<c r="B2"><v>61.5</v></c>');
    expect(sheet).toContain('Übersicht; &quot;zitiert&quot;');
  });

  it('builds an XLSX with its text in shared strings, as Excel writes it', async () => {
    const bytes = xlsxFile('Ergebnisse 2024', rows, { sharedStrings: true });
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'xlsx', mime: UPLOAD_TYPES.xlsx });
    const parts = expectWellFormedParts(bytes);
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<c r="A2" t="s"><v>2</v></c>');
    expect(parts['xl/worksheets/sheet1.xml']).not.toContain('Nordstadt');
    expect(parts['xl/sharedStrings.xml']).toContain('count="5" uniqueCount="5"');
    expect(parts['xl/sharedStrings.xml']).toContain('<si><t xml:space="preserve">Übersicht; &quot;zitiert&quot;</t></si>');
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="sharedStrings.xml"');
    expect(parts['[Content_Types].xml']).toContain('PartName="/xl/sharedStrings.xml"');
  });

  it('builds an ODS with its mimetype first', async () => {
    const bytes = odsFile('Ergebnisse', rows);
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'ods', mime: UPLOAD_TYPES.ods });
    expectMimetypeFirst(bytes, UPLOAD_TYPES.ods);
    expect(expectWellFormedParts(bytes)['content.xml']).toContain('office:value="61.5"');
  });

  it('builds a PPTX with one slide part per slide', async () => {
    const bytes = pptxFile(slides);
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'pptx', mime: UPLOAD_TYPES.pptx });
    const parts = expectWellFormedParts(bytes);
    expect(parts['ppt/slides/slide1.xml']).toContain('Sichtachsen öffnen');
    expect(parts['ppt/slides/slide2.xml']).toContain('Begehung im Mai &amp; Juni');
  });

  it('builds an ODP with its mimetype first', async () => {
    const bytes = odpFile(slides);
    expect(await fileTypeFromBuffer(bytes)).toEqual({ ext: 'odp', mime: UPLOAD_TYPES.odp });
    expectMimetypeFirst(bytes, UPLOAD_TYPES.odp);
    expect(expectWellFormedParts(bytes)['content.xml']).toContain('Nächste Schritte');
  });

  it('writes CSV with quoting, CRLF and a decimal comma under the semicolon separator', async () => {
    expect(new TextDecoder().decode(csvFile(rows))).toBe('Stadtteil,Anteil „sicher“ (%)\r\nNordstadt,61.5\r\nSüdstadt,72\r\n,"Übersicht; ""zitiert"""\r\n');
    expect(new TextDecoder().decode(csvFile(rows.slice(1, 2), { separator: ';' }))).toBe('Nordstadt;61,5\r\n');
    // text has no magic bytes: file-type finds nothing, the upload checks the extension and the text
    expect(await fileTypeFromBuffer(csvFile(rows))).toBeUndefined();
  });

  it('writes text as UTF-8', () => {
    expect(new TextDecoder('utf-8', { fatal: true }).decode(txtFile('Größe ß'))).toBe('Größe ß');
  });

  it('builds PNGs that file-type detects', async () => {
    expect(await fileTypeFromBuffer(pngFile(3, 2, [200, 40, 40]))).toEqual({ ext: 'png', mime: UPLOAD_TYPES.png });
    const chart = barChartPng([61, 72, 48], { width: 300, height: 200 });
    expect(await fileTypeFromBuffer(chart)).toEqual({ ext: 'png', mime: UPLOAD_TYPES.png });
    expect(new DataView(chart.buffer).getUint32(16)).toBe(300);
  });

  it('gives the same bytes for the same arguments', async () => {
    expect(await pdfFile('Gleich', blocks)).toEqual(await pdfFile('Gleich', blocks));
    expect(docxFile('Gleich', blocks)).toEqual(docxFile('Gleich', blocks));
    expect(odpFile(slides)).toEqual(odpFile(slides));
  });
});

describe('demo documents', () => {
  it('refer to demo users, cities, categories and threads that exist', () => {
    const keys = new Set(demoDocuments.map((d) => d.key));
    expect(keys.size).toBe(demoDocuments.length);
    for (const d of demoDocuments) {
      expect(demoUsers.some((u) => u.key === d.ownerKey && u.status === 'active'), d.key).toBe(true);
      expect(demoCities.some((c) => c.slug === d.citySlug), d.key).toBe(true);
      expect(d.topics.length, d.key).toBeGreaterThan(0);
      for (const topic of d.topics) expect(demoCategories.some((c) => c.slug === topic), `${d.key}: ${topic}`).toBe(true);
      if (d.linkedThreadTitle) expect(demoThreads.some((t) => t.title === d.linkedThreadTitle), d.key).toBe(true);
    }
    expect(demoDocuments.filter((d) => d.visibility === 'public').length).toBeGreaterThanOrEqual(3);
  });

  it('build into files whose sniffed type is the one their extension promises', async () => {
    for (const d of demoDocuments) {
      const ext = d.filename.slice(d.filename.lastIndexOf('.') + 1) as UploadExtension;
      expect(UPLOAD_TYPES[ext], d.filename).toBeDefined();
      const sniffed = await fileTypeFromBuffer(await d.build());
      if (ext === 'csv' || ext === 'txt') expect(sniffed, d.filename).toBeUndefined();
      else expect(sniffed?.mime, d.filename).toBe(UPLOAD_TYPES[ext]);
    }
  });
});
