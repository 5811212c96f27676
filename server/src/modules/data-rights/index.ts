export { dataRightsRoutes } from './data-rights.routes.ts';
export { createDataRights, DATA_RIGHTS_JOB, EXPORT_JOB, scheduleErasureSoon, writeDataExport } from './data-rights.service.ts';
export type { DataRights } from './data-rights.service.ts';
export { FORMER_MEMBER } from './erasure.repo.ts';
