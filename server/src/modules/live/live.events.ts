import { type ChatMessage, type LiveSession, type Question, rooms } from '@praxisnetz/shared';
import type { Publisher } from '../../realtime/publisher.ts';
import { redactQuestion } from './questions/questions.mapper.ts';
import { createVoteBatcher } from './questions/vote-batcher.ts';

/** Vote counts of a room reach participants at most this often (the first at once). */
const VOTE_WINDOW_MS = 100;

/**
 * What a change in a live room tells whom, after commit. Each change is one broadcast of the
 * redacted copy to the room and one of the full copy to moderators and the asker: never a loop
 * over sockets, so a vote costs the same with ten or ten thousand participants.
 */
export function liveEvents(publisher: Publisher) {
  const votes = createVoteBatcher((sessionId, counts) => publisher.toRoom(rooms.live(sessionId), 'question:voted', counts), VOTE_WINDOW_MS);
  return {
    /**
     * `othersSee`: whether participants other than the asker see the question (it was published);
     * `othersEvent`: 'question:created' when it has just become visible to them (approval).
     */
    question(
      event: 'question:created' | 'question:updated',
      question: Question,
      authorId: number,
      opts: { othersSee: boolean; othersEvent?: 'question:created' | 'question:updated' },
    ) {
      const full = [rooms.liveModerators(question.sessionId), rooms.user(authorId)];
      publisher.toRoom(full, event, question);
      if (opts.othersSee) publisher.toRoomExcept(rooms.live(question.sessionId), full, opts.othersEvent ?? event, redactQuestion(question));
    },
    /** Counts are the same for everyone (only open, published questions take votes): one broadcast. */
    voted(question: Question) {
      const { id, sessionId, voteCount, seq } = question;
      votes.add({ id, sessionId, voteCount, seq });
    },
    session(session: LiveSession) {
      publisher.toRoom(rooms.live(session.id), 'session:updated', session);
    },
    chat(message: ChatMessage) {
      publisher.toRoom(rooms.live(message.sessionId), 'chat:message', message);
    },
  };
}
