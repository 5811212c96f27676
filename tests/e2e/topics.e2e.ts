import { type Browser, type Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

async function signedIn(browser: Browser, key: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logIn(page, demoEmail(key));
  return page;
}

test('an administrator adds a subject area without JavaScript; a member files a thread under it and finds it there', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin', false);
  await admin.goto('/admin/topics');
  const add = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Hinzufügen' }) });
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(admin.getByRole('alert').first()).toBeVisible();
  await expect(add.getByLabel('Name (Deutsch)')).toHaveAttribute('aria-invalid', 'true');
  await add.getByLabel('Name (Deutsch)').fill('Häusliche Gewalt');
  await add.getByLabel('Name (Englisch)').fill('Domestic violence');
  await add.getByLabel('Name (Französisch)').fill('Violences domestiques');
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'angelegt' })).toHaveText('Themenfeld „Häusliche Gewalt“ angelegt.');
  await expect(admin.getByTestId('topics-table')).toContainText('Violences domestiques');

  const member = await signedIn(browser, 'member');
  await member.goto('/new?category=gewalt-gegen-frauen');
  await member.waitForLoadState('networkidle');
  const form = member.locator('main form').filter({ has: member.locator('input[name=title]') });
  await form.locator('input[name=title]').fill('Hochrisikofälle: Fallkonferenzen mit dem Frauenhaus');
  await form.locator('textarea[name=body]').fill('Wer moderiert bei euch die Fallkonferenzen?');
  await form.getByLabel('Häusliche Gewalt').check();
  await form.locator('button[type=submit]').last().click();
  await expect(member).toHaveURL(/\/threads\/\d+/);

  await member.getByRole('link', { name: 'Häusliche Gewalt' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Häusliche Gewalt');
  await expect(member.getByTestId('topic-threads')).toContainText('Hochrisikofälle: Fallkonferenzen mit dem Frauenhaus');
  await expectAccessible(member);

  await member.goto('/c/gewalt-gegen-frauen');
  await member.getByTestId('topic-filter').getByLabel('Themenfeld').selectOption({ label: 'Häusliche Gewalt' });
  await member.getByTestId('topic-filter').getByRole('button', { name: 'Anzeigen' }).click();
  await expect(member.getByTestId('thread-item')).toHaveCount(1);
  await expect(member.getByTestId('thread-item')).toContainText('Hochrisikofälle');
});
