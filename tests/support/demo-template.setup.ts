import { testDatabaseUrl } from './database.ts';
import { demoDataDir } from './server.ts';

/** Vitest's global setup: on PGlite, the demo deployment every test server starts from is made once per run. */
export default async function setup() {
  if (!testDatabaseUrl) process.env.TEST_DEMO_TEMPLATE = await demoDataDir();
}
