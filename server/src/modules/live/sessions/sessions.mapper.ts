import type { LiveSession, ModerationEntry } from '@praxisnetz/shared';
import type { CityRow } from '../../cities/index.ts';
import { authorOf, toAuthor, type UserRow } from '../../users/index.ts';
import type { ModerationRow } from '../../moderation/index.ts';
import type { SessionWithRefs } from './sessions.repo.ts';

export function toSession(r: SessionWithRefs): LiveSession {
  const s = r.session;
  return {
    id: s.id,
    group: r.group,
    host: authorOf(r),
    title: s.title,
    description: s.description,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    audience: s.audience,
    status: s.status,
    premoderation: s.premoderation,
    highlightedQuestionId: s.highlightedQuestionId,
    archivedThreadId: s.archivedThreadId,
    seq: s.seq,
  };
}

const cityRef = (c: CityRow | null) => (c ? { slug: c.slug, name: c.name } : null);

export function toModerationEntry(r: {
  entry: ModerationRow;
  actor: UserRow;
  actorCity: CityRow | null;
  target: UserRow | null;
  targetCity: CityRow | null;
}): ModerationEntry {
  return {
    id: r.entry.id,
    actor: toAuthor({ ...r.actor, city: cityRef(r.actorCity) }),
    action: r.entry.action,
    questionId: r.entry.questionId,
    targetUser: r.target ? toAuthor({ ...r.target, city: cityRef(r.targetCity) }) : null,
    details: r.entry.details as Record<string, unknown>,
    createdAt: r.entry.createdAt.toISOString(),
  };
}
