export { documentsRoutes } from './documents.routes.ts';
export { createDocumentsService } from './documents.service.ts';
export type { DocumentsService } from './documents.service.ts';
export { downloadRoutes } from './download.routes.ts';
export { createExtractionJob } from './extraction/extraction-job.ts';
export type { ExtractionJob } from './extraction/extraction-job.ts';
export { findDocumentsForAttaching, updateDocument } from './documents.repo.ts';
export { createFileStore } from './file-store.ts';
export type { FileStore } from './file-store.ts';
