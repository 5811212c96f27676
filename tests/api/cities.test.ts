import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { confirmAddress } from '../support/outbox.ts';
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
    expect(city).toEqual({ slug: expect.any(String), name: expect.any(String), state: expect.any(String), country: expect.any(String), memberCount: expect.any(Number), coordinator: null,
      council: expect.any(String), contact: '', website: '', latitude: expect.any(Number), longitude: expect.any(Number),
    });
    expect(res.body.items.reduce((n: number, c: { memberCount: number }) => n + c.memberCount, 0)).toBeGreaterThan(5);
  });

  it('has a public profile kept by the administrators and the city’s coordinator', async () => {
    const visitor = new ApiClient(server.url);
    const shown = await visitor.get('/api/cities/augsburg');
    expect(shown.body.city).toMatchObject({ name: 'Augsburg', council: 'Kommunaler Präventionsrat Augsburg', permissions: { canEdit: false } });
    const member = await signedIn(server.url, 'member');
    const profile = { council: 'Präventionsrat Augsburg', contact: 'praevention@augsburg.example', website: 'https://augsburg.example/praevention', latitude: '48.37', longitude: '10.9' };
    expect((await member.put('/api/cities/augsburg/profile', profile)).status).toBe(403);
    const admin = await signedIn(server.url, 'admin');
    const half = await admin.put('/api/cities/augsburg/profile', { ...profile, longitude: '' });
    expect(half.status).toBe(400);
    expect(half.body.error.fields).toHaveProperty('longitude');
    const saved = await admin.put('/api/cities/augsburg/profile', profile);
    expect(saved.body.city).toMatchObject({ council: 'Präventionsrat Augsburg', website: 'https://augsburg.example/praevention', latitude: 48.37, longitude: 10.9 });
    expect((await visitor.get('/api/cities/atlantis')).status).toBe(404);
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

describe('coordinators and merging cities', () => {
  it('names a city’s coordinator, who approves (only) that city’s applicants', async () => {
    const admin = await signedIn(server.url, 'admin');
    const tobias = await signedIn(server.url, 'tobias');
    const tobiasId = (await tobias.get('/api/me')).body.user.id;
    const citySlug = (await tobias.get('/api/me')).body.user.city.slug;
    const wrong = await admin.put('/api/cities/bremen/coordinator', { userId: tobiasId });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('userId');
    expect((await tobias.put(`/api/cities/${citySlug}/coordinator`, { userId: tobiasId })).status).toBe(403);
    const named = await admin.put(`/api/cities/${citySlug}/coordinator`, { userId: tobiasId });
    expect(named.body.city.coordinator).toEqual({ id: tobiasId, displayName: demoUser('tobias').displayName });
    expect((await tobias.get('/api/me')).body.user.permissions.approveAccounts).toBe(true);

    const register = async (slug: string, n: number) => {
      const client = new ApiClient(server.url);
      const email = `koordination${n}.${Date.now()}@stadt-${slug}.example`;
      const res = await client.post('/api/auth/register', { email, password: 'sicheres-passwort-1', displayName: `Bewerbung ${n}`, citySlug: slug, locale: 'de' });
      await confirmAddress(client, admin, email);
      return res.body.user.id as number;
    };
    const own = await register(citySlug, 1);
    const other = await register('bremen', 2);
    const applicants = (await tobias.get('/api/users/applicants')).body.items.map((u: { id: number }) => u.id);
    expect(applicants).toContain(own);
    expect(applicants).not.toContain(other);
    // Told in the app like the moderators.
    await expect.poll(async () => (await tobias.get('/api/notifications')).body.items.some((n: { kind: string; subject: { id: number } | null }) => n.kind === 'account_pending' && n.subject?.id === own)).toBe(true);
    expect((await tobias.post(`/api/users/${other}/approve`)).status).toBe(403);
    expect((await tobias.post(`/api/users/${own}/approve`)).body.user.status).toBe('active');
    expect((await (await signedIn(server.url, 'member')).get('/api/users/applicants')).status).toBe(403);
  });

  it('merges a duplicate city into another: its members and documents move, and it is gone', async () => {
    const admin = await signedIn(server.url, 'admin');
    await admin.post('/api/cities', { name: 'Muenster Westf', state: 'Nordrhein-Westfalen', country: 'DE' });
    const member = new ApiClient(server.url);
    const email = `doppelt.${Date.now()}@stadt-muenster.example`;
    const id = (await member.post('/api/auth/register', { email, password: 'sicheres-passwort-1', displayName: 'Doppelt Gemeldet', citySlug: 'muenster-westf', locale: 'de' })).body.user.id;
    const refused = await admin.post('/api/cities/muenster-westf/merge', { intoSlug: 'muenster-westf' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('intoSlug');
    const merged = await admin.post('/api/cities/muenster-westf/merge', { intoSlug: 'muenster' });
    expect(merged.status).toBe(200);
    expect((await admin.get('/api/cities')).body.items.some((c: { slug: string }) => c.slug === 'muenster-westf')).toBe(false);
    expect((await admin.get(`/api/users?q=${encodeURIComponent(email)}`)).body.items[0]).toMatchObject({ id, city: { slug: 'muenster' } });
    expect((await admin.get('/api/moderation/log?action=city.merge')).body.items[0].details).toMatchObject({ from: 'muenster-westf', into: 'muenster' });
  });
});
