import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { spawnServer, stopServer } from '../support/process.ts';
import { startSmtpServer } from '../support/smtp.ts';

it('loses no mail when a node is killed (kill -9) while sending it: another node sends it, once', async () => {
  const smtp = await startSmtpServer();
  const database = await freshDatabaseUrl();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-crash-'));
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: database.url!,
    DEMO: '1',
    SMTP_URL: smtp.url,
    WRITES_PER_MINUTE: '1000',
    // A crashed node's job comes back after this; production waits two minutes.
    JOB_LEASE_SECONDS: '2',
  };
  try {
    const first = await spawnServer(env);
    const [asker, peer] = await Promise.all([signedIn(first.url, 'member'), signedIn(first.url, 'sabine')]);
    const categorySlug = (await asker.get('/api/categories')).body.items[0].slug;
    const title = `Absturz beim Versand ${Date.now()}`;
    const thread = (await asker.post('/api/threads', { categorySlug, title, body: 'Wer antwortet?' })).body.thread;
    const hanging = smtp.stallNext();
    await peer.post(`/api/threads/${thread.id}/posts`, { body: 'Ich!' });
    await hanging; // the SMTP server has the mail and has not said 250: the node is mid-send
    await stopServer(first, 'SIGKILL');

    const second = await spawnServer(env);
    try {
      const subject = `Neue Antwort in „${title}“`;
      await smtp.next((r) => r.mail.subject === subject, 20_000);
      const admin = await signedIn(second.url, 'admin');
      await expect
        .poll(async () => (await admin.get('/api/admin/outbox')).body.items.find((m: { subject: string }) => m.subject === subject)?.status, { timeout: 5000 })
        .toBe('sent');
      expect(smtp.received.filter((r) => r.mail.subject === subject)).toHaveLength(1);
    } finally {
      await stopServer(second, 'SIGTERM');
    }
  } finally {
    await smtp.close();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
