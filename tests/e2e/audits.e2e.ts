import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

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
  // The whole city by gender and age; few answered "divers", so that figure is withheld.
  const groups = page.getByTestId('breakdown-table');
  await expect(groups.getByRole('row', { name: /Frauen/ })).toContainText('%');
  await expect(groups.getByRole('row', { name: /divers/ })).toContainText('zu wenige Antworten');
  await expect(page.getByTestId('trend-table').getByRole('columnheader', { name: '2022' })).toBeVisible();
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
  await page.getByTestId('district-table').getByRole('link', { name: 'Wert' }).click();
  await expect(page.getByTestId('district-table').getByRole('columnheader', { name: 'Wert' })).toHaveAttribute('aria-sort', 'ascending');
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
  // The report and questionnaire lead to the library, the discussion to the forum.
  await page.goto('/audits');
  await page.getByRole('link', { name: 'Sicherheitsaudit Mannheim' }).click();
  await expect(page.getByRole('link', { name: 'Bürgerbefragung 2025 – Ergebnisse nach Stadtbezirken (Tabelle)' })).toHaveAttribute('href', /^\/library\/\d+$/);
  await page.getByTestId('audit-discussion').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sicherheitsaudit Mannheim: Sicherheitsaudit Mannheim');
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

const DUISBURG = readFileSync(new URL('../../server/src/demo/geodata/duisburg-stadtbezirke.geojson', import.meta.url));
/** A results file as a city's statistics office exports it: German headings, semicolons, decimal commas. */
const RESULTS = [
  'Gebiet;Indikator;Jahr;Befragte;sehr sicher;eher sicher;eher unsicher;sehr unsicher',
  'city;safety_dark;2022;1400;20;40;30;10',
  'city;safety_dark;2025;1500;22,5;41,5;28;8',
  '100;safety_dark;2022;180;10;30;40;20',
  '100;safety_dark;2025;200;15;35;35;15',
  '200;safety_dark;2022;190;25;40;25;10',
  '200;safety_dark;2025;210;25;45;20;10',
].join('\n');

async function describeAudit(page: Page, title: string) {
  await page.goto('/audits');
  await page.getByRole('link', { name: 'Audit anlegen' }).click();
  await page.getByLabel('Titel der Befragung').fill(title);
  await page.getByLabel('Befragung vom').fill('2025-03-01');
  await page.getByLabel('bis', { exact: true }).fill('2025-04-30');
  await page.getByLabel('Befragungsart').selectOption({ label: 'schriftlich-postalisch' });
  await page.getByLabel('Stichprobe').fill('4000');
  await page.getByLabel('Rücklaufquote in %').fill('31,5');
  await page.getByRole('button', { name: 'Audit anlegen' }).click();
  await expect(page.getByText('Das Audit ist angelegt')).toBeVisible();
}

test('a member publishes an audit without JavaScript: description, boundaries, results mapped column by column, then map, trend and discussion', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await logIn(page, demoEmail('member'));
  await describeAudit(page, 'Augsburger Sicherheitsbefragung 2025');

  await page.getByLabel('GeoJSON-Datei').setInputFiles({ name: 'bezirke.geojson', mimeType: 'application/geo+json', buffer: DUISBURG });
  await page.getByLabel('Quelle der Grenzen').fill('© OpenStreetMap contributors');
  await page.getByLabel('Lizenz der Grenzen').fill('ODbL 1.0');
  await page.getByRole('button', { name: 'Grenzen hochladen' }).click();
  await expect(page.getByText('7 Gebiete übernommen.')).toBeVisible();

  await page.getByLabel('Ergebnisdatei (CSV)').setInputFiles({ name: 'befragung.csv', mimeType: 'text/csv', buffer: Buffer.from(RESULTS) });
  await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse prüfen: befragung.csv');
  await expect(page.getByTestId('import-sample').getByRole('row')).toHaveCount(7);
  // The German headings and answer labels are recognised.
  await expect(page.getByLabel('Gebietscode (area_code)')).toHaveValue('Gebiet');
  await expect(page.getByLabel('sehr unsicher (very_unsafe)')).toHaveValue('sehr unsicher');
  await expect(page.getByTestId('import-clean')).toContainText('6 Zeilen');

  // A wrong choice is caught before anything is imported, with row and column.
  await page.getByLabel('Jahr (year)').selectOption('Befragte');
  await page.getByRole('button', { name: 'Zuordnung prüfen' }).click();
  await expect(page.getByTestId('import-problems')).toContainText('Das Jahr fehlt oder ist keine Jahreszahl.');
  await expect(page.getByRole('button', { name: 'Ergebnisse übernehmen' })).toBeDisabled();
  await page.getByLabel('Jahr (year)').selectOption('Jahr');
  await page.getByRole('button', { name: 'Zuordnung prüfen' }).click();
  await page.getByRole('button', { name: 'Ergebnisse übernehmen' }).click();

  await expect(page.getByText('6 Zeilen übernommen.')).toBeVisible();
  await expect(page.getByTestId('district-table')).toContainText('Walsum');
  await expect(page.getByTestId('trend-table').getByRole('columnheader', { name: '2022' })).toBeVisible();
  await expect(page.getByTestId('trend-table').getByRole('row').filter({ hasText: 'Walsum' })).toContainText('60 %');
  await page.getByTestId('audit-discussion').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Augsburger Sicherheitsbefragung 2025');
});

test('the audit forms and the mapping step are accessible, and a broken file is explained row by row', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/audits/new');
  await page.getByRole('button', { name: 'Audit anlegen' }).click();
  await expect(page.getByRole('alert').getByRole('link').first()).toHaveAttribute('href', '#audit-title');
  await expectAccessible(page);
  await describeAudit(page, 'Befragung mit Fehlern');
  await expectAccessible(page);

  const broken = RESULTS.replace('100;safety_dark;2025;200;15;35;35;15', '999;safety_dark;2025;200;15;35;35;5');
  await page.getByLabel('Ergebnisdatei (CSV)').setInputFiles({ name: 'fehler.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('Unbekannter Gebietscode „999“.');
  await expect(problems).toContainText('Die Anteile ergeben zusammen 90, nicht 100 ± 1.');
  await expectAccessible(page);
});
