import { readFileSync } from 'node:fs';
import type { Audit, AuditTrend, Indicator } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient;
let outsider: ApiClient;
let citySlug: string;

const duisburg = readFileSync(new URL('../../server/src/demo/geodata/duisburg-stadtbezirke.geojson', import.meta.url), 'utf8');
const OSM = new URLSearchParams({ attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' });

beforeAll(async () => {
  server = await startTestServer();
  [member, outsider] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'lena')]);
  citySlug = (await member.get('/api/me')).body.user.city.slug;
});
afterAll(() => server.close());

async function upload(path: string, csv: string) {
  const form = new FormData();
  form.set('file', new Blob([csv]), 'results.csv');
  const res = await fetch(server.url + path, { method: 'POST', body: form, headers: { cookie: member.cookie, origin: server.url, accept: 'application/json' } });
  return { status: res.status, body: await res.json() };
}

/** An audit of Duisburg's districts with two survey years of the feeling of safety after dark. */
async function auditWithTwoYears(title = 'Befragung Sicherheitsgefühl'): Promise<Audit> {
  const created = await member.post('/api/audits', {
    citySlug,
    title,
    fieldworkFrom: '2025-03-01',
    fieldworkTo: '2025-04-15',
    mode: 'postal',
    questionnaire: 'defus_monitor',
    licence: 'CC BY 4.0',
    visibility: 'members',
  });
  expect(created.status).toBe(201);
  const id = created.body.audit.id as number;
  expect((await member.request('PUT', `/api/audits/${id}/areas?${OSM}`, duisburg)).status).toBe(200);
  const csv = [
    'area_code;indicator;year;n;very_safe;fairly_safe;fairly_unsafe;very_unsafe',
    'city;safety_dark;2022;1400;20;40;30;10',
    'city;safety_dark;2025;1500;22;42;28;8',
    '100;safety_dark;2022;40;10;30;40;20',
    '100;safety_dark;2025;200;15;35;35;15',
    '200;safety_dark;2022;180;20;40;30;10',
    '200;safety_dark;2025;190;25;40;25;10',
  ].join('\n');
  expect((await upload(`/api/audits/${id}/results`, csv)).status).toBe(200);
  return created.body.audit as Audit;
}

describe('an audit comes with its discussion', () => {
  it('opens a thread in the audits category that links to the audit, and the audit names it', async () => {
    const audit = await auditWithTwoYears('Audit mit Diskussion');
    expect(audit.threadId).toEqual(expect.any(Number));
    const thread = await member.get(`/api/threads/${audit.threadId}`);
    expect(thread.status).toBe(200);
    expect(thread.body.thread.category.slug).toBe('sicherheitsaudits');
    expect(thread.body.thread.title).toContain('Audit mit Diskussion');
    expect(thread.body.thread.openingPost.bodyHtml).toContain(`href="/audits/${audit.id}"`);
    // A refused audit leaves no thread behind.
    const before = (await member.get('/api/categories')).body;
    expect((await outsider.post('/api/audits', { citySlug, title: 'Fremd', fieldworkFrom: '2025-01-01', fieldworkTo: '2025-02-01', mode: 'online', questionnaire: 'own', licence: 'CC BY', visibility: 'members' })).status).toBe(403);
    expect((await member.get('/api/categories')).body).toEqual(before);
  });
});

