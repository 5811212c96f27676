import { signedIn } from '../support/client.ts';
import { tokenFromOutbox } from '../support/outbox.ts';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

test('a newcomer registers, confirms the address, is approved, and a second reader sees the reply appear live', async ({ browser, baseURL }) => {
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto('/register');
  const form = newcomer.locator('main form');
  await form.locator('input[name=email]').fill('e2e.neu@stadt-muenster.example');
  await form.locator('input[name=displayName]').fill('Nora Neumann');
  await form.locator('select[name=citySlug]').selectOption('muenster');
  await form.locator('input[name=password]').fill('langes-sicheres-passwort');
  await form.getByLabel('Ich habe die Datenschutzerklärung gelesen').check();
  await form.locator('button[type=submit]').click();
  await expect(newcomer.getByRole('status').filter({ hasText: 'Vielen Dank' })).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/admin/users');
  // The applications waiting for approval (the list of all accounts below shows her too).
  const row = admin.getByTestId('pending').getByRole('row', { name: /Nora Neumann/ });
  await expect(row).toContainText('Adresse noch nicht bestätigt');
  await expectAccessible(admin);

  // The confirmation mail waits in the outbox (no SMTP here); the newcomer opens its link.
  const token = await tokenFromOutbox(await signedIn(baseURL!, 'admin'), 'e2e.neu@stadt-muenster.example', '/confirm-email');
  await newcomer.goto(`/confirm-email?token=${encodeURIComponent(token)}`);
  await expectAccessible(newcomer);
  await newcomer.getByRole('button', { name: 'Adresse bestätigen' }).click();
  await expect(newcomer.getByRole('status').filter({ hasText: 'ist bestätigt' })).toBeVisible();

  await admin.reload();
  await row.getByRole('button', { name: 'Nora Neumann freischalten' }).click();
  await expect(admin.getByTestId('pending').getByRole('row', { name: /Nora Neumann/ })).toHaveCount(0);

  await logIn(newcomer, 'e2e.neu@stadt-muenster.example', 'langes-sicheres-passwort');
  await newcomer.goto('/c/wohnungseinbruch');
  await newcomer.getByTestId('thread-item').first().getByRole('link').first().click();
  await expect(newcomer).toHaveURL(/\/threads\/\d+/);

  const reader = await (await browser.newContext()).newPage();
  await logIn(reader, demoEmail('moderator'));
  await reader.goto(newcomer.url());
  await reader.waitForFunction(() => document.documentElement.dataset.live === 'connected');
  const before = await reader.getByTestId('post').count();

  const reply = newcomer.getByTestId('reply-form');
  await reply.locator('textarea[name=body]').fill('Grüße aus **Münster**: bei uns hat die Nachbarschaftsaktion gut funktioniert.');
  await reply.locator('button[type=submit]').last().click();

  const live = reader.getByTestId('post').filter({ hasText: 'Grüße aus Münster' });
  await expect(live).toBeVisible();
  await expect(live.locator('strong', { hasText: 'Münster' })).toBeVisible();
  expect(await reader.getByTestId('post').count()).toBe(before + 1);
  await expect(reader.getByTestId('live-region')).toContainText('Nora Neumann');
});

test('switches the interface language, and <html lang> follows', async ({ page }) => {
  await page.goto('/cities');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const switcher = page.getByTestId('locale-switcher');
  await switcher.locator('button[value=en]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/cities$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/cities/i);
  await switcher.locator('button[value=fr]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/villes/i);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('follows the browser language when nothing was chosen', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a new thread appears live at the top of its category', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  await logIn(reader, demoEmail('member'));
  await reader.goto('/c/jugenddelinquenz');
  await reader.waitForFunction(() => document.documentElement.dataset.live === 'connected');

  const writer = await (await browser.newContext()).newPage();
  await logIn(writer, demoEmail('moderator'));
  await writer.goto('/new?category=jugenddelinquenz');
  const form = writer.locator('main form').filter({ has: writer.locator('input[name=title]') });
  await form.locator('input[name=title]').fill('Live: Streetwork in den Sommerferien');
  await form.locator('textarea[name=body]').fill('Wie plant ihr die Sommerferien?');
  await form.locator('button[type=submit]').last().click();
  await expect(writer).toHaveURL(/\/threads\/\d+/);

  await expect(reader.getByTestId('thread-item').first()).toContainText('Live: Streetwork in den Sommerferien');
  await expect(reader.getByTestId('live-region')).toContainText('Live: Streetwork in den Sommerferien');
});
