import { ArchiveInput, type Locale } from '@praxisnetz/shared';
import type { Actor } from '../../../policy/index.ts';
import { Conflict, Forbidden, ValidationError } from '../../../lib/errors.ts';
import { parseInput } from '../../../lib/validate.ts';
import { recordModeration } from '../../moderation/index.ts';
import { archiveThread, questionThread } from './archive-text.ts';
import type { LiveContext } from '../live.context.ts';
import { toQuestion, withQuestion } from '../questions/questions.mapper.ts';
import { listQuestionsByStatus, lockQuestion, updateQuestion } from '../questions/questions.repo.ts';
import { bumpSeq, findSession, lockSession, updateSession } from './sessions.repo.ts';

/**
 * After the session: the archive thread and open forum questions. Both are ordinary forum
 * threads written through the forum service, so they are shown, searched and guarded like any.
 */
export function archiveUseCases(ctx: LiveContext) {
  const { db, forum, events } = ctx;

  /** The chosen category, or else the group's own space. */
  function categoryFor(input: unknown, groupCategory: string | null | undefined) {
    const slug = parseInput(ArchiveInput, input ?? {}).categorySlug ?? groupCategory;
    if (!slug) throw ValidationError({ categorySlug: 'Choose a category.' });
    return slug;
  }

  return {
    /** ended → archived, with one thread: each answered question with its answer, then the open ones. */
    async archiveSession(actor: Actor, id: number, input: unknown): Promise<{ threadId: number }> {
      const { user, row } = await ctx.moderatedSession(actor, id);
      if (row.session.status !== 'ended') throw Conflict('Only an ended session can be archived.');
      const categorySlug = categoryFor(input, row.categorySlug);
      const [answered, open] = await Promise.all([
        listQuestionsByStatus(db, id, ['answered']),
        listQuestionsByStatus(db, id, ['open']),
      ]);
      const text = archiveThread({ title: row.session.title, groupName: row.group.name, startsAt: row.session.startsAt }, answered, open, user.locale as Locale);
      // One transaction with the thread: of two moderators archiving at once, the second gets 409 and no thread.
      const thread = await forum.createThread(actor, { categorySlug, ...text }, async (tx, threadId) => {
        const locked = await lockSession(tx, id);
        if (locked!.status !== 'ended') throw Conflict('Only an ended session can be archived.');
        await updateSession(tx, id, { status: 'archived', archivedThreadId: threadId, highlightedQuestionId: null });
        await recordModeration(tx, {
          actorId: user.id,
          action: 'session.archive',
          groupId: locked!.groupId,
          sessionId: id,
          details: { threadId, categorySlug },
        });
      });
      events.session(await ctx.reloadSession(id));
      return { threadId: thread.id };
    },

    /** The asker or a moderator makes an open question into an open forum question, once. */
    async questionToThread(actor: Actor, questionId: number, input: unknown): Promise<{ threadId: number }> {
      const { user, question, session, moderator } = await ctx.readableQuestion(actor, questionId);
      if (!moderator && question.authorId !== user.id) throw Forbidden('Only the asker and the moderators may do this.');
      if (question.status !== 'open') throw Conflict('Only an open, unanswered question can become a forum question.');
      if (question.forumThreadId) throw Conflict('This question is already a forum question.');
      const row = (await findSession(db, session.id))!;
      const categorySlug = categoryFor(input, row.categorySlug);
      const text = questionThread({ title: row.session.title, groupName: row.group.name, startsAt: row.session.startsAt }, question, user.locale as Locale);
      let changed: ReturnType<typeof withQuestion> | undefined;
      let told: number[] = [];
      const thread = await forum.createThread(actor, { categorySlug, ...text }, async (tx, threadId) => {
        const locked = (await lockQuestion(tx, questionId))!;
        if (locked.question.forumThreadId) throw Conflict('This question is already a forum question.');
        const seq = await bumpSeq(tx, session.id);
        const updated = await updateQuestion(tx, questionId, { forumThreadId: threadId, seq });
        if (moderator && question.authorId !== user.id) {
          await recordModeration(tx, {
            actorId: user.id,
            action: 'question.thread',
            groupId: session.groupId,
            sessionId: session.id,
            questionId,
            targetUserId: question.authorId,
            details: { threadId, categorySlug },
          });
          const about = { title: text.title, actor: user.displayName, path: `/threads/${threadId}` };
          told = await ctx.notifications.tell(tx, 'question_thread', [question.authorId], { threadId, sessionId: session.id, actorId: user.id }, about);
        }
        changed = withQuestion(locked, updated);
      });
      await ctx.notifications.told(told);
      events.question('question:updated', toQuestion(changed!), question.authorId, { othersSee: changed!.question.publishedAt !== null });
      return { threadId: thread.id };
    },
  };
}
