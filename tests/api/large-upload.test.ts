import { createHash } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, upload } from '../support/uploads.ts';

const SIZE = 100 * 1024 * 1024;

let server: TestServer;
let member: ApiClient;
let workDir: string;
let source: string;
let sourceSha: string;

/** A 100 MB survey export written line by line, hashed on the way. */
async function writeCsv(file: string) {
  const hash = createHash('sha256');
  const line = 'Stadtteil;Befragte;Sicher tagsüber;Sicher nachts\nNordstadt;412;81 %;46 %\n';
  const chunk = Buffer.from(line.repeat(Math.ceil(64 * 1024 / line.length))).subarray(0, 64 * 1024);
  async function* chunks() {
    for (let written = 0; written < SIZE; written += chunk.length) {
      const piece = chunk.subarray(0, Math.min(chunk.length, SIZE - written));
      hash.update(piece);
      yield piece;
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return hash.digest('hex');
}

beforeAll(async () => {
  server = await startTestServer({ UPLOAD_MAX_BYTES: String(SIZE + 1024 * 1024) });
  member = await signedIn(server.url, 'member');
  workDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-large-'));
  source = path.join(workDir, 'befragung.csv');
  sourceSha = await writeCsv(source);
});
afterAll(async () => {
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('a 100 MB upload', () => {
  it('comes back byte-identical', async () => {
    const res = await upload(member, documentFields({ title: 'Befragung Rohdaten' }), { name: 'befragung.csv', content: await openAsBlob(source) });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ size: SIZE, sha256: sourceSha, mime: 'text/csv' });

    const download = await fetch(`${server.url}/files/${res.body.document.id}`, { headers: { cookie: member.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-length')).toBe(String(SIZE));
    const hash = createHash('sha256');
    for await (const piece of download.body!) hash.update(piece);
    expect(hash.digest('hex')).toBe(sourceSha);
  });
});
