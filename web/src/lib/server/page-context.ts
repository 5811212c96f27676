import type { PageContext } from '@praxisnetz/server/page-context';
import type { RequestEvent } from '@sveltejs/kit';

/** The actor and services Express attached to this request (see server/src/http/page-context.ts). */
export function pageContext(event: Pick<RequestEvent, 'platform'>): PageContext {
  const context = event.platform?.req.praxisnetz;
  if (!context) throw new Error('The pages run inside the Praxisnetz server (npm start), which hands them the page context.');
  return context;
}
