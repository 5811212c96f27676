import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house rules a newcomer relies on, checked on the source itself.
const root = fileURLToPath(new URL('../..', import.meta.url));
const serverSrc = path.join(root, 'server/src');

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every relative import or re-export of a TypeScript file, resolved to an absolute path. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)( type)?[^'"]*?from '(\.[^']+)'/gm)].map((m) => ({
    target: path.resolve(path.dirname(file), m[2]!),
    typeOnly: !!m[1],
  }));
}

const rel = (file: string) => path.relative(serverSrc, file);
const featureOf = (file: string) => /^modules\/([^/]+)\//.exec(rel(file))?.[1];
const isTest = (file: string) => /\.(test|fixtures)\.ts$/.test(file);
const serverFiles = filesUnder(serverSrc, ['.ts']);

describe('the server’s structure', () => {
  it('reaches into another feature only through its public index.ts', () => {
    const crossings = serverFiles
      .filter((file) => !isTest(file) && !rel(file).startsWith('demo/'))
      .flatMap((file) =>
        importsOf(file)
          .map(({ target }) => target)
          .filter((target) => featureOf(target) && featureOf(target) !== featureOf(file))
          .filter((target) => rel(target) !== `modules/${featureOf(target)}/index.ts`)
          .map((target) => `${rel(file)} → ${rel(target)}`),
      );
    expect(crossings).toEqual([]);
  });

  it('keeps the database layer and the policy free of features (types aside)', () => {
    const offenders = serverFiles
      .filter((file) => /^(db|policy)\//.test(rel(file)))
      .flatMap((file) =>
        importsOf(file)
          .filter(({ target, typeOnly }) => !typeOnly && /^(modules|demo|http)\//.test(rel(target)))
          .map(({ target }) => `${rel(file)} → ${rel(target)}`),
      );
    expect(offenders).toEqual([]);
  });

  it('has no source file above 400 lines', () => {
    const sources = [
      ...serverFiles,
      ...filesUnder(path.join(root, 'shared/src'), ['.ts']),
      ...filesUnder(path.join(root, 'web/src'), ['.ts', '.svelte', '.css']),
    ];
    const long = sources
      .map((file) => ({ file: path.relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });
});
