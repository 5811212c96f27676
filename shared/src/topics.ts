import { z } from 'zod';
import { LocalizedText } from './common.ts';
import { line } from './text.ts';

/** Threads and documents carry at most this many topics. */
export const TOPICS_MAX = 5;

/** A topic as items carry it. */
export const TopicRef = z.object({ slug: z.string(), name: LocalizedText });
export type TopicRef = z.infer<typeof TopicRef>;

/** A topic of the network's vocabulary (`GET /api/topics`), in its place in the list. */
export const Topic = TopicRef.extend({ id: z.number().int(), position: z.number().int() });
export type Topic = z.infer<typeof Topic>;

/** A topic's name in one language. */
export const TopicName = line().trim().min(2).max(100);

/** An administrator names a topic in all three languages; the slug follows the German name unless given. */
export const TopicInput = z.object({
  slug: z.preprocess(
    (v) => (v === '' ? undefined : v),
    line()
      .trim()
      .max(60)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens.')
      .optional(),
  ),
  name: z.object({ de: TopicName, en: TopicName, fr: TopicName }),
  position: z.coerce.number().int().min(0).max(10_000).optional(),
});
export type TopicInput = z.infer<typeof TopicInput>;

export const UpdateTopicInput = TopicInput.omit({ slug: true }).partial();
export type UpdateTopicInput = z.infer<typeof UpdateTopicInput>;

/** Topics picked in a form or sent as JSON: slugs as a list or comma-separated; empty means none. */
export const TopicSlugs = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : (Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v]).filter((s) => s !== '')),
  z.array(line().min(1).max(100)).max(TOPICS_MAX),
);
