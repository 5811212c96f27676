import type { MemberCard, Profile } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient;
let other: ApiClient;
let memberId: number;

beforeAll(async () => {
  server = await startTestServer();
  [member, other] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'lena')]);
  memberId = (await member.get('/api/me')).body.user.id;
});
afterAll(() => server.close());

describe('profiles', () => {
  it('shows office, expertise, languages, groups and recent threads, and the address only when chosen', async () => {
    const changed = await member.patch('/api/me', { office: 'Kommunaler Präventionsrat', expertise: ['wohnungseinbruch', 'sicherheitsanalysen-befragungen'], languages: ['de', 'FR'] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.user).toMatchObject({ office: 'Kommunaler Präventionsrat', languages: ['de', 'fr'], displayName: demoUser('member').displayName });

    const seen = (await other.get(`/api/users/${memberId}`)).body.user as Profile;
    expect(seen).toMatchObject({ office: 'Kommunaler Präventionsrat', languages: ['de', 'fr'], email: null });
    expect(seen.expertise.map((t) => t.slug).sort()).toEqual(['sicherheitsanalysen-befragungen', 'wohnungseinbruch']);
    expect(seen.groups.map((g) => g.slug)).toContain('sicherheitsaudits');
    expect(seen.recentThreads.length).toBeGreaterThan(0);
    expect(typeof seen.acceptedAnswerCount).toBe('number');
    // A group's threads stay unknown outside it, on the profile too.
    expect(seen.recentThreads.every((t) => t.title !== undefined)).toBe(true);

    expect((await member.get(`/api/users/${memberId}`)).body.user.email).toBe(demoUser('member').email);
    await member.patch('/api/me', { showEmail: true });
    expect((await other.get(`/api/users/${memberId}`)).body.user.email).toBe(demoUser('member').email);
    expect((await new ApiClient(server.url).get(`/api/users/${memberId}`)).status).toBe(401);
  });

  it('refuses unknown topics and malformed languages naming the field', async () => {
    const topic = await member.patch('/api/me', { expertise: ['gibt-es-nicht'] });
    expect(topic.status).toBe(400);
    expect(topic.body.error.fields).toHaveProperty('expertise');
    const language = await member.patch('/api/me', { languages: ['deutsch'] });
    expect(language.status).toBe(400);
    expect(Object.keys(language.body.error.fields).join()).toMatch(/^languages/);
  });
});

describe('the member directory', () => {
  it('finds members by expertise, city, language and name', async () => {
    await other.patch('/api/me', { expertise: ['wohnungseinbruch'], languages: ['de', 'en'] });
    await member.patch('/api/me', { expertise: ['wohnungseinbruch'], languages: ['de', 'fr'] });
    const experts = (await other.get('/api/members?expertise=wohnungseinbruch')).body.items as MemberCard[];
    expect(experts.map((m) => m.id)).toContain(memberId);
    expect(experts.every((m) => m.expertise.some((t) => t.slug === 'wohnungseinbruch'))).toBe(true);
    expect(JSON.stringify(experts)).not.toContain('@');

    const city = demoUser('lena').citySlug;
    const inCity = (await member.get(`/api/members?city=${city}&expertise=wohnungseinbruch`)).body.items as MemberCard[];
    expect(inCity.map((m) => m.displayName)).toEqual([demoUser('lena').displayName]);
    expect(((await member.get('/api/members?language=fr&expertise=wohnungseinbruch')).body.items as MemberCard[]).map((m) => m.id)).toEqual([memberId]);
    const byName = (await member.get(`/api/members?q=${encodeURIComponent(demoUser('lena').displayName.split(' ')[0]!)}`)).body.items as MemberCard[];
    expect(byName[0]!.displayName).toBe(demoUser('lena').displayName);
    const bad = await member.get('/api/members?language=deutsch');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('language');
  });
});
