import { readFileSync } from 'node:fs';
import type { Audit, Indicator } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient;
let moderator: ApiClient;
let outsider: ApiClient;
let citySlug: string;

const duisburg = readFileSync(new URL('../../server/src/demo/geodata/duisburg-stadtbezirke.geojson', import.meta.url));
const OSM = { attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' };

beforeAll(async () => {
  server = await startTestServer();
  [member, moderator, outsider] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'moderator'), signedIn(server.url, 'lena')]);
  citySlug = (await member.get('/api/me')).body.user.city.slug;
});
afterAll(() => server.close());

/** A file sent as a multipart form, as the upload step does. */
async function sendFile(client: ApiClient, method: string, path: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), 'file');
  const res = await fetch(server.url + path, { method, body: form, headers: { cookie: client.cookie, origin: server.url, accept: 'application/json' } });
  return { status: res.status, body: await res.json() };
}

const auditFields = (fields: Record<string, unknown> = {}) => ({
  citySlug,
  title: 'Bürgerbefragung Sicherheit 2025',
  fieldworkFrom: '2025-03-01',
  fieldworkTo: '2025-04-15',
  mode: 'mixed',
  sampleSize: 4000,
  responseRate: 31.5,
  questionnaire: 'defus_monitor',
  licence: 'CC BY 4.0',
  visibility: 'members',
  ...fields,
});

async function newAudit(fields: Record<string, unknown> = {}) {
  const res = await member.post('/api/audits', auditFields(fields));
  expect(res.status).toBe(201);
  return res.body.audit as Audit;
}

const CLEAN = [
  'area_code;indicator;year;n;very_safe;fairly_safe;fairly_unsafe;very_unsafe;yes;no',
  'city;safety_dark;2025;1250;20,5;40;29,5;10;;',
  '100;safety_dark;2025;180;15;35;35;15;;',
  '200;safety_dark;2025;25;10;30;40;20;;',
  '100;places_avoided;2025;180;;;;;42;58',
].join('\n');

describe('the indicator catalogue', () => {
  it('lists the standard items first, in three languages, with their answer categories', async () => {
    const res = await new ApiClient(server.url).get('/api/indicators');
    expect(res.status).toBe(200);
    const items = res.body.items as Indicator[];
    expect(items[0]).toMatchObject({ slug: 'safety_dark', standard: true, kind: 'categories', headline: ['fairly_unsafe', 'very_unsafe'] });
    expect(items[0]!.name.fr).toContain('nuit');
    expect(items[0]!.categories.map((c) => c.key)).toEqual(['very_safe', 'fairly_safe', 'fairly_unsafe', 'very_unsafe']);
    expect(items.map((i) => i.slug)).toEqual(expect.arrayContaining(['worry_burglary', 'victim_12m', 'disorder_drugs', 'trust_order_office', 'know_prevention']));
  });
});