describe('an audit is kept up to date by its city', () => {
  it('changes its description and minimum n; a higher minimum withholds more districts everywhere', async () => {
    const audit = await auditWithTwoYears();
    const raised = await member.patch(`/api/audits/${audit.id}`, { minN: 190, title: 'Befragung 2025 (korrigiert)' });
    expect(raised.status).toBe(200);
    expect(raised.body.audit).toMatchObject({ minN: 190, title: 'Befragung 2025 (korrigiert)' });
    const map = await member.get(`/api/audits/${audit.id}?area=200&year=2022`);
    expect(map.body.audit.results[0]).toMatchObject({ area: '200', withheld: true, n: null, value: null });
    const csv = await (await fetch(`${server.url}/api/audits/${audit.id}/results.csv`, { headers: { cookie: member.cookie } })).text();
    expect(csv).toMatch(/\n200,safety_dark,2022,,yes,/);
    expect((await member.patch(`/api/audits/${audit.id}`, { fieldworkFrom: '2026-01-01' })).body.error.fields).toHaveProperty('fieldworkTo');
    expect((await member.patch(`/api/audits/${audit.id}`, { minN: 0 })).body.error.fields).toHaveProperty('minN');
    expect((await outsider.patch(`/api/audits/${audit.id}`, { minN: 1 })).status).toBe(403);
  });

  it('is deleted by its city with everything imported, logged, while its discussion stays', async () => {
    const audit = await auditWithTwoYears('Zu löschendes Audit');
    expect((await outsider.delete(`/api/audits/${audit.id}`)).status).toBe(403);
    expect((await member.delete(`/api/audits/${audit.id}`)).status).toBe(204);
    expect((await member.get(`/api/audits/${audit.id}`)).status).toBe(404);
    expect((await member.get(`/api/audits/${audit.id}/map.svg`)).status).toBe(404);
    expect((await member.get(`/api/threads/${audit.threadId}`)).status).toBe(200);
    const moderator = await signedIn(server.url, 'moderator');
    const log = (await moderator.get('/api/moderation/log')).body.items as { action: string; details: Record<string, unknown> }[];
    expect(log.find((e) => e.action === 'audit.delete')?.details).toMatchObject({ audit: audit.id, title: 'Zu löschendes Audit' });
  });

  it('adds an own indicator mapped to a standard item, which the comparison marks as worded differently', async () => {
    const res = await member.post('/api/indicators', { citySlug, name: 'Sicherheit nachts im Wohnviertel (eigene Frage)', mapsTo: 'safety_dark' });
    expect(res.status).toBe(201);
    const own = res.body.indicator as Indicator;
    expect(own).toMatchObject({ standard: false, mapsTo: 'safety_dark', city: { slug: citySlug }, headline: ['fairly_unsafe', 'very_unsafe'] });
    expect((await member.post('/api/indicators', { citySlug, name: 'Sicherheit nachts im Wohnviertel (eigene Frage)', mapsTo: 'safety_dark' })).status).toBe(409);
    expect((await member.post('/api/indicators', { citySlug, name: 'Ohne Skala' })).body.error.fields).toHaveProperty('categories');
    expect((await member.post('/api/indicators', { citySlug, name: 'Falsch zugeordnet', mapsTo: 'no_such_item' })).body.error.fields).toHaveProperty('mapsTo');
    expect((await outsider.post('/api/indicators', { citySlug, name: 'Fremde Frage', mapsTo: 'safety_dark' })).status).toBe(403);

    const created = await member.post('/api/audits', { citySlug, title: 'Eigene Fragen', fieldworkFrom: '2024-05-01', fieldworkTo: '2024-06-01', mode: 'online', questionnaire: 'own', licence: 'CC BY 4.0', visibility: 'members' });
    const csv = ['area_code;indicator;year;n;very_safe;fairly_safe;fairly_unsafe;very_unsafe', `city;${own.slug};2024;900;10;30;40;20`].join('\n');
    expect((await upload(`/api/audits/${created.body.audit.id}/results`, csv)).status).toBe(200);
    const compared = await member.get('/api/audits/compare?indicator=safety_dark&year=2024');
    expect(compared.body.items.find((i: { audit: { id: number } }) => i.audit.id === created.body.audit.id)).toMatchObject({ item: 'mapped', value: 60 });
  });
});

