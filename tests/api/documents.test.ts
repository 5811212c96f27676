import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile, pngFile, docxFile } from '../../server/src/demo/sample-files/index.ts';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, storedFiles, tempFiles, upload } from '../support/uploads.ts';

const LIMIT = 1024 * 1024;
const sha256 = (bytes: Uint8Array | Buffer) => createHash('sha256').update(bytes).digest('hex');

let server: TestServer;
let member: ApiClient;
let otherMember: ApiClient;
let moderator: ApiClient;
let anonymous: ApiClient;
let pending: ApiClient;
let pdf: Uint8Array;

beforeAll(async () => {
  server = await startTestServer({ UPLOAD_MAX_BYTES: String(LIMIT) });
  [member, otherMember, moderator, pending] = await Promise.all([
    signedIn(server.url, 'member'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'moderator'),
    signedIn(server.url, 'pending1'),
  ]);
  anonymous = new ApiClient(server.url);
  pdf = await pdfFile('Sicherheitsaudit', ['Die Bürgerinnen und Bürger fühlen sich am Bahnhof unsicher.']);
});
afterAll(() => server.close());

async function download(client: ApiClient, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    headers: { ...(client.cookie && { cookie: client.cookie }), accept: 'application/json', ...headers },
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A refused upload leaves the store and the library as they were. */
async function expectNothingStored(before: { files: string[]; count: number }) {
  expect(await storedFiles(server.dataDir)).toEqual(before.files);
  expect(await tempFiles(server.dataDir)).toEqual([]);
  expect(await documentCount()).toBe(before.count);
}
async function snapshot() {
  return { files: await storedFiles(server.dataDir), count: await documentCount() };
}
async function documentCount() {
  let n = 0;
  let cursor: string | null = '';
  while (cursor !== null) {
    const res: { body: { items: unknown[]; nextCursor: string | null } } = await moderator.get(`/api/documents?cursor=${cursor}`);
    n += res.body.items.length;
    cursor = res.body.nextCursor;
  }
  return n;
}

describe('uploading and downloading documents', () => {
  it('stores an upload and gives back the identical bytes with a safe, UTF-8 download name', async () => {
    const res = await upload(member, documentFields({ topics: ['staedtebauliche-kriminalpraevention'] }), { name: 'Übersicht Nordstadt.pdf', content: pdf });
    expect(res.status).toBe(201);
    const doc = res.body.document;
    expect(doc).toMatchObject({
      title: 'Sicherheitsaudit Nordstadt',
      filename: 'Übersicht Nordstadt.pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      mime: 'application/pdf',
      version: 1,
      visibility: 'members',
      language: 'de',
    });
    const file = await download(member, `/files/${doc.id}`);
    expect(file.status).toBe(200);
    expect(sha256(file.bytes)).toBe(sha256(pdf));
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = file.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain("filename*=UTF-8''%C3%9Cbersicht%20Nordstadt.pdf");
  });

  it('serves byte ranges, and counts a download once', async () => {
    const doc = (await upload(member, documentFields(), { name: 'range.pdf', content: pdf })).body.document;
    const part = await download(member, `/files/${doc.id}`, { range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${pdf.length}`);
    expect(part.bytes).toEqual(Buffer.from(pdf.slice(10, 20)));
    await download(member, `/files/${doc.id}`);
    expect((await member.get(`/api/documents/${doc.id}`)).body.document.downloadCount).toBe(1);
  });

  it('stores identical content once, even when uploaded at the same moment', async () => {
    const bytes = docxFile('Fragebogen', ['Wie sicher fühlen Sie sich nachts in Ihrem Stadtteil?']);
    const before = await storedFiles(server.dataDir);
    const results = await Promise.all(
      [member, otherMember, moderator, member].map((c, i) => upload(c, documentFields({ title: `Fragebogen ${i}` }), { name: 'Fragebogen.docx', content: bytes })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.document.id)).size).toBe(4);
    const after = await storedFiles(server.dataDir);
    expect(after.filter((f) => !before.includes(f))).toEqual([sha256(bytes)]);
    for (const r of results) expect(sha256((await download(member, `/files/${r.body.document.id}`)).bytes)).toBe(sha256(bytes));
  });

  it('keeps every version; the latest is the default download', async () => {
    const first = (await upload(member, documentFields(), { name: 'Konzept.pdf', content: pdf })).body.document;
    const second = await pdfFile('Konzept', ['Zweite, überarbeitete Fassung.']);
    const res = await upload(member, {}, { name: 'Konzept v2.pdf', content: second }, { path: `/api/documents/${first.id}/versions` });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ version: 2, filename: 'Konzept v2.pdf', sha256: sha256(second) });
    expect(sha256((await download(member, `/files/${first.id}`)).bytes)).toBe(sha256(second));
    expect(sha256((await download(member, `/files/${first.id}/v/1`)).bytes)).toBe(sha256(pdf));
    const detail = (await member.get(`/api/documents/${first.id}`)).body.document;
    expect(detail.versions.map((v: { n: number; filename: string }) => [v.n, v.filename])).toEqual([
      [2, 'Konzept v2.pdf'],
      [1, 'Konzept.pdf'],
    ]);
    expect((await download(member, `/files/${first.id}/v/3`)).status).toBe(404);
    const stranger = await upload(otherMember, {}, { name: 'x.pdf', content: second }, { path: `/api/documents/${first.id}/versions` });
    expect(stranger.status).toBe(403);
  });

  it('neutralises file names: no paths, no control or bidi characters, long names shortened', async () => {
    const sneaky = `../../etc/rechnung\u202Efdp.pdf`;
    const doc = (await upload(member, documentFields(), { name: sneaky, content: pdf })).body.document;
    expect(doc.filename).toBe('rechnungfdp.pdf');
    const long = `${'Sicherheitsbericht-'.repeat(20)}.pdf`;
    const longDoc = (await upload(member, documentFields(), { name: long, content: pdf })).body.document;
    expect([...longDoc.filename].length).toBeLessThanOrEqual(180);
    expect(longDoc.filename.endsWith('….pdf')).toBe(true);
  });
});

describe('refused uploads store nothing', () => {
  const refusals: [string, () => Promise<{ name: string; content: Uint8Array | string }>][] = [
    ['an EXE renamed .pdf', async () => ({ name: 'bericht.pdf', content: Buffer.concat([Buffer.from('MZ\x90\x00\x03'), Buffer.alloc(2000, 1)]) })],
    ['an HTML page renamed .txt', async () => ({ name: 'notiz.txt', content: '<!DOCTYPE html><html><script>alert(1)</script></html>' })],
    ['an SVG image', async () => ({ name: 'plan.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' })],
    ['an SVG renamed .png', async () => ({ name: 'plan.png', content: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' })],
    ['a PDF named .docx', async () => ({ name: 'bericht.docx', content: pdf })],
    ['a PDF with a ZIP appended (polyglot)', async () => ({ name: 'bericht.pdf', content: Buffer.concat([pdf, Buffer.from(docxFile('x', ['y']))]) })],
    ['a PNG carrying a script (polyglot)', async () => ({ name: 'bild.png', content: Buffer.concat([pngFile(4, 4, [0, 0, 0]), Buffer.from('<script>alert(1)</script>')]) })],
    ['a binary file named .csv', async () => ({ name: 'daten.csv', content: Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]) })],
  ];
  for (const [what, file] of refusals) {
    it(`refuses ${what} with 415`, async () => {
      const before = await snapshot();
      const res = await upload(member, documentFields(), await file());
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
      expect(res.body.error.message.length).toBeGreaterThan(20);
      await expectNothingStored(before);
    });
  }

  it('refuses a file over UPLOAD_MAX_BYTES with 413, while streaming', async () => {
    const before = await snapshot();
    const res = await upload(member, documentFields(), { name: 'gross.csv', content: 'Stadtteil;Anteil\n'.repeat(LIMIT / 10) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('1 MB');
    await expectNothingStored(before);
  });

  it('refuses an upload that announces more than the limit before reading it', async () => {
    const before = await snapshot();
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/documents`, {
        method: 'POST',
        headers: {
          cookie: member.cookie,
          origin: server.url,
          accept: 'application/json',
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(LIMIT * 10),
        },
      });
      req.on('response', (r) => resolve(r.statusCode!));
      req.on('error', reject);
      req.write('--x\r\n');
    });
    expect(res).toBe(413);
    await expectNothingStored(before);
  });

  it('answers missing metadata and a missing file with field messages', async () => {
    const before = await snapshot();
    const noTitle = await upload(member, documentFields({ title: '', type: 'poster' }), { name: 'a.pdf', content: pdf });
    expect(noTitle.status).toBe(400);
    expect(Object.keys(noTitle.body.error.fields)).toEqual(expect.arrayContaining(['title', 'type']));
    const noFile = await upload(member, documentFields(), null);
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.fields.file).toBeTruthy();
    const badTopic = await upload(member, documentFields({ topics: 'gibt-es-nicht' }), { name: 'a.pdf', content: pdf });
    expect(badTopic.body.error.fields.topics).toBeTruthy();
    await expectNothingStored(before);
  });

  it('leaves no row and no file behind when the client aborts mid-upload', async () => {
    const before = await snapshot();
    const boundary = 'praxisnetzboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nAbgebrochen\r\n--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="language"\r\n\r\nde\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="abbruch.txt"\r\nContent-Type: text/plain\r\n\r\n`;
    const req = request(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { cookie: member.cookie, origin: server.url, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(LIMIT - 1000) },
    });
    req.on('error', () => {});
    req.write(head);
    req.write('Zeile\n'.repeat(20_000));
    // The temp file exists while the upload streams; then the client goes away.
    await until(async () => (await tempFiles(server.dataDir)).length === 1);
    req.destroy();
    await until(async () => (await tempFiles(server.dataDir)).length === 0);
    await expectNothingStored(before);
  });

  it('needs an approved account to upload', async () => {
    expect((await upload(anonymous, documentFields(), { name: 'a.pdf', content: pdf })).status).toBe(401);
    expect((await upload(pending, documentFields(), { name: 'a.pdf', content: pdf })).status).toBe(403);
  });
});

