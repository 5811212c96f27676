import { CollectionEntryInput, line } from '@praxisnetz/shared';
import { z } from 'zod';

/** `/threads/12-…` or `/library/7`, alone or in a full address, names what to add; a bare number a thread. */
const LINK = /(?:^|\/)(threads|library)\/(\d+)(?:[-/?#]|$)/;

export function entryTarget(text: string): Pick<CollectionEntryInput, 'targetType' | 'targetId'> | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { targetType: 'thread', targetId: Number(trimmed) };
  const match = LINK.exec(trimmed);
  if (!match) return null;
  return { targetType: match[1] === 'threads' ? 'thread' : 'document', targetId: Number(match[2]) };
}

/** The form's "add" fields: a pasted link (in the field the API names `targetId`) and a note. */
export const EntryForm = z.object({
  targetId: line()
    .trim()
    .min(1)
    .transform((text, ctx) => {
      const target = entryTarget(text);
      if (!target) ctx.addIssue({ code: 'custom', message: 'Paste the link of a thread or a document.', params: { reason: 'link' } });
      return target ?? z.NEVER;
    }),
  note: CollectionEntryInput.shape.note,
});
