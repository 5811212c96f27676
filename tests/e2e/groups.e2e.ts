import { type Browser, type Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

/** A signed-in person in a browser of their own. */
async function person(browser: Browser, key: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logIn(page, demoEmail(key));
  return page;
}

/** The page's status message (not the live region's) says this. */
const said = (page: Page, text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

let groupNumber = 0;

/** A network moderator creates a fresh group led by `leadKey`; returns the group page's path. */
async function createGroup(browser: Browser, leadKey: string, name = `E2E-Gruppe ${Date.now()}-${++groupNumber}`) {
  const moderator = await person(browser, 'moderator');
  await moderator.goto('/groups');
  await moderator.getByRole('link', { name: 'Arbeitsgruppe anlegen' }).click();
  // Typed before the page is hydrated, the name would be reset by hydration: wait until it is loaded.
  await moderator.waitForLoadState('networkidle');
  await moderator.getByLabel('Name', { exact: true }).fill(name);
  await moderator.getByLabel('Beschreibung').fill('Austausch über Präventionsräte und ihre Arbeit vor Ort.');
  await moderator.getByLabel('E-Mail-Adressen der Leitung').fill(demoEmail(leadKey));
  await moderator.getByRole('button', { name: 'Arbeitsgruppe anlegen' }).click();
  await expect(moderator).toHaveURL(/\/groups\/\d+\?created=1$/);
  await said(moderator, 'Die Arbeitsgruppe wurde angelegt.');
  const path = new URL(moderator.url()).pathname;
  await moderator.context().close();
  return { name, path };
}

const membership = (page: Page) => page.getByTestId('membership');

test('a member asks to join, a lead approves in another browser, and the member reads the group’s threads', async ({ browser }) => {
  const group = await createGroup(browser, 'sabine');
  const lead = await person(browser, 'sabine');
  await lead.goto(group.path);
  await expect(membership(lead)).toContainText('Sie leiten diese Gruppe.');

  // The lead opens the group's first thread from the group page: /new knows the group's own category.
  await lead.getByRole('link', { name: 'Neues Thema in der Gruppe' }).click();
  await expect(lead.getByText(`Dieses Thema sehen nur die Mitglieder der Arbeitsgruppe „${group.name}“.`)).toBeVisible();
  await lead.getByLabel('Titel', { exact: true }).fill('Geschäftsordnung unseres Präventionsrats');
  await lead.getByRole('textbox', { name: 'Ihr Beitrag' }).fill('Wie haben Sie die Geschäftsordnung Ihres Präventionsrats aufgebaut?');
  await lead.getByRole('button', { name: 'Thema veröffentlichen' }).click();
  await expect(lead).toHaveURL(/\/threads\/\d+/);
  const threadUrl = lead.url();

  const member = await person(browser, 'member');
  await member.goto(group.path);
  await expect(membership(member)).toContainText('Sie sind nicht Mitglied dieser Gruppe.');
  await expect(member.getByText('Die Themen, Dokumente und Sitzungen der Gruppe sehen nur ihre Mitglieder.')).toBeVisible();
  await expect(member.getByRole('heading', { name: 'Themen der Gruppe' })).toHaveCount(0);
  // Outside the group the thread does not exist.
  const hidden = await member.goto(threadUrl);
  expect(hidden?.status()).toBe(404);

  await member.goto(group.path);
  await member.getByRole('button', { name: 'Beitritt anfragen' }).click();
  await said(member, 'Ihre Anfrage wurde an die Leitung der Gruppe geschickt.');
  await expect(membership(member).getByRole('button', { name: 'Anfrage zurückziehen' })).toBeVisible();

  await lead.goto(group.path);
  await expect(lead.getByRole('link', { name: '1 Beitrittsanfrage wartet auf Ihre Entscheidung.' })).toBeVisible();
  await lead.getByRole('button', { name: /^Aufnehmen\W+Markus Seidel$/ }).click();
  await said(lead, 'Markus Seidel ist jetzt Mitglied der Gruppe.');
  await expect(lead.getByTestId('member-list')).toContainText('Markus Seidel');

  await member.reload();
  await expect(membership(member)).toContainText('Sie sind Mitglied dieser Gruppe.');
  await member.getByTestId('thread-list').getByRole('link', { name: 'Geschäftsordnung unseres Präventionsrats' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Geschäftsordnung unseres Präventionsrats');
  const crumbs = member.getByRole('navigation', { name: 'Sie sind hier' });
  await expect(crumbs.getByRole('link')).toHaveText(['Arbeitsgruppen', group.name]);

  // "Upload a document for the group" starts the upload form shared with this group.
  await member.goto(group.path);
  await member.getByRole('link', { name: 'Dokument für die Gruppe hochladen' }).click();
  const form = member.getByTestId('upload-form');
  await expect(form.getByLabel('Wer darf das Dokument sehen?')).toHaveValue('group');
  await expect(form.getByLabel('Arbeitsgruppe', { exact: true })).toHaveValue(group.path.split('/').pop()!);
});

test('a lead invites by e-mail (an address without an account is asked to register) and the invitee accepts', async ({ browser }) => {
  const group = await createGroup(browser, 'sabine');
  const lead = await person(browser, 'sabine');
  await lead.goto(group.path);
  const invite = lead.getByTestId('invite-form');
  await invite.getByLabel('E-Mail-Adresse').fill('niemand@example.org');
  await invite.getByRole('button', { name: 'Einladen' }).click();
  await said(lead, 'Zu niemand@example.org gibt es noch kein Konto: Wir haben eine Einladung zur Registrierung geschickt.');
  await invite.getByLabel('E-Mail-Adresse').fill(demoEmail('pending1'));
  await invite.getByRole('button', { name: 'Einladen' }).click();
  await expect(invite.getByRole('alert')).toContainText('Zu dieser Adresse gibt es kein freigeschaltetes Konto im Netzwerk.');
  await invite.getByLabel('E-Mail-Adresse').fill(demoEmail('tobias'));
  await invite.getByRole('button', { name: 'Einladen' }).click();
  await said(lead, 'Tobias Reinhardt ist eingeladen.');
  await expect(lead.getByTestId('invited-list')).toContainText('Tobias Reinhardt');

  const invitee = await person(browser, 'tobias');
  await invitee.goto('/groups');
  const card = invitee.getByTestId('group-card').filter({ hasText: group.name });
  await expect(card).toContainText('Sie sind eingeladen');
  await card.getByRole('link', { name: group.name }).click();
  await expect(membership(invitee)).toContainText('Die Leitung hat Sie in diese Gruppe eingeladen.');
  await invitee.getByRole('button', { name: 'Einladung annehmen' }).click();
  await said(invitee, 'Sie sind jetzt Mitglied der Gruppe.');
  await expect(invitee.getByTestId('member-count')).toHaveText('2 Mitglieder');
  await expect(invitee.getByRole('heading', { name: 'Themen der Gruppe' })).toBeVisible();
});

test('a lead schedules a session; /sessions lists it with a calendar download and the private feed', async ({ browser }) => {
  const group = await createGroup(browser, 'sabine');
  const lead = await person(browser, 'sabine');
  await lead.goto(group.path);
  await lead.getByRole('link', { name: 'Sitzung planen' }).click();
  await expect(lead).toHaveURL(/\/groups\/\d+\/sessions\/new$/);

  await lead.getByLabel('Titel', { exact: true }).fill('Sprechstunde Präventionsrat');
  await lead.getByLabel('Beginn').fill('2031-05-14T18:00');
  await lead.getByLabel('Ende').fill('2031-05-14T17:00');
  await lead.getByRole('button', { name: 'Sitzung planen' }).click();
  await expect(lead.getByRole('alert')).toContainText('Das Ende muss nach dem Beginn liegen.');

  await lead.getByLabel('Ende').fill('2031-05-14T19:30');
  await lead.getByLabel('Alle Mitglieder des Netzwerks').check();
  await lead.getByRole('button', { name: 'Sitzung planen' }).click();
  await said(lead, 'Die Sitzung ist geplant.');
  const item = lead.getByTestId('session-item').filter({ hasText: 'Sprechstunde Präventionsrat' });
  // Entered as German time, shown as German time.
  await expect(item).toContainText('14. Mai 2031 um 18:00 – 19:30');

  // Open to the whole network: a member outside the group sees it among the upcoming sessions.
  const member = await person(browser, 'member');
  await member.goto('/sessions');
  const listed = member.getByTestId('session-item').filter({ hasText: 'Sprechstunde Präventionsrat' });
  await expect(listed.getByRole('link', { name: group.name })).toBeVisible();
  await expect(listed.getByRole('link', { name: 'Sprechstunde Präventionsrat', exact: true })).toHaveAttribute('href', /^\/live\/\d+$/);
  const ics = await member.request.get((await listed.getByTestId('session-ics').getAttribute('href'))!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain('Sprechstunde Präventionsrat');

  const feed = member.getByTestId('calendar-url');
  const before = await feed.inputValue();
  expect(before).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/.+\.ics$/);
  const calendar = await member.request.get(before);
  expect(calendar.status()).toBe(200);
  expect(await calendar.text()).toContain('Sprechstunde Präventionsrat');
  await member.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
  await said(member, 'Die Adresse wurde erneuert.');
  await expect(feed).not.toHaveValue(before);
  expect((await member.request.get(before)).status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test('joining, approving and removing a member work with plain forms', async ({ browser }) => {
    const group = await createGroup(browser, 'sabine');
    const member = await person(browser, 'lena', false);
    await member.goto(group.path);
    await member.getByRole('button', { name: 'Beitritt anfragen' }).click();
    await said(member, 'Ihre Anfrage wurde an die Leitung der Gruppe geschickt.');

    const lead = await person(browser, 'sabine', false);
    await lead.goto(group.path);
    await lead.getByRole('button', { name: /^Aufnehmen\W+Lena Hartmann$/ }).click();
    await said(lead, 'Lena Hartmann ist jetzt Mitglied der Gruppe.');

    await lead.getByRole('link', { name: /^Aus der Gruppe entfernen\W+Lena Hartmann$/ }).click();
    await expect(lead.getByRole('heading', { name: 'Lena Hartmann aus der Gruppe entfernen?' })).toBeVisible();
    await lead.getByRole('button', { name: 'Entfernen', exact: true }).click();
    await said(lead, 'Lena Hartmann wurde aus der Gruppe entfernt.');
    await expect(lead.getByTestId('member-list')).not.toContainText('Lena Hartmann');

    await member.goto(group.path);
    await expect(membership(member)).toContainText('Sie sind nicht Mitglied dieser Gruppe.');
  });
});

test('the groups and sessions pages pass the accessibility scan', async ({ browser }) => {
  const group = await createGroup(browser, 'sabine');
  const lead = await person(browser, 'sabine');
  for (const path of ['/groups', group.path, `${group.path}/sessions/new`, '/sessions']) {
    await lead.goto(path);
    await expectAccessible(lead);
  }
  const outsider = await person(browser, 'member');
  await outsider.goto(group.path);
  await expectAccessible(outsider);

  const moderator = await person(browser, 'moderator');
  await moderator.goto('/groups/new');
  await moderator.getByRole('button', { name: 'Arbeitsgruppe anlegen' }).click();
  await expect(moderator.getByRole('alert')).toBeVisible();
  await expectAccessible(moderator);
});

test('a group’s lead sees edit and delete on the posts of others in the group’s threads, a member only on their own', async ({ browser }) => {
  const title = 'Gemeinsame Prüfliste für Nachtbegehungen – Entwurf zur Abstimmung';
  const henrikPost = (page: Page) => page.getByTestId('post').filter({ hasText: 'Wir arbeiten mit einer Dreierskala' });
  const lead = await person(browser, 'sabine');
  await lead.goto('/groups');
  await lead.locator('main').getByRole('link', { name: 'Sicherheitsaudits', exact: true }).click();
  await lead.getByRole('link', { name: title }).click();
  await expect(henrikPost(lead).getByRole('link', { name: 'Bearbeiten' })).toBeVisible();
  await expect(henrikPost(lead).getByRole('link', { name: 'Löschen' })).toBeVisible();

  const member = await person(browser, 'member');
  await member.goto(lead.url());
  await expect(henrikPost(member)).toBeVisible();
  await expect(henrikPost(member).getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);
  const own = member.getByTestId('post').filter({ hasText: 'Zuständigkeit geklärt?' });
  await expect(own.getByRole('link', { name: 'Bearbeiten' })).toBeVisible();
  await lead.context().close();
  await member.context().close();
});
