/**
 * Questions, answers and chat are plain text, shown escaped and never as HTML or Markdown. What
 * is removed here could still mislead a reader: control characters, and the bidirectional
 * overrides that make a text display differently from what it says. Runs of blank lines shrink to one.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function plainText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
