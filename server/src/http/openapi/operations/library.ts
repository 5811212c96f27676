import { Collection, CollectionEntryInput, CollectionInput, CollectionSummary, CollectionsQuery, Document, DocumentDetail, DocumentListQuery, PracticeMarkInput, SearchQuery, SearchResult, SuggestQuery, Suggestion, Topic, TopicInput, UpdateCollectionEntryInput, UpdateCollectionInput, UpdateDocumentInput, UpdateTopicInput } from '@praxisnetz/shared';
import { z } from 'zod';
import { item, type Operation, page } from '../operation.ts';

export const libraryOperations: Operation[] = [
  { method: 'get', path: '/api/topics', tag: 'Topics', summary: "List", response: item('items', z.array(Topic)) },
  { method: 'post', path: '/api/topics', tag: 'Topics', summary: "Create", access: 'admin', body: TopicInput, status: 201, response: item('topic', Topic) },
  { method: 'patch', path: '/api/topics/:slug', tag: 'Topics', summary: "Update", access: 'admin', body: UpdateTopicInput, response: item('topic', Topic) },
  { method: 'delete', path: '/api/topics/:slug', tag: 'Topics', summary: "Remove", description: "Threads and documents lose the tag; they stay where they are.", access: 'admin', status: 204, response: null },
  { method: 'get', path: '/api/collections', tag: 'Collections', summary: "List", query: CollectionsQuery, response: z.object({ items: z.array(CollectionSummary), permissions: z.object({ canCreate: z.boolean() }) }) },
  { method: 'post', path: '/api/collections', tag: 'Collections', summary: "Create", body: CollectionInput, status: 201, response: item('collection', Collection) },
  { method: 'get', path: '/api/collections/:slug', tag: 'Collections', summary: "Get", response: item('collection', Collection) },
  { method: 'patch', path: '/api/collections/:slug', tag: 'Collections', summary: "Update", body: UpdateCollectionInput, response: item('collection', Collection) },
  { method: 'delete', path: '/api/collections/:slug', tag: 'Collections', summary: "Remove", description: "The list goes; the threads and documents it pointed at stay.", status: 204, response: null },
  { method: 'post', path: '/api/collections/:slug/entries', tag: 'Collections', summary: "Add entry", description: "Adds a thread or document the editor may open, at the end.", body: CollectionEntryInput, status: 201, response: item('collection', Collection) },
  { method: 'patch', path: '/api/collections/:slug/entries/:id', tag: 'Collections', summary: "Update entry", description: "A new note, or a new place: the entry moves there and the others close up around it.", body: UpdateCollectionEntryInput, response: item('collection', Collection) },
  { method: 'delete', path: '/api/collections/:slug/entries/:id', tag: 'Collections', summary: "Remove entry", response: item('collection', Collection) },
  { method: 'get', path: '/api/documents/limits', tag: 'Library', summary: 'Upload limits', access: 'public', response: z.object({ maxBytes: z.number().int() }) },
  { method: 'get', path: '/api/documents', tag: 'Library', summary: "List", access: 'member', query: DocumentListQuery, response: page(Document) },
  { method: 'post', path: '/api/documents', tag: 'Library', summary: 'Upload a document', description: 'multipart/form-data: the metadata fields first, the file last (streamed to disk while its type and size are checked).', access: 'member', status: 201, response: item('document', DocumentDetail) },
  { method: 'get', path: '/api/documents/:id', tag: 'Library', summary: "Get", response: item('document', DocumentDetail) },
  { method: 'patch', path: '/api/documents/:id', tag: 'Library', summary: "Update", body: UpdateDocumentInput, response: item('document', Document) },
  { method: 'post', path: '/api/documents/:id/practice', tag: 'Library', summary: "Set practice", description: "Marks it as a practice example with a summary, or (null) takes the mark away; logged.", body: PracticeMarkInput, response: item('document', Document) },
  { method: 'delete', path: '/api/documents/:id/practice', tag: 'Library', summary: "Set practice", description: "Marks it as a practice example with a summary, or (null) takes the mark away; logged.", body: PracticeMarkInput, response: item('document', Document) },
  { method: 'delete', path: '/api/documents/:id', tag: 'Library', summary: "Remove", description: "Soft delete: downloads, search and attachments stop showing it; the files stay for the record.", status: 204, response: null },
  { method: 'post', path: '/api/documents/:id/versions', tag: 'Library', summary: 'Upload a new version', description: 'multipart/form-data with the file.', access: 'member', status: 201, response: item('document', DocumentDetail) },
  { method: 'get', path: '/api/search', tag: 'Search', summary: "Search", description: "Ranked threads (title and opening post), replies and documents the actor may read. Anonymous and pending users search public documents only; nothing else is looked at for them.", query: SearchQuery, response: SearchResult },
  { method: 'get', path: '/api/search/suggest', tag: 'Search', summary: "Suggest", description: "Titles of threads and documents the actor may read, for search-as-you-type.", query: SuggestQuery, response: item('items', z.array(Suggestion)) },
  { method: 'get', path: '/files/:id', tag: 'Library', summary: 'Download the latest version', description: 'With Range support; always an attachment.', response: 'application/octet-stream' },
  { method: 'get', path: '/files/:id/v/:n', tag: 'Library', summary: 'Download a version', description: 'With Range support; always an attachment.', response: 'application/octet-stream' },
];
