import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket } from '../support/sockets.ts';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  cookie = (await signedIn(server.url, 'member')).cookie;
});
afterAll(() => server.close());

const polling = (origin: string) =>
  fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin, cookie } });

describe('the Socket.IO handshake', () => {
  it.each([
    ['null', 'a sandboxed frame or a file:// page'],
    ['http://', 'a malformed origin'],
    ['not a url', 'garbage'],
    ['https://evil.example', 'a foreign site'],
    ['javascript:alert(1)', 'a script URL'],
  ])('refuses Origin %s (%s) and the server keeps serving', async (origin) => {
    const res = await polling(origin);
    expect(res.status).toBe(403);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('refuses a WebSocket handshake from a foreign origin, then accepts our own page', async () => {
    const foreign = io(server.url, { transports: ['websocket'], extraHeaders: { cookie, origin: 'null' }, reconnection: false, forceNew: true });
    await expect(connected(foreign)).rejects.toThrow();
    foreign.close();
    const own = connectSocket(server.url, cookie);
    await connected(own);
    expect(own.connected).toBe(true);
    own.close();
  });

  it('accepts a polling handshake from our own origin', async () => {
    const res = await polling(server.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('"sid"');
  });
});
