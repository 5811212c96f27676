import { getTableColumns } from 'drizzle-orm';
import { posts, threads } from '../../db/schema/index.ts';

/** Every column but the search vector, which only search reads. */
const { searchVector: _postVector, ...postColumns } = getTableColumns(posts);
const { searchVector: _threadVector, ...threadRowColumns } = getTableColumns(threads);
export { postColumns, threadRowColumns };
