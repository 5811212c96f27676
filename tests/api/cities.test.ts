import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('member cities', () => {
  it('lists the member cities with their federal state and active members to everyone', async () => {
    const res = await new ApiClient(server.url).get('/api/cities');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(10);
    const city = res.body.items[0];
    expect(city).toEqual({ slug: expect.any(String), name: expect.any(String), state: expect.any(String), country: expect.any(String), memberCount: expect.any(Number) });
    expect(res.body.items.reduce((n: number, c: { memberCount: number }) => n + c.memberCount, 0)).toBeGreaterThan(5);
  });

  it('lets admins add and edit a city', async () => {
    const admin = await signedIn(server.url, 'admin');
    const created = await admin.post('/api/cities', { name: 'Lüneburg', state: 'Niedersachsen', country: 'de' });
    expect(created.status).toBe(201);
    expect(created.body.city).toMatchObject({ slug: 'lueneburg', country: 'DE', memberCount: 0 });
    const again = await admin.post('/api/cities', { name: 'Lüneburg', state: 'Niedersachsen', country: 'DE' });
    expect(again.status).toBe(409);
    const edited = await admin.patch('/api/cities/lueneburg', { name: 'Hansestadt Lüneburg', state: 'Niedersachsen', country: 'DE' });
    expect(edited.body.city.name).toBe('Hansestadt Lüneburg');
    const bad = await admin.post('/api/cities', { name: 'X', state: '', country: 'Deutschland' });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['country', 'name', 'state']);
  });

  it('keeps city management from members', async () => {
    const member = await signedIn(server.url, 'member');
    expect((await member.post('/api/cities', { name: 'Celle', state: 'Niedersachsen', country: 'DE' })).status).toBe(403);
    expect((await new ApiClient(server.url).post('/api/cities', { name: 'Celle', state: 'Niedersachsen', country: 'DE' })).status).toBe(401);
  });
});
