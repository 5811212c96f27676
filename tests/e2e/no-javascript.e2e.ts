import { expect, test, demoEmail, logIn } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('the core flows work without JavaScript', async ({ page }) => {
  await page.goto('/login');
  await page.locator('main form input[name=email]').fill(demoEmail('member'));
  await page.locator('main form input[name=password]').fill('falsches-passwort');
  await page.locator('main form button[type=submit]').click();
  await expect(page.locator('main [role=alert]')).toBeVisible();
  await expect(page.locator('main form input[name=email]')).toHaveValue(demoEmail('member'));

  await logIn(page, demoEmail('member'));

  await page.goto('/new');
  const form = page.locator('main form').filter({ has: page.locator('input[name=title]') });
  await form.locator('select[name=categorySlug]').selectOption('bahnhofsviertel');
  await form.locator('input[name=title]').fill('Ohne JavaScript: Runder Tisch Bahnhof');
  await form.locator('textarea[name=body]').fill('Wie organisiert ihr den **runden Tisch**?');
  await form.getByRole('button', { name: /vorschau/i }).click();
  await expect(page.locator('main').getByText('runden Tisch', { exact: true }).first()).toBeVisible();
  await expect(form.locator('textarea[name=body]')).toHaveValue('Wie organisiert ihr den **runden Tisch**?');
  await page.locator('main form').filter({ has: page.locator('input[name=title]') }).locator('button[type=submit]').last().click();
  await expect(page).toHaveURL(/\/threads\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ohne JavaScript: Runder Tisch Bahnhof');

  const reply = page.getByTestId('reply-form');
  await reply.locator('textarea[name=body]').fill('Eine Antwort ohne Skript.');
  await reply.locator('button[type=submit]').last().click();
  const post = page.getByTestId('post').filter({ hasText: 'Eine Antwort ohne Skript.' });
  await expect(post).toBeVisible();

  await post.getByRole('link', { name: /bearbeiten/i }).click();
  const edit = page.locator(`form:has(textarea[name=body])`).first();
  await edit.locator('textarea[name=body]').fill('Eine überarbeitete Antwort.');
  await edit.locator('button[type=submit]').last().click();
  const edited = page.getByTestId('post').filter({ hasText: 'Eine überarbeitete Antwort.' });
  await expect(edited).toBeVisible();
  await expect(edited).toContainText(/bearbeitet/i);

  await edited.getByRole('link', { name: /löschen/i }).click();
  await page.getByRole('button', { name: /löschen/i }).click();
  await expect(page.getByTestId('post').filter({ hasText: 'Eine überarbeitete Antwort.' })).toHaveCount(0);
  await expect(page.locator('main')).toContainText(/gelöscht/i);

  await page.locator('form[action="/logout"] button').click();
  await expect(page.locator('form[action="/logout"]')).toHaveCount(0);
});
