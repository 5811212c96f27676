import { type Page } from '@playwright/test';
import { signedIn } from '../support/client.ts';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

async function member(browser: import('@playwright/test').Browser, key: string, options = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await logIn(page, demoEmail(key));
  return page;
}

test('a question is asked, answered, marked helpful and accepted; everyone sees it live', async ({ browser }) => {
  const asker = await member(browser, 'member');
  await asker.goto('/new');
  const form = asker.locator('main form').filter({ has: asker.locator('input[name=title]') });
  await form.getByLabel(/^Frage/).check();
  await form.locator('select[name=categorySlug]').selectOption('wohnungseinbruch');
  await form.locator('input[name=title]').fill('Wie bewerben Sie Sicherheitsberatungen für Mieter?');
  await form.locator('textarea[name=body]').fill('Unsere Beratungen erreichen kaum Mieterhaushalte. Was wirkt bei Ihnen?');
  await form.getByRole('button', { name: 'Thema veröffentlichen' }).click();
  await expect(asker).toHaveURL(/\/threads\/\d+/);
  await expect(asker.getByTestId('question-badge')).toHaveText('Frage');
  await asker.waitForFunction(() => document.documentElement.dataset.live === 'connected');

  const helper = await member(browser, 'tobias');
  await helper.goto(asker.url());
  const reply = helper.getByTestId('reply-form');
  await reply.locator('textarea[name=body]').fill('Wir gehen über die Hausverwaltungen und legen Flyer in die Aushänge.');
  await reply.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
  // Focus lands on the new reply, and it is announced.
  const answer = helper.getByTestId('post').filter({ hasText: 'Hausverwaltungen' });
  await expect(answer).toBeFocused();
  await expect(helper.getByTestId('live-region')).toContainText('Ihre Antwort wurde veröffentlicht.');

  const seen = asker.getByTestId('post').filter({ hasText: 'Hausverwaltungen' });
  await expect(seen).toBeVisible();

  const third = await member(browser, 'frank');
  await third.goto(asker.url());
  const helpful = third.getByTestId('post').filter({ hasText: 'Hausverwaltungen' }).getByTestId('helpful-button');
  await expect(helpful).toHaveAttribute('aria-pressed', 'false');
  await helpful.click();
  await expect(helpful).toHaveAttribute('aria-pressed', 'true');
  await expect(helpful).toHaveText('Von Ihnen als hilfreich markiert – zurücknehmen');
  // The asker's open page counts it without a reload.
  await expect(seen.getByTestId('helpful-count')).toHaveText('1-mal als hilfreich markiert');

  await seen.getByTestId('accept-button').click();
  await expect(asker.getByTestId('accepted-answer')).toContainText('Hausverwaltungen');
  await expect(asker.getByTestId('question-badge')).toHaveText('Beantwortet');
  await expect(third.getByTestId('accepted-answer')).toContainText('Hausverwaltungen');
  await expect(third.getByTestId('post').filter({ hasText: 'Hausverwaltungen' }).getByTestId('accepted-marker')).toBeVisible();
  await expectAccessible(asker);

  await asker.goto('/questions?status=answered');
  await expect(asker.getByTestId('question-list')).toContainText('Wie bewerben Sie Sicherheitsberatungen');
  await expectAccessible(asker);
  // The same pages in English and French.
  for (const locale of ['en', 'fr']) {
    await asker.getByTestId('locale-switcher').locator(`button[value=${locale}]`).click();
    await expect(asker.locator('html')).toHaveAttribute('lang', locale);
    await expectAccessible(asker);
    await asker.goto('/members');
    await expectAccessible(asker);
    await asker.goto('/questions?status=answered');
  }
  // The choice is the member's: back to German for the tests that follow.
  await asker.getByTestId('locale-switcher').locator('button[value=de]').click();
  await expect(asker.locator('html')).toHaveAttribute('lang', 'de');
});

