import { sql } from 'drizzle-orm';
import { openDatabase } from '../../server/src/db/client.ts';
import { seedDemo } from '../../server/src/demo/demo-seed.ts';
import { demoUsers } from '../../server/src/demo/content/index.ts';

export const HOME_THREADS = 10_000;

/**
 * The demo network grown to 10,000 threads (three posts each, a third of them questions, spread over
 * the forum's categories and the working groups' spaces), with the demo member in all three groups,
 * expertise in two topics, and half of the threads read: the member's home page at network scale.
 * Written straight into the database the server will open (PGlite's directory or a PostgreSQL database).
 */
export async function seedHomeCorpus(target: { databaseUrl?: string; dataDir: string }): Promise<void> {
  const database = await openDatabase(target);
  try {
    const { db } = database;
    await seedDemo(db);
    const email = demoUsers.find((u) => u.key === 'member')!.email;
    await db.transaction(async (tx) => {
      await tx.execute(sql`select setseed(0.42)`);
      await tx.execute(sql`insert into group_members (group_id, user_id, role, status, joined_at)
        select g.id, u.id, 'member', 'active', now() from groups g, users u where u.email = ${email}
        on conflict (group_id, user_id) do update set status = 'active', joined_at = now()`);
      await tx.execute(sql`insert into user_expertise (user_id, topic_id)
        select u.id, t.id from users u, topics t where u.email = ${email} and t.slug in ('wohnungseinbruch', 'jugenddelinquenz')
        on conflict do nothing`);
      await tx.execute(sql`insert into threads (category_id, author_id, title, slug, language, kind, reply_count, created_at, last_activity_at)
        select c.id, a.id, 'Benchmark-Thema ' || g, 'benchmark-' || g, 'de', case when g % 3 = 0 then 'question' else 'discussion' end, 2,
               now() - g * interval '7 minutes', now() - g * interval '7 minutes' + interval '2 minutes'
        from generate_series(1, ${HOME_THREADS}) g
        cross join lateral (select id from categories order by id offset (g % (select count(*) from categories)) limit 1) c
        cross join lateral (select id from users where status = 'active' order by id offset (g % 10) limit 1) a`);
      await tx.execute(sql`insert into posts (thread_id, author_id, is_opening, body, body_html, language, created_at, updated_at)
        select t.id, t.author_id, n = 0, 'Beitrag ' || n || ' im Benchmark', '<p>Beitrag ' || n || ' im Benchmark</p>', 'de',
               t.created_at + n * interval '1 minute', t.created_at + n * interval '1 minute'
        from threads t cross join generate_series(0, 2) n where t.slug like 'benchmark-%'`);
      await tx.execute(sql`insert into thread_topics (thread_id, topic_id)
        select t.id, tp.id from threads t join topics tp on tp.slug = case when t.id % 2 = 0 then 'wohnungseinbruch' else 'jugenddelinquenz' end
        where t.slug like 'benchmark-%' and t.id % 5 = 0`);
      await tx.execute(sql`insert into thread_reads (user_id, thread_id, last_read_post_id)
        select u.id, t.id, (select min(p.id) from posts p where p.thread_id = t.id)
        from threads t, users u where u.email = ${email} and t.slug like 'benchmark-%' and t.id % 2 = 0`);
    });
    await db.execute(sql`vacuum analyze`);
  } finally {
    await database.close();
  }
}
