import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// `npm start` on a fresh clone: build the web app once; later starts reuse it (`npm run build` rebuilds).
// The build's own listing (hundreds of file sizes, and Vite's hint to run `npm run preview`, which does
// not serve Praxisnetz) is kept back; it is shown only when the build fails.
if (!existsSync(new URL('../web/build/handler.js', import.meta.url))) {
  console.log('Building the web app (first start, about a minute) …');
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    console.error('The web app did not build (see above).');
    process.exit(build.status ?? 1);
  }
  console.log(`Web app built (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}
