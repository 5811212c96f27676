export { authorColumns, authorOf } from './author.ts';
export type { AuthorColumns } from './author.ts';
export { toAuthor, toUser } from './users.mapper.ts';
export { deletePendingUser, findUserIds, findUserByEmail, findUserById, insertUser, toUserWithCity, updateUser, withCity } from './users.repo.ts';
export type { UserRow, UserWithCity } from './users.repo.ts';
export { usersRoutes } from './users.routes.ts';
export { createUsersService } from './users.service.ts';
export type { UsersService } from './users.service.ts';
