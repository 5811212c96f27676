import { loadConfig } from '../../../server/src/config.ts';
import { startServer } from '../../../server/src/start-server.ts';

// One Praxisnetz node for bench:notify, in a process of its own (PGlite runs in the server's
// thread, so a client in the same process would wait for the fan-out it measures). The bench
// seeds and counts through `query` messages, answered with the rows.
const server = await startServer(loadConfig(), { web: false });
process.send!({ type: 'ready', url: server.url });
process.on('message', async (message: { type: string; id: number; text: string; values: unknown[] }) => {
  if (message.type === 'query') {
    const { rows } = await server.database.query(message.text, message.values);
    process.send!({ type: 'query', id: message.id, rows });
  }
  if (message.type === 'stop') {
    await server.close();
    process.exit(0);
  }
});
