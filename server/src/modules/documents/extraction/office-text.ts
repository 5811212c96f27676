import { type UnzipFileInfo, unzipSync } from 'fflate';

/**
 * Uploads are zip archives a stranger built: their declared sizes decide how much we inflate.
 * fflate inflates each part into a buffer of exactly its declared size, so this cap bounds memory
 * even when the archive lies about its sizes (the extraction's timeout bounds the time).
 */
export const ZIP_INFLATE_MAX = 50 * 1024 * 1024;

/** The parts whose names pass `wanted`, as text; refuses before inflating when they would be too large. */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const guard = sizeGuard();
  const parts = unzipSync(bytes, { filter: (file) => wanted(file.name) && guard(file) });
  const decoder = new TextDecoder();
  return new Map(Object.entries(parts).map(([name, data]) => [name, decoder.decode(data)]));
}

/** For archives another library inflates (mammoth): the same limit over every part, nothing inflated here. */
export function assertZipWithinLimit(bytes: Uint8Array): void {
  const guard = sizeGuard();
  unzipSync(bytes, { filter: (file) => !guard(file) });
}

function sizeGuard() {
  let total = 0;
  return (file: UnzipFileInfo): true => {
    total += file.originalSize;
    if (total > ZIP_INFLATE_MAX) throw new Error('archive expands beyond the extraction limit');
    return true;
  };
}

interface TextRules {
  /** elements (local names) whose text counts, with everything nested in them */
  textIn: ReadonlySet<string>;
  /** elements whose text never counts, even inside a counted one */
  skip?: ReadonlySet<string>;
  /** what the end of an element (or its self-closing form) adds: paragraphs end a line, cells a field */
  breaks: Readonly<Record<string, string>>;
}

// CDATA | comment | declaration or processing instruction | tag (quoted attribute values may hold '>') | character data
const XML_TOKEN = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([^\s/>]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|([^<]+)/g;

/**
 * The text of an XML part by a few rules per format. Elements match by local name: generators
 * disagree on prefixes (`a:t`, `x:t`, `t`), not on the names.
 */
function xmlText(xml: string, rules: TextRules): string {
  const out: string[] = [];
  let inside = 0;
  let skipped = 0;
  for (const [, cdata, closing, qname, selfClosing, chars] of xml.matchAll(XML_TOKEN)) {
    if (qname === undefined) {
      const text = cdata ?? (chars === undefined ? undefined : decodeEntities(chars));
      if (text && inside > 0 && skipped === 0) out.push(text);
      continue;
    }
    const name = qname.slice(qname.indexOf(':') + 1);
    if (!selfClosing) {
      const step = closing ? -1 : 1;
      if (rules.textIn.has(name)) inside = Math.max(0, inside + step);
      if (rules.skip?.has(name)) skipped = Math.max(0, skipped + step);
    }
    const separator = rules.breaks[name];
    if (separator && (closing || selfClosing)) out.push(separator);
  }
  return out.join('');
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED_ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const ODF_RULES: TextRules = {
  textIn: new Set(['p', 'h']),
  breaks: { p: '\n', h: '\n', 'line-break': '\n', tab: '\t', s: ' ', 'table-cell': '\t', 'table-row': '\n' },
};

/** ODT, ODS and ODP keep their whole body in content.xml. */
export function odfText(bytes: Uint8Array): string {
  const content = readZipParts(bytes, (name) => name === 'content.xml').get('content.xml');
  if (content === undefined) throw new Error('not an OpenDocument file: content.xml is missing');
  return xmlText(content, ODF_RULES);
}

const PPTX_RULES: TextRules = { textIn: new Set(['t']), breaks: { p: '\n', br: '\n', tc: '\t' } };
const SLIDE_PART = /^ppt\/slides\/slide(\d+)\.xml$/;

/** The slides' text in slide order (slide2 before slide10); notes and masters are left out. */
export function pptxText(bytes: Uint8Array): string {
  const slides = [...readZipParts(bytes, (name) => SLIDE_PART.test(name))];
  const number = (name: string) => Number(SLIDE_PART.exec(name)![1]);
  slides.sort(([a], [b]) => number(a) - number(b));
  return slides.map(([, xml]) => xmlText(xml, PPTX_RULES)).join('\n\n');
}

/** Shared strings hold most cell text; some writers put strings inline in the sheets. `rPh` is a phonetic guide. */
const XLSX_RULES: TextRules = { textIn: new Set(['t']), skip: new Set(['rPh']), breaks: { si: '\n', is: '\n' } };
const XLSX_TEXT_PART = /^xl\/(sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

export function xlsxText(bytes: Uint8Array): string {
  const parts = readZipParts(bytes, (name) => XLSX_TEXT_PART.test(name));
  return [...parts.values()].map((xml) => xmlText(xml, XLSX_RULES)).join('\n');
}
