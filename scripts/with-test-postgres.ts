import { spawnSync } from 'node:child_process';

// Runs a command with TEST_DATABASE_URL set: the PostgreSQL server the tests create their databases on.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const [command, ...args] = process.argv.slice(2);
const result = spawnSync(command!, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } });
process.exit(result.status ?? 1);
