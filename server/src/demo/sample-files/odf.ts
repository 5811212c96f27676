import { type Cell, type FileMeta, type Slide, type TextBlock, columnWidths, resolveMeta } from './content.ts';
import { XML, esc, zip } from './zip-xml.ts';

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

/**
 * An ODF package: `mimetype` first and stored, then manifest, meta, styles and content. `parts` are
 * the inner XML of office:document-styles and office:document-content, so tests can package markup
 * the builders below never write.
 */
export function odfPackage(kind: 'text' | 'spreadsheet' | 'presentation', title: string, meta: FileMeta, parts: { styles: string; content: string }): Uint8Array {
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
  return odfPackage('text', title, meta, {
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
  return odfPackage('spreadsheet', sheetName, meta, {
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
  return odfPackage('presentation', slides[0]?.title ?? '', meta, {
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
