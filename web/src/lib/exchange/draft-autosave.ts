/** How long the composer waits after the last keystroke before saving the draft. */
const DEBOUNCE_MS = 1500;

/**
 * Saves a composer's text as the member's draft on the server while they type (debounced), so it
 * survives a closed tab and follows them to another device; an emptied composer deletes it. Returns
 * `save(text)` to call on every change and `stop()` to cancel a pending save (after posting).
 */
export function draftAutosave(key: string, onSaved: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | undefined;
  async function flush(text: { body: string; title?: string }) {
    const serialized = JSON.stringify(text);
    if (serialized === last) return;
    last = serialized;
    const response = await fetch(`/api/drafts/${encodeURIComponent(key)}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: serialized,
    }).catch(() => null);
    if (response?.ok) onSaved();
  }
  return {
    save(text: { body: string; title?: string }) {
      clearTimeout(timer);
      timer = setTimeout(() => void flush(text), DEBOUNCE_MS);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
