export { topicsRoutes } from './topics.routes.ts';
export { createTopicsService, topicIdsOf, topicRefOf, UNKNOWN_TOPIC } from './topics.service.ts';
export type { TopicsService } from './topics.service.ts';
export { documentHasTopic, findTopicBySlug, setDocumentTopics, setThreadTopics, threadHasTopic, threadTopicsColumn, topicsOfDocuments } from './topics.repo.ts';
