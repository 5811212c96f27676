import type { Suggestion } from '@praxisnetz/shared';

/** The API refuses shorter terms; the schema says the same (SuggestQuery). */
export const SUGGEST_MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;

export interface SuggestionSource {
  /** Asks for suggestions once typing pauses; a newer call cancels the older one and its request. */
  request(term: string): void;
  cancel(): void;
}

/**
 * Search-as-you-type in the browser: debounced, and only the answer to the latest term arrives, so a
 * slow answer to "ein" never overwrites the list for "einbruch". Failures simply mean no suggestions:
 * the search form still works.
 */
export function suggestionSource(receive: (term: string, items: Suggestion[]) => void): SuggestionSource {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  function cancel() {
    clearTimeout(timer);
    controller?.abort();
    controller = undefined;
  }

  async function load(term: string, signal: AbortSignal) {
    try {
      const response = await fetch(`/api/search/suggest?${new URLSearchParams({ q: term })}`, {
        headers: { accept: 'application/json' },
        signal,
      });
      const items = response.ok ? ((await response.json()) as { items?: Suggestion[] }).items : [];
      if (!signal.aborted) receive(term, items ?? []);
    } catch {
      if (!signal.aborted) receive(term, []);
    }
  }

  return {
    request(input) {
      cancel();
      const term = input.trim();
      if (term.length < SUGGEST_MIN_LENGTH) {
        receive(term, []);
        return;
      }
      timer = setTimeout(() => {
        controller = new AbortController();
        void load(term, controller.signal);
      }, DEBOUNCE_MS);
    },
    cancel,
  };
}
