import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { spawnServer, stopServer } from '../support/process.ts';

/**
 * One large upload through POST /api/documents against a real server process: throughput next
 * to `cp` of the same file on the same disk, and how much the server's resident memory grows
 * while it streams the file to disk. BENCH_UPLOAD_MB sets the size (default 1024); BENCH_DIR the
 * folder for the source file and the server's DATA_DIR (default: the system temp folder).
 */
const MB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_UPLOAD_MB ?? 1024) * MB;
const RSS_GOAL_MB = 64;
const SAMPLE_MS = 100;

/** A survey export as CSV: text that passes the upload's text checks, varied per block so no two blocks are equal. */
async function writeSource(file: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const header = 'Laufnummer;Stadtteil;Befragte;Sicher tagsüber (%);Sicher nachts (%);Bemerkung\n';
  const districts = ['Nordstadt', 'Südstadt', 'Weststadt', 'Oststadt', 'Innenstadt', 'Bahnhofsquartier', 'Gartenstadt', 'Hafenviertel'];
  let n = 0;
  const block = () => {
    const lines: string[] = [];
    const random = randomBytes(4 * 64 * 1024);
    let length = 0;
    for (let i = 0; length < 4 * MB; i = (i + 4) % random.length) {
      const r = random.subarray(i, i + 4);
      const line = `${++n};${districts[r[0]! % districts.length]};${100 + r[1]!};${50 + (r[2]! % 50)},${r[3]! % 10};${20 + (r[3]! % 60)};Begehung ${r.toString('hex')} – Beleuchtung prüfen\n`;
      lines.push(line);
      length += Buffer.byteLength(line);
    }
    return Buffer.from(lines.join(''));
  };
  async function* chunks() {
    let written = 0;
    for (let piece = Buffer.from(header); written < size; piece = block()) {
      const part = piece.subarray(0, Math.min(piece.length, size - written));
      hash.update(part);
      written += part.length;
      yield part;
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return hash.digest('hex');
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
}

/** Resident set size of a process in bytes, from /proc (Linux). */
function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(kb?.[1] ?? NaN) * 1024;
}

function sampler(pid: number) {
  const samples: { at: number; rss: number }[] = [];
  const take = () => samples.push({ at: performance.now(), rss: rssOf(pid) });
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}

/**
 * Streams `file` as multipart/form-data — metadata fields first, then the file part — with a
 * known Content-Length, never holding more than a read chunk in memory.
 */
function uploadStreamed(url: string, cookie: string, file: string, size: number, filename: string): Promise<{ status: number; body: any; sentAt: number }> {
  const boundary = `----praxisnetz-bench-${randomBytes(12).toString('hex')}`;
  const fields: [string, string][] = [
    ['title', 'Benchmark: Befragung Rohdaten (großer Export)'],
    ['type', 'other'],
    ['language', 'de'],
  ];
  const head = Buffer.from(
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* body() {
    yield head;
    yield* createReadStream(file, { highWaterMark: MB });
    yield tail;
  }
  const origin = new URL(url).origin;
  let sentAt = NaN;
  let answered = false;
  return new Promise((resolve, reject) => {
    // a server that answers before the body is through (413, 401) closes the connection: the answer counts
    const fail = (err: Error) => answered || reject(new Error(`upload to ${origin} failed: ${err.message}`));
    const req = request(`${origin}/api/documents`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        origin,
        cookie,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + size + tail.length),
      },
    });
    req.once('response', async (res) => {
      answered = true;
      let text = '';
      for await (const chunk of res) text += chunk;
      resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, sentAt });
    });
    req.once('error', fail);
    pipeline(Readable.from(body()), req).then(() => (sentAt = performance.now()), fail);
  });
}

