import { applyAction, type SubmitFunction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import { page } from '$app/state';
import type { LiveRoom } from './live-room.svelte.ts';

/**
 * use:enhance for the live room's forms. Without JavaScript each action posts and redirects back; with
 * it, a success stays on the page (no navigation, focus stays where it was) because the change comes
 * back over the socket. Only a room without a live connection reloads its data instead.
 */
export function roomEnhance(room: LiveRoom, onSuccess?: () => void): SubmitFunction {
  return ({ formElement, submitter }) =>
    async ({ result, update }) => {
      if (result.type !== 'redirect') {
        await update({ reset: false, navigate: false });
        return;
      }
      onSuccess?.();
      formElement.reset();
      if (page.form) {
        // Clears the error of an earlier attempt; applying a result moves focus, so it goes back.
        await applyAction({ type: 'success', status: 200, location: page.url.pathname + page.url.search });
        if (submitter?.isConnected) submitter.focus();
      }
      if (room.connection !== 'connected') await invalidateAll();
    };
}