test('profiles, the directory, open questions and the home page; a reply box keeps its draft across devices', async ({ browser, baseURL }) => {
  const lena = await member(browser, 'lena');
  await lena.goto('/me');
  // Typed before the page is hydrated, a field's text would give way to the server's value.
  await lena.waitForLoadState('networkidle');
  const expertise = lena.locator('#expertise form');
  await expertise.getByLabel('Dienststelle / Funktion').fill('Kriminalpräventiver Rat');
  await expertise.getByLabel('Wohnungseinbruch').check();
  await expertise.getByLabel('Sprachen').fill('de, en, fr');
  await expertise.getByRole('button').click();
  await expect(lena.getByRole('status').filter({ hasText: 'gespeichert' })).toBeVisible();
  await expectAccessible(lena);

  const other = await member(browser, 'member');
  await other.goto('/members?expertise=wohnungseinbruch&language=fr');
  await expect(other.getByTestId('member-list')).toContainText('Kriminalpräventiver Rat');
  await expectAccessible(other);
  await other.getByTestId('member-list').getByRole('link').first().click();
  await expect(other.getByTestId('profile-expertise')).toContainText('Wohnungseinbruch');
  await expectAccessible(other);

  // A question in her field: suggested to her, and on her home page.
  const asker = await signedIn(baseURL!, 'ole');
  const { thread } = (
    await asker.post('/api/threads', {
      categorySlug: 'wohnungseinbruch',
      title: 'Welche Türsicherungen empfehlen Sie Altbauten?',
      body: 'Wir beraten viele Altbauten. Welche Nachrüstung hat sich bewährt?',
      kind: 'question',
      topics: ['wohnungseinbruch'],
    })
  ).body;
  await lena.goto('/');
  await expect(lena.getByTestId('home-open-questions')).toContainText('Welche Türsicherungen');
  const unread = lena.getByTestId('home-latest').getByTestId('thread-item').filter({ hasText: 'Welche Türsicherungen' }).getByTestId('unread-count');
  await expect(unread).toHaveText('1 ungelesen');
  await expectAccessible(lena);
  // A reply in a listed thread counts on the open home page, without a reload.
  await lena.waitForFunction(() => document.documentElement.dataset.threadsLive === 'connected');
  await asker.post(`/api/threads/${thread.id}/posts`, { body: 'Nachtrag: auch Fenster im Erdgeschoss sind wichtig.' });
  await expect(unread).toHaveText('2 ungelesen');

  await lena.goto('/me/bookmarks');
  await expectAccessible(lena);

  await lena.goto(`/threads/${thread.id}`);
  await lena.waitForLoadState('networkidle');
  await lena.locator('textarea[name=body]').fill('Ein halber Gedanke zu Zusatzschlössern');
  await expect(lena.getByText('Entwurf gespeichert')).toBeVisible();
  const elsewhere = await member(browser, 'lena');
  await elsewhere.goto(`/threads/${thread.id}`);
  await expect(elsewhere.locator('textarea[name=body]')).toHaveValue('Ein halber Gedanke zu Zusatzschlössern');
  await expect(elsewhere.getByTestId('draft-restored')).toBeVisible();
});

test('without JavaScript: helpful and accept are plain forms, and a draft is saved with a button', async ({ browser, baseURL }) => {
  const api = await signedIn(baseURL!, 'member');
  const { thread } = (
    await api.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Gibt es Förderprogramme für Einbruchschutz?', body: 'Welche Förderung nutzen Sie?', kind: 'question' })
  ).body;
  await (await signedIn(baseURL!, 'tobias')).post(`/api/threads/${thread.id}/posts`, { body: 'Die KfW fördert Nachrüstungen, dazu kommt ein Landesprogramm.' });

  const asker = await member(browser, 'member', { javaScriptEnabled: false });
  await asker.goto(`/threads/${thread.id}`);
  const answer = asker.getByTestId('post').filter({ hasText: 'KfW' });
  await answer.getByTestId('accept-button').click();
  await expect(asker.getByTestId('accepted-answer')).toContainText('KfW');

  const reader = await member(browser, 'frank', { javaScriptEnabled: false });
  await reader.goto(`/threads/${thread.id}`);
  await reader.getByTestId('post').filter({ hasText: 'KfW' }).getByTestId('helpful-button').click();
  await expect(reader.getByTestId('post').filter({ hasText: 'KfW' }).getByTestId('helpful-button')).toHaveAttribute('aria-pressed', 'true');
  await reader.locator('textarea[name=body]').fill('Noch nicht fertig');
  await reader.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(reader.getByRole('status').filter({ hasText: 'Der Entwurf ist gespeichert' })).toBeVisible();
  await reader.goto(`/threads/${thread.id}`);
  await expect(reader.locator('textarea[name=body]')).toHaveValue('Noch nicht fertig');

  // A bookmark, kept under the account with a note.
  await reader.getByTestId('post').filter({ hasText: 'KfW' }).getByTestId('bookmark-button').click();
  await expect(reader.getByTestId('post').filter({ hasText: 'KfW' }).getByTestId('bookmark-button')).toHaveAttribute('aria-pressed', 'true');
  await reader.goto('/me/bookmarks');
  await expect(reader.getByTestId('bookmark-list')).toContainText('KfW');
  await reader.getByLabel('Notiz (optional)').fill('Für den Förderantrag');
  await reader.getByRole('button', { name: 'Notiz speichern' }).click();
  await expect(reader.getByLabel('Notiz (optional)')).toHaveValue('Für den Förderantrag');
});

test('on a 390 px phone the navigation folds into a menu', async ({ browser }) => {
  const phone = await member(browser, 'member', { viewport: { width: 390, height: 844 } });
  await phone.goto('/');
  // The menu button comes with JavaScript (without it the links stay listed): measure once it is there.
  const menu = phone.getByRole('button', { name: 'Menü' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const header = await phone.locator('header.site-header').boundingBox();
  expect(header!.height).toBeLessThan(844 * 0.25);
  await menu.click();
  await expect(phone.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Offene Fragen' })).toBeVisible();
});
