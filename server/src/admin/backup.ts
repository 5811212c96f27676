import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { create, extract } from 'tar';
import type { Database } from '../db/client.ts';
import { restorePglite, restorePostgres } from '../db/snapshot.ts';
import { AdminError } from './admin-error.ts';

/**
 * A backup is one gzipped tar: manifest.json, the database's snapshot (db/snapshot.ts) and the file
 * store's files. The database is taken first: the store only ever adds files under their content's
 * hash, so every file the snapshot names is in the store when the files are read.
 */

const FORMAT = 'praxisnetz-backup';
const VERSION = 1;

export interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: Database['kind'];
  files: number;
}

export async function writeBackup(database: Database, dataDir: string, file: string): Promise<Manifest> {
  const target = path.resolve(file);
  const staging = await mkdtemp(path.join(path.dirname(target), '.praxisnetz-backup-'));
  const partial = `${target}.${randomUUID()}.partial`;
  try {
    await database.snapshot(path.join(staging, 'database'));
    const store = path.join(dataDir, 'files');
    const files = await storedFiles(store);
    // The store's files enter the archive through a link, read where they lie.
    await symlink(store, path.join(staging, 'files'), 'dir');
    const manifest: Manifest = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), database: database.kind, files: files.length };
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await create({ gzip: true, file: partial, cwd: staging, portable: true, follow: true }, ['manifest.json', 'database', ...files.map((f) => `files/${f}`)]);
    // Only a finished archive carries the name asked for.
    await rename(partial, target);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

/**
 * Into an empty deployment only (no database tables, no stored files): a restore never merges with
 * or overwrites live data. The backup's database kind must be the one configured.
 */
export async function restoreBackup(target: { databaseUrl?: string; dataDir: string }, file: string): Promise<Manifest> {
  await mkdir(target.dataDir, { recursive: true });
  const staging = path.join(target.dataDir, `.restore-${randomUUID()}`);
  await mkdir(staging);
  try {
    await extract({ file: path.resolve(file), cwd: staging, strict: true }).catch((err: Error) => {
      throw new AdminError(`${file} is not a readable backup (${err.message})`);
    });
    const manifest = await readManifest(staging, file);
    const kind = target.databaseUrl ? 'postgres' : 'pglite';
    if (manifest.database !== kind) {
      throw new AdminError(`${file} holds a ${manifest.database === 'pglite' ? 'PGlite' : 'PostgreSQL'} database; restore it ${manifest.database === 'pglite' ? 'without' : 'with'} DATABASE_URL`);
    }
    const store = path.join(target.dataDir, 'files');
    if ((await storedFiles(store)).length) throw new AdminError(`${store} already holds files: restore into an empty data directory`);
    if (target.databaseUrl) {
      if (await hasTables(target.databaseUrl)) throw new AdminError('the database at DATABASE_URL is not empty: restore into an empty database');
      await restorePostgres(path.join(staging, 'database'), target.databaseUrl);
    } else {
      const dir = path.join(target.dataDir, 'pglite');
      if ((await readdir(dir).catch(() => [])).length) throw new AdminError(`${dir} is not empty: restore into an empty data directory`);
      await restorePglite(path.join(staging, 'database'), dir);
    }
    await rm(store, { recursive: true, force: true });
    await rename(path.join(staging, 'files'), store).catch(() => mkdir(store));
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function readManifest(dir: string, file: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(() => '{}')) as Partial<Manifest>;
  if (manifest.format !== FORMAT) throw new AdminError(`${file} is not a Praxisnetz backup`);
  if (manifest.version !== VERSION) throw new AdminError(`${file} is a backup of format version ${manifest.version}; this version reads ${VERSION}`);
  return manifest as Manifest;
}

/** The store's files as ab/cd/<sha256>, leaving out uploads in progress (files/tmp). */
export async function storedFiles(store: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(store, { recursive: true, withFileTypes: true }).catch(() => [])) {
    const relative = path.relative(store, path.join(entry.parentPath, entry.name));
    if (entry.isFile() && !relative.startsWith(`tmp${path.sep}`)) found.push(relative.split(path.sep).join('/'));
  }
  return found.sort();
}

async function hasTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
    return rows[0]!.n > 0;
  } finally {
    await client.end();
  }
}

