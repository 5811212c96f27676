import { AnswerInput, ChatInput, DismissInput, QuestionInput, type Category } from '@praxisnetz/shared';
import { ApiError, createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import { idParam } from '#lib/forum/composer.server.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import { required, roomAction } from './room-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const id = pathId(event);
  const api = createApi(event);
  const state = await api.liveState(id).catch((e) => loadFailure(event, e));
  const sort: 'votes' | 'newest' = event.url.searchParams.get('sort') === 'newest' ? 'newest' : 'votes';
  // Archiving asks where the thread goes: the group's own space or one of the public categories.
  const categories =
    state.canModerate && state.session.status === 'ended'
      ? await api.categories().catch((e): Category[] => {
          ignoreApiRefusal(e);
          return [];
        })
      : [];
  /** moderators narrow the questions to one state (pending, open, answered, closed) */
  const show = (['pending', 'open', 'answered', 'closed'] as const).find((s) => s === event.url.searchParams.get('show')) ?? 'all';
  return { state, sort, categories, show, asked: event.url.searchParams.has('asked') };
};

/** The checkbox arrives as 'on' or not at all: the schema checks the text, the action reads the box. */
const QuestionBody = QuestionInput.pick({ body: true });
const room = () => 'room';
const host = () => 'host';
const none = () => undefined;

export const actions: Actions = {
  ask: roomAction(
    { form: () => 'ask', fields: ['body', 'anonymous'], schema: QuestionBody, conflict: 'room.error.askClosed', anchor: () => 'ask-sent', flag: 'asked' },
    (api, { sessionId }, input, values) => api.askQuestion(sessionId, { body: input.body, anonymous: values.anonymous === 'on' }),
  ),
  vote: roomAction({ form: room, fields: [], conflict: 'room.error.voteClosed' }, (api, { questionId }) => api.vote(required(questionId))),
  unvote: roomAction({ form: room, fields: [], conflict: 'room.error.voteClosed' }, (api, { questionId }) => api.unvote(required(questionId))),
  chat: roomAction(
    { form: () => 'chat', fields: ['body'], schema: ChatInput, conflict: 'room.error.chatClosed', anchor: () => 'chat-title' },
    (api, { sessionId }, input) => api.sendChat(sessionId, input),
  ),

  approve: roomAction({ form: room, fields: [] }, (api, { questionId }) => api.approveQuestion(required(questionId))),
  dismiss: roomAction({ form: (q) => `dismiss-${q}`, fields: ['reason'], schema: DismissInput }, (api, { questionId }, input) =>
    api.dismissQuestion(required(questionId), input),
  ),
  answer: roomAction({ form: (q) => `answer-${q}`, fields: ['answer'], schema: AnswerInput }, (api, { questionId }, input) =>
    api.answerQuestion(required(questionId), input),
  ),
  highlight: roomAction({ form: room, fields: [] }, (api, { questionId }) => api.highlightQuestion(required(questionId))),
  unhighlight: roomAction({ form: room, fields: [] }, (api, { questionId }) => api.unhighlightQuestion(required(questionId))),
  merge: roomAction({ form: (q) => `merge-${q}`, fields: ['intoId'] }, (api, { questionId }, _input, values) => {
    const intoId = idParam(values.intoId);
    if (!intoId) throw new ApiError(400, 'validation_failed', 'Choose a question.', { intoId: 'required' });
    return api.mergeQuestion(required(questionId), { intoId });
  }),
  toThread: roomAction({ form: room, fields: [], conflict: 'room.error.threadExists' }, (api, { questionId }) =>
    api.questionToThread(required(questionId), {}),
  ),

  premoderation: roomAction({ form: host, fields: ['premoderation'], anchor: none }, (api, { sessionId }, _input, values) =>
    api.updateSession(sessionId, { premoderation: values.premoderation === 'on' }),
  ),
  start: roomAction({ form: host, fields: [], anchor: none }, (api, { sessionId }) => api.startSession(sessionId)),
  end: roomAction({ form: host, fields: [], anchor: none }, (api, { sessionId }) => api.endSession(sessionId)),
  // The room then links to the archive thread (session.archivedThreadId).
  archive: roomAction({ form: host, fields: ['categorySlug'], conflict: 'room.error.archiveNotEnded', anchor: none }, (api, { sessionId }, _input, values) =>
    api.archiveSession(sessionId, { categorySlug: values.categorySlug || undefined }),
  ),
};
