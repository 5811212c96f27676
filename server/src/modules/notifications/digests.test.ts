import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { mails } from '../../db/schema/index.ts';
import { demoUsers } from '../../demo/content/index.ts';
import { seedDemo } from '../../demo/demo-seed.ts';
import { recordingPublisher } from '../../realtime/recording-publisher.ts';
import { createMailer, createMailService } from '../mail/index.ts';
import { findUserByEmail, updateUser } from '../users/users.repo.ts';
import { createDigests } from './digests.ts';
import { createNotificationsService } from './notifications.service.ts';

let database: Database;
let digests: ReturnType<typeof createDigests>;

const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;

/**
 * The first time from now on that is `weekday` (1 = Monday), hh:30 on the clock of `timeZone`:
 * within a week, so that a week's digest run then still covers what happened just now.
 */
function next(weekday: number, hour: number, timeZone: string, after = new Date()): Date {
  const at = new Date(Math.floor(after.getTime() / 3_600_000) * 3_600_000 + 30 * 60_000);
  if (at < after) at.setTime(at.getTime() + 3_600_000);
  const parts = (d: Date) => {
    const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' }).formatToParts(d).map((x) => [x.type, x.value]));
    return { weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!) + 1, hour: Number(p.hour) };
  };
  while (parts(at).weekday !== weekday || parts(at).hour !== hour) at.setTime(at.getTime() + 3_600_000);
  return at;
}

const weeklyDigestsTo = async (userId: number) =>
  database.db.select({ subject: mails.subject, text: mails.text }).from(mails).where(and(eq(mails.userId, userId), eq(mails.kind, 'digest_weekly')));

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  const mail = createMailService({ db: database.db, mailer: createMailer({ from: 'netzwerk@praxisnetz.example' }), publicUrl: 'https://praxisnetz.example', nudge: () => {} });
  const notifications = createNotificationsService({ db: database.db, publisher: recordingPublisher().publisher, nudge: () => {}, mail });
  digests = createDigests({ db: database.db, mail });

  const [claire, tobias, admin] = [await byKey('claire'), await byKey('tobias'), await byKey('admin')];
  await mail.updateSettings(claire, { account_approved: { email: 'weekly' } });
  await mail.updateSettings(tobias, { account_approved: { email: 'weekly' } });
  await updateUser(database.db, tobias.id, { timeZone: 'America/New_York' });
  await database.db.transaction((tx) =>
    notifications.tell(tx, 'account_approved', [claire.id, tobias.id], { actorId: admin.id }, { title: 'Konto', actor: admin.displayName, path: '/' }),
  );
});
afterAll(() => database.close());

describe('weekly digests', () => {
  it('go out on Monday at 7:00 in the member’s time zone, once a week, and never empty', async () => {
    const [claire, tobias] = [await byKey('claire'), await byKey('tobias')];
    const monday = next(1, 7, 'Europe/Berlin');

    await digests.run(next(2, 7, 'Europe/Berlin'));
    await digests.run(new Date(monday.getTime() - 3_600_000));
    expect(await weeklyDigestsTo(claire.id)).toEqual([]);

    await digests.run(monday);
    const sent = await weeklyDigestsTo(claire.id);
    expect(sent).toEqual([expect.objectContaining({ subject: 'Votre résumé de la semaine (1)' })]);
    expect(sent[0]!.text).toContain('Votre compte Praxisnetz est validé');
    // Tobias lives by New York's clock: 7:00 Berlin is the middle of his night.
    expect(await weeklyDigestsTo(tobias.id)).toEqual([]);
    await digests.run(next(1, 7, 'America/New_York'));
    expect(await weeklyDigestsTo(tobias.id)).toHaveLength(1);

    // The same hour again, and the next Monday with nothing new: no second mail.
    await digests.run(new Date(monday.getTime() + 10 * 60_000));
    await digests.run(next(1, 7, 'Europe/Berlin', new Date(monday.getTime() + 86_400_000)));
    expect(await weeklyDigestsTo(claire.id)).toHaveLength(1);
  });
});
