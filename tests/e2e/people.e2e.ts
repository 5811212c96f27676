import { ApiClient, signedIn } from '../support/client.ts';
import { confirmAddress } from '../support/outbox.ts';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

test('a moderator finds an account, suspends it until a day with a reason, and the person reads it at sign-in', async ({ browser }) => {
  const moderator = await (await browser.newContext()).newPage();
  await logIn(moderator, demoEmail('moderator'));
  await moderator.goto('/admin/users');
  await moderator.getByLabel('Stadt').selectOption({ label: 'Bremen' });
  await moderator.getByRole('button', { name: 'Anzeigen' }).click();
  const accounts = moderator.getByTestId('accounts');
  await expect(accounts.getByRole('row')).toHaveCount(3);
  await expectAccessible(moderator);

  await accounts.getByRole('link', { name: 'Nadine Schulte' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText('Nadine Schulte');
  await expectAccessible(moderator);
  await moderator.getByLabel('Grund (sieht die Person bei der Anmeldung)').fill('Wiederholt Werbung für eine Firma');
  await moderator.getByLabel(/gesperrt bis einschließlich/i).fill('2999-03-31');
  await moderator.getByRole('button', { name: 'Sperren' }).click();
  await expect(moderator.getByTestId('suspension')).toContainText('Wiederholt Werbung für eine Firma');
  await expect(moderator.getByRole('button', { name: 'Sperre aufheben' })).toBeVisible();

  const nadine = await (await browser.newContext()).newPage();
  await nadine.goto('/login');
  await nadine.locator('main form input[name=email]').fill(demoEmail('nadine'));
  await nadine.locator('main form input[name=password]').fill('praxisnetz-demo');
  await nadine.locator('main form button[type=submit]').click();
  await expect(nadine.locator('main [role=alert]')).toContainText('Ihr Konto ist bis 31.03.2999 gesperrt. Grund: Wiederholt Werbung für eine Firma');

  await moderator.getByRole('button', { name: 'Sperre aufheben' }).click();
  await expect(moderator.getByTestId('suspension')).toHaveCount(0);
  await logIn(nadine, demoEmail('nadine'));
});

test('an admin names a city’s coordinator, who approves a registration from that city', async ({ browser, baseURL }) => {
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/cities?edit=nuernberg');
  await expectAccessible(admin);
  const coordinator = admin.getByTestId('coordinator-form');
  await coordinator.getByLabel('Koordination der Stadt').selectOption({ label: 'Tobias Reinhardt' });
  await coordinator.getByRole('button', { name: 'Koordination speichern' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Die Koordination von Nürnberg ist gespeichert.' })).toBeVisible();

  const email = `e2e.nuernberg.${Date.now()}@stadt-nuernberg.example`;
  const applicant = new ApiClient(baseURL!);
  await applicant.post('/api/auth/register', { email, password: 'langes-sicheres-passwort', displayName: 'Nils Nürnberger', citySlug: 'nuernberg', locale: 'de' });
  await confirmAddress(applicant, await signedIn(baseURL!, 'admin'), email);

  const tobias = await (await browser.newContext()).newPage();
  await logIn(tobias, demoEmail('tobias'));
  await tobias.getByRole('link', { name: 'Registrierungen' }).click();
  await expect(tobias).toHaveURL(/\/applicants/);
  await expectAccessible(tobias);
  await tobias.getByRole('button', { name: 'Nils Nürnberger freischalten' }).click();
  await expect(tobias.getByRole('status').filter({ hasText: 'Nils Nürnberger' })).toBeVisible();
});
