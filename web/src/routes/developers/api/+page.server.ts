import { apiReference } from '@praxisnetz/server/api-reference';
import type { PageServerLoad } from './$types';

/** The API reference's index: the areas and their operations (public). */
export const load: PageServerLoad = () => ({
  tags: apiReference().map(({ slug, name, operations }) => ({ slug, name, operations: operations.map(({ id, method, path, summary }) => ({ id, method, path, summary })) })),
});
