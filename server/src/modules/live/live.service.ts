import { archiveUseCases } from './sessions/archive.service.ts';
import { createLiveContext, type LiveDeps } from './live.context.ts';
import { questionUseCases } from './questions/questions.service.ts';
import { chatUseCases } from './chat/chat.service.ts';
import { sessionUseCases } from './sessions/sessions.service.ts';

/** Live Q&A sessions: scheduling, the room (questions, votes, chat), moderation and the archive. */
export function createLiveService(deps: LiveDeps) {
  const ctx = createLiveContext(deps);
  return { ...sessionUseCases(ctx), ...questionUseCases(ctx), ...chatUseCases(ctx), ...archiveUseCases(ctx) };
}
export type LiveService = ReturnType<typeof createLiveService>;
