export { findCategoryBySlug } from './categories.repo.ts';
export type { CategoryRow } from './categories.repo.ts';
export { categoryRefOf } from './forum.mapper.ts';
export { forumRoutes } from './forum.routes.ts';
export { createForumService } from './forum.service.ts';
export type { ForumService } from './forum.service.ts';
export { registerForumSocket } from './forum.socket.ts';
