import { PDFDocument, type PDFFont, StandardFonts, rgb } from 'pdf-lib';
import { type FileMeta, type TextBlock, resolveMeta } from './content.ts';

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
