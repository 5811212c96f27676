import type { LogEntry } from '@praxisnetz/shared';
import type { Translate } from '#lib/i18n/translate.ts';

/** actions with a label of their own; others show their code */
const LABELLED = [
  'thread.lock',
  'thread.unlock',
  'thread.pin',
  'thread.unpin',
  'thread.hide',
  'thread.move',
  'thread.merge',
  'thread.split',
  'thread.rename',
  'thread.topics',
  'topic.create',
  'topic.update',
  'topic.delete',
  'collection.create',
  'collection.update',
  'collection.delete',
  'audit.delete',
  'collection.add',
  'collection.entry',
  'collection.remove',
  'post.hide',
  'post.unhide',
  'flag.resolve',
  'user.suspend',
  'user.reinstate',
  'user.warn',
  'user.approve',
  'user.reject',
  'user.role',
] as const;
const isLabelled = (action: string): action is (typeof LABELLED)[number] => (LABELLED as readonly string[]).includes(action);

/** What a moderation log entry did, in the reader's language where the action has a label. */
export const actionLabel = (action: string, t: Translate) => (isLabelled(action) ? t(`log.action.${action}`) : action);

/** Why it was done: the entry's reason, or a decision's note. */
export function reasonOf(entry: LogEntry): string {
  const { reason, note } = entry.details;
  return typeof reason === 'string' ? reason : typeof note === 'string' ? note : '';
}
