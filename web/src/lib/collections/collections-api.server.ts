import type { CollectionEntryInput, CollectionInput, UpdateCollectionEntryInput, UpdateCollectionInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** Collections, the moderators' reading lists, in the pages' API (spread into createApi). */
export function collectionsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  const c = s.collections;
  return {
    collections: (topic?: string) => read(() => c.list(actor, { topic })),
    collection: (slug: string) => read(() => c.get(actor, slug)),
    createCollection: (input: CollectionInput) => write(() => c.create(actor, input)),
    updateCollection: (slug: string, input: UpdateCollectionInput) => write(() => c.update(actor, slug, input)),
    deleteCollection: (slug: string) => write(() => c.remove(actor, slug)),
    addCollectionEntry: (slug: string, input: CollectionEntryInput) => write(() => c.addEntry(actor, slug, input)),
    updateCollectionEntry: (slug: string, entryId: number, input: UpdateCollectionEntryInput) => write(() => c.updateEntry(actor, slug, id(entryId), input)),
    removeCollectionEntry: (slug: string, entryId: number) => write(() => c.removeEntry(actor, slug, id(entryId))),
  };
}
