import { archiveUseCases } from './live-archive.ts';
import { createLiveContext, type LiveDeps } from './live-context.ts';
import { questionUseCases } from './live-questions.ts';
import { sessionUseCases } from './live-sessions.ts';

/** Live Q&A sessions: scheduling, the room (questions, votes, chat), moderation and the archive. */
export function createLiveService(deps: LiveDeps) {
  const ctx = createLiveContext(deps);
  return { ...sessionUseCases(ctx), ...questionUseCases(ctx), ...archiveUseCases(ctx) };
}
export type LiveService = ReturnType<typeof createLiveService>;
