import { redirect } from '@sveltejs/kit';
import { ApiError, createApi } from '#lib/server/api.ts';
import { apiFailure } from '#lib/server/forms.ts';
import { loadFailure, pathId, requireMember } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** The mapping form names each of our columns `map.<column>`; its value is the file's column. */
const mappingOf = (entries: Iterable<[string, FormDataEntryValue]>) =>
  Object.fromEntries([...entries].flatMap(([k, v]) => (k.startsWith('map.') && typeof v === 'string' && v ? [[k.slice(4), v]] : [])));

/** The mapping step: the staged file's columns, its first rows, our columns with the file's chosen for each, and the problems the import would find. */
export const load: PageServerLoad = async (event) => {
  requireMember(event);
  const api = createApi(event);
  const id = pathId(event);
  const uploadId = pathId(event, event.params.upload);
  const mapping = mappingOf(event.url.searchParams.entries());
  const [audit, upload, indicators] = await Promise.all([
    api.audit(id, { area: 'city' }).catch((e) => loadFailure(event, e)),
    api.stagedResults(id, uploadId, mapping).catch((e) => loadFailure(event, e)),
    api.indicators(),
  ]);
  return { audit, upload, indicators: indicators.items, refused: event.url.searchParams.has('refused') };
};

export const actions: Actions = {
  import: async (event) => {
    const id = pathId(event);
    const uploadId = pathId(event, event.params.upload);
    const mapping = mappingOf((await event.request.formData()).entries());
    try {
      const report = await createApi(event).importStaged(id, uploadId, mapping);
      redirect(303, `/audits/${id}?imported=${report.rows}&version=${report.version}`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status >= 500) throw e;
      if (e.status === 400) {
        // The problems are shown by the page, worked out again for the mapping that was tried.
        const params = new URLSearchParams(Object.entries(mapping).map(([k, v]) => [`map.${k}`, v]));
        params.set('refused', '1');
        redirect(303, `?${params}`);
      }
      return apiFailure('import', {}, e, event.locals.locale);
    }
  },
};
