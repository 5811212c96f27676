import type { Db } from '../client.ts';

export interface SeededForum {
  userIds: Map<string, number>;
  openingPostByTitle: Map<string, number>;
}

/** The demo working groups with their members and private threads; returns each group's id by key. */
export async function seedDemoGroups(_db: Db, _seeded: SeededForum, _now: Date): Promise<Map<string, number>> {
  return new Map();
}
