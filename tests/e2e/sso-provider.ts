/** The identity provider the browser tests' server trusts (see serve-e2e.ts), and the one person who signs in there. */
export const E2E_PROVIDER = { id: 'test', name: 'Stadtverwaltung Augsburg (Test-IdP)', domains: ['stadt-a.example'], citySlug: 'augsburg', autoApprove: true };
export const E2E_IDP_ACCOUNT = { login: 'petra', claims: { email: 'petra.neu@stadt-a.example', email_verified: true, name: 'Petra Neu' } };
/** The provider listens on the port after the app's. */
export const idpPortFor = (appPort: number) => appPort + 1;
