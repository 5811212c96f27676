import { ApiErrorBody } from '@praxisnetz/shared';
import { z } from 'zod';
import type { Operation } from './operation.ts';
import { operations } from './operations/index.ts';

type JsonSchema = Record<string, unknown>;

/** The description's version: raised when a route or a shape changes incompatibly. */
export const API_VERSION = '1.0.0';

/** zod's own JSON Schema (draft 2020-12, OpenAPI 3.1's dialect): inputs as accepted, answers as sent. */
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** /api/threads/:id → /api/threads/{id} (also inside a segment: /:token.ics → /{token}.ics). */
export const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

const pathParameters = (path: string) =>
  [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const schema = jsonSchema(query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

const ACCESS_TEXT: Record<string, string> = {
  public: 'Anyone, also without signing in.',
  'signed-in': 'Any signed-in account.',
  member: 'Approved members (what they may reach decides the policy).',
  staff: 'Moderators and administrators.',
  admin: 'Administrators.',
};

function operationObject(op: Operation) {
  const status = String(op.status ?? 200);
  const success =
    op.response === null
      ? { description: 'Done; no body.' }
      : typeof op.response === 'string'
        ? { description: 'A file.', content: { [op.response]: { schema: { type: 'string', format: 'binary' } } } }
        : { description: 'Success.', content: { 'application/json': { schema: jsonSchema(op.response, 'output') } } };
  const description = [op.description, op.access && `**Access:** ${ACCESS_TEXT[op.access]}`].filter(Boolean).join('\n\n');
  return {
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    tags: [op.tag],
    summary: op.summary,
    ...(description && { description }),
    parameters: [...pathParameters(op.path), ...queryParameters(op.query)],
    ...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } }),
    responses: {
      [status]: success,
      default: { description: 'An error: 4xx names the invalid fields; 503 while the database is away.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  };
}

/** The API's OpenAPI 3.1 description, built once from the operations and the shared schemas. */
export function openApiDocument(version = API_VERSION) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[openApiPath(op.path)] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Praxisnetz API',
      version,
      description:
        'The JSON API of Praxisnetz, the peer-exchange platform of municipal crime prevention. Cookie-authenticated writes must carry the site’s own `Origin`; every answer carries an `X-Request-Id`.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: jsonSchema(ApiErrorBody, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pn_session' } },
    },
    security: [{}, { session: [] }],
    paths,
  };
}
