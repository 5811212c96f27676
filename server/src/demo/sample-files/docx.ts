import { type FileMeta, type TextBlock, resolveMeta } from './content.ts';
import { OOXML_CT, ooxmlPackage, relationships } from './ooxml-package.ts';
import { XML, esc } from './zip-xml.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document: title, subheadings (Heading 1) and paragraphs on A4. mammoth reads it. */
export function docxFile(title: string, blocks: TextBlock[], meta: FileMeta = {}): Uint8Array {
  const { language } = resolveMeta(meta);
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
  return ooxmlPackage(
    title,
    meta,
    [
      ['word/document.xml', `${OOXML_CT}.wordprocessingml.document.main+xml`],
      ['word/styles.xml', `${OOXML_CT}.wordprocessingml.styles+xml`],
    ],
    [
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
  );
}
