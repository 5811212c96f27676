import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../server/src/http/openapi/document.ts';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let document: any;

beforeAll(async () => {
  server = await startTestServer();
  document = (await new ApiClient(server.url).get('/api/openapi.json')).body;
});
afterAll(async () => {
  await server.close();
});

describe('the API description (OpenAPI 3.1)', () => {
  it('is a valid OpenAPI 3.1 document, public and cacheable', async () => {
    const res = await new ApiClient(server.url).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('public');
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every route the server answers, and no route it does not', () => {
    const answered = server.routes().map((r) => `${r.method.toUpperCase()} ${openApiPath(r.path)}`);
    const described = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(answered.filter((r) => !described.includes(r)), 'routes missing from the description').toEqual([]);
    expect(described.filter((r) => !answered.includes(r)), 'described routes the server does not answer').toEqual([]);
  });

  it('gives every write its request body schema from the shared zod schemas', () => {
    const op = (path: string, method: string) => document.paths[path][method];
    const project = op('/api/projects', 'post').requestBody.content['application/json'].schema;
    expect(project.properties.endsOn).toBeDefined();
    expect(project.required).toEqual(expect.arrayContaining(['title', 'programme', 'startsOn']));
    expect(op('/api/me', 'delete').requestBody.content['application/json'].schema.properties).toHaveProperty('confirmation');
    expect(op('/api/practices', 'get').parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['evidence', 'topic']));
  });

  // Real answers, checked against the description's own JSON Schemas (additional properties refused where it says so).
  it('answers in the shapes it describes', async () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const member = await signedIn(server.url, 'member');
    const admin = await signedIn(server.url, 'admin');
    const thread = (await member.get('/api/threads')).body.items[0];
    const project = (await member.get('/api/projects')).body.items[0];
    const practice = (await member.get('/api/practices')).body.items[0];
    const checks: [ApiClient, string, string][] = [
      [member, '/api/health', '/api/health'],
      [member, '/api/me', '/api/me'],
      [member, '/api/cities', '/api/cities'],
      [member, '/api/cities/{slug}', '/api/cities/augsburg'],
      [member, '/api/categories', '/api/categories'],
      [member, '/api/threads', '/api/threads'],
      [member, '/api/threads/{id}/status', `/api/threads/${thread.id}/status`],
      [member, '/api/questions', '/api/questions'],
      [member, '/api/topics', '/api/topics'],
      [member, '/api/projects', '/api/projects'],
      [member, '/api/projects/{id}', `/api/projects/${project.id}`],
      [member, '/api/practices', '/api/practices'],
      [member, '/api/practices/{id}', `/api/practices/${practice.id}`],
      [member, '/api/pages/{slug}', '/api/pages/datenschutz'],
      [member, '/api/groups', '/api/groups'],
      [member, '/api/sessions', '/api/sessions'],
      [member, '/api/me/bookmarks', '/api/me/bookmarks'],
      [member, '/api/me/export', '/api/me/export'],
      [member, '/api/notifications/unread', '/api/notifications/unread'],
      [member, '/api/threads/{id}', `/api/threads/${thread.id}`],
      [member, '/api/categories/{slug}/threads', `/api/categories/${thread.category.slug}/threads`],
      [member, '/api/notifications', '/api/notifications'],
      [member, '/api/me/flags', '/api/me/flags'],
      [member, '/api/me/moderation', '/api/me/moderation'],
      [member, '/api/practice', '/api/practice'],
      [member, '/api/indicators', '/api/indicators'],
      [member, '/api/audits', '/api/audits'],
      [member, '/api/collections', '/api/collections'],
      [member, '/api/documents', '/api/documents'],
      [member, '/api/search', '/api/search?q=Einbruch'],
      [member, '/api/members', '/api/members'],
      [member, '/api/me/notification-settings', '/api/me/notification-settings'],
      [admin, '/api/flags', '/api/flags'],
      [admin, '/api/moderation/log', '/api/moderation/log'],
      [admin, '/api/admin/outbox', '/api/admin/outbox'],
      [admin, '/api/users', '/api/users'],
      [admin, '/api/applications', '/api/applications'],
      [admin, '/api/admin/erasures', '/api/admin/erasures'],
      [admin, '/api/barrier-reports', '/api/barrier-reports'],
    ];
    const problems: string[] = [];
    for (const [client, template, path] of checks) {
      const res = await client.get(path);
      const schema = document.paths[template].get.responses['200'].content['application/json'].schema;
      const validate = ajv.compile({ ...schema, $defs: schema.$defs });
      if (res.status !== 200) problems.push(`${path}: ${res.status}`);
      else if (!validate(res.body)) problems.push(`${path}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(problems).toEqual([]);

    // The check has teeth: a field the description does not name, or a wrong type, is caught.
    const me = (await member.get('/api/me')).body;
    const schema = document.paths['/api/me'].get.responses['200'].content['application/json'].schema;
    const validate = ajv.compile({ ...schema, $defs: schema.$defs });
    expect(validate(me)).toBe(true);
    expect(validate({ user: { ...me.user, passwordHash: 'x' } })).toBe(false);
    expect(validate({ user: { ...me.user, id: String(me.user.id) } })).toBe(false);
  });
});
