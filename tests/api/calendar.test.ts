import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient; // in the Sicherheitsaudits and Städtebau groups, not in Gewalt gegen Frauen
let nadine: ApiClient; // in Gewalt gegen Frauen only
let anonymous: ApiClient;

/** A calendar feed or file fetched like a calendar app does: no cookie, no JSON. */
async function fetchCalendar(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
/** The sessions in a calendar, in its order: their ids (from the UID) and titles. */
function entries(ics: string): { id: number; title: string }[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((event) => ({
      id: Number(/^UID:session-(\d+)@praxisnetz\r$/m.exec(event)![1]),
      title: /^SUMMARY:(.*)\r$/m.exec(event)![1]!,
    }));
}
const sessionIds = (ics: string) => entries(ics).map((e) => e.id);
const summaries = (ics: string) => entries(ics).map((e) => e.title);
const idOf = (ics: string, title: string) => entries(ics).find((e) => e.title === title)!.id;
const LIVE = 'Sprechstunde Sicherheitsaudits: Fragen an die Praxis';
const memberFeed = async () => (await fetchCalendar((await member.get('/api/me/calendar')).body.url)).text;

beforeAll(async () => {
  server = await startTestServer();
  [member, nadine] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'nadine')]);
  anonymous = new ApiClient(server.url);
});
afterAll(() => server.close());

describe('the private calendar feed', () => {
  it('is a URL of its own that a calendar app reads without signing in, never cached', async () => {
    const res = await member.get('/api/me/calendar');
    expect(res.status).toBe(200);
    expect(res.body.url).toMatch(/^\/calendar\/[a-z2-7]{32}\.ics$/);
    expect((await member.get('/api/me/calendar')).body.url).toBe(res.body.url);

    const feed = await fetchCalendar(res.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('private, no-store');
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(summaries(feed.text)).toEqual(
      expect.arrayContaining(['Sprechstunde Sicherheitsaudits: Fragen an die Praxis', 'Arbeitstreffen: Leitfaden Beleuchtung in Parkanlagen']),
    );
  });

  it('holds a group session only for the group: Nadine sees network sessions but not the Städtebau meeting', async () => {
    const feed = await fetchCalendar((await nadine.get('/api/me/calendar')).body.url);
    const titles = summaries(feed.text);
    expect(titles).toContain('Hochrisikomanagement: Fallkonferenzen in der Praxis');
    expect(titles).not.toContain('Arbeitstreffen: Leitfaden Beleuchtung in Parkanlagen');
  });

  it('links each entry to its room at the address the calendar was fetched from, https behind a proxy', async () => {
    const { url } = (await member.get('/api/me/calendar')).body;
    const feed = await fetchCalendar(url, { 'x-forwarded-proto': 'https' });
    const id = idOf(feed.text, LIVE);
    const origin = server.url.replace(/^http:/, 'https:');
    expect(feed.text.replace(/\r\n[ \t]/g, '')).toContain(`URL;VALUE=URI:${origin}/live/${id}\r\n`);
  });

  it('stops answering the old URL once a new one is made; a POST needs the page’s origin', async () => {
    const old = (await member.get('/api/me/calendar')).body.url;
    const refused = new ApiClient(server.url, { origin: null });
    refused.cookie = member.cookie;
    expect((await refused.post('/api/me/calendar')).status).toBe(403);
    expect((await fetchCalendar(old)).status).toBe(200);

    const res = await member.post('/api/me/calendar');
    expect(res.status).toBe(200);
    expect(res.body.url).not.toBe(old);
    expect((await fetchCalendar(old)).status).toBe(404);
    expect((await fetchCalendar(res.body.url)).status).toBe(200);
  });

  it('is refused to visitors, and unknown feed URLs are not found', async () => {
    expect((await anonymous.get('/api/me/calendar')).status).toBe(401);
    const unknown = await fetchCalendar(`/calendar/${'a'.repeat(32)}.ics`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('one session as an .ics download', () => {
  it('downloads a session as a calendar file named after it', async () => {
    const live = idOf(await memberFeed(), LIVE);
    const res = await fetch(`${server.url}/api/sessions/${live}/ics`, { headers: { cookie: member.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=sprechstunde-sicherheitsaudits-fragen-an-die-praxis.ics');
    expect(sessionIds(await res.text())).toEqual([live]);
  });

  it('hides a group session from non-members and visitors', async () => {
    const nadineFeed = await fetchCalendar((await nadine.get('/api/me/calendar')).body.url);
    const groupOnly = sessionIds(await memberFeed()).filter((id) => !sessionIds(nadineFeed.text).includes(id));
    expect(groupOnly.length).toBeGreaterThan(0);
    for (const id of groupOnly) {
      expect((await nadine.get(`/api/sessions/${id}/ics`)).status).toBe(404);
      expect((await anonymous.get(`/api/sessions/${id}/ics`)).status).toBe(404);
    }
    expect((await member.get('/api/sessions/999999/ics')).status).toBe(404);
    expect((await member.get('/api/sessions/abc/ics')).status).toBe(404);
  });
});

describe('asked before?', () => {
  it('suggests earlier questions and threads while typing, and asks for at least 3 characters', async () => {
    const live = idOf(await memberFeed(), LIVE);
    const res = await member.get(`/api/sessions/${live}/similar?q=${encodeURIComponent('Wie priorisiert ihr Mängel?')}`);
    expect(res.status).toBe(200);
    expect(res.body.questions[0]).toMatchObject({ body: expect.stringContaining('Wie priorisiert ihr die Mängel'), status: 'answered' });
    expect(res.body).toHaveProperty('threads');

    const short = await member.get(`/api/sessions/${live}/similar?q=ab`);
    expect(short.status).toBe(400);
    expect(short.body.error).toMatchObject({ code: 'validation_failed', fields: { q: expect.any(String) } });
    expect((await anonymous.get(`/api/sessions/${live}/similar?q=Mängel`)).status).toBe(404);
  });
});
