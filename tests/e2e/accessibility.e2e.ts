import { expect, test, demoEmail, expectAccessible, logIn } from './helpers.ts';

const publicPages = ['/', '/login', '/register', '/cities', '/practice', '/topics', '/topics/wohnungseinbruch', '/login?next=/c/wohnungseinbruch', '/forgot-password', '/reset-password?token=unbekannt', '/unsubscribe?token=unbekannt-aber-lang&kind=reply', '/confirm-email?token=unbekannt'];
const memberPages = ['/', '/c/wohnungseinbruch', '/c/wohnungseinbruch?topic=wohnungseinbruch', '/new', '/me', '/cities', '/notifications', '/topics', '/topics/wohnungseinbruch', '/collections', '/collections/sicherheitsaudits-einstieg'];

for (const path of publicPages) {
  test(`public page ${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}

test('member pages have no accessibility violations', async ({ page }) => {
  await logIn(page, demoEmail('member'));
  for (const path of memberPages) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto('/c/wohnungseinbruch');
  await page.getByTestId('thread-item').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/threads\/\d+/);
  await expectAccessible(page);
});

test('staff, pending and error pages have no accessibility violations', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await logIn(admin, demoEmail('admin'));
  await admin.goto('/admin/users');
  await expectAccessible(admin);
  await admin.goto('/admin/users?q=demo');
  await expectAccessible(admin);
  await admin.goto('/admin/outbox');
  await expectAccessible(admin);
  await admin.goto('/admin/topics?edit=wohnungseinbruch');
  await expectAccessible(admin);
  await admin.goto('/collections');
  await expectAccessible(admin);
  await admin.goto('/collections/sicherheitsaudits-einstieg?edit');
  await admin.getByRole('link', { name: /^Notiz bearbeiten: / }).first().click();
  await expect(admin.getByRole('button', { name: 'Notiz speichern' })).toBeVisible();
  await expectAccessible(admin);
  await admin.goto('/threads/999999');
  await expectAccessible(admin);

  const pending = await (await browser.newContext()).newPage();
  await logIn(pending, demoEmail('pending1'));
  await pending.goto('/c/wohnungseinbruch');
  await expectAccessible(pending);
});

test('a keyboard user reaches the main content through the skip link', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveAttribute('href', '#main');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('fits a 360 px phone without horizontal scrolling', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await logIn(page, demoEmail('member'));
  for (const path of ['/', '/c/wohnungseinbruch', '/cities']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
