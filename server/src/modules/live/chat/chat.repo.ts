import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { preparedQuery } from '../../../db/prepared.ts';
import { chatMessages, cities, users } from '../../../db/schema/index.ts';
import { authorColumns, type AuthorColumns } from '../../users/index.ts';

export type ChatRow = typeof chatMessages.$inferSelect;
export type ChatWithAuthor = { message: ChatRow } & AuthorColumns;

export async function insertChatMessage(db: Executor, row: typeof chatMessages.$inferInsert): Promise<ChatRow> {
  const rows = await db.insert(chatMessages).values(row).returning();
  return rows[0]!;
}

const recentChat = preparedQuery((db) =>
  db
    .select({ message: chatMessages, ...authorColumns })
    .from(chatMessages)
    .innerJoin(users, eq(users.id, chatMessages.authorId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(eq(chatMessages.sessionId, sql.placeholder('sessionId')))
    .orderBy(desc(chatMessages.id))
    .limit(sql.placeholder('limit'))
    .prepare('live_recent_chat'),
);

/** The newest messages of a room, oldest first. */
export async function listRecentChat(db: Executor, sessionId: number, limit: number): Promise<ChatWithAuthor[]> {
  const rows = await recentChat(db).execute({ sessionId, limit });
  return rows.reverse();
}
