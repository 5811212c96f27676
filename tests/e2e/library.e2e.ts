import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

/** A real PDF with a line of text; `padding` bytes of embedded data make it big enough to watch the upload. */
async function pdfFile(text: string, padding = 0): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText(text, { x: 50, y: 700, size: 14, font });
  if (padding) {
    // Deterministic filler: the same bytes every run, so the API's polyglot checks see the same file.
    const filler = new Uint8Array(padding);
    let seed = 42;
    for (let i = 0; i < padding; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      filler[i] = seed >> 16;
    }
    await pdf.attach(filler, 'anlage.bin', { mimeType: 'application/octet-stream' });
  }
  return Buffer.from(await pdf.save());
}

/** A Windows program with a harmless-looking name. */
const fakePdf = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(512, 0x90)]);

/** With JavaScript, the form takes over once the page is hydrated: it then checks entries itself (novalidate). */
async function uploadFormReady(page: Page) {
  await expect(page.getByTestId('upload-form')).toHaveAttribute('novalidate', '');
}

async function fillMetadata(page: Page, title: string) {
  const form = page.getByTestId('upload-form');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Beschreibung').fill('Ergebnisse der Ortsbegehung mit Anwohnerinnen und Anwohnern.');
  await form.getByLabel('Dokumentart').selectOption('safety_audit');
  await form.getByLabel('Stadt').selectOption('muenster');
  await form.getByLabel('Jahr').fill('2024');
  await form.getByLabel('Städtebauliche Kriminalprävention').check();
  return form;
}

/** Records every value the upload progress bar shows, across the client-side navigation after it. */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid=upload-progress] progress');
      if (bar) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}

