import { type Zippable, zipSync, zlibSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { PDFDocument, type PDFFont, StandardFonts, rgb } from 'pdf-lib';

/**
 * Small, real files built in memory: the demo library's documents and the fixtures of upload,
 * extraction and benchmark tests. Each is valid for its format (file-type sniffs it, LibreOffice
 * opens it) and as small as the format allows. Output is deterministic: the same arguments give
 * the same bytes (and so the same SHA-256) — vary the text when a test needs distinct files.
 */

/** A paragraph of body text ("\n" starts a new line), or a subheading. */
export type TextBlock = string | { heading: string };
/** A spreadsheet or CSV cell; null leaves it empty. */
export type Cell = string | number | null;
export interface Slide {
  title: string;
  bullets: string[];
}
export type Rgb = readonly [r: number, g: number, b: number];

/** Document properties written into the file (PDF Info, OOXML core.xml, ODF meta.xml). */
export interface FileMeta {
  /** defaults to the document's title, the sheet name or the first slide's title */
  title?: string;
  author?: string;
  /** BCP 47, e.g. 'de-DE' */
  language?: string;
  /** creation date; fixed by default so that the bytes are reproducible */
  date?: Date;
}

const DEFAULT_DATE = new Date(Date.UTC(2025, 0, 1));
const DEFAULTS = { author: 'Praxisnetz', language: 'de-DE' };

const encoder = new TextEncoder();

export const txtFile = (text: string): Uint8Array => encoder.encode(text);

/**
 * RFC 4180 CSV with CRLF line ends. With `separator: ';'` (what German spreadsheets expect)
 * numbers are written with a decimal comma.
 */
export function csvFile(rows: Cell[][], { separator = ',' }: { separator?: ',' | ';' } = {}): Uint8Array {
  const field = (cell: Cell) => {
    const text = cell === null ? '' : typeof cell === 'number' && separator === ';' ? String(cell).replace('.', ',') : String(cell);
    return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return encoder.encode(rows.map((row) => row.map(field).join(separator) + '\r\n').join(''));
}

// ── PDF ────────────────────────────────────────────────────────────────────────────────────────

const A4 = [595.28, 841.89] as const;
const MARGIN = 64;

/**
 * An A4 PDF set in Helvetica: title, subheadings and wrapped paragraphs over as many pages as
 * needed, with page numbers. Characters outside WinAnsi (which covers German and French) are
 * replaced by their base letter or '?'. Async because pdf-lib saves asynchronously.
 */
export async function pdfFile(title: string, blocks: TextBlock[], meta: FileMeta = {}): Promise<Uint8Array> {
  const { author, language, date } = resolveMeta(meta);
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title ?? title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setLanguage(language);
  doc.setCreator('Praxisnetz');
  doc.setProducer('Praxisnetz');
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const winAnsi = new Set(regular.getCharacterSet());
  const width = A4[0] - 2 * MARGIN;

  let page = doc.addPage([...A4]);
  let y = A4[1] - MARGIN;
  const line = (text: string, font: PDFFont, size: number, before = 0) => {
    const height = size * 1.4;
    if (y - before - height < MARGIN) {
      page = doc.addPage([...A4]);
      y = A4[1] - MARGIN;
    } else y -= before;
    y -= height;
    page.drawText(text, { x: MARGIN, y: y + size * 0.3, size, font, color: rgb(0.1, 0.1, 0.12) });
  };
  const paragraph = (text: string, font: PDFFont, size: number, before: number) => {
    text.split('\n').forEach((part, i) => {
      wrap(winAnsiText(part, winAnsi), font, size, width).forEach((l, j) => line(l, font, size, i + j === 0 ? before : 0));
    });
  };

  paragraph(title, bold, 18, 0);
  for (const block of blocks) {
    if (typeof block === 'string') paragraph(block, regular, 10.5, 6);
    else paragraph(block.heading, bold, 12.5, 12);
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const label = `${i + 1} / ${pages.length}`;
    p.drawText(label, { x: A4[0] - MARGIN - regular.widthOfTextAtSize(label, 9), y: MARGIN / 2, size: 9, font: regular, color: rgb(0.4, 0.4, 0.45) });
  });
  return doc.save();
}

/** Greedy word wrap; a word wider than the line is cut. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (font.widthOfTextAtSize(current, size) > width) {
      let cut = current.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(current.slice(0, cut), size) > width) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  return current || lines.length === 0 ? [...lines, current] : lines;
}

const WINANSI_STAND_INS: Record<string, string> = { '\t': '    ', ı: 'i', '≥': '>=', '≤': '<=', '→': '->', '−': '-', '\u2009': ' ', '\u202f': ' ' };

function winAnsiText(text: string, charset: Set<number>): string {
  let out = '';
  for (const ch of text) {
    if (charset.has(ch.codePointAt(0)!)) out += ch;
    else if (WINANSI_STAND_INS[ch] !== undefined) out += WINANSI_STAND_INS[ch];
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => charset.has(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

// ── Zip containers ─────────────────────────────────────────────────────────────────────────────

function resolveMeta(meta: FileMeta) {
  return { author: meta.author ?? DEFAULTS.author, language: meta.language ?? DEFAULTS.language, date: meta.date ?? DEFAULT_DATE };
}

/** Entries in the given order; `stored` ones uncompressed (ODF's `mimetype` must be first and stored). */
function zip(entries: [name: string, content: string, stored?: boolean][], date: Date): Uint8Array {
  const files: Zippable = {};
  for (const [name, content, stored] of entries) files[name] = [encoder.encode(content), { level: stored ? 0 : 6 }];
  return zipSync(files, { mtime: date });
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML and drops the control characters XML 1.0 forbids. */
function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

// ── OOXML (docx, xlsx, pptx) ───────────────────────────────────────────────────────────────────

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OOXML_CT = 'application/vnd.openxmlformats-officedocument';

/** [Content_Types].xml: the main part's override comes first, which is what file-type reads. */
function contentTypes(overrides: [part: string, type: string][]): string {
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}

function relationships(rels: [type: string, target: string][]): string {
  return (
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type.startsWith('http') ? type : `${REL}/${type}`}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

function packageRels(mainPart: string): string {
  return relationships([
    ['officeDocument', mainPart],
    ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ]);
}

function coreProps(title: string, meta: FileMeta): string {
  const { author, language, date } = resolveMeta(meta);
  const when = date.toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(meta.title ?? title)}</dc:title><dc:creator>${esc(author)}</dc:creator><dc:language>${esc(language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document: title, subheadings (Heading 1) and paragraphs on A4. mammoth reads it. */
export function docxFile(title: string, blocks: TextBlock[], meta: FileMeta = {}): Uint8Array {
  const { language, date } = resolveMeta(meta);
  // Lines of one block are paragraphs without spacing between them rather than <w:br/>, which
  // text extractors (mammoth) drop, gluing the last word of a line to the first of the next.
  const para = (text: string, style?: string) =>
    text
      .split('\n')
      .map((line, i, lines) => {
        const pPr = (style ? `<w:pStyle w:val="${style}"/>` : '') + (i < lines.length - 1 ? '<w:spacing w:after="0"/>' : '');
        return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`;
      })
      .join('');
  const body = [para(title, 'Title'), ...blocks.map((b) => (typeof b === 'string' ? para(b) : para(b.heading, 'Heading1')))].join('');
  const style = (id: string, name: string, rPr: string, pPr = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${pPr}<w:rPr>${rPr}</w:rPr></w:style>`;
  return zip(
    [
      ['[Content_Types].xml', contentTypes([['word/document.xml', `${OOXML_CT}.wordprocessingml.document.main+xml`], ['word/styles.xml', `${OOXML_CT}.wordprocessingml.styles+xml`]])],
      ['_rels/.rels', packageRels('word/document.xml')],
      ['docProps/core.xml', coreProps(title, meta)],
      ['word/_rels/document.xml.rels', relationships([['styles', 'styles.xml']])],
      [
        'word/document.xml',
        `${XML}<w:document ${W}><w:body>${body}` +
          '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
          '</w:body></w:document>',
      ],
      [
        'word/styles.xml',
        `${XML}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="${esc(language)}"/></w:rPr></w:rPrDefault>` +
          '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
          style('Title', 'Title', '<w:b/><w:sz w:val="40"/>', '<w:pPr><w:spacing w:after="240"/></w:pPr>') +
          style('Heading1', 'heading 1', '<w:b/><w:sz w:val="28"/>', '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>') +
          '</w:styles>',
      ],
    ],
    date,
  );
}

const SML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A one-sheet Excel workbook; the first row is set bold as the header. */
export function xlsxFile(sheetName: string, rows: Cell[][], meta: FileMeta = {}): Uint8Array {
  const name = sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
  const cell = (value: Cell, r: number, c: number) => {
    const ref = `${columnName(c)}${r + 1}`;
    const style = r === 0 ? ' s="1"' : '';
    if (value === null) return '';
    if (typeof value === 'number') return `<c r="${ref}"${style}><v>${value}</v></c>`;
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
  };
  const widths = columnWidths(rows);
  const sheet =
    `${XML}<worksheet ${SML}>` +
    (widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '') +
    `<sheetData>${rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  return zip(
    [
      [
        '[Content_Types].xml',
        contentTypes([
          ['xl/workbook.xml', `${OOXML_CT}.spreadsheetml.sheet.main+xml`],
          ['xl/worksheets/sheet1.xml', `${OOXML_CT}.spreadsheetml.worksheet+xml`],
          ['xl/styles.xml', `${OOXML_CT}.spreadsheetml.styles+xml`],
        ]),
      ],
      ['_rels/.rels', packageRels('xl/workbook.xml')],
      ['docProps/core.xml', coreProps(name, meta)],
      ['xl/_rels/workbook.xml.rels', relationships([['worksheet', 'worksheets/sheet1.xml'], ['styles', 'styles.xml']])],
      ['xl/workbook.xml', `${XML}<workbook ${SML} xmlns:r="${REL}"><sheets><sheet name="${esc(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
      ['xl/worksheets/sheet1.xml', sheet],
      [
        'xl/styles.xml',
        `${XML}<styleSheet ${SML}><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
      ],
    ],
    resolveMeta(meta).date,
  );
}

/** A, B, …, Z, AA, AB, … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Column widths in characters, from the longest value per column; one-cell rows (notes) may overflow. */
function columnWidths(rows: Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows.filter((r) => r.length > 1)) row.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 8, Math.min(40, String(v ?? '').length + 2))));
  return widths;
}

const PML = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`;
const SLIDE_W = 12192000;
const SLIDE_H = 6858000;
const CLR_MAP = 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';
const GROUP_PROPS =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

/** The title and content placeholders of master ('body' in a master), layout and slides; `paragraphs` only on slides. */
function placeholder(kind: 'title' | 'content' | 'body', paragraphs = '<a:p><a:endParaRPr/></a:p>'): string {
  const ph = { title: '<p:ph type="title"/>', content: '<p:ph idx="1"/>', body: '<p:ph type="body" idx="1"/>' }[kind];
  const [id, y, cy] = kind === 'title' ? [2, 457200, 1143000] : [3, 1752600, 4572000];
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${kind === 'title' ? 'Title' : 'Content'} ${id - 1}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="609600" y="${y}"/><a:ext cx="${SLIDE_W - 2 * 609600}" cy="${cy}"/></a:xfrm></p:spPr>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody></p:sp>`
  );
}

const THEME =
  `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Praxisnetz"><a:themeElements>` +
  '<a:clrScheme name="Praxisnetz"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="1F3A5F"/></a:dk2><a:lt2><a:srgbClr val="EEF2F6"/></a:lt2>' +
  ['2E6DA4', 'D9822B', '4F9D69', 'A23B72', '6C757D', 'F2C14E'].map((c, i) => `<a:accent${i + 1}><a:srgbClr val="${c}"/></a:accent${i + 1}>`).join('') +
  '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>' +
  '<a:fontScheme name="Praxisnetz">' +
  ['major', 'minor'].map((k) => `<a:${k}Font><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:${k}Font>`).join('') +
  '</a:fontScheme><a:fmtScheme name="Praxisnetz">' +
  `<a:fillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${'<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'.repeat(3)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements></a:theme>';

/** A 16:9 PowerPoint presentation: one slide per entry, a title and a bulleted list each. */
export function pptxFile(slides: Slide[], meta: FileMeta = {}): Uint8Array {
  const { language, date } = resolveMeta(meta);
  const run = (text: string, size: number, bold = false) => `<a:r><a:rPr lang="${esc(language)}" sz="${size}"${bold ? ' b="1"' : ''}/><a:t>${esc(text)}</a:t></a:r>`;
  const slideXml = (s: Slide) =>
    `${XML}<p:sld ${PML}><p:cSld><p:spTree>${GROUP_PROPS}` +
    placeholder('title', `<a:p>${run(s.title, 3200, true)}</a:p>`) +
    placeholder(
      'content',
      (s.bullets.length ? s.bullets : ['']).map((b) => `<a:p><a:pPr marL="342900" indent="-342900"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>${run(b, 2000)}</a:p>`).join(''),
    ) +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>';
  const shapes = (content: 'content' | 'body') => `<p:spTree>${GROUP_PROPS}${placeholder('title')}${placeholder(content)}</p:spTree>`;
  const slideParts = slides.map((_, i) => `ppt/slides/slide${i + 1}.xml`);
  return zip(
    [
      [
        '[Content_Types].xml',
        contentTypes([
          ['ppt/presentation.xml', `${OOXML_CT}.presentationml.presentation.main+xml`],
          ['ppt/slideMasters/slideMaster1.xml', `${OOXML_CT}.presentationml.slideMaster+xml`],
          ['ppt/slideLayouts/slideLayout1.xml', `${OOXML_CT}.presentationml.slideLayout+xml`],
          ['ppt/theme/theme1.xml', `${OOXML_CT}.theme+xml`],
          ...slideParts.map((part): [string, string] => [part, `${OOXML_CT}.presentationml.slide+xml`]),
        ]),
      ],
      ['_rels/.rels', packageRels('ppt/presentation.xml')],
      ['docProps/core.xml', coreProps(slides[0]?.title ?? '', meta)],
      [
        'ppt/_rels/presentation.xml.rels',
        relationships([['slideMaster', 'slideMasters/slideMaster1.xml'], ['theme', 'theme/theme1.xml'], ...slideParts.map((_, i): [string, string] => ['slide', `slides/slide${i + 1}.xml`])]),
      ],
      [
        'ppt/presentation.xml',
        `${XML}<p:presentation ${PML}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
          `<p:sldIdLst>${slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 3}"/>`).join('')}</p:sldIdLst>` +
          `<p:sldSz cx="${SLIDE_W}" cy="${SLIDE_H}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
      ],
      ['ppt/slideMasters/_rels/slideMaster1.xml.rels', relationships([['slideLayout', '../slideLayouts/slideLayout1.xml'], ['theme', '../theme/theme1.xml']])],
      [
        'ppt/slideMasters/slideMaster1.xml',
        `${XML}<p:sldMaster ${PML}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>${shapes('body')}</p:cSld>` +
          `<p:clrMap ${CLR_MAP}/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
      ],
      ['ppt/slideLayouts/_rels/slideLayout1.xml.rels', relationships([['slideMaster', '../slideMasters/slideMaster1.xml']])],
      ['ppt/slideLayouts/slideLayout1.xml', `${XML}<p:sldLayout ${PML} type="obj" preserve="1"><p:cSld name="Title and Content">${shapes('content')}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`],
      ['ppt/theme/theme1.xml', THEME],
      ...slides.flatMap((s, i): [string, string][] => [
        [`ppt/slides/_rels/slide${i + 1}.xml.rels`, relationships([['slideLayout', '../slideLayouts/slideLayout1.xml']])],
        [`ppt/slides/slide${i + 1}.xml`, slideXml(s)],
      ]),
    ],
    date,
  );
}

// ── OpenDocument (odt, ods, odp) ───────────────────────────────────────────────────────────────

const ODF_NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
  'meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'dc="http://purl.org/dc/elements/1.1/"',
]
  .map((ns) => `xmlns:${ns}`)
  .join(' ');
const ODF_MIME = 'application/vnd.oasis.opendocument';

/** An ODF package: `mimetype` first and stored, then manifest, meta, styles and content. */
function odf(kind: 'text' | 'spreadsheet' | 'presentation', title: string, meta: FileMeta, parts: { styles: string; content: string }): Uint8Array {
  const { author, language, date } = resolveMeta(meta);
  const mime = `${ODF_MIME}.${kind}`;
  const when = date.toISOString().replace(/\.\d+Z$/, '');
  const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return zip(
    [
      ['mimetype', mime, true],
      [
        'META-INF/manifest.xml',
        `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
          `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mime}"/>` +
          entry('content.xml', 'text/xml') +
          entry('styles.xml', 'text/xml') +
          entry('meta.xml', 'text/xml') +
          '</manifest:manifest>',
      ],
      [
        'meta.xml',
        `${XML}<office:document-meta ${ODF_NS} office:version="1.3"><office:meta><dc:title>${esc(meta.title ?? title)}</dc:title>` +
          `<meta:initial-creator>${esc(author)}</meta:initial-creator><dc:creator>${esc(author)}</dc:creator><dc:language>${esc(language)}</dc:language>` +
          `<meta:creation-date>${when}</meta:creation-date><dc:date>${when}</dc:date></office:meta></office:document-meta>`,
      ],
      ['styles.xml', `${XML}<office:document-styles ${ODF_NS} office:version="1.3">${parts.styles}</office:document-styles>`],
      ['content.xml', `${XML}<office:document-content ${ODF_NS} office:version="1.3">${parts.content}</office:document-content>`],
    ],
    date,
  );
}

const paragraphStyle = (name: string, size: string, bold: boolean, extra = '') =>
  `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties ${extra}/>` +
  `<style:text-properties fo:font-size="${size}"${bold ? ' fo:font-weight="bold"' : ''}/></style:style>`;

const odfLines = (text: string) => text.split('\n').map(esc).join('<text:line-break/>');

/** An OpenDocument text: title, subheadings and paragraphs on A4. */
export function odtFile(title: string, blocks: TextBlock[], meta: FileMeta = {}): Uint8Array {
  const body = blocks.map((b) =>
    typeof b === 'string' ? `<text:p text:style-name="Body">${odfLines(b)}</text:p>` : `<text:h text:style-name="Heading" text:outline-level="2">${odfLines(b.heading)}</text:h>`,
  );
  return odf('text', title, meta, {
    styles:
      '<office:styles>' +
      paragraphStyle('Title', '20pt', true, 'fo:margin-bottom="0.4cm"') +
      paragraphStyle('Heading', '14pt', true, 'fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"') +
      paragraphStyle('Body', '11pt', false, 'fo:margin-bottom="0.25cm"') +
      '</office:styles><office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>' +
      '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>',
    content: `<office:body><office:text><text:h text:style-name="Title" text:outline-level="1">${odfLines(title)}</text:h>${body.join('')}</office:text></office:body>`,
  });
}

/** An OpenDocument spreadsheet with one table; numbers are stored as numbers, the first row is set bold. */
export function odsFile(sheetName: string, rows: Cell[][], meta: FileMeta = {}): Uint8Array {
  const widths = columnWidths(rows);
  const cell = (v: Cell, header: boolean) => {
    const style = header ? ' table:style-name="Header"' : '';
    if (v === null) return `<table:table-cell${style}/>`;
    if (typeof v === 'number') return `<table:table-cell${style} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    return `<table:table-cell${style} office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
  };
  // a row needs at least one cell
  const table = rows.map((row, r) => `<table:table-row>${(row.length ? row : [null]).map((v) => cell(v, r === 0)).join('')}</table:table-row>`).join('');
  return odf('spreadsheet', sheetName, meta, {
    styles: '',
    content:
      '<office:automatic-styles><style:style style:name="Header" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>' +
      widths.map((w, i) => `<style:style style:name="co${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.18).toFixed(2)}cm"/></style:style>`).join('') +
      `</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="${esc(sheetName)}">` +
      (widths.length ? widths.map((_, i) => `<table:table-column table:style-name="co${i + 1}"/>`).join('') : '<table:table-column/>') +
      `${table}</table:table></office:spreadsheet></office:body>`,
  });
}

/** An OpenDocument presentation (16:9): one page per slide, a title and a bulleted list each. */
export function odpFile(slides: Slide[], meta: FileMeta = {}): Uint8Array {
  const frame = (cls: string, y: number, h: number, inner: string) =>
    `<draw:frame presentation:style-name="Frame" presentation:class="${cls}" svg:x="1.5cm" svg:y="${y}cm" svg:width="25cm" svg:height="${h}cm"><draw:text-box>${inner}</draw:text-box></draw:frame>`;
  const pages = slides.map(
    (s, i) =>
      `<draw:page draw:name="page${i + 1}" draw:master-page-name="Default">` +
      frame('title', 0.8, 2.5, `<text:p text:style-name="SlideTitle">${esc(s.title)}</text:p>`) +
      frame('outline', 3.8, 10.5, `<text:list text:style-name="Bullets">${s.bullets.map((b) => `<text:list-item><text:p text:style-name="SlideText">${esc(b)}</text:p></text:list-item>`).join('')}</text:list>`) +
      '</draw:page>',
  );
  return odf('presentation', slides[0]?.title ?? '', meta, {
    styles:
      '<office:automatic-styles><style:page-layout style:name="Screen"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout></office:automatic-styles>' +
      '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="Screen"/></office:master-styles>',
    content:
      '<office:automatic-styles><style:style style:name="Frame" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none"/></style:style>' +
      paragraphStyle('SlideTitle', '32pt', true) +
      paragraphStyle('SlideText', '20pt', false, 'fo:margin-bottom="0.2cm"') +
      '<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.8cm"/><style:text-properties fo:font-family="OpenSymbol" fo:font-size="100%"/></text:list-level-style-bullet></text:list-style>' +
      `</office:automatic-styles><office:body><office:presentation>${pages.join('')}</office:presentation></office:body>`,
  });
}

// ── PNG ────────────────────────────────────────────────────────────────────────────────────────

/** An RGB PNG, one colour or painted per pixel. */
export function pngFile(width: number, height: number, paint: Rgb | ((x: number, y: number) => Rgb)): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0, i = 0; y < height; y++) {
    raw[i++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = typeof paint === 'function' ? paint(x, y) : paint;
      raw[i++] = r;
      raw[i++] = g;
      raw[i++] = b;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, no filter set, no interlace
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

const BAR_COLOURS: Rgb[] = [
  [46, 109, 164],
  [217, 130, 43],
  [79, 157, 105],
  [162, 59, 114],
  [108, 117, 125],
];

/** A bar chart without labels (the document around it names the bars): bars scaled to the largest value, grid lines at quarters. */
export function barChartPng(values: number[], { width = 640, height = 360, colours = BAR_COLOURS }: { width?: number; height?: number; colours?: Rgb[] } = {}): Uint8Array {
  const pad = 32;
  const max = Math.max(...values, 1e-9);
  const plotH = height - 2 * pad;
  const slot = (width - 2 * pad) / Math.max(values.length, 1);
  return pngFile(width, height, (x, y) => {
    const fromBottom = height - pad - y;
    if (x >= pad && x < width - pad && fromBottom >= 0 && fromBottom <= plotH) {
      const bar = Math.floor((x - pad) / slot);
      const inBar = (x - pad) % slot >= slot * 0.15 && (x - pad) % slot < slot * 0.85;
      if (inBar && fromBottom < (values[bar]! / max) * plotH) return colours[bar % colours.length]!;
      if (fromBottom === 0 || x === pad) return [60, 60, 60];
      if (fromBottom % Math.round(plotH / 4) === 0) return [220, 224, 230];
    }
    return [255, 255, 255];
  });
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(encoder.encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
