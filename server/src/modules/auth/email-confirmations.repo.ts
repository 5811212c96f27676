import { and, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { emailConfirmations } from '../../db/schema/index.ts';

/** A newer link replaces every older one of the account. */
export async function replaceEmailConfirmation(db: Executor, row: { tokenHash: string; userId: number; email: string; expiresAt: Date }): Promise<void> {
  await db.delete(emailConfirmations).where(eq(emailConfirmations.userId, row.userId));
  await db.insert(emailConfirmations).values(row);
}

/** Takes a valid link out of use (it works once); none if unknown or expired. */
export async function takeEmailConfirmation(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .delete(emailConfirmations)
    .where(and(eq(emailConfirmations.tokenHash, tokenHash), gt(emailConfirmations.expiresAt, now)))
    .returning({ userId: emailConfirmations.userId, email: emailConfirmations.email });
  return row;
}

export async function emailConfirmationExists(db: Executor, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ userId: emailConfirmations.userId })
    .from(emailConfirmations)
    .where(and(eq(emailConfirmations.tokenHash, tokenHash), gt(emailConfirmations.expiresAt, now)));
  return row !== undefined;
}
