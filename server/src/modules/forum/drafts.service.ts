import { type Draft, DraftInput, DraftKey } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { NotFound, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, requireForumWriter } from '../../policy/index.ts';
import { deleteDraft, findDraft, saveDraft } from './drafts.repo.ts';

function keyOf(key: string): string {
  const parsed = DraftKey.safeParse(key);
  if (!parsed.success) throw ValidationError({ key: 'Use reply:<thread>, thread:new or edit:<post>.' });
  return parsed.data;
}

const toDraft = (r: { key: string; body: string; title: string; updatedAt: Date }): Draft => ({ key: r.key, body: r.body, title: r.title, updatedAt: r.updatedAt.toISOString() });

/**
 * Half-written texts, kept on the server per member and composer so they survive a closed tab and
 * follow the member to another device; posting the text deletes its draft (in the post's transaction).
 */
export function createDrafts(db: Db) {
  return {
    async get(actor: Actor, key: string): Promise<Draft> {
      const user = requireForumWriter(actor);
      const draft = await findDraft(db, user.id, keyOf(key));
      if (!draft) throw NotFound('Draft');
      return toDraft(draft);
    },

    /** An empty text deletes the draft. */
    async save(actor: Actor, key: string, input: unknown): Promise<Draft | null> {
      const user = requireForumWriter(actor);
      const k = keyOf(key);
      const text = parseInput(DraftInput, input);
      if (!text.body.trim() && !text.title.trim()) {
        await deleteDraft(db, user.id, k);
        return null;
      }
      return toDraft(await saveDraft(db, user.id, k, text));
    },

    async remove(actor: Actor, key: string): Promise<void> {
      const user = requireForumWriter(actor);
      await deleteDraft(db, user.id, keyOf(key));
    },
  };
}
export type Drafts = ReturnType<typeof createDrafts>;
