import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

/** A signed-in person in their own browser context (own cookies, own socket). */
async function person(browser: Browser, key: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await logIn(page, demoEmail(key));
  return page;
}

/** The lead of "Sicherheitsaudits" schedules a fresh session for the group, through the API as the sessions page would. */
async function scheduleSession(host: Page): Promise<number> {
  const origin = new URL(host.url()).origin;
  const groups = await (await host.request.get('/api/groups')).json();
  const group = groups.items.find((g: { name: string }) => g.name === 'Sicherheitsaudits');
  const start = new Date(Date.now() + 60_000);
  const response = await host.request.post(`/api/groups/${group.id}/sessions`, {
    headers: { origin },
    data: {
      title: 'Sprechstunde Sicherheitsaudits (e2e)',
      description: 'Fragen rund um Begehungen und Befragungen.',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 60 * 60_000).toISOString(),
      audience: 'group',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).session.id;
}

/** Opens the room and waits until its live connection has joined. */
async function enter(page: Page, sessionId: number, path = '') {
  await page.goto(`/live/${sessionId}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.live === 'connected');
}

/** A question by its exact text (other questions' merge lists mention it too). */
const question = (page: Page, text: string): Locator =>
  page.getByTestId('question').filter({ has: page.getByTestId('question-body').getByText(text, { exact: true }) });

async function ask(page: Page, text: string, anonymous = false) {
  const form = page.getByTestId('ask-form');
  await form.getByLabel('Ihre Frage').fill(text);
  if (anonymous) await form.getByLabel('Anonym stellen').check();
  await form.getByRole('button', { name: 'Frage stellen' }).click();
  await expect(form.getByLabel('Ihre Frage')).toHaveValue('');
}

async function moderate(page: Page, text: string, section: string, fill: (form: Locator) => Promise<void>) {
  const item = question(page, text);
  await item.locator('summary', { hasText: section }).click();
  await fill(item.locator('details[open] form'));
}

test('host and two participants share one live room', async ({ browser }) => {
  const host = await person(browser, 'sabine');
  const a = await person(browser, 'member');
  const b = await person(browser, 'tobias');
  const sessionId = await scheduleSession(host);
  await Promise.all([enter(host, sessionId), enter(a, sessionId), enter(b, sessionId)]);
  await expect(a.getByTestId('participants')).toHaveText('3 Personen im Raum');

  await host.getByRole('button', { name: 'Sitzung starten' }).click();
  await expect(a.getByTestId('session-status')).toHaveText('Läuft gerade');

  // A asks anonymously: B sees the question live and without a name, the host sees who asked.
  const q1 = 'Wie viele Begehungen plant ihr pro Quartier und Jahr?';
  await ask(a, q1, true);
  await expect(question(b, q1).getByTestId('question-author')).toHaveText('Anonym');
  await expect(question(host, q1).getByTestId('question-author')).toContainText('Markus Seidel');
  await expect(question(a, q1).getByTestId('question-author')).toContainText('nur die Moderation sieht Ihren Namen');

  // B upvotes; A sees the count change.
  const vote = question(b, q1).getByRole('button', { name: /Unterstützen/ });
  await vote.click();
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await expect(question(a, q1).getByTestId('vote-count')).toHaveText('1');

  // Pre-moderation: A's next questions reach only the host until approved; a dismissal's reason reaches A.
  await host.getByRole('button', { name: 'Vormoderation einschalten' }).click();
  await expect(a.getByText('Die Moderation prüft neue Fragen')).toBeVisible();
  const q2 = 'Darf ich hier für unser Produkt werben?';
  await ask(a, q2);
  await expect(a.getByTestId('ask-sent')).toContainText('wartet auf die Freigabe');
  await expect(host.getByTestId('pending-queue').getByTestId('question').filter({ hasText: q2 })).toBeVisible();
  // The host narrows the room to the questions waiting for a decision.
  await host.getByTestId('question-filter').getByRole('link', { name: /^Wartend/ }).click();
  await expect(host.getByTestId('open-questions')).toHaveCount(0);
  await expect(host.getByTestId('pending-queue')).toBeVisible();
  await host.getByTestId('question-filter').getByRole('link', { name: 'Alle' }).click();
  await expect(question(a, q2).getByTestId('question-status')).toHaveText('Wartet auf Freigabe');
  await moderate(host, q2, 'Ablehnen', async (form) => {
    await form.getByLabel('Begründung').fill('Werbung ist hier nicht erlaubt.');
    await form.getByRole('button', { name: 'Frage ablehnen' }).click();
  });
  await expect(question(a, q2).getByTestId('dismiss-reason')).toContainText('Werbung ist hier nicht erlaubt.');

  const q3 = 'Wie oft wiederholt ihr die Begehungen in einem Quartier?';
  await ask(a, q3);
  await expect(question(host, q3)).toBeVisible();
  await question(host, q3).getByRole('button', { name: 'Freigeben' }).click();
  await expect(question(b, q3).getByTestId('question-status')).toHaveText('Offen');
  await expect(question(b, q2)).toHaveCount(0);
  await host.getByRole('button', { name: 'Vormoderation ausschalten' }).click();
  await expect(host.getByText('Vormoderation ist aus')).toBeVisible();

  // The host merges a duplicate: the votes of both are counted once each.
  await question(host, q3).getByRole('button', { name: /Unterstützen/ }).click();
  await expect(question(host, q3).getByTestId('vote-count')).toHaveText('1');
  await moderate(host, q3, 'Mit anderer Frage zusammenführen', async (form) => {
    await form.getByLabel('Zusammenführen mit').selectOption({ label: `${q1} (1)` });
    await form.getByRole('button', { name: 'Zusammenführen' }).click();
  });
  await expect(question(a, q1).getByTestId('vote-count')).toHaveText('2');
  await expect(b.getByTestId('open-questions').getByTestId('question').filter({ hasText: q3 })).toHaveCount(0);

  // The host highlights B's question (the presenter shows it) and answers A's with a text.
  const q4 = 'Welche Checkliste nutzt ihr für die Nachtbegehung?';
  await ask(b, q4);
  const presenter = await (await host.context()).newPage();
  await enter(presenter, sessionId, '/present');
  await question(host, q4).getByRole('button', { name: 'Jetzt beantworten' }).click();
  await expect(presenter.getByTestId('presenter-current')).toHaveText(q4);
  // The audience's way in: the room's address, and its QR code drawn by the server.
  await expect(presenter.getByTestId('presenter-join')).toContainText(`/live/${sessionId}`);
  await expect(presenter.getByTestId('presenter-join').locator('svg')).toBeVisible();
  await expect(presenter.getByText('Jetzt im Gespräch')).toBeVisible();
  await expect(a.getByTestId('now-answering')).toContainText(q4);
  await moderate(host, q1, 'Als beantwortet markieren', async (form) => {
    await form.getByLabel('Kurze schriftliche Antwort').fill('Zwei pro Jahr: eine im Sommer, eine im Winter.');
    await form.getByRole('button', { name: 'Als beantwortet markieren' }).click();
  });
  await expect(question(a, q1).getByTestId('question-answer')).toContainText('Zwei pro Jahr');
  await expect(question(a, q1).getByTestId('question-status')).toHaveText('Beantwortet');

  // Chat from B reaches A, and A's live region announces it.
  await b.getByTestId('chat-form').getByLabel('Nachricht').fill('Grüße aus Freiburg!');
  await b.getByTestId('chat-form').getByRole('button', { name: 'Senden' }).click();
  await expect(a.getByTestId('chat-message').filter({ hasText: 'Grüße aus Freiburg!' })).toContainText('Tobias Reinhardt');
  await expect(a.getByTestId('live-region')).toContainText('Grüße aus Freiburg!');

  // A drops off the network while the host answers and B votes; back online, A's room is exactly current.
  const q5 = 'Wer nimmt bei euch an den Begehungen teil?';
  await ask(host, q5);
  await expect(question(a, q5)).toBeVisible();
  await a.context().setOffline(true);
  await expect(a.getByText('Die Verbindung ist unterbrochen')).toBeVisible();
  await moderate(host, q4, 'Als beantwortet markieren', async (form) => {
    await form.getByRole('button', { name: 'Als beantwortet markieren' }).click();
  });
  await expect(question(host, q4).getByTestId('question-status')).toHaveText('Beantwortet');
  await question(b, q5).getByRole('button', { name: /Unterstützen/ }).click();
  await expect(question(b, q5).getByTestId('vote-count')).toHaveText('1');
  await expect(question(a, q4).getByTestId('question-status')).toHaveText('Offen');
  await a.context().setOffline(false);
  await a.waitForFunction(() => document.documentElement.dataset.live === 'connected');
  await expect(question(a, q4).getByTestId('question-status')).toHaveText('Beantwortet');
  await expect(question(a, q5).getByTestId('vote-count')).toHaveText('1');
  await expect(a.getByTestId('now-answering')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-current')).toHaveText(q5);

  // Accessibility of the room for a participant and for the host, and of the presenter view.
  await expectAccessible(a);
  await question(host, q5).locator('summary').first().click();
  await expectAccessible(host);
  await expectAccessible(presenter);
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await expect(presenter.getByTestId('presenter-current')).toBeInViewport();

  // After the session: an unanswered question goes on in the forum, the session is archived as a thread.
  await host.getByRole('button', { name: 'Sitzung beenden' }).click();
  await expect(a.getByTestId('session-status')).toHaveText('Beendet');
  await expect(a.getByTestId('ask-form')).toHaveCount(0);
  await question(host, q5).getByRole('button', { name: 'Als offene Frage ins Forum stellen' }).click();
  await expect(question(a, q5).getByRole('link', { name: 'Im Forum weiterdiskutieren' })).toBeVisible();
  await host.getByRole('button', { name: 'Als Forumsthema archivieren' }).click();
  await a.getByRole('link', { name: /zum Forumsthema/ }).click();
  await expect(a.getByRole('heading', { level: 1 })).toContainText('Sprechstunde Sicherheitsaudits (e2e)');
  await expect(a.locator('main')).toContainText('Zwei pro Jahr: eine im Sommer, eine im Winter.');
});

test('the room works without JavaScript: ask and vote through plain forms', async ({ browser }) => {
  const host = await person(browser, 'sabine');
  const sessionId = await scheduleSession(host);
  const page = await person(browser, 'henrik', false);
  await page.goto(`/live/${sessionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprechstunde Sicherheitsaudits (e2e)');

  const text = 'Gibt es eine Vorlage für den Begehungsbericht?';
  await page.getByTestId('ask-form').getByLabel('Ihre Frage').fill(text);
  await page.getByTestId('ask-form').getByRole('button', { name: 'Frage stellen' }).click();
  await expect(question(page, text)).toBeVisible();
  await expect(page.getByTestId('ask-sent')).toContainText('Ihre Frage ist eingegangen');

  await question(page, text).getByRole('button', { name: /Unterstützen/ }).click();
  await expect(question(page, text).getByTestId('vote-count')).toHaveText('1');
  await expect(question(page, text).getByRole('button', { name: /Unterstützen/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(question(page, text).getByTestId('voted-note')).toHaveText('✓ Sie unterstützen diese Frage');

  await page.getByRole('link', { name: 'Neueste zuerst' }).click();
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByRole('link', { name: 'Neueste zuerst' })).toHaveAttribute('aria-current', 'true');

  const form = page.getByTestId('ask-form');
  await form.getByRole('button', { name: 'Frage stellen' }).click();
  await expect(page.locator('main [role=alert]')).toContainText('Bitte prüfen Sie Ihre Angaben');

  // Five questions a minute per person: the sixth is refused with the time to wait.
  for (let n = 2; n <= 5; n += 1) {
    await form.getByLabel('Ihre Frage').fill(`Frage Nummer ${n} zur Begehung`);
    await form.getByRole('button', { name: 'Frage stellen' }).click();
    await expect(question(page, `Frage Nummer ${n} zur Begehung`)).toBeVisible();
  }
  await form.getByLabel('Ihre Frage').fill('Eine Frage zu viel');
  await form.getByRole('button', { name: 'Frage stellen' }).click();
  await expect(page.locator('main [role=alert]')).toContainText(/in \d+ Sekunden erneut/);
  await expect(form.getByLabel('Ihre Frage')).toHaveValue('Eine Frage zu viel');
});
