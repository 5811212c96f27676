import { loadConfig } from '../../../server/src/config.ts';
import { startServer } from '../../../server/src/start-server.ts';

// One Praxisnetz node for bench:live, started with --expose-gc: it answers the bench's
// questions about its memory and CPU time over the IPC channel.
const server = await startServer(loadConfig(), { web: false });
process.send!({ type: 'ready', url: server.url });
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send!({ type: 'stats', memory: process.memoryUsage(), cpu: process.cpuUsage() });
  }
  if (message.type === 'stop') {
    await server.close();
    process.exit(0);
  }
});
