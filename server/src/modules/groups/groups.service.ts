import type { Db } from '../../db/client.ts';
import type { Publisher } from '../../realtime/publisher.ts';

export function createGroupsService(_deps: { db: Db; publisher: Publisher }) {
  return {};
}
export type GroupsService = ReturnType<typeof createGroupsService>;