/** A slow line, so the bar is seen moving: bytes per second upstream. */
async function throttleUpload(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return () => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

test('a member uploads a PDF with a progress bar, and the document page offers it for download', async ({ page }) => {
  const pdf = await pdfFile('Sicherheitsaudit Hafenviertel', 600 * 1024);
  await logIn(page, demoEmail('member'));
  await page.goto('/library');
  await page.getByRole('link', { name: 'Dokument hochladen' }).first().click();
  await expect(page).toHaveURL(/\/library\/upload$/);
  await uploadFormReady(page);

  const form = await fillMetadata(page, 'E2E: Sicherheitsaudit Hafenviertel');
  await form.locator('input[type=file][name=file]').setInputFiles({ name: 'Audit Hafenviertel.pdf', mimeType: 'application/pdf', buffer: pdf });
  const progressSeen = await watchProgress(page);
  const unthrottle = await throttleUpload(page, 200 * 1024);
  await form.getByRole('button', { name: 'Hochladen', exact: true }).click();

  const progress = page.getByTestId('upload-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(page).toHaveURL(/\/library\/\d+$/, { timeout: 20_000 });
  await unthrottle();
  const seen = await progressSeen();
  expect(seen.some((v) => v > 0 && v < 1), `progress values ${seen.join(', ')}`).toBe(true);
  expect(Math.max(...seen)).toBe(1);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E: Sicherheitsaudit Hafenviertel');
  const details = page.getByRole('complementary');
  await expect(details).toContainText('Sicherheitsaudit oder Befragungsbericht');
  await expect(details).toContainText('Münster');
  await expect(details).toContainText('2024');
  await expect(page.getByTestId('versions')).toContainText('Audit Hafenviertel.pdf');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Audit Hafenviertel.pdf');
  expect((await readFile(await download.path())).equals(pdf)).toBe(true);

  await page.goto('/library?owner=me');
  await expect(page.getByTestId('document-item').first()).toContainText('E2E: Sicherheitsaudit Hafenviertel');
});

test('an upload can be cancelled while it runs', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/library/upload');
  await uploadFormReady(page);
  const form = await fillMetadata(page, 'E2E: Abgebrochener Upload');
  await form.locator('input[type=file][name=file]').setInputFiles({
    name: 'Gross.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfFile('Gross', 400 * 1024),
  });
  // Held in the browser and never let through, the upload is still running when cancel is pressed,
  // however fast the machine. (Chromium's upload throttling no longer slows file-backed bodies reliably.)
  await page.route('**/api/documents', () => {});
  await form.getByRole('button', { name: 'Hochladen', exact: true }).click();
  await expect(page.getByTestId('upload-progress')).toBeVisible();
  await form.getByRole('button', { name: 'Hochladen abbrechen' }).click();
  await expect(form.locator('.notice')).toContainText('Das Hochladen wurde abgebrochen.');
  await expect(page.getByTestId('upload-progress')).toHaveCount(0);
  await expect(page).toHaveURL(/\/library\/upload$/);
  await page.goto('/library?owner=me');
  await expect(page.getByTestId('document-item').filter({ hasText: 'E2E: Abgebrochener Upload' })).toHaveCount(0);
});

test('a program renamed to .pdf is refused with a German message, and the entries stay', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/library/upload');
  await uploadFormReady(page);
  const form = await fillMetadata(page, 'E2E: Getarntes Programm');
  await form.locator('input[type=file][name=file]').setInputFiles({ name: 'Bericht.pdf', mimeType: 'application/pdf', buffer: fakePdf() });
  await form.getByRole('button', { name: 'Hochladen', exact: true }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Diese Datei kann nicht hochgeladen werden');
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#upload-file');
  await expect(page).toHaveURL(/\/library\/upload$/);
  await expect(form.getByLabel('Titel')).toHaveValue('E2E: Getarntes Programm');
  await expect(form.locator('input[name=file]')).toHaveAttribute('aria-invalid', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the upload form posts to the API: a refusal comes back with the entries, a good file lands on the document page', async ({ page }) => {
    await logIn(page, demoEmail('member'));
    await page.goto('/library/upload');
    let form = await fillMetadata(page, 'E2E: Ohne Skript hochgeladen');
    await form.locator('input[type=file][name=file]').setInputFiles({ name: 'Bericht.pdf', mimeType: 'application/pdf', buffer: fakePdf() });
    await form.getByRole('button', { name: 'Hochladen', exact: true }).click();

    await expect(page).toHaveURL(/\/library\/upload\?.*error=unsupported_media_type/);
    await expect(page.getByRole('alert')).toContainText('Diese Datei kann nicht hochgeladen werden');
    form = page.getByTestId('upload-form');
    await expect(form.getByLabel('Titel')).toHaveValue('E2E: Ohne Skript hochgeladen');
    await expect(form.getByLabel('Dokumentart')).toHaveValue('safety_audit');
    await expect(form.getByLabel('Städtebauliche Kriminalprävention')).toBeChecked();

    await form.locator('input[type=file][name=file]').setInputFiles({
      name: 'Ohne Skript.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfFile('Ohne Skript'),
    });
    await form.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await expect(page).toHaveURL(/\/library\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E: Ohne Skript hochgeladen');
    await expect(page.getByTestId('download')).toHaveAttribute('href', /^\/files\/\d+$/);

    const versionForm = page.getByTestId('version-form');
    await versionForm.getByLabel('Datei der neuen Version').setInputFiles({
      name: 'Ohne Skript v2.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfFile('Ohne Skript, zweite Fassung'),
    });
    await versionForm.getByRole('button', { name: 'Neue Version hochladen' }).click();
    await expect(page).toHaveURL(/\/library\/\d+\?saved=version/);
    await expect(page.getByRole('status').filter({ hasText: 'Die neue Version wurde hochgeladen.' })).toBeVisible();
    await expect(page.getByTestId('versions').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('versions').locator('tbody tr').first()).toContainText('Ohne Skript v2.pdf');
  });

  test('a document uploaded from the reply form comes back checked and is attached to the reply', async ({ page }) => {
    await logIn(page, demoEmail('moderator'));
    await page.goto('/c/wohnungseinbruch');
    await page.getByTestId('thread-item').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/threads\/\d+/);
    const threadUrl = new URL(page.url()).pathname;

    await page.getByTestId('reply-form').getByRole('link', { name: 'Neues Dokument hochladen' }).click();
    await expect(page).toHaveURL(/\/library\/upload\?returnTo=/);
    const form = await fillMetadata(page, 'E2E: Checkliste Einbruchschutz');
    await form.locator('input[type=file][name=file]').setInputFiles({
      name: 'Checkliste.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfFile('Checkliste Einbruchschutz'),
    });
    await form.getByRole('button', { name: 'Hochladen', exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`${threadUrl}\\?attached=\\d+#reply-title$`));
    const reply = page.getByTestId('reply-form');
    await expect(reply.getByLabel(/E2E: Checkliste Einbruchschutz/)).toBeChecked();
    await reply.locator('textarea[name=body]').fill('Unsere Checkliste für Beratungsgespräche hängt an.');
    await reply.locator('button[type=submit]').last().click();

    const post = page.getByTestId('post').filter({ hasText: 'Unsere Checkliste für Beratungsgespräche' });
    const attachments = post.getByTestId('attachments');
    await expect(attachments.getByRole('link', { name: 'E2E: Checkliste Einbruchschutz', exact: true })).toHaveAttribute('href', /^\/library\/\d+$/);
    await expect(attachments).toContainText('PDF');
    await expect(attachments.getByRole('link', { name: /herunterladen/i })).toHaveAttribute('href', /^\/files\/\d+$/);

    await attachments.getByRole('link', { name: 'E2E: Checkliste Einbruchschutz', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Beiträge mit diesem Dokument' }).getByRole('link')).toHaveAttribute('href', threadUrl);
  });
});

test('a file attached right in the reply form uploads with progress and shows under the reply', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/c/wohnungseinbruch');
  await page.getByTestId('thread-item').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/threads\/\d+/);

  const reply = page.getByTestId('reply-form');
  // The quick upload appears once JavaScript runs.
  await reply.getByLabel('Datei anhängen').setInputFiles({
    name: 'Flyer_Nachbarschaft.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfFile('Flyer Nachbarschaft'),
  });
  const checkbox = reply.getByLabel(/Flyer Nachbarschaft/);
  await expect(checkbox).toBeChecked();
  await expect(page.getByTestId('live-region')).toContainText('hochgeladen und angehängt');

  await reply.locator('textarea[name=body]').fill('Hier unser Flyer für die Nachbarschaftsaktion.');
  await reply.locator('button[type=submit]').last().click();
  const post = page.getByTestId('post').filter({ hasText: 'Hier unser Flyer' });
  await expect(post.getByTestId('attachments').getByRole('link', { name: 'Flyer Nachbarschaft', exact: true })).toBeVisible();
  await expect(page.getByTestId('reply-form').getByLabel(/Flyer Nachbarschaft/)).not.toBeChecked();
});

