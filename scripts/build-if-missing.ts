import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// `npm start` on a fresh clone: build the web app once; later starts reuse it (`npm run build` rebuilds).
if (!existsSync(new URL('../web/build/handler.js', import.meta.url))) {
  console.log('Building the web app (first start)…');
  execSync('npm run build -w web', { stdio: 'inherit' });
}
