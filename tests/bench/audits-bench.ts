import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { type ServerProcess, spawnServer, stopServer } from '../support/process.ts';

// npm run bench:audits — importing a 100,000-row results file (time, the server's peak RSS) and the
// map page of a city with 300 areas under load, as a fraction of a bare node:http server measured
// in the same run. PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set.
// BENCH_SECONDS (10), BENCH_CONNECTIONS (50); BENCH_PROFILE=<dir> writes the server's CPU profile (.cpuprofile) there.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PROFILE = process.env.BENCH_PROFILE && path.resolve(process.env.BENCH_PROFILE);
const AREAS = 300;
const YEARS = 24;

const rssMiB = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!.replace(/\D+/g, '')) / 1024;

function startHelloWorld(): Promise<{ url: string; stop: () => void }> {
  const code = `require('node:http').createServer((q, s) => s.end('hello world')).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill() })));
}

/** 300 square districts in a 20 × 15 grid near Duisburg, counter-clockwise as RFC 7946 has them. */
function grid() {
  const features = Array.from({ length: AREAS }, (_, i) => {
    const [x, y] = [6.6 + (i % 20) * 0.01, 51.3 + Math.floor(i / 20) * 0.01];
    const ring = [[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]];
    return { type: 'Feature', properties: { code: `A${i + 1}`, name: `Bezirk ${i + 1}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return { type: 'FeatureCollection', attribution: 'Synthetic benchmark grid', features };
}

/** Every indicator for the city and each area over 24 years: 301 × 14 × 24 = 101,136 rows. */
async function resultsCsv(baseUrl: string): Promise<{ csv: string; rows: number }> {
  const indicators = (await (await fetch(`${baseUrl}/api/indicators`)).json()).items as { slug: string; categories: { key: string }[] }[];
  const keys = [...new Set(indicators.flatMap((i) => i.categories.map((c) => c.key)))];
  const lines = [['area_code', 'indicator', 'year', 'n', ...keys].join(';')];
  const areas = ['city', ...Array.from({ length: AREAS }, (_, i) => `A${i + 1}`)];
  for (let year = 1995; year < 1995 + YEARS; year++)
    for (const area of areas)
      for (const indicator of indicators) {
        const own = indicator.categories.map((c) => c.key);
        const first = 100 - (own.length - 1) * 20;
        const shares = keys.map((k) => (own.includes(k) ? String(k === own[0] ? first : 20) : ''));
        lines.push([area, indicator.slug, year, 100 + ((year * 7 + area.length) % 200), ...shares].join(';'));
      }
  return { csv: lines.join('\n'), rows: lines.length - 1 };
}

async function benchDatabase(kind: 'PGlite' | 'PostgreSQL', hello: string) {
  const database = kind === 'PostgreSQL' ? await freshDatabaseUrl() : { url: undefined, drop: async () => {} };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-bench-'));
  let server: ServerProcess | undefined;
  try {
    server = await spawnServer({
      DATA_DIR: dataDir,
      DEMO: '1',
      WRITES_PER_MINUTE: '100000',
      ...(database.url && { DATABASE_URL: database.url }),
      ...(PROFILE && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE}` }),
    });
    const member = await signedIn(server.url, 'member');
    const city = (await member.get('/api/me')).body.user.city.slug;
    const audit = (
      await member.post('/api/audits', { citySlug: city, title: 'Benchmark-Audit', fieldworkFrom: '2018-01-01', fieldworkTo: '2018-02-01', mode: 'online', questionnaire: 'own', licence: 'CC0', visibility: 'members' })
    ).body.audit;
    const put = await member.put(`/api/audits/${audit.id}/areas`, grid());
    if (put.status !== 200) throw new Error(`areas: ${put.status} ${JSON.stringify(put.body)}`);

    const { csv, rows } = await resultsCsv(server.url);
    const form = new FormData();
    form.set('file', new Blob([csv]), 'results.csv');
    const pid = server.child.pid!;
    const before = rssMiB(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 50);
    const started = performance.now();
    const res = await fetch(`${server.url}/api/audits/${audit.id}/results`, { method: 'POST', body: form, headers: { cookie: member.cookie, origin: server.url } });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (res.status !== 200) throw new Error(`import: ${res.status} ${(await res.text()).slice(0, 300)}`);

    const measure = async (target: string) => {
      const url = server!.url + target;
      await autocannon({ url, connections: CONNECTIONS, duration: 2, headers: { cookie: member.cookie } });
      const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie: member.cookie } });
      if (r.non2xx) throw new Error(`${target}: ${r.non2xx} answers were not 2xx`);
      return r;
    };
    const pagePath = `/audits/${audit.id}?indicator=safety_dark&year=2018`;
    const pageBytes = (await (await fetch(server.url + pagePath, { headers: { cookie: member.cookie } })).arrayBuffer()).byteLength;
    const load = await measure(pagePath);
    const svgOnly = await measure(`/api/audits/${audit.id}/map.svg?indicator=safety_dark&year=2018`);
    const bare = await autocannon({ url: hello, connections: CONNECTIONS, duration: SECONDS });
    console.log(`\n${kind}`);
    console.log(`import of ${rows.toLocaleString('en')} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB): ${seconds.toFixed(1)} s, ${(rows / seconds).toFixed(0)} rows/s; server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MiB`);
    console.log(`bare node:http ${bare.requests.average.toFixed(0)} req/s`);
    console.log(
      `map page, ${AREAS} areas (SSR with inline SVG and table, ${(pageBytes / 1024).toFixed(0)} KiB): ${load.requests.average.toFixed(1)} req/s = ${(load.requests.average / bare.requests.average).toFixed(4)} of bare, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms`,
    );
    console.log(
      `map.svg alone, ${AREAS} areas: ${svgOnly.requests.average.toFixed(1)} req/s = ${(svgOnly.requests.average / bare.requests.average).toFixed(4)} of bare, p50 ${svgOnly.latency.p50} ms, p99 ${svgOnly.latency.p99} ms`,
    );
  } finally {
    if (server) await stopServer(server, 'SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
    await database.drop();
  }
}

const hello = await startHelloWorld();
try {
  console.log(`bench:audits — ${SECONDS} s load, ${CONNECTIONS} connections, signed-in member, Node ${process.version}`);
  for (const kind of process.env.TEST_DATABASE_URL ? (['PGlite', 'PostgreSQL'] as const) : (['PGlite'] as const)) await benchDatabase(kind, hello.url);
} finally {
  hello.stop();
}
