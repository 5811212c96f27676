import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import {
  type Attachment,
  type Document,
  type DocumentDetail,
  DocumentListQuery,
  DocumentMetadataInput,
  type Page,
  PracticeMarkInput,
  UpdateDocumentInput,
} from '@praxisnetz/shared';
import { eq, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { documents } from '../../db/schema/index.ts';
import {
  type Actor,
  canCurateDocument,
  canEditDocument,
  canReadForum,
  canReadGroup,
  isMember,
  readableCategorySql,
  readableDocumentSql,
  requireDocumentCurator,
  requireDocumentEditor,
  requireDocumentReader,
  requireMember,
} from '../../policy/index.ts';
import { NotFound, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { findCityBySlug } from '../cities/index.ts';
import { documentHasTopic, setDocumentTopics, topicIdsOf, UNKNOWN_TOPIC, topicRefOf, topicsOfDocuments } from '../topics/index.ts';
import { findGroupById } from '../groups/index.ts';
import { recordModeration } from '../moderation/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserById, type UserWithCity } from '../users/index.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import {
  attachmentsOf,
  listAttachable,
  countDownload,
  type DocumentListRow,
  type DocumentSortKey,
  findDocument,
  findDocumentsForAttaching,
  findVersion,
  insertDocument,
  insertVersion,
  isFileReferenced,
  linkedThreads,
  listDocuments,
  listVersions,
  lockDocument,
  setAttachments,
  updateDocument,
  upsertFile,
} from './documents.repo.ts';
import { toDocument, toVersion } from './documents.mapper.ts';
import { hasExtractableText } from './extraction/text-extractors.ts';
import { checkUploadType } from './file-check.ts';
import type { FileStore, TempFile } from './file-store.ts';
import { neutraliseFilename } from './filename.ts';
import { receiveUpload } from './upload-receiver.ts';

export const DOCUMENTS_PER_PAGE = 20;

type StoredFile = TempFile & { filename: string; mime: string };
/** Hears the form fields of an upload as sent, e.g. to send them back to a form that failed. */
type FieldsListener = (fields: Record<string, unknown>) => void;

const isSortKey = (v: unknown): v is DocumentSortKey => {
  const k = v as Record<string, unknown> | null;
  if (typeof k !== 'object' || k === null || !Number.isInteger(k.id)) return false;
  if (k.sort === 'newest') return typeof k.at === 'string' && !Number.isNaN(Date.parse(k.at));
  return k.sort === 'downloads' && Number.isInteger(k.n);
};

export function createDocumentsService(deps: {
  db: Db;
  fileStore: FileStore;
  uploadMaxBytes: number;
  extraction: { nudge(): void };
  notifications: Pick<NotificationsService, 'tellGroup' | 'told'>;
}) {
  const { db, fileStore, uploadMaxBytes, extraction, notifications } = deps;

  async function withTopics(rows: DocumentListRow[]): Promise<Document[]> {
    const topics = await topicsOfDocuments(db, rows.map((r) => r.document.id));
    return rows.map((r) =>
      toDocument(
        r,
        topics.filter((t) => t.documentId === r.document.id).map((t) => topicRefOf(t.topic)),
      ),
    );
  }

  async function loadReadable(actor: Actor, id: number): Promise<DocumentListRow> {
    const row = await findDocument(db, id);
    requireDocumentReader(actor, row?.document);
    return row!;
  }

  /** City and topics named by slug, as ids; unknown ones are field errors. */
  async function resolveReferences(meta: { citySlug?: string | null; topics?: string[] }) {
    const fields: Record<string, string> = {};
    let cityId: number | null | undefined = meta.citySlug === null ? null : undefined;
    if (meta.citySlug) {
      cityId = (await findCityBySlug(db, meta.citySlug))?.id;
      if (cityId === undefined) fields.citySlug = 'Choose a city from the list.';
    }
    let topicIds: number[] | undefined;
    if (meta.topics) {
      topicIds = (await topicIdsOf(db, meta.topics)) ?? [];
      if (topicIds.length !== new Set(meta.topics).size) fields.topics = UNKNOWN_TOPIC;
    }
    if (Object.keys(fields).length) throw ValidationError(fields);
    return { cityId, topicIds };
  }

  /**
   * The group a document is shared with: named when the visibility is 'group', and one whose
   * space the actor reads (an active member, or staff). Any other visibility belongs to no group.
   */
  async function resolveGroup(actor: Actor, visibility: DocumentMetadataInput['visibility'], groupId: number | null | undefined) {
    if (visibility !== 'group') return null;
    if (!groupId) throw ValidationError({ groupId: 'Choose the working group that may read the document.' });
    const group = canReadGroup(actor, groupId) ? await findGroupById(db, groupId) : undefined;
    if (!group) throw ValidationError({ groupId: 'Choose one of your working groups.' });
    return group;
  }

  /** Reads the upload and checks it; the temp file is discarded whenever this throws. */
  async function receiveChecked<T>(
    req: IncomingMessage,
    parseFields: (fields: Record<string, unknown>) => Promise<T>,
    onFields?: FieldsListener,
  ) {
    const { fields, file } = await receiveUpload(req, fileStore, uploadMaxBytes);
    onFields?.(fields);
    try {
      if (!file) throw ValidationError({ file: 'Choose a file to upload.' });
      const meta = await parseFields(fields);
      const filename = neutraliseFilename(file.filename);
      const mime = await checkUploadType(file.path, filename, file.size);
      return { meta, file: { ...file, filename, mime } satisfies StoredFile };
    } catch (err) {
      if (file) await fileStore.discard(file);
      throw err;
    }
  }

  /**
   * The file goes into the store (fsynced, renamed) before the rows commit. If the rows fail,
   * a file this upload created and nothing references is removed again.
   */
  async function commitWithFile<T>(file: StoredFile, write: (tx: Executor, contentText: string | null) => Promise<T>) {
    const { created } = await fileStore.commit(file);
    try {
      const result = await db.transaction(async (tx) => {
        const stored = await upsertFile(tx, {
          sha256: file.sha256,
          size: file.size,
          mime: file.mime,
          extractionStatus: hasExtractableText(file.mime) ? 'pending' : 'none',
        });
        return write(tx, stored.extractionStatus === 'done' ? stored.extractedText : null);
      });
      extraction.nudge();
      return result;
    } catch (err) {
      if (created && !(await isFileReferenced(db, file.sha256))) await fileStore.remove(file.sha256);
      throw err;
    }
  }

  /** `announce`: the group's members hear of a group document (uploads do; the demo seed's imports do not). */
  async function createDocument(owner: UserWithCity, meta: DocumentMetadataInput, file: StoredFile, opts: { announce: boolean; createdAt?: Date }) {
    const { createdAt } = opts;
    const ownerId = owner.id;
    const { cityId, topicIds } = await resolveReferences(meta);
    const group = await resolveGroup(owner, meta.visibility, meta.groupId);
    let told: number[] = [];
    const documentId = await commitWithFile(file, async (tx, contentText) => {
      const id = await insertDocument(tx, {
        ownerId,
        groupId: group?.id ?? null,
        title: meta.title,
        description: meta.description,
        type: meta.type,
        cityId: cityId ?? null,
        year: meta.year ?? null,
        language: meta.language,
        visibility: meta.visibility,
        contentText,
        ...(createdAt && { createdAt, updatedAt: createdAt }),
      });
      await insertVersion(tx, { documentId: id, n: 1, sha256: file.sha256, filename: file.filename, uploadedBy: ownerId, ...(createdAt && { createdAt }) });
      await setDocumentTopics(tx, id, topicIds ?? []);
      if (group && opts.announce) {
        const about = { title: meta.title, group: group.name, actor: owner.displayName, path: `/library/${id}` };
        told = await notifications.tellGroup(tx, 'group_document', group.id, ownerId, { documentId: id, actorId: ownerId }, about);
      }
      return id;
    });
    await notifications.told(told);
    return documentId;
  }

  const service = {
    limits: () => ({ maxBytes: uploadMaxBytes }),

    async upload(actor: Actor, req: IncomingMessage, onFields?: FieldsListener): Promise<Document> {
      const user = requireMember(actor);
      const { meta, file } = await receiveChecked(req, async (fields) => parseInput(DocumentMetadataInput, fields), onFields);
      const id = await createDocument(user, meta, file, { announce: true }).finally(() => fileStore.discard(file));
      return (await withTopics([(await findDocument(db, id))!]))[0]!;
    },

    /** For the demo seed: a document from bytes already in memory, through the same checks and store. */
    async importDocument(ownerId: number, meta: DocumentMetadataInput, filename: string, bytes: Uint8Array, createdAt?: Date) {
      const owner = await findUserById(db, ownerId);
      if (!owner) throw NotFound('User');
      const temp = await fileStore.receive(Readable.from([Buffer.from(bytes)]));
      const name = neutraliseFilename(filename);
      try {
        const mime = await checkUploadType(temp.path, name, temp.size);
        return await createDocument(owner, meta, { ...temp, filename: name, mime }, { announce: false, createdAt });
      } finally {
        await fileStore.discard(temp);
      }
    },

    async addVersion(actor: Actor, id: number, req: IncomingMessage, onFields?: FieldsListener): Promise<Document> {
      const user = requireMember(actor);
      const existing = await findDocument(db, id);
      requireDocumentReader(actor, existing?.document);
      requireDocumentEditor(actor, existing!.document);
      const { file } = await receiveChecked(req, async () => undefined, onFields);
      const committed = commitWithFile(file, async (tx, contentText) => {
        const locked = await lockDocument(tx, id);
        if (!locked || locked.deletedAt) throw NotFound('Document');
        const n = locked.currentVersion + 1;
        await insertVersion(tx, { documentId: id, n, sha256: file.sha256, filename: file.filename, uploadedBy: user.id });
        await updateDocument(tx, id, { currentVersion: n, contentText });
      });
      await committed.finally(() => fileStore.discard(file));
      return (await withTopics([(await findDocument(db, id))!]))[0]!;
    },

    async list(actor: Actor, input: unknown): Promise<Page<Document>> {
      const q = parseInput(DocumentListQuery, input);
      const where: SQL[] = [readableDocumentSql(actor)];
      if (q.type) where.push(eq(documents.type, q.type));
      if (q.year) where.push(eq(documents.year, q.year));
      if (q.language) where.push(eq(documents.language, q.language));
      if (q.owner === 'me') where.push(eq(documents.ownerId, requireMember(actor).id));
      if (q.group) where.push(eq(documents.groupId, q.group));
      if (q.city) {
        const city = await findCityBySlug(db, q.city);
        if (!city) return { items: [], nextCursor: null };
        where.push(eq(documents.cityId, city.id));
      }
      if (q.topic) where.push(documentHasTopic(q.topic));
      const after = decodeCursor(q.cursor, isSortKey);
      if (after && after.sort !== q.sort) throw ValidationError({ cursor: 'This page link is not valid.' });
      const rows = await listDocuments(db, where, q.sort, after, DOCUMENTS_PER_PAGE + 1);
      const page = rows.slice(0, DOCUMENTS_PER_PAGE);
      const last = page.at(-1)?.document;
      const more = rows.length > DOCUMENTS_PER_PAGE && last;
      return {
        items: await withTopics(page),
        nextCursor: !more
          ? null
          : q.sort === 'newest'
            ? encodeCursor({ sort: 'newest', at: last.createdAt.toISOString(), id: last.id })
            : encodeCursor({ sort: 'downloads', n: last.downloadCount, id: last.id }),
      };
    },

    async get(actor: Actor, id: number): Promise<DocumentDetail> {
      const row = await loadReadable(actor, id);
      const [document] = await withTopics([row]);
      const versions = (await listVersions(db, id)).map(toVersion);
      // The forum is the members' space: only members learn which threads link a document.
      const threads = canReadForum(actor) ? await linkedThreads(db, id, readableCategorySql(actor)) : [];
      return {
        ...document!,
        versions,
        linkedThreads: threads,
        canEdit: canEditDocument(actor, row.document),
        canCurate: isMember(actor) && canCurateDocument(actor, row.document),
      };
    },

    async update(actor: Actor, id: number, input: unknown): Promise<Document> {
      const row = await loadReadable(actor, id);
      requireDocumentEditor(actor, row.document);
      const patch = parseInput(UpdateDocumentInput, input);
      const { cityId, topicIds } = await resolveReferences(patch);
      // Visibility and group are decided together: a group only with 'group', checked on any change.
      const sharing = patch.visibility !== undefined || patch.groupId !== undefined;
      const visibility = patch.visibility ?? (row.document.visibility as DocumentMetadataInput['visibility']);
      const group = sharing ? await resolveGroup(actor, visibility, patch.groupId === undefined ? row.document.groupId : patch.groupId) : undefined;
      const groupId = group === undefined ? undefined : (group?.id ?? null);
      await db.transaction(async (tx) => {
        await updateDocument(tx, id, {
          ...(patch.title !== undefined && { title: patch.title }),
          ...(patch.description !== undefined && { description: patch.description }),
          ...(patch.type !== undefined && { type: patch.type }),
          ...(cityId !== undefined && { cityId }),
          ...(patch.year !== undefined && { year: patch.year }),
          ...(patch.language !== undefined && { language: patch.language }),
          ...(sharing && { visibility, groupId }),
        });
        if (topicIds) await setDocumentTopics(tx, id, topicIds);
      });
      return (await withTopics([(await findDocument(db, id))!]))[0]!;
    },

    /** Marks it as a practice example with a summary, or (null) takes the mark away; logged. */
    async setPractice(actor: Actor, id: number, input: unknown | null): Promise<Document> {
      const row = await loadReadable(actor, id);
      const user = requireDocumentCurator(actor, row.document);
      const summary = input === null ? null : parseInput(PracticeMarkInput, input).summary;
      await db.transaction(async (tx) => {
        await updateDocument(tx, id, summary === null ? { practiceAt: null, practiceBy: null, practiceSummary: null } : { practiceAt: new Date(), practiceBy: user.id, practiceSummary: summary });
        await recordModeration(tx, { actorId: user.id, action: summary === null ? 'document.practice_remove' : 'document.practice', groupId: row.document.groupId, targetUserId: row.document.ownerId, details: { document: id, ...(summary && { summary }) } });
      });
      return (await withTopics([(await findDocument(db, id))!]))[0]!;
    },

    /** Soft delete: downloads, search and attachments stop showing it; the files stay for the record. */
    async remove(actor: Actor, id: number): Promise<void> {
      const row = await loadReadable(actor, id);
      const user = requireDocumentEditor(actor, row.document);
      await updateDocument(db, id, { deletedAt: new Date(), deletedBy: user.id });
    },

    /** What to send for a download; the access check runs on every request. */
    async download(actor: Actor, id: number, n?: number) {
      const row = await loadReadable(actor, id);
      const version = await findVersion(db, id, n ?? row.document.currentVersion);
      if (!version) throw NotFound('Version');
      return { ...version, path: fileStore.pathOf(version.sha256), visibility: row.document.visibility };
    },

    countDownload: (id: number) => countDownload(db, id),

    /** The documents shown under each post, as far as the reader may read them. */
    async attachmentsFor(actor: Actor, postIds: number[]): Promise<Map<number, Attachment[]>> {
      const rows = await attachmentsOf(db, postIds, readableDocumentSql(actor));
      const byPost = new Map<number, Attachment[]>();
      for (const { postId, ...a } of rows) byPost.set(postId, [...(byPost.get(postId) ?? []), a]);
      return byPost;
    },

    /** What a composer offers to attach: the member's newest documents, only what a post shows of them. */
    async attachable(actor: Actor): Promise<Attachment[]> {
      const member = requireMember(actor);
      return listAttachable(db, member.id, readableDocumentSql(actor), DOCUMENTS_PER_PAGE);
    },

    /** Links documents to a post inside the post's transaction; each must be readable by its author. */
    async attach(tx: Executor, actor: Actor, postId: number, ids: number[]): Promise<void> {
      const unique = [...new Set(ids)];
      const found = await findDocumentsForAttaching(tx, unique, readableDocumentSql(actor));
      if (found.length !== unique.length) throw ValidationError({ attachments: 'Choose documents from the library that you can read.' });
      await setAttachments(tx, postId, unique);
    },
  };
  return service;
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;

