import type { FlagInput, ResolveFlagInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** Flags, the review queue and the moderation log in the pages' API (spread into createApi). */
export function flagsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    flag: (input: FlagInput) => write(() => s.flags.flag(actor, input)),
    flagQueue: () => read(() => s.flags.queue(actor, { status: 'open' })),
    openFlagCount: () => read(() => s.flags.openCount(actor)),
    resolveFlag: (flagId: number, input: ResolveFlagInput) => write(() => s.flags.resolve(actor, id(flagId), input)),
    myFlags: () => read(() => s.flags.mine(actor)),
    moderationNotices: () => read(() => s.moderation.notices(actor)),
    moderationLog: (query: Record<string, string>) => read(() => s.moderation.log(actor, query)),
    undoModeration: (entryId: number) => write(() => s.moderation.undo(actor, id(entryId))),
  };
}
