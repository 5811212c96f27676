import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

test('a prospective city applies without JavaScript; the office accepts it and its contact registers as the city’s coordinator', async ({ browser }) => {
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto('/');
  await expect(visitor.getByText('Europäischen Forums für urbane Sicherheit')).toBeVisible();
  // The legal pages answer to their English and French names too.
  for (const [alias, heading] of [['/privacy', 'Datenschutzerklärung'], ['/mentions-legales', 'Impressum'], ['/accessibility', 'Erklärung zur Barrierefreiheit']] as const) {
    await visitor.goto(alias);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await visitor.goto('/');
  await visitor.getByRole('link', { name: 'Mitgliedsstadt werden' }).click();
  const form = visitor.getByTestId('application-form');
  await form.getByLabel('Stadt oder Gemeinde').fill('Lüneburg');
  await form.getByLabel('Bundesland oder Region').fill('Niedersachsen');
  await form.getByLabel('Einwohnerzahl').fill('78000');
  await form.getByLabel('Zuständige Stelle').fill('Kommunaler Präventionsrat');
  await form.getByLabel('Ansprechperson').fill('Inga Brandt');
  await form.getByLabel('Dienstliche E-Mail-Adresse').fill('praevention@lueneburg.example');
  await form.getByLabel('Warum möchte Ihre Stadt Mitglied werden?').fill('Wir bauen gerade einen Präventionsrat auf und suchen den Austausch.');
  await form.getByRole('button', { name: 'Antrag senden' }).click();
  // Without consent nothing is sent, and the form says which field is missing.
  await expect(visitor.locator('main [role=alert]')).toContainText('Bitte stimmen Sie der Verarbeitung der Angaben zu');
  await visitor.getByTestId('application-form').getByLabel('Ich bin einverstanden').check();
  await visitor.getByTestId('application-form').getByRole('button', { name: 'Antrag senden' }).click();
  await expect(visitor.getByRole('status').filter({ hasText: 'Ihr Antrag ist bei der Geschäftsstelle eingegangen' })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/admin/applications');
  const application = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: /Lüneburg/ }) });
  await expectAccessible(admin);
  await application.getByRole('button', { name: 'Aufnehmen und einladen' }).click();
  const link = await admin.getByTestId('invitation-url').textContent();
  expect(link).toContain('/register?invitation=');

  await visitor.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(visitor.getByText('erstes Mitglied und Koordination von Lüneburg')).toBeVisible();
  await expect(visitor.getByLabel('E-Mail-Adresse')).toHaveValue('praevention@lueneburg.example');
  await visitor.getByLabel('Passwort').fill('ein-langes-passwort');
  await visitor.getByRole('button', { name: 'Konto beantragen' }).click();
  await expect(visitor.locator('main [role=alert]')).toContainText('Datenschutzerklärung gelesen');
  await visitor.getByLabel('Passwort').fill('ein-langes-passwort');
  await visitor.getByLabel('Ich habe die Datenschutzerklärung gelesen').check();
  await visitor.getByRole('button', { name: 'Konto beantragen' }).click();
  await expect(visitor.getByText('Sie koordinieren Lüneburg im Netzwerk')).toBeVisible();
  await logIn(visitor, 'praevention@lueneburg.example', 'ein-langes-passwort');
  await visitor.goto('/cities/lueneburg');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Lüneburg');
  await expect(visitor.locator('main').getByText('Inga Brandt')).toBeVisible();
});

