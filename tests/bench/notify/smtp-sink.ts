import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// bench:notify's mail server, in a process of its own so that receiving does not take the
// measured server's CPU: a plain local relay (no TLS, no AUTH) that counts what it is given.
// Asked {type: 'wait', count} it answers once that many mails have arrived since the last ask,
// with the times the first and the last of them arrived.
let received = 0;
let firstAt = 0;
let waiting: { count: number } | undefined;

function answerIfDone() {
  if (!waiting || received < waiting.count) return;
  process.send!({ type: 'wait', received, firstAt, lastAt: Date.now() });
  waiting = undefined;
}

const server = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      if (received++ === 0) firstAt = Date.now();
      callback();
      answerIfDone();
    });
    stream.resume();
  },
});
server.listen(0, '127.0.0.1');
await once(server.server, 'listening');
process.send!({ type: 'ready', port: (server.server.address() as AddressInfo).port });

process.on('message', (m: { type: string; count: number }) => {
  if (m.type !== 'wait') return;
  received = 0;
  firstAt = 0;
  waiting = { count: m.count };
  answerIfDone();
});
