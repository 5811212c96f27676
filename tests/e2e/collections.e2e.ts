import { type Browser, type Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

async function signedIn(browser: Browser, key: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logIn(page, demoEmail(key));
  return page;
}

test('a moderator builds a collection without JavaScript; a member reads it in that order from the subject areas', async ({ browser }) => {
  const moderator = await signedIn(browser, 'moderator', false);
  await moderator.goto('/c/nachtleben-veranstaltungen');
  const threadLink = moderator.getByTestId('thread-item').first().getByRole('link').first();
  const threadTitle = (await threadLink.textContent())!.trim();
  const threadHref = (await threadLink.getAttribute('href'))!;
  await moderator.goto('/library');
  const documentLink = moderator.locator('main a[href^="/library/"]').filter({ hasText: 'Awareness-Konzept' }).first();
  const documentHref = (await documentLink.getAttribute('href'))!;

  await moderator.goto('/collections');
  const create = moderator.locator('form').filter({ has: moderator.getByRole('button', { name: 'Sammlung anlegen' }) });
  await create.getByRole('button', { name: 'Sammlung anlegen' }).click();
  await expect(create.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
  await create.getByLabel('Titel').fill('Nachtleben: Awareness');
  await create.getByLabel('Themenfeld').selectOption({ label: 'Nachtleben & Veranstaltungen' });
  await create.getByLabel('Einführung').fill('Wie Städte **Awareness-Teams** aufbauen.');
  await create.getByRole('button', { name: 'Sammlung anlegen' }).click();
  await expect(moderator).toHaveURL(/\/collections\/nachtleben-awareness/);
  await expect(moderator.getByRole('status').filter({ hasText: /./ })).toContainText('Sammlung angelegt');

  const add = moderator.locator('form').filter({ has: moderator.getByRole('button', { name: 'Hinzufügen' }) });
  await add.getByLabel('Link zur Diskussion oder zum Dokument').fill('irgendwas');
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(add.getByLabel('Link zur Diskussion oder zum Dokument')).toHaveAttribute('aria-invalid', 'true');
  await add.getByLabel('Link zur Diskussion oder zum Dokument').fill(`http://localhost${threadHref}`);
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: /./ })).toContainText('hinzugefügt');
  await add.getByLabel('Link zur Diskussion oder zum Dokument').fill(documentHref);
  await add.getByLabel('Notiz').fill('Die Schulungsfolien zum Nachnutzen.');
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(moderator.getByTestId('collection-entries').getByRole('listitem')).toHaveCount(2);

  await moderator.getByRole('button', { name: /^„Awareness-Konzept.*nach oben schieben$/ }).click();
  await expect(moderator.getByRole('status').filter({ hasText: /./ })).toContainText('Reihenfolge geändert');
  await expect(moderator.getByTestId('collection-entries').getByRole('listitem').first()).toContainText('Awareness-Konzept');

  const member = await signedIn(browser, 'member');
  await member.goto('/topics');
  await member.getByTestId('collection-list').getByRole('link', { name: 'Nachtleben: Awareness' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Nachtleben: Awareness');
  await expect(member.locator('.intro strong')).toHaveText('Awareness-Teams');
  const entries = member.getByTestId('collection-entries').getByRole('listitem');
  await expect(entries.first()).toContainText('Die Schulungsfolien zum Nachnutzen.');
  await expect(entries.nth(1)).toContainText(threadTitle);
  await expect(member.getByRole('button', { name: /nach oben schieben/ })).toHaveCount(0);
  await expectAccessible(member);
});
