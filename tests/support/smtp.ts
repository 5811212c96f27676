import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  mail: ParsedMail;
}

/**
 * A real SMTP server in the test process (smtp-server): STARTTLS with its built-in self-signed
 * certificate, AUTH required. `failNext` makes the next deliveries answer with the given codes
 * (451: try again later; 550: refused for good).
 */
export async function startSmtpServer(credentials = { user: 'praxisnetz', pass: 'geheim-und-lang' }) {
  const received: Received[] = [];
  const failures: number[] = [];
  /** deliveries taken in but never answered, as by a server that hangs (see `stallNext`) */
  let stalls = 0;
  const stalled: (() => void)[] = [];
  const waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (stalls > 0) {
            stalls -= 1;
            stalled.splice(0).forEach((resolve) => resolve());
            return;
          }
          const code = failures.shift();
          if (code) {
            const error = Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code });
            return callback(error);
          }
          const entry = { to: session.envelope.rcptTo.map((r) => r.address), mail };
          received.push(entry);
          for (const w of waiters.filter((w) => w.test(entry))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(entry);
          }
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${port}?requireTLS=true&tls.rejectUnauthorized=false`,
    received,
    failNext: (...codes: number[]) => void failures.push(...codes),
    /** the next delivery is read and never answered; resolves when it has arrived */
    stallNext(): Promise<void> {
      stalls += 1;
      return new Promise((resolve) => stalled.push(resolve));
    },
    /** the first mail (already received or still to come) that passes `test` */
    next(test: (r: Received) => boolean, timeoutMs = 10_000): Promise<Received> {
      const found = received.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no such mail arrived')), timeoutMs);
        waiters.push({ test, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
