export * from './cities.ts';
export * from './users.ts';
export * from './forum.ts';
export * from './realtime.ts';
export * from './documents.ts';
export * from './groups.ts';
export * from './live.ts';