test('the owner uploads a new version, edits the details and deletes the document after confirming', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/library/upload');
  const form = await fillMetadata(page, 'E2E: Entwurf zum Löschen');
  await form.locator('input[type=file][name=file]').setInputFiles({ name: 'Entwurf.pdf', mimeType: 'application/pdf', buffer: await pdfFile('Entwurf') });
  await form.getByRole('button', { name: 'Hochladen', exact: true }).click();
  await expect(page).toHaveURL(/\/library\/\d+$/);
  const documentUrl = new URL(page.url()).pathname;

  const versionForm = page.getByTestId('version-form');
  await expect(versionForm).toHaveAttribute('novalidate', '');
  await versionForm.getByLabel('Datei der neuen Version').setInputFiles({
    name: 'Entwurf v2.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfFile('Entwurf, zweite Fassung'),
  });
  await versionForm.getByRole('button', { name: 'Neue Version hochladen' }).click();
  await expect(versionForm).toContainText('Version 2 wurde hochgeladen.');
  await expect(page.getByTestId('versions').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('versions').locator('tbody tr').first()).toContainText('Entwurf v2.pdf');
  // the latest version is the default download
  const latest = await page.request.get((await page.getByTestId('download').getAttribute('href'))!);
  expect(latest.headers()['content-disposition']).toContain('v2.pdf');

  await page.getByRole('link', { name: 'Angaben bearbeiten' }).click();
  await page.getByLabel('Titel').fill('E2');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('Bitte geben Sie einen Titel mit 3 bis 200 Zeichen ein.');
  await page.getByLabel('Titel').fill('E2E: Entwurf, überarbeitet');
  await page.getByLabel('Wer darf das Dokument sehen?').selectOption('public');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page).toHaveURL(new RegExp(`${documentUrl}\\?saved=metadata$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E: Entwurf, überarbeitet');
  await expect(page.getByRole('status').filter({ hasText: 'gespeichert' })).toBeVisible();

  await page.getByRole('link', { name: 'Dokument löschen' }).click();
  await page.getByRole('button', { name: 'Ja, Dokument löschen' }).click();
  await expect(page).toHaveURL(/\/library\?deleted=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'gelöscht' })).toBeVisible();
  const gone = await page.request.get(documentUrl);
  expect(gone.status()).toBe(404);
});

test('library pages have no accessibility violations', async ({ page, browser }) => {
  await logIn(page, demoEmail('member'));
  await page.goto('/library/upload');
  const form = await fillMetadata(page, 'E2E: Barrierefreiheit geprüft');
  await form.locator('input[type=file][name=file]').setInputFiles({ name: 'Pruefung.pdf', mimeType: 'application/pdf', buffer: await pdfFile('Pruefung') });
  await form.getByRole('button', { name: 'Hochladen', exact: true }).click();
  await expect(page).toHaveURL(/\/library\/\d+$/);
  const documentUrl = new URL(page.url()).pathname;

  for (const path of ['/library', '/library?owner=me', '/library?type=safety_audit&sort=downloads', '/library/upload', documentUrl, `${documentUrl}/edit`, `${documentUrl}?delete=1`]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // the upload form with its error summary
  await page.goto('/library/upload?error=validation_failed&invalid=title,type&year=2024');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/library');
  await expectAccessible(visitor);
});
