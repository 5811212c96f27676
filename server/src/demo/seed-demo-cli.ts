import { loadConfig } from '../config.ts';
import { createDocumentsService, createFileStore } from '../modules/documents/index.ts';
import { openDatabase } from '../db/client.ts';
import { seedDemo } from './demo-seed.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const fileStore = createFileStore(config.dataDir);
  await fileStore.init();
  // The server's background job extracts the documents' text when it next runs.
  const documents = createDocumentsService({ db: database.db, fileStore, uploadMaxBytes: config.uploadMaxBytes, extraction: { nudge() {} } });
  const { loaded, counts } = await seedDemo(database.db, { documents });
  console.log(loaded ? `Demo network loaded into ${database.kind}: ${JSON.stringify(counts)}.` : 'Demo accounts exist already; added missing cities and categories only.');
} finally {
  await database.close();
}
