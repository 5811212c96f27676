/**
 * Small, real files built in memory: the demo library's documents and the fixtures of upload,
 * extraction and benchmark tests. Each is valid for its format (file-type sniffs it, LibreOffice
 * opens it) and as small as the format allows. Output is deterministic: the same arguments give
 * the same bytes (and so the same SHA-256) — vary the text when a test needs distinct files.
 */
export type { Cell, FileMeta, Slide, TextBlock } from './content.ts';
export { docxFile } from './docx.ts';
export { odfPackage, odpFile, odsFile, odtFile } from './odf.ts';
export { pdfFile } from './pdf.ts';
export { barChartPng, pngFile, type Rgb } from './png.ts';
export { pptxFile } from './pptx.ts';
export { csvFile, txtFile } from './text.ts';
export { xlsxFile } from './xlsx.ts';
