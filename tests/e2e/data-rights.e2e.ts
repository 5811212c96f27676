import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';
import { DEMO_PASSWORD } from '../../server/src/demo/content/index.ts';

test('a member downloads the export of their data once it is prepared in the background', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, demoEmail('moderator2'));
  await page.goto('/me');
  await page.getByRole('link', { name: 'Meine Daten: Export und Löschung' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Daten');
  await expectAccessible(page);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Export anfordern' }).click();
  // The page looks again while the export is prepared, and offers it once ready.
  const download = page.getByRole('link', { name: 'ZIP-Datei herunterladen' });
  await expect(download).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('export-status')).toContainText('Abrufbar bis');
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^praxisnetz-daten-\d{4}-\d{2}-\d{2}\.zip$/);
  await expectAccessible(page);
});

test('without JavaScript a member asks for the erasure of their account; the office stops it in the grace period', async ({ browser }) => {
  const frank = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await logIn(frank, demoEmail('frank'));
  await frank.goto('/me/data');
  const form = frank.locator('form[action="?/erase"]');
  await form.getByLabel('Ihr Passwort zur Bestätigung').fill('nicht das Passwort');
  await form.getByRole('button', { name: 'Konto endgültig löschen lassen' }).click();
  await expect(frank.locator('main [role=alert]')).toBeVisible();
  await frank.locator('form[action="?/erase"]').getByLabel('Ihr Passwort zur Bestätigung').fill(DEMO_PASSWORD);
  await frank.locator('form[action="?/erase"]').getByRole('button', { name: 'Konto endgültig löschen lassen' }).click();
  await expect(frank).toHaveURL(/\/login\?erasure=/);
  await expect(frank.getByTestId('erasure-scheduled')).toContainText('Ihr Konto wird am');
  await frank.locator('main form input[name=email]').fill(demoEmail('frank'));
  await frank.locator('main form input[name=password]').fill(DEMO_PASSWORD);
  await frank.locator('main form button[type=submit]').click();
  await expect(frank.locator('main')).toContainText('Ihr Konto wird auf Ihren Wunsch gelöscht');

  const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/admin/erasures');
  const row = admin.getByTestId('erasures').getByRole('row').filter({ hasText: demoEmail('frank') });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /Löschung stoppen/ }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Die Löschung ist gestoppt' })).toBeVisible();
  await expect(admin.getByTestId('erasures')).toHaveCount(0);

  await logIn(frank, demoEmail('frank'));
  await frank.goto('/me/data');
  await expect(frank.getByRole('heading', { level: 1 })).toHaveText('Meine Daten');
});

test('the erasures page passes the accessibility scan', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/admin/erasures');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Beantragte Löschungen');
  await expectAccessible(admin);
});
