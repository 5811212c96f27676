import { expect, test, expectAccessible } from './helpers.ts';

test('a visitor reads the API reference, from the footer to an operation’s schemas, and downloads the description', async ({ browser, baseURL }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'API für Entwicklerinnen und Entwickler' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-Referenz');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'POST /api/projects', exact: true }).click();
  await expect(page).toHaveURL(/\/developers\/api\/projects#post/);
  const operation = page.locator('section.operation', { has: page.getByRole('heading', { name: 'POST /api/projects', exact: true }) });
  await operation.getByText('Anfrage (JSON-Schema)').click();
  await expect(operation.locator('pre').first()).toContainText('"startsOn"');
  await expectAccessible(page);

  const description = await (await fetch(`${baseURL}/api/openapi.json`)).json();
  expect(description.openapi).toBe('3.1.0');
  expect(Object.keys(description.paths)).toContain('/api/me/export');
});

test('an unknown area of the reference is a 404 page', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const res = await page.goto('/developers/api/keine-solche');
  expect(res!.status()).toBe(404);
});
