import { z } from 'zod';
import { Id, Locale } from './common.ts';
import { blankToNull, line, markdown } from './text.ts';
import { TopicRef } from './topics.ts';

export const COLLECTION_TITLE_MAX = 150;
export const COLLECTION_INTRO_MAX = 10_000;
export const COLLECTION_NOTE_MAX = 1_000;
/** a curated list stays a selection, not a second library */
export const COLLECTION_ENTRIES_MAX = 100;


/** A moderator's collection: a title, an introduction in Markdown and, optionally, the topic it is about. */
export const CollectionInput = z.object({
  title: line().trim().min(3).max(COLLECTION_TITLE_MAX),
  intro: markdown().trim().max(COLLECTION_INTRO_MAX).default(''),
  topic: z.preprocess(blankToNull, line().max(100).nullable().optional()),
});
export type CollectionInput = z.infer<typeof CollectionInput>;

export const UpdateCollectionInput = CollectionInput.partial();
export type UpdateCollectionInput = z.infer<typeof UpdateCollectionInput>;

/** `GET /api/collections?topic=` */
export const CollectionsQuery = z.object({ topic: z.preprocess(blankToNull, line().max(100).nullable().optional()) });
export type CollectionsQuery = z.infer<typeof CollectionsQuery>;

/** An entry's note (blank clears it). */
export const EntryNote = z.preprocess(blankToNull, line().trim().max(COLLECTION_NOTE_MAX).nullable().optional());

/** A thread or document added to a collection, with a note on why it is there. */
export const CollectionEntryInput = z.object({
  targetType: z.enum(['thread', 'document']),
  targetId: Id,
  note: EntryNote,
});
export type CollectionEntryInput = z.infer<typeof CollectionEntryInput>;

/** An entry's place in its collection, 0 first. */
export const EntryPosition = z.coerce.number().int().min(0).max(COLLECTION_ENTRIES_MAX);

/** A changed note, or a new place in the list (0 is the first). */
export const UpdateCollectionEntryInput = z
  .object({ note: EntryNote, position: EntryPosition.optional() })
  .refine((v) => v.note !== undefined || v.position !== undefined, { message: 'Give a note or a position.', path: ['note'] });
export type UpdateCollectionEntryInput = z.infer<typeof UpdateCollectionEntryInput>;

export const CollectionEntry = z.object({
  id: z.number().int(),
  targetType: z.enum(['thread', 'document']),
  targetId: z.number().int(),
  title: z.string(),
  href: z.string(),
  note: z.string().nullable(),
  /** the working group whose space holds it; null for the open network */
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  practice: z.boolean(),
});
export type CollectionEntry = z.infer<typeof CollectionEntry>;

export const CollectionSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  topic: TopicRef.nullable(),
  /** the entries the reader may open */
  entryCount: z.number().int(),
  updatedAt: z.string(),
});
export type CollectionSummary = z.infer<typeof CollectionSummary>;

export const Collection = CollectionSummary.extend({
  intro: z.string(),
  /** the introduction rendered and sanitised */
  introHtml: z.string(),
  /** the introduction's language */
  language: Locale,
  /** in their order; those the reader may not open are left out */
  entries: z.array(CollectionEntry),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type Collection = z.infer<typeof Collection>;
