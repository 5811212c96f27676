import { type Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

/** In the demo thread's title as "Mieterhaushalte": the German stemmer finds it by the singular. */
const WORD_FORM = 'Mieterhaushalt';
const THREAD_TITLE = 'Einbruchschutzberatung: Wie erreichen wir Mieterhaushalte?';

const headerSearch = (page: Page) => page.getByTestId('site-search');
const threadOption = (page: Page) => page.getByRole('listbox').getByRole('option', { name: /^Einbruchschutzberatung: Wie erreichen/ });
const results = (page: Page) => page.getByTestId('search-result');

test('a member types into the header box, picks a suggestion with the keyboard, and searches with Enter', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/c/wohnungseinbruch');
  const box = headerSearch(page).getByRole('combobox', { name: 'Suchbegriff' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await box.pressSequentially(WORD_FORM, { delay: 30 });
  const listbox = page.getByRole('listbox', { name: 'Suchvorschläge' });
  await expect(listbox).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const option = threadOption(page);
  await expect(option).toBeVisible();
  await expect(page.getByTestId('live-region')).toContainText(/Vorschl/);
  await expectAccessible(page);

  await box.press('ArrowDown');
  const first = listbox.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await box.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).not.toHaveAttribute('aria-activedescendant');

  // Enter without a highlighted suggestion searches.
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${WORD_FORM}$`));
  await expect(page).toHaveTitle(new RegExp(WORD_FORM));
  const hit = results(page).filter({ has: page.getByRole('heading', { name: THREAD_TITLE }) });
  await expect(hit.first()).toBeVisible();
  await expect(results(page).locator('mark').first()).toBeVisible();
  await expect(headerSearch(page).getByRole('combobox')).toHaveValue('');
  await expectAccessible(page);

  // Enter on a highlighted suggestion opens it.
  await box.pressSequentially(WORD_FORM, { delay: 30 });
  await expect(option).toBeVisible();
  const optionCount = await listbox.getByRole('option').count();
  const index = await listbox.getByRole('option').evaluateAll((els, title) => els.findIndex((el) => el.textContent?.includes(title)), THREAD_TITLE);
  for (let i = 0; i <= index; i++) await box.press('ArrowDown');
  expect(optionCount).toBeGreaterThan(index);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/threads\/\d+-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(THREAD_TITLE);
});

test('a suggestion opens with a mouse click', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  const box = headerSearch(page).getByRole('combobox');
  await box.pressSequentially(WORD_FORM, { delay: 30 });
  await threadOption(page).click();
  await expect(page).toHaveURL(/\/threads\/\d+-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(THREAD_TITLE);
});

test('a thread is found once, with its matching replies underneath; a reply opens on its thread page', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/search?q=Wohnanlagen');
  const match = page.getByTestId('search-matches').first().getByRole('link').first();
  await expect(match).toHaveAttribute('href', /^\/posts\/\d+$/);
  const hrefs = await results(page).locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  const postId = (await match.getAttribute('href'))!.split('/').pop();
  await match.click();
  await expect(page).toHaveURL(new RegExp(`/threads/\\d+-[^/?#]+(\\?cursor=[^#]+)?#post-${postId}$`));
  await expect(page.locator(`#post-${postId}`)).toContainText(/Wohnanlage/);

  await page.goto('/posts/999999999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('filters, paging, the empty state and the validation error', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto(`/search?q=${WORD_FORM}&kind=document`);
  await expect(page.getByTestId('search-form').locator('details')).toHaveAttribute('open', '');
  await expect(page.locator('[data-testid=search-result]:not([data-kind=document])')).toHaveCount(0);

  await page.goto('/search?q=Quokkafuetterung');
  await expect(page.getByRole('heading', { name: /Keine Ergebnisse/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tipps für die Suche' })).toBeVisible();
  await expectAccessible(page);

  // "Polizei" fills more than one page of the demo content.
  await page.goto('/search?q=Polizei');
  const firstHref = await results(page).first().locator('h3 a').getAttribute('href');
  await page.getByRole('link', { name: 'Weitere Ergebnisse' }).click();
  await expect(page).toHaveURL(/\/search\?q=Polizei&cursor=/);
  await expect(results(page).first()).toBeVisible();
  expect(await results(page).first().locator('h3 a').getAttribute('href')).not.toBe(firstHref);
  await page.getByRole('link', { name: 'Zurück zu den ersten Ergebnissen' }).click();
  await expect(page).toHaveURL(/\/search\?q=Polizei$/);

  await page.goto('/search?q=Polizei&cursor=kaputt');
  await expect(page.getByRole('alert')).toContainText('nicht mehr verfügbar');

  await page.goto('/search?q=+');
  await expect(page.getByRole('alert')).toContainText('Bitte geben Sie einen Suchbegriff ein.');
  await expectAccessible(page);
});

test('an anonymous visitor finds public documents but no forum threads, and is told that signing in searches the forum', async ({ page }) => {
  // "Bauleitplanung" is in a public library checklist and in a members' thread.
  await page.goto('/');
  const box = headerSearch(page).getByRole('combobox');
  await box.pressSequentially('Bauleitplanung', { delay: 30 });
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option', { name: /^Checkliste Kriminalprävention in der Bauleitplanung/ })).toBeVisible();
  await expect(listbox.getByRole('option', { name: /CPTED/ })).toHaveCount(0);

  await headerSearch(page).getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/\/search\?q=Bauleitplanung$/);
  await expect(page.getByTestId('search-sign-in-hint')).toBeVisible();
  await expect(results(page).filter({ hasText: 'Checkliste Kriminalprävention in der Bauleitplanung' })).toHaveAttribute('data-kind', 'document');
  await expect(page.locator('[data-testid=search-result]:not([data-kind=document])')).toHaveCount(0);
  await expect(page.getByText(/CPTED in der Bauleitplanung/)).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/posts/1');
  await expect(page).toHaveURL(/\/login\?next=%2Fposts%2F1$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search and the filters work', async ({ page }) => {
    await logIn(page, demoEmail('member'));
    const box = headerSearch(page).locator('input[name=q]');
    await expect(box).not.toHaveAttribute('role', 'combobox');
    await box.fill(WORD_FORM);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${WORD_FORM}$`));
    await expect(results(page).filter({ has: page.getByRole('heading', { name: THREAD_TITLE }) })).toHaveCount(1);
    await expect(results(page).locator('mark').first()).toBeVisible();

    const form = page.getByTestId('search-form');
    await form.locator('summary').click();
    await form.locator('select[name=kind]').selectOption('thread');
    await form.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(page).toHaveURL(/kind=thread/);
    await expect(results(page).first()).toBeVisible();
    for (const kind of await results(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))) {
      expect(kind).toBe('thread');
    }
  });
});

test('search fits a 360 px phone without horizontal scrolling', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await logIn(page, demoEmail('member'));
  for (const path of ['/', `/search?q=${WORD_FORM}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await headerSearch(page).getByRole('combobox').pressSequentially(WORD_FORM, { delay: 30 });
  await expect(page.getByRole('listbox')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'with suggestions open').toBeLessThanOrEqual(0);
});
