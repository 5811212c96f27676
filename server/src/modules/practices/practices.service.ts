import { EMMIE_DIMENSIONS, type Practice, PracticeInput, PracticeQuery, PracticeReviewInput, type PracticeSummary } from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { readableRefs } from '../../db/readable-refs.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../lib/errors.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { parseInput } from '../../lib/validate.ts';
import {
  type Actor,
  canEditPractice,
  canReadPractice,
  canReviewPractices,
  readableAuditSql,
  readableDocumentSql,
  readableThreadAndPostSql,
  requireProposer,
  requirePublisher,
} from '../../policy/index.ts';
import { findCityBySlug } from '../cities/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findTopicBySlug, topicRefOf, UNKNOWN_TOPIC } from '../topics/index.ts';
import { type PracticeFilter, type PracticeRow, insertPractice, insertReview, listPractices, listReviews, lockPractice, updatePractice } from './practices.repo.ts';

type Listed = Awaited<ReturnType<typeof listPractices>>[number];
type Data = ReturnType<typeof PracticeInput.parse>;

const LINKS = [
  ['threadIds', 'threads'],
  ['documentIds', 'documents'],
  ['auditIds', 'audits'],
] as const;

const toSummary = ({ x, topic, citySlug, cityName }: Listed): PracticeSummary => ({
  id: x.id,
  title: x.title,
  summary: x.summary,
  topic: topic ? topicRefOf(topic) : null,
  targetGroups: x.targetGroups as PracticeSummary['targetGroups'],
  settings: x.settings as PracticeSummary['settings'],
  city: citySlug !== null ? { slug: citySlug, name: cityName! } : null,
  language: x.language,
  evidenceLevel: x.evidenceLevel as PracticeSummary['evidenceLevel'],
  status: x.status,
  publishedAt: x.publishedAt?.toISOString() ?? null,
});

/**
 * The practice library: structured examples with an evidence rating (Grüne Liste level, EMMIE's
 * five dimensions). Members write them; a submitted example waits for the reviewers (moderators
 * and administrators), who comment, ask for changes or publish it under their name; published
 * ones are public.
 */
