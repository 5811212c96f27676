import { ChatInput, type ChatMessage } from '@praxisnetz/shared';
import { ValidationError } from '../../../lib/errors.ts';
import { parseInput } from '../../../lib/validate.ts';
import type { Actor } from '../../../policy/index.ts';
import { toAuthor } from '../../users/index.ts';
import { type LiveContext, requireRoomOpen } from '../live.context.ts';
import { plainText } from '../live.text.ts';
import { insertChatMessage } from './chat.repo.ts';

/** The room's chat: plain text, rate-limited, announced to everyone in the room. */
export function chatUseCases(ctx: LiveContext) {
  const { db, events } = ctx;
  return {
    async postChat(actor: Actor, id: number, input: unknown): Promise<ChatMessage> {
      const { user, row } = await ctx.readableSession(actor, id);
      requireRoomOpen(row.session.status);
      const body = plainText(parseInput(ChatInput, input).body);
      if (!body) throw ValidationError({ body: 'Write a message.' });
      await ctx.limiter.consume('chat', user.id);
      const saved = await insertChatMessage(db, { sessionId: id, authorId: user.id, body });
      const message: ChatMessage = {
        id: saved.id,
        sessionId: id,
        author: toAuthor(user),
        body: saved.body,
        createdAt: saved.createdAt.toISOString(),
      };
      events.chat(message);
      return message;
    },

  };
}
