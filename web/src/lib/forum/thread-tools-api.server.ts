import type { HideInput, LockInput, PinInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The moderators' thread tools in the pages' API (spread into createApi). */
export function threadToolsApi({ actor, services: s }: PageContext, { write, id }: { write: Call; id: (value: number) => number }) {
  return {
    lockThread: (threadId: number, input: LockInput) => write(() => s.threadTools.lock(actor, id(threadId), input)),
    unlockThread: (threadId: number) => write(() => s.threadTools.unlock(actor, id(threadId))),
    pinThread: (threadId: number, input: PinInput) => write(() => s.threadTools.pin(actor, id(threadId), input)),
    unpinThread: (threadId: number) => write(() => s.threadTools.unpin(actor, id(threadId))),
    hidePost: (postId: number, input: HideInput) => write(() => s.threadTools.hidePost(actor, id(postId), input)),
    unhidePost: (postId: number) => write(() => s.threadTools.unhidePost(actor, id(postId))),
  };
}
