import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, logIn } from './helpers.ts';

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
