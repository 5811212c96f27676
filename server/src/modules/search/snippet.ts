import { MARK } from './headline.sql.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  [MARK.lt]: '&lt;',
  [MARK.gt]: '&gt;',
  [MARK.start]: '<mark>',
  [MARK.stop]: '</mark>',
};
const SPECIAL = new RegExp(`[&<>"'${MARK.lt}${MARK.gt}${MARK.start}${MARK.stop}]`, 'g');

/**
 * A ts_headline result as safe HTML: the text escaped, its match markers as <mark>. The markers
 * were stripped from the source before the headline was taken, so every one comes from
 * ts_headline and they pair up; a marker left open at a cut is closed.
 */
export function toSnippet(headline: string | null): string {
  if (!headline) return '';
  const text = headline.replace(/\s+/g, ' ').trim();
  let open = false;
  const html = text.replace(SPECIAL, (c) => {
    if (c === MARK.start) {
      if (open) return '';
      open = true;
    } else if (c === MARK.stop) {
      if (!open) return '';
      open = false;
    }
    return ESCAPES[c]!;
  });
  return open ? `${html}</mark>` : html;
}
