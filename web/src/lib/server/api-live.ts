import type { ApiCall, QueryString } from './api.ts';

/** The live part of the typed API client (spread into createApi). */
export function liveApi(_call: ApiCall, _query: QueryString) {
  return {};
}
