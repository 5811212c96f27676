import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import type { ForumService } from '../forum/forum.service.ts';

export function createLiveService(_deps: { db: Db; publisher: Publisher; forum: ForumService; limits: Config['liveLimits'] }) {
  return {};
}
export type LiveService = ReturnType<typeof createLiveService>;
