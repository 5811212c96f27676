// Runs before `npm install` under whatever Node the machine has. The project itself runs on the Node 24
// that npm installs as a dependency (node_modules/.bin/node), which every npm script uses; dependencies
// that need Node 22+ are therefore fine even when the machine's own Node is older. Say so once,
// instead of npm's one EBADENGINE warning per package (.npmrc keeps npm's log to errors).
const [major] = process.versions.node.split('.').map(Number);
if (major < 18) {
  console.error(`Praxisnetz: npm must run on Node 18 or newer to install (found ${process.version}).`);
  process.exit(1);
}
if (major < 24) {
  console.log(`Praxisnetz: this machine's Node is ${process.version}; npm installs Node 24 for the project, and every npm script (start, test, bench) runs on it.`);
}
