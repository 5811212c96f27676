import { SitePageAlias, SitePageSlug } from '@praxisnetz/shared';

/** Route parameter matchers: SvelteKit takes any Standard Schema (a zod schema is one). */
export const params = {
  /** the network office's pages: /about, /impressum, /datenschutz, /barrierefreiheit */
  sitepage: SitePageSlug,
  /** their English and French names: /imprint, /privacy, /accessibility, /mentions-legales … */
  sitealias: SitePageAlias,
};