export function createPracticesService(deps: { db: Db; notifications: Pick<NotificationsService, 'tell' | 'told'> }) {
  const { db, notifications } = deps;

  /** Inside the review's transaction: the author hears of it (in the app, and by mail unless they chose otherwise). */
  const tellAuthor = (tx: Executor, x: PracticeRow, staff: { id: number; displayName: string }, quote?: string) =>
    x.authorId !== null && x.authorId !== staff.id
      ? notifications.tell(tx, 'practice_reviewed', [x.authorId], { actorId: staff.id }, { title: x.title, actor: staff.displayName, path: `/practices/${x.id}`, quote })
      : Promise.resolve([]);

  const readable = (actor: Actor) => ({ threads: readableThreadAndPostSql(actor).threads, documents: readableDocumentSql(actor), audits: readableAuditSql(actor) });

  async function find(actor: Actor, id: number, tx: Executor = db): Promise<Listed> {
    const [row] = await listPractices(tx, { ids: [id] });
    if (!row || !canReadPractice(actor, row.x)) throw NotFound('Practice example');
    return row;
  }

  /** The example's fields as stored, after checking its topic, city and links (only what the writer may open can be linked). */
  async function rowOf(actor: Actor, data: Data) {
    const topic = data.topic !== undefined ? await findTopicBySlug(db, data.topic) : undefined;
    if (data.topic !== undefined && !topic) throw ValidationError({ topic: UNKNOWN_TOPIC });
    const city = data.city !== undefined ? await findCityBySlug(db, data.city) : undefined;
    if (data.city !== undefined && !city) throw ValidationError({ city: 'Choose a member city from the list.' });
    const conditions = readable(actor);
    for (const [field, table] of LINKS) {
      const ids = [...new Set(data[field])];
      if ((await readableRefs(db, table, ids, conditions[table])).length !== ids.length) throw ValidationError({ [field]: 'Link only items that exist and that you can open.' });
    }
    const { title, summary, language, evidenceLevel, emmie, targetGroups, settings, threadIds, documentIds, auditIds, draft: _draft, topic: _topic, city: _city, ...content } = data;
    return {
      title,
      summary,
      language,
      evidenceLevel,
      emmie,
      targetGroups: [...new Set(targetGroups)],
      settings: [...new Set(settings)],
      threadIds: [...new Set(threadIds)],
      documentIds: [...new Set(documentIds)],
      auditIds: [...new Set(auditIds)],
      topicId: topic?.id ?? null,
      cityId: city?.id ?? null,
      content,
      updatedAt: new Date(),
    };
  }

  async function locked(actor: Actor, tx: Executor, id: number): Promise<PracticeRow> {
    const row = await lockPractice(tx, id);
    if (!row || !canReadPractice(actor, row)) throw NotFound('Practice example');
    return row;
  }

  return {
    async list(actor: Actor, query: unknown): Promise<PracticeSummary[]> {
      const q = parseInput(PracticeQuery, query);
      if (q.status === 'submitted') requirePublisher(actor);
      const scope: PracticeFilter['scope'] = q.status === 'submitted' ? { submitted: true } : q.status === 'mine' ? { authorId: requireProposer(actor).id } : { published: true };
      const topic = q.topic !== undefined ? await findTopicBySlug(db, q.topic) : undefined;
      const city = q.city !== undefined ? await findCityBySlug(db, q.city) : undefined;
      if ((q.topic !== undefined && !topic) || (q.city !== undefined && !city)) return [];
      const rows = await listPractices(db, {
        filter: { scope, evidence: q.evidence, topicId: topic?.id, targetGroup: q.targetGroup, setting: q.setting, cityId: city?.id, language: q.language, q: q.q },
      });
      return rows.map(toSummary);
    },

    async get(actor: Actor, id: number): Promise<Practice> {
      const row = await find(actor, id);
      const { x } = row;
      const conditions = readable(actor);
      const [threads, documents, audits] = await Promise.all(LINKS.map(([field, table]) => readableRefs(db, table, x[field], conditions[table])));
      const canEdit = canEditPractice(actor, x);
      const shareReview = canEdit || canReviewPractices(actor);
      const content = x.content as Practice['content'];
      return {
        ...toSummary(row),
        emmie: Object.fromEntries(EMMIE_DIMENSIONS.map((d) => [d, x.emmie[d]!])) as Practice['emmie'],
        content: {
          ...content,
          problemHtml: renderMarkdown(content.problem),
          measuresHtml: renderMarkdown(content.measures),
          evaluationFindingsHtml: content.evaluationFindings ? renderMarkdown(content.evaluationFindings) : '',
        },
        threads: threads!,
        documents: documents!,
        audits: audits!,
        author: row.author,
        reviewer: row.reviewer,
        updatedAt: x.updatedAt.toISOString(),
        reviews: shareReview ? (await listReviews(db, id)).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) : [],
        permissions: { canEdit, canReview: canReviewPractices(actor) && x.status === 'submitted' },
      };
    },

    /** A member's example: sent for review, or kept as a draft. */
    async create(actor: Actor, input: unknown): Promise<Practice> {
      const user = requireProposer(actor);
      const data = parseInput(PracticeInput, input);
      const row = await rowOf(user, data);
      const id = await db.transaction((tx) => insertPractice(tx, { ...row, authorId: user.id, status: data.draft ? 'draft' : 'submitted' }));
      return this.get(actor, id);
    },

    /** Changed by its author (and so sent for review again, or kept as a draft) or by a reviewer. */
    async update(actor: Actor, id: number, input: unknown): Promise<Practice> {
      const user = requireProposer(actor);
      const data = parseInput(PracticeInput, input);
      const row = await rowOf(user, data);
      await db.transaction(async (tx) => {
        const current = await locked(actor, tx, id);
        if (!canEditPractice(actor, current)) throw Forbidden('Only its author, until it is published, and the reviewers change a practice example.');
        const byAuthor = current.authorId === user.id && current.status !== 'published';
        await updatePractice(tx, id, { ...row, ...(byAuthor && { status: data.draft ? 'draft' : 'submitted' }) });
      });
      return this.get(actor, id);
    },

    /** A reviewer's comment, or request for changes, on a submitted example. */
    async review(actor: Actor, id: number, input: unknown): Promise<Practice> {
      const staff = requirePublisher(actor);
      const data = parseInput(PracticeReviewInput, input);
      const told = await db.transaction(async (tx) => {
        const current = await locked(actor, tx, id);
        if (current.status !== 'submitted') throw Conflict('Only a submitted practice example is under review.');
        await insertReview(tx, { practiceId: id, authorId: staff.id, kind: data.requestChanges ? 'changes_requested' : 'comment', body: data.body });
        if (data.requestChanges) await updatePractice(tx, id, { status: 'changes_requested' });
        return tellAuthor(tx, current, staff, data.body);
      });
      await notifications.told(told);
      return this.get(actor, id);
    },

    /** Published after review, with the reviewer named. */
    async publish(actor: Actor, id: number): Promise<Practice> {
      const staff = requirePublisher(actor);
      const told = await db.transaction(async (tx) => {
        const current = await locked(actor, tx, id);
        if (current.status !== 'submitted') throw Conflict('Only a practice example submitted for review can be published.');
        await updatePractice(tx, id, { status: 'published', reviewerId: staff.id, publishedAt: new Date() });
        await insertReview(tx, { practiceId: id, authorId: staff.id, kind: 'published', body: '' });
        return tellAuthor(tx, current, staff);
      });
      await notifications.told(told);
      return this.get(actor, id);
    },
  };
}
export type PracticesService = ReturnType<typeof createPracticesService>;
