import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describeError, guarded } from '../lib/log.ts';
import { AdminError } from './admin-error.ts';
import { type AdminContext, runCommand } from './commands.ts';

/**
 * PGlite lives in one process: while the server runs, the admin CLI cannot open the database
 * itself. The server listens on DATA_DIR/admin.sock (a Unix socket only its own user can open) and
 * runs the CLI's command there. One request per connection: the arguments as JSON, then the end.
 */

export const controlSocketPath = (dataDir: string) => path.join(dataDir, 'admin.sock');
const pidPath = (dataDir: string) => path.join(dataDir, 'server.pid');

/** Commands that must not run inside a live server. */
const OFFLINE_ONLY = new Set(['restore']);

interface Reply {
  ok: boolean;
  output: string;
}

export async function openControlSocket(ctx: AdminContext): Promise<() => Promise<void>> {
  // Which process holds the embedded database, even if the socket cannot be opened (the CLI then refuses to open it too).
  await writeFile(pidPath(ctx.dataDir), String(process.pid));
  const socketPath = controlSocketPath(ctx.dataDir);
  // A socket file left by a killed process would make listen fail.
  await rm(socketPath, { force: true });
  const server = net.createServer(
    { allowHalfOpen: true },
    guarded('admin control socket', async (socket: net.Socket) => {
      socket.on('error', () => socket.destroy());
      const reply = await answer(ctx, await text(socket));
      socket.end(JSON.stringify(reply));
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  await chmod(socketPath, 0o600);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(pidPath(ctx.dataDir), { force: true });
  };
}

/** The pid of a live server process that holds the data directory's embedded database, if any. */
export async function serverHolding(dataDir: string): Promise<number | undefined> {
  const pid = Number(await readFile(pidPath(dataDir), 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

async function answer(ctx: AdminContext, request: string): Promise<Reply> {
  try {
    const argv: unknown = JSON.parse(request);
    if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) return { ok: false, output: 'expected the arguments as a JSON array of strings' };
    if (OFFLINE_ONLY.has(String(argv[0]))) return { ok: false, output: `${argv[0]} needs the server stopped` };
    return { ok: true, output: await runCommand(ctx, argv) };
  } catch (err) {
    return { ok: false, output: err instanceof AdminError ? err.message : describeError(err) };
  }
}

/** The running server's answer, or undefined when no server listens there. */
export async function askRunningServer(dataDir: string, argv: string[]): Promise<Reply | undefined> {
  const socket = net.connect(controlSocketPath(dataDir));
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ECONNREFUSED') return undefined;
    throw err;
  }
  socket.end(JSON.stringify(argv));
  return JSON.parse(await text(socket)) as Reply;
}
