import type { PracticeExample } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { type Actor, canReadForum, readableDocumentSql, readableThreadAndPostSql } from '../../policy/index.ts';
import { practiceDocuments, practiceThreads } from './curation.repo.ts';

type Row = Awaited<ReturnType<typeof practiceThreads>>[number];

const toExample = (type: PracticeExample['type'], href: (id: number) => string) => (r: Row): PracticeExample => ({
  type,
  id: r.id,
  title: r.title,
  summary: r.summary ?? '',
  href: href(r.id),
  markedAt: r.at!.toISOString(),
  group: r.groupId !== null ? { id: r.groupId, name: r.groupName ?? '' } : null,
});

/**
 * Practice examples ("Praxisbeispiele"): threads and documents moderators marked with a summary,
 * listed together, newest mark first — each reader sees those they may read (visitors the public
 * documents among them).
 */
export function createCurationService(db: Db) {
  return {
    async practiceExamples(actor: Actor): Promise<{ items: PracticeExample[] }> {
      const [threads, documents] = await Promise.all([
        canReadForum(actor) ? practiceThreads(db, readableThreadAndPostSql(actor).threads) : [],
        practiceDocuments(db, readableDocumentSql(actor)),
      ]);
      const items = [...threads.map(toExample('thread', (id) => `/threads/${id}`)), ...documents.map(toExample('document', (id) => `/library/${id}`))];
      return { items: items.sort((a, b) => b.markedAt.localeCompare(a.markedAt)) };
    },
  };
}
export type CurationService = ReturnType<typeof createCurationService>;
