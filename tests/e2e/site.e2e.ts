import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

test('the legal pages are linked from every page, readable without signing in, and a barrier is reported without JavaScript', async ({ browser }) => {
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  // A visitor's landing page leads to what the network is and how a city joins.
  await visitor.goto('/');
  await visitor.getByRole('navigation', { name: 'Das Netzwerk' }).getByRole('link', { name: 'Mitgliedschaft für Städte' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Mitgliedschaft');
  await visitor.goto('/cities');
  const footer = visitor.locator('footer');
  for (const [name, heading] of [
    ['Impressum', 'Impressum'],
    ['Datenschutz', 'Datenschutzerklärung'],
    ['Über das Netzwerk', 'Über das Netzwerk'],
    ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ] as const) {
    await footer.getByRole('link', { name }).click();
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  const form = visitor.getByTestId('barrier-form');
  await form.getByLabel('Was funktioniert nicht?').fill('kurz');
  await form.getByRole('button', { name: 'Meldung senden' }).click();
  await expect(visitor.locator('main [role=alert]')).toBeVisible();
  await visitor.getByTestId('barrier-form').getByLabel('Was funktioniert nicht?').fill('Der Kartenausschnitt im Audit lässt sich nicht mit der Tastatur verschieben.');
  await visitor.getByTestId('barrier-form').getByLabel('Seite (Adresse oder Name)').fill('/audits/1');
  await visitor.getByTestId('barrier-form').getByRole('button', { name: 'Meldung senden' }).click();
  await expect(visitor.getByRole('status').filter({ hasText: 'Ihre Meldung ist bei der Geschäftsstelle eingegangen' })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/admin/barriers');
  await expect(admin.getByTestId('barrier-reports')).toContainText('nicht mit der Tastatur verschieben');
  await expectAccessible(admin);
  for (const path of ['/impressum', '/datenschutz', '/barrierefreiheit', '/about', '/membership']) {
    await admin.goto(path);
    await expectAccessible(admin);
  }
});

test('the network office edits a page as a new version; a language without its own shows the German one', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/impressum');
  await admin.getByRole('link', { name: 'Seite bearbeiten' }).click();
  await admin.waitForLoadState('networkidle');
  await admin.getByLabel('Text (Markdown)').fill('Praxisnetz e. V.\n\n**Vorstand:** Dr. Katrin Vogel');
  await admin.getByRole('button', { name: 'Neue Fassung speichern' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Die neue Fassung ist gespeichert' })).toBeVisible();
  await expectAccessible(admin);

  const english = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await english.goto('/impressum');
  await expect(english.locator('article strong')).toHaveText('Vorstand:');
  await expect(english.getByText('This page is not yet available in your language')).toBeVisible();
});
