import type { Executor } from '../../db/client.ts';
import { approversOfSql } from '../../policy/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserIds } from '../users/index.ts';

/**
 * Inside the transaction that leaves an account waiting for approval (a confirmed registration, a
 * first sign-in through a provider): its approvers are told. Returns who, for `told` after the commit.
 */
export async function tellApprovers(
  tx: Executor,
  notifications: Pick<NotificationsService, 'tell'>,
  account: { id: number; displayName: string; cityId: number | null; cityName: string | null },
): Promise<number[]> {
  const staff = await findUserIds(tx, approversOfSql(account.cityId));
  const title = account.cityName ? `${account.displayName} (${account.cityName})` : account.displayName;
  return notifications.tell(tx, 'account_pending', staff, { subjectId: account.id, actorId: account.id }, { title, path: '/admin/users' });
}
