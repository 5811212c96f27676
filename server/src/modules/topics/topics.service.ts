import { type Topic, TopicInput, type TopicRef, UpdateTopicInput } from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, requireAdmin } from '../../policy/index.ts';
import { recordModeration } from '../moderation/index.ts';
import { deleteTopic, findTopicBySlug, findTopicsBySlugs, insertTopic, listTopics, type TopicRow, updateTopic } from './topics.repo.ts';

export const topicRefOf = (t: Pick<TopicRow, 'slug' | 'nameDe' | 'nameEn' | 'nameFr'>): TopicRef => ({
  slug: t.slug,
  name: { de: t.nameDe, en: t.nameEn, fr: t.nameFr },
});

const toTopic = (t: TopicRow): Topic => ({ id: t.id, ...topicRefOf(t), position: t.position });

export const UNKNOWN_TOPIC = 'Choose topics from the list.';

/** Topics named by slug, as ids; null when one of them is not in the vocabulary. */
export async function topicIdsOf(db: Executor, slugs: string[]): Promise<number[] | null> {
  const unique = [...new Set(slugs)];
  const found = await findTopicsBySlugs(db, unique);
  return found.length === unique.length ? found.map((t) => t.id) : null;
}

/**
 * The network's vocabulary of prevention topics. Everyone may read it (visitors filter the public
 * library by it); administrators keep it, every change in the moderation log.
 */
export function createTopicsService(db: Db) {
  async function get(slug: string): Promise<TopicRow> {
    const topic = await findTopicBySlug(db, slug);
    if (!topic) throw NotFound('Topic');
    return topic;
  }

  return {
    async list(): Promise<Topic[]> {
      return (await listTopics(db)).map(toTopic);
    },

    async get(slug: string): Promise<Topic> {
      return toTopic(await get(slug));
    },

    async create(actor: Actor, input: unknown): Promise<Topic> {
      const admin = requireAdmin(actor);
      const data = parseInput(TopicInput, input);
      const slug = data.slug ?? slugify(data.name.de);
      if (!slug) throw ValidationError({ slug: 'Give the topic an address of letters and digits.' });
      const created = await db.transaction(async (tx) => {
        const row = await insertTopic(tx, { slug, nameDe: data.name.de, nameEn: data.name.en, nameFr: data.name.fr, position: data.position ?? (await listTopics(tx)).length });
        if (!row) throw Conflict('A topic with this address exists already.', 'conflict', { slug: 'A topic with this address exists already.' });
        await recordModeration(tx, { actorId: admin.id, action: 'topic.create', details: { topic: slug } });
        return row;
      });
      return toTopic(created);
    },

    async update(actor: Actor, slug: string, input: unknown): Promise<Topic> {
      const admin = requireAdmin(actor);
      const data = parseInput(UpdateTopicInput, input);
      const topic = await get(slug);
      await db.transaction(async (tx) => {
        await updateTopic(tx, topic.id, {
          ...(data.name && { nameDe: data.name.de, nameEn: data.name.en, nameFr: data.name.fr }),
          ...(data.position !== undefined && { position: data.position }),
        });
        await recordModeration(tx, { actorId: admin.id, action: 'topic.update', details: { topic: slug } });
      });
      return toTopic(await get(slug));
    },

    /** Threads and documents lose the tag; they stay where they are. */
    async remove(actor: Actor, slug: string): Promise<void> {
      const admin = requireAdmin(actor);
      const topic = await get(slug);
      await db.transaction(async (tx) => {
        await deleteTopic(tx, topic.id);
        await recordModeration(tx, { actorId: admin.id, action: 'topic.delete', details: { topic: slug, name: topic.nameDe } });
      });
    },
  };
}
export type TopicsService = ReturnType<typeof createTopicsService>;
