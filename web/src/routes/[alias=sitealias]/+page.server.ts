import { SITE_PAGE_ALIASES, type SitePageAlias } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** An English or French name of a legal page leads to its one address. */
export const load: PageServerLoad = (event) => {
  redirect(308, `/${SITE_PAGE_ALIASES[event.params.alias as SitePageAlias]}`);
};
