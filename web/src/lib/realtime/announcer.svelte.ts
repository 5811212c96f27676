let message = $state('');
let timer: ReturnType<typeof setTimeout> | undefined;

/** The text of the page's polite live region; only the browser ever changes it. */
export const announcer = {
  get message() {
    return message;
  },
};

/** Clears first, so a screen reader also reads a text that equals the previous one. */
export function announce(text: string): void {
  message = '';
  clearTimeout(timer);
  timer = setTimeout(() => (message = text), 100);
}
