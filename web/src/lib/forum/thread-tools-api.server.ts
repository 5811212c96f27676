import type { HideInput, LockInput, PinInput, PracticeMarkInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The moderators' thread tools in the pages' API (spread into createApi). */
export function threadToolsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    lockThread: (threadId: number, input: LockInput) => write(() => s.threadTools.lock(actor, id(threadId), input)),
    markThreadPractice: (threadId: number, input: PracticeMarkInput | null) => write(() => s.threadTools.setPractice(actor, id(threadId), input)),
    markDocumentPractice: (documentId: number, input: PracticeMarkInput | null) => write(() => s.documents.setPractice(actor, id(documentId), input)),
    practiceExamples: () => read(() => s.curation.practiceExamples(actor)),
    unlockThread: (threadId: number) => write(() => s.threadTools.unlock(actor, id(threadId))),
    pinThread: (threadId: number, input: PinInput) => write(() => s.threadTools.pin(actor, id(threadId), input)),
    unpinThread: (threadId: number) => write(() => s.threadTools.unpin(actor, id(threadId))),
    hidePost: (postId: number, input: HideInput) => write(() => s.threadTools.hidePost(actor, id(postId), input)),
    unhidePost: (postId: number) => write(() => s.threadTools.unhidePost(actor, id(postId))),
    moveTargets: (threadId: number) => read(() => s.threadMoves.moveTargets(actor, id(threadId))),
    previewMove: (threadId: number, categorySlug: string) => read(() => s.threadMoves.previewMove(actor, id(threadId), { categorySlug })),
    moveThread: (threadId: number, categorySlug: string) => write(() => s.threadMoves.move(actor, id(threadId), { categorySlug })),
    mergeThread: (threadId: number, intoThreadId: number) => write(() => s.threadMoves.merge(actor, id(threadId), { intoThreadId })),
    splitThread: (threadId: number, postIds: number[], title: string) => write(() => s.threadMoves.split(actor, id(threadId), { postIds, title })),
  };
}
