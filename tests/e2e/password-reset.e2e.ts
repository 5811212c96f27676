import { startSmtpServer } from '../support/smtp.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

const PUBLIC_URL = 'https://praxisnetz.example';
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let app: TestServer;

// A server of its own, sending through a real SMTP server the test reads the mail from.
test.beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL }, { web: true });
});
test.afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

test('a forgotten password: ask for a link, read the mail, set a new password, the old sessions are gone', async ({ browser }) => {
  const email = demoEmail('henrik');
  const other = await (await browser.newContext({ baseURL: app.url })).newPage();
  await logIn(other, email);

  const page = await (await browser.newContext({ baseURL: app.url })).newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText('ist der Link unterwegs');

  const mail = await smtp.next((r) => r.to.includes(email));
  const link = new RegExp(`${PUBLIC_URL}(/reset-password\\?token=[a-z0-9]+)`).exec(mail.mail.text ?? '')![1]!;
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel('Neues Passwort').fill('ein-neues-langes-passwort');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page).toHaveURL(`${app.url}/`);
  await expect(page.locator('.who')).toContainText('Angemeldet als');

  await other.goto('/me');
  await expect(other).toHaveURL(/\/login/);

  await page.goto(link);
  await expect(page.getByRole('alert')).toContainText('gilt nicht (mehr)');
});
