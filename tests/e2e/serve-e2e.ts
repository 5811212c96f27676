import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config.ts';
import { startServer } from '../../server/src/start-server.ts';
import { CLIENT_ID, CLIENT_SECRET, startIdp } from '../support/oidc.ts';
import { E2E_IDP_ACCOUNT, E2E_PROVIDER } from './sso-provider.ts';

// The browser tests' server: the built web app on a fresh embedded database with the demo content,
// and a real OpenID provider (oidc-provider) beside it for single sign-on.
const publicUrl = `http://127.0.0.1:${process.env.PORT}`;
const idp = await startIdp({ port: Number(process.env.IDP_PORT), appOrigin: publicUrl });
idp.configure(publicUrl);
idp.accounts.set(E2E_IDP_ACCOUNT.login, E2E_IDP_ACCOUNT.claims);
const provider = { ...E2E_PROVIDER, issuer: idp.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-e2e-'));
const server = await startServer(
  loadConfig({
    PORT: process.env.PORT,
    HOST: '127.0.0.1',
    PUBLIC_URL: publicUrl,
    DATA_DIR: dataDir,
    DEMO: '1',
    WRITES_PER_MINUTE: '1000',
    APPLICATION_MIN_SECONDS: '0',
    OIDC_PROVIDERS: JSON.stringify([provider]),
  }),
);
console.log(`e2e server on ${server.url}, its identity provider on ${idp.issuer}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void Promise.all([server.close(), idp.close()]).then(() => process.exit(0)));
}
