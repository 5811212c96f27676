import { and, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { passwordResets } from '../../db/schema/index.ts';

/** A newer link replaces every older one of the account. */
export async function replacePasswordReset(db: Executor, userId: number, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.delete(passwordResets).where(eq(passwordResets.userId, userId));
  await db.insert(passwordResets).values({ tokenHash, userId, expiresAt });
}

/** Takes a valid link out of use (it works once) and names its account; none if unknown or expired. */
export async function takePasswordReset(db: Executor, tokenHash: string, now: Date): Promise<number | undefined> {
  const [row] = await db
    .delete(passwordResets)
    .where(and(eq(passwordResets.tokenHash, tokenHash), gt(passwordResets.expiresAt, now)))
    .returning({ userId: passwordResets.userId });
  return row?.userId;
}

export async function passwordResetExists(db: Executor, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ userId: passwordResets.userId })
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, tokenHash), gt(passwordResets.expiresAt, now)));
  return row !== undefined;
}

export async function deletePasswordResets(db: Executor, userId: number): Promise<void> {
  await db.delete(passwordResets).where(eq(passwordResets.userId, userId));
}
