import type { ApiCall, QueryString } from './api.ts';

/** The groups part of the typed API client (spread into createApi). */
export function groupsApi(_call: ApiCall, _query: QueryString) {
  return {};
}
