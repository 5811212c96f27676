import { notifications } from '../../db/schema/index.ts';
import { type Actor, groupReadersSql, readableCategorySql, readsCategoryRowSql, readsGroupSql } from '../../policy/index.ts';
import type { Visibility } from './notifications.repo.ts';

/** Which entries one member still sees: the policy's reading rules for that actor. */
export const seenBy = (actor: Actor): Visibility => ({ category: readableCategorySql(actor), group: readsGroupSql(actor, notifications.groupId) });

/** The same for many members at once, as conditions over `users` (counts, live pushes). */
export const seenByMembers = (): Visibility => ({ category: readsCategoryRowSql(), group: groupReadersSql(notifications.groupId) });
