import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { moderationLog, users } from '../../db/schema/index.ts';

export type ModerationRow = typeof moderationLog.$inferSelect;

/** Written inside the use case's transaction: an action and its record stand or fall together. */
export async function recordModeration(db: Executor, entry: typeof moderationLog.$inferInsert): Promise<void> {
  await db.insert(moderationLog).values(entry);
}

const target = alias(users, 'target');

/** A live room's moderation record, newest first, with the names of who acted and on whom. */
export async function listSessionModeration(db: Executor, sessionId: number, limit = 200) {
  return db
    .select({ entry: moderationLog, actor: users, target })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .leftJoin(target, eq(target.id, moderationLog.targetUserId))
    .where(eq(moderationLog.sessionId, sessionId))
    .orderBy(desc(moderationLog.id))
    .limit(limit);
}
