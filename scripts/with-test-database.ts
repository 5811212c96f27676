import { spawnSync } from 'node:child_process';

// Runs a command against one kind of test database: `pglite` (in-process, TEST_DATABASE_URL unset)
// or `postgres` (TEST_DATABASE_URL, by default the machine's server, where each test file creates its own database).
const [kind, command, ...args] = process.argv.slice(2);
const env = { ...process.env };
if (kind === 'pglite') {
  delete env.TEST_DATABASE_URL;
  console.log('Tests on PGlite (embedded PostgreSQL)');
} else if (kind === 'postgres') {
  env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(`Tests on the PostgreSQL server at ${new URL(env.TEST_DATABASE_URL).host}`);
} else {
  console.error('usage: with-test-database.ts pglite|postgres <command> [args…]');
  process.exit(2);
}
const result = spawnSync(command!, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
