export { createOidcClients } from './oidc-clients.ts';
export { ssoRoutes } from './sso.routes.ts';
export { createSso } from './sso.service.ts';
export type { Sso } from './sso.service.ts';
