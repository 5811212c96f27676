import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export interface ArchiveFile {
  /** the name inside the ZIP */
  name: string;
  path: string;
}

/**
 * Writes a ZIP to `target` as it is made (fflate's streaming Zip): the JSON documents compressed,
 * the stored files (mostly compressed formats already: PDF, office files) passed through, each read
 * from disk in chunks — a large account's files never sit in memory at once.
 */
export async function writeZip(target: string, json: Record<string, unknown>, files: ArchiveFile[]): Promise<number> {
  const out = createWriteStream(target, { flags: 'wx' });
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
  let size = 0;
  const zip = new Zip((err, chunk, final) => {
    if (err) return void out.destroy(err);
    size += chunk.length;
    out.write(chunk);
    if (final) out.end();
  });
  // Wait while the file is behind, so that reading never runs far ahead of writing.
  const drained = () => (out.writableNeedDrain ? once(out, 'drain') : undefined);
  try {
    for (const [name, value] of Object.entries(json)) {
      const entry = new ZipDeflate(`${name}.json`, { level: 6 });
      zip.add(entry);
      entry.push(new TextEncoder().encode(JSON.stringify(value, null, 2)), true);
      await drained();
    }
    for (const file of files) {
      const entry = new ZipPassThrough(file.name);
      zip.add(entry);
      for await (const chunk of createReadStream(file.path)) {
        entry.push(chunk as Uint8Array);
        await drained();
      }
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
  } catch (err) {
    zip.terminate();
    out.destroy(err as Error);
  }
  await closed;
  if (out.errored) throw out.errored;
  return size;
}
