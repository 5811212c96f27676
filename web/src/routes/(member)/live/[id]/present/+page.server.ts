import { renderSVG } from 'uqr';
import { createApi } from '#lib/server/api.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = pathId(event);
  const state = await createApi(event)
    .liveState(id)
    .catch((e) => loadFailure(event, e));
  // The audience joins from their phones: the room's address, and a QR code of it drawn here (no third party).
  const joinUrl = `${event.url.origin}/live/${id}`;
  // On a projector the site's header and footer only take room: the root layout leaves them out.
  return { state, bare: true, joinUrl, qrSvg: renderSVG(joinUrl, { border: 1 }) };
};
