import { AnswerInput, DismissInput, type LiveSession, MergeInput, type Question, QuestionInput } from '@praxisnetz/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { questions } from '../../../db/schema/index.ts';
import type { Actor } from '../../../policy/index.ts';
import { Conflict, NotFound, ValidationError } from '../../../lib/errors.ts';
import { detectLanguage } from '../../../lib/language.ts';
import { parseInput } from '../../../lib/validate.ts';
import { recordModeration } from '../../moderation/index.ts';
import { type LiveContext, requireRoomOpen } from '../live.context.ts';
import { plainText } from '../live.text.ts';
import { questionFor, toQuestion, withQuestion } from './questions.mapper.ts';
import {
  addVote,
  insertQuestion,
  lockQuestion,
  mergeVotes,
  type QuestionRow,
  type QuestionWithAuthor,
  removeVote,
  updateQuestion,
} from './questions.repo.ts';
import { bumpSeq, clearHighlight, updateSession } from '../sessions/sessions.repo.ts';

type Status = QuestionRow['status'];

function requireStatus(q: QuestionRow, allowed: Status[], doing: string) {
  if (!allowed.includes(q.status)) throw Conflict(`A question that is ${q.status} cannot be ${doing}.`);
}

/** Asking, voting and moderating questions; every change counted in the room's seq and announced after commit. */
export function questionUseCases(ctx: LiveContext) {
  const { db, events } = ctx;

  /** Announces a changed question: everyone sees it once it is published; before, only moderators and the asker. */
  function announce(q: QuestionWithAuthor, othersEvent?: 'question:created') {
    events.question('question:updated', toQuestion(q), q.question.authorId, { othersSee: q.question.publishedAt !== null, othersEvent });
  }

  /**
   * A moderator's change of one question: locked, checked, changed with the room's next seq,
   * logged, all in one transaction; then announced, with the session when its highlight went.
   */
  async function moderate(
    actor: Actor,
    id: number,
    opts: {
      allowed: Status[];
      doing: string;
      action: string;
      details?: Record<string, unknown>;
      alsoLock?: number;
      tellAsker?: 'question_answered';
      /** more of the same use case, in its transaction (a flag review dismissing the question) */
      also?: (tx: Tx) => Promise<void>;
    },
    change: (tx: Tx, q: QuestionWithAuthor, seq: number) => Promise<QuestionRow>,
  ): Promise<Question> {
    const { user, session } = await ctx.moderatedQuestion(actor, id);
    if (session.status === 'archived') throw Conflict('An archived session can no longer be changed.');
    const { changed, unhighlighted, told } = await db.transaction(async (tx) => {
      // Two questions are always locked in ascending id order, so crossing merges wait instead of deadlocking.
      const order = [id, opts.alsoLock ?? id].sort((a, b) => a - b);
      let locked: QuestionWithAuthor | undefined;
      for (const qid of new Set(order)) {
        const row = await lockQuestion(tx, qid);
        if (qid === id) locked = row;
      }
      if (!locked) throw NotFound('Question');
      requireStatus(locked.question, opts.allowed, opts.doing);
      const seq = await bumpSeq(tx, session.id);
      const changed = withQuestion(locked, await change(tx, locked, seq));
      const unhighlighted = changed.question.status === 'open' ? undefined : await clearHighlight(tx, session.id, id);
      await recordModeration(tx, {
        actorId: user.id,
        action: opts.action,
        groupId: session.groupId,
        sessionId: session.id,
        questionId: id,
        targetUserId: locked.question.authorId,
        details: opts.details ?? {},
      });
      await opts.also?.(tx);
      const asker = locked.question.authorId;
      const told =
        opts.tellAsker && asker !== user.id
          ? await ctx.notifications.tell(tx, opts.tellAsker, [asker], { sessionId: session.id, actorId: user.id }, { title: session.title, actor: user.displayName, path: `/live/${session.id}` })
          : [];
      return { changed, unhighlighted, told };
    });
    await ctx.notifications.told(told);
    announce(changed, opts.action === 'question.approve' ? 'question:created' : undefined);
    if (unhighlighted) events.session(await ctx.reloadSession(session.id));
    return toQuestion(changed);
  }

  /** A vote or its retraction: one short transaction, then one broadcast. */
  async function vote(actor: Actor, id: number, up: boolean): Promise<Question> {
    const { user, session, moderator } = await ctx.readableQuestion(actor, id);
    requireRoomOpen(session.status);
    await ctx.limiter.consume('vote', user.id);
    const result = await db.transaction(async (tx) => {
      const locked = (await lockQuestion(tx, id))!;
      requireStatus(locked.question, ['open'], up ? 'voted for' : 'unvoted');
      const changed = up ? await addVote(tx, id, user.id) : await removeVote(tx, id, user.id);
      if (!changed) return { row: locked, changed };
      const seq = await bumpSeq(tx, session.id);
      const updated = await updateQuestion(tx, id, { voteCount: sql`${questions.voteCount} + ${up ? 1 : -1}`, seq });
      return { row: withQuestion(locked, updated), changed };
    });
    if (result.changed) events.voted(toQuestion(result.row));
    return questionFor(result.row, { id: user.id, moderator });
  }

  async function highlightQuestion(actor: Actor, id: number, on: boolean): Promise<LiveSession> {
    const { user, session } = await ctx.moderatedQuestion(actor, id);
    requireRoomOpen(session.status);
    const changed = await db.transaction(async (tx) => {
      const locked = (await lockQuestion(tx, id))!;
      if (on) {
        requireStatus(locked.question, ['open'], 'highlighted');
        await updateSession(tx, session.id, { highlightedQuestionId: id });
      } else if (!(await clearHighlight(tx, session.id, id))) return false;
      await recordModeration(tx, {
        actorId: user.id,
        action: on ? 'question.highlight' : 'question.unhighlight',
        groupId: session.groupId,
        sessionId: session.id,
        questionId: id,
        targetUserId: locked.question.authorId,
      });
      return true;
    });
    const updated = await ctx.reloadSession(session.id);
    if (changed) events.session(updated);
    return updated;
  }

  return {
    /** Premoderated rooms keep a new question for the moderators and its asker until approved. */
    async askQuestion(actor: Actor, sessionId: number, input: unknown): Promise<Question> {
      const { user, row } = await ctx.readableSession(actor, sessionId);
      requireRoomOpen(row.session.status);
      const data = parseInput(QuestionInput, input);
      const body = plainText(data.body);
      if (!body) throw ValidationError({ body: 'Write a question.' });
      await ctx.limiter.consume('question', user.id);
      const saved = await db.transaction(async (tx) => {
        const session = await updateSession(tx, sessionId, {});
        requireRoomOpen(session.status);
        return insertQuestion(tx, {
          sessionId,
          authorId: user.id,
          body,
          anonymous: data.anonymous,
          status: session.premoderation ? 'pending' : 'open',
          publishedAt: session.premoderation ? null : new Date(),
          language: detectLanguage(body, user.locale),
          seq: session.seq,
        });
      });
      const question = toQuestion({
        question: saved,
        authorId: user.id,
        authorName: user.displayName,
        authorRole: user.role,
        authorCitySlug: user.city?.slug ?? null,
        authorCityName: user.city?.name ?? null,
      });
      events.question('question:created', question, user.id, { othersSee: saved.publishedAt !== null });
      return question;
    },

    voteQuestion: (actor: Actor, id: number) => vote(actor, id, true),
    unvoteQuestion: (actor: Actor, id: number) => vote(actor, id, false),

    approveQuestion: (actor: Actor, id: number) =>
      moderate(actor, id, { allowed: ['pending'], doing: 'approved', action: 'question.approve' }, (tx, _q, seq) =>
        updateQuestion(tx, id, { status: 'open', publishedAt: new Date(), seq }),
      ),

    /** The asker reads the reason; everyone else sees the question go. `also` joins the dismissal's transaction. */
    async dismissQuestion(actor: Actor, id: number, input: unknown, also?: (tx: Tx) => Promise<void>): Promise<Question> {
      const reason = plainText(parseInput(DismissInput, input).reason);
      if (!reason) throw ValidationError({ reason: 'Give a reason.' });
      return moderate(actor, id, { allowed: ['pending', 'open'], doing: 'dismissed', action: 'question.dismiss', details: { reason }, also }, (tx, _q, seq) =>
        updateQuestion(tx, id, { status: 'dismissed', dismissReason: reason, seq }),
      );
    },

    async answerQuestion(actor: Actor, id: number, input: unknown): Promise<Question> {
      const answer = plainText(parseInput(AnswerInput, input).answer) || null;
      return moderate(actor, id, { allowed: ['open'], doing: 'answered', action: 'question.answer', tellAsker: 'question_answered' }, (tx, _q, seq) =>
        updateQuestion(tx, id, { status: 'answered', answer, answeredAt: new Date(), seq }),
      );
    },

    highlightQuestion: (actor: Actor, id: number) => highlightQuestion(actor, id, true),
    unhighlightQuestion: (actor: Actor, id: number) => highlightQuestion(actor, id, false),

    /** Folds a duplicate into another question of the room: the target gets every voter of both. */
    async mergeQuestion(actor: Actor, id: number, input: unknown): Promise<Question> {
      const { intoId } = parseInput(MergeInput, input);
      if (intoId === id) throw ValidationError({ intoId: 'Choose another question.' });
      let target: QuestionWithAuthor | undefined;
      await moderate(
        actor,
        id,
        { allowed: ['pending', 'open'], doing: 'merged', action: 'question.merge', details: { intoId }, alsoLock: intoId },
        async (tx, q, seq) => {
          const locked = await lockQuestion(tx, intoId);
          if (!locked || locked.question.sessionId !== q.question.sessionId) throw ValidationError({ intoId: 'Choose a question of this session.' });
          requireStatus(locked.question, ['open', 'answered'], 'merged into');
          const voteCount = await mergeVotes(tx, id, intoId);
          target = withQuestion(locked, await updateQuestion(tx, intoId, { voteCount, seq }));
          return updateQuestion(tx, id, { status: 'merged', mergedIntoId: intoId, seq });
        },
      );
      announce(target!);
      return toQuestion(target!);
    },
  };
}
