/**
 * Who may read or do what, once. Each rule is a function on the actor (carried with its group
 * memberships) and, where a query must filter by it, its SQL twin right beside it (`…Sql`). Every
 * feature asks here; the web gets the answers as `permissions` and never recomputes them.
 */
export * from './accounts.ts';
export * from './actor.ts';
export * from './audits.ts';
export * from './collections.ts';
export * from './documents.ts';
export * from './moderation.ts';
export * from './forum.ts';
export * from './group-space.ts';
export * from './sessions.ts';
export * from './network.ts';
