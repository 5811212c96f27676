import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openPglite, openPostgres } from '../../server/src/db/client.ts';
import { createSearchService, type SearchService } from '../../server/src/modules/search/search.service.ts';
import { findUserByEmail, type UserWithCity } from '../../server/src/modules/users/users.repo.ts';
import { freshDatabaseUrl, testDatabaseUrl } from '../support/database.ts';
import { type CorpusSize, generateCorpus } from './search-corpus.ts';

// bench:search — p50/p95/p99 of typical searches through the search service, on a generated
// corpus, on embedded PGlite and (with TEST_DATABASE_URL) on a fresh database of that PostgreSQL server:
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:search
// It prints figures and never fails on timing; the goal is p95 < 30 ms on PostgreSQL for common,
// rare, absent and misspelt words alike. Network scale on the PostgreSQL server (1,000,000 posts in
// 20,000 threads, 10,000 documents); a smaller corpus on PGlite, the single-node default.
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const sizeFor = (backend: 'pglite' | 'postgres'): CorpusSize => ({
  threads: Number(process.env.BENCH_THREADS ?? (backend === 'postgres' ? 20_000 : 5_000)),
  replies: Number(process.env.BENCH_REPLIES ?? (backend === 'postgres' ? 1_000_000 : 200_000)),
  documents: Number(process.env.BENCH_DOCUMENTS ?? (backend === 'postgres' ? 10_000 : 5_000)),
});

type Who = 'member' | 'anonymous';
interface Case {
  name: string;
  who: Who;
  run: (search: SearchService, actor: UserWithCity | null) => Promise<unknown>;
}

const query = (name: string, input: Record<string, string>, who: Who = 'member'): Case => ({
  name,
  who,
  run: (search, actor) => search.search(actor, input),
});

const cases: Case[] = [
  query('German word, frequent: Prävention', { q: 'Prävention' }),
  query('German word, inflected: Häuser', { q: 'Häuser' }),
  query('German word, rare: Schockanrufe', { q: 'Schockanrufe' }),
  query('two words: Beleuchtung Unterführung', { q: 'Beleuchtung Unterführung' }),
  query('English phrase: "community safety"', { q: '"community safety"' }),
  query('French word: quartiers', { q: 'quartiers' }),
  query('German word, absent: Zuständigkeitswirrwarr', { q: 'Zuständigkeitswirrwarr' }),
  query('typo in a title: Sicherheitsaudti', { q: 'Sicherheitsaudti' }),
  query('typo in a body word: Präventoin', { q: 'Präventoin' }),
  query('filters: Jugendliche, category + year', { q: 'Jugendliche', category: 'praeventionsgremien', year: '2023' }),
  query('filters: kind=document, lang=fr', { q: 'sécurité', kind: 'document', lang: 'fr' }),
  query('page 3: Polizei', { q: 'Polizei', cursor: Buffer.from(JSON.stringify({ o: 40 })).toString('base64url') }),
  query('anonymous: Prävention', { q: 'Prävention' }, 'anonymous'),
  { name: 'suggest: Sicherh', who: 'member', run: (search, actor) => search.suggest(actor, { q: 'Sicherh' }) },
  { name: 'suggest, anonymous: Bahn', who: 'anonymous', run: (search, actor) => search.suggest(actor, { q: 'Bahn' }) },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(label: string, database: Database, SIZE: CorpusSize) {
  const started = performance.now();
  await generateCorpus(database.db, SIZE, (step) =>
    console.log(`  ${label}: ${step} after ${((performance.now() - started) / 1000).toFixed(1)} s`),
  );
  const generation = (performance.now() - started) / 1000;
  const search = createSearchService(database.db);
  const member = (await findUserByEmail(database.db, 'bench1@example.org'))!;
  const actorOf = (c: Case) => (c.who === 'member' ? member : null);
  const results = new Map<Case, number>();
  for (const c of cases) {
    for (let i = 0; i < 3; i++) await c.run(search, actorOf(c)); // warm-up: catalog caches, plans
    const result = await c.run(search, actorOf(c));
    results.set(c, (Array.isArray(result) ? result : (result as { items: unknown[] }).items).length);
  }
  // Round-robin, so no query runs against caches its own previous run just filled.
  const times = new Map<Case, number[]>(cases.map((c) => [c, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const c of cases) {
      const t = performance.now();
      await c.run(search, actorOf(c));
      times.get(c)!.push(performance.now() - t);
    }
  }
  const row = (name: string, xs: number[], results = '') => {
    const sorted = [...xs].sort((a, b) => a - b);
    const ms = (p: number) => percentile(sorted, p).toFixed(1).padStart(8);
    console.log(name.padEnd(42), ms(50), ms(95), ms(99), results.padStart(8));
  };
  const load = loadavg()[0]!.toFixed(1);
  console.log(`\nbench:search — ${label}: ${SIZE.replies.toLocaleString('en')} replies in ${SIZE.threads.toLocaleString('en')} threads, ${SIZE.documents.toLocaleString('en')} documents; generated in ${generation.toFixed(0)} s`);
  console.log(`${RUNS} runs per query, round-robin, through the search service; ${cpus().length} CPUs, load average ${load}; ${process.version}`);
  console.log('query'.padEnd(42), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'results'.padStart(8));
  for (const c of cases) row(c.name, times.get(c)!, String(results.get(c)));
  row('all searches (not suggestions)', cases.filter((c) => !c.name.startsWith('suggest')).flatMap((c) => times.get(c)!));
}

// BENCH_ONLY=pglite|postgres measures one backend.
const only = process.env.BENCH_ONLY;
const dir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-search-bench-'));
try {
  if (only !== 'postgres') {
    const pglite = await openPglite(path.join(dir, 'pglite'));
    try {
      await measure('embedded PGlite', pglite, sizeFor('pglite'));
    } finally {
      await pglite.close();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

if (testDatabaseUrl && only !== 'pglite') {
  const { url, drop } = await freshDatabaseUrl();
  const postgres = await openPostgres(url!);
  try {
    await measure(`PostgreSQL server at ${new URL(testDatabaseUrl).host}`, postgres, sizeFor('postgres'));
  } finally {
    await postgres.close();
    await drop();
  }
} else if (!testDatabaseUrl) {
  console.log('\nSet TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to measure on PostgreSQL too.');
}
