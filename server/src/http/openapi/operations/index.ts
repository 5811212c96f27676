import type { Operation } from '../operation.ts';
import { accountOperations } from './account.ts';
import { auditsOperations } from './audits.ts';
import { forumOperations } from './forum.ts';
import { groupsOperations } from './groups.ts';
import { libraryOperations } from './library.ts';
import { networkOperations } from './network.ts';

/** Every route of the API, described (the test compares them with the routes Express answers). */
export const operations: Operation[] = [...accountOperations, ...forumOperations, ...libraryOperations, ...auditsOperations, ...groupsOperations, ...networkOperations];
