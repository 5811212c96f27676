// npm runs this after installing the dependencies (npm runs the root project's install scripts last),
// under the Node 24 that it has just installed as a dependency (node_modules/.bin/node), which every npm
// script (start, test, bench) uses. npm itself may run on an older Node: say so once, instead of npm's
// one EBADENGINE warning per package needing Node 22+ (.npmrc keeps npm's log to errors).
import { execFileSync } from 'node:child_process';

const npmNode = process.env.npm_node_execpath;
const npmNodeVersion = npmNode ? execFileSync(npmNode, ['--version'], { encoding: 'utf8' }).trim() : process.version;
console.log(`Praxisnetz runs on Node ${process.version} (installed with the project); npm ran on Node ${npmNodeVersion}.`);
