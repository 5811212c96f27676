import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { Marked } from 'marked';
import { ValidationError } from './errors.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Raw HTML in a post is shown as typed, not interpreted: Markdown is the only markup.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: { html: ({ text }) => escapeHtml(text) },
});
// One window for the process, made at the first write: creating a jsdom costs ~40 ms, and jsdom
// itself some 30 MB that a node only reading (rendered Markdown is stored) never needs.
let purify: DOMPurify | undefined;
function purifier(): DOMPurify {
  if (purify) return purify;
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  purify = createDOMPurify(new JSDOM('').window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'nofollow noopener noreferrer');
    }
  });
  return purify;
}

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'a', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
];

/**
 * Markdown source to HTML that is safe to render as is. The shared schema bounds nesting first; a
 * text that still overflows the renderer's recursion is refused as the `body` field, never a 500.
 */
export function renderMarkdown(source: string): string {
  let html: string;
  try {
    html = marked.parse(source) as string;
  } catch (e) {
    if (e instanceof RangeError) throw ValidationError({ body: 'Nests too deeply to be shown.' });
    throw e;
  }
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'align', 'type', 'checked', 'disabled', 'start'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i,
  });
}
