import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { describeError } from '../lib/log.ts';
import { restoreBackup } from './backup.ts';
import { AdminError } from './admin-error.ts';
import { isCommand, runCommand, USAGE } from './commands.ts';
import { askRunningServer, serverHolding } from './control-socket.ts';

// `npm run admin -- <command> [args]`, with the server's configuration (DATA_DIR, DATABASE_URL, PUBLIC_URL).
const config = loadConfig();
const argv = process.argv.slice(2);
// Paths are the caller's: the running server may have started elsewhere.
const fileArgument = { backup: 1, restore: 1, export: 2 }[argv[0] ?? ''];
if (fileArgument && argv[fileArgument]) argv[fileArgument] = path.resolve(argv[fileArgument]);

try {
  console.log(await run());
} catch (err) {
  console.error(err instanceof AdminError ? err.message : describeError(err));
  process.exitCode = 1;
}

async function run(): Promise<string> {
  if (!argv.length || argv[0] === 'help') return USAGE;
  if (!isCommand(argv[0])) throw new AdminError(USAGE);
  // PGlite is held by a running server's process: the command runs there.
  const remote = config.databaseUrl ? undefined : await askRunningServer(config.dataDir, argv);
  if (remote) {
    if (!remote.ok) throw new AdminError(remote.output);
    return remote.output;
  }
  const holder = config.databaseUrl ? undefined : await serverHolding(config.dataDir);
  if (holder) throw new AdminError(`the server (pid ${holder}) holds the database in ${config.dataDir} but its admin socket does not answer: stop it first`);
  if (argv[0] === 'restore') {
    if (!argv[1]) throw new AdminError(USAGE);
    const manifest = await restoreBackup(config, argv[1]);
    return `Restored the backup of ${manifest.createdAt} (${manifest.files} files) into ${config.databaseUrl ? 'the database at DATABASE_URL' : config.dataDir}. Start the server.`;
  }
  const database = await openDatabase(config);
  try {
    return await runCommand({ database, dataDir: config.dataDir, publicUrl: config.mail.publicUrl }, argv);
  } finally {
    await database.close();
  }
}
