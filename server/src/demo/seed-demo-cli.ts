import { loadConfig } from '../config.ts';
import { createDocumentsService, createFileStore } from '../modules/documents/index.ts';
import { openDatabase } from '../db/client.ts';
import { createMailer, createMailService } from '../modules/mail/index.ts';
import { createNotificationsService } from '../modules/notifications/index.ts';
import { noClientsPublisher } from '../realtime/no-clients-publisher.ts';
import { seedDemo } from './demo-seed.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const fileStore = createFileStore(config.dataDir);
  await fileStore.init();
  // The server's background job extracts the documents' text when it next runs.
  // Mails wait in the outbox until the server's job runner sends them.
  const mail = createMailService({ db: database.db, mailer: createMailer(config.mail), publicUrl: config.mail.publicUrl, nudge() {} });
  const notifications = createNotificationsService({ db: database.db, publisher: noClientsPublisher, nudge() {}, mail });
  const documents = createDocumentsService({ db: database.db, fileStore, uploadMaxBytes: config.uploadMaxBytes, extraction: { nudge() {} }, notifications });
  const { loaded, counts } = await seedDemo(database.db, { documents });
  console.log(loaded ? `Demo network loaded into ${database.kind}: ${JSON.stringify(counts)}.` : 'Demo accounts exist already; added missing cities and categories only.');
} finally {
  await database.close();
}
