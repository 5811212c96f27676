import {
  type Collection,
  COLLECTION_ENTRIES_MAX,
  CollectionEntryInput,
  CollectionInput,
  CollectionsQuery,
  type CollectionSummary,
  UpdateCollectionEntryInput,
  UpdateCollectionInput,
} from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { detectLanguage } from '../../lib/language.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import {
  type Actor,
  canEditCollections,
  readableDocumentSql,
  readableThreadAndPostSql,
  requireCollectionEditor,
  requireCollectionReader,
} from '../../policy/index.ts';
import { recordModeration } from '../moderation/index.ts';
import { findTopicBySlug, topicRefOf, UNKNOWN_TOPIC } from '../topics/index.ts';
import {
  type CollectionRow,
  countReadableEntries,
  deleteCollection,
  deleteEntry,
  entryOrder,
  findCollectionBySlug,
  insertCollection,
  insertEntry,
  isCollectionSlugFree,
  isReadableTarget,
  lastPosition,
  listCollections,
  type Readable,
  readableEntries,
  updateCollection,
  updateEntry,
} from './collections.repo.ts';

type Found = NonNullable<Awaited<ReturnType<typeof findCollectionBySlug>>>;

const readableBy = (actor: Actor): Readable => ({ threads: readableThreadAndPostSql(actor).threads, documents: readableDocumentSql(actor) });

const toSummary = ({ collection, topic }: Found, entryCount: number): CollectionSummary => ({
  id: collection.id,
  slug: collection.slug,
  title: collection.title,
  topic: topic ? topicRefOf(topic) : null,
  entryCount,
  updatedAt: collection.updatedAt.toISOString(),
});

/** A new collection's address, numbered when the title's is taken. */
async function freeSlug(db: Executor, title: string): Promise<string> {
  const base = slugify(title) || 'sammlung';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (await isCollectionSlugFree(db, slug)) return slug;
  }
}

/** The topic named by slug, as an id (null clears it); a field error when it is not in the vocabulary. */
async function topicIdOf(db: Executor, slug: string | null): Promise<number | null> {
  if (slug === null) return null;
  const topic = await findTopicBySlug(db, slug);
  if (!topic) throw ValidationError({ topic: UNKNOWN_TOPIC });
  return topic.id;
}

const rendered = (title: string, intro: string, fallback: Collection['language']) => ({
  intro,
  introHtml: renderMarkdown(intro),
  language: detectLanguage(`${title}\n${intro}`, fallback),
});

/**
 * Collections: curated, ordered reading lists of threads and documents with an introduction
 * ("Sicherheitsaudits: Einstieg"). Members read them — each entry only when they may open what it
 * points at; moderators and administrators keep them, every change in the moderation log.
 */
