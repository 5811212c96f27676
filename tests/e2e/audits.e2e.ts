import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, logIn } from './helpers.ts';

test('a visitor reads the Duisburg demo audit: labelled as fictitious, key figures, a district map and the same figures as a table', async ({ page }) => {
  await page.goto('/audits');
  await expectAccessible(page);
  const list = page.getByTestId('audit-list');
  await expect(list).toContainText('Fiktive Demodaten');
  // Members' audits stay with the members.
  await expect(list).not.toContainText('Sicherheitsbefragung Hannover');
  await list.getByRole('link', { name: 'Bürgerbefragung Sicherheit und Zusammenleben' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bürgerbefragung Sicherheit und Zusammenleben');
  await expect(page.getByTestId('demo-notice')).toContainText('erfunden');
  await expect(page.getByTestId('key-figures').getByRole('listitem')).toHaveCount(5);
  const map = page.getByTestId('district-map');
  await expect(map.getByRole('listitem')).toHaveCount(7);
  await expect(map).toContainText('© OpenStreetMap contributors');
  await expect(page.getByTestId('district-table').getByRole('row')).toHaveCount(8);
  await expectAccessible(page);

  // The districts are reached with the keyboard, each announcing its name and value.
  await map.getByRole('listitem').first().focus();
  await expect(map.getByRole('listitem').first()).toBeFocused();
  await expect(map.getByRole('listitem').first()).toHaveAttribute('aria-label', /^Walsum: \d+(,\d)? %$/);

  await page.getByLabel('Jahr', { exact: true }).selectOption('2022');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByTestId('district-table').getByRole('row').filter({ hasText: 'Walsum' })).toContainText('zu wenige Antworten');
  await expect(map.getByRole('listitem').first()).toHaveAttribute('aria-label', 'Walsum: zu wenige Antworten');

  await page.getByLabel('Abweichung vom Stadtwert').check();
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByTestId('district-map')).toContainText('Abweichung vom Stadtwert in Prozentpunkten');
  await page.getByRole('link', { name: 'Wert' }).click();
  await expect(page.getByRole('columnheader', { name: 'Wert' })).toHaveAttribute('aria-sort', 'ascending');
  await expectAccessible(page);
});

test('members also see the audits of the network, without JavaScript', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await logIn(page, demoEmail('member'));
  await page.goto('/audits');
  await page.getByRole('link', { name: 'Sicherheitsbefragung Hannover' }).click();
  await expect(page.getByTestId('key-figures')).toContainText('Sicherheitsgefühl allein im Wohngebiet bei Dunkelheit');
  await expect(page.getByTestId('district-map')).toHaveCount(0);
  await page.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Vertrauen in die Polizei' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByTestId('district-table')).toContainText('Vertrauen in die Polizei');
});

test('a member compares the cities on one standard indicator, with the survey differences spelled out', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/audits');
  await page.getByRole('link', { name: 'Städte vergleichen' }).click();
  await page.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Vertrauen in die Polizei' });
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByTestId('compare-chart').locator('svg')).toBeVisible();
  await expect(page.getByTestId('compare-table').getByRole('row')).toHaveCount(5);
  await expect(page.getByTestId('compare-table')).toContainText('Duisburg');
  await expect(page.getByText('Der Vergleich enthält fiktive Demodaten.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Jahr', { exact: true }).fill('2022');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(page.getByTestId('compare-table').getByRole('row').nth(1)).toContainText('2022');
});
