import { E2E_IDP_ACCOUNT, E2E_PROVIDER, idpPortFor } from './sso-provider.ts';
import { expect, expectAccessible, test } from './helpers.ts';

test('a member signs in through their organisation’s identity provider, and signing out ends the session there too', async ({ page, baseURL }) => {
  // The test provider's own pages ask a font CDN for their font: nothing leaves this machine.
  await page.context().route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const idpOrigin = `http://127.0.0.1:${idpPortFor(Number(new URL(baseURL!).port))}`;

  await page.goto('/login?next=/me');
  await expect(page.getByRole('heading', { name: 'Über Ihre Organisation anmelden' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: `Anmelden mit ${E2E_PROVIDER.name}` }).click();

  // At the provider: its login and consent pages.
  await expect(page).toHaveURL(new RegExp(`^${idpOrigin}/interaction/`));
  await page.locator('input[name=login]').fill(E2E_IDP_ACCOUNT.login);
  await page.locator('input[name=password]').fill('beliebig');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  // Back here, signed in with a new account of the provider's city, on the page asked for.
  await expect(page).toHaveURL(`${baseURL}/me`);
  await expect(page.getByText(`Angemeldet als ${E2E_IDP_ACCOUNT.claims.name}`)).toBeVisible();
  await expect(page.getByText(E2E_IDP_ACCOUNT.claims.email)).toBeVisible();

  // Signing out here leads to the provider's end-session page, and from there back home, signed out.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(new RegExp(`^${idpOrigin}/session/end`));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Anmelden' })).toBeVisible();

  // The provider's session is gone as well: signing in again asks for the login.
  await page.goto('/login');
  await page.getByRole('link', { name: `Anmelden mit ${E2E_PROVIDER.name}` }).click();
  await expect(page.locator('input[name=login]')).toBeVisible();
});
