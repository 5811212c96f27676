import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { cities, moderationLog, users } from '../../db/schema/index.ts';

export type ModerationRow = typeof moderationLog.$inferSelect;

/** Written inside the use case's transaction: an action and its record stand or fall together. */
export async function recordModeration(db: Executor, entry: typeof moderationLog.$inferInsert): Promise<void> {
  await db.insert(moderationLog).values(entry);
}

const target = alias(users, 'target');
const actorCity = alias(cities, 'actor_city');
const targetCity = alias(cities, 'target_city');

/** A live room's moderation record, newest first, with who acted and on whom (and their cities). */
export async function listSessionModeration(db: Executor, sessionId: number, limit = 200) {
  return db
    .select({ entry: moderationLog, actor: users, actorCity, target, targetCity })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .leftJoin(actorCity, eq(actorCity.id, users.cityId))
    .leftJoin(target, eq(target.id, moderationLog.targetUserId))
    .leftJoin(targetCity, eq(targetCity.id, target.cityId))
    .where(eq(moderationLog.sessionId, sessionId))
    .orderBy(desc(moderationLog.id))
    .limit(limit);
}
