import type { ThreadEditInput, TopicInput, UpdateTopicInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The topic vocabulary and what carries a topic, in the pages' API (spread into createApi). */
export function topicsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    topics: () => read(() => s.topics.list()),
    topic: (slug: string) => read(() => s.topics.get(slug)),
    createTopic: (input: TopicInput) => write(() => s.topics.create(actor, input)),
    updateTopic: (slug: string, input: UpdateTopicInput) => write(() => s.topics.update(actor, slug, input)),
    deleteTopic: (slug: string) => write(() => s.topics.remove(actor, slug)),
    topicThreads: (slug: string, cursor?: string) => read(() => s.forum.listTopicThreads(actor, slug, cursor)),
    editThread: (threadId: number, input: ThreadEditInput) => write(() => s.threadTools.edit(actor, id(threadId), input)),
  };
}
