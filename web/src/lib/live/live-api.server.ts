import type { AnswerInput, ArchiveInput, ChatInput, DismissInput, MergeInput, QuestionInput, UpdateSessionInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/**
 * The live part of the pages' API (spread into createApi). Questions, votes and chat have their
 * own per-person budgets in the service, so they are not counted as general writes.
 */
export function liveApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  const live = s.live;
  return {
    liveSession: (sessionId: number) => read(() => live.getSession(actor, id(sessionId))),
    liveState: (sessionId: number) => read(() => live.roomState(actor, id(sessionId))),
    updateSession: (sessionId: number, input: UpdateSessionInput) => write(() => live.updateSession(actor, id(sessionId), input)),
    startSession: (sessionId: number) => write(() => live.startSession(actor, id(sessionId))),
    endSession: (sessionId: number) => write(() => live.endSession(actor, id(sessionId))),
    archiveSession: async (sessionId: number, input: ArchiveInput) => (await write(() => live.archiveSession(actor, id(sessionId), input))).threadId,
    sessionLog: (sessionId: number) => read(() => live.sessionLog(actor, id(sessionId))),

    askQuestion: (sessionId: number, input: QuestionInput) => read(() => live.askQuestion(actor, id(sessionId), input)),
    vote: (questionId: number) => read(() => live.voteQuestion(actor, id(questionId))),
    unvote: (questionId: number) => read(() => live.unvoteQuestion(actor, id(questionId))),
    approveQuestion: (questionId: number) => write(() => live.approveQuestion(actor, id(questionId))),
    dismissQuestion: (questionId: number, input: DismissInput) => write(() => live.dismissQuestion(actor, id(questionId), input)),
    answerQuestion: (questionId: number, input: AnswerInput) => write(() => live.answerQuestion(actor, id(questionId), input)),
    highlightQuestion: (questionId: number) => write(() => live.highlightQuestion(actor, id(questionId))),
    unhighlightQuestion: (questionId: number) => write(() => live.unhighlightQuestion(actor, id(questionId))),
    mergeQuestion: (questionId: number, input: MergeInput) => write(() => live.mergeQuestion(actor, id(questionId), input)),
    questionToThread: async (questionId: number, input: ArchiveInput) => (await write(() => live.questionToThread(actor, id(questionId), input))).threadId,

    sendChat: (sessionId: number, input: ChatInput) => read(() => live.postChat(actor, id(sessionId), input)),
    similarQuestions: (sessionId: number, q: string) => read(() => s.similar.similar(actor, id(sessionId), { q })),
  };
}
