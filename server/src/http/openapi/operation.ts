import { z } from 'zod';

/** Who may call an operation (the policy decides; this is for the reader). */
export type Access = 'public' | 'signed-in' | 'member' | 'staff' | 'admin';

/**
 * One route of the API as the description tells it: its request and answer as the shared zod
 * schemas the services validate with (for the body and query) and type their answers by.
 */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express's pattern, e.g. /api/threads/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access?: Access;
  query?: z.ZodType;
  body?: z.ZodType;
  /** the success status; 200 unless given */
  status?: number;
  /** the JSON answer's schema, a media type for a file, or null for no body */
  response: z.ZodType | string | null;
}

/** An answer the description does not detail: some JSON object. */
export const JSON_OBJECT = z.record(z.string(), z.unknown());

/** `{ <key>: <schema> }`, the API's usual wrapping of one thing. */
export const item = (key: string, schema: z.ZodType = JSON_OBJECT) => z.object({ [key]: schema });

/** A page of a list: `{ items, nextCursor }`. */
export const page = (schema: z.ZodType) => z.object({ items: z.array(schema), nextCursor: z.string().nullable() });
