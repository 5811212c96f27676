import type { Author } from '@praxisnetz/shared';
import { cities, users } from '../../db/schema/index.ts';

/** The author's columns, selected wherever posts or threads are listed with their author. */
export const authorColumns = {
  authorId: users.id,
  authorName: users.displayName,
  authorRole: users.role,
  authorCitySlug: cities.slug,
  authorCityName: cities.name,
};

export type AuthorColumns = {
  authorId: number;
  authorName: string;
  authorRole: 'member' | 'moderator' | 'admin';
  authorCitySlug: string | null;
  authorCityName: string | null;
};

/** The author as every feature shows it, from the columns above. */
export function authorOf(r: AuthorColumns): Author {
  return {
    id: r.authorId,
    displayName: r.authorName,
    role: r.authorRole,
    city: r.authorCitySlug ? { slug: r.authorCitySlug, name: r.authorCityName! } : null,
  };
}
