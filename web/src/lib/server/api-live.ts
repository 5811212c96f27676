import type {
  AnswerInput,
  ArchiveInput,
  ChatInput,
  ChatMessage,
  DismissInput,
  LiveSession,
  LiveState,
  MergeInput,
  ModerationEntry,
  Question,
  QuestionInput,
  SimilarResult,
  UpdateSessionInput,
} from '@praxisnetz/shared';
import type { ApiCall, QueryString } from './api.ts';

/** The live part of the typed API client (spread into createApi). */
export function liveApi(call: ApiCall, query: QueryString) {
  const session = async (method: string, path: string, body?: unknown) => (await call<{ session: LiveSession }>(method, path, body)).session;
  const question = async (method: string, path: string, body?: unknown) => (await call<{ question: Question }>(method, path, body)).question;
  return {
    liveSession: (id: number) => call<{ session: LiveSession; canModerate: boolean }>('GET', `/sessions/${id}`),
    liveState: (id: number) => call<LiveState>('GET', `/sessions/${id}/state`),
    updateSession: (id: number, input: UpdateSessionInput) => session('PATCH', `/sessions/${id}`, input),
    startSession: (id: number) => session('POST', `/sessions/${id}/start`),
    endSession: (id: number) => session('POST', `/sessions/${id}/end`),
    archiveSession: async (id: number, input: ArchiveInput) => (await call<{ threadId: number }>('POST', `/sessions/${id}/archive`, input)).threadId,
    sessionLog: async (id: number) => (await call<{ items: ModerationEntry[] }>('GET', `/sessions/${id}/log`)).items,

    askQuestion: (sessionId: number, input: QuestionInput) => question('POST', `/sessions/${sessionId}/questions`, input),
    vote: (id: number) => question('POST', `/questions/${id}/vote`),
    unvote: (id: number) => question('DELETE', `/questions/${id}/vote`),
    approveQuestion: (id: number) => question('POST', `/questions/${id}/approve`),
    dismissQuestion: (id: number, input: DismissInput) => question('POST', `/questions/${id}/dismiss`, input),
    answerQuestion: (id: number, input: AnswerInput) => question('POST', `/questions/${id}/answer`, input),
    highlightQuestion: (id: number) => session('POST', `/questions/${id}/highlight`),
    unhighlightQuestion: (id: number) => session('DELETE', `/questions/${id}/highlight`),
    mergeQuestion: (id: number, input: MergeInput) => question('POST', `/questions/${id}/merge`, input),
    questionToThread: async (id: number, input: ArchiveInput) => (await call<{ threadId: number }>('POST', `/questions/${id}/thread`, input)).threadId,

    sendChat: async (sessionId: number, input: ChatInput) =>
      (await call<{ message: ChatMessage }>('POST', `/sessions/${sessionId}/chat`, input)).message,
    similarQuestions: (sessionId: number, q: string) => call<SimilarResult>('GET', `/sessions/${sessionId}/similar${query({ q })}`),
  };
}
