/**
 * Demo content for Praxisnetz: member cities, forum categories, one account per role and
 * practitioner threads. All persons are fictional; cities, states, programmes and websites are real.
 * Figures in posts are presented as local experience of the fictional authors, not as study results.
 */
import type { DemoDocument } from './documents-common.ts';
import { practiceDocuments } from './documents-practice.ts';
import { surveyDocuments } from './documents-surveys.ts';
import type { DemoThread } from './types.ts';
import { threadsAuditsBurglarySpace } from './threads-audits-burglary-space.ts';
import { threadsViolenceDrugsStations } from './threads-violence-drugs-stations.ts';
import { threadsYouthRadicalisationNightlife } from './threads-youth-radicalisation-nightlife.ts';
import { threadsSeniorsDigitalEvaluationCouncils } from './threads-seniors-digital-evaluation-councils.ts';

export type { DemoCategory, DemoCity, DemoReply, DemoThread, DemoUser } from './types.ts';
export { demoCities } from './cities.ts';
export { demoCategories } from './categories.ts';
export { demoTopics } from './topics.ts';
export { demoCollections } from './collections.ts';
export type { DemoDocument } from './documents-common.ts';
export { DEMO_PASSWORD, demoUsers } from './users.ts';

export const demoThreads: DemoThread[] = [...threadsAuditsBurglarySpace, ...threadsViolenceDrugsStations, ...threadsYouthRadicalisationNightlife, ...threadsSeniorsDigitalEvaluationCouncils];

/** The demo library: real files built when the demo is loaded, stored through the same checks as uploads. */
export const demoDocuments: DemoDocument[] = [...surveyDocuments, ...practiceDocuments];
