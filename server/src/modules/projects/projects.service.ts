import { type Project, ProjectInput, ProjectQuery, type ProjectStatus } from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { readableRefs } from '../../db/readable-refs.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../lib/errors.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { networkToday } from '../../lib/network-time.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, canEditProject, canReadProject, isMember, isStaff, readableDocumentSql, requireProposer, requirePublisher } from '../../policy/index.ts';
import { citiesByIds, citiesBySlugs, findCityBySlug } from '../cities/index.ts';
import { findTopicBySlug, topicRefOf, UNKNOWN_TOPIC } from '../topics/index.ts';
import { insertProject, listProjects, updateProject } from './projects.repo.ts';

type Listed = Awaited<ReturnType<typeof listProjects>>[number];

const statusOf = (p: { startsOn: string; endsOn: string | null }, today: string): ProjectStatus =>
  p.startsOn > today ? 'planned' : p.endsOn !== null && p.endsOn < today ? 'completed' : 'running';

/**
 * The projects of the network, of Efus and of member cities (many EU-funded): public once the
 * staff published them; members propose them.
 */
export function createProjectsService(db: Db) {
  async function toProjects(actor: Actor, rows: Listed[]): Promise<Project[]> {
    const today = networkToday();
    const partners = new Map((await citiesByIds(db, [...new Set(rows.flatMap((r) => r.p.partnerCityIds))])).map((c) => [c.id, c]));
    const docs = new Map((await readableRefs(db, 'documents', [...new Set(rows.flatMap((r) => r.p.documentIds))], readableDocumentSql(actor))).map((d) => [d.id, d]));
    return rows.map(({ p, topic, leadSlug, leadName, proposer }) => ({
      id: p.id,
      title: p.title,
      programme: p.programme as Project['programme'],
      topic: topic ? topicRefOf(topic) : null,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: statusOf(p, today),
      leadOrganisation: p.leadOrganisation,
      leadCity: leadSlug !== null ? { slug: leadSlug, name: leadName! } : null,
      partnerCities: p.partnerCityIds.flatMap((id) => {
        const c = partners.get(id);
        return c ? [{ slug: c.slug, name: c.name }] : [];
      }),
      aims: p.aims,
      aimsHtml: p.aimsHtml,
      results: p.results,
      resultsHtml: p.resultsHtml,
      documents: p.documentIds.flatMap((id) => docs.get(id) ?? []),
      contact: p.contact,
      website: p.website,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      proposedBy: isMember(actor) ? proposer : null,
      permissions: { canPublish: isStaff(actor) && p.publishedAt === null, canEdit: canEditProject(actor, p) },
    }));
  }

  async function find(actor: Actor, id: number, tx: Executor = db): Promise<Listed> {
    const [row] = await listProjects(tx, { id });
    if (!row || !canReadProject(actor, row.p)) throw NotFound('Project');
    return row;
  }

  /** The project's fields as stored, after checking its topic and cities. */
  async function rowOf(data: ReturnType<typeof ProjectInput.parse>) {
    const topic = data.topic !== undefined ? await findTopicBySlug(db, data.topic) : undefined;
    if (data.topic !== undefined && !topic) throw ValidationError({ topic: UNKNOWN_TOPIC });
    const named = [...new Set([...(data.leadCity !== undefined ? [data.leadCity] : []), ...data.partnerCities])];
    const found = new Map((await citiesBySlugs(db, named)).map((c) => [c.slug, c.id]));
    if (data.leadCity !== undefined && !found.has(data.leadCity)) throw ValidationError({ leadCity: 'Choose a member city from the list.' });
    if (data.partnerCities.some((s) => !found.has(s))) throw ValidationError({ partnerCities: 'Choose member cities from the list.' });
    return {
      title: data.title,
      programme: data.programme,
      topicId: topic?.id ?? null,
      startsOn: data.startsOn,
      endsOn: data.endsOn ?? null,
      leadOrganisation: data.leadOrganisation,
      leadCityId: data.leadCity !== undefined ? found.get(data.leadCity)! : null,
      partnerCityIds: [...new Set(data.partnerCities.map((s) => found.get(s)!))],
      aims: data.aims,
      aimsHtml: renderMarkdown(data.aims),
      results: data.results,
      resultsHtml: data.results ? renderMarkdown(data.results) : '',
      documentIds: [...new Set(data.documentIds)],
      contact: data.contact,
      website: data.website ?? '',
    };
  }

  return {
    async list(actor: Actor, query: unknown): Promise<Project[]> {
      const q = parseInput(ProjectQuery, query);
      if (q.proposed) requirePublisher(actor);
      const topic = q.topic !== undefined ? await findTopicBySlug(db, q.topic) : undefined;
      const city = q.city !== undefined ? await findCityBySlug(db, q.city) : undefined;
      if ((q.topic !== undefined && !topic) || (q.city !== undefined && !city)) return [];
      const rows = await listProjects(db, {
        proposed: q.proposed !== undefined,
        filter: { programme: q.programme, topicId: topic?.id, status: q.status, cityId: city?.id, today: networkToday() },
      });
      return toProjects(actor, rows);
    },

    async get(actor: Actor, id: number): Promise<Project> {
      const [project] = await toProjects(actor, [await find(actor, id)]);
      return project!;
    },

    /** A member's proposal; the staff's own projects are published at once. */
    async propose(actor: Actor, input: unknown): Promise<Project> {
      const user = requireProposer(actor);
      const row = await rowOf(parseInput(ProjectInput, input));
      const id = await db.transaction((tx) =>
        insertProject(tx, { ...row, proposedBy: user.id, ...(isStaff(user) && { publishedBy: user.id, publishedAt: new Date() }) }),
      );
      return this.get(actor, id);
    },

    /** Changed by its proposer until published, by the staff always. */
    async update(actor: Actor, id: number, input: unknown): Promise<Project> {
      requireProposer(actor);
      const row = await rowOf(parseInput(ProjectInput, input));
      await db.transaction(async (tx) => {
        const { p } = await find(actor, id, tx);
        if (!canEditProject(actor, p)) throw Forbidden('Only its proposer, until it is published, and the staff change a project.');
        await updateProject(tx, id, row);
      });
      return this.get(actor, id);
    },

    async publish(actor: Actor, id: number): Promise<Project> {
      const staff = requirePublisher(actor);
      await db.transaction(async (tx) => {
        const { p } = await find(actor, id, tx);
        if (p.publishedAt !== null) throw Conflict('This project is published already.');
        await updateProject(tx, id, { publishedAt: new Date(), publishedBy: staff.id });
      });
      return this.get(actor, id);
    },
  };
}
export type ProjectsService = ReturnType<typeof createProjectsService>;
