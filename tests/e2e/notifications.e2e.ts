import { signedIn } from '../support/client.ts';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

/** The unread count the bell shows (0 when it shows none). */
async function bellCount(page: import('@playwright/test').Page): Promise<number> {
  const text = await page.getByTestId('notification-bell').textContent();
  return Number(/(\d+)\s+ungelesen/.exec(text ?? '')?.[1] ?? 0);
}

test('the bell counts replies live, and the list leads to the reply', async ({ page, baseURL }) => {
  const asker = await signedIn(baseURL!, 'member');
  const peer = await signedIn(baseURL!, 'sabine');
  const title = `Begehungen mit Jugendlichen – Erfahrungen? ${Date.now()}`;
  const thread = (await asker.post('/api/threads', { categorySlug: 'bahnhofsviertel', title, body: 'Wer hat das schon gemacht?' })).body.thread;

  await logIn(page, demoEmail('member'));
  await page.goto('/');
  const before = await bellCount(page);
  const reply = (await peer.post(`/api/threads/${thread.id}/posts`, { body: 'Ja, mit dem Jugendzentrum zusammen.' })).body.post;
  await expect(page.getByTestId('notification-bell')).toContainText(`${before + 1} ungelesen`);
  await expect(page.getByTestId('live-region')).toContainText('ungelesene Benachrichtigung');

  await page.getByTestId('notification-bell').click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expectAccessible(page);
  const entry = page.getByTestId('notifications').getByRole('listitem').filter({ hasText: title });
  await expect(entry).toContainText('hat in');
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/threads/${thread.id}-.*#post-${reply.id}$`));
  await expect(page.getByTestId('post').filter({ hasText: 'Ja, mit dem Jugendzentrum zusammen.' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/notifications');
  await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await expect(page.getByTestId('unread-summary')).toHaveText('0 ungelesene Benachrichtigungen');
  await expect(page.getByTestId('notification-bell')).not.toContainText('ungelesen');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a member switches reminder mails on in the settings table', async ({ page }) => {
    await logIn(page, demoEmail('nadine'));
    await page.goto('/me');
    const settings = page.getByTestId('notification-settings');
    await settings.getByRole('combobox', { name: 'Per E-Mail: Eine Sitzung meiner Gruppe beginnt in 15 Minuten' }).selectOption('immediate');
    await settings.getByRole('combobox', { name: 'In der Anwendung: Neues Dokument in meinen Arbeitsgruppen' }).selectOption('off');
    await settings.getByRole('button', { name: 'Benachrichtigungen speichern' }).click();
    await expect(page.getByText('Einstellungen für Benachrichtigungen gespeichert.')).toBeVisible();
    await page.goto('/me');
    await expect(page.getByRole('combobox', { name: 'Per E-Mail: Eine Sitzung meiner Gruppe beginnt in 15 Minuten' })).toHaveValue('immediate');
    await expect(page.getByRole('combobox', { name: 'In der Anwendung: Neues Dokument in meinen Arbeitsgruppen' })).toHaveValue('off');
  });

  test('a member mutes a thread and marks an entry read', async ({ page, baseURL }) => {
    const asker = await signedIn(baseURL!, 'member');
    const peer = await signedIn(baseURL!, 'tobias');
    const title = `Beleuchtung im Park – wer zahlt? ${Date.now()}`;
    const thread = (await asker.post('/api/threads', { categorySlug: 'bahnhofsviertel', title, body: 'Stadt oder Grünflächenamt?' })).body.thread;
    await peer.post(`/api/threads/${thread.id}/posts`, { body: 'Bei uns das Tiefbauamt.' });

    await logIn(page, demoEmail('member'));
    await expect.poll(async () => (await asker.get('/api/notifications')).body.items.some((n: { thread: { id: number } }) => n.thread?.id === thread.id)).toBe(true);
    await page.goto('/notifications');
    const entry = page.getByTestId('notifications').getByRole('listitem').filter({ hasText: title });
    await entry.getByRole('button', { name: /Als gelesen markieren/ }).click();
    await expect(page.getByTestId('notifications').getByRole('listitem').filter({ hasText: title })).not.toContainText('ungelesen');

    await page.goto(`/threads/${thread.id}`);
    const watch = page.getByTestId('watch-control');
    await expect(watch.locator('select')).toHaveValue('watching');
    await watch.locator('select').selectOption('muted');
    await watch.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByTestId('watch-control')).toContainText('Einstellung gespeichert.');
    await expect(page.getByTestId('watch-control').locator('select')).toHaveValue('muted');
  });
});

test('a member quotes a post and mentions a peer with @ and the keyboard; both are told', async ({ page, baseURL }) => {
  const asker = await signedIn(baseURL!, 'member');
  const sabine = await signedIn(baseURL!, 'sabine');
  const lena = await signedIn(baseURL!, 'lena');
  const title = `Kommunale Lagebilder – wer pflegt sie? ${Date.now()}`;
  const thread = (await asker.post('/api/threads', { categorySlug: 'bahnhofsviertel', title, body: 'Wie oft aktualisieren Sie?' })).body.thread;
  const quoted = (await sabine.post(`/api/threads/${thread.id}/posts`, { body: 'Bei uns jährlich, mit der Polizei.' })).body.post;

  await logIn(page, demoEmail('member'));
  await page.goto(`/threads/${thread.id}`);
  await page.getByRole('link', { name: 'Beitrag von Sabine Krüger zitieren' }).click();
  const field = page.getByRole('textbox', { name: 'Antwort' });
  await expect(field).toHaveValue(`> **Sabine Krüger** [schrieb](/posts/${quoted.id}):\n> Bei uns jährlich, mit der Polizei.\n\n`);

  await field.press('End');
  await field.pressSequentially('Das kann @Har');
  const list = page.getByRole('listbox', { name: 'Vorschläge zum Erwähnen' });
  await expect(list.getByRole('option', { name: /Lena Hartmann/ })).toBeVisible();
  await expect(page.getByTestId('live-region')).toContainText('gefunden');
  await expectAccessible(page);
  await field.press('Enter');
  await expect(list).toBeHidden();
  await field.pressSequentially('bestätigen.');
  await expect(field).toHaveValue(/Das kann @\[Lena Hartmann\]\(\/users\/\d+\) bestätigen\.$/);
  await page.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
  await expect(page.getByTestId('post').filter({ hasText: 'Das kann @Lena Hartmann bestätigen.' })).toBeVisible();

  const kinds = async (client: typeof asker) =>
    (await client.get('/api/notifications')).body.items.filter((n: { thread: { id: number } }) => n.thread?.id === thread.id).map((n: { kind: string }) => n.kind);
  await expect.poll(() => kinds(lena)).toEqual(['mention']);
  await expect.poll(() => kinds(sabine)).toEqual(['quote']);

  await page.getByTestId('post').filter({ hasText: 'Das kann' }).getByRole('link', { name: 'Lena Hartmann' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lena Hartmann');
  await expectAccessible(page);
});
