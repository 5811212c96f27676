import { slugify } from '../../lib/slug.ts';
import { openApiDocument } from './document.ts';

/** One operation as the reference page shows it: the description's parts, schemas as indented JSON. */
export interface ReferenceOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: { name: string; in: string; required: boolean; type: string }[];
  requestSchema: string | null;
  status: string;
  mediaType: string | null;
  responseSchema: string | null;
}

export interface ReferenceTag {
  slug: string;
  name: string;
  operations: ReferenceOperation[];
}

interface OperationObject {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters: { name: string; in: string; required: boolean; schema: { type?: string } }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const pretty = (schema: unknown) => JSON.stringify(schema, null, 2);

let built: ReferenceTag[] | undefined;

/** The API description grouped by tag, for /developers/api (built once: it only changes with the code). */
export function apiReference(): ReferenceTag[] {
  if (built) return built;
  const tags = new Map<string, ReferenceTag>();
  for (const [path, methods] of Object.entries(openApiDocument().paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as OperationObject;
      const [status, response] = Object.entries(op.responses).find(([code]) => code !== 'default')!;
      const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [null, null];
      const name = op.tags[0]!;
      const tag: ReferenceTag = tags.get(name) ?? { slug: slugify(name), name, operations: [] };
      tags.set(name, tag);
      tag.operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary,
        description: op.description ?? '',
        parameters: op.parameters.map((p) => ({ name: p.name, in: p.in, required: p.required, type: p.schema.type ?? 'any' })),
        requestSchema: op.requestBody ? pretty(Object.values(op.requestBody.content)[0]!.schema) : null,
        status,
        mediaType,
        responseSchema: mediaType === 'application/json' && content ? pretty(content.schema) : null,
      });
    }
  }
  built = [...tags.values()].sort((a, b) => a.name.localeCompare(b.name));
  return built;
}
