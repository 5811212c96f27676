import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';

/** A file streamed into the temp folder, not yet part of the store. */
export interface TempFile {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Content-addressed files under DATA_DIR/files: ab/cd/<sha256>. Uploads stream into files/tmp
 * while their hash is computed, are fsynced, and are renamed into place before their row commits.
 */
export function createFileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const tmpDir = path.join(root, 'tmp');

  const pathOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

  return {
    pathOf,

    /** Leftovers of uploads cut off by a crash. */
    async init() {
      await rm(tmpDir, { recursive: true, force: true });
      await mkdir(tmpDir, { recursive: true });
    },

    /** Streams into a temp file, hashing on the way; the caller decides what becomes of it. */
    async receive(source: Readable): Promise<TempFile> {
      const tempPath = path.join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const hasher = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, hasher, createWriteStream(tempPath, { flags: 'wx' }));
      } catch (err) {
        await rm(tempPath, { force: true });
        throw err;
      }
      return { path: tempPath, sha256: hash.digest('hex'), size };
    },

    discard: (temp: TempFile) => rm(temp.path, { force: true }),

    /** fsync, then rename into its content address. Identical content already stored: the temp copy goes. */
    async commit(temp: TempFile): Promise<{ created: boolean }> {
      const target = pathOf(temp.sha256);
      if (await exists(target)) {
        await rm(temp.path, { force: true });
        return { created: false };
      }
      const handle = await open(temp.path, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp.path, target);
      await syncDir(path.dirname(target));
      return { created: true };
    },

    remove: (sha256: string) => rm(pathOf(sha256), { force: true }),

    /** Files in the temp folder: what an aborted upload may leave behind (tests). */
    tempFiles: () => readdir(tmpDir),
  };
}
export type FileStore = ReturnType<typeof createFileStore>;

async function exists(file: string) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The rename is durable only once its directory entry is. */
async function syncDir(dir: string) {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
