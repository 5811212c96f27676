import { type FileMeta, resolveMeta } from './content.ts';
import { XML, esc, zip } from './zip-xml.ts';

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const OOXML_CT = 'application/vnd.openxmlformats-officedocument';

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

export function relationships(rels: [type: string, target: string][]): string {
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

/** An OOXML package: content types (the first override names the main part), package relationships and core properties, then `parts`. */
export function ooxmlPackage(title: string, meta: FileMeta, overrides: [part: string, type: string][], parts: [name: string, content: string][]): Uint8Array {
  return zip(
    [['[Content_Types].xml', contentTypes(overrides)], ['_rels/.rels', packageRels(overrides[0]![0])], ['docProps/core.xml', coreProps(title, meta)], ...parts],
    resolveMeta(meta).date,
  );
}