describe('audits', () => {
  it('are described by a member of the auditing city, not by others, and bad input names the field', async () => {
    const audit = await newAudit();
    expect(audit).toMatchObject({ city: { slug: citySlug }, mode: 'mixed', minN: 30, resultsVersion: 0, results: [], permissions: { canEdit: true } });
    expect((await outsider.post('/api/audits', auditFields())).status).toBe(403);
    const backwards = await member.post('/api/audits', auditFields({ fieldworkTo: '2025-01-01' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toHaveProperty('fieldworkTo');
    expect((await member.post('/api/audits', auditFields({ mode: 'pigeon' }))).body.error.fields).toHaveProperty('mode');
    expect((await member.post('/api/audits', auditFields({ citySlug: 'atlantis' }))).body.error.fields).toHaveProperty('citySlug');
    expect((await member.post('/api/audits', auditFields({ visibility: 'group' }))).body.error.fields).toHaveProperty('groupId');
    expect((await member.get(`/api/audits/${audit.id}`)).body.audit.permissions.canEdit).toBe(true);
    expect((await outsider.get(`/api/audits/${audit.id}`)).body.audit.permissions.canEdit).toBe(false);
    expect((await new ApiClient(server.url).get(`/api/audits/${audit.id}`)).status).toBe(404);
  });

  it('take district boundaries from GeoJSON in WGS 84 with their attribution, and refuse broken ones naming the problem', async () => {
    const audit = await newAudit();
    const put = await member.request('PUT', `/api/audits/${audit.id}/areas?${new URLSearchParams(OSM)}`, duisburg.toString('utf8'));
    expect(put.status).toBe(200);
    expect(put.body.audit.areas).toHaveLength(7);
    expect(put.body.audit.areas[0]).toEqual({ code: '100', name: 'Walsum', hasBoundary: true });
    expect(put.body.audit).toMatchObject({ attribution: OSM.attribution, boundaryLicence: OSM.licence });

    const fc = JSON.parse(duisburg.toString('utf8'));
    const utm = { ...fc, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } } };
    expect((await member.put(`/api/audits/${audit.id}/areas?attribution=x`, utm)).body.error.fields).toHaveProperty('crs');
    const open = structuredClone(fc);
    open.features[0].geometry.coordinates[0][0].pop();
    expect((await member.put(`/api/audits/${audit.id}/areas?attribution=x`, open)).body.error.fields).toHaveProperty(['features[0].geometry']);
    const unnamed = structuredClone(fc);
    delete unnamed.features[2].properties.code;
    expect((await member.put(`/api/audits/${audit.id}/areas?attribution=x`, unnamed)).body.error.fields).toHaveProperty(['features[2].properties.code']);
    expect((await member.put(`/api/audits/${audit.id}/areas`, fc)).body.error.fields).toHaveProperty('attribution');
    expect((await outsider.put(`/api/audits/${audit.id}/areas?attribution=x`, fc)).status).toBe(403);
    // Nothing of the refused files replaced the boundaries.
    expect((await member.get(`/api/audits/${audit.id}`)).body.audit.areas).toHaveLength(7);
  });

  it('import a results file all or nothing: every problem comes back with its row and column', async () => {
    const audit = await newAudit();
    await sendFile(member, 'PUT', `/api/audits/${audit.id}/areas`, duisburg, OSM);
    const broken = [
      'area_code;indicator;year;n;very_safe;fairly_safe;fairly_unsafe;very_unsafe',
      '100;safety_dark;2025;180;15;35;35;15',
      '999;safety_dark;2025;180;15;35;35;15',
      '200;safety_dark;2025;150;15;35;35;12',
      '300;safety_dark;2025;-4;15;35;35;15',
      '400;feeling_lucky;2025;100;15;35;35;15',
    ].join('\n');
    const refused = await sendFile(member, 'POST', `/api/audits/${audit.id}/results`, broken);
    expect(refused.status).toBe(400);
    expect(refused.body.error.rows).toEqual([
      { row: 3, column: 'area_code', code: 'unknown_area', params: { value: '999' }, message: expect.stringContaining('999') },
      { row: 4, column: 'very_safe', code: 'shares_sum', params: { sum: '97' }, message: expect.stringContaining('97') },
      { row: 5, column: 'n', code: 'bad_n', message: expect.any(String) },
      { row: 6, column: 'indicator', code: 'unknown_indicator', params: { value: 'feeling_lucky' }, message: expect.stringContaining('feeling_lucky') },
    ]);
    expect((await member.get(`/api/audits/${audit.id}`)).body.audit.results).toEqual([]);
  });

  it('shows imported results with their headline figure, withholds areas with too few answers, and keeps the older import', async () => {
    const audit = await newAudit();
    await sendFile(member, 'PUT', `/api/audits/${audit.id}/areas`, duisburg, OSM);
    // Windows-1252, as a spreadsheet saves it, with decimal commas.
    const latin1 = Buffer.from(`# Auswertung März\n`.replace(/^# .*\n/, '') + CLEAN, 'latin1');
    const imported = await sendFile(member, 'POST', `/api/audits/${audit.id}/results`, latin1);
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toEqual({ rows: 4, areas: 3, indicators: 2, years: [2025], version: 1 });

    const read = (await member.get(`/api/audits/${audit.id}`)).body.audit as Audit;
    expect(read.years).toEqual([2025]);
    expect(read.indicatorYears).toEqual([{ indicator: 'safety_dark', years: [2025] }, { indicator: 'places_avoided', years: [2025] }]);
    const cityOnly = (await member.get(`/api/audits/${audit.id}?area=city`)).body.audit as Audit;
    expect(cityOnly.results.map((r) => r.area)).toEqual(['city']);
    expect((await member.get(`/api/audits/${audit.id}?indicator=nope`)).body.error.fields).toHaveProperty('indicator');
    const of = (area: string, indicator = 'safety_dark') => read.results.find((r) => r.area === area && r.indicator === indicator)!;
    expect(of('city')).toMatchObject({ n: 1250, value: 39.5, withheld: false, shares: { very_safe: 20.5 } });
    expect(of('100', 'places_avoided')).toMatchObject({ value: 42 });
    expect(of('200')).toEqual({ area: '200', indicator: 'safety_dark', breakdown: '', year: 2025, n: null, withheld: true, shares: null, value: null, mean: null });

    const csv = await fetch(`${server.url}/api/audits/${audit.id}/results.csv`, { headers: { cookie: member.cookie } });
    const text = await csv.text();
    expect(text).toContain('licence: CC BY 4.0');
    expect(text).toMatch(/\n200,safety_dark,2025,,yes,/);
    expect(text).not.toContain('30,40,20');

    const map = await fetch(`${server.url}/api/audits/${audit.id}/map.svg?indicator=safety_dark&year=2025&lang=de`, { headers: { cookie: member.cookie } });
    expect(map.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await map.text();
    expect(svg.match(/role="listitem"/g)).toHaveLength(7);
    expect(svg).toContain('aria-label="Walsum: 50 %"');
    expect(svg).toContain('aria-label="Hamborn: zu wenige Antworten"');
    expect(svg).toContain('aria-label="Mitte: keine Angabe"');
    expect(svg).toContain('© OpenStreetMap contributors, ODbL 1.0');
    const deviation = await (await fetch(`${server.url}/api/audits/${audit.id}/map.svg?indicator=safety_dark&view=deviation&lang=en`, { headers: { cookie: member.cookie } })).text();
    expect(deviation).toContain('aria-label="Walsum: +10.5 pp"');
    expect((await member.get(`/api/audits/${audit.id}/map.svg?indicator=trust_police`)).body.error.fields).toHaveProperty('year');

    const again = await sendFile(member, 'POST', `/api/audits/${audit.id}/results`, CLEAN.replace('1250;20,5;40;29,5;10', '1300;25;40;25;10'));
    expect(again.body.imported.version).toBe(2);
    expect(((await member.get(`/api/audits/${audit.id}`)).body.audit as Audit).results.find((r) => r.area === 'city')).toMatchObject({ n: 1300, value: 35 });
  });

  it('compares a standard indicator city-wide across the audits the reader may see, with margins and method facts', async () => {
    const compared = await member.get('/api/audits/compare?indicator=safety_dark&year=2025');
    expect(compared.status).toBe(200);
    const cities = compared.body.items.map((i: { city: { slug: string } }) => i.city.slug);
    expect(cities).toEqual(expect.arrayContaining(['duisburg', 'hannover', 'leipzig', 'mannheim']));
    expect(compared.body.items.find((i: { city: { slug: string } }) => i.city.slug === 'duisburg')).toMatchObject({
      year: 2025,
      item: 'standard',
      audit: { demo: true },
      value: expect.any(Number),
      margin: expect.any(Number),
      method: { mode: 'mixed', questionnaire: 'defus_monitor' },
    });
    const chart = await (await fetch(`${server.url}/api/audits/compare.svg?indicator=safety_dark&lang=fr`, { headers: { cookie: member.cookie } })).text();
    expect(chart).toMatch(/^<svg[^>]+role="img"/);
    expect(chart).toContain('Duisburg 2025');
    // Visitors compare the public audits only.
    const visitor = await new ApiClient(server.url).get('/api/audits/compare?indicator=safety_dark');
    expect(visitor.body.items.map((i: { city: { slug: string } }) => i.city.slug)).toEqual(['duisburg']);
    expect((await member.get('/api/audits/compare?indicator=gluecksgefuehl')).body.error.fields).toHaveProperty('indicator');
    expect((await member.get('/api/audits/compare')).body.error.fields).toHaveProperty('indicator');
  });

  it('maps the file’s columns to ours when told how', async () => {
    const audit = await newAudit();
    const theirs = 'Gebiet,Item,Jahr,Befragte,sehr sicher,eher sicher,eher unsicher,sehr unsicher\ncity,safety_day,2024,800,30,50,15,5';
    const mapping = JSON.stringify({ area_code: 'Gebiet', indicator: 'Item', year: 'Jahr', n: 'Befragte', very_safe: 'sehr sicher', fairly_safe: 'eher sicher', fairly_unsafe: 'eher unsicher', very_unsafe: 'sehr unsicher' });
    const res = await sendFile(member, 'POST', `/api/audits/${audit.id}/results`, theirs, { mapping });
    expect(res.body.imported).toMatchObject({ rows: 1, years: [2024] });
    expect((await sendFile(member, 'POST', `/api/audits/${audit.id}/results`, theirs)).body.error.rows[0]).toMatchObject({ row: 1, column: 'area_code' });
  });

  it('refuses files over the limit with 413 and keeps group audits to the group', async () => {
    const audit = await newAudit();
    const huge = await sendFile(member, 'POST', `/api/audits/${audit.id}/results`, Buffer.alloc(11 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(413);
    expect((await member.get('/api/health')).status).toBe(200);

    const group = await createGroup(moderator, ['member']);
    const hidden = await newAudit({ visibility: 'group', groupId: group.id, title: 'Audit der Arbeitsgruppe' });
    expect((await outsider.get(`/api/audits/${hidden.id}`)).status).toBe(404);
    expect((await outsider.get('/api/audits')).body.items.some((a: { id: number }) => a.id === hidden.id)).toBe(false);
    expect((await moderator.get(`/api/audits/${hidden.id}`)).status).toBe(200);
    const open = await newAudit({ visibility: 'public', title: 'Öffentliche Zusammenfassung' });
    expect((await new ApiClient(server.url).get(`/api/audits/${open.id}`)).status).toBe(200);
  });
});
