import type { ChatMessage } from '@praxisnetz/shared';
import { authorOf } from '../../users/index.ts';
import type { ChatWithAuthor } from './chat.repo.ts';

export function toChatMessage(r: ChatWithAuthor): ChatMessage {
  return {
    id: r.message.id,
    sessionId: r.message.sessionId,
    author: authorOf(r),
    body: r.message.body,
    createdAt: r.message.createdAt.toISOString(),
  };
}