test('projects: a member proposes one, a moderator publishes it, visitors filter them', async ({ browser }) => {
  const member = await (await browser.newContext()).newPage();
  await logIn(member, demoEmail('member'));
  await member.goto('/projects/new');
  await member.waitForLoadState('networkidle');
  await member.getByLabel('Titel des Projekts').fill('Präventionsketten im Quartier');
  await member.getByLabel('Förderprogramm').selectOption('erdf_interreg');
  await member.getByLabel('Beginn').fill('2026-03-01');
  await member.getByLabel(/^Ende/).fill('2025-03-01');
  await member.getByLabel('Ziele').fill('Präventionsketten von der Kita bis zur Ausbildung aufbauen.');
  await member.getByRole('button', { name: 'Vorschlag senden' }).click();
  await expect(member.locator('main [role=alert]')).toContainText('Das Ende liegt vor dem Beginn');
  await member.getByLabel(/^Ende/).fill('2028-02-28');
  await member.getByLabel('Hannover').check();
  await member.getByRole('button', { name: 'Vorschlag senden' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Präventionsketten im Quartier');
  await expect(member.getByText('Vorschlag', { exact: true })).toBeVisible();
  await expectAccessible(member);
  await member.getByRole('link', { name: 'Projekt bearbeiten' }).click();
  await member.waitForLoadState('networkidle');
  await expect(member.getByLabel('Hannover')).toBeChecked();
  await member.getByLabel(/^Ergebnisse/).fill('Ein Leitfaden für Präventionsketten.');
  await member.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(member.getByText('Ein Leitfaden für Präventionsketten.')).toBeVisible();

  const moderator = await (await browser.newContext()).newPage();
  await logIn(moderator, demoEmail('moderator'));
  await moderator.goto('/projects?proposed=1');
  await moderator.getByRole('link', { name: 'Präventionsketten im Quartier' }).click();
  await moderator.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Das Projekt ist veröffentlicht' })).toBeVisible();

  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto('/projects');
  await visitor.getByLabel('Förderprogramm').selectOption('erdf_interreg');
  await visitor.getByRole('button', { name: 'Filtern' }).click();
  await expect(visitor.getByTestId('project-list').getByRole('listitem')).toHaveCount(1);
  await expect(visitor.getByTestId('project-list')).toContainText('Präventionsketten im Quartier');
  await visitor.goto('/cities/hannover');
  await expect(visitor.getByRole('link', { name: 'Präventionsketten im Quartier' })).toBeVisible();
});

test('the practice library: a member submits an example, a moderator asks for changes and publishes it; visitors filter, compare and print', async ({ browser }) => {
  const member = await (await browser.newContext()).newPage();
  await logIn(member, demoEmail('member'));
  await member.goto('/practices/new');
  await member.waitForLoadState('networkidle');
  await member.getByLabel('Titel', { exact: true }).fill('Beleuchtungskonzept Stadtpark');
  await member.getByLabel('Kurzbeschreibung').fill('Neue Beleuchtung und freigeschnittene Sichtachsen im Stadtpark.');
  await member.getByLabel('Anwohnerschaft').check();
  await member.getByLabel('Öffentlicher Raum').check();
  await member.getByLabel('Problem und Ausgangslage').fill('Der Park galt nachts als Angstraum.');
  await member.getByLabel('Maßnahmen', { exact: true }).fill('LED-Beleuchtung, Rückschnitt von Hecken, Wegeführung.');
  await member.getByLabel('Evaluationsdesign').selectOption('pre_post');
  await member.getByLabel('Evidenzstufe').selectOption('likely');
  for (const dimension of ['Effekt', 'Mechanismus', 'Moderatoren', 'Umsetzung', 'Kosten']) {
    await member.getByLabel(dimension, { exact: true }).selectOption('2');
    await member.getByLabel(`Begründung: ${dimension}`).fill('Befragung vor und nach dem Umbau.');
  }
  await member.getByLabel('Verknüpfte Themen, Dokumente und Audits').fill('kein Link');
  await member.getByRole('button', { name: 'Zur Prüfung senden' }).click();
  await expect(member.locator('main [role=alert]')).toContainText('Adresse eines Themas');
  await member.getByLabel('Verknüpfte Themen, Dokumente und Audits').fill('');
  await member.getByRole('button', { name: 'Zur Prüfung senden' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Beleuchtungskonzept Stadtpark');
  await expect(member.getByText('Wartet auf die Prüfung')).toBeVisible();
  const url = member.url();

  const moderator = await (await browser.newContext()).newPage();
  await logIn(moderator, demoEmail('moderator'));
  // The example waits in the moderators' queue beside the flags.
  await moderator.goto('/mod/queue');
  await moderator.getByTestId('practice-queue').getByRole('link', { name: 'Beleuchtungskonzept Stadtpark' }).click();
  await moderator.waitForLoadState('networkidle');
  await moderator.getByLabel('Anmerkung an die Autorin oder den Autor').fill('Bitte die Kosten ergänzen.');
  await moderator.getByLabel('Um Änderungen bitten').check();
  await moderator.getByRole('button', { name: 'Anmerkung senden' }).click();
  await expect(moderator.getByTestId('reviews')).toContainText('Bitte die Kosten ergänzen.');

  await member.goto(url);
  await expect(member.getByTestId('reviews')).toContainText('Bitte die Kosten ergänzen.');
  await member.getByRole('link', { name: 'Bearbeiten' }).click();
  await member.waitForLoadState('networkidle');
  await member.getByLabel('Ressourcen und Kosten').fill('Rund 120.000 € einmalig');
  await member.getByRole('button', { name: 'Zur Prüfung senden' }).click();
  await expect(member.getByText('Rund 120.000 € einmalig')).toBeVisible();

  await moderator.goto(url);
  await moderator.getByRole('button', { name: 'Geprüft – veröffentlichen' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Das Praxisbeispiel ist veröffentlicht' })).toBeVisible();
  await expect(moderator.getByText('Geprüft und veröffentlicht von')).toBeVisible();

  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto('/practices');
  await visitor.getByLabel('Evidenzstufe').selectOption('likely');
  await visitor.getByRole('button', { name: 'Filtern' }).click();
  const list = visitor.getByTestId('practice-library');
  await expect(list).toContainText('Beleuchtungskonzept Stadtpark');
  await expect(list).not.toContainText('Sicherheitsberatung für Seniorinnen');
  await visitor.goto('/practices');
  await visitor.getByRole('listitem').filter({ hasText: 'Beleuchtungskonzept Stadtpark' }).getByLabel('Zum Vergleich auswählen').check();
  await visitor.getByRole('listitem').filter({ hasText: 'Sicherheitsberatung für Seniorinnen' }).getByLabel('Zum Vergleich auswählen').check();
  await visitor.getByRole('button', { name: 'Praxisbeispiele vergleichen' }).click();
  const compare = visitor.getByTestId('compare');
  await expect(compare.getByRole('columnheader')).toHaveText(['Beleuchtungskonzept Stadtpark', 'Sicherheitsberatung für Seniorinnen und Senioren']);
  await expect(compare.getByRole('row', { name: /Evidenzstufe/ })).toContainText('Wirksamkeit nachgewiesen');
  await visitor.goto(`${url}?print`);
  await expect(visitor.locator('header.site-header')).toHaveCount(0);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Beleuchtungskonzept Stadtpark');
});

test('the public face has no accessibility violations', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/cities');
  await expect(page.getByRole('img', { name: 'Karte der Mitgliedsstädte' })).toBeVisible();
  for (const path of ['/', '/membership', '/projects', '/practices', '/practices/1', '/practices/compare?ids=1&ids=2', '/cities', '/cities/augsburg', '/register']) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await logIn(page, demoEmail('moderator'));
  for (const path of ['/projects/new', '/practices/new', '/practices?status=submitted']) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
