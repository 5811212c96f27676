import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl, testDatabaseUrl } from '../support/database.ts';

// npm run bench:notify — replies in a thread that 5,000 members watch. Reports the time to commit
// a reply (against a reply in a thread nobody else watches: fan-out happens after the commit),
// the time until every in-app notification is written, and the mails per second a local SMTP
// server receives. Reference figures from the same run: a POST to a bare node:http server, and
// nodemailer sending straight to the same SMTP server. PGlite always; the PostgreSQL server too
// when TEST_DATABASE_URL is set. BENCH_NOTIFY_WATCHERS (default 5000).
const WATCHERS = Number(process.env.BENCH_NOTIFY_WATCHERS ?? 5000);
const QUIET_REPLIES = 5;
/** replies to the watched thread; the figures are their medians */
const BUSY_REPLIES = 3;
const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Sink {
  port: number;
  /** resolves once `count` mails arrived after this call, with when the first and the last did */
  expect(count: number): Promise<{ firstAt: number; lastAt: number }>;
  stop(): void;
}

async function startSink(): Promise<Sink> {
  const child: ChildProcess = fork(path.join(HERE, 'notify/smtp-sink.ts'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [ready] = (await once(child, 'message')) as [{ port: number }];
  return {
    port: ready.port,
    expect(count) {
      const answer = new Promise<{ firstAt: number; lastAt: number }>((resolve) => {
        const onMessage = (m: { type: string; firstAt: number; lastAt: number }) => {
          if (m.type !== 'wait') return;
          child.off('message', onMessage);
          resolve(m);
        };
        child.on('message', onMessage);
      });
      child.send({ type: 'wait', count });
      return answer;
    },
    stop: () => child.kill(),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** The median time of a small JSON POST to a bare node:http server. */
async function barePost(): Promise<number> {
  const code = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('{}')); }).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const [, ms] = await timed(() => fetch(url, { method: 'POST', body: '{"body":"x"}' }).then((r) => r.text()));
    times.push(ms);
  }
  child.kill();
  return median(times.slice(20));
}

/** Mails per second nodemailer hands straight to the SMTP server, one after another over one pooled connection. */
async function bareMails(sink: Sink, count: number): Promise<number> {
  const transport = nodemailer.createTransport({ url: `smtp://127.0.0.1:${sink.port}`, pool: true, maxConnections: 1 });
  const arrived = sink.expect(count);
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    await transport.sendMail({ from: 'netzwerk@praxisnetz.example', to: `w${i}@bench.example`, subject: 'Neue Antwort', text: 'x'.repeat(900), html: `<p>${'x'.repeat(1800)}</p>` });
  }
  const { lastAt } = await arrived;
  transport.close();
  return count / ((lastAt - start) / 1000);
}