describe('an audit is seen across years and downloaded', () => {
  it('shows a trend per district where the areas match, withholding thin years', async () => {
    const audit = await auditWithTwoYears();
    const res = await member.get(`/api/audits/${audit.id}/trend?indicator=safety_dark&lang=en`);
    expect(res.status).toBe(200);
    const trend = res.body as AuditTrend;
    // The city's other audits (earlier tests') add their years too.
    expect(trend.years).toEqual(expect.arrayContaining([2022, 2025]));
    const city = trend.series.find((s) => s.code === 'city')!;
    expect(city.points.filter((p) => p.year !== 2024).map((p) => p.value)).toEqual([40, 36]);
    const walsum = trend.series.find((s) => s.code === '100')!;
    expect(walsum.points[0]).toMatchObject({ year: 2022, n: 40, value: 60, margin: 15.2 });
    await member.patch(`/api/audits/${audit.id}`, { minN: 50 });
    const thin = (await member.get(`/api/audits/${audit.id}/trend?indicator=safety_dark`)).body as AuditTrend;
    const walsum2022 = thin.series.find((s) => s.code === '100')!.points.find((p) => p.year === 2022 && p.auditId === audit.id);
    expect(walsum2022).toMatchObject({ withheld: true, n: null, value: null });
    expect(trend.svg).toContain('role="img"');
    expect(trend.svg).toContain('Walsum');
    expect((await member.get(`/api/audits/${audit.id}/trend?indicator=nope`)).body.error.fields).toHaveProperty('indicator');
  });

  it('downloads maps and charts as PNG and the districts as GeoJSON with the licence', async () => {
    const audit = await auditWithTwoYears();
    for (const path of [`/api/audits/${audit.id}/map.png?indicator=safety_dark&year=2025`, `/api/audits/${audit.id}/trend.png?indicator=safety_dark`, '/api/audits/compare.png?indicator=safety_dark']) {
      const res = await fetch(server.url + path, { headers: { cookie: member.cookie } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('content-disposition')).toContain('.png');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(bytes.length).toBeGreaterThan(2000);
    }
    expect((await member.get(`/api/audits/${audit.id}/map.gif`)).status).toBe(404);

    const geo = await fetch(`${server.url}/api/audits/${audit.id}/areas.geojson?indicator=safety_dark&year=2025`, { headers: { cookie: member.cookie } });
    expect(geo.headers.get('content-type')).toContain('application/geo+json');
    const fc = await geo.json();
    expect(fc).toMatchObject({ type: 'FeatureCollection', attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0', resultsLicence: 'CC BY 4.0', indicator: 'safety_dark', year: 2025 });
    expect(fc.features).toHaveLength(7);
    expect(fc.features.find((f: { properties: { code: string } }) => f.properties.code === '100').properties).toMatchObject({ name: 'Walsum', n: 200, value: 50 });
    expect(fc.features.find((f: { properties: { code: string } }) => f.properties.code === '300').properties).toMatchObject({ value: null });
  });

  it('offers a results template with every standard item, ready for the spreadsheet', async () => {
    const res = await fetch(`${server.url}/api/audits/template.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('audit-results-template.csv');
    const [header, first] = (await res.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header!.startsWith('area_code;indicator;year;n;very_safe;fairly_safe;fairly_unsafe;very_unsafe')).toBe(true);
    expect(first).toMatch(/^city;safety_dark;\d{4};/);
  });

  it('are found by city, district and indicator name, only among the audits the reader may see', async () => {
    const audit = await auditWithTwoYears('Auffindbares Audit');
    const ids = async (client: ApiClient, q: string) => ((await client.get(`/api/audits?q=${encodeURIComponent(q)}`)).body.items as { id: number }[]).map((a) => a.id);
    expect(await ids(member, 'Rheinhausen')).toContain(audit.id);
    expect(await ids(member, 'Wohngebiet bei Dunkelheit')).toContain(audit.id);
    expect(await ids(member, 'Auffindbar')).toContain(audit.id);
    expect(await ids(member, 'Atlantis')).not.toContain(audit.id);
    expect(await ids(new ApiClient(server.url), 'Auffindbar')).not.toContain(audit.id);
  });
});

describe('the mapping step of an import', () => {
  it('keeps the file, guesses the columns from German headings and labels, shows the problems, then imports as mapped', async () => {
    const created = await member.post('/api/audits', { citySlug, title: 'Import mit Zuordnung', fieldworkFrom: '2025-03-01', fieldworkTo: '2025-04-15', mode: 'postal', questionnaire: 'own', licence: 'CC BY 4.0', visibility: 'members' });
    const id = created.body.audit.id as number;
    const csv = ['Gebiet;Indikator;Jahr;Befragte;sehr sicher;eher sicher;eher unsicher;sehr unsicher', 'city;safety_dark;2025;1200;20;40;30;10', 'city;safety_day;2025;1200;50;40;7;3'].join('\n');
    const form = new FormData();
    form.set('file', new Blob([csv]), 'befragung.csv');
    const staged = await fetch(`${server.url}/api/audits/${id}/uploads`, { method: 'POST', body: form, headers: { cookie: member.cookie, origin: server.url, accept: 'application/json' } });
    expect(staged.status).toBe(201);
    const { upload } = await staged.json();
    expect(upload).toMatchObject({ filename: 'befragung.csv', rows: 2, columns: ['Gebiet', 'Indikator', 'Jahr', 'Befragte', 'sehr sicher', 'eher sicher', 'eher unsicher', 'sehr unsicher'] });
    expect(upload.mapping).toEqual({ area_code: 'Gebiet', indicator: 'Indikator', year: 'Jahr', n: 'Befragte', very_safe: 'sehr sicher', fairly_safe: 'eher sicher', fairly_unsafe: 'eher unsicher', very_unsafe: 'sehr unsicher' });
    expect(upload.problems).toEqual([]);

    // A wrong choice shows what the import would refuse, and imports nothing.
    const wrong = await member.get(`/api/audits/${id}/uploads/${upload.id}?mapping=${encodeURIComponent(JSON.stringify({ n: 'Jahr', year: 'Befragte' }))}`);
    expect(wrong.body.upload.problems[0]).toMatchObject({ row: 2, column: 'year' });
    expect((await outsider.get(`/api/audits/${id}/uploads/${upload.id}`)).status).toBe(403);

    const imported = await member.post(`/api/audits/${id}/uploads/${upload.id}/import`, { mapping: upload.mapping });
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toMatchObject({ rows: 2, version: 1, years: [2025] });
    // The file is gone once imported.
    expect((await member.get(`/api/audits/${id}/uploads/${upload.id}`)).status).toBe(404);
  });
});

describe('results by gender and age group', () => {
  it('are imported from a group column, withheld below the minimum like any figure, and kept apart from the whole', async () => {
    const created = await member.post('/api/audits', { citySlug, title: 'Befragung nach Gruppen', fieldworkFrom: '2025-03-01', fieldworkTo: '2025-04-15', mode: 'online', questionnaire: 'defus_monitor', licence: 'CC BY 4.0', visibility: 'members' });
    const id = created.body.audit.id as number;
    const header = 'area_code;indicator;year;n;very_safe;fairly_safe;fairly_unsafe;very_unsafe;breakdown';
    const refused = await upload(`/api/audits/${id}/results`, [header, 'city;safety_dark;2025;1000;20;40;30;10;', 'city;safety_dark;2025;300;20;40;30;10;Kinder'].join('\n'));
    expect(refused.status).toBe(400);
    expect(refused.body.error.rows).toEqual([expect.objectContaining({ row: 3, column: 'breakdown', code: 'unknown_breakdown', params: { value: 'Kinder' } })]);

    const csv = [
      header,
      'city;safety_dark;2025;1000;20;40;30;10;',
      'city;safety_dark;2025;520;15;35;35;15;Frauen',
      'city;safety_dark;2025;460;25;45;22;8;Männer',
      'city;safety_dark;2025;20;10;40;30;20;divers',
      'city;safety_dark;2025;250;10;30;40;20;65+',
    ].join('\n');
    const imported = await upload(`/api/audits/${id}/results`, csv);
    expect(imported.status).toBe(200);
    expect(imported.body.imported.rows).toBe(5);

    const groups = (await member.get(`/api/audits/${id}/breakdowns?indicator=safety_dark`)).body;
    expect(groups).toMatchObject({ indicator: 'safety_dark', year: 2025, area: 'city' });
    expect(groups.groups).toEqual([
      { breakdown: 'gender:female', n: 520, withheld: false, value: 50, margin: 4.3 },
      { breakdown: 'gender:male', n: 460, withheld: false, value: 30, margin: 4.2 },
      { breakdown: 'gender:diverse', n: null, withheld: true, value: null, margin: null },
      { breakdown: 'age:65_plus', n: 250, withheld: false, value: 60, margin: 6.1 },
    ]);
    // The whole city's figure is the whole's, not a mix of the groups.
    const audit = (await member.get(`/api/audits/${id}?area=city`)).body.audit as Audit;
    expect(audit.results.map((r) => [r.breakdown, r.value])).toEqual([['', 40]]);
    const download = await (await fetch(`${server.url}/api/audits/${id}/results.csv`, { headers: { cookie: member.cookie } })).text();
    expect(download).toMatch(/\ncity,safety_dark,2025,520,,15,35,35,15,.*gender:female/);
    expect(download).toMatch(/\ncity,safety_dark,2025,,yes,.*gender:diverse/);
  });
});
