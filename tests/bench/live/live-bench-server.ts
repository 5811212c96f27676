import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../../server/src/config.ts';
import { startServer } from '../../../server/src/start-server.ts';

// One Praxisnetz node for bench:live, started with --expose-gc: it answers the bench's
// questions about its memory and CPU time over the IPC channel.
const server = await startServer(loadConfig(), { web: false });
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
process.send!({ type: 'ready', url: server.url });
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    const loop = { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 };
    (globalThis as { gc?: () => void }).gc?.();
    loopDelay.reset();
    process.send!({ type: 'stats', memory: process.memoryUsage(), cpu: process.cpuUsage(), loop });
  }
  if (message.type === 'stop') {
    await server.close();
    process.exit(0);
  }
});