async function benchDatabase(kind: 'PGlite' | 'PostgreSQL', sink: Sink) {
  const database = kind === 'PostgreSQL' ? await freshDatabaseUrl() : { url: undefined, drop: async () => {} };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-bench-'));
  const server = fork(path.join(HERE, 'notify/notify-bench-server.ts'), {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      LOG_REQUESTS: '0',
      WRITES_PER_MINUTE: '100000',
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      PUBLIC_URL: 'https://praxisnetz.example',
      ...(database.url && { DATABASE_URL: database.url }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = (await once(server, 'message')) as [{ url: string }];
  let asked = 0;
  const q = (text: string, values: unknown[] = []) =>
    new Promise<Record<string, unknown>[]>((resolve) => {
      const id = ++asked;
      const onMessage = (m: { type: string; id: number; rows: Record<string, unknown>[] }) => {
        if (m.type !== 'query' || m.id !== id) return;
        server.off('message', onMessage);
        resolve(m.rows);
      };
      server.on('message', onMessage);
      server.send({ type: 'query', id, text, values });
    });
  try {
    const [claire, sabine] = await Promise.all([signedIn(ready.url, 'claire'), signedIn(ready.url, 'sabine')]);
    const categorySlug = (await claire.get('/api/categories')).body.items[0].slug;
    const start = async (title: string) => (await claire.post('/api/threads', { categorySlug, title, body: 'Wie machen Sie das?' })).body.thread.id as number;
    const quiet = await start('Ein Thema, dem nur seine Autorin folgt');
    const busy = await start('Ein Thema, dem 5.000 Mitglieder folgen');
    await q(
      `insert into users (email, password_hash, display_name, city_id, status, locale)
       select 'watcher' || g || '@bench.example', 'not-a-hash', 'Mitglied ' || g, (select min(id) from cities), 'active', (array['de','en','fr'])[1 + g % 3]
       from generate_series(1, $1::int) g`,
      [WATCHERS],
    );
    await q(`insert into watches (user_id, target, target_id, level) select id, 'thread', $1, 'watching' from users where email like '%@bench.example'`, [busy]);
    const reply = (thread: number, body: string) => sabine.post(`/api/threads/${thread}/posts`, { body });

    // Replies where only the thread's author is told: the commit with (almost) no fan-out.
    const quietMails = sink.expect(QUIET_REPLIES);
    const quietTimes: number[] = [];
    for (let i = 0; i < QUIET_REPLIES; i++) quietTimes.push((await timed(() => reply(quiet, `Bei uns so, Variante ${i}.`)))[1]);
    await quietMails;

    // Replies to the watched thread, one after another once the previous fan-out is written: each
    // tells every watcher (the second and third count up the unread entry instead of a new one).
    const told = WATCHERS + 1; // the watchers and the thread's author
    const mails = sink.expect(BUSY_REPLIES * told);
    const commits: number[] = [];
    const written: number[] = [];
    let firstCommitAt = 0;
    for (let k = 1; k <= BUSY_REPLIES; k++) {
      const [, commitMs] = await timed(() => reply(busy, `Bei uns entscheidet der Beirat (${k}).`));
      const committedAt = Date.now();
      firstCommitAt ||= committedAt;
      commits.push(commitMs);
      let done = 0;
      while (done < told) {
        done = Number((await q('select count(*)::int as n from notifications where thread_id = $1 and count >= $2', [busy, k]))[0]!.n);
        if (done < told) await new Promise((r) => setTimeout(r, 5));
      }
      written.push(Date.now() - committedAt);
    }
    const { firstAt, lastAt } = await mails;
    return {
      commitQuiet: median(quietTimes),
      commitMs: median(commits),
      notifiedMs: median(written),
      mailsPerSecond: (BUSY_REPLIES * told) / ((lastAt - firstAt) / 1000),
      lastMailS: (lastAt - firstCommitAt) / 1000,
      told,
    };
  } finally {
    server.send({ type: 'stop' });
    await once(server, 'exit');
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const sink = await startSink();
try {
  const bareMs = await barePost();
  const bareRate = await bareMails(sink, 2000);
  console.log(`reference: POST to bare node:http ${bareMs.toFixed(2)} ms (median); nodemailer straight to the SMTP server ${bareRate.toFixed(0)} mails/s`);
  for (const kind of testDatabaseUrl ? (['PGlite', 'PostgreSQL'] as const) : (['PGlite'] as const)) {
    const r = await benchDatabase(kind, sink);
    console.log(`\n${kind}: ${BUSY_REPLIES} replies, each telling ${r.told.toLocaleString('en')} members (${WATCHERS.toLocaleString('en')} watchers and the thread's author)`);
    console.log(`  answer to a reply only its author hears of        ${r.commitQuiet.toFixed(1).padStart(8)} ms  (${(r.commitQuiet / bareMs).toFixed(1)}× a bare POST; median of ${QUIET_REPLIES})`);
    console.log(`  answer to a reply ${r.told} members hear of     ${r.commitMs.toFixed(1).padStart(8)} ms  (${(r.commitMs / bareMs).toFixed(1)}× a bare POST; median of ${BUSY_REPLIES})`);
    console.log(`  all in-app notifications written after            ${r.notifiedMs.toFixed(0).padStart(8)} ms  from the commit (median)`);
    console.log(`  mails delivered                                   ${r.mailsPerSecond.toFixed(0).padStart(8)} /s  (${(r.mailsPerSecond / bareRate).toFixed(2)} of nodemailer alone); the last ${r.lastMailS.toFixed(1)} s after the first commit`);
  }
} finally {
  sink.stop();
}
