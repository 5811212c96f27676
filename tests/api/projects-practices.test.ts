import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeInput, ProjectInput } from '@praxisnetz/shared';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let visitor: ApiClient;
let member: ApiClient;
let moderator: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  visitor = new ApiClient(server.url);
  [member, moderator] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'moderator')]);
});
afterAll(() => server.close());

const project = (over: Partial<ProjectInput> = {}): ProjectInput => ({
  title: 'Sichere Bahnhofsviertel in Europa',
  programme: 'isf',
  topic: 'kommunale-kriminalpraevention',
  startsOn: '2024-01-01',
  endsOn: '2099-12-31',
  leadOrganisation: 'Efus',
  leadCity: 'augsburg',
  partnerCities: ['bremen', 'hannover'],
  aims: 'Gemeinsame Standards für **Bahnhofsviertel** entwickeln.',
  contact: 'Projektbüro, Tel. 0821 000',
  ...over,
});

describe('projects', () => {
  it('proposed by a member wait for the staff and are then public, filterable by programme, status and city', async () => {
    const proposed = await member.post('/api/projects', project());
    expect(proposed.status).toBe(201);
    const { id } = proposed.body.project;
    expect(proposed.body.project).toMatchObject({ publishedAt: null, status: 'running', leadCity: { slug: 'augsburg' }, partnerCities: [{ slug: 'bremen' }, { slug: 'hannover' }] });
    expect(proposed.body.project.aimsHtml).toContain('<strong>Bahnhofsviertel</strong>');
    expect((await visitor.get('/api/projects')).body.items.map((p: { id: number }) => p.id)).not.toContain(id);
    expect((await visitor.get(`/api/projects/${id}`)).status).toBe(404);
    expect((await member.post(`/api/projects/${id}/publish`)).status).toBe(403);
    expect((await moderator.get('/api/projects?proposed=1')).body.items.map((p: { id: number }) => p.id)).toEqual([id]);

    const edited = await member.put(`/api/projects/${id}`, project({ results: 'Ein Leitfaden für **Bahnhofsviertel**.' }));
    expect(edited.body.project).toMatchObject({ permissions: { canEdit: true, canPublish: false } });
    expect(edited.body.project.resultsHtml).toContain('<strong>Bahnhofsviertel</strong>');
    expect((await moderator.post(`/api/projects/${id}/publish`)).status).toBe(200);
    expect((await member.put(`/api/projects/${id}`, project())).status).toBe(403);
    expect((await moderator.put(`/api/projects/${id}`, project({ results: 'Ein Leitfaden.' }))).body.project.results).toBe('Ein Leitfaden.');
    expect((await moderator.post(`/api/projects/${id}/publish`)).status).toBe(409);
    await moderator.post('/api/projects', project({ title: 'Jugend und Nachtleben', programme: 'erasmus_plus', startsOn: '2019-01-01', endsOn: '2021-06-30', topic: undefined, leadCity: undefined, partnerCities: [] }));

    // The demo's own projects aside: only the two made here.
    const ours = ['Sichere Bahnhofsviertel in Europa', 'Jugend und Nachtleben'];
    const ids = async (query: string) => (await visitor.get(`/api/projects${query}`)).body.items.map((p: { title: string }) => p.title).filter((t: string) => ours.includes(t));
    expect(await ids('')).toEqual(ours);
    expect(await ids('?programme=isf')).toEqual(['Sichere Bahnhofsviertel in Europa']);
    expect(await ids('?status=completed')).toEqual(['Jugend und Nachtleben']);
    expect(await ids('?city=hannover')).toEqual(['Sichere Bahnhofsviertel in Europa']);
    expect(await ids('?topic=kommunale-kriminalpraevention')).toEqual(['Sichere Bahnhofsviertel in Europa']);
    expect((await visitor.get('/api/projects?programme=fantasie')).body.error.fields).toHaveProperty('programme');
  });

  it('are refused with a period that ends before it starts, or unknown cities, naming the field; nothing is kept', async () => {
    const before = (await moderator.get('/api/projects?proposed=1')).body.items.length;
    for (const [over, field] of [
      [{ startsOn: '2025-06-01', endsOn: '2025-01-01' }, 'endsOn'],
      [{ startsOn: '2025-13-01' }, 'startsOn'],
      [{ partnerCities: ['atlantis'] }, 'partnerCities'],
      [{ leadCity: 'atlantis' }, 'leadCity'],
      [{ website: 'javascript:alert(1)' }, 'website'],
    ] as const) {
      const res = await member.post('/api/projects', project(over as Partial<ProjectInput>));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect((await visitor.post('/api/projects', project())).status).toBe(401);
    expect((await moderator.get('/api/projects?proposed=1')).body.items).toHaveLength(before);
  });
});

const practice = (over: Partial<PracticeInput> = {}): PracticeInput => ({
  title: 'Präventionsrat im Quartier',
  summary: 'Ein Quartiersrat bündelt Polizei, Jugendhilfe und Wohnungswirtschaft.',
  topic: 'kommunale-kriminalpraevention',
  targetGroups: ['residents', 'youth'],
  settings: ['public_space', 'housing'],
  city: 'augsburg',
  language: 'de',
  problem: 'Vandalismus und Angsträume rund um den Quartiersplatz.',
  measures: 'Monatliche Quartiersrunde, Beleuchtung, aufsuchende Jugendarbeit.',
  evaluationDesign: 'pre_post',
  evaluationFindings: 'Die Befragung zeigt ein höheres Sicherheitsgefühl.',
  evidenceLevel: 'likely',
  emmie: {
    effect: { rating: 2, note: 'Vorher-nachher-Befragung, keine Vergleichsgruppe.' },
    mechanism: { rating: 2, note: 'Informelle soziale Kontrolle, plausibel beschrieben.' },
    moderators: { rating: 1, note: 'Wirkt in Quartieren mit Ansprechpartnern.' },
    implementation: { rating: 3, note: 'Umsetzung gut dokumentiert.' },
    economics: { rating: 0, note: 'Kosten nicht erhoben.' },
  },
  ...over,
});

describe('the practice library', () => {
  it('refuses an evidence level or rating outside the scale, naming the field; nothing is kept', async () => {
    for (const [over, field] of [
      [{ evidenceLevel: 'excellent' }, 'evidenceLevel'],
      [{ emmie: { ...practice().emmie, effect: { rating: 4, note: 'zu hoch' } } }, 'emmie.effect.rating'],
      [{ emmie: { ...practice().emmie, mechanism: { rating: 1, note: '' } } }, 'emmie.mechanism.note'],
      [{ targetGroups: [] }, 'targetGroups'],
      [{ settings: ['mars'] }, 'settings.0'],
      [{ threadIds: [999_999] }, 'threadIds'],
    ] as const) {
      const res = await member.post('/api/practices', practice(over as Partial<PracticeInput>));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect((await member.get('/api/practices?status=mine')).body.items.map((p: { title: string }) => p.title)).not.toContain('Präventionsrat im Quartier');
  });

  it('takes a member’s example through review: comments, changes asked for, resubmission, publication with the reviewer named', async () => {
    const created = await member.post('/api/practices', practice());
    expect(created.status).toBe(201);
    const { id } = created.body.practice;
    expect(created.body.practice).toMatchObject({ status: 'submitted', permissions: { canEdit: true, canReview: false } });
    expect((await visitor.get(`/api/practices/${id}`)).status).toBe(404);
    expect((await member.post(`/api/practices/${id}/publish`)).status).toBe(403);
    expect((await moderator.get('/api/practices?status=submitted')).body.items.map((p: { id: number }) => p.id)).toEqual([id]);

    const asked = await moderator.post(`/api/practices/${id}/reviews`, { body: 'Bitte die Kosten ergänzen.', requestChanges: true });
    expect(asked.body.practice.status).toBe('changes_requested');
    expect((await moderator.post(`/api/practices/${id}/publish`)).status).toBe(409);
    const told = (await member.get('/api/notifications')).body.items;
    expect(told.some((n: { kind: string; href: string }) => n.kind === 'practice_reviewed' && n.href === '/practices?status=mine')).toBe(true);
    const seen = (await member.get(`/api/practices/${id}`)).body.practice;
    expect(seen.reviews).toMatchObject([{ kind: 'changes_requested', body: 'Bitte die Kosten ergänzen.', author: 'Jens Albrecht' }]);

    const resubmitted = await member.put(`/api/practices/${id}`, practice({ resources: '2 Stellen, 15.000 € Sachkosten pro Jahr' }));
    expect(resubmitted.body.practice).toMatchObject({ status: 'submitted', content: { resources: '2 Stellen, 15.000 € Sachkosten pro Jahr' } });
    const published = await moderator.post(`/api/practices/${id}/publish`);
    expect(published.body.practice).toMatchObject({ status: 'published', reviewer: 'Jens Albrecht' });
    expect((await member.put(`/api/practices/${id}`, practice())).status).toBe(403);

    const shown = (await visitor.get(`/api/practices/${id}`)).body.practice;
    expect(shown).toMatchObject({ evidenceLevel: 'likely', emmie: { implementation: { rating: 3 } }, reviews: [] });
    expect(shown.content.problemHtml).toContain('Quartiersplatz');
  });

  it('lists the published examples by evidence level, topic, target group, setting, city and language', async () => {
    const draft = await member.post('/api/practices', practice({ title: 'Nur ein Entwurf', draft: true }));
    expect(draft.body.practice.status).toBe('draft');
    // The demo's own examples aside: only the one published here (the draft never shows).
    const titles = async (query: string) =>
      (await visitor.get(`/api/practices${query}`)).body.items.map((p: { title: string }) => p.title).filter((t: string) => ['Präventionsrat im Quartier', 'Nur ein Entwurf'].includes(t));
    expect(await titles('')).toEqual(['Präventionsrat im Quartier']);
    expect(await titles('?evidence=likely&topic=kommunale-kriminalpraevention')).toEqual(['Präventionsrat im Quartier']);
    expect(await titles('?evidence=proven')).toEqual([]);
    expect(await titles('?targetGroup=youth&setting=housing&city=augsburg&language=de')).toEqual(['Präventionsrat im Quartier']);
    expect(await titles('?setting=online')).toEqual([]);
    expect((await visitor.get('/api/practices?evidence=excellent')).body.error.fields).toHaveProperty('evidence');
    expect((await visitor.get('/api/practices?status=submitted')).status).toBe(401);
    const mine = (await member.get('/api/practices?status=mine')).body.items.map((p: { title: string; status: string }) => [p.title, p.status]);
    expect(mine).toEqual(expect.arrayContaining([['Nur ein Entwurf', 'draft'], ['Präventionsrat im Quartier', 'published']]));
  });
});
