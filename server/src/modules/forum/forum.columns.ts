import { getTableColumns } from 'drizzle-orm';
import { cities, posts, threads, users } from '../../db/schema/index.ts';

/** Every column but the search vector, which only search reads. */
const { searchVector: _postVector, ...postColumns } = getTableColumns(posts);
const { searchVector: _threadVector, ...threadRowColumns } = getTableColumns(threads);
export { postColumns, threadRowColumns };


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
