import { type Browser, type Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

async function signedIn(browser: Browser, key: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logIn(page, demoEmail(key));
  return page;
}

/** A new thread by the member with one reply by Tobias, through the forms; returns the thread's path. */
async function threadWithReply(browser: Browser, title: string): Promise<string> {
  const member = await signedIn(browser, 'member');
  await member.goto('/new?category=praeventionsgremien');
  const form = member.locator('main form').filter({ has: member.locator('input[name=title]') });
  await form.locator('input[name=title]').fill(title);
  await form.locator('textarea[name=body]').fill('Wie geht ihr damit um?');
  await form.locator('button[type=submit]').last().click();
  await expect(member).toHaveURL(/\/threads\/\d+/);
  const path = new URL(member.url()).pathname;
  const tobias = await signedIn(browser, 'tobias');
  await tobias.goto(path);
  await tobias.getByTestId('reply-form').locator('textarea[name=body]').fill('Meine Handynummer ist 0171 1234567.');
  await tobias.getByTestId('reply-form').locator('button[type=submit]').last().click();
  await expect(tobias.getByTestId('post').filter({ hasText: '0171' })).toBeVisible();
  return path;
}

test('a moderator locks a thread and hides a reply without JavaScript; members see the notice and the placeholder', async ({ browser }) => {
  const path = await threadWithReply(browser, 'Moderation ohne Skript: Datenschutz im Quartiersbüro');
  const moderator = await signedIn(browser, 'moderator', false);
  await moderator.goto(path);

  const tools = moderator.getByTestId('thread-moderation');
  await tools.locator('summary').click();
  await tools.getByLabel(/grund/i).fill('Alles Nötige ist gesagt.');
  await tools.getByRole('button', { name: 'Thema schließen' }).click();
  await expect(moderator.getByTestId('thread-locked')).toContainText('Alles Nötige ist gesagt.');
  await expect(moderator.getByTestId('thread-moderation').getByRole('status')).toHaveText('Das Thema ist geschlossen.');

  const reply = moderator.getByTestId('post').filter({ hasText: '0171' });
  await reply.getByRole('link', { name: /ausblenden/i }).click();
  await moderator.getByLabel(/grund/i).fill('Personenbezogene Daten');
  await moderator.getByRole('button', { name: 'Beitrag ausblenden' }).click();
  await expect(moderator.getByTestId('post').filter({ hasText: '0171' })).toContainText('Grund: Personenbezogene Daten');

  const member = await signedIn(browser, 'sabine', false);
  await member.goto(path);
  await expect(member.getByTestId('thread-locked')).toContainText('Alles Nötige ist gesagt.');
  await expect(member.getByTestId('reply-form')).toHaveCount(0);
  await expect(member.getByTestId('thread-moderation')).toHaveCount(0);
  await expect(member.locator('main')).not.toContainText('0171');
  await expect(member.locator('main')).toContainText('Dieser Beitrag wurde von der Moderation ausgeblendet.');

  await moderator.getByRole('button', { name: /wieder einblenden/i }).click();
  await member.reload();
  await expect(member.locator('main')).toContainText('0171');

  // The lock is undone from the moderation log.
  await moderator.goto('/mod/log?action=thread.');
  const row = moderator.getByTestId('moderation-log').getByRole('row').filter({ hasText: 'Alles Nötige ist gesagt.' });
  await row.getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Rückgängig gemacht.' })).toBeVisible();
  await member.reload();
  await expect(member.getByTestId('thread-locked')).toHaveCount(0);
  await expect(member.getByTestId('reply-form')).toBeVisible();
});

test('a reader sees a thread being locked and a reply hidden, live; both pages stay accessible', async ({ browser }) => {
  const path = await threadWithReply(browser, 'Live geschlossen: Alkoholverbot am Bahnhofsvorplatz');
  const reader = await signedIn(browser, 'sabine');
  await reader.goto(path);
  await reader.waitForFunction(() => document.documentElement.dataset.live === 'connected');
  await expect(reader.getByTestId('reply-form')).toBeVisible();

  const moderator = await signedIn(browser, 'moderator');
  await moderator.goto(path);
  const tools = moderator.getByTestId('thread-moderation');
  await tools.locator('summary').click();
  await tools.getByRole('button', { name: 'Thema schließen' }).click();
  await expect(moderator.getByTestId('thread-locked')).toBeVisible();

  await expect(reader.getByTestId('thread-locked')).toBeVisible();
  await expect(reader.getByTestId('reply-form')).toHaveCount(0);
  await expect(reader.getByTestId('live-region')).toContainText('Der Status dieses Themas hat sich geändert.');
  await expectAccessible(moderator);

  await moderator.getByTestId('post').filter({ hasText: '0171' }).getByRole('link', { name: /ausblenden/i }).click();
  await moderator.getByRole('button', { name: 'Beitrag ausblenden' }).click();
  await expect(moderator.getByTestId('post').filter({ hasText: '0171' })).toContainText('Von der Moderation für Mitglieder ausgeblendet.');
  await expect(reader.locator('main')).toContainText('Dieser Beitrag wurde von der Moderation ausgeblendet.');
  await expect(reader.locator('main')).not.toContainText('0171');
  await expectAccessible(reader);
  await expectAccessible(moderator);
  await moderator.goto('/mod/log');
  await expect(moderator.getByTestId('moderation-log')).toContainText('Beitrag ausgeblendet');
  await expectAccessible(moderator);
  // Following the name of the person concerned narrows the log to entries about them, until the filter is removed.
  const hidden = moderator.getByTestId('moderation-log').getByRole('row').filter({ hasText: 'Beitrag ausgeblendet' }).first();
  const concerned = (await hidden.getByRole('cell').nth(3).getByRole('link').textContent())!.trim();
  await hidden.getByRole('cell').nth(3).getByRole('link').click();
  await expect(moderator.getByTestId('log-narrowed')).toContainText(`Betroffen: ${concerned}`);
  await expect(moderator.getByTestId('moderation-log').getByRole('row').filter({ hasNot: moderator.getByRole('columnheader') })).not.toHaveCount(0);
  await expectAccessible(moderator);
  await moderator.getByTestId('log-narrowed').getByRole('link', { name: 'Eingrenzung aufheben' }).click();
  await expect(moderator.getByTestId('log-narrowed')).toHaveCount(0);
  // The thread page's other moderating states: replies being picked for a split, a move's preview.
  await moderator.goto(`${path}?split=1`);
  await expect(moderator.getByTestId('split-form')).toBeVisible();
  await expectAccessible(moderator);
  await moderator.goto(`${path}?moveTo=bahnhofsviertel`);
  await expect(moderator.getByTestId('move-preview')).toBeVisible();
  await expectAccessible(moderator);
});

test('a member flags a post; a moderator decides in the queue and warns the author; the member sees the outcome, the author the warning', async ({ browser }) => {
  const path = await threadWithReply(browser, 'Gemeldet: Adressliste im Beitrag');
  // The moderator has the queue open: the flag appears there without a reload.
  const moderator = await signedIn(browser, 'moderator');
  await moderator.getByRole('link', { name: /meldungen/i }).first().click();
  await expect(moderator).toHaveURL(/\/mod\/queue/);
  await moderator.waitForFunction(() => document.documentElement.dataset.live === 'connected');
  const member = await signedIn(browser, 'sabine', false);
  await member.goto(path);
  await member.getByTestId('post').filter({ hasText: '0171' }).getByRole('link', { name: /melden/i }).click();
  const form = member.getByTestId('flag-form');
  await form.getByRole('button', { name: 'Melden' }).click();
  await expect(form.locator('.error').first()).toBeVisible();
  await form.getByLabel('Personenbezogene Daten / Datenschutz').check();
  await form.getByRole('button', { name: 'Melden' }).click();
  await expect(member.getByTestId('flag-form').getByRole('status')).toHaveText('Gemeldet – danke. Die Moderation sieht es sich an.');

  const entry = moderator.getByTestId('queue-item').filter({ hasText: 'Gemeldet: Adressliste im Beitrag' });
  await expect(entry).toContainText('Personenbezogene Daten / Datenschutz');
  await expect(moderator.getByTestId('queue-link')).toContainText(/\d+ offen/);
  await expectAccessible(moderator);
  await entry.getByLabel('Ausblenden').check();
  await entry.getByRole('textbox', { name: /begründung/i }).fill('Telefonnummer entfernt');
  await entry.getByLabel(/verwarnen/).check();
  await expect(entry.getByRole('link', { name: /Konto von .* ansehen oder sperren/ })).toBeVisible();
  await entry.getByRole('button', { name: 'Entscheiden' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Entschieden: Ausblenden.' })).toBeVisible();
  await expect(moderator.getByTestId('queue-item').filter({ hasText: 'Gemeldet: Adressliste im Beitrag' })).toHaveCount(0);

  const reader = await signedIn(browser, 'sabine');
  await reader.goto('/me/flags');
  await expect(reader.getByTestId('my-flags')).toContainText('geprüft: ausgeblendet');
  await expect(reader.getByTestId('my-flags')).toContainText('Telefonnummer entfernt');
  await expectAccessible(reader);

  const author = await signedIn(browser, 'tobias');
  await author.goto('/notifications');
  await author.getByRole('link', { name: /verwarnt/ }).first().click();
  await expect(author).toHaveURL(/\/me#moderation$/);
  const notice = author.getByTestId('moderation-notices').getByRole('listitem').first();
  await expect(notice).toContainText('Verwarnung');
  await expect(notice).toContainText('Telefonnummer entfernt');
  await expectAccessible(author);
});

test('a moderator splits replies off, merges the thread into another and previews a move, without JavaScript', async ({ browser }) => {
  const path = await threadWithReply(browser, 'Aufräumen: Nachtleben und Lärm');
  const other = await threadWithReply(browser, 'Aufräumen: Nachtleben – Sammelthema');
  const moderator = await signedIn(browser, 'moderator', false);
  await moderator.goto(path);
  await moderator.getByTestId('thread-moderation').locator('summary').click();
  await moderator.getByRole('link', { name: /antworten als neues thema abtrennen/i }).click();
  const split = moderator.getByTestId('split-form');
  await split.getByLabel('Titel des neuen Themas').fill('Abgetrennt: Handynummern im Forum');
  await moderator.getByLabel(/antwort von tobias reinhardt abtrennen/i).check();
  await split.getByRole('button', { name: 'Neues Thema anlegen' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText('Abgetrennt: Handynummern im Forum');
  await expect(moderator.getByTestId('post').first()).toContainText('0171');

  await moderator.goto(path);
  const tools = moderator.getByTestId('thread-moderation');
  await tools.locator('summary').click();
  await tools.getByLabel('Verschieben nach').selectOption({ index: 0 });
  await tools.getByRole('button', { name: 'Auswirkungen zeigen' }).click();
  await expect(moderator.getByTestId('move-preview')).toContainText('Von „Kommunale Präventionsgremien“');

  const target = Number(/\/threads\/(\d+)/.exec(other)![1]);
  await moderator.goto(path);
  await moderator.getByTestId('thread-moderation').locator('summary').click();
  await moderator.getByLabel('Zusammenführen mit Thema Nr.').fill(String(target));
  await moderator.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(moderator).toHaveURL(new RegExp(`/threads/${target}-`));
  await expect(moderator.locator('main')).toContainText('Wie geht ihr damit um?');
  await moderator.goto(path);
  await expect(moderator).toHaveURL(new RegExp(`/threads/${target}-`));
});

test('a moderator marks a thread as a practice example; it shows a badge and joins the listing', async ({ browser }) => {
  const path = await threadWithReply(browser, 'Praxis: Sicherheitsaudit mit Seniorinnen und Senioren');
  const moderator = await signedIn(browser, 'moderator', false);
  await moderator.goto(path);
  await moderator.getByTestId('thread-moderation').locator('summary').click();
  await moderator.getByLabel('Warum ein Praxisbeispiel?').fill('Zeigt, wie man Ältere gut einbindet.');
  await moderator.getByRole('button', { name: 'Als Praxisbeispiel markieren' }).click();
  await expect(moderator.getByTestId('practice')).toContainText('Zeigt, wie man Ältere gut einbindet.');

  const member = await signedIn(browser, 'sabine');
  await member.getByRole('link', { name: 'Praxisbibliothek' }).first().click();
  await member.getByRole('link', { name: 'Als Praxisbeispiel markierte Themen und Dokumente' }).click();
  await expect(member.getByTestId('practice-list').getByRole('listitem').first()).toContainText('Praxis: Sicherheitsaudit mit Seniorinnen und Senioren');
  await expectAccessible(member);
});

test('an author renames their own thread without JavaScript; other members are not offered to', async ({ browser }) => {
  const path = await threadWithReply(browser, 'Erster Titel: Quartiersarbeit');
  const author = await signedIn(browser, 'member', false);
  await author.goto(path);
  await author.getByTestId('rename').locator('summary').click();
  await author.getByLabel('Titel', { exact: true }).fill('Besserer Titel: Quartiersarbeit im Winter');
  await author.getByRole('button', { name: 'Titel und Themenfelder speichern' }).click();
  await expect(author.getByRole('heading', { level: 1 })).toHaveText('Besserer Titel: Quartiersarbeit im Winter');
  const other = await signedIn(browser, 'sabine', false);
  await other.goto(author.url());
  await expect(other.getByTestId('rename')).toHaveCount(0);
});
