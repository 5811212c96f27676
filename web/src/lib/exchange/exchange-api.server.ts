import type { PageContext } from '@praxisnetz/server/page-context';
import { ApiError, type Call } from '../server/api.ts';

/** The peer exchange's calls: answers, helpful marks, reading, drafts, bookmarks, questions and the member directory. */
export function exchangeApi(context: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  const { actor, services: s } = context;
  return {
    acceptAnswer: (postId: number) => write(() => s.answers.accept(actor, id(postId), {})),
    unacceptAnswer: (postId: number) => write(() => s.answers.unaccept(actor, id(postId))),
    markHelpful: (postId: number, marked: boolean) =>
      write(() => (marked ? s.answers.markHelpful(actor, id(postId)) : s.answers.unmarkHelpful(actor, id(postId)))),
    latestThreads: (scope: 'all' | 'groups' = 'all') => read(() => s.forum.listLatest(actor, scope)),
    markAllRead: () => write(() => s.forum.markAllRead(actor)),
    questions: (query: Record<string, string>) => read(() => s.forum.listQuestions(actor, query)),
    /** The member's draft for a composer, or null when there is none. */
    draft: (key: string) =>
      read(() => s.drafts.get(actor, key)).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
    saveDraft: (key: string, input: { body: string; title?: string }) => write(() => s.drafts.save(actor, key, input)),
    bookmarks: () => read(() => s.bookmarks.list(actor)),
    bookmark: (postId: number, note: string) => write(() => s.bookmarks.save(actor, id(postId), { note })),
    unbookmark: (postId: number) => write(() => s.bookmarks.remove(actor, id(postId))),
    members: (query: Record<string, string>) => read(() => s.members.list(actor, query)),
    ownExpertise: () => read(() => s.members.ownExpertise(actor)),
  };
}
