import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

// Small but well-formed files of every extractable type, built in the tests rather than committed as blobs.

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const zip = (parts: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])) as Zippable);

/** One page per string, Helvetica (WinAnsi covers ä ö ü ß). */
export async function pdfFile(pages: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) pdf.addPage().drawText(text, { font, size: 12, x: 50, y: 700 });
  return pdf.save();
}

function ooxml(contentTypes: string, mainPart: string, parts: Record<string, string>): Uint8Array {
  return zip({
    '[Content_Types].xml': `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${contentTypes}</Types>`,
    '_rels/.rels': `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
    ...parts,
  });
}

export function docxFile(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return ooxml(
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    'word/document.xml',
    {
      'word/document.xml': `${xmlHead}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  );
}

/** Cells of the first row as shared strings, of the second as inline strings (both occur in the wild). */
export function xlsxFile(shared: string[], inline: string[]): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const col = (i: number) => String.fromCharCode(65 + i);
  const sharedCells = shared.map((_, i) => `<c r="${col(i)}1" t="s"><v>${i}</v></c>`).join('');
  const inlineCells = inline.map((s, i) => `<c r="${col(i)}2" t="inlineStr"><is><t>${esc(s)}</t></is></c>`).join('');
  return ooxml(
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    'xl/workbook.xml',
    {
      'xl/workbook.xml': `${xmlHead}<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': `${xmlHead}<worksheet ${ns}><sheetData><row r="1">${sharedCells}</row><row r="2">${inlineCells}</row></sheetData></worksheet>`,
      'xl/sharedStrings.xml': `${xmlHead}<sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
    },
  );
}

/** Slides as lists of paragraphs; only the parts text extraction reads (no masters or layouts). */
export function pptxFile(slides: string[][]): Uint8Array {
  const ns =
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
  const slide = (paragraphs: string[]) =>
    `${xmlHead}<p:sld ${ns}><p:cSld><p:spTree><p:sp><p:txBody>${paragraphs.map((t) => `<a:p><a:r><a:t>${esc(t)}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
  return ooxml(
    '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
    'ppt/presentation.xml',
    {
      'ppt/presentation.xml': `${xmlHead}<p:presentation ${ns}/>`,
      ...Object.fromEntries(slides.map((paragraphs, i) => [`ppt/slides/slide${i + 1}.xml`, slide(paragraphs)])),
    },
  );
}

const ODF_KINDS = { text: 'odt', spreadsheet: 'ods', presentation: 'odp' } as const;

/** An OpenDocument package around raw office:body content. */
export function odfFile(kind: keyof typeof ODF_KINDS, bodyXml: string): Uint8Array {
  const mime = `application/vnd.oasis.opendocument.${kind}`;
  const ns = [
    'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
    'presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
  ]
    .map((n) => `xmlns:${n}`)
    .join(' ');
  return zipSync({
    // the spec wants the mimetype first and stored uncompressed
    mimetype: [strToU8(mime), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      `${xmlHead}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    'content.xml': strToU8(
      `${xmlHead}<office:document-content ${ns} office:version="1.3"><office:body><office:${kind}>${bodyXml}</office:${kind}></office:body></office:document-content>`,
    ),
  });
}

export const odtFile = (paragraphs: string[]) =>
  odfFile('text', paragraphs.map((p) => `<text:p>${esc(p)}</text:p>`).join(''));

export const odsFile = (rows: string[][]) =>
  odfFile(
    'spreadsheet',
    `<table:table table:name="Tabelle1">${rows
      .map((cells) => `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`)
      .join('')}</table:table>`,
  );

export const odpFile = (slides: string[][]) =>
  odfFile(
    'presentation',
    slides
      .map(
        (paragraphs, i) =>
          `<draw:page draw:name="Folie${i + 1}"><draw:frame><draw:text-box>${paragraphs.map((p) => `<text:p>${esc(p)}</text:p>`).join('')}</draw:text-box></draw:frame></draw:page>`,
      )
      .join(''),
  );