/** A bare node:http server that reads and drops the body: what the loopback and this client manage without the app. */
function startSink(): Promise<{ url: string; stop: () => void }> {
  const code = `require('node:http').createServer(async (q, s) => { for await (const _ of q); s.end('{}'); }).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill() })));
}

/** Text extraction of the demo library runs in the background after start; let it finish before the baseline. */
async function waitForIdleExtraction(member: Awaited<ReturnType<typeof signedIn>>) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const { body } = await member.get('/api/documents');
    if (!body.items.some((d: { extraction: string }) => d.extraction === 'pending')) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const mb = (bytes: number) => bytes / MB;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

// TEST_DATABASE_URL set: the server runs on a fresh database of that PostgreSQL server instead of PGlite.
const database = await freshDatabaseUrl();
const workDir = await mkdtemp(path.join(process.env.BENCH_DIR ?? tmpdir(), 'praxisnetz-upload-bench-'));
const source = path.join(workDir, 'befragung-rohdaten.csv');
const copy = path.join(workDir, 'kopie.csv');
const dataDir = path.join(workDir, 'data');
try {
  console.log(`writing a ${fmt(mb(SIZE), 0)} MB CSV source file in ${workDir} …`);
  const sourceSha = await writeSource(source, SIZE);

  // cp reads the source from the page cache as the upload will; sync makes it durable as the server's fsync does
  const cpSeconds = await timed(() => run('cp', [source, copy]));
  const syncSeconds = await timed(() => run('sync', [copy]));
  await rm(copy);
  const sink = await startSink();
  const sinkSeconds = await timed(() => uploadStreamed(sink.url, '', source, SIZE, 'sink.csv')).finally(sink.stop);

  const server = await spawnServer({
    DATA_DIR: dataDir,
    DEMO: '1',
    UPLOAD_MAX_BYTES: String(Math.max(2 * 1024 * MB, SIZE + MB)),
    ...(database.url && { DATABASE_URL: database.url }),
  });
  try {
    const pid = server.child.pid!;
    const member = await signedIn(server.url, 'member');
    await waitForIdleExtraction(member);

    const baseline = sampler(pid);
    await new Promise((r) => setTimeout(r, 2000));
    baseline.stop();
    const baselineRss = Math.max(...baseline.samples.map((s) => s.rss));

    const during = sampler(pid);
    const started = performance.now();
    const res = await uploadStreamed(server.url, member.cookie, source, SIZE, 'Befragung_Rohdaten_Großexport.csv');
    const answered = performance.now();
    during.stop();
    const uploadSeconds = (answered - started) / 1000;
    const after = sampler(pid);
    await new Promise((r) => setTimeout(r, 2000));
    after.stop();

    if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.body)}`);
    const document = res.body.document;
    const stored = await stat(path.join(dataDir, 'files', document.sha256.slice(0, 2), document.sha256.slice(2, 4), document.sha256));
    const peakRss = Math.max(...during.samples.map((s) => s.rss));
    const afterRss = after.samples.at(-1)!.rss;
    const growth = peakRss - baselineRss;
    const rate = (seconds: number) => `${fmt(mb(SIZE) / seconds)} MB/s`;

    console.log(`\nbench:upload — ${database.url ? 'PostgreSQL server' : 'embedded PGlite'}, ${process.version}, one streamed multipart POST /api/documents`);
    console.log(`size:               ${fmt(mb(SIZE), 0)} MB (${SIZE} bytes), text/csv`);
    console.log(`upload:             ${fmt(uploadSeconds, 2)} s  ${rate(uploadSeconds)}  (request start → 201, includes sniffing, fsync, rename, row commit)`);
    console.log(`                    body sent in ${fmt((res.sentAt - started) / 1000, 2)} s; answered ${fmt((answered - res.sentAt) / 1000, 2)} s after its last byte`);
    console.log(`cp:                 ${fmt(cpSeconds, 2)} s  ${rate(cpSeconds)}  (into the page cache)`);
    console.log(`cp + sync:          ${fmt(cpSeconds + syncSeconds, 2)} s  ${rate(cpSeconds + syncSeconds)}  (durable, as the upload is)`);
    console.log(`loopback sink:      ${fmt(sinkSeconds, 2)} s  ${rate(sinkSeconds)}  (same client into a node:http server that drops the body: the ceiling here)`);
    console.log(`ratio:              upload takes ${fmt(uploadSeconds / (cpSeconds + syncSeconds), 2)}× cp + sync, ${fmt(uploadSeconds / cpSeconds, 2)}× cp alone, ${fmt(uploadSeconds / sinkSeconds, 2)}× the sink`);
    console.log(`server RSS:         baseline ${fmt(mb(baselineRss))} MB, peak during upload ${fmt(mb(peakRss))} MB, 2 s after ${fmt(mb(afterRss))} MB`);
    console.log(`RSS growth:         ${fmt(mb(growth))} MB (goal < ${RSS_GOAL_MB} MB: ${mb(growth) < RSS_GOAL_MB ? 'met' : 'missed'}); ${during.samples.length} samples every ${SAMPLE_MS} ms`);
    console.log(`sha256:             ${document.sha256 === sourceSha ? 'matches the source' : `DIFFERS (source ${sourceSha}, stored ${document.sha256})`}; stored file ${stored.size === SIZE ? 'has the full size' : `has ${stored.size} bytes`}`);
  } finally {
    await stopServer(server, 'SIGTERM');
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
  await database.drop();
}
