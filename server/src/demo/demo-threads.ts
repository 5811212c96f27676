import { detectLanguage } from '../lib/language.ts';
import { renderMarkdown } from '../lib/markdown.ts';
import { slugify } from '../lib/slug.ts';
import type { Executor } from '../db/client.ts';
import { posts, threads } from '../db/schema/index.ts';
import type { DemoThread } from './content/index.ts';

const HOUR = 60 * 60 * 1000;

/** Writes a demo thread with its replies at their times before `now`; returns its opening post's id. */
export async function insertDemoThread(
  db: Executor,
  t: Omit<DemoThread, 'categorySlug'>,
  categoryId: number,
  userIds: Map<string, number>,
  now: Date,
): Promise<number> {
  const createdAt = new Date(now.getTime() - t.daysAgo * 24 * HOUR);
  const replyTimes = t.replies.map((r) => new Date(Math.min(createdAt.getTime() + r.hoursAfter * HOUR, now.getTime())));
  const [thread] = await db
    .insert(threads)
    .values({
      categoryId,
      authorId: userIds.get(t.authorKey)!,
      title: t.title,
      slug: slugify(t.title),
      language: detectLanguage(`${t.title}\n${t.body}`, 'de'),
      replyCount: t.replies.length,
      createdAt,
      lastActivityAt: replyTimes.at(-1) ?? createdAt,
    })
    .returning({ id: threads.id });
  const entries = [
    { authorKey: t.authorKey, body: t.body, at: createdAt, isOpening: true },
    ...t.replies.map((r, i) => ({ authorKey: r.authorKey, body: r.body, at: replyTimes[i]!, isOpening: false })),
  ];
  const inserted = await db
    .insert(posts)
    .values(
      entries.map((e) => ({
        threadId: thread!.id,
        authorId: userIds.get(e.authorKey)!,
        isOpening: e.isOpening,
        body: e.body,
        bodyHtml: renderMarkdown(e.body),
        language: detectLanguage(e.body, 'de'),
        createdAt: e.at,
        updatedAt: e.at,
      })),
    )
    .returning({ id: posts.id, isOpening: posts.isOpening });
  return inserted.find((p) => p.isOpening)!.id;
}