describe('who may read, change and delete a document', () => {
  let publicDoc: number;
  let membersDoc: number;

  beforeAll(async () => {
    publicDoc = (await upload(member, documentFields({ title: 'Öffentlicher Leitfaden', visibility: 'public' }), { name: 'leitfaden.pdf', content: pdf })).body.document.id;
    membersDoc = (await upload(member, documentFields({ title: 'Interne Auswertung' }), { name: 'intern.pdf', content: pdf })).body.document.id;
  });

  it('lets anyone read a public document, but only members a members-only one', async () => {
    for (const visitor of [anonymous, pending]) {
      expect((await visitor.get(`/api/documents/${publicDoc}`)).status).toBe(200);
      expect((await download(visitor, `/files/${publicDoc}`)).status).toBe(200);
      expect((await visitor.get(`/api/documents/${membersDoc}`)).status).toBe(404);
      expect((await download(visitor, `/files/${membersDoc}`)).status).toBe(404);
      expect((await download(visitor, `/files/${membersDoc}/v/1`)).status).toBe(404);
      const titles = (await visitor.get('/api/documents')).body.items.map((d: { title: string }) => d.title);
      expect(titles).toContain('Öffentlicher Leitfaden');
      expect(titles).not.toContain('Interne Auswertung');
    }
    expect((await download(otherMember, `/files/${membersDoc}`)).status).toBe(200);
  });

  it('sends a signed-out browser to the sign-in page for a members-only file', async () => {
    const res = await download(anonymous, `/files/${membersDoc}`, { accept: 'text/html' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/files/${membersDoc}`)}`);
  });

  it('lets the owner and moderators edit metadata, nobody else', async () => {
    expect((await otherMember.patch(`/api/documents/${membersDoc}`, { title: 'Übernommen' })).status).toBe(403);
    const own = await member.patch(`/api/documents/${membersDoc}`, { title: 'Interne Auswertung 2024', year: 2024, topics: ['staedtebauliche-kriminalpraevention'] });
    expect(own.status).toBe(200);
    expect(own.body.document).toMatchObject({ title: 'Interne Auswertung 2024', year: 2024 });
    expect(own.body.document.topics.map((t: { slug: string }) => t.slug)).toEqual(['staedtebauliche-kriminalpraevention']);
    const mod = await moderator.patch(`/api/documents/${membersDoc}`, { visibility: 'public' });
    expect(mod.body.document.visibility).toBe('public');
    expect((await member.patch(`/api/documents/${membersDoc}`, { year: 1800 })).body.error.fields.year).toBeTruthy();
    const cleared = await member.patch(`/api/documents/${membersDoc}`, { year: null, citySlug: null });
    expect(cleared.body.document).toMatchObject({ year: null, city: null });
  });

  it('deletes softly: the document and its file are gone for everyone', async () => {
    const doc = (await upload(member, documentFields({ title: 'Wird gelöscht' }), { name: 'weg.pdf', content: pdf })).body.document.id;
    expect((await otherMember.delete(`/api/documents/${doc}`)).status).toBe(403);
    expect((await member.delete(`/api/documents/${doc}`)).status).toBe(204);
    expect((await member.get(`/api/documents/${doc}`)).status).toBe(404);
    expect((await download(moderator, `/files/${doc}`)).status).toBe(404);
    const other = (await upload(member, documentFields(), { name: 'mod.pdf', content: pdf })).body.document.id;
    expect((await moderator.delete(`/api/documents/${other}`)).status).toBe(204);
  });

  it('filters and sorts the library', async () => {
    await upload(otherMember, documentFields({ title: 'Questionnaire on safety', type: 'questionnaire', language: 'en', year: '2023', citySlug: 'hannover' }), { name: 'q.pdf', content: pdf });
    const en = (await member.get('/api/documents?language=en&type=questionnaire&year=2023')).body.items;
    expect(en.map((d: { title: string }) => d.title)).toEqual(['Questionnaire on safety']);
    const mine = (await otherMember.get('/api/documents?owner=me')).body.items;
    expect(mine.every((d: { owner: { displayName: string } }) => d.owner.displayName === mine[0].owner.displayName)).toBe(true);
    const byDownloads = (await member.get('/api/documents?sort=downloads')).body.items;
    const counts = byDownloads.map((d: { downloadCount: number }) => d.downloadCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect((await member.get('/api/documents?cursor=kaputt')).status).toBe(400);
  });
});

describe('uploads from a plain HTML form (no JavaScript)', () => {
  it('redirects to the new document', async () => {
    const res = await upload(member, documentFields(), { name: 'formular.pdf', content: pdf }, { accept: 'text/html' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/library\/\d+$/);
  });

  it('redirects back to the form with the error and what was entered', async () => {
    const res = await upload(member, documentFields({ title: 'Mein Bericht' }), { name: 'x.pdf', content: 'kein pdf' }, {
      accept: 'text/html',
      referer: `${server.url}/library/upload`,
    });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!, server.url);
    expect(location.pathname).toBe('/library/upload');
    expect(location.searchParams.get('error')).toBe('unsupported_media_type');
    expect(location.searchParams.get('title')).toBe('Mein Bericht');
  });

  it('returns to the composer with the new document attached', async () => {
    const res = await upload(member, { ...documentFields(), returnTo: '/threads/1?cursor=abc' }, { name: 'anhang.pdf', content: pdf }, { accept: 'text/html' });
    expect(res.headers.get('location')).toMatch(/^\/threads\/1\?cursor=abc&attached=\d+$/);
    const evil = await upload(member, { ...documentFields(), returnTo: '//evil.example/' }, { name: 'anhang.pdf', content: pdf }, { accept: 'text/html' });
    expect(evil.headers.get('location')).toMatch(/^\/library\/\d+$/);
  });
});

describe('documents attached to posts', () => {
  it('shows attachments under a reply and the thread on the document page', async () => {
    const doc = (await upload(member, documentFields({ title: 'Anhang zum Thema' }), { name: 'anhang.pdf', content: pdf })).body.document;
    const thread = (await member.post('/api/threads', { categorySlug: 'staedtebauliche-kriminalpraevention', title: 'Beleuchtung im Park', body: 'Siehe Anhang.', attachments: [doc.id] })).body.thread;
    expect(thread.openingPost.attachments).toEqual([{ id: doc.id, title: 'Anhang zum Thema', filename: 'anhang.pdf', size: pdf.length, mime: 'application/pdf' }]);
    const reply = await otherMember.post(`/api/threads/${thread.id}/posts`, { body: 'Danke!', attachments: [doc.id] });
    expect(reply.body.post.attachments).toHaveLength(1);
    const detail = (await otherMember.get(`/api/documents/${doc.id}`)).body.document;
    expect(detail.linkedThreads).toEqual([{ id: thread.id, slug: thread.slug, title: 'Beleuchtung im Park' }]);
    const edited = await member.patch(`/api/posts/${thread.openingPost.id}`, { body: 'Siehe Anhang (korrigiert).' });
    expect(edited.body.post.attachments).toHaveLength(1);
  });

  it('refuses to attach a document the author cannot read, or one that does not exist', async () => {
    const res = await otherMember.post('/api/threads/1/posts', { body: 'Hier', attachments: [999999] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.attachments).toBeTruthy();
  });
});

/** Waits for a condition the server reaches on its own (a file appearing or going away). */
async function until(condition: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
