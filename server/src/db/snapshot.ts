import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The database's part of a backup. PGlite: its data directory as a gzipped tarball, taken in the
 * running process between two statements after a checkpoint — what a power cut would leave, which
 * PostgreSQL recovers to the last commit. PostgreSQL: pg_dump's custom format (a consistent snapshot).
 */

export async function snapshotPglite(client: PGlite, file: string): Promise<void> {
  await client.exec('checkpoint');
  const tarball = await client.dumpDataDir('gzip');
  await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
}

export async function restorePglite(file: string, dir: string): Promise<void> {
  const tarball = new Blob([await readFile(file)]);
  const client = await PGlite.create(dir, { loadDataDir: tarball, extensions: { pg_trgm } });
  await client.close();
}

export function snapshotPostgres(url: string, file: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
}

/** Into an empty database: pg_restore stops at the first error, and nothing it did stays (one transaction). */
export function restorePostgres(file: string, url: string): Promise<void> {
  return run('pg_restore', ['--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${url}`, path.resolve(file)]);
}

/** Runs a PostgreSQL client program; its own error message (never a password: the URL is not echoed) becomes the error. */
function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (err) => reject(new Error(`${program} could not be started (${err.message}); install PostgreSQL's client programs`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}): ${stderr.trim().slice(0, 500)}`))));
  });
}
