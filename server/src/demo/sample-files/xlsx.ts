import { type Cell, type FileMeta, columnWidths } from './content.ts';
import { OOXML_CT, REL, ooxmlPackage, relationships } from './ooxml-package.ts';
import { XML, esc } from './zip-xml.ts';

const SML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

export interface WorkbookOptions extends FileMeta {
  /** text cells in xl/sharedStrings.xml, as Excel writes them, rather than inline in the sheet */
  sharedStrings?: boolean;
}

/** A one-sheet Excel workbook; the first row is set bold as the header. */
export function xlsxFile(sheetName: string, rows: Cell[][], { sharedStrings = false, ...meta }: WorkbookOptions = {}): Uint8Array {
  const name = sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
  const sst = sharedStrings ? sharedStringTable(rows) : undefined;
  const sstType: [string, string][] = sst ? [['xl/sharedStrings.xml', `${OOXML_CT}.spreadsheetml.sharedStrings+xml`]] : [];
  const sstRel: [string, string][] = sst ? [['sharedStrings', 'sharedStrings.xml']] : [];
  const sstPart: [string, string][] = sst ? [['xl/sharedStrings.xml', sst.xml]] : [];
  const cell = (value: Cell, r: number, c: number) => {
    const ref = `${columnName(c)}${r + 1}`;
    const style = r === 0 ? ' s="1"' : '';
    if (value === null) return '';
    if (typeof value === 'number') return `<c r="${ref}"${style}><v>${value}</v></c>`;
    if (sst) return `<c r="${ref}"${style} t="s"><v>${sst.index.get(value)}</v></c>`;
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
  };
  const widths = columnWidths(rows);
  const sheet =
    `${XML}<worksheet ${SML}>` +
    (widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '') +
    `<sheetData>${rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, r, c)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  return ooxmlPackage(
    name,
    meta,
    [
      ['xl/workbook.xml', `${OOXML_CT}.spreadsheetml.sheet.main+xml`],
      ['xl/worksheets/sheet1.xml', `${OOXML_CT}.spreadsheetml.worksheet+xml`],
      ['xl/styles.xml', `${OOXML_CT}.spreadsheetml.styles+xml`],
      ...sstType,
    ],
    [
      ['xl/_rels/workbook.xml.rels', relationships([['worksheet', 'worksheets/sheet1.xml'], ['styles', 'styles.xml'], ...sstRel])],
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
      ...sstPart,
    ],
  );
}

/** Each distinct text once, which cells refer to by index. */
function sharedStringTable(rows: Cell[][]) {
  const texts = rows.flat().filter((v) => typeof v === 'string');
  const index = new Map<string, number>();
  for (const text of texts) if (!index.has(text)) index.set(text, index.size);
  const items = [...index.keys()].map((text) => `<si><t xml:space="preserve">${esc(text)}</t></si>`).join('');
  return { index, xml: `${XML}<sst ${SML} count="${texts.length}" uniqueCount="${index.size}">${items}</sst>` };
}

/** A, B, …, Z, AA, AB, … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