export function createCollectionsService(db: Db) {
  async function find(slug: string): Promise<Found> {
    const found = await findCollectionBySlug(db, slug);
    if (!found) throw NotFound('Collection');
    return found;
  }

  async function view(actor: Actor, slug: string): Promise<Collection> {
    const found = await find(slug);
    const entries = await readableEntries(db, found.collection.id, readableBy(actor));
    return {
      ...toSummary(found, entries.length),
      intro: found.collection.intro,
      introHtml: found.collection.introHtml,
      language: found.collection.language as Collection['language'],
      entries: entries.map((r) => ({
        id: r.entry.id,
        targetType: r.entry.threadId !== null ? 'thread' : 'document',
        targetId: (r.entry.threadId ?? r.entry.documentId)!,
        title: (r.threadTitle ?? r.documentTitle)!,
        href: r.entry.threadId !== null ? `/threads/${r.entry.threadId}` : `/library/${r.entry.documentId}`,
        note: r.entry.note,
        group: r.groupId !== null ? { id: r.groupId, name: r.groupName ?? '' } : null,
        practice: Boolean(r.threadPractice || r.documentPractice),
      })),
      permissions: { canEdit: canEditCollections(actor) },
    };
  }

  /** An entry of the collection, or 404. */
  async function entryOf(tx: Executor, collection: CollectionRow, entryId: number) {
    const entries = await entryOrder(tx, collection.id);
    const entry = entries.find((e) => e.id === entryId);
    if (!entry) throw NotFound('Entry');
    return { entry, entries };
  }

  const logged = (actorId: number, action: string, collection: Pick<CollectionRow, 'slug' | 'title'>, more: Record<string, unknown> = {}, threadId?: number | null) =>
    ({ actorId, action, threadId: threadId ?? null, details: { collection: collection.slug, title: collection.title, ...more } });

  return {
    async list(actor: Actor, query: unknown = {}): Promise<{ items: CollectionSummary[]; permissions: { canCreate: boolean } }> {
      requireCollectionReader(actor);
      const filter = parseInput(CollectionsQuery, query);
      let topicId: number | undefined;
      if (filter.topic) {
        const topic = await findTopicBySlug(db, filter.topic);
        if (!topic) return { items: [], permissions: { canCreate: canEditCollections(actor) } };
        topicId = topic.id;
      }
      const rows = await listCollections(db, topicId);
      const counts = await countReadableEntries(db, rows.map((r) => r.collection.id), readableBy(actor));
      return { items: rows.map((r) => toSummary(r, counts.get(r.collection.id) ?? 0)), permissions: { canCreate: canEditCollections(actor) } };
    },

    async get(actor: Actor, slug: string): Promise<Collection> {
      requireCollectionReader(actor);
      return view(actor, slug);
    },

    async create(actor: Actor, input: unknown): Promise<Collection> {
      const editor = requireCollectionEditor(actor);
      const data = parseInput(CollectionInput, input);
      const slug = await db.transaction(async (tx) => {
        const row = await insertCollection(tx, {
          slug: await freeSlug(tx, data.title),
          title: data.title,
          ...rendered(data.title, data.intro, editor.locale),
          topicId: await topicIdOf(tx, data.topic ?? null),
          createdBy: editor.id,
        });
        await recordModeration(tx, logged(editor.id, 'collection.create', row));
        return row.slug;
      });
      return view(actor, slug);
    },

    async update(actor: Actor, slug: string, input: unknown): Promise<Collection> {
      const editor = requireCollectionEditor(actor);
      const data = parseInput(UpdateCollectionInput, input);
      const { collection } = await find(slug);
      await db.transaction(async (tx) => {
        const title = data.title ?? collection.title;
        await updateCollection(tx, collection.id, {
          title,
          ...(data.intro !== undefined || data.title !== undefined ? rendered(title, data.intro ?? collection.intro, editor.locale) : {}),
          ...(data.topic !== undefined && { topicId: await topicIdOf(tx, data.topic) }),
        });
        await recordModeration(tx, logged(editor.id, 'collection.update', { slug, title }));
      });
      return view(actor, slug);
    },

    /** The list goes; the threads and documents it pointed at stay. */
    async remove(actor: Actor, slug: string): Promise<void> {
      const editor = requireCollectionEditor(actor);
      const { collection } = await find(slug);
      await db.transaction(async (tx) => {
        await deleteCollection(tx, collection.id);
        await recordModeration(tx, logged(editor.id, 'collection.delete', collection));
      });
    },

    /** Adds a thread or document the editor may open, at the end. */
    async addEntry(actor: Actor, slug: string, input: unknown): Promise<Collection> {
      const editor = requireCollectionEditor(actor);
      const data = parseInput(CollectionEntryInput, input);
      const { collection } = await find(slug);
      if (!(await isReadableTarget(db, data.targetType, data.targetId, readableBy(editor)))) {
        throw ValidationError({ targetId: data.targetType === 'thread' ? 'There is no thread with this number.' : 'There is no document with this number.' });
      }
      await db.transaction(async (tx) => {
        const last = await lastPosition(tx, collection.id);
        if ((await entryOrder(tx, collection.id)).length >= COLLECTION_ENTRIES_MAX) {
          throw ValidationError({ targetId: `A collection holds at most ${COLLECTION_ENTRIES_MAX} entries.` });
        }
        const threadId = data.targetType === 'thread' ? data.targetId : null;
        const entry = await insertEntry(tx, {
          collectionId: collection.id,
          position: last + 1,
          threadId,
          documentId: data.targetType === 'document' ? data.targetId : null,
          note: data.note ?? null,
          addedBy: editor.id,
        });
        if (!entry) throw Conflict('This is in the collection already.', 'conflict', { targetId: 'This is in the collection already.' });
        await updateCollection(tx, collection.id, {});
        await recordModeration(tx, logged(editor.id, 'collection.add', collection, { targetType: data.targetType, targetId: data.targetId }, threadId));
      });
      return view(actor, slug);
    },

    /** A new note, or a new place: the entry moves there and the others close up around it. */
    async updateEntry(actor: Actor, slug: string, entryId: number, input: unknown): Promise<Collection> {
      const editor = requireCollectionEditor(actor);
      const data = parseInput(UpdateCollectionEntryInput, input);
      const { collection } = await find(slug);
      await db.transaction(async (tx) => {
        const { entry, entries } = await entryOf(tx, collection, entryId);
        if (data.note !== undefined) await updateEntry(tx, entry.id, { note: data.note });
        if (data.position !== undefined) {
          const order = entries.filter((e) => e.id !== entry.id);
          order.splice(Math.min(data.position, order.length), 0, entry);
          for (const [position, e] of order.entries()) if (e.position !== position) await updateEntry(tx, e.id, { position });
        }
        await updateCollection(tx, collection.id, {});
        await recordModeration(tx, logged(editor.id, 'collection.entry', collection, { entry: entry.id }, entry.threadId));
      });
      return view(actor, slug);
    },

    async removeEntry(actor: Actor, slug: string, entryId: number): Promise<Collection> {
      const editor = requireCollectionEditor(actor);
      const { collection } = await find(slug);
      await db.transaction(async (tx) => {
        const { entry } = await entryOf(tx, collection, entryId);
        await deleteEntry(tx, entry.id);
        await updateCollection(tx, collection.id, {});
        const targetType = entry.threadId !== null ? 'thread' : 'document';
        await recordModeration(tx, logged(editor.id, 'collection.remove', collection, { targetType, targetId: entry.threadId ?? entry.documentId }, entry.threadId));
      });
      return view(actor, slug);
    },
  };
}
export type CollectionsService = ReturnType<typeof createCollectionsService>;
